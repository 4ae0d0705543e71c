#include "training.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "vectors.h"

/* Longest line of a training vector file: six 16-digit words, or a comment line of prose. */
enum { LINE_LENGTH = 1024 };

const struct form *format_form(int bits)
{
    static const struct form f64 = {"training", "f64", 64, -INFINITY, INFINITY, NULL, NULL, NULL, NULL};
    static const struct form f32 = {"training", "f32", 32, -INFINITY, INFINITY, NULL, NULL, NULL, NULL};
    return bits == 64 ? &f64 : &f32;
}

/* The `columns` words of a line of `digits` hex digits each, separated by one space. */
static int parse_row(const char *line, int digits, int columns, uint64_t *row)
{
    int c, i;
    for (c = 0; c < columns; c++, line += digits + 1) {
        char *end;
        for (i = 0; i < digits; i++)
            if (!strchr("0123456789abcdef", line[i]) || line[i] == '\0')
                return 0;
        row[c] = strtoull(line, &end, 16);
        if (end != line + digits || (*end != (c + 1 < columns ? ' ' : '\n') && !(c + 1 == columns && *end == '\0')))
            return 0;
    }
    return 1;
}

struct table read_table(const char *directory, const char *stem, const struct form *format, int columns)
{
    struct table t = {NULL, 0, 0, 0, 0};
    char path[4096], line[LINE_LENGTH], key[16];
    size_t capacity = 0;
    long number = 0;
    FILE *file;
    t.columns = columns;
    snprintf(path, sizeof path, "%s/%s_%s.txt", directory, stem, format->suffix);
    file = fopen(path, "r");
    if (!check(file != NULL, "cannot read %s", path))
        return t;
    while (fgets(line, sizeof line, file)) {
        uint64_t row[TRAINING_MAX_COLUMNS], value;
        number++;
        if (line[0] == '#') {
            char value_text[32];
            if (sscanf(line, "# %15s %31s", key, value_text) == 2 && strlen(value_text) == (size_t)format->bits / 4 &&
                strspn(value_text, "0123456789abcdef") == strlen(value_text)) {
                value = strtoull(value_text, NULL, 16);
                if (strcmp(key, "sum") == 0)
                    t.sum = value;
                if (strcmp(key, "mean") == 0)
                    t.mean = value;
            }
            continue;
        }
        if (!check(parse_row(line, format->bits / 4, columns, row), "%s:%ld: not %d words of %d hex digits", path,
                   number, columns, format->bits / 4))
            continue;
        if (t.rows == capacity) {
            capacity = capacity ? 2 * capacity : 4096;
            t.cells = realloc(t.cells, capacity * (size_t)columns * sizeof *t.cells);
            if (!t.cells) {
                fprintf(stderr, "out of memory reading %s\n", path);
                exit(2);
            }
        }
        memcpy(t.cells + t.rows++ * (size_t)columns, row, (size_t)columns * sizeof *row);
    }
    fclose(file);
    check(t.rows > 0, "%s has no cases", path);
    return t;
}

void free_table(struct table *t)
{
    free(t->cells);
    t->cells = NULL;
    t->rows = 0;
}

uint64_t cell(const struct table *t, size_t row, int column)
{
    return t->cells[row * (size_t)t->columns + (size_t)column];
}

int loss_within_bound(const struct form *format, uint64_t got, uint64_t expected)
{
    return within_bound(format, got, expected) || (value_of(format, got) == 0 && value_of(format, expected) == 0);
}

int gradient_within_bound(const struct form *format, const struct table *t, size_t row, uint64_t got)
{
    double w = value_of(format, cell(t, row, 2)), pw = value_of(format, cell(t, row, 3));
    double target = value_of(format, cell(t, row, 1)), expected = value_of(format, cell(t, row, 5));
    double terms = fabs(w * pw * target) + fabs(w * (1 - target));
    return loss_within_bound(format, got, cell(t, row, 5)) ||
           fabs(value_of(format, got) - expected) <= ldexp(terms, -96);
}

void tally_add(struct tally *tally, const struct form *format, uint64_t got, uint64_t expected)
{
    double distance = ulp_distance(format, got, expected);
    tally->total++;
    tally->exact += distance == 0;
    if (distance > tally->worst)
        tally->worst = distance;
}
