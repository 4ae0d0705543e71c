#include "check.h"

#include <stdarg.h>
#include <stdlib.h>

/* Enough failures to diagnose a bug without burying the summary under thousands of lines. */
enum { FAILURES_PRINTED = 40 };

long checks_run;
long checks_failed;

int check(int ok, const char *format, ...)
{
    checks_run++;
    if (ok)
        return 1;
    if (checks_failed++ < FAILURES_PRINTED) {
        va_list arguments;
        va_start(arguments, format);
        fputs("FAIL: ", stdout);
        vprintf(format, arguments);
        fputc('\n', stdout);
        va_end(arguments);
    }
    return 0;
}

void *allocate(size_t bytes)
{
    void *p = malloc(bytes ? bytes : 1);
    if (!p) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return p;
}
