/*
 * naive_library.c -- a deliberately wrong library for the checker's own test: softplus and logit by
 * the spec's "naive" formulas in float arithmetic (log(1 + exp(x)), log(p / (1 - p))), which are
 * misrounded on many inputs and wrong by far at the extremes (softplus(-100) = 0, softplus(100) =
 * inf). run_sample.sh asserts that the checker finds misrounded inputs here, so a checker that
 * accepted everything could not pass.
 */
#include <math.h>
#include <stddef.h>

int sp_softplus_f32_array(const float *x, float *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = logf(1.0f + expf(x[i]));
    return 0;
}

int sp_logit_f32_array(const float *x, float *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = logf(x[i] / (1.0f - x[i]));
    return 0;
}
