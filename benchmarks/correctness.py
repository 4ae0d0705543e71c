"""Is a peer correct enough to count? Its results on a sample against MPFR (tools/reference).

Two samples per function and format: inputs drawn like the timed ones (the same range), and
inputs over the whole domain (_whole_domain), all finite. The error is |peer - exact| in ULP of the correctly
rounded value; a result that is infinite or NaN where the exact value is finite counts as an
infinite error. A peer is "correct" (is_correct) when it never gives inf/NaN for a finite
result, on either sample, and its largest error on the timed-range sample is at most MAX_ULP:
the issue's rule. The whole-domain error is reported but not judged beyond inf/NaN: there, a
peer that flushes a subnormal result to zero (1/(1 + e^800) = 0 where sigmoid(-740) is 2^-1067)
errs by up to 2^52 ULP of the subnormal range, a difference users of those peers accept.
"""

import math

import numpy as np

from tools.reference import F32, F64
from tools.reference.correct_rounding import correctly_rounded_bits

# The rule of thumb: far beyond any libm's error, far below a wrong or cancelled result.
MAX_ULP = 1e6


def input_range(domain):
    """The range of the timed inputs for a spec domain; the same as bench.c's input_range."""
    if domain.startswith("all "):
        return -30.0, 30.0
    if "<= 1" in domain:
        return 0.0, 1.0
    if ">= 0" in domain:
        return 0.0, 30.0
    if "<= 0" in domain:
        return -30.0, 0.0
    raise ValueError(f"no input range for the domain {domain!r}")


def _whole_domain(domain, dtype, rng, count):
    info = np.finfo(dtype)
    # Half log-uniform from the smallest normal number to 2^10 (every binade), half uniform on
    # [0, 2^10]: 1024 > 745, past where e^x overflows or underflows entirely in either format,
    # so the overflow regions are sampled, not only the tiny magnitudes.
    log_uniform = np.exp2(rng.uniform(math.log2(info.smallest_normal), 10, count))
    magnitude = np.where(rng.random(count) < 0.5, log_uniform, rng.uniform(0, 1024, count))
    if domain.startswith("all "):
        values = magnitude * rng.choice([-1.0, 1.0], count)
    elif "<= 1" in domain:
        # p near 0 over every binade; p near 1 down to 1 - eps/2, the closest a float comes to 1
        near_zero = np.exp2(rng.uniform(math.log2(info.smallest_normal), -1, count))
        near_one = 1 - np.exp2(rng.uniform(math.log2(info.eps) - 1, -1, count))
        values = np.where(rng.random(count) < 0.5, near_zero, near_one)
    elif ">= 0" in domain:
        values = magnitude
    else:
        values = -magnitude
    return values.astype(dtype)


def check_inputs(domain, dtype, count, seed=12345):
    """(timed-range inputs, whole-domain inputs), each `count` finite values of dtype."""
    rng = np.random.default_rng(seed)
    low, high = input_range(domain)
    timed = rng.uniform(low, high, count).astype(dtype)
    return timed, _whole_domain(domain, dtype, rng, count)


def reference(function, dtype, x):
    fmt, bits = (F64, np.uint64) if dtype == np.float64 else (F32, np.uint32)
    pattern = x.view(bits)
    exact_bits = np.array([correctly_rounded_bits(function, fmt, int(b)) for b in pattern], dtype=bits)
    return exact_bits.view(dtype)


def is_correct(max_ulp_timed, max_ulp_whole):
    """The rule above, on the two largest errors (inf/NaN for a finite result counts as inf)."""
    return max_ulp_timed <= MAX_ULP and max_ulp_whole != float("inf")


def ulp_errors(candidate, exact):
    """|candidate - exact| in ULP of exact (the correctly rounded value), elementwise, in float64."""
    candidate = np.asarray(candidate)
    dtype = exact.dtype
    if candidate.dtype != dtype:
        candidate = candidate.astype(dtype)  # a peer computing in another format is judged on this one
    ulp = np.spacing(np.abs(exact)).astype(np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        error = np.abs(candidate.astype(np.float64) - exact.astype(np.float64)) / ulp
    same_special = (candidate == exact) | (np.isnan(candidate) & np.isnan(exact))
    error = np.where(same_special, 0.0, error)
    error = np.where(np.isfinite(exact) & ~np.isfinite(candidate), np.inf, error)
    return np.where(np.isnan(error), np.inf, error)
