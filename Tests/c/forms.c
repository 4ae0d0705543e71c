/* The table of forms, built from the spec's X-macro list: a function added to the spec is tested here
 * without an edit. */
#include "forms.h"

#include <string.h>

#define SP_FORM_ENTRIES(name, lowest, highest)                                                     \
    {#name, "f64", 64, lowest, highest, sp_##name##_f64, 0, sp_##name##_f64_array, 0},            \
    {#name, "f32", 32, lowest, highest, 0, sp_##name##_f32, 0, sp_##name##_f32_array},

const struct form sp_forms[] = {SP_TEST_FUNCTIONS(SP_FORM_ENTRIES)};
const size_t sp_form_count = sizeof sp_forms / sizeof sp_forms[0];

size_t element_size(const struct form *f) { return (size_t)f->bits / 8; }

uint64_t bits_of(const struct form *f, double value)
{
    uint64_t bits = 0;
    if (f->bits == 64) {
        memcpy(&bits, &value, sizeof value);
    } else {
        float narrow = (float)value;
        uint32_t narrow_bits;
        memcpy(&narrow_bits, &narrow, sizeof narrow);
        bits = narrow_bits;
    }
    return bits;
}

double value_of(const struct form *f, uint64_t bits)
{
    if (f->bits == 64) {
        double value;
        memcpy(&value, &bits, sizeof value);
        return value;
    } else {
        uint32_t narrow = (uint32_t)bits;
        float value;
        memcpy(&value, &narrow, sizeof value);
        return value;
    }
}

int is_nan_bits(const struct form *f, uint64_t bits)
{
    if (f->bits == 64)
        return (bits & 0x7fffffffffffffffu) > 0x7ff0000000000000u;
    return (bits & 0x7fffffffu) > 0x7f800000u;
}

void put_element(const struct form *f, void *buffer, size_t i, uint64_t bits)
{
    unsigned char *at = (unsigned char *)buffer + i * element_size(f);
    if (f->bits == 64) {
        memcpy(at, &bits, 8);
    } else {
        uint32_t narrow = (uint32_t)bits;
        memcpy(at, &narrow, 4);
    }
}

uint64_t get_element(const struct form *f, const void *buffer, size_t i)
{
    const unsigned char *at = (const unsigned char *)buffer + i * element_size(f);
    if (f->bits == 64) {
        uint64_t bits;
        memcpy(&bits, at, 8);
        return bits;
    } else {
        uint32_t narrow;
        memcpy(&narrow, at, 4);
        return narrow;
    }
}

uint64_t call_scalar(const struct form *f, uint64_t bits)
{
    unsigned char in[8], out[8];
    put_element(f, in, 0, bits);
    if (f->bits == 64) {
        double x, y;
        memcpy(&x, in, sizeof x);
        y = f->f64(x);
        memcpy(out, &y, sizeof y);
    } else {
        float x, y;
        memcpy(&x, in, sizeof x);
        y = f->f32(x);
        memcpy(out, &y, sizeof y);
    }
    return get_element(f, out, 0);
}

int call_array(const struct form *f, const void *x, void *out, size_t n)
{
    if (f->bits == 64)
        return f->f64_array((const double *)x, (double *)out, n);
    return f->f32_array((const float *)x, (float *)out, n);
}
