/* sweep.h -- checks a library's float array entry point against the reference over all (or a strided
 * subset of the) 2^32 float inputs, on several threads (see sweep.c). */
#ifndef EXHAUSTIVE_SWEEP_H
#define EXHAUSTIVE_SWEEP_H

#include "reference.h"

#include <stddef.h>
#include <stdint.h>

/* int sp_<name>_f32_array(const float *x, float *out, size_t n) of include/softplus.h */
typedef int (*f32_array_fn)(const float *x, float *out, size_t n);

struct sweep_range {
    uint64_t start;   /* first input bit pattern */
    uint64_t stride;  /* step between checked bit patterns (1: every input) */
};

struct misrounded_input {
    uint32_t input, got, want;
};

struct hard_case {
    uint32_t input, want;
};

struct sweep_result {
    uint64_t checked;          /* inputs checked */
    uint64_t misrounded;       /* results that differ from the correctly rounded one */
    uint64_t settled_by_mpfr;  /* inputs whose reference needed MPFR (the hard cases) */
    uint64_t special;          /* inputs decided by the spec's special-value rules */
    uint64_t decided_by_long_double; /* inputs the double candidate left to the long double one */
    uint64_t array_failures;   /* calls of the array entry point that did not return SP_OK (0) */
    double seconds;
    /* The first misrounded inputs in input order (at most max_kept_misrounded) and the one farthest
     * from its correct result. */
    size_t kept_misrounded;
    struct misrounded_input *misrounded_inputs;
    struct misrounded_input worst;
    uint64_t worst_floats_apart;
    /* Every hard case, in input order. */
    size_t hard_case_count;
    struct hard_case *hard_cases;
};

enum { max_kept_misrounded = 1000 };

/* library may be NULL: then only the reference is computed (checked counts the inputs, misrounded
 * stays 0). */
void sweep(const struct reference *ref, f32_array_fn library, struct sweep_range range, int threads,
           struct sweep_result *result);

void sweep_result_free(struct sweep_result *result);

#endif
