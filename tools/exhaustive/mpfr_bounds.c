/*
 * mpfr_bounds.c -- rigorous enclosures of the nine functions with MPFR.
 *
 * Method: interval arithmetic with MPFR's directed rounding. Every MPFR operation is correctly rounded
 * in the direction asked, so evaluating an expression made of monotone pieces with each piece rounded
 * down (for the lower bound) or up (for the upper bound), with the direction flipped through
 * decreasing pieces, gives lo <= f(x) <= hi exactly, at whatever precision lo and hi have. Overflow
 * and underflow keep this true: rounded up, an overflow is +inf and an underflow the smallest positive
 * number; rounded down, the largest finite number and +0. The caller (decide.c) raises the precision
 * until both bounds round to the same float (Ziv's strategy), so these formulas need no error analysis.
 *
 * Each function is written from its definition in spec/softplus.json; the only rewrites are exact
 * algebra needed to stay within MPFR's exponent range (e^x overflows it beyond x ~ 3.2e18) or to avoid
 * a cancellation that no finite precision could resolve (x - log(1 + e^x) for large x is -e^-x):
 *   log(1 + e^x) = x + log(1 + e^-x);  log(1 / (1 + e^-x)) = -log(1 + e^-x);
 *   x - log(1 + e^x) = -log(1 + e^-x);  log(e^y - 1) = y + log(1 - e^-y).
 * None of these is a formula of the library or of the long double candidate's argument reduction.
 */
#include "mpfr_bounds.h"

/* Beyond this, e^t overflows MPFR's widest exponent range (2^(2^62 - 1) ~ e^(3.2e18)); below it
 * e^t and expm1(t) are finite. */
static const double exp_argument_limit = 0x1p60;

/* A temporary of the same precision as the bounds being computed. */
static void init_like(mpfr_t t, const mpfr_t model)
{
    mpfr_init2(t, mpfr_get_prec(model));
}

/* [lo, hi] = -[lo, hi]; negation is exact. */
static void negate_interval(mpfr_t lo, mpfr_t hi)
{
    mpfr_swap(lo, hi);
    mpfr_neg(lo, lo, MPFR_RNDN);
    mpfr_neg(hi, hi, MPFR_RNDN);
}

/* Encloses log(1 + e^t) for an exact t (increasing in t). */
static void log1p_exp_bounds(mpfr_t lo, mpfr_t hi, const mpfr_t t)
{
    if (mpfr_cmp_d(t, exp_argument_limit) <= 0) {
        mpfr_exp(lo, t, MPFR_RNDD);
        mpfr_exp(hi, t, MPFR_RNDU);
        mpfr_log1p(lo, lo, MPFR_RNDD);
        mpfr_log1p(hi, hi, MPFR_RNDU);
        return;
    }
    mpfr_t minus_t;
    init_like(minus_t, lo);
    mpfr_neg(minus_t, t, MPFR_RNDN);
    log1p_exp_bounds(lo, hi, minus_t);
    mpfr_add(lo, lo, t, MPFR_RNDD);
    mpfr_add(hi, hi, t, MPFR_RNDU);
    mpfr_clear(minus_t);
}

/* Encloses log(1 + e^(sign * x)) for a float x; sign is +1 or -1. */
static void log1p_exp_of_float(mpfr_t lo, mpfr_t hi, float x, int sign)
{
    mpfr_t t;
    init_like(t, lo);
    mpfr_set_flt(t, sign > 0 ? x : -x, MPFR_RNDN);
    log1p_exp_bounds(lo, hi, t);
    mpfr_clear(t);
}

/* softplus(x) = log(1 + e^x). */
void softplus_bounds(mpfr_t lo, mpfr_t hi, float x)
{
    log1p_exp_of_float(lo, hi, x, +1);
}

/* softminus(x) = x - log(1 + e^x); for x > 0, -log(1 + e^-x). */
void softminus_bounds(mpfr_t lo, mpfr_t hi, float x)
{
    if (x > 0) {
        log1p_exp_of_float(lo, hi, x, -1);
        negate_interval(lo, hi);
        return;
    }
    log1p_exp_of_float(lo, hi, x, +1);
    negate_interval(lo, hi);
    mpfr_t t;
    init_like(t, lo);
    mpfr_set_flt(t, x, MPFR_RNDN);
    mpfr_add(lo, lo, t, MPFR_RNDD);
    mpfr_add(hi, hi, t, MPFR_RNDU);
    mpfr_clear(t);
}

/* log_sigmoid(x) = log(1 / (1 + e^-x)) = -log(1 + e^-x). */
void log_sigmoid_bounds(mpfr_t lo, mpfr_t hi, float x)
{
    log1p_exp_of_float(lo, hi, x, -1);
    negate_interval(lo, hi);
}

/* log_one_minus_sigmoid(x) = log(1 - 1 / (1 + e^-x)) = log(1 / (1 + e^x)) = -log(1 + e^x). */
void log_one_minus_sigmoid_bounds(mpfr_t lo, mpfr_t hi, float x)
{
    log1p_exp_of_float(lo, hi, x, +1);
    negate_interval(lo, hi);
}

/* Encloses 1 / (1 + e^(sign * x)), decreasing in e^(sign * x). */
static void reciprocal_one_plus_exp(mpfr_t lo, mpfr_t hi, float x, int sign)
{
    mpfr_t e_lo, e_hi;
    init_like(e_lo, lo);
    init_like(e_hi, lo);
    mpfr_set_flt(e_lo, sign > 0 ? x : -x, MPFR_RNDN);
    mpfr_exp(e_hi, e_lo, MPFR_RNDU);
    mpfr_exp(e_lo, e_lo, MPFR_RNDD);
    mpfr_add_ui(e_lo, e_lo, 1, MPFR_RNDD);
    mpfr_add_ui(e_hi, e_hi, 1, MPFR_RNDU);
    mpfr_ui_div(lo, 1, e_hi, MPFR_RNDD);
    mpfr_ui_div(hi, 1, e_lo, MPFR_RNDU);
    mpfr_clear(e_lo);
    mpfr_clear(e_hi);
}

/* sigmoid(x) = 1 / (1 + e^-x). */
void sigmoid_bounds(mpfr_t lo, mpfr_t hi, float x)
{
    reciprocal_one_plus_exp(lo, hi, x, -1);
}

/* one_minus_sigmoid(x) = 1 / (1 + e^x). */
void one_minus_sigmoid_bounds(mpfr_t lo, mpfr_t hi, float x)
{
    reciprocal_one_plus_exp(lo, hi, x, +1);
}

/* logit(p) = log(p / (1 - p)), increasing in p; 0 < p < 1. */
void logit_bounds(mpfr_t lo, mpfr_t hi, float p)
{
    mpfr_t t, q_lo, q_hi;
    init_like(t, lo);
    init_like(q_lo, lo);
    init_like(q_hi, lo);
    mpfr_set_flt(t, p, MPFR_RNDN);
    mpfr_ui_sub(q_lo, 1, t, MPFR_RNDD);
    mpfr_ui_sub(q_hi, 1, t, MPFR_RNDU);
    mpfr_div(lo, t, q_hi, MPFR_RNDD);
    mpfr_div(hi, t, q_lo, MPFR_RNDU);
    mpfr_log(lo, lo, MPFR_RNDD);
    mpfr_log(hi, hi, MPFR_RNDU);
    mpfr_clear(t);
    mpfr_clear(q_lo);
    mpfr_clear(q_hi);
}

/* Encloses log(-expm1(t)) = log(1 - e^t) for an exact t < 0 (decreasing in t). */
static void log_one_minus_exp_bounds(mpfr_t lo, mpfr_t hi, const mpfr_t t)
{
    /* expm1(t) in [lo, hi] inside (-1, 0); -expm1(t) in [-hi, -lo]. */
    mpfr_expm1(lo, t, MPFR_RNDD);
    mpfr_expm1(hi, t, MPFR_RNDU);
    negate_interval(lo, hi);
    mpfr_log(lo, lo, MPFR_RNDD);
    mpfr_log(hi, hi, MPFR_RNDU);
}

/* softplusinv(y) = log(e^y - 1) = log(expm1(y)), y > 0; for huge y, y + log(1 - e^-y). */
void softplusinv_bounds(mpfr_t lo, mpfr_t hi, float y)
{
    mpfr_t t;
    init_like(t, lo);
    mpfr_set_flt(t, y, MPFR_RNDN);
    if (y <= exp_argument_limit) {
        mpfr_expm1(lo, t, MPFR_RNDD);
        mpfr_expm1(hi, t, MPFR_RNDU);
        mpfr_log(lo, lo, MPFR_RNDD);
        mpfr_log(hi, hi, MPFR_RNDU);
    } else {
        mpfr_neg(t, t, MPFR_RNDN);
        log_one_minus_exp_bounds(lo, hi, t);
        mpfr_sub(lo, lo, t, MPFR_RNDD);
        mpfr_sub(hi, hi, t, MPFR_RNDU);
    }
    mpfr_clear(t);
}

/* softminusinv(y) = y - log(-expm1(y)), y < 0. */
void softminusinv_bounds(mpfr_t lo, mpfr_t hi, float y)
{
    mpfr_t t;
    init_like(t, lo);
    mpfr_set_flt(t, y, MPFR_RNDN);
    log_one_minus_exp_bounds(lo, hi, t);
    negate_interval(lo, hi);
    mpfr_add(lo, lo, t, MPFR_RNDD);
    mpfr_add(hi, hi, t, MPFR_RNDU);
    mpfr_clear(t);
}
