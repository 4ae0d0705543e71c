/* The spec's exact special values, its domains (NaN just outside, a number at the edges) and NaN
 * propagation, in every form, scalar and array. */
#include "tests.h"

#include <math.h>
#include <string.h>

#include "check.h"

static const struct form *find_form(const char *function, int bits)
{
    size_t k;
    for (k = 0; k < sp_form_count; k++)
        if (strcmp(sp_forms[k].function, function) == 0 && sp_forms[k].bits == bits)
            return &sp_forms[k];
    return NULL;
}

/* The scalar form and a one-element array form, which must agree bitwise. */
static uint64_t evaluate(const struct form *f, uint64_t x)
{
    unsigned char in[8], out[8];
    uint64_t scalar = call_scalar(f, x);
    int status;
    put_element(f, in, 0, x);
    status = call_array(f, in, out, 1);
    check(status == SP_OK && get_element(f, out, 0) == scalar,
          "sp_%s_%s_array on 0x%llx: status %d, 0x%llx; the scalar form gives 0x%llx", f->function, f->suffix,
          (unsigned long long)x, status, (unsigned long long)get_element(f, out, 0), (unsigned long long)scalar);
    return scalar;
}

static void check_special_values(void)
{
    struct special {
        const char *function;
        double argument, result;
        int holds_for_f32;
        const char *text;
    };
#define SP_SPECIAL_ENTRY(name, argument, result, holds_for_f32, text) {#name, argument, result, holds_for_f32, text},
    static const struct special specials[] = {SP_TEST_SPECIAL_VALUES(SP_SPECIAL_ENTRY)};
#undef SP_SPECIAL_ENTRY
    size_t i;
    int bits;
    for (i = 0; i < sizeof specials / sizeof specials[0]; i++) {
        for (bits = 64; bits >= 32; bits -= 32) {
            const struct form *f = find_form(specials[i].function, bits);
            uint64_t got, want;
            if (!check(f != NULL, "special value of unknown function %s", specials[i].function))
                continue;
            if (bits == 32 && !specials[i].holds_for_f32)
                continue;
            got = evaluate(f, bits_of(f, specials[i].argument));
            want = bits_of(f, specials[i].result);
            check(got == want, "%s (%s): got 0x%llx, want 0x%llx", specials[i].text, f->suffix,
                  (unsigned long long)got, (unsigned long long)want);
        }
    }
    printf("  %lu special values from the spec\n", (unsigned long)(sizeof specials / sizeof specials[0]));
}

static void expect_nan(const struct form *f, double x, const char *why)
{
    uint64_t got = evaluate(f, bits_of(f, x));
    check(is_nan_bits(f, got), "sp_%s_%s(%g) = 0x%llx, want NaN (%s)", f->function, f->suffix, x,
          (unsigned long long)got, why);
}

static void expect_number(const struct form *f, double x, const char *why)
{
    uint64_t got = evaluate(f, bits_of(f, x));
    check(!is_nan_bits(f, got), "sp_%s_%s(%g) is NaN (%s)", f->function, f->suffix, x, why);
}

/* The closest value of the form's format beyond an edge of the domain. */
static double beyond(const struct form *f, double edge, double direction)
{
    return f->bits == 64 ? nextafter(edge, direction) : (double)nextafterf((float)edge, (float)direction);
}

static void check_domains(void)
{
    /* NaNs of both signs, quiet and signaling, with payloads: every one must give a NaN. */
    static const uint64_t nans64[] = {0x7ff8000000000000u, 0xfff8000000000000u, 0x7ff0000000000001u,
                                      0x7fffffffffffffffu, 0xfff4000000000123u};
    static const uint64_t nans32[] = {0x7fc00000u, 0xffc00000u, 0x7f800001u, 0x7fffffffu, 0xffa00123u};
    size_t k, i;
    for (k = 0; k < sp_form_count; k++) {
        const struct form *f = &sp_forms[k];
        for (i = 0; i < 5; i++) {
            uint64_t nan = f->bits == 64 ? nans64[i] : nans32[i];
            uint64_t got = evaluate(f, nan);
            check(is_nan_bits(f, got), "sp_%s_%s(NaN 0x%llx) = 0x%llx, want NaN", f->function, f->suffix,
                  (unsigned long long)nan, (unsigned long long)got);
        }
        if (f->lowest > -INFINITY) {
            expect_number(f, f->lowest, "the lowest point of the domain");
            expect_nan(f, beyond(f, f->lowest, -INFINITY), "just below the domain");
            expect_nan(f, -1.0 + f->lowest, "below the domain");
            expect_nan(f, -INFINITY, "below the domain");
        }
        if (f->highest < INFINITY) {
            expect_number(f, f->highest, "the highest point of the domain");
            expect_nan(f, beyond(f, f->highest, INFINITY), "just above the domain");
            expect_nan(f, 1.0 + f->highest, "above the domain");
            expect_nan(f, INFINITY, "above the domain");
        }
        if (f->lowest == -INFINITY)
            expect_number(f, -INFINITY, "-inf is in the domain");
        if (f->highest == INFINITY)
            expect_number(f, INFINITY, "+inf is in the domain");
    }
}

void test_special_values(void)
{
    check_special_values();
    check_domains();
}
