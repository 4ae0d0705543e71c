/* self_test.h -- checks of the checker's own building blocks (see self_test.c). */
#ifndef EXHAUSTIVE_SELF_TEST_H
#define EXHAUSTIVE_SELF_TEST_H

/* Returns the number of failed checks (0: all passed), printing each failure. */
int run_self_test(void);

#endif
