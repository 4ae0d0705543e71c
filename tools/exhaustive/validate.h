/* validate.h -- measures the candidates' errors against MPFR on random inputs, to show the margins of
 * decide.c are far above them (see validate.c). */
#ifndef EXHAUSTIVE_VALIDATE_H
#define EXHAUSTIVE_VALIDATE_H

#include "reference.h"

#include <stdbool.h>
#include <stdint.h>

/* What was measured of one candidate (double or long double). */
struct candidate_validation {
    double max_relative_error;   /* max |candidate - exact| / |exact| over exact values normal in the
                                    candidate's type */
    uint32_t worst_input;        /* the input bits where it occurred */
    uint64_t beyond_slack;       /* exact values below that range whose candidate is off by more than
                                    the absolute slack of decide.c (must be 0) */
    uint64_t decided;            /* samples the candidate decides on its own */
    uint64_t disagreements;      /* of those, how many MPFR alone rounds differently (must be 0) */
};

struct validation_result {
    uint64_t samples;            /* ordinary inputs compared */
    struct candidate_validation of_double, of_long_double;
    double seconds;
};

/* Compares both candidates to MPFR at 256 bits on `samples` ordinary inputs (special ones are drawn
 * and skipped), drawn from a fixed-seed generator: half uniform over all 2^32 bit patterns, half over
 * |x| in [2^-30, 2^8) and 1 - x for those, where the branch points and zeros of the functions are. */
void validate_candidates(const struct reference *ref, uint64_t samples, uint64_t seed, int threads,
                         struct validation_result *result);

/* A candidate passes if its largest error is at most its margin / validation_factor (the margin is
 * then shown to be far above the error, not merely above it), nothing is beyond the slack and no
 * decision differs from MPFR's. */
enum { validation_factor = 64 };
bool candidate_validation_passed(const struct candidate_validation *v, struct candidate_trust trust);

#endif
