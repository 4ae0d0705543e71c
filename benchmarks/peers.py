"""Times libsoftplus against the Python world's ways of computing the same functions.

    python3 benchmarks/peers.py [--sizes 10,16,20,24] [--repeats 5] [--min-sample-ms 20]
                                [--cpu C] [--json FILE] [--check-count 1000]
                                [--forced-isa avx2 --forced-sizes 20]

In one process, pinned to one core, with every peer single-threaded: libsoftplus (ctypes),
the C peers of c_peers.h (SLEEF's vector loops, glibc loops; from build-bench/libbenchpeers.so),
NumPy (the spec's naive formulas, stable one-liners, np.logaddexp), SciPy, and JAX, ONNX Runtime
and PyTorch when installed (python_peers.py says exactly what each runs). The functions and
their naive formulas come from spec/softplus.json. The library runs on its best kernel path
(sp_kernel_isa() names it); --forced-isa adds, at --forced-sizes only, a second copy of it loaded
with SOFTPLUS_ISA set (e.g. avx2: the x86-64-v3 kernels a processor without AVX-512 runs), timed
interleaved with the rest but never counted as a peer.

First every peer's results are checked against MPFR on a sample (correctness.py): a peer whose
error on inputs like the timed ones exceeds correctness.MAX_ULP, or that gives inf/NaN for a
finite result anywhere in the domain, is marked "not correct" and never counted as the fastest
peer. Then, for each n = 2^k, format and function,
every peer is timed on the same inputs, one sample each in turn (the order rotated every
repeat), repeated R times; a sample lasts at least --min-sample-ms; the figure is the median
in ns per element. Time is the process's CPU time (all threads), as in bench.c, which says why;
the ratio of wall to CPU time over the run goes into the JSON. Python's call overhead (about a microsecond) is in every peer's figures,
libsoftplus's included: it matters at n = 2^10 only; bench.c gives the C-only figures.
"""

import argparse
import json
import os
import pathlib
import platform
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def parse_arguments():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--library", default=str(ROOT / "build" / "libsoftplus.so"))
    p.add_argument("--peers-library", default=str(ROOT / "build-bench" / "libbenchpeers.so"))
    p.add_argument("--spec", default=str(ROOT / "spec" / "softplus.json"))
    p.add_argument("--sizes", default="10,16,20,24", help="exponents k of n = 2^k")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--min-sample-ms", type=float, default=20.0)
    p.add_argument("--cpu", type=int, default=None, help="core to pin to (default: the last allowed)")
    p.add_argument("--check-count", type=int, default=1000, help="inputs per sample of the MPFR check")
    p.add_argument("--only", default=None, help="comma-separated function names (default: all)")
    p.add_argument("--peers", default=None,
                   help="comma-separated parts of peer names to keep (default: all; libsoftplus always runs)")
    p.add_argument("--forced-isa", default=None, choices=("baseline", "avx2", "avx512"),
                   help="also time the library with SOFTPLUS_ISA set to this (not a peer)")
    p.add_argument("--forced-sizes", default="20", help="exponents k at which the forced path is timed")
    p.add_argument("--json", default=None, help="write every figure here")
    return p.parse_args()


args = parse_arguments()
# Pin and set the thread counts before NumPy, JAX or PyTorch start their thread pools.
CPU = args.cpu if args.cpu is not None else max(os.sched_getaffinity(0))
os.sched_setaffinity(0, {CPU})
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import python_peers  # noqa: E402

python_peers.single_thread_environment()

import numpy as np  # noqa: E402

import correctness  # noqa: E402

np.seterr(all="ignore")  # the naive formulas overflow by design
DTYPES = {"f64": np.float64, "f32": np.float32}


def load_libraries():
    """The library on its best path and, with --forced-isa, on the forced one (None when it is the
    same path, e.g. avx2 on a processor without AVX-512): [(peer, kernel path, sizes or None)]."""
    os.environ.pop("SOFTPLUS_ISA", None)  # the default row is the path a user gets
    best, path = python_peers.load_library(args.library)
    libraries = [(python_peers.library_peer(best), path, None)]
    if args.forced_isa:
        forced, forced_path = python_peers.load_library(args.library, args.forced_isa)
        if forced_path != path:
            sizes = {1 << int(k) for k in args.forced_sizes.split(",")}
            libraries.append((python_peers.library_peer(forced, f"libsoftplus {forced_path}"), forced_path, sizes))
    return libraries


LIBRARIES = load_libraries()


def timed_here(peer, n):
    """Whether the peer is timed at n (a forced path only at --forced-sizes)."""
    return all(sizes is None or n in sizes for p, _, sizes in LIBRARIES if p is peer)


def load_peers(spec):
    c_loops, floors, isa = python_peers.c_peers(args.peers_library)
    keep = [part.lower() for part in args.peers.split(",")] if args.peers else None

    def wanted(name):
        return name.startswith("libsoftplus") or keep is None or any(k in name.lower() for k in keep)

    optional, missing = python_peers.optional_peers(wanted)
    peers = [*(peer for peer, _, _ in LIBRARIES), *c_loops,
             python_peers.numpy_naive_peer(spec["functions"]),
             python_peers.numpy_stable_peer(),
             python_peers.numpy_logaddexp_peer(),
             python_peers.scipy_peer(),
             *optional]
    return [p for p in peers if wanted(p.name)], floors, isa, missing


def check(peers, functions):
    """{(peer, function, format): (max ULP on timed-range inputs, on whole-domain inputs)}."""
    errors = {}
    for f in functions:
        for fmt, dtype in DTYPES.items():
            samples = correctness.check_inputs(f["domain"], dtype, args.check_count)
            exact = [correctness.reference(f["name"], dtype, x) for x in samples]
            for peer in peers:
                worst = []
                for x, want in zip(samples, exact):
                    made = peer.make(f["name"], dtype, x)
                    if made is None:
                        break
                    call, result = made
                    worst.append(float(correctness.ulp_errors(result(call()), want).max()))
                if worst:
                    errors[(peer.name, f["name"], fmt)] = tuple(worst)
    return errors


TOTAL_NS = {"wall": 0, "cpu": 0}  # over every sample, for the wall/CPU ratio


def time_cell(instances, n):
    """Median CPU ns/element of each (name, call), interleaved (see the module's doc)."""
    calls = []
    for _, call in instances:
        start = time.process_time_ns()
        call()  # also the warm-up
        single = max(time.process_time_ns() - start, 1)
        calls.append(max(1, int(np.ceil(args.min_sample_ms * 1e6 / single))))
    samples = [[] for _ in instances]
    for r in range(args.repeats):
        for i in range(len(instances)):
            k = (i + r) % len(instances)
            call, count = instances[k][1], calls[k]
            wall, cpu = time.perf_counter_ns(), time.process_time_ns()
            for _ in range(count):
                call()
            cpu = time.process_time_ns() - cpu
            TOTAL_NS["wall"] += time.perf_counter_ns() - wall
            TOTAL_NS["cpu"] += cpu
            samples[k].append(cpu / (count * n))
    return {name: float(np.median(s)) for (name, _), s in zip(instances, samples)}


def timed_inputs(domain, dtype, n):
    low, high = correctness.input_range(domain)
    return np.random.default_rng(2024).uniform(low, high, n).astype(dtype)


def floor_instances(floors, dtype, n):
    x = timed_inputs("all x", dtype, n)
    out = np.empty_like(x)
    instances = []
    for name in ("memcpy", "exp"):
        call, _ = floors.make(name, dtype, x)
        instances.append((f"C {name}" if name == "memcpy" else "C libm exp loop", call))
    instances.append(("np.exp", lambda: np.exp(x, out=out)))
    return instances


def machine():
    model = platform.processor()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from threadpoolctl import threadpool_info
        blas = [f'{i.get("internal_api")} {i.get("version")} {i.get("architecture")}, {i.get("num_threads")} thread(s)'
                for i in threadpool_info()]
    except ImportError:
        blas = []
    library = pathlib.Path(args.library).resolve()
    built = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(library.stat().st_mtime))
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "commit": commit,
            "library": str(library), "library_built": built,
            "cpu": model, "cores": os.cpu_count(), "kernel": platform.release(),
            "python": platform.python_version(), "numpy": np.__version__,
            "load_average_start": os.getloadavg(), "blas": blas,
            "openblas_env": {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}}


def format_row(function, fmt, n, medians, errors, peers):
    lib = medians.get("libsoftplus")
    cells = []
    for peer in peers:
        t = medians.get(peer.name)
        if t is None and not timed_here(peer, n):
            continue
        if t is None:
            cells.append(f"{peer.name} -")
            continue
        bad = "" if correct(errors, peer.name, function, fmt) else " NOT-CORRECT"
        ratio = f" lib/peer {lib / t:.2f}" if lib and peer.name != "libsoftplus" else ""
        cells.append(f"{peer.name} {t:.3f}{ratio}{bad}")
    fastest = min(((t, p) for p, t in medians.items()
                   if not p.startswith("libsoftplus") and correct(errors, p, function, fmt)), default=None)
    if fastest:
        cells.append(f"fastest correct peer: {fastest[1]} {fastest[0]:.3f}"
                     + (f", lib/peer {lib / fastest[0]:.2f}" if lib else "")
                     + "".join(f", {p}/peer {t / fastest[0]:.2f}" for p, t in medians.items()
                               if p.startswith("libsoftplus ")))
    return f"{function} {fmt} 2^{n.bit_length() - 1}: " + " | ".join(cells)


def correct(errors, peer, function, fmt):
    e = errors.get((peer, function, fmt))
    return e is not None and correctness.is_correct(*e)


def main():
    spec = json.loads(pathlib.Path(args.spec).read_text())
    functions = spec["functions"]
    if args.only:
        wanted = set(args.only.split(","))
        functions = [f for f in functions if f["name"] in wanted]
    peers, floors, isa, missing = load_peers(spec)
    info = machine()
    paths = "; ".join(f"{peer.name}: {path}" + (f" (SOFTPLUS_ISA={args.forced_isa}, n = "
                                                 + ", ".join(f"2^{n.bit_length() - 1}" for n in sorted(sizes)) + ")"
                                                 if sizes else "")
                      for peer, path, sizes in LIBRARIES)
    print(f"# peers.py on core {CPU}: {info['cpu']}; load average {info['load_average_start']}; "
          f"kernel paths: {paths}; SLEEF loops: {isa}; not installed: {', '.join(missing) or 'none'}", flush=True)
    started = time.time()
    errors = check(peers, functions)
    print(f"# MPFR check of every peer: {time.time() - started:.1f} s", flush=True)
    for (peer, function, fmt), (timed, whole) in sorted(errors.items()):
        if not correctness.is_correct(timed, whole):
            print(f"#   not correct: {peer} {function} {fmt}: max ULP {timed:.3g} on timed-range "
                  f"inputs, {whole:.3g} on the whole domain", flush=True)

    results = []
    for k in (int(s) for s in args.sizes.split(",")):
        n = 1 << k
        for fmt, dtype in DTYPES.items():
            medians = time_cell(floor_instances(floors, dtype, n), n)
            print(f"floor {fmt} 2^{k}: " + " | ".join(f"{p} {t:.3f}" for p, t in medians.items()), flush=True)
            results += [{"function": "floor", "format": fmt, "n": n, "peer": p, "ns": t} for p, t in medians.items()]
            for f in functions:
                x = timed_inputs(f["domain"], dtype, n)
                instances = []
                for peer in (p for p in peers if timed_here(p, n)):
                    made = peer.make(f["name"], dtype, x)
                    if made is not None:
                        instances.append((peer.name, made[0]))
                medians = time_cell(instances, n)
                del instances
                print(format_row(f["name"], fmt, n, medians, errors, peers), flush=True)
                results += [{"function": f["name"], "format": fmt, "n": n, "peer": p, "ns": t}
                            for p, t in medians.items()]
    info["load_average_end"] = os.getloadavg()
    info["seconds"] = round(time.time() - started, 1)
    info["wall_over_cpu"] = TOTAL_NS["wall"] / max(TOTAL_NS["cpu"], 1)
    print(f"# wall time / CPU time over all samples: {info['wall_over_cpu']:.2f}")
    if args.json:
        report = {
            "machine": info, "cpu_pinned": CPU, "sleef_isa": isa, "missing_peers": missing,
            "libraries": [{"name": peer.name, "kernel_path": path, "forced_isa": args.forced_isa if sizes else None,
                           "sizes": sorted(sizes) if sizes else None} for peer, path, sizes in LIBRARIES],
            "repeats": args.repeats, "min_sample_ms": args.min_sample_ms, "check_count": args.check_count,
            "max_ulp_correct": correctness.MAX_ULP,
            "peers": [{"name": p.name, "allocates": p.allocates} for p in peers],
            "errors": [{"peer": p, "function": f, "format": fmt, "max_ulp_timed": t, "max_ulp_whole": w}
                       for (p, f, fmt), (t, w) in sorted(errors.items())],
            "results": results,
        }
        pathlib.Path(args.json).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
