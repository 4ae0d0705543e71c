# GENERATED from spec/softplus.json ("training") by bindings/python/tools/generate_functions.py.
# Do not edit: change the spec and run  python3 bindings/python/tools/generate_functions.py
"""The training functions' lists (softplus.training) and its one-argument functions."""

from __future__ import annotations

from typing import Any

from ._elementwise import apply
from ._functions import _LIBRARY, FORMATS, STATUS_NAMES
from ._library import bind_functions

# The "unary" training functions (derivatives, log1mexp, log1pexp), in the spec's order.
UNARY_NAMES = (
    'softplus_deriv',
    'softminus_deriv',
    'sigmoid_deriv',
    'one_minus_sigmoid_deriv',
    'logit_deriv',
    'softplusinv_deriv',
    'softminusinv_deriv',
    'log_sigmoid_deriv',
    'log_one_minus_sigmoid_deriv',
    'log1mexp',
    'log1pexp',
)
# The family functions with a backward product sp_<name>_backward_<t>_array.
BACKWARD_NAMES = (
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
# The losses (sp_<name>[_sum|_mean]_<t> and their _backward).
LOSS_NAMES = (
    'bce_with_logits',
)
# The parameterized functions and their parameters' C names (sp_<name>_<t>_array(x, out, n, ...)).
PARAMETERIZED = (
    ('softplus_beta', ('beta', 'threshold')),
    ('softplusinv_beta', ('beta', 'threshold')),
    ('softplus_through', ('c',)),
)

_KERNELS = bind_functions(_LIBRARY, UNARY_NAMES, FORMATS, STATUS_NAMES)


def softplus_deriv(x: Any, /, out: Any = None) -> Any:
    """softplus_deriv(x) = softplus'(x) = sigmoid(x). Domain: all x. Special
    values: softplus_deriv(+inf) = 1; softplus_deriv(-inf) = +0; subnormal
    for -745.13 < x < -708.4; NaN -> NaN. The library's
    sp_softplus_deriv_f64/_f32 (include/softplus_training.h), with the input
    rules of softplus.softplus (scalars, arrays, out=). Accuracy:
    docs/TRAINING.md.
    """
    return apply(_KERNELS["softplus_deriv"], x, out)


def softminus_deriv(x: Any, /, out: Any = None) -> Any:
    """softminus_deriv(x) = softminus'(x) = 1 - sigmoid(x) = sigmoid(-x). Domain:
    all x. Special values: softminus_deriv(+inf) = +0; softminus_deriv(-inf)
    = 1; NaN -> NaN. The library's sp_softminus_deriv_f64/_f32
    (include/softplus_training.h), with the input rules of softplus.softplus
    (scalars, arrays, out=). Accuracy: docs/TRAINING.md.
    """
    return apply(_KERNELS["softminus_deriv"], x, out)


def sigmoid_deriv(x: Any, /, out: Any = None) -> Any:
    """sigmoid_deriv(x) = sigmoid'(x) = sigmoid(x) sigmoid(-x) = e^-|x| / (1 +
    e^-|x|)^2. Domain: all x. Special values: sigmoid_deriv(0) = 0.25;
    sigmoid_deriv(+inf) = +0; sigmoid_deriv(-inf) = +0; sigmoid_deriv(40) =
    4.25e-18 (not 0); NaN -> NaN. The library's sp_sigmoid_deriv_f64/_f32
    (include/softplus_training.h), with the input rules of softplus.softplus
    (scalars, arrays, out=). Accuracy: docs/TRAINING.md.
    """
    return apply(_KERNELS["sigmoid_deriv"], x, out)


def one_minus_sigmoid_deriv(x: Any, /, out: Any = None) -> Any:
    """one_minus_sigmoid_deriv(x) = -sigmoid(x) sigmoid(-x). Domain: all x. Special
    values: one_minus_sigmoid_deriv(0) = -0.25;
    one_minus_sigmoid_deriv(+inf) = -0; one_minus_sigmoid_deriv(-inf) = -0;
    NaN -> NaN. The library's sp_one_minus_sigmoid_deriv_f64/_f32
    (include/softplus_training.h), with the input rules of softplus.softplus
    (scalars, arrays, out=). Accuracy: docs/TRAINING.md.
    """
    return apply(_KERNELS["one_minus_sigmoid_deriv"], x, out)


def logit_deriv(p: Any, /, out: Any = None) -> Any:
    """logit_deriv(p) = logit'(p) = 1 / (p (1 - p)). Domain: 0 <= p <= 1. Special
    values: logit_deriv(0) = +inf; logit_deriv(1) = +inf; logit_deriv(0.5) =
    4; p < 0 or p > 1 -> NaN; NaN -> NaN. The library's
    sp_logit_deriv_f64/_f32 (include/softplus_training.h), with the input
    rules of softplus.softplus (scalars, arrays, out=). Accuracy:
    docs/TRAINING.md.
    """
    return apply(_KERNELS["logit_deriv"], p, out)


def softplusinv_deriv(y: Any, /, out: Any = None) -> Any:
    """softplusinv_deriv(y) = softplusinv'(y) = 1 / (1 - e^-y) = 1 / -expm1(-y).
    Domain: y >= 0. Special values: softplusinv_deriv(0) = +inf;
    softplusinv_deriv(+inf) = 1; y < 0 -> NaN; NaN -> NaN. The library's
    sp_softplusinv_deriv_f64/_f32 (include/softplus_training.h), with the
    input rules of softplus.softplus (scalars, arrays, out=). Accuracy:
    docs/TRAINING.md.
    """
    return apply(_KERNELS["softplusinv_deriv"], y, out)


def softminusinv_deriv(y: Any, /, out: Any = None) -> Any:
    """softminusinv_deriv(y) = softminusinv'(y) = 1 / (1 - e^y) = 1 / -expm1(y).
    Domain: y <= 0. Special values: softminusinv_deriv(0) = +inf;
    softminusinv_deriv(-inf) = 1; y > 0 -> NaN; NaN -> NaN. The library's
    sp_softminusinv_deriv_f64/_f32 (include/softplus_training.h), with the
    input rules of softplus.softplus (scalars, arrays, out=). Accuracy:
    docs/TRAINING.md.
    """
    return apply(_KERNELS["softminusinv_deriv"], y, out)


def log_sigmoid_deriv(x: Any, /, out: Any = None) -> Any:
    """log_sigmoid_deriv(x) = log_sigmoid'(x) = sigmoid(-x). Domain: all x. Special
    values: log_sigmoid_deriv(+inf) = +0; log_sigmoid_deriv(-inf) = 1; NaN
    -> NaN. The library's sp_log_sigmoid_deriv_f64/_f32
    (include/softplus_training.h), with the input rules of softplus.softplus
    (scalars, arrays, out=). Accuracy: docs/TRAINING.md.
    """
    return apply(_KERNELS["log_sigmoid_deriv"], x, out)


def log_one_minus_sigmoid_deriv(x: Any, /, out: Any = None) -> Any:
    """log_one_minus_sigmoid_deriv(x) = log_one_minus_sigmoid'(x) = -sigmoid(x).
    Domain: all x. Special values: log_one_minus_sigmoid_deriv(+inf) = -1;
    log_one_minus_sigmoid_deriv(-inf) = -0; NaN -> NaN. The library's
    sp_log_one_minus_sigmoid_deriv_f64/_f32 (include/softplus_training.h),
    with the input rules of softplus.softplus (scalars, arrays, out=).
    Accuracy: docs/TRAINING.md.
    """
    return apply(_KERNELS["log_one_minus_sigmoid_deriv"], x, out)


def log1mexp(a: Any, /, out: Any = None) -> Any:
    """log1mexp(a) = log(1 - e^-a) (Maechler's log1mexp). Domain: a >= 0. Special
    values: log1mexp(0) = -inf; log1mexp(+inf) = -0; log1mexp(a) = -0 for a
    >= 746 (double) / 104 (float); a < 0 -> NaN; NaN -> NaN. The library's
    sp_log1mexp_f64/_f32 (include/softplus_training.h), with the input rules
    of softplus.softplus (scalars, arrays, out=). Accuracy:
    docs/TRAINING.md.
    """
    return apply(_KERNELS["log1mexp"], a, out)


def log1pexp(x: Any, /, out: Any = None) -> Any:
    """log1pexp(x) = log(1 + e^x), softplus under its other name. Domain: all x.
    Special values: log1pexp(+inf) = +inf; log1pexp(-inf) = +0; NaN -> NaN.
    The library's sp_log1pexp_f64/_f32 (include/softplus_training.h), with
    the input rules of softplus.softplus (scalars, arrays, out=). Accuracy:
    docs/TRAINING.md.
    """
    return apply(_KERNELS["log1pexp"], x, out)
