/* The shared MPFR test vectors (Tests/vectors/<function>_<suffix>.txt, format in CONTRACT.md) and the
 * accuracy bound every test applies to them. */
#ifndef SP_TEST_VECTORS_H
#define SP_TEST_VECTORS_H

#include <stddef.h>
#include <stdint.h>

#include "forms.h"

struct vector_case {
    uint64_t input;
    uint64_t expected; /* correctly rounded; a NaN stands for any NaN */
};

struct vectors {
    struct vector_case *cases;
    size_t count;
    int found; /* 0 when the file does not exist */
};

/* Reads the form's file from the directory; a malformed line is a failed check. Free with free_vectors. */
struct vectors read_vectors(const char *directory, const struct form *f);
void free_vectors(struct vectors *v);

/* The contract's bound: f64 within 1 ULP of the correctly rounded value (ULP of that value), f32 equal to
 * it; NaN for NaN (any NaN), and zeros, infinities and the sign always exactly. */
int within_bound(const struct form *f, uint64_t got, uint64_t expected);
/* |got - expected| in ULP of expected, for reports (0 when both are the same special value). */
double ulp_distance(const struct form *f, uint64_t got, uint64_t expected);

#endif
