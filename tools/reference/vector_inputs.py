"""The inputs of the shared test vectors, chosen per function and format.

Deterministic: every random choice comes from random.Random seeded with the
function and format names. The sets, in the words of the brief:
  - special values: +-0, +-inf, NaNs (quiet, signalling, negative, with payload),
    +-min subnormal, +-max subnormal, +-min normal, +-max, +-1/2, +-1, +-2;
  - the exp thresholds of the format (e^x overflows, leaves the normal range,
    reaches the smallest subnormal, rounds to zero), +-RADIUS_THRESHOLD ULP;
  - the zeros of logit (1/2), softplusinv (ln 2), softminusinv (-ln 2), +-RADIUS_ZERO ULP;
  - points where an implementation is likely to switch formulas, +-RADIUS_BRANCH ULP;
  - saturation points: where the correctly rounded result first equals its asymptote
    (softplus(x) = x, sigmoid(x) = 1, softplusinv(y) = y, ...), found by bisection on
    the reference, +-RADIUS_BRANCH ULP;
  - known-hard regions per function (see HARD_REGIONS);
  - random inputs log-uniform over every exponent (subnormals included), both signs,
    restricted to the domain for logit, softplusinv and softminusinv.
"""

import math
import random

import gmpy2

from .correct_rounding import correctly_rounded_bits

RADIUS_ZERO = 50
RADIUS_THRESHOLD = 10
RADIUS_BRANCH = 4
RANDOM_COUNT = 1500
HARD_REGION_COUNT = 150
# out-of-domain inputs kept for a restricted-domain function, besides the special values
OUT_OF_DOMAIN_COUNT = 40

BRANCH_MAGNITUDES = ([1, 2, 16, 17, 18] + list(range(33, 41)) + list(range(88, 105))
                     + list(range(700, 747)))
SMALL_Y_POINTS = [m * 10.0 ** -e for e in range(3, 9) for m in (1, 2, 5)]
PROBABILITY_POINTS = [0.01, 0.05, 0.1, 0.125, 0.2, 0.25, 0.3, 0.375, 0.4, 0.6, 0.625,
                      0.7, 0.75, 0.8, 0.875, 0.9, 0.95, 0.99]

_WIDE = gmpy2.context(precision=256)


def nearest(fmt, value):
    """Bit pattern of the format's number nearest to a Python float or mpfr."""
    return fmt.round_bits(gmpy2.mpfr(value, 256))


def neighbourhood(fmt, bits, radius):
    """The finite numbers within `radius` ULP steps of `bits`, on its side of zero."""
    sign = bits & fmt.sign_bit
    magnitude = bits & ~fmt.sign_bit
    lowest, highest = 0, fmt.infinity_bits - 1
    return [sign | m for m in range(max(lowest, magnitude - radius), min(highest, magnitude + radius) + 1)]


def both_signs(fmt, bits_list):
    return [b | s for b in bits_list for s in (0, fmt.sign_bit)]


def special_inputs(fmt):
    mantissa_bits = fmt.precision - 1
    min_subnormal, max_subnormal = 1, (1 << mantissa_bits) - 1
    min_normal = 1 << mantissa_bits
    max_finite = fmt.infinity_bits - 1
    quiet_bit = 1 << (mantissa_bits - 1)
    nans = [fmt.infinity_bits | quiet_bit, fmt.infinity_bits | quiet_bit | 1,
            fmt.infinity_bits | 1, fmt.infinity_bits | max_subnormal]
    magnitudes = [0, fmt.infinity_bits, min_subnormal, max_subnormal, min_normal, max_finite,
                  nearest(fmt, 0.5), nearest(fmt, 1.0), nearest(fmt, 2.0)]
    return both_signs(fmt, magnitudes + nans)


def exp_threshold_inputs(fmt):
    """x where e^x crosses the overflow, normal, subnormal and round-to-zero limits."""
    limits = [
        gmpy2.mpfr(fmt.from_bits(fmt.infinity_bits - 1), 256),
        _WIDE.mul_2exp(gmpy2.mpfr(1, 256), fmt.min_exponent),
        _WIDE.mul_2exp(gmpy2.mpfr(1, 256), fmt.min_subnormal_exponent),
        _WIDE.mul_2exp(gmpy2.mpfr(1, 256), fmt.min_subnormal_exponent - 1),
    ]
    centres = [nearest(fmt, _WIDE.log(limit)) for limit in limits]
    magnitudes = [c & ~fmt.sign_bit for c in centres]
    return [b for c in both_signs(fmt, magnitudes) for b in neighbourhood(fmt, c, RADIUS_THRESHOLD)]


def zero_crossing_inputs(fmt):
    ln2 = _WIDE.const_log2()
    centres = [nearest(fmt, 0.5), nearest(fmt, ln2), nearest(fmt, -ln2)]
    return [b for c in centres for b in neighbourhood(fmt, c, RADIUS_ZERO)]


def branch_point_inputs(fmt):
    centres = both_signs(fmt, [nearest(fmt, float(m)) for m in BRANCH_MAGNITUDES])
    centres += [nearest(fmt, y) for y in SMALL_Y_POINTS]
    centres += [nearest(fmt, p) for p in PROBABILITY_POINTS]
    return [b for c in centres for b in neighbourhood(fmt, c, RADIUS_BRANCH)]


# (function, asymptote as a function of x, interval of x where the result reaches it):
# the asymptotes are reached in the format at about 17 (f32) to 37 (f64) for the sums
# and, for the probabilities, where e^-|x| drops below half an ULP of 1.
SATURATIONS = [
    ("softplus", lambda x: x, (1.0, 100.0)),
    ("softminus", lambda x: x, (-100.0, -1.0)),
    ("log_sigmoid", lambda x: x, (-100.0, -1.0)),
    ("log_one_minus_sigmoid", lambda x: -x, (1.0, 100.0)),
    ("sigmoid", lambda x: 1.0, (1.0, 100.0)),
    ("one_minus_sigmoid", lambda x: 1.0, (-100.0, -1.0)),
    ("softplusinv", lambda y: y, (1.0, 100.0)),
    ("softminusinv", lambda y: y, (-100.0, -1.0)),
]


def saturation_point(fmt, name, asymptote, interval):
    """Bits of the input nearest the asymptote's start at which f(x) rounds to asymptote(x)."""
    def saturated(bits):
        x = fmt.from_bits(bits)
        return correctly_rounded_bits(name, fmt, bits) == nearest(fmt, asymptote(x))

    # Bit patterns of same-signed numbers are ordered like their magnitudes.
    inner, outer = (nearest(fmt, min(interval, key=abs)), nearest(fmt, max(interval, key=abs)))
    while abs(outer - inner) > 1:
        middle = (inner + outer) // 2
        if saturated(middle):
            outer = middle
        else:
            inner = middle
    return outer


def saturation_inputs(fmt):
    centres = [saturation_point(fmt, *saturation) for saturation in SATURATIONS]
    return [b for c in both_signs(fmt, [c & ~fmt.sign_bit for c in centres])
            for b in neighbourhood(fmt, c, RADIUS_BRANCH)]


def log_uniform(fmt, rng, count, signs=(0, 1), largest_biased_exponent=None):
    """Numbers with a uniformly random biased exponent (0 = subnormal) and significand."""
    top = fmt.exponent_field_max - 1 if largest_biased_exponent is None else largest_biased_exponent
    mantissa_bits = fmt.precision - 1
    out = []
    for _ in range(count):
        exponent = rng.randint(0, top)
        significand = rng.getrandbits(mantissa_bits)
        sign = rng.choice(signs) * fmt.sign_bit
        out.append(sign | (exponent << mantissa_bits) | significand)
    return out


def uniform_between(fmt, rng, count, low, high):
    return [nearest(fmt, rng.uniform(low, high)) for _ in range(count)]


def exponent_bias(fmt):
    return fmt.exponent_field_max // 2


def one_minus_tiny(fmt, rng, count):
    """p just below 1: 1 - k ULP for small k, then 1 - 2^-e for random e, significand."""
    one = nearest(fmt, 1.0)
    below_one = [one - k for k in range(1, 101)]
    tails = log_uniform(fmt, rng, count, signs=(0,), largest_biased_exponent=exponent_bias(fmt) - 2)
    return below_one + [nearest(fmt, _WIDE.sub(1, fmt.mpfr_from_bits(t))) for t in tails]


def hard_region_inputs(name, fmt, rng):
    """Regions where naive formulas fail for `name` (overflow, cancellation, underflow)."""
    n = HARD_REGION_COUNT
    bias = exponent_bias(fmt)
    # e^x of the format: underflows to 0 below about -745 (f64) / -104 (f32) and
    # overflows above about 710 / 89; these scale the "large |x|" regions.
    exp_limit = math.log(fmt.from_bits(fmt.infinity_bits - 1))
    result_underflow = -math.log(2.0) * (1 - fmt.min_subnormal_exponent)
    large = uniform_between(fmt, rng, n, 15.0, 1.2 * exp_limit)
    large += [b | fmt.sign_bit for b in uniform_between(fmt, rng, n, 15.0, -1.05 * result_underflow)]
    tiny_argument = log_uniform(fmt, rng, n, largest_biased_exponent=bias - 20)
    subnormal_results = uniform_between(fmt, rng, n, 1.01 * result_underflow, -0.99 * exp_limit)
    regions = {
        "softplus": large + subnormal_results + tiny_argument,
        "softminus": large + both_signs(fmt, subnormal_results) + tiny_argument,
        "sigmoid": subnormal_results + large + tiny_argument,
        "one_minus_sigmoid": [b ^ fmt.sign_bit for b in subnormal_results] + large + tiny_argument,
        "logit": (log_uniform(fmt, rng, n, signs=(0,), largest_biased_exponent=bias - 2)
                  + one_minus_tiny(fmt, rng, n)
                  + uniform_between(fmt, rng, n, 0.49, 0.51)),
        "softplusinv": (log_uniform(fmt, rng, n, signs=(0,), largest_biased_exponent=bias - 10)
                        + uniform_between(fmt, rng, n, 1e-9, 1e-2)
                        + uniform_between(fmt, rng, n, 0.6, 0.8)
                        + uniform_between(fmt, rng, n, 15.0, 1.2 * exp_limit)),
        "softminusinv": (log_uniform(fmt, rng, n, signs=(1,), largest_biased_exponent=bias - 10)
                         + uniform_between(fmt, rng, n, -1e-2, -1e-9)
                         + uniform_between(fmt, rng, n, -0.8, -0.6)
                         + uniform_between(fmt, rng, n, -1.2 * exp_limit, -15.0)),
        "log_sigmoid": large + tiny_argument + [b ^ fmt.sign_bit for b in subnormal_results],
        "log_one_minus_sigmoid": large + tiny_argument + subnormal_results,
    }
    return regions[name]


def random_domain_inputs(name, fmt, rng):
    bias = exponent_bias(fmt)
    if name == "logit":
        # twice the others' count: [0, 1] holds none of the branch points of the real line
        half = RANDOM_COUNT
        low = log_uniform(fmt, rng, half, signs=(0,), largest_biased_exponent=bias - 2)
        return low + one_minus_tiny(fmt, rng, half - 100)
    if name == "softplusinv":
        return log_uniform(fmt, rng, RANDOM_COUNT, signs=(0,))
    if name == "softminusinv":
        return log_uniform(fmt, rng, RANDOM_COUNT, signs=(1,))
    return log_uniform(fmt, rng, RANDOM_COUNT)


def in_domain(name, fmt, bits):
    if fmt.is_nan_bits(bits):
        return True
    x = fmt.from_bits(bits)
    if name == "logit":
        return 0.0 <= x <= 1.0
    if name == "softplusinv":
        return x >= 0.0
    if name == "softminusinv":
        return x <= 0.0
    return True


def vector_inputs(name, fmt):
    """Sorted, distinct input bit patterns of the vectors of `name` in `fmt`."""
    rng = random.Random(f"softplus vectors {name} {fmt.suffix}")
    general = (exp_threshold_inputs(fmt) + zero_crossing_inputs(fmt) + branch_point_inputs(fmt)
               + saturation_inputs(fmt) + hard_region_inputs(name, fmt, rng) + random_domain_inputs(name, fmt, rng))
    inside = [b for b in general if in_domain(name, fmt, b)]
    outside = sorted(set(general) - set(inside))
    kept_outside = rng.sample(outside, min(OUT_OF_DOMAIN_COUNT, len(outside)))
    return sorted(set(special_inputs(fmt) + inside + kept_outside))
