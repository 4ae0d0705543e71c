/*
 * The C test of libsoftplus (C99, linked with -lsoftplus): every form of every function of the spec on
 * the shared MPFR vectors, the spec's special values and domains, the array status codes, the strings, and
 * the training functions (softplus_training.h) on the vectors of Tests/vectors/training.
 *
 *     test_c VECTOR_DIRECTORY
 */
#include <stdio.h>

#include "check.h"
#include "tests.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s VECTOR_DIRECTORY\n", argv[0]);
        return 2;
    }
    printf("C test of libsoftplus %s, %lu forms\n", sp_version(), (unsigned long)sp_form_count);
    check(sp_form_count == 2 * SP_TEST_FUNCTION_COUNT, "the form table has %lu entries, the spec %d functions",
          (unsigned long)sp_form_count, SP_TEST_FUNCTION_COUNT);
    test_vectors(argv[1]);
    test_special_values();
    test_array_status();
    test_strings();
    test_training(argv[1]);
    printf("%s: %ld checks, %ld failed\n", checks_failed ? "FAIL" : "ok", checks_run, checks_failed);
    return checks_failed ? 1 : 0;
}
