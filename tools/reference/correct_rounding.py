"""Correct rounding by Ziv's strategy over the rigorous enclosures of enclosures.py.

At working precision w (starting at 256 bits) the enclosure [lo, hi] of f(x) is
computed; if lo and hi round to the same number of the target format, that number
is the correctly rounded f(x), because rounding is monotone. Otherwise the exact
value lies too close to a rounding boundary (or a cancellation ate the precision,
as near the zeros of logit, softplusinv and softminusinv) and w is doubled.
The only exact rounding boundaries the functions reach are their special values
(handled before the loop): elsewhere the results are transcendental, so the loop ends.
"""

from .enclosures import enclosure, special_value

# The brief asks for >= 256 bits; at 256 the first enclosure decides all but ~2^-190 of
# the inputs away from the zeros (its width is a few ULP at 256 bits).
START_PRECISION = 256
# 2^16 bits decide double results lying within 2^-65000 of a rounding boundary:
# the hardest known cases of elementary functions need a few hundred bits.
MAX_PRECISION = 1 << 16


class UndecidedRounding(RuntimeError):
    pass


def round_enclosure(fmt, enclosure_at, what):
    """(lo, hi, rounded_bits): Ziv's loop over enclosure_at(precision) -> (lo, hi), from
    START_PRECISION up, doubling until both ends round to the same number of fmt; `what`
    names the value in the error raised past MAX_PRECISION."""
    precision = START_PRECISION
    while precision <= MAX_PRECISION:
        lo, hi = enclosure_at(precision)
        lo_bits, hi_bits = fmt.round_bits(lo), fmt.round_bits(hi)
        if lo_bits == hi_bits:
            return lo, hi, lo_bits
        precision *= 2
    raise UndecidedRounding(f"{what} undecided at {MAX_PRECISION} bits")


def exact_enclosure(name, fmt, x_bits):
    """(lo, hi, rounded_bits): an enclosure of f(x) narrow enough to decide the rounding.

    For a special input lo == hi is the exact value (NaN, infinity or signed zero).
    """
    x = fmt.mpfr_from_bits(x_bits)
    exact = special_value(name, x)
    if exact is not None:
        return exact, exact, fmt.round_bits(exact)
    return round_enclosure(fmt, lambda precision: enclosure(name, x, precision),
                           f"{name}_{fmt.suffix}({x_bits:x})")


def correctly_rounded_bits(name, fmt, x_bits):
    """Bit pattern of f(x) rounded to nearest even in `fmt` (canonical quiet NaN for NaN)."""
    return exact_enclosure(name, fmt, x_bits)[2]


def correctly_rounded(name, fmt, x):
    """Python float: f(x) correctly rounded in `fmt`, for a Python float x representable in fmt."""
    return fmt.from_bits(correctly_rounded_bits(name, fmt, fmt.to_bits(x)))
