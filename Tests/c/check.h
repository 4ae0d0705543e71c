/* A minimal test harness: counts checks, prints the first failures of each kind, and sets the exit code. */
#ifndef SP_TEST_CHECK_H
#define SP_TEST_CHECK_H

#include <stdio.h>

extern long checks_run;
extern long checks_failed;

/* Counts one check; prints its message (printf-style) when it fails, up to a limit. Returns ok. */
int check(int ok, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif
