"""Hostile out= arguments to the Python package (issue 8), beyond test_package_out.py: a non-array out is a
TypeError naming its type, a wrong dtype a TypeError naming both dtypes, a wrong shape or a read-only out a
ValueError, each before anything is written; unusual but valid outs (unaligned, non-native byte order over
the input's own memory, subclasses, zero-stride views, empty arrays) get the documented result. Never a
crash."""

import array
import ctypes

import numpy as np
import pytest

from package_support import FUNCTION_NAMES, bits, domain_sample, function

NOT_ARRAYS = {
    "a memoryview": lambda: memoryview(array.array("d", [0.0] * 4)),
    "an array.array": lambda: array.array("d", [0.0] * 4),
    "a bytearray": lambda: bytearray(32),
    "a ctypes array": lambda: (ctypes.c_double * 4)(),
    "a tuple": lambda: (0.0,) * 4,
}


@pytest.mark.parametrize("case", NOT_ARRAYS)
def test_an_out_that_is_not_an_ndarray_is_a_type_error_and_untouched(case):
    out = NOT_ARRAYS[case]()
    before = bytes(memoryview(out)) if not isinstance(out, tuple) else out
    with pytest.raises(TypeError, match=f"out must be a numpy.ndarray, not {type(out).__name__}"):
        function("softplus")(np.zeros(4), out=out)
    assert (bytes(memoryview(out)) if not isinstance(out, tuple) else out) == before


WRONG_DTYPES = {
    "float16 for float64": (np.float64, np.float16),
    "float64 for float32": (np.float32, np.float64),
    "float32 for float16": (np.float16, np.float32),
    "long double": (np.float64, np.longdouble),
    "int32 for float32": (np.float32, np.int32),
    "complex64 for float64": (np.float64, np.complex64),
    "bool": (np.float64, np.bool_),
    "uint64 for float64": (np.float64, np.uint64),
}


@pytest.mark.parametrize("case", WRONG_DTYPES)
@pytest.mark.parametrize("shape", ((5,), (0,)))
def test_an_out_of_the_wrong_dtype_is_a_type_error_naming_both(case, shape):
    x_dtype, out_dtype = WRONG_DTYPES[case]
    out = np.full(shape, 7, out_dtype)
    before = out.copy()
    with pytest.raises(TypeError, match=f"out has dtype {np.dtype(out_dtype)}, the result has dtype"):
        function("sigmoid")(np.zeros(shape, x_dtype), out=out)
    assert (out == before).all()


def test_an_out_of_the_same_size_and_another_shape_is_a_value_error():
    out = np.full((3, 2), 7.0)
    with pytest.raises(ValueError, match=r"out has shape \(3, 2\), the input has shape \(2, 3\)"):
        function("softplus")(np.zeros((2, 3)), out=out)
    assert (out == 7).all()


def test_read_only_outs_are_value_errors():
    for out in (np.frombuffer(bytes(40)), np.broadcast_to(np.float64(7.0), (5,))):
        with pytest.raises(ValueError, match="out is read-only"):
            function("softplus")(np.zeros(5), out=out)


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("dtype", (np.float64, np.float32))
def test_an_unaligned_out(name, dtype):
    x = domain_sample(name, dtype, (33,))
    out = np.frombuffer(bytearray(x.nbytes + 3), dtype=dtype, offset=3)
    assert not out.flags.aligned and out.flags.writeable
    assert function(name)(x, out=out) is out
    assert (bits(out) == bits(function(name)(x))).all()


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("dtype", (np.float64, np.float32))
@pytest.mark.parametrize("step", (1, -1))
def test_out_is_the_inputs_memory_in_the_other_byte_order(name, dtype, step):
    # out aliases x exactly (forwards) or reversed, reading the same bytes in the other byte order.
    x = domain_sample(name, dtype, (40,))
    want = function(name)(x.copy())
    out = x.view(x.dtype.newbyteorder())[::step]
    function(name)(x, out=out)
    assert (bits(out.astype(dtype)) == bits(want)).all()


def test_an_ndarray_subclass_out_is_returned_as_itself():
    class Tagged(np.ndarray):
        pass

    out = np.empty(3).view(Tagged)
    assert function("softplus")(np.zeros(3), out=out) is out
    assert type(out) is Tagged and (out == function("softplus")(0.0)).all()


def test_a_writeable_zero_stride_out_holds_one_of_the_results():
    # Every element of out is the same memory: NumPy's ufuncs leave the last result there; so does this
    # package. Not useful, but not a crash nor a write elsewhere.
    storage = np.full(3, 7.0)
    out = np.lib.stride_tricks.as_strided(storage[1:2], shape=(10,), strides=(0,), writeable=True)
    x = np.arange(10.0)
    function("softplus")(x, out=out)
    assert out[0] == function("softplus")(x)[-1]
    assert storage[0] == 7.0 and storage[2] == 7.0


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_empty_outs(name):
    for shape in ((0,), (3, 0)):
        out = np.empty(shape, np.float32)
        assert function(name)(np.empty(shape, np.float32), out=out) is out


def test_a_python_scalar_with_an_out_of_shape_one_is_a_value_error():
    with pytest.raises(ValueError, match=r"out has shape \(1,\), the input has shape \(\)"):
        function("sigmoid")(0.5, out=np.empty(1))
