/*
 * The libffi harness: the path ctypes, cffi and other runtimes take. It dlopens the library, reads the
 * declarations from softplus.h as text, looks every declared function up with dlsym, and calls it through
 * ffi_prep_cif/ffi_call with the declared signature, comparing each result bitwise with a direct call.
 * It fails when the header declares a function the library lacks, one the spec does not list, or a
 * signature it cannot call. Given the training header too, it calls its declarations on the training
 * vectors (training_ffi.c).
 *
 *     test_ffi LIBRARY HEADER VECTOR_DIRECTORY [TRAINING_HEADER]
 */
#define _POSIX_C_SOURCE 200809L
#include <dlfcn.h>
#include <ffi.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calls.h"
#include "check.h"
#include "declarations.h"
#include "forms.h"
#include "training_ffi.h"
#include "vectors.h"

/* Inputs for the scalar forms besides the vectors: edges and specials of every domain. */
static const double probes[] = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 1e-300, -1e-300, 40.0, -40.0, 800.0, -800.0};

static void call_scalar_form(struct callable *c, const struct form *f, uint64_t bits)
{
    unsigned char argument[8];
    void *arguments[1];
    union result r;
    uint64_t got;
    arguments[0] = argument;
    put_element(f, argument, 0, bits);
    r = call(c, arguments);
    got = f->bits == 64 ? bits_of(f, r.f64) : get_element(f, &r.f32, 0);
    check(got == call_scalar(f, bits), "%s(0x%llx) through libffi = 0x%llx, directly 0x%llx", c->declaration->name,
          (unsigned long long)bits, (unsigned long long)got, (unsigned long long)call_scalar(f, bits));
}

static void call_array_form(struct callable *c, const struct form *f, const void *x, size_t n)
{
    size_t bytes = n * element_size(f);
    void *through_ffi = malloc(bytes + 1), *direct = malloc(bytes + 1);
    void *out = through_ffi;
    void *arguments[3];
    union result r;
    int status;
    arguments[0] = &x;
    arguments[1] = &out;
    arguments[2] = &n;
    r = call(c, arguments);
    status = call_array(f, x, direct, n);
    check((int)r.integer == status && status == SP_OK, "%s through libffi returned %d, directly %d",
          c->declaration->name, (int)r.integer, status);
    check(memcmp(through_ffi, direct, bytes) == 0, "%s through libffi differs from the direct call",
          c->declaration->name);
    /* An error status through libffi too: x null. */
    {
        const void *null_x = NULL;
        arguments[0] = &null_x;
        r = call(c, arguments);
        check((int)r.integer == SP_ERR_NULL_POINTER, "%s(NULL, out, %lu) through libffi returned %d",
              c->declaration->name, (unsigned long)n, (int)r.integer);
    }
    free(through_ffi);
    free(direct);
}

static const struct form *form_of(const char *name, int *is_array)
{
    size_t k;
    char expected[128];
    for (k = 0; k < sp_form_count; k++) {
        snprintf(expected, sizeof expected, "sp_%s_%s", sp_forms[k].function, sp_forms[k].suffix);
        *is_array = 0;
        if (strcmp(name, expected) == 0)
            return &sp_forms[k];
        strcat(expected, "_array");
        *is_array = 1;
        if (strcmp(name, expected) == 0)
            return &sp_forms[k];
    }
    return NULL;
}

/* Inputs of the form: the vectors when present, else the probes. */
static void *inputs(const struct form *f, const char *vector_directory, size_t *n)
{
    struct vectors v = read_vectors(vector_directory, f);
    size_t i, count = v.found ? v.count : sizeof probes / sizeof probes[0];
    unsigned char *x = malloc(count * element_size(f) + 1);
    for (i = 0; i < count; i++)
        put_element(f, x, i, v.found ? v.cases[i].input : bits_of(f, probes[i]));
    free_vectors(&v);
    *n = count;
    return x;
}

static void test_form(struct callable *c, const struct form *f, int is_array, const char *vector_directory)
{
    const struct declaration *d = c->declaration;
    const char *type = f->bits == 64 ? "double" : "float";
    const char *scalar_parameters[1], *array_parameters[3];
    char const_pointer[32], pointer[32];
    size_t n, i;
    void *x;
    snprintf(const_pointer, sizeof const_pointer, "const %s *", type);
    snprintf(pointer, sizeof pointer, "%s *", type);
    scalar_parameters[0] = type;
    array_parameters[0] = const_pointer;
    array_parameters[1] = pointer;
    array_parameters[2] = "size_t";
    if (!check(is_array ? has_signature(d, "int", 3, array_parameters) : has_signature(d, type, 1, scalar_parameters),
               "%s: the header's signature is not the contract's", d->name))
        return;
    x = inputs(f, vector_directory, &n);
    if (is_array) {
        call_array_form(c, f, x, n);
    } else {
        for (i = 0; i < n; i++)
            call_scalar_form(c, f, get_element(f, x, i));
        for (i = 0; i < sizeof probes / sizeof probes[0]; i++)
            call_scalar_form(c, f, bits_of(f, probes[i]));
    }
    free(x);
}

static void test_strings(struct callable *c)
{
    const struct declaration *d = c->declaration;
    static const char *const int_parameter[] = {"int"};
    void *arguments[1];
    union result r;
    if (strcmp(d->name, "sp_version") == 0 || strcmp(d->name, "sp_kernel_isa") == 0) {
        int is_version = strcmp(d->name, "sp_version") == 0;
        if (check(has_signature(d, "const char *", 0, NULL), "%s: unexpected signature", d->name)) {
            r = call(c, NULL);
            check(r.pointer == (const void *)(is_version ? sp_version() : sp_kernel_isa()),
                  "%s through libffi differs from the direct call", d->name);
        }
        return;
    }
    if (check(has_signature(d, "const char *", 1, int_parameter), "sp_status_string: unexpected signature")) {
        int code;
        for (code = -2; code <= 5; code++) {
            arguments[0] = &code;
            r = call(c, arguments);
            check(r.pointer == (const void *)sp_status_string(code),
                  "sp_status_string(%d) through libffi differs from the direct call", code);
        }
    }
}

int main(int argc, char **argv)
{
    static struct declaration declarations[MAX_DECLARATIONS];
    static struct callable callables[MAX_DECLARATIONS];
    void *library;
    int count, i, forms_called = 0;

    if (argc != 4 && argc != 5) {
        fprintf(stderr, "usage: %s LIBRARY HEADER VECTOR_DIRECTORY [TRAINING_HEADER]\n", argv[0]);
        return 2;
    }
    library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        printf("FAIL: dlopen: %s\n", dlerror());
        return 1;
    }
    count = read_declarations(argv[2], declarations, MAX_DECLARATIONS);
    if (count < 0)
        return 1;
    printf("libffi harness: %d declarations in %s\n", count, argv[2]);
    check(count == 2 * (int)sp_form_count + 3,
          "the header declares %d functions; the spec has %d entry points + sp_status_string, sp_version, sp_kernel_isa",
          count, SP_TEST_ENTRY_POINT_COUNT);
    for (i = 0; i < count; i++) {
        struct callable *c = &callables[i];
        const struct form *f;
        int is_array;
        if (!prepare(c, &declarations[i], library))
            continue;
        if (strcmp(declarations[i].name, "sp_version") == 0 || strcmp(declarations[i].name, "sp_status_string") == 0 ||
            strcmp(declarations[i].name, "sp_kernel_isa") == 0) {
            test_strings(c);
            continue;
        }
        f = form_of(declarations[i].name, &is_array);
        if (!check(f != NULL, "the header declares %s, which the spec does not list", declarations[i].name))
            continue;
        test_form(c, f, is_array, argv[3]);
        forms_called++;
    }
    check(forms_called == SP_TEST_ENTRY_POINT_COUNT, "called %d entry points through libffi, the spec has %d",
          forms_called, SP_TEST_ENTRY_POINT_COUNT);
    printf("  %d entry points called through ffi_call and compared with direct calls\n", forms_called);
    if (argc == 5)
        test_training_header(library, argv[4], argv[3]);
    printf("%s: %ld checks, %ld failed\n", checks_failed ? "FAIL" : "ok", checks_run, checks_failed);
    dlclose(library);
    return checks_failed ? 1 : 0;
}
