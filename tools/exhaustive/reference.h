/*
 * reference.h -- the correctly rounded float reference of each function, as used by the
 * exhaustive checker (see main.c for the method and why it is rigorous).
 *
 * A function's reference has four parts:
 *   special_values.c        the spec's domain rules and exact edge values (NaN, infinities, exact zeros);
 *   candidate_double.c      a fast candidate in double through numerically stable forms
 *                           (candidate_forms.h), accurate to a few double ulps (about 2^-50 relative);
 *   candidate_long_double.c the same forms in x87 long double (64-bit mantissa), about 2^-60 relative;
 *   mpfr_bounds.c           a rigorous enclosure [lo, hi] of the exact value from MPFR with directed
 *                           rounding, from the mathematical definition, at any precision.
 * decide.c combines them into the correctly rounded float.
 */
#ifndef EXHAUSTIVE_REFERENCE_H
#define EXHAUSTIVE_REFERENCE_H

#include <mpfr.h>
#include <stdbool.h>

/* Returns true and sets *out when x is a special input of the function (NaN, infinity, outside the
 * domain, an edge with an exact value); false when x is an ordinary finite input of the domain. */
typedef bool (*special_value_fn)(float x, float *out);

/* The candidates of the function at an ordinary input x. */
typedef double (*double_candidate_fn)(float x);
typedef long double (*long_double_candidate_fn)(float x);

/* Encloses the exact value of the function at an ordinary input x: lo <= f(x) <= hi, computed at
 * the precision of lo and hi with directed rounding (the exponent range must be the widest MPFR
 * allows, see decide.c). */
typedef void (*mpfr_bounds_fn)(mpfr_t lo, mpfr_t hi, float x);

struct reference {
    const char *name;          /* the C name of spec/softplus.json, e.g. "softplus" */
    special_value_fn special;
    double_candidate_fn candidate_double;
    long_double_candidate_fn candidate_long_double;
    mpfr_bounds_fn bounds;
};

/* The reference of the spec function called name, or NULL if the checker has none (a spec function
 * without a reference is an error: the caller reports it instead of skipping the function). */
const struct reference *reference_named(const char *name);

/* How a float reference value was decided. */
enum decided_by { DECIDED_SPECIAL, DECIDED_DOUBLE, DECIDED_LONG_DOUBLE, DECIDED_MPFR };

/* The correctly rounded (round to nearest, ties to even) float value of the function at x; NaN is the
 * canonical quiet NaN. *how says which part decided it. Thread-safe. */
float reference_f32(const struct reference *ref, float x, enum decided_by *how);

/* How far (relative) a candidate must lie from every float rounding boundary to decide the result,
 * and the absolute slack for results too small for its type (decide.c). */
struct candidate_trust {
    long double margin, slack;
};
extern const struct candidate_trust double_trust, long_double_trust;

/* The deciding steps of reference_f32, exposed so the validation can run them on one input: the
 * *_candidate_decides set *out and return true when the candidate c is farther than its margin from
 * every float rounding boundary; mpfr_settles always decides, with MPFR alone. */
bool double_candidate_decides(double c, float *out);
bool long_double_candidate_decides(long double c, float *out);
float mpfr_settles(const struct reference *ref, float x);

/* Must be called once before any reference_f32 from any thread: widens MPFR's exponent range and
 * computes the split constants the candidates use. */
void reference_init(void);

#endif
