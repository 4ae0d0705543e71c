/*
 * exhaustive -- checks that a library's float functions are correctly rounded on every one of the
 * 2^32 float inputs (or a strided subset), against a rigorous reference.
 *
 * What it checks: for each function of spec/softplus.json (the "name" fields: the list is read from
 * the spec, never written here), the array entry point sp_<name>_f32_array of the library given by
 * path (dlopen), on inputs start, start + stride, ... < 2^32 taken as float bit patterns. A result is
 * right when it has the bits of the correctly rounded value (round to nearest, ties to even), zero
 * signs included; where the spec says NaN any NaN is right (CONTRACT.md).
 *
 * Method (why the reference is rigorous):
 *   - Special inputs (NaN, infinities, outside the domain, exact edge values) follow the spec's
 *     rules (special_values.c).
 *   - Every other input gets a candidate through glibc's exp/expm1/log/log1p in forms free of
 *     cancellation (candidate_forms.h; near the zeros logit(1/2), softplusinv(ln 2), softminusinv(-ln 2)
 *     through log1p of an exactly computed small argument, with ln 2 split in two parts), first in
 *     double (relative error ~2^-50 by glibc's documented ulp bounds and the condition numbers stated
 *     there), then, if that does not decide, in x87 long double (~2^-60).
 *   - If a candidate lies farther than its margin M (2^-42 for double, 2^-50 for long double; 2^8 and
 *     more times its error) from every float rounding boundary -- the midpoints between adjacent
 *     floats, those of the subnormal grid below 2^-126, and the overflow threshold -- the correctly
 *     rounded float is decided: the whole interval candidate * (1 +- M) rounds to one float
 *     (decide.c).
 *   - Otherwise (a "hard case": the long double candidate within 2^-50 of a boundary) the result is
 *     settled by MPFR: interval arithmetic with directed rounding gives lo <= f(x) <= hi from the
 *     function's definition at 256 bits, doubled until lo and hi round to the same float
 *     (mpfr_bounds.c, decide.c). These inputs are counted and can be written as test vectors.
 *   - The margins are validated, not assumed: --validate N compares both candidates to MPFR on N random
 *     inputs per function, fails if the largest relative error exceeds M / 64, and checks on every
 *     sample a candidate decides that MPFR alone decides the same float (validate.c). --self-test
 *     checks that both final roundings (x87 conversion and mpfr_get_flt) are round-to-nearest-even at
 *     every kind of float boundary (self_test.c).
 *
 * Usage (tools/exhaustive/README.md has the build and the commands the project runs):
 *   exhaustive [--library PATH] [--spec PATH] [--function NAME]... [--start N] [--stride N]
 *              [--threads N] [--json PATH] [--note TEXT] [--hard-cases DIR] [--vectors DIR]...
 *              [--validate N] [--seed N] [--self-test]
 * Exit status: 0 all checks passed, 1 a check failed (misrounded result, validation, vectors,
 * self-test), 2 a usage or setup error.
 */
#include "float_bits.h"
#include "library.h"
#include "parallel.h"
#include "reference.h"
#include "report.h"
#include "self_test.h"
#include "spec_functions.h"
#include "sweep.h"
#include "validate.h"
#include "vector_check.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { max_selected = 64, max_vector_directories = 8 };

struct options {
    const char *library, *spec, *json, *hard_cases, *note;
    const char *selected[max_selected];
    int selected_count;
    const char *vectors[max_vector_directories];
    int vector_directories;
    struct sweep_range range;
    bool range_given;
    int threads;
    unsigned long long validate, seed;
    int self_test;
};

static void usage(void)
{
    fprintf(stderr,
            "usage: exhaustive [--library PATH] [--spec PATH] [--function NAME]... [--start N] [--stride N]\n"
            "                  [--threads N] [--json PATH] [--note TEXT] [--hard-cases DIR] [--vectors DIR]...\n"
            "                  [--validate N] [--seed N] [--self-test]\n");
    exit(2);
}

static unsigned long long number(const char *text)
{
    char *end;
    unsigned long long n = strtoull(text, &end, 0);
    if (*text == '\0' || *end != '\0')
        usage();
    return n;
}

static struct options parse_options(int argc, char **argv)
{
    /* The seed is arbitrary; fixing it makes the validation sample the same on every run. */
    struct options o = {.spec = "spec/softplus.json", .range = {0, 1}, .threads = processor_count(),
                        .seed = 20260101};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--self-test") == 0) {
            o.self_test = 1;
            continue;
        }
        if (i + 1 == argc)
            usage();
        const char *v = argv[++i];
        if (strcmp(a, "--library") == 0)
            o.library = v;
        else if (strcmp(a, "--spec") == 0)
            o.spec = v;
        else if (strcmp(a, "--json") == 0)
            o.json = v;
        else if (strcmp(a, "--note") == 0)
            o.note = v;
        else if (strcmp(a, "--hard-cases") == 0)
            o.hard_cases = v;
        else if (strcmp(a, "--function") == 0 && o.selected_count < max_selected)
            o.selected[o.selected_count++] = v;
        else if (strcmp(a, "--vectors") == 0 && o.vector_directories < max_vector_directories)
            o.vectors[o.vector_directories++] = v;
        else if (strcmp(a, "--start") == 0) {
            o.range.start = number(v);
            o.range_given = true;
        } else if (strcmp(a, "--stride") == 0) {
            o.range.stride = number(v);
            o.range_given = true;
        }
        else if (strcmp(a, "--threads") == 0)
            o.threads = (int)number(v);
        else if (strcmp(a, "--validate") == 0)
            o.validate = number(v);
        else if (strcmp(a, "--seed") == 0)
            o.seed = number(v);
        else
            usage();
    }
    if (o.range.stride == 0 || o.range.start >= (1ULL << 32) || o.threads < 1)
        usage();
    return o;
}

/* The command as a shell would take it back: arguments with characters other than these are single-quoted. */
static bool plain_argument(const char *a)
{
    return *a && strspn(a, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./=:,+-") == strlen(a);
}

static char *command_line(int argc, char **argv)
{
    size_t size = 1;
    for (int i = 0; i < argc; i++)
        size += 4 * strlen(argv[i]) + 3;
    char *s = calloc(size, 1);
    for (int i = 0; s && i < argc; i++) {
        if (i)
            strcat(s, " ");
        if (plain_argument(argv[i])) {
            strcat(s, argv[i]);
            continue;
        }
        char *end = s + strlen(s);
        *end++ = '\'';
        for (const char *c = argv[i]; *c; c++)
            if (*c == '\'') {
                memcpy(end, "'\\''", 4);
                end += 4;
            } else {
                *end++ = *c;
            }
        *end = '\'';
    }
    return s;
}

static bool selected(const struct options *o, const char *name)
{
    if (o->selected_count == 0)
        return true;
    for (int i = 0; i < o->selected_count; i++)
        if (strcmp(o->selected[i], name) == 0)
            return true;
    return false;
}

/* The inputs are swept for the library, or for the hard cases; replaying vector files alone does not
 * sweep unless a range is given too. */
static bool sweeps(const struct options *o, f32_array_fn entry_point)
{
    if (o->vector_directories && !o->range_given)
        return false;
    return entry_point || o->hard_cases;
}

static void print_misrounded(const struct misrounded_input *m)
{
    printf("    input %08x (%.9g): got %08x (%.9g), want %08x (%.9g)\n", m->input, (double)bits_to_float(m->input),
           m->got, (double)bits_to_float(m->got), m->want, (double)bits_to_float(m->want));
}

static bool print_candidate_validation(const char *type, const struct candidate_validation *v,
                                       struct candidate_trust trust)
{
    bool ok = candidate_validation_passed(v, trust);
    printf("  %s candidate: max relative error 2^%.2f (at %08x; limit 2^%.0f), %llu beyond the slack, "
           "%llu of %llu decisions differ from MPFR's%s\n",
           type, v->max_relative_error > 0 ? log2(v->max_relative_error) : -INFINITY, v->worst_input,
           log2((double)(trust.margin / validation_factor)), (unsigned long long)v->beyond_slack,
           (unsigned long long)v->disagreements, (unsigned long long)v->decided, ok ? "" : "  FAILED");
    return ok;
}

/* Returns the number of failed checks. */
static int validate_function(const struct options *o, const struct reference *ref, struct function_report *r)
{
    validate_candidates(ref, o->validate, o->seed, o->threads, &r->validation);
    r->validated = true;
    const struct validation_result *v = &r->validation;
    printf("%s: candidates vs MPFR on %llu inputs (%.1f s)\n", ref->name, (unsigned long long)v->samples, v->seconds);
    bool ok = print_candidate_validation("double", &v->of_double, double_trust);
    ok &= print_candidate_validation("long double", &v->of_long_double, long_double_trust);
    return ok ? 0 : 1;
}

static int sweep_function(const struct options *o, const struct run_report *run, const struct reference *ref,
                          f32_array_fn entry_point, struct function_report *r)
{
    sweep(ref, entry_point, o->range, o->threads, &r->sweep);
    r->swept = true;
    const struct sweep_result *s = &r->sweep;
    printf("%s: %llu inputs%s, %llu misrounded, %llu special, %llu decided in long double, %llu settled by MPFR, "
           "%.1f s%s\n",
           ref->name, (unsigned long long)s->checked, entry_point ? "" : " (reference only: no library)",
           (unsigned long long)s->misrounded, (unsigned long long)s->special,
           (unsigned long long)s->decided_by_long_double, (unsigned long long)s->settled_by_mpfr, s->seconds,
           s->misrounded || s->array_failures ? "  FAILED" : "");
    if (s->array_failures)
        printf("  %llu calls of sp_%s_f32_array did not return SP_OK\n", (unsigned long long)s->array_failures,
               ref->name);
    for (size_t i = 0; i < s->kept_misrounded && i < 10; i++)
        print_misrounded(&s->misrounded_inputs[i]);
    if (s->misrounded) {
        printf("  worst (%llu floats apart):\n", (unsigned long long)s->worst_floats_apart);
        print_misrounded(&s->worst);
    }
    if (o->hard_cases && write_hard_cases(o->hard_cases, run, r) != 0)
        return 1;
    return s->misrounded || s->array_failures ? 1 : 0;
}

static int check_vectors(const struct options *o, const struct reference *ref, f32_array_fn entry_point)
{
    int failures = 0;
    for (int d = 0; d < o->vector_directories; d++) {
        struct vector_check_result v;
        if (check_vector_file(o->vectors[d], ref, entry_point, &v) != 0)
            return failures + 1;
        printf("%s: %s/%s_f32.txt: %lu cases, %lu disagree with the reference, %lu misrounded by the library\n",
               ref->name, o->vectors[d], ref->name, v.cases, v.reference_disagreements, v.library_misrounded);
        failures += v.reference_disagreements || v.library_misrounded;
    }
    return failures;
}

int main(int argc, char **argv)
{
    struct options o = parse_options(argc, argv);
    reference_init();
    struct spec_functions spec;
    if (read_spec_functions(o.spec, &spec) != 0)
        return 2;
    int failures = o.self_test ? run_self_test() : 0;

    void *library = NULL;
    if (o.library && !(library = open_library(o.library)))
        return 2;
    struct function_report *reports = calloc(spec.count, sizeof *reports);
    struct run_report run = {command_line(argc, argv), o.note, o.library, o.range, o.threads, 0, reports};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (size_t i = 0; i < spec.count; i++) {
        const char *name = spec.names[i];
        if (!selected(&o, name))
            continue;
        const struct reference *ref = reference_named(name);
        if (!ref) {
            fprintf(stderr, "exhaustive: %s of %s has no reference in tools/exhaustive (reference_table.c)\n", name,
                    o.spec);
            return 2;
        }
        f32_array_fn entry_point = library ? f32_array_entry_point(library, name) : NULL;
        if (library && !entry_point)
            return 2;
        struct function_report *r = &reports[run.count++];
        r->name = name;
        if (o.validate)
            failures += validate_function(&o, ref, r);
        if (sweeps(&o, entry_point))
            failures += sweep_function(&o, &run, ref, entry_point, r);
        if (o.vector_directories)
            failures += check_vectors(&o, ref, entry_point);
        utc_now(r->date, sizeof r->date);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double total_seconds = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
    if (o.selected_count && run.count != (size_t)o.selected_count) {
        fprintf(stderr, "exhaustive: a --function is not a function of %s\n", o.spec);
        return 2;
    }
    if (o.json && write_json_report(o.json, &run) != 0)
        return 2;
    for (size_t i = 0; i < run.count; i++)
        sweep_result_free(&reports[i].sweep);
    free(reports);
    free((char *)run.command);
    printf("exhaustive: %s (%.1f s)\n", failures ? "FAILED" : "passed", total_seconds);
    return failures ? 1 : 0;
}
