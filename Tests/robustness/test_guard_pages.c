/*
 * Guard pages: every array function of the spec in both formats, with x and out placed flush against an
 * inaccessible page, for every n from 0 to 130 and every start offset 0..63 bytes (a 64-byte AVX-512
 * register; offsets that are not a multiple of the element size make the arrays unaligned).
 *
 * Each case places x at the start of its buffer + offset and out at the end of its buffer - offset (and the
 * mirror image), so at offset 0 both ends of both arrays touch a guard page; then in place (out == x). It
 * checks: no fault (a fault prints the case and fails), SP_OK, out[i] bitwise equal to the scalar function
 * of x[i], every other byte of out's buffer untouched, x unchanged. Then the error statuses with guarded
 * pointers: nothing is touched. First of all, a child process reads one byte past and one before a
 * buffer, which must fault: the guards work.
 *
 * With --overrun it instead makes a caller's mistake on purpose: sp_softplus_f64_array over a heap array
 * of 7 elements with n = 8, which AddressSanitizer must report inside the library (sanitizers.sh checks that
 * it does, so that a clean ASan run of an instrumented library means something).
 *
 *     test_guard_pages [--overrun]
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "current_case.h"
#include "forms.h"
#include "guarded_buffer.h"
#include "inputs.h"

/* 130 elements: past two full 64-byte registers of float (32 elements) plus every possible remainder, and
 * beyond the unrolled loops a vector kernel is likely to have. */
enum { MAX_N = 130, OFFSETS = 64, SENTINEL = 0xa5 };

static uint64_t inputs[MAX_N];
static uint64_t expected[MAX_N];

static int all_bytes_are(const unsigned char *from, const unsigned char *to, unsigned char value)
{
    for (; from < to; from++)
        if (*from != value)
            return 0;
    return 1;
}

static void write_inputs(const struct form *f, unsigned char *x, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        put_element(f, x, i, inputs[i]);
}

static int results_are_expected(const struct form *f, const unsigned char *out, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (get_element(f, out, i) != expected[i]) {
            printf("  sp_%s_%s_array: element %lu of x = %#llx gave %#llx, the scalar function %#llx\n", f->function,
                   f->suffix, (unsigned long)i, (unsigned long long)inputs[i],
                   (unsigned long long)get_element(f, out, i), (unsigned long long)expected[i]);
            return 0;
        }
    return 1;
}

/* x and out in separate buffers: x at the start of its buffer (+ offset), out at the end (- offset), or the
 * other way round. */
static void check_separate(const struct form *f, struct guarded_buffer *xs, struct guarded_buffer *outs, size_t n,
                           size_t offset, int x_at_end)
{
    size_t bytes = n * element_size(f);
    unsigned char *x = x_at_end ? xs->end - offset - bytes : xs->begin + offset;
    unsigned char *out = x_at_end ? outs->begin + offset : outs->end - offset - bytes;
    int status;
    memset(xs->begin, SENTINEL, (size_t)(xs->end - xs->begin));
    memset(outs->begin, SENTINEL, (size_t)(outs->end - outs->begin));
    write_inputs(f, x, n);
    set_current_case("sp_%s_%s_array, n = %lu, offset %lu, x at the %s of its buffer", f->function, f->suffix,
                     (unsigned long)n, (unsigned long)offset, x_at_end ? "end" : "start");
    status = call_array(f, x, out, n);
    check(status == SP_OK, "sp_%s_%s_array, n = %lu, offset %lu: status %d", f->function, f->suffix,
          (unsigned long)n, (unsigned long)offset, status);
    check(results_are_expected(f, out, n), "sp_%s_%s_array, n = %lu, offset %lu, x at the %s: array != scalar",
          f->function, f->suffix, (unsigned long)n, (unsigned long)offset, x_at_end ? "end" : "start");
    check(all_bytes_are(outs->begin, out, SENTINEL) && all_bytes_are(out + bytes, outs->end, SENTINEL),
          "sp_%s_%s_array, n = %lu, offset %lu: wrote outside out", f->function, f->suffix, (unsigned long)n,
          (unsigned long)offset);
    check(all_bytes_are(xs->begin, x, SENTINEL) && all_bytes_are(x + bytes, xs->end, SENTINEL),
          "sp_%s_%s_array, n = %lu, offset %lu: wrote into x's buffer", f->function, f->suffix, (unsigned long)n,
          (unsigned long)offset);
    {
        size_t i;
        int unchanged = 1;
        for (i = 0; i < n; i++)
            unchanged &= get_element(f, x, i) == inputs[i];
        check(unchanged, "sp_%s_%s_array, n = %lu, offset %lu: changed x", f->function, f->suffix,
              (unsigned long)n, (unsigned long)offset);
    }
}

/* out == x, at the start (+ offset) or the end (- offset) of one buffer. */
static void check_in_place(const struct form *f, struct guarded_buffer *buffer, size_t n, size_t offset, int at_end)
{
    size_t bytes = n * element_size(f);
    unsigned char *x = at_end ? buffer->end - offset - bytes : buffer->begin + offset;
    int status;
    memset(buffer->begin, SENTINEL, (size_t)(buffer->end - buffer->begin));
    write_inputs(f, x, n);
    set_current_case("sp_%s_%s_array in place, n = %lu, offset %lu, at the %s of the buffer", f->function,
                     f->suffix, (unsigned long)n, (unsigned long)offset, at_end ? "end" : "start");
    status = call_array(f, x, x, n);
    check(status == SP_OK && results_are_expected(f, x, n),
          "sp_%s_%s_array in place, n = %lu, offset %lu, at the %s: status %d or array != scalar", f->function,
          f->suffix, (unsigned long)n, (unsigned long)offset, at_end ? "end" : "start", status);
    check(all_bytes_are(buffer->begin, x, SENTINEL) && all_bytes_are(x + bytes, buffer->end, SENTINEL),
          "sp_%s_%s_array in place, n = %lu, offset %lu: wrote outside the array", f->function, f->suffix,
          (unsigned long)n, (unsigned long)offset);
}

/* Statuses with pointers at the guard pages: n == 0 at the very edge (x and out point into the guard page
 * itself), and errors that must be reported without touching memory. */
static void check_statuses(const struct form *f, struct guarded_buffer *xs, struct guarded_buffer *outs)
{
    size_t size = element_size(f);
    int status;
    memset(outs->begin, SENTINEL, (size_t)(outs->end - outs->begin));
    set_current_case("sp_%s_%s_array, n = 0 with pointers into the guard pages", f->function, f->suffix);
    status = call_array(f, xs->end, outs->end, 0);
    check(status == SP_OK, "sp_%s_%s_array, n = 0 at the guard page: status %d", f->function, f->suffix, status);
    status = call_array(f, xs->begin - size, outs->begin - size, 0);
    check(status == SP_OK, "sp_%s_%s_array, n = 0 in the leading guard page: status %d", f->function, f->suffix,
          status);

    set_current_case("sp_%s_%s_array, n * size > PTRDIFF_MAX at a guard page", f->function, f->suffix);
    status = call_array(f, xs->end - size, outs->end - size, (size_t)PTRDIFF_MAX / size + 1);
    check(status == SP_ERR_TOO_LARGE, "sp_%s_%s_array, too large at a guard page: status %d", f->function,
          f->suffix, status);
    set_current_case("sp_%s_%s_array, out = x + 1 element, n = 2 at a guard page", f->function, f->suffix);
    status = call_array(f, outs->end - 3 * size, outs->end - 2 * size, 2);
    check(status == SP_ERR_OVERLAP, "sp_%s_%s_array, overlap at a guard page: status %d", f->function, f->suffix,
          status);
    check(all_bytes_are(outs->begin, outs->end, SENTINEL), "sp_%s_%s_array: an error status wrote to memory",
          f->function, f->suffix);
}

/* The guards themselves: a child reading one byte past the end, or one before the start, of a buffer must
 * die in the fault handler (exit status 3), or this test could not see an overrun at all. */
static void check_guards_fault(struct guarded_buffer *buffer)
{
    int before;
    for (before = 0; before <= 1; before++) {
        int status = 0;
        pid_t child;
        fflush(stdout);
        child = fork();
        if (child == 0) {
            volatile unsigned char *outside = before ? buffer->begin - 1 : buffer->end;
            int quiet = open("/dev/null", O_WRONLY);
            dup2(quiet, STDOUT_FILENO); /* the handler's report of this expected fault */
            report_fatal_signals(3);
            _exit(*outside == 0 ? 0 : 1);
        }
        waitpid(child, &status, 0);
        check(child > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 3,
              "a read %s a guarded buffer did not fault", before ? "before" : "past");
    }
}

static int overrun(void)
{
    double *x = calloc(7, sizeof *x);
    double out[8];
    int status = sp_softplus_f64_array(x, out, 8);
    free(x);
    printf("sp_softplus_f64_array read past a 7-element array: status %d, no sanitizer report\n", status);
    return 1;
}

int main(int argc, char **argv)
{
    /* Room for the largest array of the largest format at the largest offset. */
    struct guarded_buffer xs = guarded_buffer_create(MAX_N * 8 + OFFSETS);
    struct guarded_buffer outs = guarded_buffer_create(MAX_N * 8 + OFFSETS);
    size_t k, n, offset, i;
    if (argc > 1 && strcmp(argv[1], "--overrun") == 0)
        return overrun();
    report_fatal_signals(1);
    check_guards_fault(&xs);
    printf("guard pages: %lu forms, n = 0..%d, offsets 0..%d bytes\n", (unsigned long)sp_form_count, MAX_N,
           OFFSETS - 1);
    for (k = 0; k < sp_form_count; k++) {
        const struct form *f = &sp_forms[k];
        long failed_before = checks_failed;
        fill_inputs(f, inputs, MAX_N, 0x5eed0000u + k);
        for (i = 0; i < MAX_N; i++)
            expected[i] = call_scalar(f, inputs[i]);
        for (n = 0; n <= MAX_N; n++)
            for (offset = 0; offset < OFFSETS; offset++) {
                check_separate(f, &xs, &outs, n, offset, 0);
                check_separate(f, &xs, &outs, n, offset, 1);
                check_in_place(f, &xs, n, offset, (n + offset) % 2); /* both ends, flush at offset 0 */
            }
        check_statuses(f, &xs, &outs);
        printf("  sp_%s_%s_array: %s\n", f->function, f->suffix, checks_failed == failed_before ? "ok" : "FAILED");
    }
    guarded_buffer_destroy(&xs);
    guarded_buffer_destroy(&outs);
    printf("%s: %ld checks, %ld failed\n", checks_failed ? "FAIL" : "ok", checks_run, checks_failed);
    return checks_failed ? 1 : 0;
}
