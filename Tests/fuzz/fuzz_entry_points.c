/*
 * The libFuzzer target of libsoftplus (docs/ROBUSTNESS.md): every entry point of the spec's form table
 * (Tests/c/forms.c) driven with arbitrary bit patterns, lengths, alignments and aliasing.
 *
 * Input bytes: [form] [layout] [n low] [n high] then the elements' bit patterns (little-endian, 4 or 8 bytes
 * each); n is capped by the elements present. layout: bits 0-2 x's byte offset, bits 3-5 out's offset,
 * bits 6-7 the aliasing: separate arrays, in place (out == x), out starting 1..n*size-1 bytes after x
 * (must be SP_ERR_OVERLAP and write nothing), or a null x or out (must be SP_ERR_NULL_POINTER for n > 0).
 *
 * Invariants, each a crash (abort) when broken, so libFuzzer saves the input:
 *   - no fault and no read or write outside the arrays (AddressSanitizer; both arrays are heap blocks of
 *     exactly n elements plus the offset);
 *   - the status: SP_OK for separate and in-place arrays, SP_ERR_OVERLAP for overlapping ones and
 *     SP_ERR_NULL_POINTER for a null pointer with n > 0, and nothing written on an error;
 *   - out[i] bitwise equal to the scalar function of x[i];
 *   - NaN exactly for a NaN or out-of-domain input;
 *   - the function's range (function_ranges below);
 *   - monotonicity: the results of the inputs sorted are all non-decreasing or all non-increasing;
 *   - inverses round-trip (inverse_pairs below) within the bound their conditioning allows.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms.h"

/* A fuzzer input holds at most this many elements: long enough for any unrolled or vector loop, short
 * enough for a high execution rate. */
enum { MAX_ELEMENTS = 512 };

#define REQUIRE(condition, ...)                                                                                 \
    do {                                                                                                       \
        if (!(condition)) {                                                                                    \
            fprintf(stderr, "invariant broken: " __VA_ARGS__);                                                 \
            fputc('\n', stderr);                                                                               \
            abort();                                                                                           \
        }                                                                                                      \
    } while (0)

/* The closed range of each function of the spec over its whole domain, in the spec's names (the spec
 * states domains, not ranges). A function missing here fails the fuzzer at once. */
static const struct {
    const char *function;
    double lowest, highest;
} function_ranges[] = {
    {"softplus", 0, INFINITY},               /* log(1 + e^x) > 0, rounding to +0 far left */
    {"softminus", -INFINITY, 0},             /* x - softplus(x) = -softplus(-x) */
    {"sigmoid", 0, 1},                       /* a probability */
    {"one_minus_sigmoid", 0, 1},             /* a probability */
    {"logit", -INFINITY, INFINITY},          /* onto the reals */
    {"softplusinv", -INFINITY, INFINITY},    /* onto the reals */
    {"softminusinv", -INFINITY, INFINITY},   /* onto the reals */
    {"log_sigmoid", -INFINITY, 0},           /* the log of a probability */
    {"log_one_minus_sigmoid", -INFINITY, 0}, /* the log of a probability */
};

/* Inverse pairs (spec names): inverse(function(x)) = x, and function'(x) in terms of the spec's functions,
 * for the round trip's bound. */
enum derivative { SIGMOID, SIGMOID_TIMES_ONE_MINUS_SIGMOID, ONE_MINUS_SIGMOID };
static const struct {
    const char *function, *inverse;
    enum derivative derivative;
} inverse_pairs[] = {
    {"softplus", "softplusinv", SIGMOID},                   /* d/dx log(1 + e^x) = sigmoid(x) */
    {"sigmoid", "logit", SIGMOID_TIMES_ONE_MINUS_SIGMOID},   /* d/dx sigmoid = sigmoid (1 - sigmoid) */
    {"softminus", "softminusinv", ONE_MINUS_SIGMOID},       /* d/dx (x - softplus(x)) = 1 - sigmoid(x) */
};

static const struct form *find_form(const char *function, const char *suffix)
{
    size_t k;
    for (k = 0; k < sp_form_count; k++)
        if (strcmp(sp_forms[k].function, function) == 0 && strcmp(sp_forms[k].suffix, suffix) == 0)
            return &sp_forms[k];
    return NULL;
}

/* The spacing of the format's values at x: 2^(exponent(x) - precision + 1), at least the smallest
 * subnormal. */
static double ulp(const struct form *f, double x)
{
    int exponent;
    int precision = f->bits == 64 ? 53 : 24;
    double smallest = f->bits == 64 ? 0x1p-1074 : 0x1p-149;
    if (x == 0 || !isfinite(x))
        return smallest;
    frexp(x, &exponent);
    return fmax(ldexp(1.0, exponent - precision), smallest);
}

static void check_range_and_nan(const struct form *f, uint64_t input, uint64_t result)
{
    double x = value_of(f, input), y = value_of(f, result);
    int expect_nan = isnan(x) || x < f->lowest || x > f->highest;
    size_t r;
    REQUIRE(expect_nan == !!isnan(y), "sp_%s_%s(%#llx) = %#llx: NaN %s", f->function, f->suffix,
            (unsigned long long)input, (unsigned long long)result, expect_nan ? "expected" : "unexpected");
    for (r = 0; r < sizeof function_ranges / sizeof function_ranges[0]; r++)
        if (strcmp(function_ranges[r].function, f->function) == 0) {
            REQUIRE(isnan(y) || (y >= function_ranges[r].lowest && y <= function_ranges[r].highest),
                    "sp_%s_%s(%#llx) = %.17g outside [%g, %g]", f->function, f->suffix, (unsigned long long)input,
                    y, function_ranges[r].lowest, function_ranges[r].highest);
            return;
        }
    REQUIRE(0, "no range stated for %s", f->function);
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The in-domain inputs sorted, through the array entry point: every step the same way (or flat). */
static void check_monotonic(const struct form *f, const uint64_t *inputs, size_t n)
{
    double sorted[MAX_ELEMENTS];
    unsigned char buffer[MAX_ELEMENTS * 8];
    size_t i, count = 0;
    int rising = 0, falling = 0;
    for (i = 0; i < n; i++) {
        double x = value_of(f, inputs[i]);
        if (!isnan(x) && x >= f->lowest && x <= f->highest)
            sorted[count++] = x;
    }
    qsort(sorted, count, sizeof sorted[0], compare_doubles);
    for (i = 0; i < count; i++)
        put_element(f, buffer, i, bits_of(f, sorted[i]));
    REQUIRE(call_array(f, buffer, buffer, count) == SP_OK, "sp_%s_%s_array failed on sorted inputs", f->function,
            f->suffix);
    for (i = 1; i < count; i++) {
        double before = value_of(f, get_element(f, buffer, i - 1)), after = value_of(f, get_element(f, buffer, i));
        rising |= after > before;
        falling |= after < before;
        REQUIRE(!(rising && falling), "sp_%s_%s is not monotonic: f(%.17g) = %.17g, f(%.17g) = %.17g, earlier %s",
                f->function, f->suffix, sorted[i - 1], before, sorted[i], after, rising ? "rising" : "falling");
    }
}

/* f'(x) from the library's double sigmoid and one_minus_sigmoid (a tolerance only needs a few digits). */
static double derivative_at(enum derivative d, double x)
{
    const struct form *sigmoid = find_form("sigmoid", "f64"), *one_minus = find_form("one_minus_sigmoid", "f64");
    double s = value_of(sigmoid, call_scalar(sigmoid, bits_of(sigmoid, x)));
    double t = value_of(one_minus, call_scalar(one_minus, bits_of(one_minus, x)));
    return d == SIGMOID ? s : d == ONE_MINUS_SIGMOID ? t : s * t;
}

/* x -> y = f(x) -> x' = f^-1(y). y is within 1 ULP of f(x) (the contract; half an ULP for float), so
 * x' - x is f^-1's change over that, ulp(y) / f'(x), plus f^-1's own 1 ULP of x'. The bound doubles both
 * for the second-order terms. Checked where the round trip is well conditioned: ulp(y) / f'(x) at most
 * 16 ULP of x (beyond, f flattens so much that y no longer determines x), x and y finite and nonzero. */
static void check_round_trip(const struct form *f, uint64_t input)
{
    size_t p;
    for (p = 0; p < sizeof inverse_pairs / sizeof inverse_pairs[0]; p++) {
        const struct form *inverse;
        double x, y, back, slope, spread;
        if (strcmp(inverse_pairs[p].function, f->function) != 0)
            continue;
        inverse = find_form(inverse_pairs[p].inverse, f->suffix);
        REQUIRE(inverse, "no form %s_%s", inverse_pairs[p].inverse, f->suffix);
        x = value_of(f, input);
        y = value_of(f, call_scalar(f, input));
        if (!isfinite(x) || x == 0 || !isfinite(y) || y == 0)
            return;
        slope = derivative_at(inverse_pairs[p].derivative, x);
        if (!(slope > 0))
            return;
        spread = ulp(f, y) / slope;
        if (spread > 16 * ulp(f, x))
            return;
        back = value_of(inverse, call_scalar(inverse, bits_of(inverse, y)));
        REQUIRE(fabs(back - x) <= 2 * spread + 2 * ulp(f, back),
                "%s(%s(%.17g)) = %.17g: off by %g, bound %g", inverse->function, f->function, x, back,
                fabs(back - x), 2 * spread + 2 * ulp(f, back));
    }
}

enum aliasing { SEPARATE, IN_PLACE, OVERLAPPING, NULL_POINTER };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const struct form *f;
    size_t element, n, i, x_offset, out_offset, bytes;
    enum aliasing aliasing;
    uint64_t inputs[MAX_ELEMENTS];
    unsigned char *x_block, *out_block, *x, *out;
    int status;
    if (size < 4)
        return 0;
    f = &sp_forms[data[0] % sp_form_count];
    element = element_size(f);
    x_offset = data[1] & 7;
    out_offset = (data[1] >> 3) & 7;
    aliasing = (enum aliasing)(data[1] >> 6);
    n = (size_t)data[2] | (size_t)data[3] << 8;
    if (n > (size - 4) / element)
        n = (size - 4) / element;
    if (n > MAX_ELEMENTS)
        n = MAX_ELEMENTS;
    for (i = 0; i < n; i++) {
        uint64_t bits = 0;
        memcpy(&bits, data + 4 + i * element, element);
        inputs[i] = bits;
    }
    bytes = n * element;

    /* Exactly sized heap blocks, so that AddressSanitizer sees one byte too far; for overlapping arrays one
     * block holds both, out starting 1..bytes-1 bytes after x (any alignment). */
    x_block = malloc(x_offset + (aliasing == OVERLAPPING ? 2 * bytes : bytes) + 1);
    out_block = malloc(out_offset + bytes + 1);
    x = x_block + x_offset;
    out = out_block + out_offset;
    if (aliasing == IN_PLACE)
        out = x;
    if (aliasing == OVERLAPPING)
        out = x + 1 + (bytes > 1 ? ((size_t)data[1] * 131 + n) % (bytes - 1) : 0);
    for (i = 0; i < n; i++)
        put_element(f, x, i, inputs[i]);

    if (aliasing == NULL_POINTER) {
        int null_x = data[1] & 1, null_out = !null_x || (data[1] & 2);
        status = call_array(f, null_x ? NULL : x, null_out ? NULL : out, n);
        REQUIRE(status == (n ? SP_ERR_NULL_POINTER : SP_OK), "sp_%s_%s_array, n = %lu, a null pointer: status %d",
                f->function, f->suffix, (unsigned long)n, status);
    } else if (aliasing == OVERLAPPING) {
        size_t block_bytes = x_offset + 2 * bytes;
        unsigned char *before = malloc(block_bytes + 1);
        memcpy(before, x_block, block_bytes);
        status = call_array(f, x, out, n);
        REQUIRE(status == (n ? SP_ERR_OVERLAP : SP_OK), "sp_%s_%s_array, n = %lu, out = x + %lu bytes: status %d",
                f->function, f->suffix, (unsigned long)n, (unsigned long)(out - x), status);
        REQUIRE(memcmp(before, x_block, block_bytes) == 0, "sp_%s_%s_array wrote despite overlapping arrays",
                f->function, f->suffix);
        free(before);
    } else {
        status = call_array(f, x, out, n);
        REQUIRE(status == SP_OK, "sp_%s_%s_array: status %d", f->function, f->suffix, status);
        for (i = 0; i < n; i++) {
            uint64_t want = call_scalar(f, inputs[i]), got = get_element(f, out, i);
            REQUIRE(got == want, "sp_%s_%s_array: x[%lu] = %#llx gave %#llx, the scalar function %#llx", f->function,
                    f->suffix, (unsigned long)i, (unsigned long long)inputs[i], (unsigned long long)got,
                    (unsigned long long)want);
            check_range_and_nan(f, inputs[i], got);
            check_round_trip(f, inputs[i]);
        }
        check_monotonic(f, inputs, n);
    }
    free(x_block);
    free(out_block);
    return 0;
}
