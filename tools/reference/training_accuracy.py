"""Measure the training functions of a built libsoftplus against MPFR: ULP errors and the share
of correctly rounded results, on random inputs plus the vectors of Tests/vectors/training.

Usage (from the repository root):
    python3 -m tools.reference.training_accuracy [--library build/libsoftplus.so] [--n 100000]

Per function and format: the number of inputs, the share correctly rounded, the largest error in
ULP of the correctly rounded value (tools/reference/ulp_error.py's definition) and the input where
it occurs. Inputs: --n random inputs over every exponent of the function's domain (seeded), and the
vector inputs. The derivatives, log1mexp and log1pexp are measured through sp_<name>_<t>_array;
the backward products through sp_<fn>_backward_<t>_array with gradOut random over 2^-40..2^40.
Then the multi-argument functions (binary cross-entropy and its gradient, the parameterized
softplus, its inverse, softplus_through) over their vector files, as the distance in ULP from the
correctly rounded value.
"""

import argparse
import ctypes
import math
import random
import time

import numpy as np

from .formats import FORMATS
from .training import DERIVATIVE_OF, TRAINING_NAMES, backward_enclosure, exact_enclosure
from .ulp_error import ulp_error_against
from .training_vectors import source_function
from .vector_inputs import in_domain

_DTYPES = {"f64": (np.float64, np.uint64, ctypes.c_double), "f32": (np.float32, np.uint32, ctypes.c_float)}


def random_inputs(name, fmt, n, rng):
    """n bit patterns with a uniform random biased exponent and significand, in the domain of the
    differentiated function (or of log1mexp, a >= 0)."""
    base = source_function(name)
    mantissa_bits = fmt.precision - 1
    out = []
    while len(out) < n:
        bits = (rng.getrandbits(1) * fmt.sign_bit | rng.randint(0, fmt.exponent_field_max - 1) << mantissa_bits
                | rng.getrandbits(mantissa_bits))
        if in_domain(base, fmt, bits):
            out.append(bits)
    return out


def vector_inputs(name, suffix, columns):
    path = f"Tests/vectors/training/{name}_{suffix}.txt"
    with open(path) as f:
        rows = [line.split() for line in f if line.strip() and not line.startswith("#")]
    return [tuple(int(field, 16) for field in row[:columns]) for row in rows]


def call_array(library, symbol, fmt, *columns):
    dtype, unsigned, c_type = _DTYPES[fmt.suffix]
    arrays = [np.array(column, dtype=unsigned).view(dtype) for column in columns]
    out = np.empty_like(arrays[0])
    pointer = ctypes.POINTER(c_type)
    function = getattr(library, symbol)
    function.restype = ctypes.c_int
    if len(arrays) == 1:
        function.argtypes = (pointer, pointer, ctypes.c_size_t)
        status = function(arrays[0].ctypes.data_as(pointer), out.ctypes.data_as(pointer), len(out))
    else:
        function.argtypes = (pointer, pointer, pointer, ctypes.c_size_t)
        status = function(arrays[0].ctypes.data_as(pointer), arrays[1].ctypes.data_as(pointer),
                          out.ctypes.data_as(pointer), len(out))
    if status != 0:
        raise RuntimeError(f"{symbol} returned {status}")
    return [int(b) for b in out.view(unsigned)]


def summarize(label, errors):
    worst_error, worst_input = max(errors, key=lambda item: item[0])
    correct = sum(1 for e, _ in errors if e <= 0.5)
    share = 100.0 * correct / len(errors)
    return (f"| {label} | {len(errors):,} | {share:.4f} % | {worst_error:.3f} | {worst_input} |",
            worst_error)


def measure_unary(library, name, fmt, n, rng):
    inputs = random_inputs(name, fmt, n, rng) + [row[0] for row in vector_inputs(name, fmt.suffix, 1)]
    got = call_array(library, f"sp_{name}_{fmt.suffix}_array", fmt, inputs)
    errors = []
    for x, candidate in zip(inputs, got):
        lo, hi, want = exact_enclosure(name, fmt, x)
        errors.append((ulp_error_against(fmt, lo, hi, want, candidate), f"{fmt.from_bits(x)!r}"))
    return summarize(f"{name}_{fmt.suffix}", errors)


def measure_backward(library, function, fmt, n, rng):
    xs = random_inputs(DERIVATIVE_OF[function], fmt, n, rng)
    bias = fmt.exponent_field_max // 2
    gs = [rng.getrandbits(1) * fmt.sign_bit | rng.randint(bias - 40, bias + 40) << (fmt.precision - 1)
          | rng.getrandbits(fmt.precision - 1) for _ in xs]
    rows = vector_inputs(f"{function}_backward", fmt.suffix, 2)
    xs += [row[0] for row in rows]
    gs += [row[1] for row in rows]
    got = call_array(library, f"sp_{function}_backward_{fmt.suffix}_array", fmt, xs, gs)
    errors = []
    for x, g, candidate in zip(xs, gs, got):
        lo, hi, want = backward_enclosure(function, fmt, x, g)
        errors.append((ulp_error_against(fmt, lo, hi, want, candidate),
                       f"{fmt.from_bits(x)!r}, gradOut {fmt.from_bits(g)!r}"))
    return summarize(f"{function}_backward_{fmt.suffix}", errors)


def _rows(file_name, fmt):
    dtype, unsigned, _ = _DTYPES[fmt.suffix]
    with open(f"Tests/vectors/training/{file_name}") as f:
        rows = [[int(v, 16) for v in line.split()] for line in f if line.strip() and not line.startswith("#")]
    return [np.array(column, dtype=unsigned).view(dtype) for column in zip(*rows)]


def _distance(fmt, got, want):
    """Distance of got from the correctly rounded want, in ULP of want (0: correctly rounded);
    both zeros count as equal, NaN as equal to NaN."""
    dtype, unsigned, _ = _DTYPES[fmt.suffix]
    result = []
    for g, w in zip(got, want):
        g, w = float(g), float(w)
        if (math.isnan(g) and math.isnan(w)) or g == w:
            result.append(0.0)
        elif not (math.isfinite(g) and math.isfinite(w)):
            result.append(math.inf)
        else:
            ulp = float(np.spacing(dtype(abs(w)))) if w != 0 else float(np.spacing(dtype(0)))
            result.append(abs(g - w) / ulp)
    return result


def measure_vector_files(library, fmt):
    """The multi-argument functions over their vector files: share equal to the correctly rounded
    value and the largest distance from it in ULP."""
    _, _, c_type = _DTYPES[fmt.suffix]
    pointer = ctypes.POINTER(c_type)
    s = fmt.suffix
    lines = []

    def report(label, got, want):
        distances = _distance(fmt, got, want)
        exact = sum(1 for d in distances if d == 0)
        lines.append(f"| {label} | {len(distances):,} | {100.0 * exact / len(distances):.2f} % | "
                     f"{max(distances):.0f} |")

    x, t, w, pw, loss, gradient = _rows(f"bce_{s}.txt", fmt)
    out = np.empty_like(x)
    function = getattr(library, f"sp_bce_with_logits_{s}")
    function.argtypes = (pointer,) * 4 + (ctypes.c_size_t, pointer)
    function(*(a.ctypes.data_as(pointer) for a in (x, t, w, pw)), len(x), out.ctypes.data_as(pointer))
    report(f"bce_with_logits_{s} (loss)", out, loss)
    function = getattr(library, f"sp_bce_with_logits_sum_backward_{s}")
    function.argtypes = (pointer,) * 4 + (c_type, ctypes.c_size_t, pointer)
    function(*(a.ctypes.data_as(pointer) for a in (x, t, w, pw)), 1.0, len(x), out.ctypes.data_as(pointer))
    report(f"bce_with_logits gradient_{s}", out, gradient)
    for name, count in (("softplus_beta", 2), ("softplusinv_beta", 2), ("softplus_through", 1)):
        columns = _rows(f"{name}_{s}.txt", fmt)
        function = getattr(library, f"sp_{name}_{s}")
        function.argtypes = (c_type,) * (1 + count)
        function.restype = c_type
        got = [function(*(float(column[i]) for column in columns[:-1])) for i in range(len(columns[0]))]
        report(f"{name}_{s}", got, columns[-1])
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", default="build/libsoftplus.so")
    parser.add_argument("--n", type=int, default=100000, help="random inputs per function and format")
    args = parser.parse_args()
    library = ctypes.CDLL(args.library)
    start = time.process_time()
    print("| function | inputs | correctly rounded | max error (ULP) | worst input |")
    print("|---|---|---|---|---|")
    worst = 0.0
    for name in TRAINING_NAMES:
        for suffix, fmt in FORMATS.items():
            line, error = measure_unary(library, name, fmt, args.n, random.Random(f"accuracy {name} {suffix}"))
            worst = max(worst, error)
            print(line, flush=True)
    for function in DERIVATIVE_OF:
        for suffix, fmt in FORMATS.items():
            line, error = measure_backward(library, function, fmt, args.n,
                                           random.Random(f"accuracy backward {function} {suffix}"))
            worst = max(worst, error)
            print(line, flush=True)
    print("\n| function (vector file) | cases | correctly rounded | max distance (ULP) |")
    print("|---|---|---|---|")
    for fmt in FORMATS.values():
        print("\n".join(measure_vector_files(library, fmt)), flush=True)
    print(f"\nlargest error of the one-argument functions and backward products: {worst:.3f} ULP ({time.process_time() - start:.0f} s CPU, "
          f"--n {args.n}; {'within' if worst <= 2 else 'OUTSIDE'} the issue's 2 ULP)")
    return 0 if math.isfinite(worst) else 1


if __name__ == "__main__":
    raise SystemExit(main())
