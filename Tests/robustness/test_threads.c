/*
 * Many threads: THREADS threads (default 16) share one read-only input array per form and each writes its
 * own output arrays; every thread runs every array function of the spec in both formats, separately and in
 * place, and a slice through the scalar functions, several times, each thread under one of the four
 * rounding modes (the mode is per thread). Every result must be bitwise equal to the single-thread result
 * under the same mode, computed before the threads start. Run plain and under ThreadSanitizer
 * (sanitizers.sh builds both this test and the library with -fsanitize=thread): the library has no shared
 * mutable state, so TSan must report nothing.
 *
 * With --race every thread writes its array results into one shared out array instead: a data race of the
 * caller's making, inside the library's stores, which a ThreadSanitizer run must report (sanitizers.sh checks
 * that it does, so that a clean TSan run means something).
 *
 *     test_threads [THREADS] [--race]
 */
#include <fenv.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "forms.h"
#include "inputs.h"

/* 4096 elements: several pages per array, so threads overlap in time on every function. */
enum { ELEMENTS = 4096, REPETITIONS = 3, SCALAR_SLICE = 256, MODES = 4, MAX_THREADS = 256 };

static const int rounding_modes[MODES] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};

/* Per form: the shared input and the single-thread results under each rounding mode, as byte arrays of
 * the form's format. */
static unsigned char *shared_input[64];
static unsigned char *single_thread[64][MODES];

struct worker {
    pthread_t thread;
    int index;
    long mismatches;
    long calls;
    char first_mismatch[200];
};

static pthread_barrier_t start_line;
static unsigned char *shared_out; /* with --race: the one out array of every thread */

static void note_mismatch(struct worker *w, const struct form *f, const char *how, size_t i)
{
    if (w->mismatches++ == 0)
        snprintf(w->first_mismatch, sizeof w->first_mismatch, "thread %d, sp_%s_%s %s, element %lu", w->index,
                 f->function, f->suffix, how, (unsigned long)i);
}

static void *work(void *argument)
{
    struct worker *w = argument;
    int mode = w->index % MODES;
    unsigned char *own_out = malloc(ELEMENTS * 8), *in_place = malloc(ELEMENTS * 8);
    unsigned char *out = shared_out ? shared_out : own_out;
    int repetition;
    size_t k, i;
    fesetround(rounding_modes[mode]);
    pthread_barrier_wait(&start_line);
    for (repetition = 0; repetition < REPETITIONS; repetition++)
        for (k = 0; k < sp_form_count; k++) {
            /* Each thread starts at a different form, so that different functions run at the same time. */
            const struct form *f = &sp_forms[(k + (size_t)w->index) % sp_form_count];
            size_t form_index = (size_t)(f - sp_forms);
            size_t bytes = ELEMENTS * element_size(f);
            const unsigned char *want = single_thread[form_index][mode];
            if (call_array(f, shared_input[form_index], out, ELEMENTS) != SP_OK ||
                (!shared_out && memcmp(out, want, bytes) != 0))
                note_mismatch(w, f, "array", 0);
            memcpy(in_place, shared_input[form_index], bytes);
            if (call_array(f, in_place, in_place, ELEMENTS) != SP_OK || memcmp(in_place, want, bytes) != 0)
                note_mismatch(w, f, "array in place", 0);
            for (i = (size_t)w->index % 4; i < ELEMENTS; i += ELEMENTS / SCALAR_SLICE)
                if (call_scalar(f, get_element(f, shared_input[form_index], i)) != get_element(f, want, i))
                    note_mismatch(w, f, "scalar", i);
            w->calls += 2 + SCALAR_SLICE;
        }
    free(own_out);
    free(in_place);
    return NULL;
}

static void compute_single_thread_results(void)
{
    size_t k, i;
    int m;
    for (k = 0; k < sp_form_count; k++) {
        const struct form *f = &sp_forms[k];
        uint64_t inputs[ELEMENTS];
        size_t bytes = ELEMENTS * element_size(f);
        fill_inputs(f, inputs, ELEMENTS, 0x7eadu + k);
        shared_input[k] = malloc(bytes);
        for (i = 0; i < ELEMENTS; i++)
            put_element(f, shared_input[k], i, inputs[i]);
        for (m = 0; m < MODES; m++) {
            single_thread[k][m] = malloc(bytes);
            fesetround(rounding_modes[m]);
            check(call_array(f, shared_input[k], single_thread[k][m], ELEMENTS) == SP_OK,
                  "sp_%s_%s_array failed single-threaded", f->function, f->suffix);
            fesetround(FE_TONEAREST);
        }
    }
}

int main(int argc, char **argv)
{
    int threads = argc > 1 ? atoi(argv[1]) : 16;
    struct worker *workers;
    long calls = 0;
    int t;
    size_t k;
    int m;
    if (argc > 2 && strcmp(argv[2], "--race") == 0)
        shared_out = malloc(ELEMENTS * 8);
    if (threads < 1 || threads > MAX_THREADS || sp_form_count > 64 || (argc > 2 && !shared_out)) {
        fprintf(stderr, "usage: %s [THREADS, 1..%d] [--race]\n", argv[0], MAX_THREADS);
        return 2;
    }
    compute_single_thread_results();
    workers = calloc((size_t)threads, sizeof *workers);
    pthread_barrier_init(&start_line, NULL, (unsigned)threads);
    for (t = 0; t < threads; t++) {
        workers[t].index = t;
        check(pthread_create(&workers[t].thread, NULL, work, &workers[t]) == 0, "cannot start thread %d", t);
    }
    for (t = 0; t < threads; t++) {
        pthread_join(workers[t].thread, NULL);
        calls += workers[t].calls;
        check(workers[t].mismatches == 0, "%ld results differ from the single-thread ones; first: %s",
              workers[t].mismatches, workers[t].first_mismatch);
    }
    printf("threads: %d threads x %d repetitions x %lu forms, %d elements per array, %ld calls\n", threads,
           REPETITIONS, (unsigned long)sp_form_count, ELEMENTS, calls);
    pthread_barrier_destroy(&start_line);
    free(workers);
    free(shared_out);
    for (k = 0; k < sp_form_count; k++) {
        free(shared_input[k]);
        for (m = 0; m < MODES; m++)
            free(single_thread[k][m]);
    }
    printf("%s: %ld checks, %ld failed\n", checks_failed ? "FAIL" : "ok", checks_run, checks_failed);
    return checks_failed ? 1 : 0;
}
