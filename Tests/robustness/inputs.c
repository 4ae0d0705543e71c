#include "inputs.h"

#include <math.h>

uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* The quiet bit is the top bit of the significand in both formats (IEEE 754-2008 6.2.1). */
int is_signalling_nan(const struct form *f, uint64_t bits)
{
    uint64_t quiet = f->bits == 64 ? 0x0008000000000000u : 0x00400000u;
    return is_nan_bits(f, bits) && !(bits & quiet);
}

int in_domain(const struct form *f, uint64_t bits)
{
    double x = value_of(f, bits);
    return !isnan(x) && x >= f->lowest && x <= f->highest;
}

/* The bits of the next representable value above (+1) or below (-1) a finite value of the format. */
static uint64_t neighbour(const struct form *f, double value, int direction)
{
    if (f->bits == 64)
        return bits_of(f, nextafter(value, direction > 0 ? INFINITY : -INFINITY));
    return bits_of(f, nextafterf((float)value, direction > 0 ? INFINITY : -INFINITY));
}

size_t special_inputs(const struct form *f, uint64_t *bits, size_t capacity)
{
    int wide = f->bits == 64;
    uint64_t sign = wide ? 0x8000000000000000u : 0x80000000u;
    /* Positive patterns: zero, smallest and largest subnormal, smallest normal, largest finite, infinity,
     * the canonical quiet NaN, a quiet NaN with a payload, signalling NaNs with the smallest and the largest
     * payload. */
    const uint64_t positive[] = {
        0,
        1,
        wide ? 0x000fffffffffffffu : 0x007fffffu,
        wide ? 0x0010000000000000u : 0x00800000u,
        wide ? 0x7fefffffffffffffu : 0x7f7fffffu,
        wide ? 0x7ff0000000000000u : 0x7f800000u,
        wide ? 0x7ff8000000000000u : 0x7fc00000u,
        wide ? 0x7ff8000000012345u : 0x7fc12345u,
        wide ? 0x7ff0000000000001u : 0x7f800001u,
        wide ? 0x7ff7ffffffffffffu : 0x7fbfffffu,
    };
    /* Values where the functions change behaviour: 1/2 (sigmoid's and logit's centre), 1, ln 2 (the zero
     * of softplusinv), and the domain's finite edges below. */
    const double moderate[] = {0.5, 1.0, 0.6931471805599453, 2.0, 20.0, 40.0, 710.0, 746.0};
    const double edges[] = {f->lowest, f->highest};
    size_t count = 0;
    size_t i;
    int s;

#define SP_ADD(pattern)                                                                                      \
    do {                                                                                                     \
        if (count < capacity)                                                                                \
            bits[count++] = (pattern);                                                                       \
    } while (0)
    for (i = 0; i < sizeof positive / sizeof positive[0]; i++) {
        SP_ADD(positive[i]);
        SP_ADD(positive[i] | sign);
    }
    for (i = 0; i < sizeof moderate / sizeof moderate[0]; i++)
        for (s = -1; s <= 1; s += 2) {
            SP_ADD(bits_of(f, s * moderate[i]));
            SP_ADD(neighbour(f, s * moderate[i], -1));
            SP_ADD(neighbour(f, s * moderate[i], +1));
        }
    for (i = 0; i < 2; i++)
        if (isfinite(edges[i])) {
            SP_ADD(neighbour(f, edges[i], -1));
            SP_ADD(neighbour(f, edges[i], +1));
        }
#undef SP_ADD
    return count;
}

static uint64_t random_bits(const struct form *f, uint64_t *state)
{
    uint64_t bits = next_random(state);
    return f->bits == 64 ? bits : bits >> 32;
}

/* Uniform in [-64, 64]: where every function does its real work (beyond it most saturate). */
static uint64_t moderate_value(const struct form *f, uint64_t *state)
{
    double unit = (double)(next_random(state) >> 11) * 0x1p-53;
    return bits_of(f, 128.0 * unit - 64.0);
}

/* A non-NaN value moved into [lowest, highest]: by its absolute value for a half-line; for [0, 1], |x| above
 * 1 becomes 1/|x| (near 0) or 1 - 1/|x| (near 1) by the lowest bit, so both ends are reached. */
static uint64_t folded_into_domain(const struct form *f, uint64_t bits)
{
    double x = value_of(f, bits);
    if (isnan(x))
        x = 0.25;
    if (f->lowest == 0 && f->highest == 1)
        x = fabs(x) <= 1 ? fabs(x) : bits & 1 ? 1 / fabs(x) : 1 - 1 / fabs(x);
    else if (f->lowest == 0)
        x = fabs(x);
    else if (f->highest == 0)
        x = -fabs(x);
    return bits_of(f, x);
}

void fill_inputs(const struct form *f, uint64_t *bits, size_t count, uint64_t seed)
{
    uint64_t state = seed;
    size_t i = special_inputs(f, bits, count);
    for (; i < count; i++) {
        switch (next_random(&state) % 3) {
        case 0:
            bits[i] = random_bits(f, &state);
            break;
        case 1:
            bits[i] = moderate_value(f, &state);
            break;
        default:
            bits[i] = folded_into_domain(f, random_bits(f, &state));
        }
    }
}

void fill_domain_inputs(const struct form *f, uint64_t *bits, size_t count, uint64_t seed)
{
    uint64_t state = seed;
    size_t i;
    for (i = 0; i < count; i++) {
        uint64_t raw = next_random(&state) % 2 ? random_bits(f, &state) : moderate_value(f, &state);
        bits[i] = folded_into_domain(f, raw);
    }
}
