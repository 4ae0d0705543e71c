"""Helpers shared by the tests of Tests/reference: paths, the vector files and the contract bounds."""

import os
import sys

import numpy

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, REPOSITORY)   # for tools.reference and tools.accuracy

from tools.reference import FORMATS, FUNCTION_NAMES  # noqa: E402  (needs the line above)

VECTORS = os.path.join(REPOSITORY, "Tests", "vectors")
FLOAT_TYPES = {"f64": (numpy.float64, numpy.uint64), "f32": (numpy.float32, numpy.uint32)}
CASES = [(name, suffix) for name in FUNCTION_NAMES for suffix in FORMATS]


def read_vectors(name, suffix):
    _, bits_type = FLOAT_TYPES[suffix]
    with open(os.path.join(VECTORS, f"{name}_{suffix}.txt")) as f:
        pairs = [line.split() for line in f if line.strip() and not line.startswith("#")]
    inputs = numpy.array([int(a, 16) for a, _ in pairs], dtype=bits_type)
    expected = numpy.array([int(b, 16) for _, b in pairs], dtype=bits_type)
    return inputs, expected


def ulp_of(suffix, want_bits):
    """ULP of each (finite) expected value: spacing of its binade, subnormal spacing at the bottom."""
    fmt = FORMATS[suffix]
    float_type, bits_type = FLOAT_TYPES[suffix]
    mantissa_bits = fmt.precision - 1
    biased = ((want_bits & bits_type(~fmt.sign_bit & ((1 << fmt.bits) - 1))) >> mantissa_bits).astype(numpy.int64)
    exponent = numpy.maximum(biased, 1) - fmt.exponent_field_max // 2 - mantissa_bits
    return numpy.ldexp(1.0, exponent)


def violations(suffix, inputs, got_bits, want_bits):
    """Indices where got breaks the contract bound against the correctly rounded want."""
    float_type, bits_type = FLOAT_TYPES[suffix]
    got = got_bits.view(float_type).astype(numpy.float64)
    want = want_bits.view(float_type).astype(numpy.float64)
    want_nan, got_nan = numpy.isnan(want), numpy.isnan(got)
    exact_only = numpy.isinf(want) | (want == 0)
    if suffix == "f32":
        exact_only = numpy.ones_like(exact_only)
    with numpy.errstate(invalid="ignore", over="ignore"):
        within_one_ulp = numpy.abs(got - want) <= ulp_of(suffix, want_bits)
    ok = numpy.where(want_nan, got_nan,
                     ~got_nan & numpy.where(exact_only, got_bits == want_bits, within_one_ulp))
    return numpy.flatnonzero(~ok)


def describe(suffix, inputs, got_bits, want_bits, indices):
    width = FORMATS[suffix].hex_digits
    return "\n".join(f"x {inputs[i]:0{width}x}: got {got_bits[i]:0{width}x}, want {want_bits[i]:0{width}x}"
                     for i in indices[:10])




def library_path():
    """$SOFTPLUS_LIBRARY, else build/libsoftplus.so of this repository."""
    return os.environ.get("SOFTPLUS_LIBRARY", os.path.join(REPOSITORY, "build", "libsoftplus.so"))
