"""Input types: Python scalars give Python floats, NumPy scalars NumPy
scalars; float32 stays float32, float64 stays float64, integer and bool compute
in float64; complex, object, string and the other dtypes raise TypeError naming
the dtype."""

import numpy as np
import pytest

from package_support import FUNCTION_NAMES, bits, domain_sample, function

INTEGER_AND_BOOL = (np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64)


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_python_scalars_give_python_floats(name):
    for x in (0.25, 1, True, False, 0):
        result = function(name)(x)
        assert type(result) is float
        assert bits(np.float64(result)) == bits(function(name)(np.array([float(x)]))[0])


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("scalar_type", (np.float64, np.float32, np.float16))
def test_numpy_float_scalars_keep_their_type(name, scalar_type):
    x = scalar_type(domain_sample(name, np.float64, ()))
    result = function(name)(x)
    assert type(result) is scalar_type
    assert bits(np.asarray(result)) == bits(function(name)(np.array([x]))[0])


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("dtype", (np.float64, np.float32))
def test_float_arrays_keep_their_dtype(name, dtype):
    assert function(name)(np.zeros(3, dtype)).dtype == dtype


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("dtype", INTEGER_AND_BOOL)
def test_integer_and_bool_compute_in_float64(name, dtype):
    x = np.array([0, 1, 2, 3, 100], dtype=np.int64).astype(dtype)
    result = function(name)(x)
    assert result.dtype == np.float64
    assert (bits(result) == bits(function(name)(x.astype(np.float64)))).all()
    scalar = function(name)(dtype(1))
    assert type(scalar) is np.float64
    assert bits(np.asarray(scalar)) == bits(np.asarray(function(name)(1.0)))


def test_large_integers_round_to_float64_like_numpy():
    x = np.array([2**62 + 1, -(2**63)], dtype=np.int64)
    assert (bits(function("softplus")(x)) == bits(function("softplus")(x.astype(np.float64)))).all()


UNSUPPORTED = {
    "complex128": np.array([1 + 2j]),
    "complex64": np.array([1j], dtype=np.complex64),
    "object": np.array([1.0, None], dtype=object),
    "<U3": np.array(["1.5"]),
    "|S3": np.array([b"1.5"]),
    "datetime64[s]": np.array(["2026-01-01"], dtype="datetime64[s]"),
    "timedelta64[s]": np.array([1], dtype="timedelta64[s]"),
    "void": np.zeros(2, dtype=[("a", np.float64)]),
}
if np.dtype(np.longdouble).itemsize > 8:  # long double wider than double (x86-64: 80 bits)
    UNSUPPORTED["long double"] = np.array([1.0], dtype=np.longdouble)


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("kind", UNSUPPORTED)
def test_other_dtypes_raise_type_error_naming_the_dtype(name, kind):
    x = UNSUPPORTED[kind]
    with pytest.raises(TypeError) as raised:
        function(name)(x)
    assert str(x.dtype) in str(raised.value)


@pytest.mark.parametrize(
    "x,dtype_name", [(1 + 2j, "complex128"), ("1.5", "<U3"), (None, "object"), ([1.0, "a"], "<U32")]
)
def test_python_values_of_other_types_raise_type_error_naming_the_dtype(x, dtype_name):
    with pytest.raises(TypeError, match=dtype_name):
        function("sigmoid")(x)


def test_python_int_too_large_for_a_double_raises_overflow_error():
    with pytest.raises(OverflowError):
        function("softplus")(10**400)
