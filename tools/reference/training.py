"""Rigorous MPFR enclosures of the training functions: the derivatives f'(x) of the nine
functions, log1mexp, log1pexp, and the backward products gradOut * f'(x).

Like enclosures.py, each is a composition of MPFR operations monotone in every intermediate
result, evaluated once rounding down and once rounding up. The formulas are the calculus
derivatives of the spec's definitions, written differently from the library's kernels
(Sources/SoftplusMath/Training), so that no formula is checked against itself:

  function            derivative used here                  the library computes
  softplus            1 / (1 + e^-x)                        sigmoid's kernel
  softminus           1 / (1 + e^x)                         sigmoid(-x)
  sigmoid             1/(1 + e^-x) * 1/(1 + e^x)            e^-|x| / (1 + e^-|x|)^2
  one_minus_sigmoid   -(the same product)                   -(the same kernel)
  logit               1/p + 1/(1 - p)                       1 / (p (1 - p))
  softplusinv         1 + 1/expm1(y)                        1 / (1 - e^-y)
  softminusinv        1 + e^y / (-expm1(y))                 1 / (1 - e^y)
  log_sigmoid         1 / (1 + e^x)                         sigmoid(-x)
  log_one_minus_sigmoid  -1 / (1 + e^-x)                    -sigmoid(x)
  log1mexp            log(1 - e^-a)                         log(-expm1(-a)), log1p(-e^-a), series
  log1pexp            the softplus enclosure                softplus

    >>> from tools.reference.training import correctly_rounded_bits, F64
"""

import gmpy2

from .enclosures import HUGE_ARGUMENT, INF, NAN, NEG_ZERO, ONE, ZERO, _all_reals, _contexts, _neg
from .enclosures import enclosure as family_enclosure
from .correct_rounding import MAX_PRECISION, START_PRECISION, UndecidedRounding, round_enclosure
from .formats import F32, F64, FORMATS

__all__ = ["DERIVATIVE_OF", "TRAINING_NAMES", "F32", "F64", "FORMATS", "backward_bits",
           "correctly_rounded_bits", "exact_enclosure"]


def _reciprocal_one_plus_exp(x, precision):
    """1 / (1 + e^x), a decreasing function of x."""
    down, up = _contexts(precision)
    return down.div(ONE, up.add(ONE, up.exp(x))), up.div(ONE, down.add(ONE, down.exp(x)))


def _sigmoid(x, precision):
    return _reciprocal_one_plus_exp(_neg(x, precision), precision)


def _negated(bounds, precision):
    lo, hi = bounds
    return _neg(hi, precision), _neg(lo, precision)


def _sigmoid_derivative(x, precision):
    down, up = _contexts(precision)
    first_lo, first_hi = _sigmoid(x, precision)
    second_lo, second_hi = _reciprocal_one_plus_exp(x, precision)
    return down.mul(first_lo, second_lo), up.mul(first_hi, second_hi)


def _logit_derivative(p, precision):
    down, up = _contexts(precision)
    lo = down.add(down.div(ONE, p), down.div(ONE, up.sub(ONE, p)))
    hi = up.add(up.div(ONE, p), up.div(ONE, down.sub(ONE, p)))
    return lo, hi


def _softplusinv_derivative(y, precision):
    # 1 + 1/expm1(y). Above HUGE_ARGUMENT expm1 overflows MPFR; the value is then in
    # (1, 1 + 2 e^-y], and e^-y rounded up is at least the least positive MPFR number.
    down, up = _contexts(precision)
    if y > HUGE_ARGUMENT:
        return ONE, up.add(ONE, up.mul(2, up.exp(_neg(y, precision))))
    return down.add(ONE, down.div(ONE, up.expm1(y))), up.add(ONE, up.div(ONE, down.expm1(y)))


def _softminusinv_derivative(y, precision):
    # 1 + e^y / (-expm1(y)), y < 0: -expm1(y) > 0 is bounded below by -(expm1(y) rounded up).
    down, up = _contexts(precision)
    if y < -HUGE_ARGUMENT:
        return ONE, up.add(ONE, up.mul(2, up.exp(y)))
    lo = down.add(ONE, down.div(down.exp(y), _neg(down.expm1(y), precision)))
    hi = up.add(ONE, up.div(up.exp(y), _neg(up.expm1(y), precision)))
    return lo, hi


def _log1mexp(a, precision):
    # log(1 - e^-a) < 0 for every a > 0: an upper bound that rounds to +0 (log(1) when e^-a
    # underflows MPFR) is replaced by -0, still an upper bound, so the sign of the zero is decided.
    down, up = _contexts(precision)
    minus_a = _neg(a, precision)
    lo = down.log(down.sub(ONE, up.exp(minus_a)))
    hi = up.log(up.sub(ONE, down.exp(minus_a)))
    if hi == 0:
        hi = NEG_ZERO
    return lo, hi


def _logit_derivative_special(p):
    if gmpy2.is_nan(p) or p < 0 or p > 1:
        return NAN
    if p == 0 or p == 1:
        return INF
    return None


def _softplusinv_derivative_special(y):
    if gmpy2.is_nan(y) or y < 0:
        return NAN
    if y == 0:
        return INF
    if gmpy2.is_infinite(y):
        return ONE
    return None


def _softminusinv_derivative_special(y):
    if gmpy2.is_nan(y) or y > 0:
        return NAN
    if y == 0:
        return INF
    if gmpy2.is_infinite(y):
        return ONE
    return None


def _log1mexp_special(a):
    if gmpy2.is_nan(a) or a < 0:
        return NAN
    if a == 0:
        return -INF
    if gmpy2.is_infinite(a):
        return NEG_ZERO
    return None


MINUS_ONE = -ONE

# name -> (exact value at special inputs or None, enclosure at a working precision)
FUNCTIONS = {
    "softplus_deriv": (_all_reals(ZERO, ONE), _sigmoid),
    "softminus_deriv": (_all_reals(ONE, ZERO), _reciprocal_one_plus_exp),
    "sigmoid_deriv": (_all_reals(ZERO, ZERO), _sigmoid_derivative),
    "one_minus_sigmoid_deriv": (_all_reals(NEG_ZERO, NEG_ZERO),
                                lambda x, w: _negated(_sigmoid_derivative(x, w), w)),
    "logit_deriv": (_logit_derivative_special, _logit_derivative),
    "softplusinv_deriv": (_softplusinv_derivative_special, _softplusinv_derivative),
    "softminusinv_deriv": (_softminusinv_derivative_special, _softminusinv_derivative),
    "log_sigmoid_deriv": (_all_reals(ONE, ZERO), _reciprocal_one_plus_exp),
    "log_one_minus_sigmoid_deriv": (_all_reals(NEG_ZERO, MINUS_ONE),
                                    lambda x, w: _negated(_sigmoid(x, w), w)),
    "log1mexp": (_log1mexp_special, _log1mexp),
    "log1pexp": (_all_reals(ZERO, INF), lambda x, w: family_enclosure("softplus", x, w)),
}
TRAINING_NAMES = tuple(FUNCTIONS)

# The derivative entries by the spec name of the function they differentiate.
DERIVATIVE_OF = {name[:-len("_deriv")]: name for name in TRAINING_NAMES if name.endswith("_deriv")}


def exact_enclosure(name, fmt, x_bits):
    """(lo, hi, rounded_bits) of f(x), narrow enough to decide its rounding in fmt (Ziv's loop)."""
    x = fmt.mpfr_from_bits(x_bits)
    special, enclosure = FUNCTIONS[name]
    exact = special(x)
    if exact is not None:
        return exact, exact, fmt.round_bits(exact)
    return round_enclosure(fmt, lambda precision: enclosure(x, precision), f"{name}_{fmt.suffix}({x_bits:x})")


def correctly_rounded_bits(name, fmt, x_bits):
    """Bit pattern of f(x) rounded to nearest even in fmt (canonical quiet NaN for NaN)."""
    return exact_enclosure(name, fmt, x_bits)[2]


def _is_special_bits(fmt, bits):
    magnitude = bits & ~fmt.sign_bit
    return magnitude == 0 or magnitude >= fmt.infinity_bits


def backward_enclosure(name, fmt, x_bits, g_bits):
    """(lo, hi, rounded_bits) of gradOut * f'(x), f = the function `name` differentiates.

    Where gradOut or f'(x) is 0, infinite or NaN the product is the IEEE product of gradOut and
    the correctly rounded f'(x) (the library's documented convention), exactly.
    """
    derivative = DERIVATIVE_OF[name]
    d_lo, d_hi, d_bits = exact_enclosure(derivative, fmt, x_bits)
    g = fmt.mpfr_from_bits(g_bits)
    if _is_special_bits(fmt, g_bits) or d_lo == d_hi:
        product = fmt.rounding_context().mul(g, fmt.mpfr_from_bits(d_bits))
        return product, product, fmt.round_bits(product)
    # Ziv's loop written out rather than round_enclosure: its first step reuses the derivative's
    # decided enclosure, which carries the special cases (a NaN f'(x) has no raw enclosure).
    precision = START_PRECISION
    while precision <= MAX_PRECISION:
        down, up = _contexts(precision)
        if g > 0:
            lo, hi = down.mul(d_lo, g), up.mul(d_hi, g)
        else:
            lo, hi = down.mul(d_hi, g), up.mul(d_lo, g)
        lo_bits, hi_bits = fmt.round_bits(lo), fmt.round_bits(hi)
        if lo_bits == hi_bits:
            return lo, hi, lo_bits
        precision *= 2
        d_lo, d_hi = FUNCTIONS[derivative][1](fmt.mpfr_from_bits(x_bits), precision)
    raise UndecidedRounding(f"{name}_backward_{fmt.suffix}({x_bits:x}, {g_bits:x}) undecided")


def backward_bits(name, fmt, x_bits, g_bits):
    return backward_enclosure(name, fmt, x_bits, g_bits)[2]
