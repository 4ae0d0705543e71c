"""Tests of the MPFR reference itself (tools/reference), independent of the library.

Checked against: closed forms, mpmath (a separate arbitrary-precision implementation)
evaluating the plain definitions, round trips of inverse pairs in MPFR, the cancelling
definitions that the sign identities replace, and an independent rounding to f32/f64.
"""

import json
import math
import os
import random

import gmpy2
import mpmath
import numpy
import pytest

from vector_checks import REPOSITORY
from tools.reference import F32, F64, FUNCTION_NAMES, correctly_rounded, correctly_rounded_bits, ulp_error
from tools.reference.enclosures import enclosure
from tools.reference.make_vectors import vector_lines

INF = math.inf


def cr64(name, x):
    return correctly_rounded(name, F64, x)


def bits64(value):
    return F64.to_bits(value)


def test_function_names_are_the_spec_names():
    with open(os.path.join(REPOSITORY, "spec", "softplus.json")) as f:
        spec_names = [function["name"] for function in json.load(f)["functions"]]
    assert list(FUNCTION_NAMES) == spec_names


def test_closed_forms():
    ln2 = float(mpmath.log(2))
    assert cr64("softplus", 0.0) == ln2
    assert cr64("log_sigmoid", 0.0) == -ln2
    assert cr64("log_one_minus_sigmoid", 0.0) == -ln2
    assert cr64("softminus", 0.0) == -ln2
    assert cr64("sigmoid", 0.0) == 0.5
    assert cr64("one_minus_sigmoid", 0.0) == 0.5
    assert bits64(cr64("logit", 0.5)) == bits64(0.0)
    # sigmoid(x) + one_minus_sigmoid(x) = 1, and both lie in [1/4, 1] at x = 1.5, where 1 - v
    # is exact for a double v, so the two correctly rounded values must add up to 1 exactly.
    assert cr64("sigmoid", 1.5) == 1 - cr64("one_minus_sigmoid", 1.5)


def test_special_values_of_the_brief():
    nan = math.nan
    assert cr64("softplus", INF) == INF and bits64(cr64("softplus", -INF)) == bits64(0.0)
    assert cr64("softplus", 1000.0) == 1000.0
    assert bits64(cr64("softplus", -1000.0)) == bits64(0.0)
    assert cr64("sigmoid", INF) == 1.0 and bits64(cr64("sigmoid", -INF)) == bits64(0.0)
    assert 0 < cr64("sigmoid", -740.0) < 2.0 ** -1022
    assert cr64("logit", 0.0) == -INF and cr64("logit", -0.0) == -INF and cr64("logit", 1.0) == INF
    assert cr64("softplusinv", 0.0) == -INF and cr64("softplusinv", INF) == INF
    assert abs(cr64("softplusinv", 1e-300) - (-690.7755278982137)) < 1e-12
    assert cr64("softminusinv", 0.0) == INF and cr64("softminusinv", -0.0) == INF
    assert cr64("softminusinv", -INF) == -INF
    assert bits64(cr64("softminus", INF)) == bits64(-0.0)
    assert bits64(cr64("log_sigmoid", INF)) == bits64(-0.0)
    assert bits64(cr64("log_one_minus_sigmoid", -INF)) == bits64(-0.0)
    for name, outside in [("logit", -1e-300), ("logit", 1.0000000000000002), ("softplusinv", -5e-324),
                          ("softminusinv", 5e-324), ("softplus", nan), ("logit", nan)]:
        assert math.isnan(cr64(name, outside)), (name, outside)


def test_zero_crossings_at_the_double_nearest_ln2():
    # Near y = ln 2, softplusinv(y) ~ 2 (y - ln 2) and softminusinv(-y) ~ -2 (y - ln 2).
    ln2_double = 0.6931471805599453
    offset = mpmath.mpf(ln2_double) - mpmath.log(2)
    assert cr64("softplusinv", ln2_double) == pytest.approx(float(2 * offset), rel=1e-15)
    assert cr64("softminusinv", -ln2_double) == pytest.approx(float(-2 * offset), rel=1e-15)
    assert cr64("softplusinv", ln2_double) == pytest.approx(-4.638093627692599e-17, rel=1e-15)


MPMATH_DEFINITIONS = {
    "softplus": lambda x: mpmath.log(1 + mpmath.exp(x)),
    "softminus": lambda x: x - mpmath.log(1 + mpmath.exp(x)),
    "sigmoid": lambda x: 1 / (1 + mpmath.exp(-x)),
    "one_minus_sigmoid": lambda x: 1 / (1 + mpmath.exp(x)),
    "logit": lambda p: mpmath.log(p / (1 - p)),
    "softplusinv": lambda y: mpmath.log(mpmath.exp(y) - 1),
    "softminusinv": lambda y: y - mpmath.log(1 - mpmath.exp(y)),
    "log_sigmoid": lambda x: mpmath.log(1 / (1 + mpmath.exp(-x))),
    "log_one_minus_sigmoid": lambda x: mpmath.log(1 - 1 / (1 + mpmath.exp(-x))),
}
DOMAINS = {"logit": (0.0, 1.0), "softplusinv": (0.0, 60.0), "softminusinv": (-60.0, 0.0)}


def mpmath_rounded(fmt, value):
    """Round an mpmath number (normal range) to the format, independently of gmpy2."""
    with mpmath.workprec(fmt.precision):
        return float(+value)


@pytest.mark.parametrize("fmt", [F64, F32], ids=["f64", "f32"])
@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_agrees_with_mpmath_on_the_plain_definitions(name, fmt):
    rng = random.Random(f"mpmath {name} {fmt.suffix}")
    low, high = DOMAINS.get(name, (-60.0, 60.0))
    cast = numpy.float64 if fmt is F64 else numpy.float32
    inputs = [float(cast(rng.uniform(low, high))) for _ in range(150)]
    inputs += [float(cast(s * 2.0 ** -rng.uniform(1, 60))) for s in (1, -1) for _ in range(25)]
    checked = 0
    for x in inputs:
        if not (low < x < high) and name in DOMAINS:
            continue
        # 2,000 bits absorb the cancellations of the plain definitions for |x| <= 60.
        with mpmath.workprec(2000):
            exact = MPMATH_DEFINITIONS[name](mpmath.mpf(x))
        assert correctly_rounded(name, fmt, x) == mpmath_rounded(fmt, exact), (name, x)
        checked += 1
    assert checked > 100


@pytest.mark.parametrize("x", [-700.0, -37.5, -1.0, -1e-9, 1e-300, 0.25, 3.0, 40.0, 745.0])
def test_inverse_pairs_round_trip_in_mpfr(x):
    precision = 3000
    context = gmpy2.context(precision=precision)
    x = gmpy2.mpfr(x)

    def mid(name, value):
        lo, hi = enclosure(name, value, precision)
        return context.div(context.add(lo, hi), 2)

    def close(a, b):
        # logit(sigmoid(745)) evaluates log at 1 - 2^-1075: ~1,075 bits of cancellation.
        return abs(context.sub(a, b)) <= abs(b) * gmpy2.mpfr(2) ** (-precision + 1200)

    assert close(mid("logit", mid("sigmoid", x)), x)
    assert close(mid("softplusinv", mid("softplus", x)), x)
    assert close(mid("softminusinv", mid("softminus", x)), x)
    assert close(context.add(mid("sigmoid", x), mid("one_minus_sigmoid", x)), gmpy2.mpfr(1))


@pytest.mark.parametrize("x", [-50.0, -3.0, -1e-5, 0.5, 2.0, 33.0, 50.0])
def test_sign_identities_match_the_cancelling_definitions(x):
    # softminus = x - softplus(x) and log_sigmoid = log(sigmoid(x)) lose ~1.44 x bits to
    # cancellation for large x; 4,000 bits leave thousands for |x| <= 50.
    precision = 4000
    context = gmpy2.context(precision=precision)
    x = gmpy2.mpfr(x)

    def mid(name, value):
        lo, hi = enclosure(name, value, precision)
        return context.div(context.add(lo, hi), 2)

    def close(a, b):
        return abs(context.sub(a, b)) <= abs(b) * gmpy2.mpfr(2) ** -3000

    assert close(mid("softminus", x), context.sub(x, mid("softplus", x)))
    assert close(mid("log_sigmoid", x), context.log(mid("sigmoid", x)))
    assert close(mid("log_one_minus_sigmoid", x), context.log(mid("one_minus_sigmoid", x)))


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_enclosures_are_nested_and_narrow(name):
    for x in [0.3, -0.3, 0.6931471805599453, -0.6931471805599453, 12.0, -12.0, 0.5, 1e-200]:
        value = gmpy2.mpfr(x)
        if name == "logit" and not 0 < x < 1 or name == "softplusinv" and x <= 0 \
                or name == "softminusinv" and x >= 0:
            continue
        lo1, hi1 = enclosure(name, value, 256)
        lo2, hi2 = enclosure(name, value, 1024)
        assert lo1 <= lo2 <= hi2 <= hi1
        assert hi1 - lo1 <= abs(hi1) * gmpy2.mpfr(2) ** -180


def test_f64_rounding_agrees_with_mpfr_get_d():
    rng = random.Random("rounding f64")
    context = gmpy2.context(precision=200)
    for _ in range(20000):
        value = context.mul_2exp(gmpy2.mpfr(rng.getrandbits(200), 200), rng.randint(-1300, 850))
        value = -value if rng.random() < 0.5 else value
        assert F64.round_bits(value) == F64.to_bits(float(value))


def test_f32_rounding_picks_the_nearest_float_ties_to_even():
    rng = random.Random("rounding f32")
    context = gmpy2.context(precision=200)
    for _ in range(20000):
        value = context.mul_2exp(gmpy2.mpfr(rng.getrandbits(60), 200), rng.randint(-215, 70))
        if rng.random() < 0.2:   # exact midpoints between neighbours
            value = context.mul_2exp(gmpy2.mpfr(2 * rng.getrandbits(24) + 1, 200), rng.randint(-175, 100))
        got = F32.from_bits(F32.round_bits(value))
        with numpy.errstate(over="ignore"):
            below = float(numpy.float32(float(value)))
        candidates = {float(numpy.nextafter(numpy.float32(below), numpy.float32(d))) for d in (-INF, INF)}
        candidates.add(below)
        finite = [c for c in candidates if not math.isinf(c)]
        best = min(abs(context.sub(gmpy2.mpfr(c), value)) for c in finite)
        nearest = [c for c in finite if abs(context.sub(gmpy2.mpfr(c), value)) == best]
        if value >= context.mul_2exp(gmpy2.mpfr(2 ** 25 - 1, 200), 103):   # beyond max + half ULP
            assert got == INF
        elif len(nearest) == 1:
            assert got == nearest[0], value
        else:
            assert F32.to_bits(got) % 2 == 0 and got in nearest, value


def test_subnormal_results_round_correctly():
    # sigmoid(x) = e^x (1 - e^x + ...) for x < -700: it differs from e^x by ~e^(2x), far less
    # than the distance of e^x to a subnormal midpoint, so both round alike. e^x here is
    # MPFR's own correctly rounded exp in a context with the binary64 exponent range.
    context = gmpy2.ieee(64)
    for x in [-709.0, -720.5, -740.0, -744.0, -745.1, -745.2, -800.0]:
        expected = F64.to_bits(float(context.exp(gmpy2.mpfr(x))))
        assert correctly_rounded_bits("sigmoid", F64, bits64(x)) == expected, x


def test_ulp_error_definition():
    x = bits64(0.3)
    want = correctly_rounded_bits("softplus", F64, x)
    assert ulp_error("softplus", F64, x, want) <= 0.5
    assert 0.5 < ulp_error("softplus", F64, x, want + 1) < 1.5
    assert 1.5 < ulp_error("softplus", F64, x, want + 2) < 2.5
    assert ulp_error("softplus", F64, x, F64.quiet_nan_bits) == INF
    assert ulp_error("logit", F64, bits64(-1.0), F64.quiet_nan_bits) == 0.0
    assert ulp_error("logit", F64, bits64(-1.0), bits64(0.0)) == INF
    assert ulp_error("logit", F64, bits64(0.5), bits64(-0.0)) == INF
    assert ulp_error("logit", F64, bits64(0.5), bits64(0.0)) == 0.0
    assert ulp_error("softplus", F64, bits64(1e300), bits64(INF)) == INF
    assert ulp_error("softplus", F64, bits64(INF), bits64(INF)) == 0.0
    assert ulp_error("sigmoid", F32, F32.to_bits(-120.0), 0) <= 0.5


@pytest.mark.parametrize("name", FUNCTION_NAMES)
@pytest.mark.parametrize("suffix", ["f64", "f32"])
def test_committed_vectors_are_what_the_reference_computes(name, suffix):
    _, _, lines = vector_lines((name, suffix))
    with open(os.path.join(REPOSITORY, "Tests", "vectors", f"{name}_{suffix}.txt")) as f:
        committed = [line.rstrip("\n") for line in f if not line.startswith("#")]
    assert committed == [line for line in lines if not line.startswith("#")]
