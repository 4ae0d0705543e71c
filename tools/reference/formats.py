"""The two IEEE 754 binary formats of the library: bit patterns, values and rounding.

A Format rounds an MPFR number to the nearest representable value (ties to even)
with gradual underflow and overflow to infinity, using an MPFR context with the
format's precision and exponent range and subnormalize=True (gmpy2.ieee(bits)):
MPFR's exponent convention is x = m * 2^e with 1/2 <= m < 1, so binary64 is
precision 53, emin -1073 (2^-1074 = 1/2 * 2^-1073), emax 1024.
"""

import struct
from dataclasses import dataclass, field

import gmpy2


@dataclass(frozen=True)
class Format:
    suffix: str          # "f64" or "f32", the C name suffix
    bits: int            # storage width
    precision: int       # significand bits, hidden bit included
    min_exponent: int    # exponent of the smallest normal number, 2^min_exponent
    max_exponent: int    # exponent of the largest binade, 2^max_exponent <= max < 2^(max_exponent+1)
    struct_code: str     # struct module code of the format
    quiet_nan_bits: int  # canonical quiet NaN written in the vectors
    hex_digits: int = field(init=False)
    sign_bit: int = field(init=False)
    exponent_field_max: int = field(init=False)
    min_subnormal_exponent: int = field(init=False)
    infinity_bits: int = field(init=False)

    def __post_init__(self):
        # Derived constants, computed once: the tools ask for them per input.
        derived = {
            "hex_digits": self.bits // 4,
            "sign_bit": 1 << (self.bits - 1),
            # biased exponent of infinities and NaNs
            "exponent_field_max": (1 << (self.bits - self.precision)) - 1,
            # the smallest positive number is 2^min_subnormal_exponent
            "min_subnormal_exponent": self.min_exponent - self.precision + 1,
        }
        derived["infinity_bits"] = derived["exponent_field_max"] << (self.precision - 1)
        for name, value in derived.items():
            object.__setattr__(self, name, value)

    def rounding_context(self):
        """MPFR context that rounds to this format exactly as IEEE 754 round-to-nearest-even does."""
        return _ROUNDING_CONTEXTS[self.bits]

    def from_bits(self, bits):
        """Python float holding the value of the bit pattern (exact for both formats)."""
        packed = bits.to_bytes(self.bits // 8, "big")
        return struct.unpack(">" + self.struct_code, packed)[0]

    def to_bits(self, value):
        """Bit pattern of a Python float that is representable in this format."""
        return int.from_bytes(struct.pack(">" + self.struct_code, value), "big")

    def is_nan_bits(self, bits):
        magnitude = bits & ~self.sign_bit
        return magnitude > self.infinity_bits

    def mpfr_from_bits(self, bits):
        """Exact MPFR value of a bit pattern (NaN for any NaN pattern)."""
        return gmpy2.mpfr(self.from_bits(bits), 64)

    def round_bits(self, value):
        """Bit pattern of the MPFR number `value` rounded to nearest even in this format."""
        rounded = self.rounding_context().plus(value)
        if gmpy2.is_nan(rounded):
            return self.quiet_nan_bits
        return self.to_bits(float(rounded))

    def ulp(self, bits):
        """ULP of a finite value of this format, as an exact MPFR number.

        The ULP of a number in [2^e, 2^(e+1)) is 2^(e - precision + 1); zeros and
        subnormals share the ULP of the smallest binade, 2^min_subnormal_exponent.
        """
        magnitude = bits & ~self.sign_bit
        biased_exponent = magnitude >> (self.precision - 1)
        exponent = max(biased_exponent, 1) - self.exponent_field_max // 2
        return gmpy2.mul_2exp(gmpy2.mpfr(1), exponent - self.precision + 1)


_ROUNDING_CONTEXTS = {64: gmpy2.ieee(64), 32: gmpy2.ieee(32)}

F64 = Format("f64", 64, 53, -1022, 1023, "d", 0x7FF8000000000000)
F32 = Format("f32", 32, 24, -126, 127, "f", 0x7FC00000)
FORMATS = {f.suffix: f for f in (F64, F32)}
