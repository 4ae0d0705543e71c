"""Hostile inputs to the Python package (issue 8): every kind of wrong or unusual x gives either an
exception with a message naming the problem, or the result the package documents (softplus._elementwise:
Python scalars take the scalar entry point, everything else numpy.asarray; integer, bool and float16
inputs are converted; other dtypes are a TypeError naming the dtype), and never a crash of the process."""

import array
import ctypes
import decimal
import enum
import fractions

import numpy as np
import pytest

from package_support import FUNCTION_NAMES, bits, function

DTYPE_MESSAGE = r"softplus\.{name}: unsupported dtype {dtype}.*converted explicitly"

# x -> the dtype the TypeError must name (as numpy.asarray sees x).
UNSUPPORTED = {
    "None": (None, "object"),
    "a str": ("1.5", r"<U3"),
    "bytes": (b"abc", r"\|S3"),
    "a dict": ({}, "object"),
    "an object": (object(), "object"),
    "a complex": (1 + 2j, "complex128"),
    "a list of str": (["a"], "<U1"),
    "a list holding None": ([1.0, None], "object"),
    "a Fraction": (fractions.Fraction(1, 3), "object"),
    "a Decimal": (decimal.Decimal("1.5"), "object"),
    "a generator": ((value for value in [1.0]), "object"),
    "an int list beyond int64": ([10**30], "object"),
    "an object array of floats": (np.array([1.0], dtype=object), "object"),
    "long double": (np.ones(2, np.longdouble), "float128"),
    "a long double scalar": (np.longdouble(1), "float128"),
    "complex64": (np.ones(2, np.complex64), "complex64"),
    "datetime64": (np.array(["2020-01-01"], "datetime64[D]"), r"datetime64\[D\]"),
    "timedelta64": (np.array([1], "timedelta64[s]"), r"timedelta64\[s\]"),
    "a structured dtype": (np.zeros(2, [("a", "f8")]), r"\[\('a', '<f8'\)\]"),
    "raw bytes (void)": (np.zeros(2, "V8"), r"\|V8"),
}


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("case", UNSUPPORTED)
def test_an_unsupported_type_is_a_type_error_naming_the_dtype(name, case):
    x, dtype = UNSUPPORTED[case]
    if np.dtype(np.longdouble).itemsize != 16 and "long double" in case:
        pytest.skip("long double is float64 on this platform")
    with pytest.raises(TypeError, match=DTYPE_MESSAGE.format(name=name, dtype=dtype)):
        function(name)(x)


def test_a_python_int_beyond_double_is_an_overflow_error():
    # The scalar entry point converts like float(x): Python's own OverflowError and message.
    with pytest.raises(OverflowError, match="too large to convert to float"):
        function("softplus")(10**400)


def test_a_ragged_list_is_numpys_value_error():
    with pytest.raises(ValueError, match="inhomogeneous"):
        function("sigmoid")([[1.0], [1.0, 2.0]])


def test_an_array_interface_that_raises_propagates_its_error():
    class Refuses:
        def __array__(self, dtype=None, copy=None):
            raise RuntimeError("no array for you")

    with pytest.raises(RuntimeError, match="no array for you"):
        function("sigmoid")(Refuses())


def test_arguments_are_positional_and_out_must_be_an_array():
    with pytest.raises(TypeError, match="positional-only"):
        function("softplus")(x=1.0)
    with pytest.raises(TypeError, match="out must be a numpy.ndarray, not float"):
        function("softplus")(1.0, 2.0)


def same_as_float64(name, x, got):
    """got is the function of x computed as a plain float64 array."""
    want = function(name)(np.array(x, dtype=np.float64))
    return got.dtype == np.float64 and (bits(np.asarray(got)) == bits(want)).all()


class Color(enum.IntEnum):
    RED = 3


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_scalar_subclasses_compute_as_float64(name):
    class Real(float):
        pass

    for x in (Real(0.25), Color.RED, np.int8(-3), np.uint64(2**64 - 1), np.bool_(True)):
        got = function(name)(x)
        assert isinstance(got, float)
        assert same_as_float64(name, float(x), np.float64(got)), x


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_buffers_memoryviews_and_ctypes_arrays(name):
    doubles = array.array("d", [0.125, 0.5, 0.875])
    assert same_as_float64(name, doubles.tolist(), function(name)(memoryview(doubles)))
    assert same_as_float64(name, doubles.tolist(), function(name)(doubles))
    assert same_as_float64(name, [0.125, 0.5], function(name)((ctypes.c_double * 2)(0.125, 0.5)))
    # A byte buffer is uint8 to NumPy: integers, converted to float64.
    assert same_as_float64(name, [1.0, 2.0], function(name)(memoryview(bytearray(b"\x01\x02"))))
    floats = memoryview(array.array("f", [0.25, 0.75]))
    got = function(name)(floats)
    assert got.dtype == np.float32
    assert (bits(got) == bits(function(name)(np.array([0.25, 0.75], np.float32)))).all()


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("dtype", (np.float64, np.float32, np.float16))
def test_non_native_byte_order_input(name, dtype):
    native = np.linspace(0.03125, 0.96875, 31).astype(dtype)
    swapped = native.astype(native.dtype.newbyteorder())
    got = function(name)(swapped)
    assert got.dtype == np.dtype(dtype) and got.dtype.isnative
    assert (bits(got) == bits(function(name)(native))).all()


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("dtype", (np.float64, np.float32))
def test_unaligned_read_only_and_memory_mapped_input(name, dtype, tmp_path):
    native = np.linspace(0.03125, 0.96875, 31).astype(dtype)
    want = bits(function(name)(native))
    storage = bytearray(native.nbytes + 1)
    unaligned = np.frombuffer(storage, dtype=dtype, offset=1)
    unaligned[:] = native
    assert not unaligned.flags.aligned
    assert (bits(function(name)(unaligned)) == want).all()
    read_only = np.frombuffer(native.tobytes(), dtype=dtype)
    assert not read_only.flags.writeable
    assert (bits(function(name)(read_only)) == want).all()
    native.tofile(tmp_path / "x")
    mapped = np.memmap(tmp_path / "x", dtype=dtype, mode="r")
    assert (bits(function(name)(mapped)) == want).all()
    del mapped


@pytest.mark.filterwarnings("ignore:the matrix subclass:PendingDeprecationWarning")
@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_ndarray_subclasses_give_plain_arrays(name):
    class Tagged(np.ndarray):
        def __array_ufunc__(self, *arguments, **keywords):
            return "not a ufunc: the package does not dispatch"

    x = np.array([[0.25, 0.5]])
    for hostile in (x.view(Tagged), np.matrix(x), np.ma.array(x, mask=[[0, 1]])):
        got = function(name)(hostile)
        assert type(got) is np.ndarray and got.shape == (1, 2)
        assert (bits(got) == bits(function(name)(x))).all()


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("shape", ((0,), (0, 5), (3, 0), (2, 0, 4)))
def test_zero_size_inputs(name, shape):
    for dtype in (np.float64, np.float32, np.float16, np.int32):
        got = function(name)(np.empty(shape, dtype))
        assert got.shape == shape
    assert function(name)([]).shape == (0,)


def test_a_huge_input_is_numpys_memory_error_before_any_call():
    # 2^40 elements through a zero-stride view: 8 TiB of result cannot be allocated.
    huge = np.broadcast_to(np.float64(1.0), (2**40,))
    with pytest.raises(MemoryError):
        function("softplus")(huge)


def test_a_large_input_with_a_broadcast_view():
    # 2^24 elements of one value through a zero-stride (non-contiguous) view: copied once, computed.
    x = np.broadcast_to(np.float32(0.5), (2**24,))
    got = function("logit")(x)
    assert got.shape == (2**24,) and (got == function("logit")(np.float32(0.5))).all()


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_nan_payloads_and_signalling_nans_give_nan(name):
    f64 = np.array([0x7FF0000000000001, 0xFFF0000000000001, 0x7FF8000000012345, 0xFFFFFFFFFFFFFFFF], np.uint64)
    f32 = np.array([0x7F800001, 0xFF800001, 0x7FC12345, 0xFFFFFFFF], np.uint32)
    for patterns, dtype in ((f64, np.float64), (f32, np.float32)):
        got = function(name)(patterns.view(dtype))
        assert np.isnan(got).all()
    assert np.isnan(function(name)(float("nan")))
