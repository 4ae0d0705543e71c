/*
 * sweep.c -- the exhaustive check of one function: for each chosen input bit pattern, the library's
 * array entry point against the correctly rounded reference (decide.c).
 *
 * Inputs are start, start + stride, ... below 2^32, in chunks of chunk_inputs; each chunk is one call of
 * the array entry point (so the library is timed and checked as callers use it), then one reference
 * per element. Without a library only the reference runs (to list the hard cases, ~5 times faster). Counts are exact; the misrounded inputs kept are the first max_kept_misrounded in input
 * order (all are counted), and every hard case is kept.
 */
#include "sweep.h"

#include "float_bits.h"
#include "parallel.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Large enough that the per-call overhead vanishes, small enough that two threads share the work of a
 * strided sample evenly. */
enum { chunk_inputs = 1 << 14 };

static const uint64_t input_space = UINT64_C(1) << 32;

struct growing_array {
    void *items;
    size_t count, capacity, item_size;
};

static void append(struct growing_array *a, const void *item)
{
    if (a->count == a->capacity) {
        a->capacity = a->capacity ? 2 * a->capacity : 64;
        a->items = realloc(a->items, a->capacity * a->item_size);
        if (!a->items) {
            perror("exhaustive: memory");
            exit(2);
        }
    }
    memcpy((char *)a->items + a->count * a->item_size, item, a->item_size);
    a->count++;
}

struct sweep_context {
    const struct reference *ref;
    f32_array_fn library;
    struct sweep_range range;
    uint64_t inputs;
    struct sweep_result *result;
    struct growing_array misrounded, hard;
};

struct worker_state {
    float in[chunk_inputs], out[chunk_inputs];
    uint64_t checked, misrounded, settled_by_mpfr, special, decided_by_long_double, array_failures;
    uint64_t worst_floats_apart;
    struct misrounded_input worst;
    struct growing_array kept_misrounded, hard_cases;
};

static void *start_worker(void *context)
{
    (void)context;
    struct worker_state *s = calloc(1, sizeof *s);
    if (!s) {
        perror("exhaustive: memory");
        exit(2);
    }
    s->kept_misrounded.item_size = sizeof(struct misrounded_input);
    s->hard_cases.item_size = sizeof(struct hard_case);
    return s;
}

static void check_chunk(void *context, uint64_t chunk, void *state)
{
    struct sweep_context *c = context;
    struct worker_state *s = state;
    uint64_t first = chunk * chunk_inputs;
    size_t n = (size_t)(c->inputs - first < chunk_inputs ? c->inputs - first : chunk_inputs);
    for (size_t i = 0; i < n; i++)
        s->in[i] = bits_to_float((uint32_t)(c->range.start + (first + i) * c->range.stride));
    if (c->library && c->library(s->in, s->out, n) != 0) {
        s->array_failures++;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        enum decided_by how;
        float want = reference_f32(c->ref, s->in[i], &how);
        s->checked++;
        if (how == DECIDED_SPECIAL)
            s->special++;
        if (how == DECIDED_LONG_DOUBLE)
            s->decided_by_long_double++;
        if (how == DECIDED_MPFR) {
            s->settled_by_mpfr++;
            struct hard_case h = {float_to_bits(s->in[i]), float_to_bits(want)};
            append(&s->hard_cases, &h);
        }
        if (!c->library || same_result(s->out[i], want))
            continue;
        s->misrounded++;
        struct misrounded_input m = {float_to_bits(s->in[i]), float_to_bits(s->out[i]), float_to_bits(want)};
        uint64_t distance = floats_apart(s->out[i], want);
        if (s->misrounded == 1 || distance > s->worst_floats_apart) {
            s->worst_floats_apart = distance;
            s->worst = m;
        }
        if (s->kept_misrounded.count < max_kept_misrounded)
            append(&s->kept_misrounded, &m);
    }
}

static void merge(struct growing_array *into, const struct growing_array *from)
{
    for (size_t i = 0; i < from->count; i++)
        append(into, (const char *)from->items + i * from->item_size);
}

static void end_worker(void *context, void *state)
{
    struct sweep_context *c = context;
    struct worker_state *s = state;
    struct sweep_result *r = c->result;
    if (s->misrounded > 0 && (r->misrounded == 0 || s->worst_floats_apart > r->worst_floats_apart)) {
        r->worst = s->worst;
        r->worst_floats_apart = s->worst_floats_apart;
    }
    r->checked += s->checked;
    r->misrounded += s->misrounded;
    r->settled_by_mpfr += s->settled_by_mpfr;
    r->special += s->special;
    r->decided_by_long_double += s->decided_by_long_double;
    r->array_failures += s->array_failures;
    merge(&c->misrounded, &s->kept_misrounded);
    merge(&c->hard, &s->hard_cases);
    free(s->kept_misrounded.items);
    free(s->hard_cases.items);
    free(s);
}

static int by_input(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

void sweep(const struct reference *ref, f32_array_fn library, struct sweep_range range, int threads,
           struct sweep_result *result)
{
    memset(result, 0, sizeof *result);
    struct sweep_context c = {.ref = ref, .library = library, .range = range, .result = result};
    c.inputs = range.start < input_space ? (input_space - range.start + range.stride - 1) / range.stride : 0;
    c.misrounded.item_size = sizeof(struct misrounded_input);
    c.hard.item_size = sizeof(struct hard_case);
    struct parallel_job job = {&c, (c.inputs + chunk_inputs - 1) / chunk_inputs, start_worker, check_chunk, end_worker};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    run_parallel(&job, threads);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    result->seconds = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
    /* Both records start with the input bits, so one comparison sorts either. */
    qsort(c.misrounded.items, c.misrounded.count, c.misrounded.item_size, by_input);
    qsort(c.hard.items, c.hard.count, c.hard.item_size, by_input);
    result->kept_misrounded = c.misrounded.count < max_kept_misrounded ? c.misrounded.count : max_kept_misrounded;
    result->misrounded_inputs = c.misrounded.items;
    result->hard_case_count = c.hard.count;
    result->hard_cases = c.hard.items;
}

void sweep_result_free(struct sweep_result *result)
{
    free(result->misrounded_inputs);
    free(result->hard_cases);
}
