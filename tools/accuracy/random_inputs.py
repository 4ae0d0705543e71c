"""Random inputs for the accuracy tool, as numpy arrays of bit patterns.

Every function gets inputs log-uniform over every exponent of its domain (a uniformly
random biased exponent, subnormals included, and a uniformly random significand):
  - all-real functions: half of them so over both signs, half uniform over
    [-ACTIVE_RANGE, ACTIVE_RANGE] (where e^x is representable and every formula switch
    of an implementation lies);
  - logit: p log-uniform in (0, 1/2), 1 - t with t log-uniform in [2^-precision, 1/2),
    and p near its zero 1/2;
  - softplusinv / softminusinv: y log-uniform over (0, inf) / (-inf, 0), and y near
    their zeros +ln 2 / -ln 2.
"Near a zero" means up to 2^ZERO_BAND_BITS ULP away, log-uniformly, either side
(2^30 ULP of f64 and 2^20 ULP of f32 are both a few 1e-8 .. 1e-2 away from the zero).
"""

import math

import numpy

from ..reference import F32, F64

# e^x leaves the representable range beyond about 745 (f64) and 104 (f32).
ACTIVE_RANGE = {"f64": 750.0, "f32": 105.0}
ZERO_BAND_BITS = {"f64": 30, "f32": 20}
ZERO_BAND_SHARE = 0.1
_FORMATS = {"f64": F64, "f32": F32}
_BITS_TYPES = {"f64": numpy.uint64, "f32": numpy.uint32}
_FLOAT_TYPES = {"f64": numpy.float64, "f32": numpy.float32}


def _log_uniform(rng, suffix, count, lowest_exponent, highest_exponent, negative_share):
    fmt = _FORMATS[suffix]
    bits_type = _BITS_TYPES[suffix]
    mantissa_bits = fmt.precision - 1
    exponent = rng.integers(lowest_exponent, highest_exponent + 1, count, dtype=numpy.uint64)
    significand = rng.integers(0, 1 << mantissa_bits, count, dtype=numpy.uint64)
    sign = (rng.random(count) < negative_share).astype(numpy.uint64) << numpy.uint64(fmt.bits - 1)
    return (sign | (exponent << numpy.uint64(mantissa_bits)) | significand).astype(bits_type)


def _near(rng, suffix, centre, count):
    """Inputs up to 2^ZERO_BAND_BITS ULP either side of the format's number nearest `centre`."""
    bits_type = _BITS_TYPES[suffix]
    centre_bits = numpy.array([centre], dtype=_FLOAT_TYPES[suffix]).view(bits_type)[0]
    steps = numpy.floor(2.0 ** rng.uniform(0, ZERO_BAND_BITS[suffix], count)).astype(numpy.int64)
    steps *= numpy.where(rng.random(count) < 0.5, -1, 1)
    return (numpy.int64(centre_bits) + steps).astype(bits_type)


def _as_bits(suffix, values):
    return numpy.asarray(values, dtype=_FLOAT_TYPES[suffix]).view(_BITS_TYPES[suffix])


def random_inputs(name, suffix, count, rng):
    fmt = _FORMATS[suffix]
    bias = fmt.exponent_field_max // 2
    top = fmt.exponent_field_max - 1
    near_zero = int(count * ZERO_BAND_SHARE)
    if name == "logit":
        low = (count - near_zero) // 2
        high = count - near_zero - low
        tails = _log_uniform(rng, suffix, high, bias - fmt.precision, bias - 2, 0.0)
        one_minus = _as_bits(suffix, 1 - tails.view(_FLOAT_TYPES[suffix]))
        parts = [_log_uniform(rng, suffix, low, 0, bias - 2, 0.0), one_minus,
                 _near(rng, suffix, 0.5, near_zero)]
    elif name in ("softplusinv", "softminusinv"):
        negative = 1.0 if name == "softminusinv" else 0.0
        zero = -math.log(2) if negative else math.log(2)
        parts = [_log_uniform(rng, suffix, count - near_zero, 0, top, negative),
                 _near(rng, suffix, zero, near_zero)]
    else:
        half = count // 2
        active = rng.uniform(-ACTIVE_RANGE[suffix], ACTIVE_RANGE[suffix], count - half)
        parts = [_log_uniform(rng, suffix, half, 0, top, 0.5), _as_bits(suffix, active)]
    return numpy.concatenate(parts)
