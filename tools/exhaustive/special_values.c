/*
 * special_values.c -- the domain rules and exact edge values of spec/softplus.json ("special" and
 * "domain" fields, and the brief: NaN in gives NaN out, outside the domain NaN, limits at the edges of
 * a domain exact). These are rules, not arithmetic: both the candidate and the MPFR enclosure are only
 * asked about the remaining ordinary inputs, where every function is finite and nonzero.
 */
#include "special_values.h"

#include <math.h>

/* The NaN every test file writes (CONTRACT.md: canonical quiet NaN 7fc00000). */
#define CANONICAL_NAN __builtin_nanf("")

static bool infinite_input(float x, float at_plus_infinity, float at_minus_infinity, float *out)
{
    if (isnan(x)) {
        *out = CANONICAL_NAN;
        return true;
    }
    if (isinf(x)) {
        *out = x > 0 ? at_plus_infinity : at_minus_infinity;
        return true;
    }
    return false;
}

bool softplus_special(float x, float *out)
{
    return infinite_input(x, INFINITY, +0.0f, out);
}

bool softminus_special(float x, float *out)
{
    return infinite_input(x, -0.0f, -INFINITY, out);
}

bool sigmoid_special(float x, float *out)
{
    return infinite_input(x, 1.0f, +0.0f, out);
}

bool one_minus_sigmoid_special(float x, float *out)
{
    return infinite_input(x, +0.0f, 1.0f, out);
}

bool log_sigmoid_special(float x, float *out)
{
    return infinite_input(x, -0.0f, -INFINITY, out);
}

bool log_one_minus_sigmoid_special(float x, float *out)
{
    return infinite_input(x, -INFINITY, -0.0f, out);
}

/* Domain 0 <= p <= 1 (so -0 is in it); logit(0) = -inf, logit(1) = +inf, logit(1/2) = +0 exactly. */
bool logit_special(float p, float *out)
{
    if (isnan(p) || p < 0.0f || p > 1.0f) {
        *out = CANONICAL_NAN;
        return true;
    }
    if (p == 0.0f) {
        *out = -INFINITY;
        return true;
    }
    if (p == 1.0f) {
        *out = INFINITY;
        return true;
    }
    if (p == 0.5f) {
        *out = +0.0f;
        return true;
    }
    return false;
}

/* Domain y >= 0 (so -0 is in it); softplusinv(0) = -inf, softplusinv(+inf) = +inf. Its zero, ln 2,
 * is not a float, so no float input has an exact zero result. */
bool softplusinv_special(float y, float *out)
{
    if (isnan(y) || y < 0.0f) {
        *out = CANONICAL_NAN;
        return true;
    }
    if (y == 0.0f) {
        *out = -INFINITY;
        return true;
    }
    if (isinf(y)) {
        *out = INFINITY;
        return true;
    }
    return false;
}

/* Domain y <= 0 (so +0 is in it); softminusinv(0) = +inf, softminusinv(-inf) = -inf. */
bool softminusinv_special(float y, float *out)
{
    if (isnan(y) || y > 0.0f) {
        *out = CANONICAL_NAN;
        return true;
    }
    if (y == 0.0f) {
        *out = INFINITY;
        return true;
    }
    if (isinf(y)) {
        *out = -INFINITY;
        return true;
    }
    return false;
}
