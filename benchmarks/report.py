"""Writes docs/BENCHMARK.md from one run of bench (its --tsv) and peers.py (its --json).

    python3 benchmarks/report.py --bench-tsv FILE --bench-log FILE --peers-json FILE
                                 --command "..." [--out docs/BENCHMARK.md]

Every figure in the page comes from those files; the sentences under "Where the library stands"
are computed from them too (ratios, the copy floor), so they cannot go stale against the tables.
"""

import argparse
import csv
import datetime
import json
import pathlib
import sys
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # correctness imports tools.reference
import correctness  # noqa: E402

HEADLINE_SIZES = (1 << 20, 1 << 24)


def parse_arguments():
    p = argparse.ArgumentParser()
    p.add_argument("--bench-tsv", required=True)
    p.add_argument("--bench-log", required=True, help="bench's standard output (its first line says how it ran)")
    p.add_argument("--peers-json", required=True)
    p.add_argument("--command", required=True, help="the command that produced the files")
    p.add_argument("--load", default="", help="load averages seen around the run")
    p.add_argument("--out", default=str(ROOT / "docs" / "BENCHMARK.md"))
    p.add_argument("--png", default=str(ROOT / "docs" / "BENCHMARK.png"), help="the plot (needs matplotlib)")
    return p.parse_args()


def power(n):
    return f"2^{n.bit_length() - 1}"


def ns(t):
    return "–" if t is None else (f"{t:.2f}" if t < 100 else f"{t:.0f}")


class Peers:
    """peers.py's figures: medians[(function, format, n)][peer] and the correctness verdicts."""

    def __init__(self, report):
        self.report = report
        self.medians = defaultdict(dict)
        for r in report["results"]:
            self.medians[(r["function"], r["format"], r["n"])][r["peer"]] = r["ns"]
        self.errors = {(e["peer"], e["function"], e["format"]): (e["max_ulp_timed"], e["max_ulp_whole"])
                       for e in report["errors"]}
        self.limit = report["max_ulp_correct"]
        self.names = [p["name"] for p in report["peers"]]
        self.competitors = [p for p in self.names if p != "libsoftplus"]
        self.functions = list(dict.fromkeys(r["function"] for r in report["results"] if r["function"] != "floor"))
        self.sizes = sorted({r["n"] for r in report["results"]})

    def correct(self, peer, function, fmt):
        e = self.errors.get((peer, function, fmt))
        return e is not None and correctness.is_correct(*e)

    def fastest_correct(self, function, fmt, n):
        cell = self.medians[(function, fmt, n)]
        timed = [(t, p) for p, t in cell.items() if p in self.competitors and self.correct(p, function, fmt)]
        return min(timed) if timed else (None, None)


def summary_table(peers):
    lines = ["| function | format | n | libsoftplus | fastest correct peer | its ns | library / peer |",
             "|---|---|---|---:|---|---:|---:|"]
    for function in peers.functions:
        for fmt in ("f64", "f32"):
            for n in HEADLINE_SIZES:
                if n not in peers.sizes:
                    continue
                lib = peers.medians[(function, fmt, n)].get("libsoftplus")
                t, p = peers.fastest_correct(function, fmt, n)
                ratio = f"{lib / t:.1f}×" if lib and t else "–"
                lines.append(f"| {function} | {fmt} | {power(n)} | {ns(lib)} | {p or '–'} | {ns(t)} | {ratio} |")
    return "\n".join(lines)


def full_table(peers, n):
    head = "| function | format | " + " | ".join(peers.names) + " |"
    lines = [head, "|---|---|" + "---:|" * len(peers.names)]
    for function in peers.functions:
        for fmt in ("f64", "f32"):
            cell = peers.medians[(function, fmt, n)]
            lib = cell.get("libsoftplus")
            row = []
            for p in peers.names:
                t = cell.get(p)
                if t is None:
                    row.append("–")
                    continue
                text = ns(t)
                if p != "libsoftplus" and lib:
                    text += f" ({lib / t:.1f})"
                if not peers.correct(p, function, fmt):
                    text += " ✗"
                row.append(text)
            lines.append(f"| {function} | {fmt} | " + " | ".join(row) + " |")
    return "\n".join(lines)


def floors_table(peers, bench):
    sizes = peers.sizes
    lines = ["| floor | format | " + " | ".join(power(n) for n in sizes) + " |",
             "|---|---|" + "---:|" * len(sizes)]
    names = list(dict.fromkeys(p for (f, _, _), cell in peers.medians.items() if f == "floor" for p in cell))
    for name in names:
        for fmt in ("f64", "f32"):
            row = [ns(peers.medians[("floor", fmt, n)].get(name)) for n in sizes]
            lines.append(f"| {name} (peers.py) | {fmt} | " + " | ".join(row) + " |")
    for kernel in ("memcpy", "exp"):
        for fmt in ("f64", "f32"):
            row = [ns(bench.get(("floor", fmt, n, kernel))) for n in sizes]
            lines.append(f"| C {kernel} (bench) | {fmt} | " + " | ".join(row) + " |")
    return "\n".join(lines)


def bench_table(bench):
    sizes = sorted({k[2] for k in bench})
    kernels = list(dict.fromkeys(k[3] for k in bench if k[0] != "floor"))
    functions = list(dict.fromkeys(k[0] for k in bench if k[0] != "floor"))
    head = "| function | format | kernel | " + " | ".join(power(n) for n in sizes) + " |"
    lines = [head, "|---|---|---|" + "---:|" * len(sizes)]
    for function in functions:
        for fmt in ("f64", "f32"):
            for kernel in kernels:
                row = [bench.get((function, fmt, n, kernel)) for n in sizes]
                if all(t is None for t in row):
                    continue
                lines.append(f"| {function} | {fmt} | {kernel} | " + " | ".join(ns(t) for t in row) + " |")
    return "\n".join(lines)


def errors_table(peers):
    lines = ["| peer | " + " | ".join(f"{f} {fmt}" for f in peers.functions for fmt in ("f64", "f32")) + " |",
             "|---|" + "---:|" * (2 * len(peers.functions))]
    for p in peers.names:
        row = []
        for f in peers.functions:
            for fmt in ("f64", "f32"):
                e = peers.errors.get((p, f, fmt))
                row.append("–" if e is None else f"{e[0]:.3g} / {e[1]:.3g}" + ("" if correctness.is_correct(*e) else " ✗"))
        lines.append(f"| {p} | " + " | ".join(row) + " |")
    return "\n".join(lines)


def standing(peers, bench):
    """Facts computed from the figures: how far off, how the time scales with n, the copy floor."""
    out = []
    for n in HEADLINE_SIZES:
        if n not in peers.sizes:
            continue
        ratios = []
        for f in peers.functions:
            for fmt in ("f64", "f32"):
                lib = peers.medians[(f, fmt, n)].get("libsoftplus")
                t, p = peers.fastest_correct(f, fmt, n)
                if lib and t:
                    ratios.append((lib / t, f, fmt, p))
        if ratios:
            ratios.sort()
            faster = sum(1 for r in ratios if r[0] < 1)
            out.append(f"- At n = {power(n)} the library is faster than the fastest correct peer in {faster} of "
                       f"{len(ratios)} cases; it takes {ratios[0][0]:.1f}× ({ratios[0][1]} {ratios[0][2]}, against "
                       f"{ratios[0][3]}) to {ratios[-1][0]:.1f}× ({ratios[-1][1]} {ratios[-1][2]}, against "
                       f"{ratios[-1][3]}) its time.")
    target = peers.medians[("softplus", "f64", 1 << 20)].get("libsoftplus")
    if target:
        out.append(f"- softplus f64 at n = 2^20: {target:.1f} ns per element against the 1.0 ns target of "
                   f"issue 4 ({target:.0f}× off).")
    sizes = sorted({k[2] for k in bench})
    if len(sizes) >= 2:
        small, large = sizes[1] if len(sizes) > 2 else sizes[0], sizes[-1]
        scale = [bench[(f, fmt, large, "library")] / bench[(f, fmt, small, "library")]
                 for (f, fmt, n, k) in bench if k == "library" and n == small and (f, fmt, large, "library") in bench]
        copy = bench.get(("floor", "f64", large, "memcpy"))
        libs = [t for (f, fmt, n, k), t in bench.items() if k == "library" and n == large]
        if scale and copy and libs:
            verdict = ("so it is bound by computation, not by memory" if max(scale) < 1.3
                       else "so moving the data is part of its cost at the larger size")
            out.append(f"- From n = {power(small)} to {power(large)} the library's time per element changes by "
                       f"a factor {min(scale):.2f} to {max(scale):.2f} (bench, C only), {verdict}; the f64 copy "
                       f"floor at {power(large)} is {copy:.2f} ns, {100 * copy / min(libs):.1f}% of the "
                       f"library's fastest function there.")
    return "\n".join(out)


def read_bench(path):
    bench = {}
    with open(path) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            bench[(row["function"], row["format"], int(row["n"]), row["kernel"])] = float(row["ns_per_element"])
    return bench


def main():
    a = parse_arguments()
    report = json.loads(pathlib.Path(a.peers_json).read_text())
    peers = Peers(report)
    bench = read_bench(a.bench_tsv)
    bench_log = pathlib.Path(a.bench_log).read_text().splitlines()
    bench_line = bench_log[0].lstrip("# ")
    bench_ratio = next((line.rsplit(":", 1)[1].strip() for line in bench_log if line.startswith("# wall")), "?")
    m = report["machine"]
    commit = m.get("commit") or "?"
    when = m.get("date") or datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    missing = ", ".join(report["missing_peers"]) or "none"
    isa = report["sleef_isa"]
    allocating = ", ".join(p["name"] for p in report["peers"] if p["allocates"])
    picture = ""
    plotted = min((n for n in HEADLINE_SIZES if n in peers.sizes), default=None)
    if plotted:
        try:
            import plot
            plot.plot(peers, plotted, a.png)
            picture = f"![libsoftplus against the fastest correct peer]({pathlib.Path(a.png).name})\n"
        except ImportError:
            picture = ""
    text = f"""# Benchmark: libsoftplus against its peers

Generated by `benchmarks/run` (run of {when}); do not edit by hand: run it again.

    {a.command}

- Machine: {m['cpu']}{' (AVX-512)' if isa == 'avx512' else ''}, {m['cores']} cores, Linux {m['kernel']}, Python {m['python']}, NumPy {m['numpy']}
  ({'; '.join(m['blas']) or 'BLAS not reported'}; OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE during the NumPy run:
  {m['openblas_env']}).
- Library: {m.get('library', '?')}, built {m.get('library_built', '?')}; repository at commit {commit} when
  peers.py started. bench: {bench_line}.
- Load: {a.load or 'not recorded'}. peers.py: load average {tuple(round(x, 2) for x in m['load_average_start'])}
  at its start and {tuple(round(x, 2) for x in m.get('load_average_end', ()))} at its end ({m.get('seconds', '?')} s).
  Times are the process's CPU time (all threads), so time the core spent on other processes is not
  counted; wall time / CPU time over the samples: {bench_ratio} (bench), {m.get('wall_over_cpu', float('nan')):.2f}
  (peers.py) — 1 on an idle machine. Caches and memory bandwidth were still shared with the other
  processes: the larger that ratio, the less exact the figures (the repeats are interleaved, so
  every peer of a row saw the same conditions).
- Method: one core (pinned), every peer single-threaded, uniform random inputs over a typical range of
  the domain (|x| <= 30; p in [0, 1); y in [0, 30] or [-30, 0]); the median of {report['repeats']}
  interleaved repeats, each sample lasting at least {report['min_sample_ms']} ms; ns per element.
  At n = 2^10 every call sees the same 1024 inputs, so the branch predictor learns them: code with
  data-dependent branches (the library's float path, the glibc loops) is faster there than from
  2^16 on, where the figures describe random data.
  Peers not installed: {missing}. Peers that allocate their result on every call (as their users'
  code does): {allocating}; the others write into a preallocated array.
- "Correct": against MPFR (tools/reference), on {report['check_count']} inputs drawn like the timed
  ones a peer errs by at most {peers.limit:g} ULP, and neither there nor on {report['check_count']}
  inputs over the whole domain (up to |x| = 1024, past overflow) does it give inf/NaN for a finite
  result (benchmarks/correctness.py). ✗ marks a peer that is not; it never counts as the fastest.
  Flushing subnormal results to zero is allowed (see the whole-domain column of the error table).

## Where the library stands

{standing(peers, bench)}

{picture}
{summary_table(peers)}

## Every peer (peers.py), ns per element (library / peer in brackets; ✗ = not correct)

""" + "\n\n".join(f"### n = {power(n)}\n\n{full_table(peers, n)}" for n in peers.sizes) + f"""

## Floors, ns per element

{floors_table(peers, bench)}

## C only (bench), ns per element, no Python call overhead

{bench_table(bench)}

## Largest error of each peer (timed-range inputs / whole domain)

Distance to the correctly rounded result in ULP of that result (0: correctly rounded; inf: inf or NaN
for a finite result). A whole-domain figure above 10^4 with a finite timed-range figure is a subnormal
result flushed to zero or a tail lost to underflow, allowed by the rule above.

{errors_table(peers)}

## The peers

- libsoftplus: the `sp_<name>_<format>_array` functions through ctypes.
- SLEEF u10: C loops over SLEEF's 1-ULP vector exp/log/log1p/expm1 (Debian's libsleef-dev) at the
  processor's widest width, with the stable formulas of benchmarks/sleef_loops.h; glibc loop: the same
  formulas in a plain scalar C loop over glibc's libm (benchmarks/glibc_loops.c).
- NumPy naive: the spec's "naive" formula of each function; NumPy stable: the one-liners of
  benchmarks/python_peers.py; np.logaddexp(0, ±x) for ±softplus(±x).
- SciPy: scipy.special expit, logit, log_expit, softplus. JAX: jax.nn / jax.scipy.special, jitted,
  x64 enabled, XLA single-threaded. ONNX Runtime: one-node graphs (Softplus, Sigmoid) or Log/Exp
  compositions, one thread, I/O binding into a preallocated output. PyTorch: torch.sigmoid, torch.logit,
  torch.nn.functional.softplus / logsigmoid, one thread.
"""
    pathlib.Path(a.out).write_text(text)


if __name__ == "__main__":
    main()
