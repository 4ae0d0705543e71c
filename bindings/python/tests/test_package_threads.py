"""Thread safety: many threads calling every function at once (the GIL is
released during array calls, so the calls really overlap) get results bitwise
equal to the single-threaded ones."""

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from package_support import FUNCTION_NAMES, bits, domain_sample, function

THREADS = 8
ROUNDS = 2
SIZE = 50_000


def test_many_threads_get_the_single_threaded_results():
    cases = [(name, dtype) for name in FUNCTION_NAMES for dtype in (np.float64, np.float32)]
    jobs = [(name, domain_sample(name, dtype, (SIZE,), seed=index)) for index, (name, dtype) in enumerate(cases)]
    single_threaded = [bits(function(name)(x)).copy() for name, x in jobs]
    start = threading.Barrier(THREADS)

    def worker(thread):
        start.wait()
        mismatches = []
        for round_ in range(ROUNDS):
            for job in range(len(jobs)):
                index = (job + thread + round_) % len(jobs)
                name, x = jobs[index]
                if (thread + round_) % 2:
                    result = function(name)(x)
                else:
                    result = x.copy()
                    function(name)(result, out=result)
                if not (bits(result) == single_threaded[index]).all():
                    mismatches.append((thread, round_, name, x.dtype))
        return mismatches

    with ThreadPoolExecutor(THREADS) as pool:
        mismatches = [mismatch for found in pool.map(worker, range(THREADS)) for mismatch in found]
    assert mismatches == []


def test_python_runs_while_another_thread_is_in_an_array_call():
    # The worker computes softplus in place over zeros (softplus(0) = ln 2), in
    # index order. This thread spins on Python bytecode until the first element
    # has changed, then reads the last one: if the GIL were held during the C
    # call, this thread could only run again after the call, when the last
    # element has changed too. No timing is compared.
    x = np.zeros(4_000_000)
    started = threading.Event()

    def worker():
        started.set()
        function("softplus")(x, out=x)

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait()
    while x[0] == 0 and thread.is_alive():
        pass
    last_element_during_the_call = x[-1]
    thread.join()
    assert x[0] != 0 and x[-1] != 0
    assert last_element_during_the_call == 0
