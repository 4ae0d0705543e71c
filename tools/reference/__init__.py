"""Correctly rounded reference for the softplus family, computed with MPFR (gmpy2).

The reference never uses the library's floating-point algorithms: each function is
the mathematical definition evaluated in MPFR with directed rounding, so every
evaluation gives a rigorous enclosure [lo, hi] of the exact value; the precision
is doubled until both ends round to the same number of the target format (Ziv).

    correctly_rounded_bits(name, fmt, input_bits) -> output bits
    ulp_error(name, fmt, input_bits, candidate_bits) -> error in ULP
"""

from .formats import F32, F64, FORMATS, Format
from .enclosures import FUNCTION_NAMES
from .correct_rounding import correctly_rounded, correctly_rounded_bits, exact_enclosure
from .ulp_error import ulp_error

__all__ = [
    "F32", "F64", "FORMATS", "Format", "FUNCTION_NAMES",
    "correctly_rounded", "correctly_rounded_bits", "exact_enclosure", "ulp_error",
]
