#include "current_case.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char current[512] = "(no case yet)";
static int fatal_exit_code = 1;

void set_current_case(const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(current, sizeof current, format, arguments);
    va_end(arguments);
}

/* Only async-signal-safe calls here: write and _exit. A failed write has nowhere to be reported. */
static void say(const char *text)
{
    ssize_t written = write(STDOUT_FILENO, text, strlen(text));
    (void)written;
}

static void on_fatal_signal(int signal_number)
{
    say("FAIL: ");
    say(signal_number == SIGSEGV ? "SIGSEGV" : signal_number == SIGBUS ? "SIGBUS" : signal_number == SIGFPE ? "SIGFPE" : "SIGILL");
    say(" during: ");
    say(current);
    say("\n");
    _exit(fatal_exit_code);
}

void report_fatal_signals(int exit_code)
{
    const int signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL};
    struct sigaction action;
    size_t i;
    fatal_exit_code = exit_code;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_fatal_signal;
    sigemptyset(&action.sa_mask);
    for (i = 0; i < sizeof signals / sizeof signals[0]; i++)
        sigaction(signals[i], &action, NULL);
}
