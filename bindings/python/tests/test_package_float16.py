"""float16 input is computed in float64 and rounded once to float16. Checked on
every one of the 65536 float16 inputs of every function: the result is the
correctly rounded float16 of the exact value (MPFR, tools/reference), NaN where
the exact value is NaN, zeros with their sign."""

import gmpy2
import numpy as np
import pytest

from package_support import FUNCTION_NAMES, bits, function, reference

ALL_FLOAT16 = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16)
FLOAT16_CONTEXT = gmpy2.ieee(16)
FLOAT16_QUIET_NAN = 0x7E00


def correctly_rounded_float16(name, x):
    """Bits of f(x) rounded to float16: a float64 enclosure of the exact value
    from the shared reference, rounded at both ends to float16 (they agree:
    the enclosure is far narrower than a float16 ULP)."""
    lo, hi, _ = reference.exact_enclosure(name, reference.F64, reference.F64.to_bits(float(x)))
    ends = {float(FLOAT16_CONTEXT.plus(end)) for end in (lo, hi)}
    assert len(ends) == 1 or all(np.isnan(end) for end in ends), f"{name}({x}) undecided in float16"
    value = ends.pop()
    return FLOAT16_QUIET_NAN if np.isnan(value) else int(bits(np.array([value], np.float16))[0])


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_every_float16_input_is_correctly_rounded(name):
    got = function(name)(ALL_FLOAT16)
    assert got.dtype == np.float16
    want = np.array([correctly_rounded_float16(name, x) for x in ALL_FLOAT16], dtype=np.uint16)
    is_nan_wanted = (want & 0x7FFF) > 0x7C00
    ok = np.where(is_nan_wanted, np.isnan(got), bits(got) == want)
    wrong = np.flatnonzero(~ok)[:5]
    assert ok.all(), [(ALL_FLOAT16[i], got[i], want[i].view(np.float16)) for i in wrong]
