"""The vectors again, with the caller's C rounding mode set to upward, downward and toward zero.

issue 3: "These bounds hold whatever the caller's rounding mode is set to, or the deviation
is documented and tested." A function that rounds its last operation in the caller's mode
lands on a neighbour of the correctly rounded (to nearest) value, so under a directed mode
the bound tested is 1 ULP in both formats, and:
  - NaN where NaN is due, infinities exactly;
  - a zero result (an exact zero such as logit(1/2) = +0, or an underflow) may become the
    smallest subnormal of the same sign, but never a zero of the other sign;
  - +-max (an exact result just beyond the largest number, e.g. softplus(max)) may become
    +-inf, the directed rounding of a value past the largest number.
Scalar and array entry points must still agree bitwise.
"""

import numpy
import pytest

from vector_checks import CASES, FLOAT_TYPES, describe, read_vectors, ulp_of
from tools.accuracy.library import SoftplusLibrary
from tools.reference import FORMATS

DIRECTED_MODES = ["upward", "downward", "towardzero"]


def directed_violations(suffix, got_bits, want_bits):
    fmt = FORMATS[suffix]
    float_type, _ = FLOAT_TYPES[suffix]
    got = got_bits.view(float_type).astype(numpy.float64)
    want = want_bits.view(float_type).astype(numpy.float64)
    same_sign = numpy.signbit(got) == numpy.signbit(want)
    largest = float(fmt.from_bits(fmt.infinity_bits - 1))
    with numpy.errstate(invalid="ignore", over="ignore"):
        within_one_ulp = numpy.abs(got - want) <= ulp_of(suffix, want_bits)
    past_largest = (numpy.abs(want) == largest) & numpy.isinf(got) & same_sign
    ok = numpy.select(
        [numpy.isnan(want), numpy.isinf(want), want == 0],
        [numpy.isnan(got), got_bits == want_bits, same_sign & within_one_ulp],
        default=~numpy.isnan(got) & (within_one_ulp | past_largest))
    return numpy.flatnonzero(~ok)


@pytest.fixture(scope="module", params=DIRECTED_MODES)
def library_in_mode(request, library):
    return SoftplusLibrary(library.path, request.param)


@pytest.mark.parametrize("name,suffix", CASES)
def test_vectors_within_one_ulp_under_a_directed_rounding_mode(library_in_mode, name, suffix):
    inputs, want = read_vectors(name, suffix)
    got = library_in_mode.array_bits(name, suffix, inputs)
    bad = directed_violations(suffix, got, want)
    assert bad.size == 0, (f"rounding {library_in_mode.rounding}: {bad.size} of {inputs.size} vectors of "
                           f"{name}_{suffix} fail:\n" + describe(suffix, inputs, got, want, bad))
    scalar = library_in_mode.scalar_bits(name, suffix, inputs)
    both_nan = numpy.isnan(got.view(FLOAT_TYPES[suffix][0])) & numpy.isnan(scalar.view(FLOAT_TYPES[suffix][0]))
    differ = numpy.flatnonzero((got != scalar) & ~both_nan)
    assert differ.size == 0, f"scalar != array under {library_in_mode.rounding}:\n" + \
        describe(suffix, inputs, scalar, got, differ)
