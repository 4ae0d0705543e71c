/* library.h -- the library under test, opened with dlopen (see library.c). */
#ifndef EXHAUSTIVE_LIBRARY_H
#define EXHAUSTIVE_LIBRARY_H

#include "sweep.h"

/* Opens the shared library at path; NULL with a message on stderr on failure. */
void *open_library(const char *path);

/* sp_<name>_f32_array of the opened library; NULL with a message on stderr if it is missing. */
f32_array_fn f32_array_entry_point(void *library, const char *name);

#endif
