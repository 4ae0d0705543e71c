/* mpfr_bounds.h -- rigorous MPFR enclosures lo <= f(x) <= hi of the nine functions at ordinary inputs
 * (see mpfr_bounds.c). */
#ifndef EXHAUSTIVE_MPFR_BOUNDS_H
#define EXHAUSTIVE_MPFR_BOUNDS_H

#include <mpfr.h>

void softplus_bounds(mpfr_t lo, mpfr_t hi, float x);
void softminus_bounds(mpfr_t lo, mpfr_t hi, float x);
void sigmoid_bounds(mpfr_t lo, mpfr_t hi, float x);
void one_minus_sigmoid_bounds(mpfr_t lo, mpfr_t hi, float x);
void logit_bounds(mpfr_t lo, mpfr_t hi, float p);
void softplusinv_bounds(mpfr_t lo, mpfr_t hi, float y);
void softminusinv_bounds(mpfr_t lo, mpfr_t hi, float y);
void log_sigmoid_bounds(mpfr_t lo, mpfr_t hi, float x);
void log_one_minus_sigmoid_bounds(mpfr_t lo, mpfr_t hi, float x);

#endif
