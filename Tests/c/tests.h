/* The groups of the C test program (main.c runs them in order). */
#ifndef SP_TEST_TESTS_H
#define SP_TEST_TESTS_H

#include "forms.h"

void test_vectors(const char *directory);
void test_special_values(void);
void test_array_status(void);
void test_strings(void);
/* The training functions on <directory>/training (test_training.c). */
void test_training(const char *directory);

#endif
