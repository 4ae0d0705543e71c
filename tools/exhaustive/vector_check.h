/* vector_check.h -- checks a vector file of CONTRACT.md's format against the reference and, if given,
 * the library (see vector_check.c). */
#ifndef EXHAUSTIVE_VECTOR_CHECK_H
#define EXHAUSTIVE_VECTOR_CHECK_H

#include "sweep.h"

struct vector_check_result {
    unsigned long cases;
    unsigned long reference_disagreements;   /* lines whose expected value is not this reference's */
    unsigned long library_misrounded;        /* lines where the library differs from the expected value */
};

/* Checks <directory>/<name>_f32.txt. Returns 0, or -1 if the file cannot be read or has a bad line. */
int check_vector_file(const char *directory, const struct reference *ref, f32_array_fn library,
                      struct vector_check_result *result);

#endif
