"""Agreement with the MPFR reference vectors Tests/vectors (CONTRACT.md bounds:
float64 within 1 ULP of the correctly rounded value, float32 correctly rounded,
zeros with their sign, infinities and NaN exactly), through every path of the
package: whole arrays, Python float scalars and NumPy scalars."""

import numpy as np
import pytest

from package_support import FUNCTION_NAMES, function, read_vectors, within_contract

CASES = [(name, suffix) for name in FUNCTION_NAMES for suffix in ("f64", "f32")]


def describe_failures(inputs, got, want, ok):
    bad = np.flatnonzero(~ok)[:5]
    return "; ".join(f"x={inputs[i]!r} got={got[i]!r} want={want[i]!r}" for i in bad)


@pytest.mark.parametrize("name,suffix", CASES)
def test_array_call_agrees_with_mpfr(name, suffix):
    inputs, want = read_vectors(name, suffix)
    got = function(name)(inputs)
    assert got.dtype == inputs.dtype
    ok = within_contract(got, want)
    assert ok.all(), describe_failures(inputs, got, want, ok)


@pytest.mark.parametrize("name,suffix", CASES)
def test_scalar_calls_agree_with_mpfr(name, suffix):
    inputs, want = read_vectors(name, suffix)
    scalars = inputs.tolist() if suffix == "f64" else list(inputs)
    results = [function(name)(x) for x in scalars]
    assert all(type(result) is type(x) for result, x in zip(results, scalars))
    got = np.array(results, dtype=inputs.dtype)
    ok = within_contract(got, want)
    assert ok.all(), describe_failures(inputs, got, want, ok)
