#!/usr/bin/env python3
"""Generate Sources/SoftplusKernels/VectorPolynomials.swift: the polynomial coefficients of the vector
kernels, near-minimax fits (Chebyshev interpolation, mpmath.chebyfit at 200 bits) rounded to double.

  expm1Cubic (Double kernels): C(r) ~ (e^r - 1 - r - r^2/2) / r^3   on |r| <= ln2/2 + 2^-30
  expm1Tail32 (Float kernels): Q(r) ~ (e^r - 1 - r) / r^2             on the same interval
  expm1CubicNarrow, expm1TailNarrow32: the same on |r| <= ln2/32 + 2^-30, after the table of 2^(j/16)
  logTail (Double kernels):    R(z) ~ (atanh(sqrt z)/sqrt z - 1) / z on 0 <= z <= 0.2^2, so that
                               log((1 + s)/(1 - s)) = 2s + 2s^3 R(s^2) for |s| <= 0.2
  logTail32 (Float kernels):   the same R, fewer terms
  logTailWide32 (Float softplus): the same R for |s| <= 1/3

The degree of each is the least one whose fitting error (printed in the file) meets the kernel's
budget (VectorExp.swift, VectorNegativeExponential.swift, VectorLog.swift); the error printed in the file is re-measured on the
rounded coefficients over 20001 points. Each is written out by Estrin's scheme, or by Horner's rule
where marked (HORNER_NOTE).

Run from the repository root:
    python3 tools/tables/vector_polynomials.py > Sources/SoftplusKernels/VectorPolynomials.swift
    python3 tools/tables/vector_polynomials.py check    # exit 1 when the committed file differs (ctest)
"""
import mpmath as mp
from generated_file import run

mp.mp.prec = 200

REDUCED_BOUND = mp.log(2) / 2 + mp.mpf(2) ** -30
NARROW_BOUND = mp.log(2) / 32 + mp.mpf(2) ** -30
S_BOUND = mp.mpf("0.2")


def expm1_tail(r):
    if abs(r) < mp.mpf(2) ** -60:
        return mp.mpf(1) / 2 + r / 6
    return (mp.expm1(r) - r) / r**2


def expm1_cubic(r):
    if abs(r) < mp.mpf(2) ** -60:
        return mp.mpf(1) / 6 + r / 24
    return (mp.expm1(r) - r - r**2 / 2) / r**3


def log_tail(z):
    if z < mp.mpf(2) ** -60:
        return mp.mpf(1) / 3 + z / 5
    s = mp.sqrt(z)
    return (mp.atanh(s) / s - 1) / z


# name, function, interval, degree, what it is, whether it is written by Horner's rule (HORNER_NOTE)
POLYNOMIALS = [
    ("expm1Cubic", expm1_cubic, [-REDUCED_BOUND, REDUCED_BOUND], 9,
     "(e^r - 1 - r - r^2/2)/r^3 for |r| <= ln2/2 (Double kernels)", False),
    ("expm1Tail32", expm1_tail, [-REDUCED_BOUND, REDUCED_BOUND], 7,
     "(e^r - 1 - r)/r^2 for |r| <= ln2/2 (Float kernels)", True),
    ("expm1CubicNarrow", expm1_cubic, [-NARROW_BOUND, NARROW_BOUND], 4,
     "(e^r - 1 - r - r^2/2)/r^3 for |r| <= ln2/32 (Double kernels after the table of 2^(j/16))", False),
    ("expm1TailNarrow32", expm1_tail, [-NARROW_BOUND, NARROW_BOUND], 3,
     "(e^r - 1 - r)/r^2 for |r| <= ln2/32 (Float kernels after the table of 2^(j/16))", False),
    ("logTail", log_tail, [mp.mpf(0), S_BOUND**2], 7,
     "(atanh(s)/s - 1)/s^2 as a polynomial in z = s^2, |s| <= 0.2 (Double kernels)", False),
    ("logTail32", log_tail, [mp.mpf(0), S_BOUND**2], 5,
     "(atanh(s)/s - 1)/s^2 as a polynomial in z = s^2, |s| <= 0.2 (Float kernels)", True),
    ("logTailWide32", log_tail, [mp.mpf(0), mp.mpf(1) / 9 + mp.mpf(2) ** -20], 7,
     "(atanh(s)/s - 1)/s^2 as a polynomial in z = s^2, |s| <= 1/3 (Float softplus)", True),
]


def estrin(ascending):
    """Swift statements evaluating sum(a[i] v^i) by Estrin's scheme, a[0] first.

    With an odd number of coefficients (at least 3) the highest one joins the last pair as
    a[n-3] + a[n-2] v + a[n-1] v^2 (one more multiply-add on v^2) instead of waiting for v^(n-1):
    one multiplication fewer and no longer a chain."""
    lines = []
    terms = [f"DoubleLanes<W>(repeating: {c.hex()})" for c in ascending]
    folded = None
    if len(terms) >= 3 and len(terms) % 2 == 1:
        folded = terms.pop()
    power, level = "v", 0
    while len(terms) > 1:
        if level > 0 and power != f"v{2 ** level}":
            lines.append(f"let v{2 ** level} = {power} * {power}")
            power = f"v{2 ** level}"
        paired = []
        for i in range(0, len(terms), 2):
            if i + 1 < len(terms):
                name = f"e{level}_{i // 2}"
                lines.append(f"let {name} = fusedMultiplyAdd({terms[i + 1]}, {power}, {terms[i]})")
                paired.append(name)
            else:
                paired.append(terms[i])
        if folded is not None:
            lines.append("let v2 = v * v")
            name = f"e0_{len(paired) - 1}_folded"
            lines.append(f"let {name} = fusedMultiplyAdd({folded}, v2, {paired[-1]})")
            paired[-1], folded = name, None
            power, level = "v2", 1
            terms = paired
            continue
        terms, level = paired, level + 1
    lines.append(f"return {terms[0]}")
    return lines


HORNER_NOTE = """
Estrin's scheme (written out with fused multiply-adds) keeps the dependency chain about log2(degree)
+ 2 operations long instead of Horner's degree, and pays for it with the powers v^2, v^4, ...: one
multiplication each (a loop over an array of coefficients also defeated LLVM's vectorization). In
the AVX-512 array loops the multiply-add pipes, not the chains, bound the time (each value is four to
eight independent registers), so the three Float polynomials marked below are written by Horner's
rule, which needs no powers: logit f32 0.92 -> 0.84 ns per element, softplusinv f32 1.48 -> 1.37,
softminusinv f32 1.50 -> 1.40, softplus f32 1.19 -> 1.11 (n = 2^20, Zen 4). They are Horner at every
width and on every kernel copy, though a scalar call (2 lanes) waits for the chain (softplus f32 16
-> 18 ns a call): under a directed rounding mode the two orders can round a result differently, and a
scalar call must give the array's bits (Tests/robustness/test_fp_environment.c found one softplusinv
f32 input, rounding upward, when only the array lanes ran by Horner). The Double polynomials keep
Estrin: by Horner softplus f64 took 2.20 ns per element against 2.03.
"""


def horner(ascending):
    """Swift statements evaluating sum(a[i] v^i) by Horner's rule, a[0] first."""
    terms = [f"DoubleLanes<W>(repeating: {c.hex()})" for c in ascending]
    lines = [f"var h = fusedMultiplyAdd({terms[-1]}, v, {terms[-2]})"]
    lines += [f"h = fusedMultiplyAdd(h, v, {term})" for term in reversed(terms[:-2])]
    return lines + ["return h"]


def fit(function, interval, degree):
    coefficients, _ = mp.chebyfit(function, interval, degree + 1, error=True)
    return [float(c) for c in coefficients]  # highest degree first


def measured_error(function, interval, coefficients, points=20001):
    a, b = interval
    worst = mp.mpf(0)
    for i in range(points):
        v = a + (b - a) * i / (points - 1)
        p = mp.mpf(0)
        for c in coefficients:
            p = p * v + mp.mpf(c)
        worst = max(worst, abs(p - function(v)))
    return worst


def main():
    print("// GENERATED by tools/tables/vector_polynomials.py (mpmath chebyfit, 200 bits) -- do not edit.")
    print("// Regenerate: python3 tools/tables/vector_polynomials.py > Sources/SoftplusKernels/VectorPolynomials.swift")
    print("//")
    print("// Each coefficient is the double nearest the fitted real coefficient, highest degree first.")
    print("// \"error\" is the largest |polynomial - function| of the rounded coefficients, in exact arithmetic,")
    print("// over 20001 evenly spaced points of the interval (the evaluation's own rounding is in the kernels' budgets).")
    print("//")
    for line in HORNER_NOTE.strip().split("\n"):
        print("// " + line if line else "//")
    for name, function, interval, degree, what, by_horner in POLYNOMIALS:
        highest_first = fit(function, interval, degree)
        error = measured_error(function, interval, highest_first)
        coefficients = list(reversed(highest_first))  # a[0] first, as estrin and horner take them
        print()
        print(f"/// {what}: degree {degree}, error 2^{float(mp.log(error, 2)):.1f}" +
              ("; by Horner's rule." if by_horner else "."))
        print("@inline(__always)")
        print(f"func {name}<W: LaneWidth>(_ v: DoubleLanes<W>) -> DoubleLanes<W> {{")
        for line in (horner if by_horner else estrin)(coefficients):
            print("    " + line)
        print("}")


if __name__ == "__main__":
    run(main, "Sources/SoftplusKernels/VectorPolynomials.swift", "vector_polynomials.py")
