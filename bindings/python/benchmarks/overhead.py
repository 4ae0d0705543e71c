"""What the Python layer costs on top of the C library, and whether the GIL is
released. Prints three measurements (a benchmark, not a test: the figures
depend on the machine):

1. per-call time for a 1-element float64 array (target <= 3 us), and for a
   Python float and with out=, next to the bare ctypes call of the array entry
   point with ready-made arguments;
2. arrays of 10^5 and 10^6 elements: softplus.softplus(x) and
   softplus.softplus(x, out=out) against the raw C call on the same arrays
   (the ctypes call with ready-made pointer arguments, whose fixed cost of
   well under 1 us is nothing next to the array's) (target: within 5 %);
3. two threads on two big arrays against one thread on one (about 1x when
   the GIL is released during the call, about 2x when it is not).

    SOFTPLUS_LIBRARY=build/libsoftplus.so python3 bindings/python/benchmarks/overhead.py

Times are the minimum over repeats of the mean of a batch of calls, the usual
way to measure a cost without the noise of other processes; each is given as
wall-clock time and as the calling thread's CPU time (time.thread_time), which
other processes on a busy machine inflate less. The load average is printed
first: figures taken at a load above the number of cores are pessimistic. As
root on a busy machine, a scheduling group of its own at top priority gives
the script a core (Linux autogroups: nice alone only ranks processes of one
session):

    setsid bash -c 'echo -20 > /proc/$$/autogroup; exec nice -n -20 python3 bindings/python/benchmarks/overhead.py'
"""

from __future__ import annotations

import os
import sys
import threading
import time
import timeit
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[3]
os.environ.setdefault("SOFTPLUS_LIBRARY", str(REPO / "build" / "libsoftplus.so"))
sys.path.insert(0, str(REPO / "bindings" / "python"))

import softplus  # noqa: E402  (needs the path and the library variable above)
from softplus import _functions  # noqa: E402

FUNCTION = "softplus"
KERNELS = _functions._KERNELS[FUNCTION]


class Cost:
    """Seconds per call, wall-clock and CPU of the calling thread."""

    def __init__(self, call, calls: int, repeats: int = 7) -> None:
        self.wall = min(timeit.repeat(call, number=calls, repeat=repeats)) / calls
        self.cpu = min(timeit.repeat(call, number=calls, repeat=repeats, timer=time.thread_time)) / calls

    def microseconds(self) -> str:
        return f"{self.wall * 1e6:9.2f} us wall {self.cpu * 1e6:9.2f} us cpu"

    def relative_to(self, other: "Cost") -> str:
        return f"{(self.wall / other.wall - 1) * 100:+6.1f} % wall {(self.cpu / other.cpu - 1) * 100:+6.1f} % cpu"


def raw_c_call(x: np.ndarray, out: np.ndarray):
    """The array entry point called through ctypes with arguments made once."""
    entry_point = KERNELS.array["f64"]
    element = np.ctypeslib.as_ctypes_type(np.float64)
    source, target, count = element.from_buffer(x), element.from_buffer(out), x.size
    return lambda: entry_point(source, target, count)


def per_call_overhead() -> None:
    x = np.array([1.5])
    out = np.empty(1)
    function = getattr(softplus, FUNCTION)
    rows = [
        ("1-element float64 array", lambda: function(x)),
        ("1-element float64 array, out=", lambda: function(x, out=out)),
        ("Python float", lambda: function(1.5)),
        ("bare ctypes call of the array entry point, n = 1", raw_c_call(x, out)),
    ]
    print("1. per call (target <= 3 us for a 1-element array)")
    for label, call in rows:
        print(f"   {label:<50} {Cost(call, 100_000).microseconds()}")


def large_arrays() -> None:
    function = getattr(softplus, FUNCTION)
    print("2. large arrays against the raw C call (target: within 5 %)")
    for size in (10**5, 10**6):
        x = np.random.default_rng(1).normal(0, 20, size)
        out = np.empty(size)
        calls = max(1, 2 * 10**6 // size)
        raw = Cost(raw_c_call(x, out), calls)
        allocating = Cost(lambda x=x: function(x), calls)
        into_out = Cost(lambda x=x, out=out: function(x, out=out), calls)
        print(f"   n = {size:>9,}  raw C call            {raw.microseconds()}")
        print(f"   {'':13}  softplus(x)           {allocating.microseconds()}   {allocating.relative_to(raw)}")
        print(f"   {'':13}  softplus(x, out=out)  {into_out.microseconds()}   {into_out.relative_to(raw)}")


def wall_and_cpu(work) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds of the whole process (all threads)."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def two_threads() -> None:
    """Two threads each computing one big array in place. With the GIL released
    the two C calls overlap: two arrays take about the time of one, and the
    process's CPU time exceeds the wall-clock time (up to 2x on 2 free cores);
    with the GIL held it could not exceed 1x. On a loaded machine the CPU/wall
    ratio still shows the overlap when the time ratio no longer can."""
    function = getattr(softplus, FUNCTION)
    size = 10**7
    arrays = [np.random.default_rng(seed).normal(0, 20, size) for seed in (2, 3)]

    def compute(index: int) -> None:
        function(arrays[index], out=arrays[index])

    def in_two_threads() -> None:
        threads = [threading.Thread(target=compute, args=(index,)) for index in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    one_wall, one_cpu = min(wall_and_cpu(lambda: compute(0)) for _ in range(3))
    two_wall, two_cpu = min(wall_and_cpu(in_two_threads) for _ in range(3))
    print(f"3. GIL: one thread, one array of {size:,}: {one_wall * 1e3:.0f} ms wall, {one_cpu * 1e3:.0f} ms cpu; "
          f"two threads, two such arrays: {two_wall * 1e3:.0f} ms wall ({two_wall / one_wall:.2f}x one), "
          f"{two_cpu * 1e3:.0f} ms cpu (cpu/wall {two_cpu / two_wall:.2f})")


def main() -> None:
    print(f"softplus {softplus.__version__}, libsoftplus {softplus.library_version()} "
          f"from {_functions._LIBRARY._name}, NumPy {np.__version__}, Python {sys.version.split()[0]}")
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    per_call_overhead()
    large_arrays()
    two_threads()


if __name__ == "__main__":
    main()
