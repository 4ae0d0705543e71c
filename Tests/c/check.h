/* A minimal test harness: counts checks, prints the first failures of each kind, and sets the exit code. */
#ifndef SP_TEST_CHECK_H
#define SP_TEST_CHECK_H

#include <stddef.h>
#include <stdio.h>

extern long checks_run;
extern long checks_failed;

/* Counts one check; prints its message (printf-style) when it fails, up to a limit. Returns ok. */
int check(int ok, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* malloc(bytes), at least one byte; exits with status 2 when memory runs out (a setup failure, not a
 * failed check). */
void *allocate(size_t bytes);

#endif
