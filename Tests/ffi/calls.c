/* Calling a declared function through libffi (calls.h). */
#define _POSIX_C_SOURCE 200809L
#include "calls.h"

#include <dlfcn.h>
#include <string.h>

#include "check.h"

static ffi_type *ffi_type_of(const char *type)
{
    if (strcmp(type, "double") == 0)
        return &ffi_type_double;
    if (strcmp(type, "float") == 0)
        return &ffi_type_float;
    if (strcmp(type, "int") == 0)
        return &ffi_type_sint;
    if (strcmp(type, "size_t") == 0)
        return sizeof(size_t) == 8 ? &ffi_type_uint64 : &ffi_type_uint32;
    if (strchr(type, '*'))
        return &ffi_type_pointer;
    return NULL;
}

int prepare(struct callable *c, const struct declaration *d, void *library)
{
    ffi_type *returns = ffi_type_of(d->return_type);
    int i;
    c->declaration = d;
    c->symbol = dlsym(library, d->name);
    if (!check(c->symbol != NULL, "the header declares %s, the library does not export it", d->name))
        return 0;
    for (i = 0; i < d->parameter_count; i++) {
        c->arguments[i] = ffi_type_of(d->parameter_types[i]);
        if (!check(c->arguments[i] != NULL, "%s: parameter type `%s` unknown to the harness", d->name,
                   d->parameter_types[i]))
            return 0;
    }
    return check(returns != NULL, "%s: return type `%s` unknown to the harness", d->name, d->return_type) &&
           check(ffi_prep_cif(&c->cif, FFI_DEFAULT_ABI, (unsigned)d->parameter_count, returns, c->arguments) == FFI_OK,
                 "ffi_prep_cif failed for %s", d->name);
}

union result call(struct callable *c, void **arguments)
{
    union result r;
    memset(&r, 0, sizeof r);
    ffi_call(&c->cif, FFI_FN(c->symbol), &r, arguments);
    return r;
}


int has_signature(const struct declaration *d, const char *returns, int count, const char *const *parameters)
{
    int i;
    if (strcmp(d->return_type, returns) != 0 || d->parameter_count != count)
        return 0;
    for (i = 0; i < count; i++)
        if (strcmp(d->parameter_types[i], parameters[i]) != 0)
            return 0;
    return 1;
}
