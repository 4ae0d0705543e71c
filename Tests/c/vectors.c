#include "vectors.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* Longest line of a vector file we accept: comments are short prose, cases are 2 hex words. */
enum { LINE_LENGTH = 1024 };

static int parse_hex(const char *text, int digits, uint64_t *value)
{
    char *end;
    int i;
    for (i = 0; i < digits; i++)
        if (text[i] == '\0' || !strchr("0123456789abcdef", text[i]))
            return 0;
    *value = strtoull(text, &end, 16);
    return end == text + digits;
}

static int parse_case(const char *line, int digits, struct vector_case *c)
{
    size_t length = strlen(line);
    while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
        length--;
    return length == (size_t)(2 * digits + 1) && line[digits] == ' ' && parse_hex(line, digits, &c->input) &&
           parse_hex(line + digits + 1, digits, &c->expected);
}

struct vectors read_vectors(const char *directory, const struct form *f)
{
    struct vectors v = {NULL, 0, 0};
    size_t capacity = 0;
    char path[4096], line[LINE_LENGTH];
    long number = 0;
    int digits = f->bits / 4;
    FILE *file;

    snprintf(path, sizeof path, "%s/%s_%s.txt", directory, f->function, f->suffix);
    file = fopen(path, "r");
    if (!file)
        return v;
    v.found = 1;
    while (fgets(line, sizeof line, file)) {
        struct vector_case c;
        number++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (!check(parse_case(line, digits, &c), "%s:%ld: not `<%d hex digits> <%d hex digits>`", path, number,
                   digits, digits))
            continue;
        if (v.count == capacity) {
            capacity = capacity ? 2 * capacity : 4096;
            v.cases = realloc(v.cases, capacity * sizeof *v.cases);
            if (!v.cases) {
                fprintf(stderr, "out of memory reading %s\n", path);
                exit(2);
            }
        }
        v.cases[v.count++] = c;
    }
    fclose(file);
    return v;
}

void free_vectors(struct vectors *v)
{
    free(v->cases);
    v->cases = NULL;
    v->count = 0;
}

/* ulp(v) of a finite nonzero value of the form's format: 2^(e - p) for v = m 2^e, 1/2 <= |m| < 1, with p
 * the precision (53 or 24 bits); never below the smallest subnormal, 2^-1074 or 2^-149. */
static double ulp_of(const struct form *f, double v)
{
    int precision = f->bits == 64 ? 53 : 24, smallest = f->bits == 64 ? -1074 : -149, exponent;
    frexp(v, &exponent);
    return ldexp(1.0, exponent - precision < smallest ? smallest : exponent - precision);
}

double ulp_distance(const struct form *f, uint64_t got, uint64_t expected)
{
    double g = value_of(f, got), e = value_of(f, expected);
    if (isnan(e) || isnan(g))
        return isnan(e) && isnan(g) ? 0 : INFINITY;
    if (isinf(e) || e == 0 || isinf(g) || signbit(g) != signbit(e))
        return got == expected ? 0 : INFINITY;
    /* Same sign: the difference is exact while g and e are within a factor 2 (Sterbenz), and far more
     * than an ULP otherwise. */
    return fabs(g - e) / ulp_of(f, e);
}

int within_bound(const struct form *f, uint64_t got, uint64_t expected)
{
    if (is_nan_bits(f, expected))
        return is_nan_bits(f, got);
    if (f->bits == 32)
        return got == expected;
    return ulp_distance(f, got, expected) <= 1.0;
}
