"""Rigorous enclosures [lo, hi] of the nine functions, from their mathematical definitions.

Each function is written as a composition of MPFR operations (each correctly rounded)
that is monotone in every intermediate result, so evaluating the composition once with
every operation rounded down (towards the lower bound) and once rounded up gives
lo <= f(x) <= hi with no error analysis to trust. The width of [lo, hi] shrinks as the
working precision grows, which is what the Ziv loop in correct_rounding.py relies on.

These are the definitions of spec/softplus.json, not the library's algorithms:
  softplus(x)              = log1p(e^x)
  sigmoid(x)               = 1 / (1 + e^-x)
  one_minus_sigmoid(x)     = 1 / (1 + e^x)
  logit(p)                 = log(p / (1 - p))
  softplusinv(y)           = log(expm1(y))
  softminusinv(y)          = y - log(-expm1(y))
and three exact sign identities of softplus, because the definitions
x - softplus(x) and log(sigmoid(x)) cancel to all digits for large x:
  softminus(x) = log_sigmoid(x) = -softplus(-x),  log_one_minus_sigmoid(x) = -softplus(x).
(x - log(1 + e^x) = log(e^x / (1 + e^x)) = -log(1 + e^-x); the unit tests check them
against the cancelling definitions evaluated at several thousand bits.)

Special values (NaN, infinities, domain edges, out of domain) are exact and are
returned by `special_value` before any enclosure is computed.
"""

import functools

import gmpy2
from gmpy2 import mpfr

NAN = mpfr("nan")
INF = mpfr("inf")
ZERO = mpfr(0)
NEG_ZERO = -mpfr(0)
ONE = mpfr(1)

# gmpy2 accepts an exponent range up to 2^62, but its results are limited to MPFR's
# default exponents, about +-2^30 (observed: e^(7.9e8) rounds down to 2^(2^30)), so
# e^x overflows MPFR for x > 2^30 ln 2 ~ 7.4e8. Above 2^28 the exact bounds
#   x < softplus(x) = x + log1p(e^-x) <= x + e^-x
#   y - 2 e^-y <= softplusinv(y) = y + log(1 - e^-y) < y      (log(1 - t) >= -2t for t <= 1/2)
# replace the definitions; e^-x then underflows to at most the smallest MPFR number,
# far below half an ULP of x in any format. _check_exponent_range asserts the margin.
HUGE_ARGUMENT = mpfr(2) ** 28


@functools.lru_cache(maxsize=None)
def _contexts(precision):
    """(round-down, round-up) MPFR contexts with the widest exponent range."""
    common = dict(precision=precision, emax=gmpy2.get_emax_max(), emin=gmpy2.get_emin_min())
    return (gmpy2.context(round=gmpy2.RoundDown, **common),
            gmpy2.context(round=gmpy2.RoundUp, **common))


def _check_exponent_range():
    down, up = _contexts(64)
    if gmpy2.is_infinite(up.exp(2 * HUGE_ARGUMENT)) or down.exp(-2 * HUGE_ARGUMENT) == 0:
        raise RuntimeError("MPFR exponent range too narrow for HUGE_ARGUMENT")


def _neg(x, precision):
    """-x, exact: Python's unary minus on an mpfr would round to the global context (53 bits)."""
    return _contexts(precision)[0].minus(x)


def _softplus(x, precision):
    down, up = _contexts(precision)
    if x > HUGE_ARGUMENT:
        return x, up.add(x, up.exp(_neg(x, precision)))
    return down.log1p(down.exp(x)), up.log1p(up.exp(x))


def _negated(enclosure, precision):
    lo, hi = enclosure
    return _neg(hi, precision), _neg(lo, precision)


def _softminus(x, precision):
    return _negated(_softplus(_neg(x, precision), precision), precision)


def _sigmoid(x, precision):
    down, up = _contexts(precision)
    minus_x = _neg(x, precision)
    lo = down.div(ONE, up.add(ONE, up.exp(minus_x)))
    hi = up.div(ONE, down.add(ONE, down.exp(minus_x)))
    return lo, hi


def _one_minus_sigmoid(x, precision):
    down, up = _contexts(precision)
    lo = down.div(ONE, up.add(ONE, up.exp(x)))
    hi = up.div(ONE, down.add(ONE, down.exp(x)))
    return lo, hi


def _logit(p, precision):
    down, up = _contexts(precision)
    lo = down.log(down.div(p, up.sub(ONE, p)))
    hi = up.log(up.div(p, down.sub(ONE, p)))
    return lo, hi


def _softplusinv(y, precision):
    down, up = _contexts(precision)
    if y > HUGE_ARGUMENT:
        return down.sub(y, up.mul(2, up.exp(_neg(y, precision)))), y
    return down.log(down.expm1(y)), up.log(up.expm1(y))


def _softminusinv(y, precision):
    # y - log(-expm1(y)): both terms increase with y, so the lower bound takes the
    # upper bound of log(-expm1(y)), which takes the lower bound of expm1(y).
    down, up = _contexts(precision)
    lo = down.sub(y, up.log(_neg(down.expm1(y), precision)))
    hi = up.sub(y, down.log(_neg(up.expm1(y), precision)))
    return lo, hi


def _log_sigmoid(x, precision):
    return _negated(_softplus(_neg(x, precision), precision), precision)


def _log_one_minus_sigmoid(x, precision):
    return _negated(_softplus(x, precision), precision)


def _all_reals(at_minus_inf, at_plus_inf):
    def special(x):
        if gmpy2.is_nan(x):
            return NAN
        if gmpy2.is_infinite(x):
            return at_plus_inf if x > 0 else at_minus_inf
        return None
    return special


def _logit_special(p):
    if gmpy2.is_nan(p) or p < 0 or p > 1:
        return NAN
    if p == 0:
        return -INF
    if p == 1:
        return INF
    return None


def _softplusinv_special(y):
    if gmpy2.is_nan(y) or y < 0:
        return NAN
    if y == 0:
        return -INF
    if gmpy2.is_infinite(y):
        return INF
    return None


def _softminusinv_special(y):
    if gmpy2.is_nan(y) or y > 0:
        return NAN
    if y == 0:
        return INF
    if gmpy2.is_infinite(y):
        return -INF
    return None


# name -> (exact value at special inputs or None, enclosure at a working precision)
FUNCTIONS = {
    "softplus": (_all_reals(ZERO, INF), _softplus),
    "softminus": (_all_reals(-INF, NEG_ZERO), _softminus),
    "sigmoid": (_all_reals(ZERO, ONE), _sigmoid),
    "one_minus_sigmoid": (_all_reals(ONE, ZERO), _one_minus_sigmoid),
    "logit": (_logit_special, _logit),
    "softplusinv": (_softplusinv_special, _softplusinv),
    "softminusinv": (_softminusinv_special, _softminusinv),
    "log_sigmoid": (_all_reals(-INF, NEG_ZERO), _log_sigmoid),
    "log_one_minus_sigmoid": (_all_reals(NEG_ZERO, -INF), _log_one_minus_sigmoid),
}
FUNCTION_NAMES = tuple(FUNCTIONS)
_check_exponent_range()


def special_value(name, x):
    """The exact result at a special input (NaN, infinity, domain edge or outside), else None."""
    return FUNCTIONS[name][0](x)


def enclosure(name, x, precision):
    """(lo, hi) with lo <= f(x) <= hi, computed at `precision` bits, for a non-special x."""
    return FUNCTIONS[name][1](x, precision)
