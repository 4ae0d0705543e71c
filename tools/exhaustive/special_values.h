/* special_values.h -- the spec's domain rules and exact edge values, one function each (see
 * special_values.c). Each returns true and sets *out for a special input. */
#ifndef EXHAUSTIVE_SPECIAL_VALUES_H
#define EXHAUSTIVE_SPECIAL_VALUES_H

#include <stdbool.h>

bool softplus_special(float x, float *out);
bool softminus_special(float x, float *out);
bool sigmoid_special(float x, float *out);
bool one_minus_sigmoid_special(float x, float *out);
bool logit_special(float p, float *out);
bool softplusinv_special(float y, float *out);
bool softminusinv_special(float y, float *out);
bool log_sigmoid_special(float x, float *out);
bool log_one_minus_sigmoid_special(float x, float *out);

#endif
