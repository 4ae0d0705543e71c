/* Every form on the shared MPFR vectors: the scalar result within the contract's bound, and the array
 * form (separate buffers, in place, unaligned) bitwise identical to the scalar form on every input. */
#include "tests.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "vectors.h"

static double check_scalar(const struct form *f, const struct vectors *v)
{
    double worst = 0;
    size_t i;
    for (i = 0; i < v->count; i++) {
        uint64_t got = call_scalar(f, v->cases[i].input);
        double distance = ulp_distance(f, got, v->cases[i].expected);
        if (distance > worst)
            worst = distance;
        check(within_bound(f, got, v->cases[i].expected), "sp_%s_%s(0x%0*llx) = 0x%0*llx, want 0x%0*llx (%.3g ULP)",
              f->function, f->suffix, f->bits / 4, (unsigned long long)v->cases[i].input, f->bits / 4,
              (unsigned long long)got, f->bits / 4, (unsigned long long)v->cases[i].expected, distance);
    }
    return worst;
}

/* Runs the array form from x_offset into out_offset bytes of fresh buffers (the same buffer when
 * in_place), then compares every element with the scalar form. */
static void check_array(const struct form *f, const struct vectors *v, size_t x_offset, size_t out_offset,
                        int in_place, const char *how)
{
    size_t size = element_size(f), bytes = v->count * size, i;
    unsigned char *x_buffer = allocate(bytes + x_offset);
    unsigned char *out_buffer = in_place ? x_buffer : allocate(bytes + out_offset);
    unsigned char *x = x_buffer + x_offset, *out = in_place ? x : out_buffer + out_offset;
    int status;

    for (i = 0; i < v->count; i++)
        put_element(f, x, i, v->cases[i].input);
    status = call_array(f, x, out, v->count);
    check(status == SP_OK, "sp_%s_%s_array (%s) returned %d", f->function, f->suffix, how, status);
    for (i = 0; i < v->count; i++) {
        uint64_t want = call_scalar(f, v->cases[i].input), got = get_element(f, out, i);
        check(got == want, "sp_%s_%s_array (%s)[%lu] on 0x%llx: 0x%llx, the scalar form gives 0x%llx",
              f->function, f->suffix, how, (unsigned long)i, (unsigned long long)v->cases[i].input,
              (unsigned long long)got, (unsigned long long)want);
    }
    if (!in_place)
        free(out_buffer);
    free(x_buffer);
}

void test_vectors(const char *directory)
{
    size_t k, found = 0, cases = 0;
    for (k = 0; k < sp_form_count; k++) {
        struct vectors v = read_vectors(directory, &sp_forms[k]);
        found += (size_t)v.found;
        if (!v.found)
            continue;
        cases += v.count;
        printf("  %s_%s: %lu vectors, largest distance from the correctly rounded result %.3f ULP\n",
               sp_forms[k].function, sp_forms[k].suffix, (unsigned long)v.count, check_scalar(&sp_forms[k], &v));
        check_array(&sp_forms[k], &v, 0, 0, 0, "separate buffers");
        check_array(&sp_forms[k], &v, 0, 0, 1, "in place");
        /* Offsets 1 and 3 bytes: no element of x or out is aligned to its type. */
        check_array(&sp_forms[k], &v, 1, 3, 0, "unaligned");
        check_array(&sp_forms[k], &v, 1, 1, 1, "unaligned in place");
        free_vectors(&v);
    }
    if (found == 0) {
        printf("  no vector files in %s: vector checks skipped\n", directory);
        return;
    }
    /* Once vectors exist, every form must have its file: a function added to the spec without vectors
     * would otherwise go untested. */
    for (k = 0; k < sp_form_count; k++) {
        struct vectors v = read_vectors(directory, &sp_forms[k]);
        check(v.found, "%s/%s_%s.txt is missing", directory, sp_forms[k].function, sp_forms[k].suffix);
        free_vectors(&v);
    }
    printf("  %lu vector cases in %lu files\n", (unsigned long)cases, (unsigned long)found);
}
