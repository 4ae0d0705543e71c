/* The training functions' MPFR vectors (Tests/vectors/training/<stem>_<suffix>.txt: rows of bit patterns,
 * `# <key> <bits>` comments) and the bounds of docs/TRAINING.md, shared by the C test (test_training.c)
 * and the libffi harness. */
#ifndef SP_TEST_TRAINING_H
#define SP_TEST_TRAINING_H

#include <stddef.h>
#include <stdint.h>

#include "forms.h"

enum { TRAINING_MAX_COLUMNS = 6 };

struct table {
    uint64_t *cells; /* rows * columns bit patterns, row by row */
    size_t rows;
    int columns;
    uint64_t sum, mean; /* the `# sum` and `# mean` comments (the losses' files), 0 when absent */
};

/* A format's form without functions (bits and suffix only), for the bounds of vectors.h: 64 or 32. */
const struct form *format_form(int bits);

/* Reads <directory>/<stem>_<suffix>.txt; a missing, malformed or empty file is a failed check (the table
 * is then empty). Free with free_table. */
struct table read_table(const char *directory, const char *stem, const struct form *format, int columns);
void free_table(struct table *t);
uint64_t cell(const struct table *t, size_t row, int column);

/* The loss within the contract's bound, or both zero (the sign of a zero loss is not specified). */
int loss_within_bound(const struct form *format, uint64_t got, uint64_t expected);
/* The gradient within the contract's bound, both zero, or within 2^-96 (|w pw t| + |w (1 - t)|) of the
 * correctly rounded value where its two terms cancel. row: x, t, w, pw, loss, gradient. */
int gradient_within_bound(const struct form *format, const struct table *t, size_t row, uint64_t got);

/* Counts of a file's results for the report: the largest distance in ULP and how many are exact. */
struct tally {
    double worst;
    size_t exact, total;
};
void tally_add(struct tally *tally, const struct form *format, uint64_t got, uint64_t expected);

#endif
