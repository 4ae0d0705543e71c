/*
 * The results of one dispatch path, as hashes: every form of every function of the spec (both formats), on
 * the spec's special values, the inputs of the shared MPFR vectors and COUNT random bit patterns, through
 * the array entry point once over all of them and through the scalar entry point one by one. Scalar and
 * array must agree bit for bit (else exit 1); run_paths.py compares the hashes between paths.
 *
 *     path_bits VECTOR_DIRECTORY COUNT       (SOFTPLUS_ISA chooses the path)
 * Prints "isa <sp_kernel_isa()>", then per form "<function>_<suffix> <inputs> <FNV-1a of the results>",
 * then the same for the unary training functions (softplus_training.h: derivatives, log1mexp, log1pexp), on
 * their MPFR vectors in VECTOR_DIRECTORY/training, and for the backward products that run a vector kernel
 * (run_backward), for the elementwise binary cross-entropy (run_loss) and for the parameterized softplus
 * (run_parameterized).
 */
#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms.h"
#include "softplus_training.h"
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

/* The unary training functions as forms (the family's shape), every one of them: those that run a vector
 * kernel must give the same bits on every path, and the others cost little. */
#define SP_UNARY_FORMS(name)                                                                                  \
    {#name, "f64", 64, -INFINITY, INFINITY, sp_##name##_f64, NULL, sp_##name##_f64_array, NULL},           \
        {#name, "f32", 32, -INFINITY, INFINITY, NULL, sp_##name##_f32, NULL, sp_##name##_f32_array},
static const struct form unary_forms[] = {SP_TEST_TRAINING_UNARY(SP_UNARY_FORMS)};

/* The backward products that run a vector kernel (spec "training" "backward" with "kernel"; array entry
 * points only): x from the special values and random bit patterns, grad_out random bit patterns and
 * special values too (zeros, infinities, NaN, subnormals), hashed like the forms; and once more in place
 * (grad_in == grad_out), which must give the same bits. */
struct backward_form {
    const char *name;
    int (*f64)(const double *, const double *, double *, size_t);
    int (*f32)(const float *, const float *, float *, size_t);
};

static const struct backward_form backward_forms[] = {
    {"sigmoid_backward", sp_sigmoid_backward_f64_array, sp_sigmoid_backward_f32_array},
    {"one_minus_sigmoid_backward", sp_one_minus_sigmoid_backward_f64_array,
     sp_one_minus_sigmoid_backward_f32_array},
    {"softplus_backward", sp_softplus_backward_f64_array, sp_softplus_backward_f32_array},
    {"softminus_backward", sp_softminus_backward_f64_array, sp_softminus_backward_f32_array},
    {"log_sigmoid_backward", sp_log_sigmoid_backward_f64_array, sp_log_sigmoid_backward_f32_array},
    {"log_one_minus_sigmoid_backward", sp_log_one_minus_sigmoid_backward_f64_array,
     sp_log_one_minus_sigmoid_backward_f32_array},
    {"logit_backward", sp_logit_backward_f64_array, sp_logit_backward_f32_array},
    {"softplusinv_backward", sp_softplusinv_backward_f64_array, sp_softplusinv_backward_f32_array},
    {"softminusinv_backward", sp_softminusinv_backward_f64_array, sp_softminusinv_backward_f32_array},
};

static int run_backward(const struct backward_form *b, int bits, size_t random_count) {
    size_t special_count = sizeof special_values / sizeof *special_values;
    size_t n = 2 * special_count * special_count + random_count;
    size_t size = bits / 8;
    double *x64 = malloc(n * sizeof(double)), *g64 = malloc(n * sizeof(double)), *out64 = malloc(n * sizeof(double));
    float *x32 = malloc(n * sizeof(float)), *g32 = malloc(n * sizeof(float)), *out32 = malloc(n * sizeof(float));
    if (!x64 || !g64 || !out64 || !x32 || !g32 || !out32) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    size_t i = 0;
    for (size_t a = 0; a < special_count; a++) {
        for (size_t c = 0; c < special_count; c++) {
            for (int sign = 0; sign < 2; sign++) {
                x64[i] = special_values[a];
                g64[i] = sign ? -special_values[c] : special_values[c];
                i++;
            }
        }
    }
    uint64_t state = 0x6261636b77617264ull; /* "backward" */
    for (; i < n; i++) {
        uint64_t r = next_random(&state), q = next_random(&state);
        if (bits == 64) {
            memcpy(&x64[i], &r, 8);
            memcpy(&g64[i], &q, 8);
        } else {
            uint32_t r32 = (uint32_t)r, q32 = (uint32_t)q;
            memcpy(&x32[i], &r32, 4);
            memcpy(&g32[i], &q32, 4);
        }
    }
    if (bits == 32) {
        for (size_t k = 0; k < 2 * special_count * special_count; k++) {
            x32[k] = (float)x64[k];
            g32[k] = (float)g64[k];
        }
    }
    int status = bits == 64 ? b->f64(x64, g64, out64, n) : b->f32(x32, g32, out32, n);
    int in_place = bits == 64 ? b->f64(x64, g64, g64, n) : b->f32(x32, g32, g32, n);
    const unsigned char *out = bits == 64 ? (const unsigned char *)out64 : (const unsigned char *)out32;
    const unsigned char *again = bits == 64 ? (const unsigned char *)g64 : (const unsigned char *)g32;
    uint64_t hash = 0xcbf29ce484222325ull;
    for (size_t k = 0; k < n; k++) {
        uint64_t v = 0;
        memcpy(&v, out + k * size, size);
        hash = fnv1a(hash, v, size);
    }
    int same = memcmp(out, again, n * size) == 0;
    printf("%s_f%d %zu %016llx\n", b->name, bits, n, (unsigned long long)hash);
    if (status != SP_OK || in_place != SP_OK || !same) {
        fprintf(stderr, "FAIL: sp_%s_f%d_array: status %d, in place %d, in place %s\n", b->name, bits, status,
                in_place, same ? "the same" : "different");
    }
    free(x64), free(g64), free(out64), free(x32), free(g32), free(out32);
    return status == SP_OK && in_place == SP_OK && same;
}

/* The parameterized softplus (vector kernels): softplus_beta, softplusinv_beta and softplus_through on the
 * special values and random bit patterns, for parameters that take every route of the kernels (PyTorch's
 * default; beta = 2, whose float results reach the subnormals; beta < 1; no threshold; a tiny and a huge
 * beta, which the kernels leave to the scalar code; c small, moderate, large and past the kernel's range),
 * through the array entry point and through the scalar one element by element, which must agree bit for
 * bit. */
static const double beta_parameters[][2] = {{1, 20}, {2, 20}, {0.25, INFINITY}, {3, INFINITY}, {1e-3, 20},
                                            {1e-310, 20}, {1e300, 5}, {1, -INFINITY}};
static const double through_parameters[] = {1e-3, 1, 30, 650, 800};

static int run_parameterized(int bits, size_t random_count) {
    size_t special_count = sizeof special_values / sizeof *special_values;
    size_t n = 2 * special_count + random_count;
    size_t size = bits / 8;
    double *x64 = malloc(n * sizeof(double)), *out64 = malloc(n * sizeof(double));
    float *x32 = malloc(n * sizeof(float)), *out32 = malloc(n * sizeof(float));
    if (!x64 || !out64 || !x32 || !out32) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    uint64_t state = 0x7061726d73ull; /* "parms" */
    for (size_t i = 0; i < n; i++) {
        if (i < 2 * special_count) {
            x64[i] = i % 2 ? -special_values[i / 2] : special_values[i / 2];
            x32[i] = (float)x64[i];
        } else if (i % 2) {
            uint64_t r = next_random(&state);
            uint32_t r32 = (uint32_t)r;
            memcpy(&x64[i], &r, 8);
            memcpy(&x32[i], &r32, 4);
        } else {
            /* Typical inputs: over [-120, 120], denser near 0. */
            double u = (double)(next_random(&state) >> 11) * 0x1p-53 - 0.5;
            x64[i] = 960 * u * u * u;
            x32[i] = (float)x64[i];
        }
    }
    int ok = 1;
    size_t beta_count = sizeof beta_parameters / sizeof *beta_parameters;
    size_t through_count = sizeof through_parameters / sizeof *through_parameters;
    /* kind 0: softplus_beta, 1: softplusinv_beta (same parameters), 2: softplus_through. */
    static const char *kinds[] = {"softplus_beta", "softplusinv_beta", "softplus_through"};
    for (size_t p = 0; p < 2 * beta_count + through_count; p++) {
        int kind = p < beta_count ? 0 : p < 2 * beta_count ? 1 : 2;
        double a = kind < 2 ? beta_parameters[p % beta_count][0] : through_parameters[p - 2 * beta_count];
        double b = kind < 2 ? beta_parameters[p % beta_count][1] : 0;
        float a32 = (float)a, b32 = (float)b;
        int status;
        if (bits == 64) {
            status = kind == 0 ? sp_softplus_beta_f64_array(x64, out64, n, a, b)
                     : kind == 1 ? sp_softplusinv_beta_f64_array(x64, out64, n, a, b)
                                 : sp_softplus_through_f64_array(x64, out64, n, a);
        } else {
            status = kind == 0 ? sp_softplus_beta_f32_array(x32, out32, n, a32, b32)
                     : kind == 1 ? sp_softplusinv_beta_f32_array(x32, out32, n, a32, b32)
                                 : sp_softplus_through_f32_array(x32, out32, n, a32);
        }
        uint64_t hash = 0xcbf29ce484222325ull;
        size_t mismatches = 0;
        for (size_t k = 0; k < n; k++) {
            uint64_t v = 0, w = 0;
            if (bits == 64) {
                double scalar = kind == 0 ? sp_softplus_beta_f64(x64[k], a, b)
                                : kind == 1 ? sp_softplusinv_beta_f64(x64[k], a, b)
                                            : sp_softplus_through_f64(x64[k], a);
                memcpy(&v, &out64[k], 8);
                memcpy(&w, &scalar, 8);
            } else {
                float scalar = kind == 0 ? sp_softplus_beta_f32(x32[k], a32, b32)
                               : kind == 1 ? sp_softplusinv_beta_f32(x32[k], a32, b32)
                                           : sp_softplus_through_f32(x32[k], a32);
                memcpy(&v, &out32[k], 4);
                memcpy(&w, &scalar, 4);
            }
            mismatches += v != w;
            hash = fnv1a(hash, v, size);
        }
        printf("%s(%g,%g)_f%d %zu %016llx\n", kinds[kind], a, b, bits, n, (unsigned long long)hash);
        if (status != SP_OK || mismatches) {
            fprintf(stderr, "FAIL: %s_f%d (%g, %g): status %d, %zu scalar results differ from the array's\n",
                    kinds[kind], bits, a, b, status, mismatches);
            ok = 0;
        }
    }
    free(x64), free(out64), free(x32), free(out32);
    /* No invalid-operation or division-by-zero flag for finite inputs in the domain, at betas by the edges
     * of the range the kernels take (2^-960 to 2^960): on the baseline path an emulated multiply-add of
     * operands from 2^995 up overflowed in its splits and raised invalid (a review, session 9). */
    static const double edge_betas[] = {0x1p-1000, 0x1p-997, 0x1p-961, 0x1p-960, 0x1p960, 0x1p961, 0x1p997, 0x1p1000};
    static const double finite_inputs[] = {1, 1, 1, 1, 0.5, 2, 3, 1e-3, 5, 7, 11, 0.25, 1, 1, 1, 1};
    double results[sizeof finite_inputs / sizeof *finite_inputs];
    for (size_t k = 0; k < sizeof edge_betas / sizeof *edge_betas; k++) {
        for (int inverse = 0; inverse < 2; inverse++) {
            size_t count = sizeof finite_inputs / sizeof *finite_inputs;
            feclearexcept(FE_ALL_EXCEPT);
            if (inverse) {
                sp_softplusinv_beta_f64_array(finite_inputs, results, count, edge_betas[k], 20);
            } else {
                sp_softplus_beta_f64_array(finite_inputs, results, count, edge_betas[k], 20);
            }
            int flags = fetestexcept(FE_INVALID | FE_DIVBYZERO);
            if (flags) {
                fprintf(stderr, "FAIL: %s_f64_array, beta = %a: %s%s raised\n", kinds[inverse], edge_betas[k],
                        flags & FE_INVALID ? "FE_INVALID " : "", flags & FE_DIVBYZERO ? "FE_DIVBYZERO" : "");
                ok = 0;
            }
        }
    }
    return ok;
}

/* The elementwise binary cross-entropy (a vector kernel): x, target, weight and pos_weight from the special
 * values and random bit patterns (targets also in [0, 1], weights also near 1, so that most rows take the
 * kernel and the others the scalar code), once with the weights and once with NULL ones, hashed like the
 * forms; and once more in place (out == target), which must give the same bits. */
static int run_loss(int bits, size_t random_count) {
    size_t special_count = sizeof special_values / sizeof *special_values;
    size_t n = special_count * special_count + random_count;
    double *v64[4], *out64 = malloc(n * sizeof(double)), *again64 = malloc(n * sizeof(double));
    float *v32[4], *out32 = malloc(n * sizeof(float)), *again32 = malloc(n * sizeof(float));
    for (int k = 0; k < 4; k++) {
        v64[k] = malloc(n * sizeof(double));
        v32[k] = malloc(n * sizeof(float));
        if (!v64[k] || !v32[k]) {
            fprintf(stderr, "out of memory\n");
            exit(2);
        }
    }
    if (!out64 || !again64 || !out32 || !again32) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    uint64_t state = 0x62636520776974ull; /* "bce wit" */
    for (size_t i = 0; i < n; i++) {
        for (int k = 0; k < 4; k++) {
            uint64_t r = next_random(&state);
            double value;
            if (i < special_count * special_count) {
                value = special_values[k == 0 ? i / special_count : (i + 7 * k) % special_count];
            } else if (r % 4 == 0) {
                memcpy(&value, &r, 8);
            } else {
                double u = (double)(r >> 11) * 0x1p-53;
                value = k == 0 ? (u - 0.5) * 64 : k == 1 ? u : 2 * u;
            }
            v64[k][i] = value;
            v32[k][i] = (float)value;
        }
    }
    uint64_t hash = 0xcbf29ce484222325ull;
    int ok = 1;
    for (int weighted = 0; weighted < 2; weighted++) {
        int status, in_place;
        size_t size = bits / 8;
        const unsigned char *out, *again;
        if (bits == 64) {
            memcpy(again64, v64[1], n * sizeof(double));
            status = sp_bce_with_logits_f64(v64[0], v64[1], weighted ? v64[2] : NULL, weighted ? v64[3] : NULL, n,
                                            out64);
            in_place = sp_bce_with_logits_f64(v64[0], again64, weighted ? v64[2] : NULL, weighted ? v64[3] : NULL,
                                              n, again64);
            out = (const unsigned char *)out64, again = (const unsigned char *)again64;
        } else {
            memcpy(again32, v32[1], n * sizeof(float));
            status = sp_bce_with_logits_f32(v32[0], v32[1], weighted ? v32[2] : NULL, weighted ? v32[3] : NULL, n,
                                            out32);
            in_place = sp_bce_with_logits_f32(v32[0], again32, weighted ? v32[2] : NULL, weighted ? v32[3] : NULL,
                                              n, again32);
            out = (const unsigned char *)out32, again = (const unsigned char *)again32;
        }
        for (size_t k = 0; k < n; k++) {
            uint64_t v = 0;
            memcpy(&v, out + k * size, size);
            hash = fnv1a(hash, v, size);
        }
        if (status != SP_OK || in_place != SP_OK || memcmp(out, again, n * size) != 0) {
            fprintf(stderr, "FAIL: sp_bce_with_logits_f%d: status %d, in place %d or different\n", bits, status,
                    in_place);
            ok = 0;
        }
    }
    printf("bce_with_logits_f%d %zu %016llx\n", bits, 2 * n, (unsigned long long)hash);
    /* Its gradient (a vector kernel too) of the three reductions, with and without weights: grad_out from
     * the weights' column for reduction none (special values and random bit patterns), a scalar for the sum
     * and the mean. */
    uint64_t gradient_hash = 0xcbf29ce484222325ull;
    for (int weighted = 0; weighted < 2; weighted++) {
        for (int reduction = 0; reduction < 3; reduction++) {
            size_t size = bits / 8;
            int status;
            const unsigned char *out;
            if (bits == 64) {
                const double *w = weighted ? v64[2] : NULL, *pw = weighted ? v64[3] : NULL;
                status = reduction == 0 ? sp_bce_with_logits_backward_f64(v64[0], v64[1], w, pw, v64[2], n, out64)
                         : reduction == 1 ? sp_bce_with_logits_sum_backward_f64(v64[0], v64[1], w, pw, -1.5, n, out64)
                                          : sp_bce_with_logits_mean_backward_f64(v64[0], v64[1], w, pw, 0.75, n, out64);
                out = (const unsigned char *)out64;
            } else {
                const float *w = weighted ? v32[2] : NULL, *pw = weighted ? v32[3] : NULL;
                status = reduction == 0 ? sp_bce_with_logits_backward_f32(v32[0], v32[1], w, pw, v32[2], n, out32)
                         : reduction == 1 ? sp_bce_with_logits_sum_backward_f32(v32[0], v32[1], w, pw, -1.5f, n, out32)
                                          : sp_bce_with_logits_mean_backward_f32(v32[0], v32[1], w, pw, 0.75f, n, out32);
                out = (const unsigned char *)out32;
            }
            for (size_t k = 0; k < n; k++) {
                uint64_t v = 0;
                memcpy(&v, out + k * size, size);
                gradient_hash = fnv1a(gradient_hash, v, size);
            }
            if (status != SP_OK) {
                fprintf(stderr, "FAIL: bce_with_logits gradient f%d, reduction %d: status %d\n", bits, reduction, status);
                ok = 0;
            }
        }
    }
    printf("bce_with_logits_backward_f%d %zu %016llx\n", bits, 6 * n, (unsigned long long)gradient_hash);
    /* The sum and the mean over prefixes of several lengths (every lane count's tails), with and without
     * weights, from the rows past the special values (no NaN there but in random bit patterns: those
     * prefixes end on NaN, the others on a finite sum). */
    static const size_t lengths[] = {1, 3, 4, 5, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 1000, 4099};
    uint64_t reduced = 0xcbf29ce484222325ull;
    size_t start = special_count * special_count, count = 0;
    for (size_t l = 0; l < sizeof lengths / sizeof *lengths && start + lengths[l] <= n; l++) {
        for (int weighted = 0; weighted < 2; weighted++) {
            uint64_t sum_bits = 0, mean_bits = 0;
            if (bits == 64) {
                double sum, mean;
                ok &= sp_bce_with_logits_sum_f64(v64[0] + start, v64[1] + start, weighted ? v64[2] + start : NULL,
                                                 weighted ? v64[3] + start : NULL, lengths[l], &sum) == SP_OK;
                ok &= sp_bce_with_logits_mean_f64(v64[0] + start, v64[1] + start, weighted ? v64[2] + start : NULL,
                                                  weighted ? v64[3] + start : NULL, lengths[l], &mean) == SP_OK;
                memcpy(&sum_bits, &sum, 8), memcpy(&mean_bits, &mean, 8);
            } else {
                float sum, mean;
                ok &= sp_bce_with_logits_sum_f32(v32[0] + start, v32[1] + start, weighted ? v32[2] + start : NULL,
                                                 weighted ? v32[3] + start : NULL, lengths[l], &sum) == SP_OK;
                ok &= sp_bce_with_logits_mean_f32(v32[0] + start, v32[1] + start, weighted ? v32[2] + start : NULL,
                                                  weighted ? v32[3] + start : NULL, lengths[l], &mean) == SP_OK;
                memcpy(&sum_bits, &sum, 4), memcpy(&mean_bits, &mean, 4);
            }
            reduced = fnv1a(fnv1a(reduced, sum_bits, 8), mean_bits, 8);
            count += 2;
        }
    }
    printf("bce_with_logits_sum_mean_f%d %zu %016llx\n", bits, count, (unsigned long long)reduced);
    for (int k = 0; k < 4; k++) {
        free(v64[k]), free(v32[k]);
    }
    free(out64), free(again64), free(out32), free(again32);
    return ok;
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
    char training_directory[4096];
    snprintf(training_directory, sizeof training_directory, "%s/training", argv[1]);
    for (size_t k = 0; k < sizeof unary_forms / sizeof *unary_forms; k++) {
        ok &= run_form(&unary_forms[k], training_directory, random_count);
    }
    for (size_t k = 0; k < sizeof backward_forms / sizeof *backward_forms; k++) {
        ok &= run_backward(&backward_forms[k], 64, random_count);
        ok &= run_backward(&backward_forms[k], 32, random_count);
    }
    ok &= run_loss(64, random_count);
    ok &= run_loss(32, random_count);
    ok &= run_parameterized(64, random_count);
    ok &= run_parameterized(32, random_count);
    return ok ? 0 : 1;
}
