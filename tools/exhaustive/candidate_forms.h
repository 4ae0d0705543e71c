/*
 * candidate_forms.h -- the stable forms of the nine functions, written once for any binary floating
 * type REAL and instantiated for double (candidate_double.c) and x87 long double
 * (candidate_long_double.c). <tgmath.h> makes exp, expm1, log, log1p the functions of REAL's type
 * (exp -> expl for long double). Before including this file define REAL and CANDIDATE(name), the name
 * of each function's candidate.
 *
 * Method: each function is written in a form without cancellation for its input range, so that the
 * relative error of the result stays a small multiple of u, REAL's unit roundoff (2^-53 for double,
 * 2^-64 for long double). These forms are independent of the library's algorithm (double-double
 * kernels in Swift); decide.c only trusts them up to a margin (2^-42 for double, 2^-50 for long
 * double) and passes any candidate closer than that to a float rounding boundary on to the next, more
 * precise step, so an error below the margin cannot change a verdict.
 *
 * Accuracy: glibc's error bounds on x86_64 (sysdeps/x86_64/fpu/libm-test-ulps, round to nearest): double
 * exp 1 ulp, expm1 1, log 1, log1p 1; long double expl 1, expm1l 3, logl 1, log1pl 2. With the condition
 * numbers stated at each form below, every candidate is within about 10 ulps (~2^-50 relative in double,
 * ~2^-60 in long double). The tool's --validate mode measures it against MPFR and fails unless it stays
 * 64 times below the margin.
 *
 * Special cases: never called for NaN, infinities, inputs outside the domain or exact edge values
 * (special_values.c). Results too small for REAL keep their sign (they round to a signed zero).
 */
#include <tgmath.h>

/* ln 2 = ln2_hi + ln2_lo to about u^2 relative; set once from MPFR (decide.c), so no hand-typed
 * constant can be wrong. */
static REAL ln2_hi;
static REAL ln2_lo;

/* log(1 + e^t) for t <= 0: e^t in (0, 1], log1p has condition number <= 1 there: ~3 ulps. */
static REAL log1p_exp_nonpositive(REAL t)
{
    return log1p(exp(t));
}

/* softplus(x) = max(x, 0) + log(1 + e^-|x|): for x > 0 a sum of two positive terms (no
 * cancellation), ~4 ulps. */
REAL CANDIDATE(softplus)(float x)
{
    REAL t = x;
    return t > 0 ? t + log1p_exp_nonpositive(-t) : log1p_exp_nonpositive(t);
}

/* softminus(x) = x - softplus(x): for x < 0, x - log(1 + e^x) subtracts a positive term from a
 * negative one (no cancellation); for x >= 0 it equals -log(1 + e^-x). ~4 ulps. */
REAL CANDIDATE(softminus)(float x)
{
    REAL t = x;
    return t < 0 ? t - log1p_exp_nonpositive(t) : -log1p_exp_nonpositive(-t);
}

/* log_sigmoid(x) = log(1 / (1 + e^-x)) = -log(1 + e^-x), the same value as softminus, written from
 * its own definition. */
REAL CANDIDATE(log_sigmoid)(float x)
{
    REAL t = x;
    return t > 0 ? -log1p_exp_nonpositive(-t) : t - log1p_exp_nonpositive(t);
}

/* log_one_minus_sigmoid(x) = log(1 / (1 + e^x)) = -log(1 + e^x). */
REAL CANDIDATE(log_one_minus_sigmoid)(float x)
{
    REAL t = x;
    return t < 0 ? -log1p_exp_nonpositive(t) : -t - log1p_exp_nonpositive(-t);
}

/* 1 / (1 + e^-t) with the exponential of a nonpositive number only (no overflow):
 * t >= 0: 1 / (1 + e^-t); t < 0: e^t / (1 + e^t). One exp, one add, one divide of positive numbers:
 * ~3 ulps. */
static REAL logistic(REAL t)
{
    if (t >= 0)
        return 1 / (1 + exp(-t));
    REAL e = exp(t);
    return e / (1 + e);
}

REAL CANDIDATE(sigmoid)(float x)
{
    return logistic(x);
}

/* one_minus_sigmoid(x) = 1 / (1 + e^x) = logistic(-x) (negation is exact). */
REAL CANDIDATE(one_minus_sigmoid)(float x)
{
    return logistic(-(REAL)x);
}

/*
 * logit(p) = log(p / (1 - p)), 0 < p < 1, p != 1/2.
 * 1/4 <= p <= 3/4: log1p((2p - 1) / (1 - p)); 2p - 1 and 1 - p are exact (p has 24 bits, exponent
 *   >= -2), the quotient is in [-2/3, 2] where log1p's condition number is <= 1.82: ~3 ulps, and the
 *   result keeps its relative accuracy near the zero at p = 1/2.
 * p < 1/4: log(p) - log1p(-p): |result| >= log 3 while the terms are <= log 4 + log(4/3) in
 *   magnitude, so cancellation costs at most a factor 1.53: ~5 ulps.
 * p > 3/4: with q = 1 - p (exact, Sterbenz), log1p(-q) - log(q), the mirror image.
 */
REAL CANDIDATE(logit)(float p)
{
    REAL t = p;
    if (t >= (REAL)0.25 && t <= (REAL)0.75)
        return log1p((2 * t - 1) / (1 - t));
    if (t < (REAL)0.25)
        return log(t) - log1p(-t);
    REAL q = 1 - t;
    return log1p(-q) - log(q);
}

/*
 * softplusinv(y) = log(e^y - 1), y > 0.
 * y < 1/2: log(expm1(y)); expm1(y) <= expm1(1/2) = 0.649 so |log| >= 0.43 and log's condition number
 *   is <= 2.31: ~8 ulps. Keeps relative accuracy for subnormal y (expm1(y) = y there).
 * 1/2 <= y <= 1: around the zero at y = ln 2, log(e^y - 1) = log1p(2 expm1(d)) with d = y - ln 2
 *   computed as (y - ln2_hi) - ln2_lo: the first difference is exact (Sterbenz: y/2 <= ln2_hi <= 2y),
 *   the second rounds once, and |d| >= 1.9e-9 ~ 2^-29 for every float y (the float nearest ln 2 is
 *   0x3f317218, that far above it), so the u^2 error of ln2_hi + ln2_lo is negligible. expm1 then
 *   log1p with condition <= 1.25 on [2 expm1(-0.19), 2 expm1(0.31)]: ~7 ulps.
 * y > 1: y + log1p(-e^-y): the second term is in (-0.46, 0), cancellation at most a factor 2.7
 *   (at y = 1): ~10 ulps.
 */
REAL CANDIDATE(softplusinv)(float y)
{
    REAL t = y;
    if (t < (REAL)0.5)
        return log(expm1(t));
    if (t <= 1)
        return log1p(2 * expm1((t - ln2_hi) - ln2_lo));
    return t + log1p(-exp(-t));
}

/* softminusinv(y) = y - log(-expm1(y)) = -softplusinv(-y), y < 0: the identity is exact algebra
 * (log(e^-y - 1) = -y + log(1 - e^y)) and negation is exact. */
REAL CANDIDATE(softminusinv)(float y)
{
    return -CANDIDATE(softplusinv)(-y);
}
