/*
 * vector_check.c -- replays a float vector file (`<input bits> <expected bits>` per line, `#` comments,
 * CONTRACT.md) through this checker's reference and through the library. Used on the hard-case files
 * this tool writes (the CI test keeps them passing without a full sweep) and, as a cross-check of two
 * independent references, on the MPFR vectors of tools/reference (Tests/vectors/<name>_f32.txt).
 */
#include "vector_check.h"

#include "float_bits.h"

#include <stdio.h>
#include <stdlib.h>

int check_vector_file(const char *directory, const struct reference *ref, f32_array_fn library,
                      struct vector_check_result *result)
{
    char path[4096], line[256];
    snprintf(path, sizeof path, "%s/%s_f32.txt", directory, ref->name);
    FILE *f = fopen(path, "r");
    *result = (struct vector_check_result){0};
    if (!f) {
        perror(path);
        return -1;
    }
    int status = 0;
    unsigned long line_number = 0;
    while (fgets(line, sizeof line, f)) {
        line_number++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        unsigned int input, expected;
        if (sscanf(line, "%8x %8x", &input, &expected) != 2) {
            fprintf(stderr, "exhaustive: %s:%lu: not `<input bits> <expected bits>`\n", path, line_number);
            status = -1;
            break;
        }
        float x = bits_to_float(input), want = bits_to_float(expected), got;
        enum decided_by how;
        result->cases++;
        if (!same_result(reference_f32(ref, x, &how), want)) {
            result->reference_disagreements++;
            printf("  %s: the reference disagrees with %s:%lu (%08x -> %08x)\n", ref->name, path, line_number, input,
                   expected);
        }
        if (library && (library(&x, &got, 1) != 0 || !same_result(got, want))) {
            result->library_misrounded++;
            printf("  %s(%08x) = %08x, want %08x (%s:%lu)\n", ref->name, input, float_to_bits(got), expected, path,
                   line_number);
        }
    }
    fclose(f);
    return status;
}
