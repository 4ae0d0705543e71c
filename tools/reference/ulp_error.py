"""Error of a candidate result in ULP of the correctly rounded value.

error = |candidate - exact| / ulp(correctly rounded value), computed in MPFR with the
exact value taken as the midpoint of an enclosure at least 250 bits narrow, so the
figure is right to far more digits than it is printed with. A correctly rounded
candidate has error <= 0.5.

Exact cases, where a distance in ULP means nothing:
  - NaN expected: 0 if the candidate is any NaN, else infinity;
  - infinity expected (an exact infinity or an overflow): 0 for the same infinity, else infinity;
  - a candidate that is NaN or infinite where a finite value is expected: infinity;
  - a zero candidate whose sign differs from the correctly rounded zero: infinity.
"""

import math

import gmpy2

from .correct_rounding import exact_enclosure

_WIDE = gmpy2.context(precision=1024, emax=gmpy2.get_emax_max(), emin=gmpy2.get_emin_min())


def ulp_error(name, fmt, x_bits, candidate_bits):
    lo, hi, want_bits = exact_enclosure(name, fmt, x_bits)
    return ulp_error_against(fmt, lo, hi, want_bits, candidate_bits)


def ulp_error_against(fmt, lo, hi, want_bits, candidate_bits):
    """ulp_error when the enclosure of the exact value is already known."""
    want_is_nan = fmt.is_nan_bits(want_bits)
    got_is_nan = fmt.is_nan_bits(candidate_bits)
    if want_is_nan or got_is_nan:
        return 0.0 if want_is_nan and got_is_nan else math.inf
    want_magnitude = want_bits & ~fmt.sign_bit
    got_magnitude = candidate_bits & ~fmt.sign_bit
    if want_magnitude == fmt.infinity_bits or got_magnitude == fmt.infinity_bits:
        return 0.0 if want_bits == candidate_bits else math.inf
    if want_magnitude == 0 and got_magnitude == 0 and want_bits != candidate_bits:
        return math.inf
    exact = _WIDE.div(_WIDE.add(lo, hi), 2)
    got = fmt.mpfr_from_bits(candidate_bits)
    distance = _WIDE.abs(_WIDE.sub(got, exact))
    return float(_WIDE.div(distance, fmt.ulp(want_bits)))
