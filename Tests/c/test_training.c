/* The training functions (softplus_training.h) on the MPFR vectors of Tests/vectors/training, with the
 * bounds of docs/TRAINING.md: the one-argument functions, the backward products and the parameterized
 * functions within the contract's bound (f64 within 1 ULP, f32 correctly rounded); the loss within the
 * bound (zeros of either sign), its gradient within the bound or within 2^-96 of its terms where they
 * cancel; the sum and the mean of the finite logits correctly rounded. The array forms bitwise the scalar
 * ones (in place too), and the status codes of the multi-array entry points. The lists of functions come
 * from the spec (sp_test_table.h). Prints, per file, the largest distance from the correctly rounded result
 * and the share of correctly rounded results. */
#include "tests.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "softplus_training.h"

#include "check.h"
#include "training.h"
#include "vectors.h"

static void report(const char *name, const char *suffix, const char *what, const struct tally *tally)
{
    printf("  %s_%s%s: %lu vectors, %.2f %% correctly rounded, largest distance %.3f ULP\n", name, suffix, what,
           (unsigned long)tally->total, tally->total ? 100.0 * (double)tally->exact / (double)tally->total : 0.0,
           tally->worst);
}

/* The functions of one format: T its type, S its suffix, B its bits. A column of a table as T values. */
#define TRAINING_FORMAT(T, S, B)                                                                                    \
    static T *column_##S(const struct table *t, int c)                                                             \
    {                                                                                                              \
        T *values = allocate(t->rows * sizeof(T));                                                                 \
        size_t i;                                                                                                  \
        for (i = 0; i < t->rows; i++)                                                                              \
            put_element(format_form(B), values, i, cell(t, i, c));                                                 \
        return values;                                                                                             \
    }                                                                                                              \
                                                                                                                   \
    static uint64_t bits_##S(T value) { return get_element(format_form(B), &value, 0); }                           \
                                                                                                                   \
    static void unary_##S(const char *directory, const char *name, T (*f)(T), int (*array)(const T *, T *, size_t)) \
    {                                                                                                              \
        const struct form *format = format_form(B);                                                                \
        struct table t = read_table(directory, name, format, 2);                                                   \
        struct tally tally = {0, 0, 0};                                                                            \
        T *x = column_##S(&t, 0), *out = allocate(t.rows * sizeof(T)), *in_place = column_##S(&t, 0);            \
        size_t i, same = 0;                                                                                        \
        check(array(x, out, t.rows) == SP_OK && array(in_place, in_place, t.rows) == SP_OK,                        \
              "sp_%s_%s_array failed", name, #S);                                                                  \
        for (i = 0; i < t.rows; i++) {                                                                             \
            uint64_t got = bits_##S(f(x[i]));                                                                      \
            tally_add(&tally, format, got, cell(&t, i, 1));                                                        \
            check(within_bound(format, got, cell(&t, i, 1)), "sp_%s_%s(0x%llx) = 0x%llx, want 0x%llx", name, #S,  \
                  (unsigned long long)cell(&t, i, 0), (unsigned long long)got, (unsigned long long)cell(&t, i, 1)); \
            same += got == bits_##S(out[i]) && got == bits_##S(in_place[i]);                                       \
        }                                                                                                          \
        check(same == t.rows, "sp_%s_%s_array differs from the scalar form in %lu cases", name, #S,               \
              (unsigned long)(t.rows - same));                                                                     \
        report(name, #S, "", &tally);                                                                              \
        free(x), free(out), free(in_place), free_table(&t);                                                        \
    }                                                                                                              \
                                                                                                                   \
    static void backward_##S(const char *directory, const char *function,                                          \
                             int (*f)(const T *, const T *, T *, size_t))                                          \
    {                                                                                                              \
        const struct form *format = format_form(B);                                                                \
        char stem[128];                                                                                            \
        struct table t;                                                                                            \
        struct tally tally = {0, 0, 0};                                                                            \
        T *x, *grad_out, *grad_in;                                                                                 \
        size_t i, same = 0;                                                                                        \
        snprintf(stem, sizeof stem, "%s_backward", function);                                                     \
        t = read_table(directory, stem, format, 3);                                                                \
        x = column_##S(&t, 0), grad_out = column_##S(&t, 1), grad_in = allocate(t.rows * sizeof(T));               \
        check(f(x, grad_out, grad_in, t.rows) == SP_OK, "sp_%s_%s_array failed", stem, #S);                        \
        for (i = 0; i < t.rows; i++) {                                                                             \
            uint64_t got = bits_##S(grad_in[i]);                                                                   \
            tally_add(&tally, format, got, cell(&t, i, 2));                                                        \
            check(within_bound(format, got, cell(&t, i, 2)), "sp_%s_%s_array(0x%llx, 0x%llx) = 0x%llx, want 0x%llx", \
                  stem, #S, (unsigned long long)cell(&t, i, 0), (unsigned long long)cell(&t, i, 1),               \
                  (unsigned long long)got, (unsigned long long)cell(&t, i, 2));                                    \
        }                                                                                                          \
        check(f(x, grad_out, grad_out, t.rows) == SP_OK, "sp_%s_%s_array in place failed", stem, #S);              \
        for (i = 0; i < t.rows; i++)                                                                               \
            same += bits_##S(grad_out[i]) == bits_##S(grad_in[i]);                                                 \
        check(same == t.rows, "sp_%s_%s_array in place (grad_in == grad_out) differs", stem, #S);                  \
        check(f(x, NULL, grad_in, 1) == SP_ERR_NULL_POINTER && f(x, x + 1, x + 1, 0) == SP_OK,                     \
              "sp_%s_%s_array: the status of a null grad_out, or of n == 0", stem, #S);                            \
        check(f(x, grad_out, x + 1, 2) == SP_ERR_OVERLAP, "sp_%s_%s_array: grad_in = x + 1 is not SP_ERR_OVERLAP", \
              stem, #S);                                                                                           \
        report(stem, #S, "", &tally);                                                                              \
        free(x), free(grad_out), free(grad_in), free_table(&t);                                                    \
    }                                                                                                              \
                                                                                                                   \
    /* The loss entry points of one name in one format, as the spec's shape has them. */                          \
    struct loss_##S {                                                                                              \
        int (*none)(const T *, const T *, const T *, const T *, size_t, T *);                                      \
        int (*sum)(const T *, const T *, const T *, const T *, size_t, T *);                                       \
        int (*mean)(const T *, const T *, const T *, const T *, size_t, T *);                                      \
        int (*none_backward)(const T *, const T *, const T *, const T *, const T *, size_t, T *);                  \
        int (*sum_backward)(const T *, const T *, const T *, const T *, T, size_t, T *);                           \
        int (*mean_backward)(const T *, const T *, const T *, const T *, T, size_t, T *);                          \
    };                                                                                                             \
                                                                                                                   \
    static void loss_##S(const char *directory, const char *name, const char *stem, struct loss_##S f)             \
    {                                                                                                              \
        const struct form *format = format_form(B);                                                                \
        struct table t = read_table(directory, stem, format, 6);                                                   \
        struct tally loss_tally = {0, 0, 0}, gradient_tally = {0, 0, 0};                                           \
        T *x = column_##S(&t, 0), *target = column_##S(&t, 1), *w = column_##S(&t, 2), *pw = column_##S(&t, 3);   \
        T *loss = allocate(t.rows * sizeof(T)), *gradient = allocate(t.rows * sizeof(T));                          \
        T *ones = allocate(t.rows * sizeof(T)), *scratch = allocate(t.rows * sizeof(T));                           \
        T *fx = allocate(t.rows * sizeof(T)), *ft = allocate(t.rows * sizeof(T));                                  \
        T *fw = allocate(t.rows * sizeof(T)), *fpw = allocate(t.rows * sizeof(T));                                 \
        T sum = 0, mean = 0;                                                                                       \
        size_t i, finite = 0, same = 0;                                                                            \
        int status;                                                                                                \
        for (i = 0; i < t.rows; i++)                                                                               \
            ones[i] = 1;                                                                                           \
        check(f.none(x, target, w, pw, t.rows, loss) == SP_OK &&                                                   \
                  f.none_backward(x, target, w, pw, ones, t.rows, gradient) == SP_OK,                              \
              "sp_%s_%s or its backward failed", name, #S);                                                        \
        for (i = 0; i < t.rows; i++) {                                                                             \
            uint64_t got = bits_##S(loss[i]), got_gradient = bits_##S(gradient[i]);                               \
            int loss_ok = loss_within_bound(format, got, cell(&t, i, 4));                                          \
            int gradient_ok = gradient_within_bound(format, &t, i, got_gradient);                                  \
            tally_add(&loss_tally, format, loss_ok && loss[i] == 0 ? cell(&t, i, 4) : got, cell(&t, i, 4));        \
            tally_add(&gradient_tally, format, gradient[i] == 0 && value_of(format, cell(&t, i, 5)) == 0 ?          \
                      cell(&t, i, 5) : got_gradient, cell(&t, i, 5));                                              \
            check(loss_ok && gradient_ok, "sp_%s_%s(0x%llx, 0x%llx, 0x%llx, 0x%llx) = 0x%llx, gradient 0x%llx; "   \
                  "want 0x%llx, 0x%llx", name, #S, (unsigned long long)cell(&t, i, 0),                             \
                  (unsigned long long)cell(&t, i, 1), (unsigned long long)cell(&t, i, 2),                          \
                  (unsigned long long)cell(&t, i, 3), (unsigned long long)got, (unsigned long long)got_gradient,   \
                  (unsigned long long)cell(&t, i, 4), (unsigned long long)cell(&t, i, 5));                         \
            if (isfinite(x[i])) {                                                                                  \
                fx[finite] = x[i], ft[finite] = target[i], fw[finite] = w[i], fpw[finite] = pw[i];                 \
                finite++;                                                                                          \
            }                                                                                                      \
        }                                                                                                          \
        status = f.sum(fx, ft, fw, fpw, finite, &sum);                                                             \
        check(status == SP_OK && bits_##S(sum) == t.sum,                                                           \
              "sp_%s_sum_%s = 0x%llx, want 0x%llx", name, #S, (unsigned long long)bits_##S(sum),                   \
              (unsigned long long)t.sum);                                                                          \
        status = f.mean(fx, ft, fw, fpw, finite, &mean);                                                           \
        check(status == SP_OK && bits_##S(mean) == t.mean,                                                         \
              "sp_%s_mean_%s = 0x%llx, want 0x%llx", name, #S, (unsigned long long)bits_##S(mean),                 \
              (unsigned long long)t.mean);                                                                         \
        check(f.mean(fx, ft, fw, fpw, 0, &mean) == SP_OK && isnan(mean) && !signbit(mean),                        \
              "sp_%s_mean_%s of nothing is not the positive NaN", name, #S);                                       \
        /* The family's order of checks: a null pointer (outputs included) before a size too large. */             \
        check(f.none(x, target, NULL, NULL, SIZE_MAX, NULL) == SP_ERR_NULL_POINTER &&                              \
                  f.none_backward(x, target, NULL, NULL, ones, SIZE_MAX, NULL) == SP_ERR_NULL_POINTER &&           \
                  f.none_backward(x, target, NULL, NULL, NULL, SIZE_MAX, gradient) == SP_ERR_NULL_POINTER &&       \
                  f.mean_backward(x, target, w, pw, 1, SIZE_MAX, NULL) == SP_ERR_NULL_POINTER &&                   \
                  f.none(x, target, NULL, NULL, SIZE_MAX, loss) == SP_ERR_TOO_LARGE &&                             \
                  f.sum(x, target, NULL, NULL, 0, NULL) == SP_ERR_NULL_POINTER,                                    \
              "sp_%s_%s: a null output is not SP_ERR_NULL_POINTER before SP_ERR_TOO_LARGE", name, #S);              \
        check(f.sum_backward(x, target, w, pw, 1, t.rows, scratch) == SP_OK, "sp_%s_sum_backward_%s failed",       \
              name, #S);                                                                                           \
        for (i = 0; i < t.rows; i++)                                                                               \
            same += bits_##S(scratch[i]) == bits_##S(gradient[i]);                                                 \
        check(same == t.rows, "sp_%s_sum_backward_%s differs from the elementwise gradient", name, #S);            \
        check(f.mean_backward(x, target, w, pw, 1, 0, NULL) == SP_OK &&                                            \
                  f.mean_backward(x, target, w, pw, 1, 2, NULL) == SP_ERR_NULL_POINTER,                            \
              "sp_%s_mean_backward_%s: the status of n == 0 or of a null grad_in", name, #S);                      \
        check(f.none(x, target, NULL, NULL, 4, x + 1) == SP_ERR_OVERLAP &&                                         \
                  f.none(x, target, w, pw, t.rows, x) == SP_OK && bits_##S(x[0]) == bits_##S(loss[0]),             \
              "sp_%s_%s: out = x + 1 is not SP_ERR_OVERLAP, or out == x differs", name, #S);                       \
        report(name, #S, " (loss)", &loss_tally);                                                                  \
        report(name, #S, " (gradient)", &gradient_tally);                                                          \
        free(x), free(target), free(w), free(pw), free(loss), free(gradient), free(ones), free(scratch);           \
        free(fx), free(ft), free(fw), free(fpw), free_table(&t);                                                   \
    }                                                                                                              \
                                                                                                                   \
    /* f(x, p[0], p[1]) and its array form on one element, for one and two parameters alike. */                   \
    struct parameterized_##S {                                                                                     \
        T (*one)(T, T);                                                                                            \
        T (*two)(T, T, T);                                                                                         \
        int (*one_array)(const T *, T *, size_t, T);                                                               \
        int (*two_array)(const T *, T *, size_t, T, T);                                                            \
    };                                                                                                             \
                                                                                                                   \
    static void parameterized_##S(const char *directory, const char *name, struct parameterized_##S f)             \
    {                                                                                                              \
        const struct form *format = format_form(B);                                                                \
        int parameters = f.one ? 1 : 2;                                                                            \
        struct table t = read_table(directory, name, format, parameters + 2);                                      \
        struct tally tally = {0, 0, 0};                                                                            \
        T *x = column_##S(&t, 0), *p = column_##S(&t, 1), *q = column_##S(&t, parameters), out;                    \
        size_t i, same = 0;                                                                                        \
        for (i = 0; i < t.rows; i++) {                                                                             \
            T got = f.one ? f.one(x[i], p[i]) : f.two(x[i], p[i], q[i]);                                           \
            uint64_t want = cell(&t, i, parameters + 1);                                                           \
            int status = f.one ? f.one_array(x + i, &out, 1, p[i]) : f.two_array(x + i, &out, 1, p[i], q[i]);     \
            tally_add(&tally, format, bits_##S(got), want);                                                        \
            check(within_bound(format, bits_##S(got), want), "sp_%s_%s(0x%llx, 0x%llx, 0x%llx) = 0x%llx, want 0x%llx", \
                  name, #S, (unsigned long long)cell(&t, i, 0), (unsigned long long)cell(&t, i, 1),                \
                  (unsigned long long)cell(&t, i, parameters), (unsigned long long)bits_##S(got),                  \
                  (unsigned long long)want);                                                                       \
            same += status == SP_OK && bits_##S(out) == bits_##S(got);                                             \
        }                                                                                                          \
        check(same == t.rows, "sp_%s_%s_array differs from the scalar form", name, #S);                            \
        report(name, #S, "", &tally);                                                                              \
        free(x), free(p), free(q), free_table(&t);                                                                 \
    }

TRAINING_FORMAT(double, f64, 64)
TRAINING_FORMAT(float, f32, 32)

void test_training(const char *directory)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/training", directory);
#define UNARY(name)                                                                \
    unary_f64(path, #name, sp_##name##_f64, sp_##name##_f64_array);               \
    unary_f32(path, #name, sp_##name##_f32, sp_##name##_f32_array);
    SP_TEST_TRAINING_UNARY(UNARY)
#undef UNARY
#define BACKWARD(function)                                                         \
    backward_f64(path, #function, sp_##function##_backward_f64_array);            \
    backward_f32(path, #function, sp_##function##_backward_f32_array);
    SP_TEST_TRAINING_BACKWARD(BACKWARD)
#undef BACKWARD
#define LOSS_FORMAT(name, t) {sp_##name##_##t, sp_##name##_sum_##t, sp_##name##_mean_##t, sp_##name##_backward_##t, \
                              sp_##name##_sum_backward_##t, sp_##name##_mean_backward_##t}
#define LOSS(name, stem)                                                                   \
    {                                                                                      \
        struct loss_f64 f64 = LOSS_FORMAT(name, f64);                                      \
        struct loss_f32 f32 = LOSS_FORMAT(name, f32);                                      \
        loss_f64(path, #name, #stem, f64);                                                 \
        loss_f32(path, #name, #stem, f32);                                                 \
    }
    SP_TEST_TRAINING_LOSSES(LOSS)
#undef LOSS
#undef LOSS_FORMAT
#define PARAMETERIZED_1(name, c)                                                           \
    {                                                                                      \
        struct parameterized_f64 f64 = {sp_##name##_f64, NULL, sp_##name##_f64_array, NULL}; \
        struct parameterized_f32 f32 = {sp_##name##_f32, NULL, sp_##name##_f32_array, NULL}; \
        parameterized_f64(path, #name, f64);                                               \
        parameterized_f32(path, #name, f32);                                               \
    }
#define PARAMETERIZED_2(name, p, q)                                                        \
    {                                                                                      \
        struct parameterized_f64 f64 = {NULL, sp_##name##_f64, NULL, sp_##name##_f64_array}; \
        struct parameterized_f32 f32 = {NULL, sp_##name##_f32, NULL, sp_##name##_f32_array}; \
        parameterized_f64(path, #name, f64);                                               \
        parameterized_f32(path, #name, f32);                                               \
    }
    SP_TEST_TRAINING_PARAMETERIZED_1(PARAMETERIZED_1)
    SP_TEST_TRAINING_PARAMETERIZED_2(PARAMETERIZED_2)
#undef PARAMETERIZED_1
#undef PARAMETERIZED_2
}
