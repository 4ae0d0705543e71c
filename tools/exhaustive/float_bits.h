/* float_bits.h -- float <-> bit pattern, and the distance in floats between two results. */
#ifndef EXHAUSTIVE_FLOAT_BITS_H
#define EXHAUSTIVE_FLOAT_BITS_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

static inline uint32_t float_to_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static inline float bits_to_float(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

/* The result the library gave agrees with the reference: any NaN where NaN is expected (CONTRACT.md),
 * otherwise the same bits, so zero signs must match. */
static inline bool same_result(float got, float want)
{
    return isnan(want) ? isnan(got) : float_to_bits(got) == float_to_bits(want);
}

/* How many floats apart two non-NaN results are (adjacent floats: 1; +0 and -0: 0); a NaN against a
 * number counts as 2^32, farther than any two numbers. */
static inline uint64_t floats_apart(float a, float b)
{
    if (isnan(a) != isnan(b))
        return UINT64_C(1) << 32;
    int64_t ia = (int64_t)(float_to_bits(a) & 0x7fffffffu), ib = (int64_t)(float_to_bits(b) & 0x7fffffffu);
    if (signbit(a))
        ia = -ia;
    if (signbit(b))
        ib = -ib;
    return (uint64_t)(ia > ib ? ia - ib : ib - ia);
}

#endif
