/*
 * validate.c -- evidence for the margins of decide.c: the candidates' measured errors against MPFR.
 *
 * decide.c trusts the double candidate to within 2^-42 and the long double one to within 2^-50
 * (relative). Their error bounds come from glibc's documented ulp errors and condition numbers
 * (candidate_forms.h): about 2^-50 and 2^-60. This measures them on random inputs, with the exact
 * value from the MPFR enclosure at 256 bits (whose width, ~2^-250, is negligible). A candidate fails if
 * the largest error seen exceeds its margin / 64. It also runs each candidate's decision on every
 * sample, and fails if MPFR alone rounds a decided sample differently.
 */
#include "validate.h"

#include "float_bits.h"
#include "parallel.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { samples_per_chunk = 4096, validation_precision = 256 };

/* splitmix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014):
 * a fixed, seedable stream per chunk keeps the sample the same for any thread count. */
static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

static float random_input(uint64_t *state)
{
    uint64_t r = splitmix64(state);
    if ((r & 3) < 2)
        return bits_to_float((uint32_t)(r >> 32));
    /* |x| = (1 + m / 2^23) * 2^e, e uniform in [-30, 7]: every branch point and zero of the nine
     * functions lies in this range. */
    int exponent = -30 + (int)((r >> 2) % 38);
    float magnitude = ldexpf(1.0f + (float)((r >> 8) & 0x7fffff) * 0x1p-23f, exponent);
    float x = (r >> 40) & 1 ? -magnitude : magnitude;
    return (r & 3) == 2 ? x : 1.0f - x;
}

struct validation_context {
    const struct reference *ref;
    uint64_t samples, seed;
    struct validation_result *result;
};

struct validation_worker {
    struct validation_result totals;
    mpfr_t lo, hi, difference;
};

static void *start_validation_worker(void *context)
{
    (void)context;
    struct validation_worker *w = calloc(1, sizeof *w);
    if (!w)
        abort();
    mpfr_set_emin(mpfr_get_emin_min());
    mpfr_set_emax(mpfr_get_emax_max());
    mpfr_init2(w->lo, validation_precision);
    mpfr_init2(w->hi, validation_precision);
    mpfr_init2(w->difference, validation_precision);
    return w;
}

/* The error of candidate c at x, whose exact value is w->lo to 2^-250; min_exponent is the MPFR
 * exponent of the smallest normal number of the candidate's type. */
static void measure(struct validation_worker *w, float x, long double c, mpfr_exp_t min_exponent,
                    struct candidate_trust trust, struct candidate_validation *v)
{
    /* difference = c - exact, exactly enough: c has at most 64 bits, the precision is 256. */
    mpfr_set_ld(w->difference, c, MPFR_RNDN);
    mpfr_sub(w->difference, w->difference, w->lo, MPFR_RNDN);
    if (mpfr_cmpabs_ui(w->lo, 0) > 0 && mpfr_get_exp(w->lo) >= min_exponent) {
        mpfr_div(w->difference, w->difference, w->lo, MPFR_RNDN);
        double relative = fabs(mpfr_get_d(w->difference, MPFR_RNDN));
        if (!(relative <= v->max_relative_error)) {
            v->max_relative_error = isnan(relative) ? INFINITY : relative;
            v->worst_input = float_to_bits(x);
        }
    } else {
        mpfr_mul_2si(w->difference, w->difference, -ilogbl(trust.slack), MPFR_RNDN);
        if (mpfr_cmpabs_ui(w->difference, 1) > 0)
            v->beyond_slack++;
    }
}

/* Returns false, doing nothing, for a special input. */
static bool validate_one(const struct reference *ref, float x, struct validation_worker *w)
{
    float special;
    if (ref->special(x, &special))
        return false;
    w->totals.samples++;
    double c_double = ref->candidate_double(x);
    long double c_long_double = ref->candidate_long_double(x);
    ref->bounds(w->lo, w->hi, x);
    measure(w, x, c_double, DBL_MIN_EXP, double_trust, &w->totals.of_double);
    measure(w, x, c_long_double, LDBL_MIN_EXP, long_double_trust, &w->totals.of_long_double);
    float by_double, by_long_double;
    bool double_decides = double_candidate_decides(c_double, &by_double);
    bool long_double_decides = long_double_candidate_decides(c_long_double, &by_long_double);
    if (!double_decides && !long_double_decides)
        return true;
    float by_mpfr = mpfr_settles(ref, x);
    if (double_decides) {
        w->totals.of_double.decided++;
        w->totals.of_double.disagreements += !same_result(by_double, by_mpfr);
    }
    if (long_double_decides) {
        w->totals.of_long_double.decided++;
        w->totals.of_long_double.disagreements += !same_result(by_long_double, by_mpfr);
    }
    return true;
}

static void validate_chunk(void *context, uint64_t chunk, void *state)
{
    struct validation_context *c = context;
    uint64_t stream = c->seed ^ (chunk * UINT64_C(0xd1b54a32d192ed03));
    uint64_t first = chunk * samples_per_chunk;
    uint64_t n = c->samples - first < samples_per_chunk ? c->samples - first : samples_per_chunk;
    /* Draw until n ordinary inputs are found: the domain of logit, softplusinv and softminusinv is a
     * quarter to a half of the bit patterns, and the sample size counts inputs actually compared. */
    for (uint64_t found = 0; found < n;)
        found += validate_one(c->ref, random_input(&stream), state);
}

static void merge(struct candidate_validation *into, const struct candidate_validation *from)
{
    if (from->max_relative_error > into->max_relative_error) {
        into->max_relative_error = from->max_relative_error;
        into->worst_input = from->worst_input;
    }
    into->beyond_slack += from->beyond_slack;
    into->decided += from->decided;
    into->disagreements += from->disagreements;
}

static void end_validation_worker(void *context, void *state)
{
    struct validation_result *r = ((struct validation_context *)context)->result;
    struct validation_worker *w = state;
    r->samples += w->totals.samples;
    merge(&r->of_double, &w->totals.of_double);
    merge(&r->of_long_double, &w->totals.of_long_double);
    mpfr_clear(w->lo);
    mpfr_clear(w->hi);
    mpfr_clear(w->difference);
    free(w);
    mpfr_free_cache();
}

void validate_candidates(const struct reference *ref, uint64_t samples, uint64_t seed, int threads,
                         struct validation_result *result)
{
    memset(result, 0, sizeof *result);
    struct validation_context c = {ref, samples, seed, result};
    struct parallel_job job = {&c, (samples + samples_per_chunk - 1) / samples_per_chunk, start_validation_worker,
                               validate_chunk, end_validation_worker};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    run_parallel(&job, threads);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    result->seconds = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
}

bool candidate_validation_passed(const struct candidate_validation *v, struct candidate_trust trust)
{
    return v->max_relative_error <= (double)(trust.margin / validation_factor) && v->beyond_slack == 0 &&
           v->disagreements == 0;
}
