"""The library against every shared vector, with the bounds of CONTRACT.md.

f64: within 1 ULP of the correctly rounded value; f32: the correctly rounded value itself;
either format: NaN where NaN is due, infinities and zeros (with their sign) exactly.
Both the array and the scalar entry points are checked, and must agree bitwise.
"""

import os

import numpy
import pytest

from vector_checks import CASES, FLOAT_TYPES, VECTORS, describe, read_vectors, violations


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
