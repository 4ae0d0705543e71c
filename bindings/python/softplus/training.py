"""softplus.training: the training functions of libsoftplus (issue 6, include/softplus_training.h)
for NumPy: `from softplus import training`.

- The derivatives f'(x) of the nine functions (softplus_deriv, sigmoid_deriv, ...), log1mexp and
  log1pexp: one-input functions with the rules of the family's (see help(softplus.softplus)),
  generated from the spec's "training" section into _training_functions.py with the lists below.
- grad(name, x): f'(x) of the family function `name`; backward(name, x, grad_out): the fused
  grad_out * f'(x), rounded once.
- bce_with_logits(x, target, weight=None, pos_weight=None, reduction="mean") and
  bce_with_logits_grad(...): PyTorch's BCEWithLogitsLoss and its gradient with respect to the logits.
- softplus_beta(x, beta, threshold), softplusinv_beta(y, beta, threshold), softplus_through(x, c).

The functions of several arguments broadcast them (numpy.broadcast_arrays) and compute in float32
when every array argument is float32, else in float64 (integers, bool and float16 included). They
return a Python float when every argument is a Python scalar, a NumPy scalar of the computing dtype
when every argument is a scalar and one of them a NumPy scalar, else an array of the broadcast shape
(a 0-d array stays 0-d). The "sum" and "mean" losses return a Python float in float64 and a
numpy.float32 in float32. Accuracy: docs/TRAINING.md.
"""

from __future__ import annotations

import ctypes
from typing import Any

import numpy as np

from ._elementwise import apply
from ._functions import _LIBRARY, FORMATS
from ._library import element_type
from ._training_functions import (
    _KERNELS,
    BACKWARD_NAMES,
    LOSS_NAMES,
    PARAMETERIZED,
    UNARY_NAMES,
    log1mexp,
    log1pexp,
    log_one_minus_sigmoid_deriv,
    log_sigmoid_deriv,
    logit_deriv,
    one_minus_sigmoid_deriv,
    sigmoid_deriv,
    softminus_deriv,
    softminusinv_deriv,
    softplus_deriv,
    softplusinv_deriv,
)

__all__ = [
    "BACKWARD_NAMES",
    "LOSS_NAMES",
    "PARAMETERIZED",
    "REDUCTIONS",
    "UNARY_NAMES",
    "backward",
    "bce_with_logits",
    "bce_with_logits_grad",
    "grad",
    "log1mexp",
    "log1pexp",
    "log_one_minus_sigmoid_deriv",
    "log_sigmoid_deriv",
    "logit_deriv",
    "one_minus_sigmoid_deriv",
    "sigmoid_deriv",
    "softminus_deriv",
    "softminusinv_deriv",
    "softplus_beta",
    "softplus_deriv",
    "softplusinv_beta",
    "softplusinv_deriv",
    "softplus_through",
]

REDUCTIONS = ("none", "sum", "mean")

_STATUS_ERROR = _KERNELS["log1pexp"].status_error
_SUFFIX = {np.dtype(np.float64): "f64", np.dtype(np.float32): "f32"}


def _pointer(c_type: Any) -> Any:
    return ctypes.POINTER(c_type)


def _bind(symbol: str, restype: Any, argtypes: tuple[Any, ...]) -> Any:
    function = getattr(_LIBRARY, symbol)
    function.restype, function.argtypes = restype, argtypes
    return function


def _bind_all() -> dict[str, Any]:
    """The multi-array entry points, from the spec's training lists (_training_functions.py)."""
    bound = {}
    for suffix, c_name in FORMATS:
        t = element_type(c_name)
        p = _pointer(t)
        size = ctypes.c_size_t
        for name in BACKWARD_NAMES:
            bound[f"sp_{name}_backward_{suffix}_array"] = _bind(
                f"sp_{name}_backward_{suffix}_array", ctypes.c_int, (p, p, p, size))
        for loss in LOSS_NAMES:
            for reduction in ("", "_sum", "_mean"):
                bound[f"sp_{loss}{reduction}_{suffix}"] = _bind(
                    f"sp_{loss}{reduction}_{suffix}", ctypes.c_int, (p, p, p, p, size, p))
                grad_out = p if not reduction else t
                bound[f"sp_{loss}{reduction}_backward_{suffix}"] = _bind(
                    f"sp_{loss}{reduction}_backward_{suffix}", ctypes.c_int, (p, p, p, p, grad_out, size, p))
        for name, parameters in PARAMETERIZED:
            bound[f"sp_{name}_{suffix}_array"] = _bind(
                f"sp_{name}_{suffix}_array", ctypes.c_int, (p, p, size) + (t,) * len(parameters))
    return bound


_ENTRY_POINTS = _bind_all()


def _call(symbol: str, *arguments: Any) -> None:
    status = _ENTRY_POINTS[symbol](*arguments)
    if status != 0:
        raise _STATUS_ERROR(symbol, status)


def _is_python_scalar(value: Any) -> bool:
    return type(value) in (float, int, bool)


def _prepare(*values: Any) -> tuple[str, np.dtype[Any], list[np.ndarray[Any, Any]]]:
    """The computing format and dtype of the arguments, and them broadcast, contiguous, in that dtype:
    float32 when every NumPy argument is float32 (Python scalars do not count), else float64."""
    arrays = [np.asarray(v) for v in values]
    for array in arrays:
        if array.dtype.kind not in "fiub" or array.dtype.itemsize > 8:
            raise TypeError(f"softplus: unsupported dtype {array.dtype}")
    typed = [a for a, v in zip(arrays, values) if not _is_python_scalar(v)]
    dtype = np.dtype(np.float32 if typed and all(a.dtype == np.float32 for a in typed) else np.float64)
    broadcast = np.broadcast_arrays(*arrays)
    # ascontiguousarray gives a 0-d array one dimension; reshape keeps the broadcast shape.
    return _SUFFIX[dtype], dtype, [np.ascontiguousarray(a, dtype=dtype).reshape(a.shape) for a in broadcast]


def _address(array: np.ndarray[Any, Any], suffix: str) -> Any:
    return array.ctypes.data_as(_pointer(element_type(dict(FORMATS)[suffix])))


def _result(value: np.ndarray[Any, Any], *inputs: Any) -> Any:
    """value (of the broadcast shape of every argument given, None for an argument left out) as the
    module doc says: a Python float for Python scalars, a NumPy scalar for scalars, else the array."""
    given = [v for v in inputs if v is not None]
    if all(_is_python_scalar(v) for v in given):
        return float(value[()])
    if value.ndim == 0 and not any(isinstance(v, np.ndarray) for v in given):
        return value[()]
    return value


def _family_name(name: str) -> str:
    if name not in BACKWARD_NAMES:
        raise ValueError(f"softplus: {name!r} is not one of {', '.join(BACKWARD_NAMES)}")
    return name


def grad(name: str, x: Any, /, out: Any = None) -> Any:
    """f'(x) for the family function `name` ("softplus", "sigmoid", "logit", ...), e.g.
    grad("sigmoid", 40.0) = 4.248354255291589e-18 (not 0)."""
    return apply(_KERNELS[f"{_family_name(name)}_deriv"], x, out)


def backward(name: str, x: Any, grad_out: Any) -> Any:
    """grad_out * f'(x) for the family function `name`, fused: the product is rounded once
    (sp_<name>_backward_<t>_array). x and grad_out broadcast against each other."""
    suffix, _, (xs, gs) = _prepare(x, grad_out)
    result = np.empty_like(xs)
    _call(f"sp_{_family_name(name)}_backward_{suffix}_array", _address(xs, suffix), _address(gs, suffix),
          _address(result, suffix), result.size)
    return _result(result, x, grad_out)


def _bce_arguments(x: Any, target: Any, weight: Any, pos_weight: Any, reduction: str,
                   grad_out: Any = None) -> Any:
    """The format, dtype, x, the pointers to x, target, weight and pos_weight and grad_out, all broadcast
    together (grad_out only for the elementwise gradient, else None)."""
    if reduction not in REDUCTIONS:
        raise ValueError(f"softplus: reduction must be one of {REDUCTIONS}, not {reduction!r}")
    values = [x, target] + [v for v in (weight, pos_weight, grad_out) if v is not None]
    suffix, dtype, arrays = _prepare(*values)
    xs, ts = arrays[0], arrays[1]
    rest = iter(arrays[2:])
    ws = next(rest) if weight is not None else None
    pws = next(rest) if pos_weight is not None else None
    gs = next(rest) if grad_out is not None else None
    pointers = [_address(a, suffix) if a is not None else None for a in (xs, ts, ws, pws)]
    return suffix, dtype, xs, pointers, gs


def bce_with_logits(x: Any, target: Any, weight: Any = None, pos_weight: Any = None,
                    reduction: str = "mean") -> Any:
    """Binary cross-entropy with logits, PyTorch's BCEWithLogitsLoss:
    w [pos_weight t softplus(-x) + (1 - t) softplus(x)] per element, then "none", "sum" or "mean"
    (compensated: the mean of 10^8 equal losses is correctly rounded). Finite at every logit where
    the loss is: bce_with_logits(-inf, 0) = 0. Targets outside [0, 1] are accepted (soft labels).
    weight and pos_weight broadcast against x like the targets."""
    suffix, dtype, xs, pointers, _ = _bce_arguments(x, target, weight, pos_weight, reduction)
    if reduction == "none":
        result = np.empty_like(xs)
        _call(f"sp_bce_with_logits_{suffix}", *pointers, xs.size, _address(result, suffix))
        return _result(result, x, target, weight, pos_weight)
    total = np.empty(1, dtype)
    _call(f"sp_bce_with_logits_{reduction}_{suffix}", *pointers, xs.size, _address(total, suffix))
    return float(total[0]) if dtype == np.float64 else total[0]


def bce_with_logits_grad(x: Any, target: Any, weight: Any = None, pos_weight: Any = None,
                         reduction: str = "mean", grad_out: Any = 1.0) -> Any:
    """The gradient of bce_with_logits with respect to x, times grad_out (for reduction "none" an array
    broadcast with the other arguments, a scalar otherwise): w [(1 - t) sigmoid(x) - pos_weight t
    sigmoid(-x)], divided by the number of elements for "mean"."""
    elementwise = reduction == "none"
    suffix, _, xs, pointers, gs = _bce_arguments(x, target, weight, pos_weight, reduction,
                                                 grad_out if elementwise else None)
    result = np.empty_like(xs)
    if elementwise:
        _call(f"sp_bce_with_logits_backward_{suffix}", *pointers, _address(gs, suffix), xs.size,
              _address(result, suffix))
        return _result(result, x, target, weight, pos_weight, grad_out)
    _call(f"sp_bce_with_logits_{reduction}_backward_{suffix}", *pointers, float(grad_out), xs.size,
          _address(result, suffix))
    return _result(result, x, target, weight, pos_weight)


def _parameterized(symbol: str, x: Any, *parameters: float) -> Any:
    suffix, _, (xs,) = _prepare(x)
    result = np.empty_like(xs)
    _call(f"sp_{symbol}_{suffix}_array", _address(xs, suffix), _address(result, suffix), xs.size,
          *(float(p) for p in parameters))
    return _result(result, x)


def softplus_beta(x: Any, beta: float = 1.0, threshold: float = 20.0) -> Any:
    """log(1 + e^(beta x)) / beta, or x where beta x > threshold: PyTorch's Softplus(beta, threshold),
    correct for every beta > 0 (no overflow for large beta, no loss for tiny beta)."""
    return _parameterized("softplus_beta", x, beta, threshold)


def softplusinv_beta(y: Any, beta: float = 1.0, threshold: float = 20.0) -> Any:
    """log(e^(beta y) - 1) / beta, or y where beta y > threshold: the inverse of softplus_beta."""
    return _parameterized("softplusinv_beta", y, beta, threshold)


def softplus_through(x: Any, c: float) -> Any:
    """softplus(x + softplusinv(c)): the softplus whose value at 0 is exactly c > 0."""
    return _parameterized("softplus_through", x, c)
