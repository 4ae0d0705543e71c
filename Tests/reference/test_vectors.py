"""The library against every shared vector, with the bounds of CONTRACT.md.

f64: within 1 ULP of the correctly rounded value; f32: the correctly rounded value itself;
either format: NaN where NaN is due, infinities and zeros (with their sign) exactly.
Both the array and the scalar entry points are checked, and must agree bitwise.
"""

import os

import numpy
import pytest

from conftest import REPOSITORY
from tools.reference import FORMATS, FUNCTION_NAMES

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


@pytest.mark.parametrize("name,suffix", CASES)
def test_array_entry_point_meets_the_bound_on_every_vector(library, name, suffix):
    inputs, want = read_vectors(name, suffix)
    got = library.array_bits(name, suffix, inputs)
    bad = violations(suffix, inputs, got, want)
    assert bad.size == 0, f"{bad.size} of {inputs.size} vectors of {name}_{suffix} fail:\n" + \
        describe(suffix, inputs, got, want, bad)


@pytest.mark.parametrize("name,suffix", CASES)
def test_scalar_entry_point_is_bitwise_the_array_one_on_every_vector(library, name, suffix):
    inputs, _ = read_vectors(name, suffix)
    array = library.array_bits(name, suffix, inputs)
    scalar = library.scalar_bits(name, suffix, inputs)
    both_nan = numpy.isnan(array.view(FLOAT_TYPES[suffix][0])) & numpy.isnan(scalar.view(FLOAT_TYPES[suffix][0]))
    differ = numpy.flatnonzero((array != scalar) & ~both_nan)
    assert differ.size == 0, f"scalar != array for {name}_{suffix}:\n" + \
        describe(suffix, inputs, scalar, array, differ)


def test_every_function_and_format_has_a_vector_file():
    present = {f[:-4] for f in os.listdir(VECTORS) if f.endswith(".txt")}
    assert present == {f"{name}_{suffix}" for name, suffix in CASES}
