/*
 * self_test.c -- the checker's own building blocks, checked against facts that do not depend on them.
 *
 * 1. The two final roundings agree at every kind of float rounding boundary. decide.c rounds the
 *    candidate's interval with the x87 conversion long double -> float and the MPFR enclosure with
 *    mpfr_get_flt; both must be round-to-nearest-even onto the float grid, subnormals and overflow
 *    included. For random floats f (all exponents, both signs) the exact midpoint m between f and its
 *    successor (25 bits, exact in long double) and its long double neighbours must round the same
 *    both ways, m itself to the even one of the two floats, its neighbours away from the midpoint.
 * 2. Closed forms: softplus(0) = ln 2, log_sigmoid(0) = -ln 2, logit(3/4) = ln 3, logit(1/4) = -ln 3,
 *    sigmoid(0) = one_minus_sigmoid(0) = 1/2, each correctly rounded from MPFR's own constant or an
 *    exact value, and decided the same way by the candidate and by MPFR alone.
 */
#include "self_test.h"

#include "float_bits.h"
#include "reference.h"

#include <math.h>
#include <stdio.h>

static int failures;

static void expect_same(const char *what, float got, float want, long double input)
{
    if (same_result(got, want))
        return;
    failures++;
    printf("self-test: %s of %La: got %08x, want %08x\n", what, input, float_to_bits(got), float_to_bits(want));
}

static float mpfr_rounding(long double v)
{
    mpfr_t m;
    mpfr_init2(m, 64);
    mpfr_set_ld(m, v, MPFR_RNDN);
    float f = mpfr_get_flt(m, MPFR_RNDN);
    mpfr_clear(m);
    return f;
}

static void check_boundary(float f)
{
    float next = nextafterf(f, INFINITY);
    long double midpoint = isinf(next) ? (long double)f + 0x1p103L : ((long double)f + next) / 2;
    float even = (float_to_bits(f) & 1) == 0 ? f : next;
    expect_same("x87 rounding of a midpoint", (float)midpoint, even, midpoint);
    expect_same("mpfr_get_flt of a midpoint", mpfr_rounding(midpoint), even, midpoint);
    long double below = nextafterl(midpoint, -INFINITY), above = nextafterl(midpoint, INFINITY);
    expect_same("x87 rounding below a midpoint", (float)below, f, below);
    expect_same("x87 rounding above a midpoint", (float)above, next, above);
    expect_same("mpfr_get_flt below a midpoint", mpfr_rounding(below), f, below);
    expect_same("mpfr_get_flt above a midpoint", mpfr_rounding(above), next, above);
}

static void check_closed_form(const char *name, float x, float want)
{
    const struct reference *ref = reference_named(name);
    enum decided_by how;
    expect_same(name, reference_f32(ref, x, &how), want, x);
    expect_same(name, mpfr_settles(ref, x), want, x);
}

static float rounded_constant(int (*constant)(mpfr_t, mpfr_rnd_t), int sign)
{
    mpfr_t c;
    mpfr_init2(c, 256);
    constant(c, MPFR_RNDN);
    if (sign < 0)
        mpfr_neg(c, c, MPFR_RNDN);
    float f = mpfr_get_flt(c, MPFR_RNDN);
    mpfr_clear(c);
    return f;
}

static int log3(mpfr_t out, mpfr_rnd_t rounding)
{
    mpfr_set_ui(out, 3, MPFR_RNDN);
    return mpfr_log(out, out, rounding);
}

int run_self_test(void)
{
    failures = 0;
    uint64_t state = 0x2545f4914f6cdd1dULL;
    for (int i = 0; i < 1000000; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        float f = bits_to_float((uint32_t)state);
        /* -0's successor is +2^-149: their midpoint rounds to +0, which check_boundary does not expect
         * of a "-0" side; +0 covers that boundary. */
        if (!isnan(f) && !isinf(f) && float_to_bits(f) != 0x80000000u)
            check_boundary(f);
    }
    /* The edges of the subnormal grid and of the float range, not left to chance. */
    const uint32_t edges[] = {0x00000000, 0x00000001, 0x00000002, 0x007ffffe, 0x007fffff, 0x00800000, 0x80000001,
                              0x7f7ffffe, 0x7f7fffff, 0x807fffff, 0xff7ffffe, 0xff7fffff};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
        check_boundary(bits_to_float(edges[i]));

    check_closed_form("softplus", 0.0f, rounded_constant(mpfr_const_log2, +1));
    check_closed_form("log_sigmoid", 0.0f, rounded_constant(mpfr_const_log2, -1));
    check_closed_form("logit", 0.75f, rounded_constant(log3, +1));
    check_closed_form("logit", 0.25f, rounded_constant(log3, -1));
    check_closed_form("sigmoid", 0.0f, 0.5f);
    check_closed_form("one_minus_sigmoid", 0.0f, 0.5f);
    printf("self-test: %s\n", failures ? "FAILED" : "passed");
    return failures;
}
