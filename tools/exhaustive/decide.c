/*
 * decide.c -- the correctly rounded float value of a function at one input.
 *
 * Method:
 *   1. Special inputs (NaN, infinities, outside the domain, exact edge values) follow the spec's rules
 *      (special_values.c).
 *   2. Otherwise a candidate c, within a few ulps of its type of the exact value v (relatively), decides
 *      the result if it is far enough from every float rounding boundary: with r = |c| * M + A, M the
 *      candidate's margin (~2^8 times its error or more) and A an absolute slack for results so small
 *      that the candidate's type went subnormal (where its error is absolute; every float rounding of a
 *      value below 2^-150 is a zero anyway), if c - r and c + r round to the same float, every number
 *      between them does too (rounding is monotone), v is among them, so that float is the correctly
 *      rounded result. The interval is computed in the candidate's type (a relative error of 2^-53
 *      or 2^-64, far inside M) and rounded by the hardware's correctly rounded conversion to float
 *      (round to nearest even, including the subnormal grid and overflow: SSE for double, x87 for
 *      long double). When both ends round to a zero, its sign is
 *      the sign of c: every function here has a known sign on each side of its zero, no ordinary input
 *      has an exact zero result, and c is computed with sign-correct operations.
 *      The double candidate (M = 2^-42, A = 2^-1000) is tried first, being ~5 times faster; the inputs
 *      it leaves (about 2^-17 of them) go to the long double one (M = 2^-50, A = 2^-16000).
 *   3. The rest (c within 2^-50 of a rounding boundary: the "hard cases") are settled by MPFR: the
 *      enclosure lo <= v <= hi of mpfr_bounds.c at 256 bits, doubled (Ziv) until mpfr_get_flt rounds lo
 *      and hi to the same float. None of the nine functions takes a float midpoint as an exact value at
 *      a float input (by Lindemann-Weierstrass they are transcendental there), so the loop ends; it
 *      aborts past 2^16 bits rather than guess.
 */
#include "reference.h"

#include "candidates.h"
#include "float_bits.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

const struct candidate_trust double_trust = {0x1p-42L, 0x1p-1000L};
const struct candidate_trust long_double_trust = {0x1p-50L, 0x1p-16000L};

/* The first precision of the MPFR settlement, and the one past which the loop gives up. */
enum { first_mpfr_precision = 256, last_mpfr_precision = 1 << 16 };

static void use_widest_exponent_range(void)
{
    /* MPFR's exponent range is per thread: set it in whichever thread settles. */
    mpfr_set_emin(mpfr_get_emin_min());
    mpfr_set_emax(mpfr_get_emax_max());
}

/* ln 2 as hi + lo in `bits`-bit parts, from MPFR's ln 2. */
static void split_ln2(mpfr_prec_t bits, long double *hi, long double *lo)
{
    mpfr_t ln2, head;
    mpfr_init2(ln2, 256);
    mpfr_init2(head, bits);
    mpfr_const_log2(ln2, MPFR_RNDN);
    mpfr_set(head, ln2, MPFR_RNDN);
    *hi = mpfr_get_ld(head, MPFR_RNDN);
    mpfr_sub(ln2, ln2, head, MPFR_RNDN);
    mpfr_set(head, ln2, MPFR_RNDN);
    *lo = mpfr_get_ld(head, MPFR_RNDN);
    mpfr_clear(ln2);
    mpfr_clear(head);
}

void reference_init(void)
{
    use_widest_exponent_range();
    long double hi, lo;
    split_ln2(53, &hi, &lo);
    candidate_double_init((double)hi, (double)lo);
    split_ln2(64, &hi, &lo);
    candidate_long_double_init(hi, lo);
}

/* The float both ends of the candidate's interval round to, if they round to one; a zero takes the
 * candidate's sign (see step 2 above). */
static bool one_float(float below, float above, bool negative, float *out)
{
    if (!(below == above))
        return false;
    *out = below == 0 ? (negative ? -0.0f : 0.0f) : below;
    return true;
}

/* In double arithmetic, where the double candidate is: computing c -+ r rounds by at most 2^-53
 * relative, far inside the margin 2^-42, and SSE's double -> float conversion rounds correctly. */
bool double_candidate_decides(double c, float *out)
{
    double r = fabs(c) * (double)double_trust.margin + (double)double_trust.slack;
    return one_float((float)(c - r), (float)(c + r), signbit(c), out);
}

bool long_double_candidate_decides(long double c, float *out)
{
    long double r = fabsl(c) * long_double_trust.margin + long_double_trust.slack;
    return one_float((float)(c - r), (float)(c + r), signbit(c), out);
}

float mpfr_settles(const struct reference *ref, float x)
{
    use_widest_exponent_range();
    for (mpfr_prec_t precision = first_mpfr_precision; precision <= last_mpfr_precision; precision *= 2) {
        mpfr_t lo, hi;
        mpfr_init2(lo, precision);
        mpfr_init2(hi, precision);
        ref->bounds(lo, hi, x);
        float below = mpfr_get_flt(lo, MPFR_RNDN);
        float above = mpfr_get_flt(hi, MPFR_RNDN);
        mpfr_clear(lo);
        mpfr_clear(hi);
        if (float_to_bits(below) == float_to_bits(above))
            return below;
    }
    fprintf(stderr, "exhaustive: %s(%a) (bits %08x) not decided at %d bits of MPFR\n", ref->name, (double)x,
            float_to_bits(x), last_mpfr_precision);
    abort();
}

float reference_f32(const struct reference *ref, float x, enum decided_by *how)
{
    float out;
    if (ref->special(x, &out)) {
        *how = DECIDED_SPECIAL;
        return out;
    }
    if (double_candidate_decides(ref->candidate_double(x), &out)) {
        *how = DECIDED_DOUBLE;
        return out;
    }
    if (long_double_candidate_decides(ref->candidate_long_double(x), &out)) {
        *how = DECIDED_LONG_DOUBLE;
        return out;
    }
    *how = DECIDED_MPFR;
    return mpfr_settles(ref, x);
}
