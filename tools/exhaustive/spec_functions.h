/* spec_functions.h -- the function names of spec/softplus.json (see spec_functions.c). */
#ifndef EXHAUSTIVE_SPEC_FUNCTIONS_H
#define EXHAUSTIVE_SPEC_FUNCTIONS_H

#include <stddef.h>

enum { max_spec_functions = 64, max_function_name = 64 };

struct spec_functions {
    size_t count;
    char names[max_spec_functions][max_function_name];
};

/* Reads the "name" of every entry of the "functions" array of the spec at path, in order. Returns 0,
 * or -1 with a message on stderr if the file cannot be read or holds no function. */
int read_spec_functions(const char *path, struct spec_functions *out);

#endif
