#!/usr/bin/env python3
"""Generate Tests/SoftplusMathTests/BranchPointVectors.swift: test cases around every threshold and
branch point of the SoftplusMath kernels, with their correctly rounded results from the project's
MPFR reference (tools/reference: rigorous enclosures and a Ziv loop, independent of the kernels).

The Swift tests require these results to be CORRECTLY ROUNDED in both formats (stricter than the
1-ULP contract for double): a threshold moved to the wrong side of its justified value changes the
result by one ULP somewhere in its window, so the test fails. Each centre below names the constant it
checks; the cases are the centre +- RADIUS representable steps and WINDOW_COUNT random inputs within
a relative WINDOW of it (for the thresholds whose justification is a bound over a whole range).

Run from the repository root (about a minute):
    python3 tools/tables/branch_point_vectors.py > Tests/SoftplusMathTests/BranchPointVectors.swift
"""
import math
import os
import random
import sys

import gmpy2

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from tools.reference import FORMATS, correctly_rounded_bits  # noqa: E402

RADIUS = 16
WINDOW_COUNT = 256
LN2 = math.log(2)

# (centre, relative window or 0, what it checks) per kernel, in the argument of the C function.
SOFTPLUS = [
    (34.0, 0.03, "softplusIdentityThreshold: x from 34 up; the exact bound is 48 ln2 = 33.27"),
    (48 * LN2, 0.0, "48 ln2: below it softplus(x) is no longer x"),
    (20 * LN2, 0.0, "20 ln2 = 13.86: Float softplus(x) = x from here"),
    (-37.0, 0.5, "softplusExpThreshold: e^x - e^2x/2 below -37 (moved above -25 it misrounds)"),
    (-746.0, 0.0, "expUnderflowThreshold"),
    (-1075 * LN2, 0.001, "-745.13: results round to 0 below"),
    (-1022 * LN2, 0.001, "-708.40: subnormal results below"),
    (-150 * LN2, 0.01, "-103.97: Float results round to 0 below"),
    (-9 * LN2, 0.01, "e^-|x| = 2^-9: log1p switches from its series to the table log"),
    (9 * LN2, 0.01, "the same on the positive side"),
    (0.0, 0.0, "zero"),
]
SIGMOID = [
    (38.0, 0.03, "sigmoidOneThreshold: 1 from 38 up; the exact bound is 54 ln2 = 37.43"),
    (54 * LN2, 0.0, "54 ln2"),
    (-37.0, 0.5, "sigmoidExpThreshold: e^x - e^2x below -37 (moved above -25 it misrounds)"),
    (-746.0, 0.0, "expUnderflowThreshold"),
    (-1075 * LN2, 0.001, "-745.13: results round to 0 below"),
    (-1022 * LN2, 0.001, "-708.40: subnormal results below"),
    (-150 * LN2, 0.01, "-103.97: Float results round to 0 below"),
    (0.0, 0.0, "zero: sigmoid(0) = 1/2"),
]
LOGIT = [
    (0.25, 0.3, "the log(p) - log1p(-p) / atanh branch point (below 1/4, 2p - 1 is inexact)"),
    (0.75, 0.1, "the atanh / log(p) - log(1 - p) branch point"),
    (0.5, 0.0, "the zero of logit"),
    (0.5 - 2.0 ** -11, 0.1, "|z/(1-p)| = 2^-9: log1p switches from its series to the table log"),
    (0.5 + 2.0 ** -11, 0.1, "the same above 1/2"),
    (2.0 ** -9, 0.05, "log1p(-p): series below 2^-9"),
    (1 - 2.0 ** -9, 0.0, "log(1 - p) near its table entry boundaries"),
]
SOFTPLUSINV = [
    (0.5, 0.05, "softplusInverseSmallBound: log(expm1(y)) below"),
    (1.0, 0.05, "softplusInverseLargeBound: y + log1p(-e^-y) from here"),
    (34.0, 0.03, "softplusInverseIdentityThreshold: y from 34 up"),
    (48 * LN2, 0.0, "48 ln2: below it softplusInverse(y) is no longer y"),
    (LN2, 0.0, "the zero of softplusInverse at ln 2"),
    (LN2 / 256, 0.05, "expReducedBound: expm1 switches from its series to the table exp"),
    (LN2 + LN2 / 256, 0.01, "expm1(y - ln2) switches at |y - ln2| = ln2/256"),
    (LN2 - LN2 / 256, 0.01, "the same below ln 2"),
    (LN2 + 2.0 ** -10, 0.05, "|2 expm1(y - ln2)| = 2^-9: log1p switches"),
    (LN2 - 2.0 ** -10, 0.05, "the same below ln 2"),
    (2.0 ** -1022, 0.0, "tiny y: log of a subnormal expm1"),
]


def mirrored(centres):
    return [(-c, w, why) for c, w, why in centres]


KERNEL_CENTRES = {
    "softplus": SOFTPLUS,
    "log_one_minus_sigmoid": SOFTPLUS,
    "softminus": mirrored(SOFTPLUS),
    "log_sigmoid": mirrored(SOFTPLUS),
    "sigmoid": SIGMOID,
    "one_minus_sigmoid": mirrored(SIGMOID),
    "logit": LOGIT,
    "softplusinv": SOFTPLUSINV,
    "softminusinv": mirrored(SOFTPLUSINV),
}


def nearest_bits(fmt, value):
    return fmt.round_bits(gmpy2.mpfr(value, 256))


def neighbours(fmt, bits):
    sign = bits & fmt.sign_bit
    magnitude = bits & ~fmt.sign_bit
    if magnitude == 0:
        return [m for m in range(0, RADIUS + 1)] + [fmt.sign_bit | m for m in range(1, RADIUS + 1)]
    return [sign | m for m in range(max(0, magnitude - RADIUS), magnitude + RADIUS + 1)]


def cases(name, fmt, rng):
    inputs = []
    for centre, window, _ in KERNEL_CENTRES[name]:
        inputs += neighbours(fmt, nearest_bits(fmt, centre))
        for _ in range(WINDOW_COUNT if window else 0):
            inputs.append(nearest_bits(fmt, centre * (1 + rng.uniform(-window, window))))
    unique = sorted(set(inputs), key=inputs.index)
    return [(x, correctly_rounded_bits(name, fmt, x)) for x in unique]


def main():
    rng = random.Random(20261129)
    print("// GENERATED by tools/tables/branch_point_vectors.py (MPFR via tools/reference) -- do not edit.")
    print("// Regenerate: python3 tools/tables/branch_point_vectors.py > Tests/SoftplusMathTests/BranchPointVectors.swift")
    print("//")
    print("// Cases around every threshold and branch point of the kernels, in the format of Tests/vectors")
    print("// (<input bits> <correctly rounded result bits>). Centres, per kernel:")
    for kernel, centres in (("softplus", SOFTPLUS), ("sigmoid", SIGMOID), ("logit", LOGIT),
                            ("softplusinv", SOFTPLUSINV)):
        for centre, window, why in centres:
            spread = f" and {WINDOW_COUNT} in +-{window:g} relative" if window else ""
            print(f"//   {kernel} {centre!r}: {why} (+-{RADIUS} steps{spread})")
    print("// The reflections (softminus, log_sigmoid, ...) get the mirrored centres.")
    print()
    print("/// C function name + \"_\" + format suffix -> the cases, one per line.")
    print("let branchPointVectors: [String: String] = [")
    for name in KERNEL_CENTRES:
        for fmt in FORMATS.values():
            lines = [f"{x:0{fmt.hex_digits}x} {y:0{fmt.hex_digits}x}" for x, y in cases(name, fmt, rng)]
            print(f'    "{name}_{fmt.suffix}": """')
            for line in lines:
                print(f"        {line}")
            print('        """,')
    print("]")


if __name__ == "__main__":
    main()
