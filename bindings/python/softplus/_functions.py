# GENERATED from spec/softplus.json by bindings/python/tools/generate_functions.py.
# Do not edit: change the spec and run  python3 bindings/python/tools/generate_functions.py
"""The library's functions as NumPy-aware Python functions (see _elementwise)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._elementwise import apply
from ._library import bind_functions, bind_version, load_library

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np
    import numpy.typing as npt

    _Floating = TypeVar("_Floating", bound=np.floating[Any])
    _Out = TypeVar("_Out", bound=npt.NDArray[np.floating[Any]])

VERSION = '1.0.0'
FUNCTION_NAMES = (
    'softplus',
    'softminus',
    'sigmoid',
    'one_minus_sigmoid',
    'logit',
    'softplusinv',
    'softminusinv',
    'log_sigmoid',
    'log_one_minus_sigmoid',
)
# (suffix, C type) of each format, in the spec's order.
FORMATS = (('f64', 'double'), ('f32', 'float'))
STATUS_NAMES = {0: 'SP_OK', 1: 'SP_ERR_NULL_POINTER', 2: 'SP_ERR_OVERLAP', 3: 'SP_ERR_TOO_LARGE'}

_LIBRARY = load_library()
LIBRARY_VERSION = bind_version(_LIBRARY)
_KERNELS = bind_functions(_LIBRARY, FUNCTION_NAMES, FORMATS, STATUS_NAMES)


@overload
def softplus(x: float, /, out: None = None) -> float: ...
@overload
def softplus(x: _Floating, /, out: None = None) -> _Floating: ...
@overload
def softplus(x: np.integer[Any] | np.bool_, /, out: None = None) -> np.float64: ...
@overload
def softplus(x: npt.NDArray[Any] | Sequence[Any], /, out: None = None) -> npt.NDArray[np.floating[Any]]: ...
@overload
def softplus(x: npt.ArrayLike, /, out: _Out) -> _Out: ...
def softplus(x: npt.ArrayLike, /, out: npt.NDArray[np.floating[Any]] | None = None) -> Any:
    """softplus(x) = log(1 + e^x).

    Identity: max(x, 0) + log1p(e^-|x|). Replaces the naive NumPy one-liner log(1 +
    exp(x)), which overflows or loses accuracy at the ends of the range.

    Domain: all x.

    Special values:
        softplus(+inf) = +inf
        softplus(-inf) = +0
        softplus(x) = x to the last bit from x = 48 ln 2 = 33.27 (double) / 21
            ln 2 = 14.56 (float) up
        softplus(x) is e^x to within the accuracy bound for very negative x:
            subnormal, then +0 below about -745 (double) / -104 (float)
        NaN -> NaN

    Accuracy:
        float64: within 1 ULP of the correctly rounded result; float32:
        correctly rounded; float16: computed in float64 and rounded once to
        float16. Checked against MPFR (Tests/vectors, docs/ACCURACY.md).

    Parameters
    ----------
    x : float or array_like
        A Python scalar, a NumPy scalar or anything numpy.asarray accepts, of any
        shape and memory layout; float16/float32/float64, integer or bool.
    out : numpy.ndarray, optional
        Where to write the result: writeable, of x's shape and of the
        result dtype (float64 for float64, integer and bool input; float32 for
        float32; float16 for float16). May be x itself (in place).

    Returns
    -------
    float or numpy.ndarray
        A Python float for a Python scalar, a NumPy scalar for a NumPy scalar,
        otherwise an array of x's shape (out, when given).

    Raises
    ------
    TypeError
        x has another dtype (complex, object, string, ...) or out has the
        wrong type or dtype.
    ValueError
        out has the wrong shape or is read-only.
    StatusError
        The library returned a status other than SP_OK.

    C entry points: sp_softplus_f64, sp_softplus_f64_array, sp_softplus_f32,
    sp_softplus_f32_array.
    """
    return apply(_KERNELS["softplus"], x, out)


@overload
def softminus(x: float, /, out: None = None) -> float: ...
@overload
def softminus(x: _Floating, /, out: None = None) -> _Floating: ...
@overload
def softminus(x: np.integer[Any] | np.bool_, /, out: None = None) -> np.float64: ...
@overload
def softminus(x: npt.NDArray[Any] | Sequence[Any], /, out: None = None) -> npt.NDArray[np.floating[Any]]: ...
@overload
def softminus(x: npt.ArrayLike, /, out: _Out) -> _Out: ...
def softminus(x: npt.ArrayLike, /, out: npt.NDArray[np.floating[Any]] | None = None) -> Any:
    """softminus(x) = x - softplus(x).

    Identity: -softplus(-x) (the same function as log_sigmoid). Replaces the naive
    NumPy one-liner x - log(1 + exp(x)), which overflows or loses accuracy at the
    ends of the range.

    Domain: all x.

    Special values:
        softminus(+inf) = -0
        softminus(-inf) = -inf
        NaN -> NaN

    Accuracy:
        float64: within 1 ULP of the correctly rounded result; float32:
        correctly rounded; float16: computed in float64 and rounded once to
        float16. Checked against MPFR (Tests/vectors, docs/ACCURACY.md).

    Parameters
    ----------
    x : float or array_like
        A Python scalar, a NumPy scalar or anything numpy.asarray accepts, of any
        shape and memory layout; float16/float32/float64, integer or bool.
    out : numpy.ndarray, optional
        Where to write the result: writeable, of x's shape and of the
        result dtype (float64 for float64, integer and bool input; float32 for
        float32; float16 for float16). May be x itself (in place).

    Returns
    -------
    float or numpy.ndarray
        A Python float for a Python scalar, a NumPy scalar for a NumPy scalar,
        otherwise an array of x's shape (out, when given).

    Raises
    ------
    TypeError
        x has another dtype (complex, object, string, ...) or out has the
        wrong type or dtype.
    ValueError
        out has the wrong shape or is read-only.
    StatusError
        The library returned a status other than SP_OK.

    C entry points: sp_softminus_f64, sp_softminus_f64_array, sp_softminus_f32,
    sp_softminus_f32_array.
    """
    return apply(_KERNELS["softminus"], x, out)


@overload
def sigmoid(x: float, /, out: None = None) -> float: ...
@overload
def sigmoid(x: _Floating, /, out: None = None) -> _Floating: ...
@overload
def sigmoid(x: np.integer[Any] | np.bool_, /, out: None = None) -> np.float64: ...
@overload
def sigmoid(x: npt.NDArray[Any] | Sequence[Any], /, out: None = None) -> npt.NDArray[np.floating[Any]]: ...
@overload
def sigmoid(x: npt.ArrayLike, /, out: _Out) -> _Out: ...
def sigmoid(x: npt.ArrayLike, /, out: npt.NDArray[np.floating[Any]] | None = None) -> Any:
    """sigmoid(x) = 1 / (1 + e^-x).

    Identity: e^x / (1 + e^x) for x < 0. Replaces the naive NumPy one-liner 1 / (1 +
    exp(-x)), which overflows or loses accuracy at the ends of the range.

    Domain: all x.

    Special values:
        sigmoid(+inf) = 1
        sigmoid(-inf) = +0
        sigmoid(0) = 0.5
        sigmoid(-740) is a subnormal (double), not 0
        NaN -> NaN

    Accuracy:
        float64: within 1 ULP of the correctly rounded result; float32:
        correctly rounded; float16: computed in float64 and rounded once to
        float16. Checked against MPFR (Tests/vectors, docs/ACCURACY.md).

    Parameters
    ----------
    x : float or array_like
        A Python scalar, a NumPy scalar or anything numpy.asarray accepts, of any
        shape and memory layout; float16/float32/float64, integer or bool.
    out : numpy.ndarray, optional
        Where to write the result: writeable, of x's shape and of the
        result dtype (float64 for float64, integer and bool input; float32 for
        float32; float16 for float16). May be x itself (in place).

    Returns
    -------
    float or numpy.ndarray
        A Python float for a Python scalar, a NumPy scalar for a NumPy scalar,
        otherwise an array of x's shape (out, when given).

    Raises
    ------
    TypeError
        x has another dtype (complex, object, string, ...) or out has the
        wrong type or dtype.
    ValueError
        out has the wrong shape or is read-only.
    StatusError
        The library returned a status other than SP_OK.

    C entry points: sp_sigmoid_f64, sp_sigmoid_f64_array, sp_sigmoid_f32,
    sp_sigmoid_f32_array.
    """
    return apply(_KERNELS["sigmoid"], x, out)


@overload
def one_minus_sigmoid(x: float, /, out: None = None) -> float: ...
@overload
def one_minus_sigmoid(x: _Floating, /, out: None = None) -> _Floating: ...
@overload
def one_minus_sigmoid(x: np.integer[Any] | np.bool_, /, out: None = None) -> np.float64: ...
@overload
def one_minus_sigmoid(x: npt.NDArray[Any] | Sequence[Any], /, out: None = None) -> npt.NDArray[np.floating[Any]]: ...
@overload
def one_minus_sigmoid(x: npt.ArrayLike, /, out: _Out) -> _Out: ...
def one_minus_sigmoid(x: npt.ArrayLike, /, out: npt.NDArray[np.floating[Any]] | None = None) -> Any:
    """one_minus_sigmoid(x) = 1 / (1 + e^x) = 1 - sigmoid(x).

    Identity: sigmoid(-x). Replaces the naive NumPy one-liner 1 - 1 / (1 + exp(-x)),
    which overflows or loses accuracy at the ends of the range.

    Domain: all x.

    Special values:
        one_minus_sigmoid(+inf) = +0
        one_minus_sigmoid(-inf) = 1
        NaN -> NaN

    Accuracy:
        float64: within 1 ULP of the correctly rounded result; float32:
        correctly rounded; float16: computed in float64 and rounded once to
        float16. Checked against MPFR (Tests/vectors, docs/ACCURACY.md).

    Parameters
    ----------
    x : float or array_like
        A Python scalar, a NumPy scalar or anything numpy.asarray accepts, of any
        shape and memory layout; float16/float32/float64, integer or bool.
    out : numpy.ndarray, optional
        Where to write the result: writeable, of x's shape and of the
        result dtype (float64 for float64, integer and bool input; float32 for
        float32; float16 for float16). May be x itself (in place).

    Returns
    -------
    float or numpy.ndarray
        A Python float for a Python scalar, a NumPy scalar for a NumPy scalar,
        otherwise an array of x's shape (out, when given).

    Raises
    ------
    TypeError
        x has another dtype (complex, object, string, ...) or out has the
        wrong type or dtype.
    ValueError
        out has the wrong shape or is read-only.
    StatusError
        The library returned a status other than SP_OK.

    C entry points: sp_one_minus_sigmoid_f64, sp_one_minus_sigmoid_f64_array,
    sp_one_minus_sigmoid_f32, sp_one_minus_sigmoid_f32_array.
    """
    return apply(_KERNELS["one_minus_sigmoid"], x, out)


@overload
def logit(p: float, /, out: None = None) -> float: ...
@overload
def logit(p: _Floating, /, out: None = None) -> _Floating: ...
@overload
def logit(p: np.integer[Any] | np.bool_, /, out: None = None) -> np.float64: ...
@overload
def logit(p: npt.NDArray[Any] | Sequence[Any], /, out: None = None) -> npt.NDArray[np.floating[Any]]: ...
@overload
def logit(p: npt.ArrayLike, /, out: _Out) -> _Out: ...
def logit(p: npt.ArrayLike, /, out: npt.NDArray[np.floating[Any]] | None = None) -> Any:
    """logit(p) = log(p / (1 - p)), the inverse of sigmoid.

    Identity: 2 atanh(2p - 1) near p = 1/2; log(p) - log1p(-p) elsewhere. Replaces
    the naive NumPy one-liner log(p / (1 - p)), which overflows or loses accuracy at
    the ends of the range.

    Domain: 0 <= p <= 1; outside it the result is NaN.

    Special values:
        logit(0) = -inf
        logit(1) = +inf
        logit(0.5) = +0
        p < 0 or p > 1 -> NaN
        NaN -> NaN

    Accuracy:
        float64: within 1 ULP of the correctly rounded result; float32:
        correctly rounded; float16: computed in float64 and rounded once to
        float16. Checked against MPFR (Tests/vectors, docs/ACCURACY.md).

    Parameters
    ----------
    p : float or array_like
        A Python scalar, a NumPy scalar or anything numpy.asarray accepts, of any
        shape and memory layout; float16/float32/float64, integer or bool.
    out : numpy.ndarray, optional
        Where to write the result: writeable, of p's shape and of the
        result dtype (float64 for float64, integer and bool input; float32 for
        float32; float16 for float16). May be p itself (in place).

    Returns
    -------
    float or numpy.ndarray
        A Python float for a Python scalar, a NumPy scalar for a NumPy scalar,
        otherwise an array of p's shape (out, when given).

    Raises
    ------
    TypeError
        p has another dtype (complex, object, string, ...) or out has the
        wrong type or dtype.
    ValueError
        out has the wrong shape or is read-only.
    StatusError
        The library returned a status other than SP_OK.

    C entry points: sp_logit_f64, sp_logit_f64_array, sp_logit_f32,
    sp_logit_f32_array.
    """
    return apply(_KERNELS["logit"], p, out)


@overload
def softplusinv(y: float, /, out: None = None) -> float: ...
@overload
def softplusinv(y: _Floating, /, out: None = None) -> _Floating: ...
@overload
def softplusinv(y: np.integer[Any] | np.bool_, /, out: None = None) -> np.float64: ...
@overload
def softplusinv(y: npt.NDArray[Any] | Sequence[Any], /, out: None = None) -> npt.NDArray[np.floating[Any]]: ...
@overload
def softplusinv(y: npt.ArrayLike, /, out: _Out) -> _Out: ...
def softplusinv(y: npt.ArrayLike, /, out: npt.NDArray[np.floating[Any]] | None = None) -> Any:
    """softplusinv(y) = log(e^y - 1), the inverse of softplus.

    Identity: y + log(-expm1(-y)) for large y, log(expm1(y)) for small y, log1p(2
    expm1(y - ln 2)) near its zero at y = ln 2. Replaces the naive NumPy one-liner
    log(exp(y) - 1), which overflows or loses accuracy at the ends of the range.

    Domain: y >= 0; outside it the result is NaN.

    Special values:
        softplusinv(0) = -inf
        softplusinv(+inf) = +inf
        softplusinv(1e-300) = -690.77...
        y < 0 -> NaN
        NaN -> NaN

    Accuracy:
        float64: within 1 ULP of the correctly rounded result; float32:
        correctly rounded; float16: computed in float64 and rounded once to
        float16. Checked against MPFR (Tests/vectors, docs/ACCURACY.md).

    Parameters
    ----------
    y : float or array_like
        A Python scalar, a NumPy scalar or anything numpy.asarray accepts, of any
        shape and memory layout; float16/float32/float64, integer or bool.
    out : numpy.ndarray, optional
        Where to write the result: writeable, of y's shape and of the
        result dtype (float64 for float64, integer and bool input; float32 for
        float32; float16 for float16). May be y itself (in place).

    Returns
    -------
    float or numpy.ndarray
        A Python float for a Python scalar, a NumPy scalar for a NumPy scalar,
        otherwise an array of y's shape (out, when given).

    Raises
    ------
    TypeError
        y has another dtype (complex, object, string, ...) or out has the
        wrong type or dtype.
    ValueError
        out has the wrong shape or is read-only.
    StatusError
        The library returned a status other than SP_OK.

    C entry points: sp_softplusinv_f64, sp_softplusinv_f64_array,
    sp_softplusinv_f32, sp_softplusinv_f32_array.
    """
    return apply(_KERNELS["softplusinv"], y, out)


@overload
def softminusinv(y: float, /, out: None = None) -> float: ...
@overload
def softminusinv(y: _Floating, /, out: None = None) -> _Floating: ...
@overload
def softminusinv(y: np.integer[Any] | np.bool_, /, out: None = None) -> np.float64: ...
@overload
def softminusinv(y: npt.NDArray[Any] | Sequence[Any], /, out: None = None) -> npt.NDArray[np.floating[Any]]: ...
@overload
def softminusinv(y: npt.ArrayLike, /, out: _Out) -> _Out: ...
def softminusinv(y: npt.ArrayLike, /, out: npt.NDArray[np.floating[Any]] | None = None) -> Any:
    """softminusinv(y) = y - log(-expm1(y)), the inverse of softminus.

    Identity: -softplusinv(-y). Replaces the naive NumPy one-liner y - log(1 -
    exp(y)), which overflows or loses accuracy at the ends of the range.

    Domain: y <= 0; outside it the result is NaN.

    Special values:
        softminusinv(0) = +inf
        softminusinv(-inf) = -inf
        y > 0 -> NaN
        NaN -> NaN

    Accuracy:
        float64: within 1 ULP of the correctly rounded result; float32:
        correctly rounded; float16: computed in float64 and rounded once to
        float16. Checked against MPFR (Tests/vectors, docs/ACCURACY.md).

    Parameters
    ----------
    y : float or array_like
        A Python scalar, a NumPy scalar or anything numpy.asarray accepts, of any
        shape and memory layout; float16/float32/float64, integer or bool.
    out : numpy.ndarray, optional
        Where to write the result: writeable, of y's shape and of the
        result dtype (float64 for float64, integer and bool input; float32 for
        float32; float16 for float16). May be y itself (in place).

    Returns
    -------
    float or numpy.ndarray
        A Python float for a Python scalar, a NumPy scalar for a NumPy scalar,
        otherwise an array of y's shape (out, when given).

    Raises
    ------
    TypeError
        y has another dtype (complex, object, string, ...) or out has the
        wrong type or dtype.
    ValueError
        out has the wrong shape or is read-only.
    StatusError
        The library returned a status other than SP_OK.

    C entry points: sp_softminusinv_f64, sp_softminusinv_f64_array,
    sp_softminusinv_f32, sp_softminusinv_f32_array.
    """
    return apply(_KERNELS["softminusinv"], y, out)


@overload
def log_sigmoid(x: float, /, out: None = None) -> float: ...
@overload
def log_sigmoid(x: _Floating, /, out: None = None) -> _Floating: ...
@overload
def log_sigmoid(x: np.integer[Any] | np.bool_, /, out: None = None) -> np.float64: ...
@overload
def log_sigmoid(x: npt.NDArray[Any] | Sequence[Any], /, out: None = None) -> npt.NDArray[np.floating[Any]]: ...
@overload
def log_sigmoid(x: npt.ArrayLike, /, out: _Out) -> _Out: ...
def log_sigmoid(x: npt.ArrayLike, /, out: npt.NDArray[np.floating[Any]] | None = None) -> Any:
    """log_sigmoid(x) = log(sigmoid(x)) = -softplus(-x), the log-probability of class 1.

    Identity: -softplus(-x). Replaces the naive NumPy one-liner log(1 / (1 +
    exp(-x))), which overflows or loses accuracy at the ends of the range.

    Domain: all x.

    Special values:
        log_sigmoid(+inf) = -0
        log_sigmoid(-inf) = -inf
        NaN -> NaN

    Accuracy:
        float64: within 1 ULP of the correctly rounded result; float32:
        correctly rounded; float16: computed in float64 and rounded once to
        float16. Checked against MPFR (Tests/vectors, docs/ACCURACY.md).

    Parameters
    ----------
    x : float or array_like
        A Python scalar, a NumPy scalar or anything numpy.asarray accepts, of any
        shape and memory layout; float16/float32/float64, integer or bool.
    out : numpy.ndarray, optional
        Where to write the result: writeable, of x's shape and of the
        result dtype (float64 for float64, integer and bool input; float32 for
        float32; float16 for float16). May be x itself (in place).

    Returns
    -------
    float or numpy.ndarray
        A Python float for a Python scalar, a NumPy scalar for a NumPy scalar,
        otherwise an array of x's shape (out, when given).

    Raises
    ------
    TypeError
        x has another dtype (complex, object, string, ...) or out has the
        wrong type or dtype.
    ValueError
        out has the wrong shape or is read-only.
    StatusError
        The library returned a status other than SP_OK.

    C entry points: sp_log_sigmoid_f64, sp_log_sigmoid_f64_array,
    sp_log_sigmoid_f32, sp_log_sigmoid_f32_array.
    """
    return apply(_KERNELS["log_sigmoid"], x, out)


@overload
def log_one_minus_sigmoid(x: float, /, out: None = None) -> float: ...
@overload
def log_one_minus_sigmoid(x: _Floating, /, out: None = None) -> _Floating: ...
@overload
def log_one_minus_sigmoid(x: np.integer[Any] | np.bool_, /, out: None = None) -> np.float64: ...
@overload
def log_one_minus_sigmoid(x: npt.NDArray[Any] | Sequence[Any], /, out: None = None) -> npt.NDArray[np.floating[Any]]: ...
@overload
def log_one_minus_sigmoid(x: npt.ArrayLike, /, out: _Out) -> _Out: ...
def log_one_minus_sigmoid(x: npt.ArrayLike, /, out: npt.NDArray[np.floating[Any]] | None = None) -> Any:
    """log_one_minus_sigmoid(x) = log(1 - sigmoid(x)) = -softplus(x), the log-probability of class 0.

    Identity: -softplus(x). Replaces the naive NumPy one-liner log(1 - 1 / (1 +
    exp(-x))), which overflows or loses accuracy at the ends of the range.

    Domain: all x.

    Special values:
        log_one_minus_sigmoid(+inf) = -inf
        log_one_minus_sigmoid(-inf) = -0
        NaN -> NaN

    Accuracy:
        float64: within 1 ULP of the correctly rounded result; float32:
        correctly rounded; float16: computed in float64 and rounded once to
        float16. Checked against MPFR (Tests/vectors, docs/ACCURACY.md).

    Parameters
    ----------
    x : float or array_like
        A Python scalar, a NumPy scalar or anything numpy.asarray accepts, of any
        shape and memory layout; float16/float32/float64, integer or bool.
    out : numpy.ndarray, optional
        Where to write the result: writeable, of x's shape and of the
        result dtype (float64 for float64, integer and bool input; float32 for
        float32; float16 for float16). May be x itself (in place).

    Returns
    -------
    float or numpy.ndarray
        A Python float for a Python scalar, a NumPy scalar for a NumPy scalar,
        otherwise an array of x's shape (out, when given).

    Raises
    ------
    TypeError
        x has another dtype (complex, object, string, ...) or out has the
        wrong type or dtype.
    ValueError
        out has the wrong shape or is read-only.
    StatusError
        The library returned a status other than SP_OK.

    C entry points: sp_log_one_minus_sigmoid_f64,
    sp_log_one_minus_sigmoid_f64_array, sp_log_one_minus_sigmoid_f32,
    sp_log_one_minus_sigmoid_f32_array.
    """
    return apply(_KERNELS["log_one_minus_sigmoid"], x, out)
