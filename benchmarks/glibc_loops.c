/*
 * glibc_loops.c: plain scalar C loops over glibc's libm, the stable formula of each function,
 * compiled without -ffast-math so every element is one call of the scalar libm routine
 * (the loop a careful C programmer writes), plus the two floors (memcpy, a loop over exp).
 *
 * Formulas (the same as sleef_loops.h, which see):
 *   softplus(x)    = max(x, 0) + log1p(exp(-|x|))
 *   sigmoid(x)     = (x >= 0 ? 1 : e) / (1 + e),  e = exp(-|x|)
 *   logit(p)       = log(p) - log1p(-p)
 *   softplusinv(y) = y + log(-expm1(-y))
 * and the other functions of the spec by their identities (softminus(x) = -softplus(-x), ...),
 * listed once in peer_identities.h.
 */
#include <math.h>
#include <string.h>

#include "c_peers_internal.h"

static double softplus_f64(double x) { return fmax(x, 0.0) + log1p(exp(-fabs(x))); }
static float softplus_f32(float x) { return fmaxf(x, 0.0f) + log1pf(expf(-fabsf(x))); }

static double sigmoid_f64(double x)
{
    double e = exp(-fabs(x));
    return (x >= 0.0 ? 1.0 : e) / (1.0 + e);
}

static float sigmoid_f32(float x)
{
    float e = expf(-fabsf(x));
    return (x >= 0.0f ? 1.0f : e) / (1.0f + e);
}

static double logit_f64(double p) { return log(p) - log1p(-p); }
static float logit_f32(float p) { return logf(p) - log1pf(-p); }

static double softplusinv_f64(double y) { return y + log(-expm1(-y)); }
static float softplusinv_f32(float y) { return y + logf(-expm1f(-y)); }

/* function(x) = result sign * core(argument sign * x), peer_identities.h; the signs are
 * constants, so the compiler folds the multiplications into nothing or a negation. */
#define GLIBC_LOOP(function, core, fmt, type, in_sign, out_sign)                                   \
    void glibc_##function##_##fmt(const void *xv, void *outv, size_t n)                            \
    {                                                                                              \
        const type *x = xv;                                                                        \
        type *out = outv;                                                                          \
        for (size_t i = 0; i < n; i++)                                                             \
            out[i] = (type)(out_sign) * core##_##fmt((type)(in_sign) * x[i]);                      \
    }

#define GLIBC_LOOPS(function, core, in_sign, out_sign)                                             \
    GLIBC_LOOP(function, core, f64, double, in_sign, out_sign)                                     \
    GLIBC_LOOP(function, core, f32, float, in_sign, out_sign)

PEER_IDENTITIES(GLIBC_LOOPS)

void floor_memcpy_f64(const void *x, void *out, size_t n) { memcpy(out, x, n * sizeof(double)); }
void floor_memcpy_f32(const void *x, void *out, size_t n) { memcpy(out, x, n * sizeof(float)); }

void floor_exp_f64(const void *xv, void *outv, size_t n)
{
    const double *x = xv;
    double *out = outv;
    for (size_t i = 0; i < n; i++)
        out[i] = exp(x[i]);
}

void floor_exp_f32(const void *xv, void *outv, size_t n)
{
    const float *x = xv;
    float *out = outv;
    for (size_t i = 0; i < n; i++)
        out[i] = expf(x[i]);
}
