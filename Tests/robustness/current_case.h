/* What a test is doing right now, printed if the process dies of a signal (a fault in a guard page, a
 * floating-point trap), so that a crash names the function, format, n and offset that caused it. */
#ifndef SP_ROBUSTNESS_CURRENT_CASE_H
#define SP_ROBUSTNESS_CURRENT_CASE_H

/* Installs handlers for SIGSEGV, SIGBUS, SIGFPE and SIGILL that print the current case and _exit(exit_code). */
void report_fatal_signals(int exit_code);
/* Sets the current case (printf-style); cheap enough to call before every library call. */
void set_current_case(const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

#endif
