/*
 * The results of one dispatch path, as hashes: every form of every function of the spec (both formats), on
 * the spec's special values, the inputs of the shared MPFR vectors and COUNT random bit patterns, through
 * the array entry point once over all of them and through the scalar entry point one by one. Scalar and
 * array must agree bit for bit (else exit 1); run_paths.py compares the hashes between paths.
 *
 *     path_bits VECTOR_DIRECTORY COUNT       (SOFTPLUS_ISA chooses the path)
 * Prints "isa <sp_kernel_isa()>", then per form "<function>_<suffix> <inputs> <FNV-1a of the results>".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms.h"
#include "vectors.h"

/* Bit patterns every path must get right: zeros, infinities, NaNs (quiet and signalling, both signs),
 * subnormals, the extremes, and values around the usual cut-offs. */
static const double special_values[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 1e-8, -1e-8, 1e-20, 0.999999, 1.000001, 14.5, 14.6,
    -14.6, 33.27, 33.28, -33.28, 36.8, -36.8, 709.78, 709.79, -709.79, -745.13, -745.14, 88.72, -87.3,
    -103.97, -104.0, 1e10, -1e10,
};

static uint64_t next_random(uint64_t *state) {
    /* splitmix64: every 64-bit pattern, fixed seed, the same inputs on every run. */
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static uint64_t fnv1a(uint64_t hash, uint64_t bits, size_t bytes) {
    for (size_t i = 0; i < bytes; i++) {
        hash = (hash ^ ((bits >> (8 * i)) & 0xff)) * 0x100000001b3ull;
    }
    return hash;
}

static int run_form(const struct form *f, const char *vector_directory, size_t random_count) {
    struct vectors v = read_vectors(vector_directory, f);
    size_t special_count = sizeof special_values / sizeof *special_values;
    size_t n = 2 * special_count + 4 + v.count + random_count;
    size_t size = element_size(f);
    unsigned char *x = malloc(n * size), *out = malloc(n * size);
    if (x == NULL || out == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    size_t i = 0;
    uint64_t quiet = f->bits == 64 ? 0x7ff8000000000000ull : 0x7fc00000u;
    uint64_t signalling = f->bits == 64 ? 0x7ff0000000000001ull : 0x7f800001u;
    uint64_t sign = f->bits == 64 ? 0x8000000000000000ull : 0x80000000u;
    put_element(f, x, i++, quiet);
    put_element(f, x, i++, quiet | sign);
    put_element(f, x, i++, signalling);
    put_element(f, x, i++, signalling | sign);
    for (size_t k = 0; k < special_count; k++) {
        put_element(f, x, i++, bits_of(f, special_values[k]));
        put_element(f, x, i++, bits_of(f, special_values[k]) + 1); /* the next pattern up */
    }
    for (size_t k = 0; k < v.count; k++) {
        put_element(f, x, i++, v.cases[k].input);
    }
    uint64_t state = 0x736f6674706c7573ull; /* "softplus" */
    for (size_t k = 0; k < random_count; k++) {
        put_element(f, x, i++, next_random(&state) & (f->bits == 64 ? ~0ull : 0xffffffffull));
    }
    int status = call_array(f, x, out, n);
    uint64_t hash = 0xcbf29ce484222325ull;
    size_t disagreements = 0;
    for (size_t k = 0; k < n; k++) {
        uint64_t array_bits = get_element(f, out, k);
        uint64_t scalar_bits = call_scalar(f, get_element(f, x, k));
        if (array_bits != scalar_bits && disagreements++ < 3) {
            fprintf(stderr, "FAIL: sp_%s_%s: input 0x%llx: array 0x%llx, scalar 0x%llx\n", f->function, f->suffix,
                    (unsigned long long)get_element(f, x, k), (unsigned long long)array_bits,
                    (unsigned long long)scalar_bits);
        }
        hash = fnv1a(hash, array_bits, size);
    }
    printf("%s_%s %zu %016llx\n", f->function, f->suffix, n, (unsigned long long)hash);
    free(x);
    free(out);
    free_vectors(&v);
    if (status != SP_OK) {
        fprintf(stderr, "FAIL: sp_%s_%s_array returned %d\n", f->function, f->suffix, status);
        return 0;
    }
    return disagreements == 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s VECTOR_DIRECTORY COUNT\n", argv[0]);
        return 2;
    }
    size_t random_count = strtoul(argv[2], NULL, 10);
    printf("isa %s\n", sp_kernel_isa());
    int ok = 1;
    for (size_t k = 0; k < sp_form_count; k++) {
        ok &= run_form(&sp_forms[k], argv[1], random_count);
    }
    return ok ? 0 : 1;
}
