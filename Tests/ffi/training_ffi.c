/*
 * The training header (softplus_training.h) through libffi, read the way test_ffi.c reads softplus.h: every
 * declaration looked up with dlsym and called with ffi_call on the MPFR vectors of Tests/vectors/training,
 * each result held to the bounds of docs/TRAINING.md (training.h). What a declaration is comes from its
 * signature (the four kinds of tools/header/training.py); its vector file from its name. Fails when the
 * header declares a function the spec's training section does not list, or misses one it does.
 */
#include "training_ffi.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calls.h"
#include "check.h"
#include "training.h"
#include "vectors.h"

/* Every training entry point of the spec, from the test table. */
#define UNARY_NAMES(name) "sp_" #name "_f64", "sp_" #name "_f64_array", "sp_" #name "_f32", "sp_" #name "_f32_array",
#define BACKWARD_NAMES(function) "sp_" #function "_backward_f64_array", "sp_" #function "_backward_f32_array",
#define LOSS_FORMAT_NAMES(name, t)                                                                               \
    "sp_" #name "_" #t, "sp_" #name "_backward_" #t, "sp_" #name "_sum_" #t, "sp_" #name "_sum_backward_" #t, \
        "sp_" #name "_mean_" #t, "sp_" #name "_mean_backward_" #t,
#define LOSS_NAMES(name, stem) LOSS_FORMAT_NAMES(name, f64) LOSS_FORMAT_NAMES(name, f32)
#define PARAMETERIZED_NAMES(name, ...) "sp_" #name "_f64", "sp_" #name "_f64_array", "sp_" #name "_f32", "sp_" #name "_f32_array",
static const char *const spec_names[] = {
    SP_TEST_TRAINING_UNARY(UNARY_NAMES) SP_TEST_TRAINING_BACKWARD(BACKWARD_NAMES) SP_TEST_TRAINING_LOSSES(LOSS_NAMES)
        SP_TEST_TRAINING_PARAMETERIZED_1(PARAMETERIZED_NAMES) SP_TEST_TRAINING_PARAMETERIZED_2(PARAMETERIZED_NAMES)};
#undef UNARY_NAMES
#undef BACKWARD_NAMES
#undef LOSS_FORMAT_NAMES
#undef LOSS_NAMES
#undef PARAMETERIZED_NAMES
enum { SPEC_COUNT = sizeof spec_names / sizeof spec_names[0] };

/* The losses: their id and vector file stem. */
#define LOSS_ENTRY(name, stem) {#name, #stem},
static const struct {
    const char *name, *stem;
} losses[] = {SP_TEST_TRAINING_LOSSES(LOSS_ENTRY)};
#undef LOSS_ENTRY

/* The parts of a declaration's name sp_<stem>_<suffix>[_array], and the types of its format. */
struct parts {
    char stem[128];
    const struct form *format;
    int array;
    const char *type, *const_pointer, *pointer;
};

static int parse_name(const char *name, struct parts *p)
{
    const char *suffix = strstr(name, "_f64") ? strstr(name, "_f64") : strstr(name, "_f32");
    size_t length;
    if (strncmp(name, "sp_", 3) != 0 || !suffix || suffix - name - 3 >= (long)sizeof p->stem)
        return 0;
    length = (size_t)(suffix - name - 3);
    memcpy(p->stem, name + 3, length);
    p->stem[length] = '\0';
    p->format = format_form(suffix[2] == '6' ? 64 : 32);
    p->array = strcmp(suffix + 4, "_array") == 0;
    p->type = p->format->bits == 64 ? "double" : "float";
    p->const_pointer = p->format->bits == 64 ? "const double *" : "const float *";
    p->pointer = p->format->bits == 64 ? "double *" : "float *";
    return p->array || suffix[4] == '\0';
}

static void *column(const struct table *t, const struct form *format, int c)
{
    unsigned char *values = malloc(t->rows * element_size(format) + 1);
    size_t i;
    for (i = 0; i < t->rows; i++)
        put_element(format, values, i, cell(t, i, c));
    return values;
}

static uint64_t scalar_result(const struct form *format, union result r)
{
    return format->bits == 64 ? bits_of(format, r.f64) : get_element(format, &r.f32, 0);
}

/* T f(T x, T p...) and int f_array(const T *x, T *out, size_t n, T p...): each row's x and parameters,
 * against the row's last column. */
static void call_pointwise(struct callable *c, const struct parts *p, int parameters, const char *directory)
{
    struct table t = read_table(directory, p->stem, p->format, parameters + 2);
    unsigned char values[TRAINING_MAX_COLUMNS][8], out[8];
    const void *x_pointer = values[0];
    void *out_pointer = out;
    size_t i, n = 1;
    int k;
    for (i = 0; i < t.rows; i++) {
        void *arguments[TRAINING_MAX_COLUMNS + 2];
        uint64_t got;
        union result r;
        for (k = 0; k <= parameters; k++)
            put_element(p->format, values[k], 0, cell(&t, i, k));
        if (p->array) {
            arguments[0] = &x_pointer, arguments[1] = &out_pointer, arguments[2] = &n;
            for (k = 1; k <= parameters; k++)
                arguments[k + 2] = values[k];
        } else {
            for (k = 0; k <= parameters; k++)
                arguments[k] = values[k];
        }
        r = call(c, arguments);
        got = p->array ? get_element(p->format, out, 0) : scalar_result(p->format, r);
        check((!p->array || (int)r.integer == SP_OK) && within_bound(p->format, got, cell(&t, i, parameters + 1)),
              "%s(0x%llx, ...) through libffi = 0x%llx, want 0x%llx", c->declaration->name,
              (unsigned long long)cell(&t, i, 0), (unsigned long long)got,
              (unsigned long long)cell(&t, i, parameters + 1));
    }
    free_table(&t);
}

/* int f(const T *x, const T *grad_out, T *grad_in, size_t n) on the whole file at once. */
static void call_backward(struct callable *c, const struct parts *p, const char *directory)
{
    struct table t = read_table(directory, p->stem, p->format, 3);
    void *x = column(&t, p->format, 0), *grad_out = column(&t, p->format, 1);
    void *grad_in = malloc(t.rows * element_size(p->format) + 1);
    void *arguments[4];
    size_t i, n = t.rows;
    union result r;
    arguments[0] = &x, arguments[1] = &grad_out, arguments[2] = &grad_in, arguments[3] = &n;
    r = call(c, arguments);
    check((int)r.integer == SP_OK, "%s through libffi returned %d", c->declaration->name, (int)r.integer);
    for (i = 0; i < t.rows; i++)
        check(within_bound(p->format, get_element(p->format, grad_in, i), cell(&t, i, 2)),
              "%s(0x%llx, 0x%llx) through libffi = 0x%llx, want 0x%llx", c->declaration->name,
              (unsigned long long)cell(&t, i, 0), (unsigned long long)cell(&t, i, 1),
              (unsigned long long)get_element(p->format, grad_in, i), (unsigned long long)cell(&t, i, 2));
    free(x), free(grad_out), free(grad_in), free_table(&t);
}

/* The loss entry points: int f(x, target, weight, pos_weight, [grad_out,] n, out). The elementwise loss and
 * gradients against every row (grad_out 1; n for the mean's, which divides by n); the sum and the mean of
 * the finite logits against the file's. */
static void call_loss(struct callable *c, const struct parts *p, const char *stem, const char *reduction,
                      int is_backward, int scalar_grad_out, const char *directory)
{
    struct table t = read_table(directory, stem, p->format, 6);
    size_t size = element_size(p->format), i, n = 0;
    void *x = column(&t, p->format, 0), *target = column(&t, p->format, 1);
    void *weight = column(&t, p->format, 2), *pos_weight = column(&t, p->format, 3);
    unsigned char *out = malloc(t.rows * size + 1), *grad_out_array = malloc(t.rows * size + 1);
    unsigned char grad_out_scalar[8];
    void *grad_out_pointer = grad_out_array;
    void *arguments[7];
    int reduced = reduction[0] != '\0', a = 4;
    union result r;
    if (reduced && !is_backward) {
        /* The sum and the mean are over the finite logits, as the file's comments. */
        for (i = 0; i < t.rows; i++)
            if (isfinite(value_of(p->format, cell(&t, i, 0)))) {
                int k;
                for (k = 0; k < 4; k++)
                    put_element(p->format, (k == 0 ? x : k == 1 ? target : k == 2 ? weight : pos_weight), n,
                                cell(&t, i, k));
                n++;
            }
    } else {
        n = t.rows;
    }
    for (i = 0; i < t.rows; i++)
        put_element(p->format, grad_out_array, i, bits_of(p->format, 1.0));
    put_element(p->format, grad_out_scalar, 0, bits_of(p->format, strcmp(reduction, "mean") == 0 ? (double)n : 1.0));
    arguments[0] = &x, arguments[1] = &target, arguments[2] = &weight, arguments[3] = &pos_weight;
    if (is_backward)
        arguments[a++] = scalar_grad_out ? (void *)grad_out_scalar : (void *)&grad_out_pointer;
    arguments[a++] = &n;
    arguments[a] = &out;
    r = call(c, arguments);
    check((int)r.integer == SP_OK, "%s through libffi returned %d", c->declaration->name, (int)r.integer);
    if (reduced && !is_backward) {
        uint64_t want = strcmp(reduction, "sum") == 0 ? t.sum : t.mean;
        check(get_element(p->format, out, 0) == want, "%s through libffi = 0x%llx, want 0x%llx",
              c->declaration->name, (unsigned long long)get_element(p->format, out, 0), (unsigned long long)want);
    } else {
        for (i = 0; i < t.rows; i++) {
            uint64_t got = get_element(p->format, out, i);
            check(is_backward ? gradient_within_bound(p->format, &t, i, got) : loss_within_bound(p->format, got, cell(&t, i, 4)),
                  "%s(0x%llx, 0x%llx, 0x%llx, 0x%llx) through libffi = 0x%llx, want 0x%llx", c->declaration->name,
                  (unsigned long long)cell(&t, i, 0), (unsigned long long)cell(&t, i, 1),
                  (unsigned long long)cell(&t, i, 2), (unsigned long long)cell(&t, i, 3), (unsigned long long)got,
                  (unsigned long long)cell(&t, i, is_backward ? 5 : 4));
        }
    }
    free(x), free(target), free(weight), free(pos_weight), free(out), free(grad_out_array), free_table(&t);
}

/* Which loss a stem names (bce_with_logits, bce_with_logits_sum_backward, ...): its vector stem, the
 * reduction ("", "sum" or "mean") and whether it is a gradient; 0 when none. */
static int loss_of(const char *stem, const char **vector_stem, char *reduction, int *is_backward)
{
    size_t k;
    for (k = 0; k < sizeof losses / sizeof losses[0]; k++) {
        size_t length = strlen(losses[k].name);
        const char *rest = stem + length;
        if (strncmp(stem, losses[k].name, length) != 0)
            continue;
        *vector_stem = losses[k].stem;
        *is_backward = strlen(rest) >= 9 && strcmp(rest + strlen(rest) - 9, "_backward") == 0;
        reduction[0] = '\0';
        if (strncmp(rest, "_sum", 4) == 0 || strncmp(rest, "_mean", 5) == 0)
            sscanf(rest + 1, "%7[a-z]", reduction);
        return 1;
    }
    return 0;
}

/* Calls one declaration as its signature says; returns 0 when the signature is none of the kinds. */
static int test_declaration(struct callable *c, const char *directory)
{
    const struct declaration *d = c->declaration;
    struct parts p;
    const char *types[8], *vector_stem;
    char reduction[8];
    int k, is_backward;
    if (!parse_name(d->name, &p))
        return 0;
    for (k = 0; k < 8; k++)
        types[k] = p.type;
    /* T f(T x[, T p...]): unary or parameterized. */
    if (has_signature(d, p.type, d->parameter_count, types) && d->parameter_count >= 1 && d->parameter_count <= 3) {
        call_pointwise(c, &p, d->parameter_count - 1, directory);
        return 1;
    }
    types[0] = p.const_pointer, types[1] = p.pointer, types[2] = "size_t";
    if (p.array && has_signature(d, "int", d->parameter_count, types) && d->parameter_count >= 3 && d->parameter_count <= 5) {
        call_pointwise(c, &p, d->parameter_count - 3, directory);
        return 1;
    }
    types[1] = p.const_pointer, types[2] = p.pointer, types[3] = "size_t";
    if (p.array && has_signature(d, "int", 4, types) && strstr(p.stem, "_backward")) {
        call_backward(c, &p, directory);
        return 1;
    }
    if (!loss_of(p.stem, &vector_stem, reduction, &is_backward))
        return 0;
    types[2] = types[3] = p.const_pointer;
    types[4] = is_backward ? (reduction[0] ? p.type : p.const_pointer) : "size_t";
    types[5] = is_backward ? "size_t" : p.pointer;
    types[6] = p.pointer;
    if (!has_signature(d, "int", is_backward ? 7 : 6, types))
        return 0;
    call_loss(c, &p, vector_stem, reduction, is_backward, reduction[0] != '\0', directory);
    return 1;
}

void test_training_header(void *library, const char *header, const char *vector_directory)
{
    static struct declaration declarations[MAX_DECLARATIONS];
    static struct callable callable;
    char directory[4096];
    int count = read_declarations(header, declarations, MAX_DECLARATIONS), i, called = 0;
    size_t k;
    if (!check(count >= 0, "cannot read the declarations of %s", header))
        return;
    snprintf(directory, sizeof directory, "%s/training", vector_directory);
    printf("libffi harness: %d declarations in %s\n", count, header);
    for (i = 0; i < count; i++) {
        int listed = 0;
        for (k = 0; k < SPEC_COUNT; k++)
            listed |= strcmp(declarations[i].name, spec_names[k]) == 0;
        if (!check(listed, "the header declares %s, which the spec's training section does not list",
                   declarations[i].name) ||
            !prepare(&callable, &declarations[i], library))
            continue;
        called += check(test_declaration(&callable, directory), "%s: a signature of none of the training kinds",
                        declarations[i].name);
    }
    check(count == SPEC_COUNT && called == SPEC_COUNT, "%d training declarations, %d called, the spec has %d",
          count, called, (int)SPEC_COUNT);
    printf("  %d training entry points called through ffi_call on Tests/vectors/training\n", called);
}
