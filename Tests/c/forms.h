/*
 * The library's entry points as the tests see them: every function of the spec (sp_test_table.h,
 * generated from spec/softplus.json) in every format, each a "form" that is called through bit patterns,
 * so one test body checks double and float alike.
 */
#ifndef SP_TEST_FORMS_H
#define SP_TEST_FORMS_H

#include <stddef.h>
#include <stdint.h>

#include "softplus.h"
#include "sp_test_table.h"

struct form {
    const char *function; /* the spec's name, e.g. "logit" */
    const char *suffix;   /* "f64" or "f32" */
    int bits;             /* 64 or 32 */
    double lowest;        /* the closed domain [lowest, highest]; +-INFINITY where unbounded */
    double highest;
    double (*f64)(double);
    float (*f32)(float);
    int (*f64_array)(const double *, double *, size_t);
    int (*f32_array)(const float *, float *, size_t);
};

extern const struct form sp_forms[];
extern const size_t sp_form_count;

size_t element_size(const struct form *f);
/* The scalar entry point on the value with these bits (the low 32 bits for f32). */
uint64_t call_scalar(const struct form *f, uint64_t bits);
/* The array entry point; x and out may be unaligned or null, as the tests choose. */
int call_array(const struct form *f, const void *x, void *out, size_t n);
/* Element i of a byte buffer of this form's values (any alignment). */
void put_element(const struct form *f, void *buffer, size_t i, uint64_t bits);
uint64_t get_element(const struct form *f, const void *buffer, size_t i);
/* The bits of a double converted to this form's format. */
uint64_t bits_of(const struct form *f, double value);
/* The value of this form's bit pattern, as a double (exact for both formats). */
double value_of(const struct form *f, uint64_t bits);
int is_nan_bits(const struct form *f, uint64_t bits);

#endif
