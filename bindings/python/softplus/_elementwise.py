"""Calling one of the library's functions on a Python scalar or a NumPy array
with the semantics of a one-input NumPy ufunc.

- A Python float, int or bool gives a Python float (the double scalar entry
  point); a NumPy scalar gives a NumPy scalar.
- Anything else goes through numpy.asarray and gives an array of the same
  shape (0-d and empty included): float64 stays float64, float32 stays
  float32, integer and bool compute in float64, float16 computes in float64
  and is rounded once to float16. Other dtypes (complex, object, strings,
  long double, datetime, ...) raise TypeError naming the dtype.
- out= must be a writeable ndarray of exactly the input's shape and of the
  result dtype (either byte order); out may be the input itself (in place) or
  overlap it in any way: an input that shares memory with out is copied first.
- A library status other than SP_OK raises StatusError.

The C array functions need one contiguous, native-byte-order buffer of the
computing dtype for x and one for out; whatever is not already that is copied
once into the output buffer, which is then computed in place (the library
allows out == x).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np

from ._library import Kernels, element_type


class _Route(NamedTuple):
    """How an input dtype is computed: which format's entry point, in which
    dtype, returning which dtype."""

    suffix: str
    work: np.dtype[Any]
    result: np.dtype[Any]
    element: Any
    computes_in_result: bool  # work == result: a fresh result is the C function's out


_FLOAT64 = _Route("f64", np.dtype(np.float64), np.dtype(np.float64), element_type("double"), True)
_FLOAT32 = _Route("f32", np.dtype(np.float32), np.dtype(np.float32), element_type("float"), True)
# float16 has no entry point. The float64 result is within 1 float64 ULP, that
# is 2^-42 float16 ULP, of the exact value, so rounding it once more to float16
# can only go wrong for an exact value that close to a float16 rounding
# boundary; tests/test_package_float16.py checks all 65536 float16 inputs
# against MPFR and finds none. (Computing in float32 instead gets 19 of the
# 9 x 65536 cases wrong, 7 of them sigmoid near 0, where 1/2 + x/4 - x^3/48
# lies within a float32 ULP of a float16 tie.)
_FLOAT16 = _Route("f64", np.dtype(np.float64), np.dtype(np.float16), element_type("double"), False)

# Scalar types that take the scalar entry point: type -> (format suffix,
# constructor of the returned value). The argument goes through float(), so
# that a Python int too large for a double raises OverflowError.
_SCALAR_TYPES: dict[type, tuple[str, Any]] = {
    float: ("f64", float),
    int: ("f64", float),
    bool: ("f64", float),
    np.float64: ("f64", np.float64),
    np.float32: ("f32", np.float32),
}

_routes: dict[np.dtype[Any], _Route] = {}


def apply(kernels: Kernels, x: Any, out: Any) -> Any:
    """kernels' function of x, following the module doc's rules."""
    scalar = _SCALAR_TYPES.get(type(x))
    if scalar is not None and out is None:
        suffix, make = scalar
        return make(kernels.scalar[suffix](float(x)))
    array = x if type(x) is np.ndarray else np.asarray(x)
    route = _routes.get(array.dtype) or _route(kernels.name, array.dtype)
    if out is None:
        result = np.empty(array.shape, route.result)
        _compute(kernels, route, array, result, result_may_overlap=False)
        return result if array.ndim or isinstance(x, np.ndarray) else result[()]
    _check_out(kernels.name, out, array.shape, route.result)
    _compute(kernels, route, array, out, result_may_overlap=True)
    return out


def _route(function: str, dtype: np.dtype[Any]) -> _Route:
    if dtype.kind in "biu":
        route = _FLOAT64
    elif dtype.kind == "f" and dtype.itemsize in (2, 4, 8):
        route = {2: _FLOAT16, 4: _FLOAT32, 8: _FLOAT64}[dtype.itemsize]
    else:
        shown = str(dtype) if str(dtype) == dtype.name else f"{dtype} ({dtype.name})"
        raise TypeError(
            f"softplus.{function}: unsupported dtype {shown}: the library computes real "
            f"float32 and float64; float16, integer and bool inputs are converted, others must be "
            f"converted explicitly (e.g. with .astype(numpy.float64))"
        )
    _routes[dtype] = route
    return route


def _check_out(function: str, out: Any, shape: tuple[int, ...], result: np.dtype[Any]) -> None:
    if not isinstance(out, np.ndarray):
        raise TypeError(f"softplus.{function}: out must be a numpy.ndarray, not {type(out).__name__}")
    if out.dtype != result and not (out.dtype.kind == "f" and out.dtype.itemsize == result.itemsize):
        raise TypeError(f"softplus.{function}: out has dtype {out.dtype}, the result has dtype {result}")
    if out.shape != shape:
        raise ValueError(f"softplus.{function}: out has shape {out.shape}, the input has shape {shape}")
    if not out.flags.writeable:
        raise ValueError(f"softplus.{function}: out is read-only")


def _compute(kernels: Kernels, route: _Route, array: np.ndarray, result: np.ndarray, result_may_overlap: bool) -> None:
    """result[...] = f(array) through the C array function of route; result is
    either the caller's out (result_may_overlap) or a fresh array of the route's
    result dtype, C-contiguous and native."""
    count = array.size
    if count == 0:
        return
    if result_may_overlap:
        buffer_is_result = result.dtype == route.work and result.flags.c_contiguous
    else:
        buffer_is_result = route.computes_in_result
    buffer = result if buffer_is_result else np.empty(array.shape, route.work)
    if (
        array.dtype == route.work
        and array.flags.c_contiguous
        and not (result_may_overlap and buffer_is_result and _overlap_but_differ(array, buffer))
    ):
        source = array
    else:
        # One copy does the conversion, the gathering of a strided input, the
        # byte swap and the breaking of an overlap (copyto handles overlap).
        np.copyto(buffer, array, casting="unsafe")
        source = buffer
    element = route.element
    try:
        source_element = element.from_buffer(source)
    except TypeError:  # a read-only array: from_buffer wants a writeable buffer
        source_element = element.from_address(source.ctypes.data)
    # An element made with from_buffer, passed to a pointer parameter, passes its
    # address: the cheapest way ctypes offers to pass a NumPy array.
    status = kernels.array[route.suffix](source_element, element.from_buffer(buffer), count)
    if status:
        raise kernels.status_error(f"sp_{kernels.name}_{route.suffix}_array", status)
    if not buffer_is_result:
        np.copyto(result, buffer, casting="unsafe")


def _overlap_but_differ(array: np.ndarray, buffer: np.ndarray) -> bool:
    """True if two C-contiguous arrays of one dtype and size share memory
    without being the very same memory (which the library computes in place)."""
    return bool(np.may_share_memory(array, buffer)) and array.ctypes.data != buffer.ctypes.data
