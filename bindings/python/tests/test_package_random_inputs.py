"""Random inputs (hypothesis) against the MPFR reference tools/reference, in
the CONTRACT.md bounds: float64 within 1 ULP of the correctly rounded value,
float32 correctly rounded; through arrays and through scalars."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from package_support import FUNCTION_NAMES, DTYPES, function, reference, within_contract

FORMATS = {"f64": reference.F64, "f32": reference.F32}


def correctly_rounded(name, suffix, values):
    dtype, bit_dtype = DTYPES[suffix]
    fmt = FORMATS[suffix]
    want_bits = [reference.correctly_rounded_bits(name, fmt, int(b)) for b in values.view(bit_dtype)]
    return np.array(want_bits, dtype=bit_dtype).view(dtype)


@settings(max_examples=60)
@given(
    st.sampled_from(FUNCTION_NAMES),
    st.sampled_from(("f64", "f32")).flatmap(
        lambda suffix: st.tuples(
            st.just(suffix), st.lists(st.floats(width=64 if suffix == "f64" else 32), min_size=1, max_size=20)
        )
    ),
)
def test_random_inputs_are_within_the_contract_bounds(name, case):
    suffix, values = case
    x = np.array(values, dtype=DTYPES[suffix][0])
    want = correctly_rounded(name, suffix, x)
    through_array = function(name)(x)
    through_scalars = np.array([function(name)(value) for value in (x.tolist() if suffix == "f64" else x)], x.dtype)
    assert within_contract(through_array, want).all(), (x, through_array, want)
    assert within_contract(through_scalars, want).all(), (x, through_scalars, want)
