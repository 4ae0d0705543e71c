"""Rigorous MPFR references of the multi-argument training functions: binary cross-entropy with
logits and its gradient, the parameterized softplus and its inverse, and the softplus with a
chosen value at 0. Each value is an enclosure [lo, hi] from directed roundings (general interval
products where signs are not known), narrowed by doubling the precision until both ends round to
the same number of the format (Ziv), as in training.py.

  bce(x, t, w, pw)       = w [pw t (-log sigmoid(x)) + (1 - t) (-log(1 - sigmoid(x)))],
                           -log sigmoid(x) = log1p(e^-x), -log(1 - sigmoid(x)) = log1p(e^x)
  bce_grad(x, t, w, pw)  = w [(1 - t) sigmoid(x) - pw t (1 - sigmoid(x))],
                           sigmoid(x) = 1/(1 + e^-x), 1 - sigmoid(x) = 1/(1 + e^x)
  softplus_beta(x, b, threshold)    = x if RN(b x) > threshold, else log1p(e^(b x)) / b
  softplusinv_beta(y, b, threshold) = y if RN(b y) > threshold, else log(expm1(b y)) / b
  softplus_through(x, c)            = log1p(e^(x + log(expm1(c))))

Conventions shared with the library (docs/TRAINING.md): a term of the loss or of its gradient
whose coefficient (w pw t or w (1 - t)) is zero is zero, even where its factor is infinite;
RN(b x) is b x rounded to double (exact for float arguments), as PyTorch compares it.
"""

import gmpy2
from .enclosures import INF, NAN, ONE, ZERO, _contexts, _neg
from .enclosures import enclosure as family_enclosure
from .correct_rounding import round_enclosure

_F64_CONTEXT = gmpy2.ieee(64)


def _interval_mul(a, b, precision):
    down, up = _contexts(precision)
    products_down = [down.mul(p, q) for p in a for q in b]
    products_up = [up.mul(p, q) for p in a for q in b]
    return min(products_down), max(products_up)


def _interval_add(a, b, precision):
    down, up = _contexts(precision)
    return down.add(a[0], b[0]), up.add(a[1], b[1])


def _point(v):
    return v, v


def _softplus(x, precision):
    return family_enclosure("softplus", x, precision)


def _sigmoid(x, precision):
    down, up = _contexts(precision)
    minus_x = _neg(x, precision)
    return down.div(ONE, up.add(ONE, up.exp(minus_x))), up.div(ONE, down.add(ONE, down.exp(minus_x)))


def _one_minus_sigmoid(x, precision):
    down, up = _contexts(precision)
    return down.div(ONE, up.add(ONE, up.exp(x))), up.div(ONE, down.add(ONE, down.exp(x)))


def _coefficients(t, w, pw, precision):
    """(w pw t, w (1 - t)) exactly: at >= 256 bits the products of three doubles are exact. (Python's
    unary minus would round to 53 bits: negations go through _neg at this precision.)"""
    exact = gmpy2.context(precision=precision + 200, emax=gmpy2.get_emax_max(), emin=gmpy2.get_emin_min())
    return exact.mul(exact.mul(w, pw), t), exact.mul(w, exact.sub(ONE, t))


def _special_loss_or_gradient(x, t, w, pw, gradient):
    """The exact value where an argument is NaN or x is infinite, else None. Infinite targets or
    weights are outside the reference (the library evaluates them in plain IEEE arithmetic)."""
    if any(gmpy2.is_nan(v) for v in (x, t, w, pw)):
        return NAN
    if any(gmpy2.is_infinite(v) for v in (t, w, pw)):
        raise ValueError("infinite targets or weights are outside the reference")
    if not gmpy2.is_infinite(x):
        return None
    positive, negative = _coefficients(t, w, pw, 64)
    if gradient:
        # sigmoid(+inf) = 1, 1 - sigmoid(+inf) = 0; sigmoid(-inf) = 0, 1 - sigmoid(-inf) = 1
        return negative if x > 0 else _neg(positive, 300)
    coefficient = negative if x > 0 else positive
    return ZERO if coefficient == 0 else coefficient * INF


def bce_enclosure(x, t, w, pw, precision, gradient=False):
    """Enclosure of the loss (or its gradient) for finite x; terms with a zero coefficient left out."""
    positive, negative = _coefficients(t, w, pw, precision)
    if gradient:
        factors = (_one_minus_sigmoid(x, precision), _sigmoid(x, precision))
        coefficients = (_neg(positive, precision + 200), negative)
    else:
        factors = (_softplus(_neg(x, precision), precision), _softplus(x, precision))
        coefficients = (positive, negative)
    terms = [_interval_mul(_point(c), factor, precision)
             for c, factor in zip(coefficients, factors) if c != 0]
    if not terms:
        return ZERO, ZERO
    if len(terms) == 1:
        return terms[0]
    return _interval_add(terms[0], terms[1], precision)


def bce_bits(fmt, x_bits, t_bits, w_bits, pw_bits, gradient=False):
    """Correctly rounded loss (or gradient with respect to x) of one element."""
    return bce_exact(fmt, x_bits, t_bits, w_bits, pw_bits, gradient)[2]


def bce_exact(fmt, x_bits, t_bits, w_bits, pw_bits, gradient=False):
    x, t, w, pw = (fmt.mpfr_from_bits(b) for b in (x_bits, t_bits, w_bits, pw_bits))
    special = _special_loss_or_gradient(x, t, w, pw, gradient)
    if special is not None:
        return special, special, fmt.round_bits(special)
    return round_enclosure(fmt, lambda precision: bce_enclosure(x, t, w, pw, precision, gradient),
                           f"bce_with_logits{'_backward' if gradient else ''}_{fmt.suffix}")


def _rounded_product_exceeds(b, x, threshold):
    """RN(b x) > threshold, with RN to double (the library's and PyTorch's comparison)."""
    return _F64_CONTEXT.mul(b, x) > threshold


def softplus_beta_bits(fmt, x_bits, b_bits, threshold_bits):
    x, b, threshold = (fmt.mpfr_from_bits(v) for v in (x_bits, b_bits, threshold_bits))
    if gmpy2.is_nan(x) or gmpy2.is_nan(threshold) or not b > 0:
        return fmt.round_bits(NAN)
    if gmpy2.is_infinite(b):
        return fmt.round_bits(x if x > 0 else ZERO)
    if _rounded_product_exceeds(b, x, threshold):
        return fmt.round_bits(x)
    if gmpy2.is_infinite(x):
        return fmt.round_bits(ZERO)

    def enclosure(precision):
        down, up = _contexts(precision)
        lo, hi = _softplus(down.mul(b, x), precision)
        return down.div(lo, b), up.div(hi, b)
    return round_enclosure(fmt, enclosure, f"softplus_beta_{fmt.suffix}")[2]


def softplusinv_beta_bits(fmt, y_bits, b_bits, threshold_bits):
    y, b, threshold = (fmt.mpfr_from_bits(v) for v in (y_bits, b_bits, threshold_bits))
    if gmpy2.is_nan(y) or gmpy2.is_nan(threshold) or not b > 0 or y < 0:
        return fmt.round_bits(NAN)
    if y == 0:
        return fmt.round_bits(-INF)
    if gmpy2.is_infinite(b) or _rounded_product_exceeds(b, y, threshold):
        return fmt.round_bits(y)

    def enclosure(precision):
        down, up = _contexts(precision)
        lo, hi = family_enclosure("softplusinv", down.mul(b, y), precision)
        return down.div(lo, b), up.div(hi, b)
    return round_enclosure(fmt, enclosure, f"softplusinv_beta_{fmt.suffix}")[2]


def softplus_through_bits(fmt, x_bits, c_bits):
    x, c = fmt.mpfr_from_bits(x_bits), fmt.mpfr_from_bits(c_bits)
    if gmpy2.is_nan(x) or gmpy2.is_nan(c) or c <= 0 or (x == -INF and c == INF):
        return fmt.round_bits(NAN)
    if x == -INF:
        return fmt.round_bits(ZERO)
    if x == INF or c == INF:
        return fmt.round_bits(INF)

    def enclosure(precision):
        down, up = _contexts(precision)
        a_lo, a_hi = family_enclosure("softplusinv", c, precision)
        return _softplus(down.add(x, a_lo), precision)[0], _softplus(up.add(x, a_hi), precision)[1]
    return round_enclosure(fmt, enclosure, f"softplus_through_{fmt.suffix}")[2]
