/* A function declared by a header, called through libffi: looked up with dlsym and prepared with
 * ffi_prep_cif from the declaration's text (declarations.h). Shared by the family's harness (test_ffi.c) and
 * the training header's (training_ffi.c). */
#ifndef SP_TEST_CALLS_H
#define SP_TEST_CALLS_H

#include <ffi.h>

#include "declarations.h"

struct callable {
    const struct declaration *declaration;
    void *symbol;
    ffi_cif cif;
    ffi_type *arguments[MAX_PARAMETERS];
};

/* Large enough for any return value; libffi widens integral results to ffi_arg. */
union result {
    ffi_arg integer;
    double f64;
    float f32;
    void *pointer;
};

/* Looks the declaration up in the library and prepares its call; a failed check (and 0) when the symbol is
 * missing or a type is unknown to the harness. */
int prepare(struct callable *c, const struct declaration *d, void *library);
/* Calls it with pointers to the arguments, as ffi_call takes them. */
union result call(struct callable *c, void **arguments);
/* Whether the declaration returns `returns` and takes exactly these (normalized) parameter types. */
int has_signature(const struct declaration *d, const char *returns, int count, const char *const *parameters);

#endif
