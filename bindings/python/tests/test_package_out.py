"""out=: a writeable ndarray of the input's shape and the result dtype (either
byte order, any layout) receives the result and is returned; anything else is a
TypeError (type, dtype) or ValueError (shape, read-only) before anything is
written; out may be the input itself or overlap it in any way."""

import numpy as np
import pytest

from package_support import FUNCTION_NAMES, bits, domain_sample, function


def fresh_result(name, x):
    """The function of a private copy of x: what out must receive."""
    return function(name)(np.array(x, copy=True))


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("dtype", (np.float64, np.float32))
def test_out_receives_the_result_and_is_returned(name, dtype):
    x = domain_sample(name, dtype, (4, 5))
    out = np.full((4, 5), np.nan, dtype=dtype)
    assert function(name)(x, out=out) is out
    assert (bits(out) == bits(fresh_result(name, x))).all()


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("dtype", (np.float64, np.float32))
def test_out_may_be_the_input_itself(name, dtype):
    x = domain_sample(name, dtype, (1000,))
    want = fresh_result(name, x)
    assert function(name)(x, out=x) is x
    assert (bits(x) == bits(want)).all()


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_out_may_be_a_strided_in_place_view(name):
    storage = domain_sample(name, np.float64, (10, 10))
    view = storage[::2, ::-3]
    want = fresh_result(name, view)
    untouched = storage.copy()
    function(name)(view, out=view)
    assert (bits(view) == bits(want)).all()
    mask = np.ones(storage.shape, dtype=bool)
    mask[::2, ::-3] = False
    assert (bits(storage[mask]) == bits(untouched[mask])).all()


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("shift", (1, -1, 7, -7))
def test_out_partially_overlapping_the_input_gets_the_result_of_the_original_input(name, shift):
    storage = domain_sample(name, np.float64, (64,))
    x = storage[max(0, shift): 64 + min(0, shift)]
    out = storage[max(0, -shift): 64 + min(0, -shift)]
    want = fresh_result(name, x)
    function(name)(x, out=out)
    assert (bits(out) == bits(want)).all()


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_out_overlapping_a_reversed_input(name):
    storage = domain_sample(name, np.float32, (33,))
    x = storage[::-1]
    want = fresh_result(name, x)
    function(name)(x, out=storage)
    assert (bits(storage) == bits(want)).all()


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_out_of_other_layouts_and_byte_order(name):
    x = domain_sample(name, np.float64, (6, 4))
    want = fresh_result(name, x)
    for out in (
        np.empty((4, 6)).T,
        np.empty((6, 8))[:, ::2],
        np.empty((6, 4), dtype=np.dtype(np.float64).newbyteorder()),
        np.empty((6, 4), order="F"),
    ):
        function(name)(x, out=out)
        assert (bits(out.astype(np.float64)) == bits(want)).all()


def test_out_with_a_scalar_input_is_a_0d_array():
    out = np.empty(())
    assert function("sigmoid")(0.0, out=out) is out
    assert out[()] == function("sigmoid")(0.0)


def test_out_gets_float16_for_float16_input():
    x = np.float16([0.5, 1.0, 2.0])
    out = np.empty(3, np.float16)
    function("softplus")(x, out=out)
    assert (bits(out) == bits(function("softplus")(x))).all()


BAD_OUTS = {
    "a list": ([0.0, 0.0, 0.0], TypeError, "numpy.ndarray"),
    "float32 for float64": (np.zeros(3, np.float32), TypeError, "dtype float32"),
    "int64": (np.zeros(3, np.int64), TypeError, "dtype int64"),
    "complex128": (np.zeros(3, np.complex128), TypeError, "dtype complex128"),
    "too short": (np.zeros(2), ValueError, "shape"),
    "broadcastable": (np.zeros((2, 3)), ValueError, "shape"),
    "flattened 0-d": (np.zeros(1), ValueError, "shape"),
}


@pytest.mark.parametrize("case", BAD_OUTS)
def test_bad_out_raises_a_clear_error_and_writes_nothing(case):
    out, error, message = BAD_OUTS[case]
    x = np.array([0.5, 0.25, 0.75]) if case != "flattened 0-d" else np.array(0.5)
    before = np.array(out, copy=True)
    with pytest.raises(error, match=message):
        function("logit")(x, out=out)
    assert np.array_equal(np.asarray(out), before)


def test_read_only_out_raises_value_error():
    out = np.zeros(3)
    out.flags.writeable = False
    with pytest.raises(ValueError, match="read-only"):
        function("logit")(np.array([0.5, 0.25, 0.75]), out=out)
    assert (out == 0).all()
