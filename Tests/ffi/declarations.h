/* The function declarations of a C header, read the way a foreign-function interface reads them: the text
 * itself, not the compiler's view of it. Handles what softplus.h contains: comments, preprocessor lines
 * (an `#ifdef __cplusplus` block is skipped, as a C compiler would), a typedef'd enum and prototypes whose
 * types are one or two words and optional `*`. */
#ifndef SP_TEST_DECLARATIONS_H
#define SP_TEST_DECLARATIONS_H

#include <stddef.h>

enum { MAX_PARAMETERS = 8, MAX_TYPE = 64, MAX_DECLARATIONS = 256 };

struct declaration {
    char name[MAX_TYPE];
    char return_type[MAX_TYPE];            /* normalized, e.g. "const char *" */
    char parameter_types[MAX_PARAMETERS][MAX_TYPE]; /* normalized, names removed */
    int parameter_count;                   /* 0 for (void) */
};

/* Reads every function declaration of the header; returns their number, or -1 (with a message on stderr)
 * when the file cannot be read or a declaration cannot be parsed. */
int read_declarations(const char *path, struct declaration *declarations, int capacity);

#endif
