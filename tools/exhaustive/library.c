/* library.c -- loads the library under test by path, so the checker needs neither its header nor a
 * link-time dependency, and finds each function's float array entry point by the C name of the spec. */
#include "library.h"

#include <dlfcn.h>
#include <stdio.h>

void *open_library(const char *path)
{
    void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        fprintf(stderr, "exhaustive: %s\n", dlerror());
    return library;
}

f32_array_fn f32_array_entry_point(void *library, const char *name)
{
    char symbol[128];
    snprintf(symbol, sizeof symbol, "sp_%s_f32_array", name);
    f32_array_fn entry_point;
    /* POSIX dlsym returns a data pointer; this is the conversion POSIX prescribes for functions. */
    *(void **)&entry_point = dlsym(library, symbol);
    if (!entry_point)
        fprintf(stderr, "exhaustive: the library has no %s\n", symbol);
    return entry_point;
}
