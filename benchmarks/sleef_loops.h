/*
 * sleef_loops.h: loops over SLEEF's 1-ULP (u10) vector functions, written once for any vector
 * width. Included by sleef_avx512.c and sleef_avx2.c after they define the vector types and
 * operations below (VD/VF, the SLEEF routines, load/store, arithmetic) and PREFIX.
 *
 * The stable formulas (the same as glibc_loops.c):
 *   softplus(x)    = max(x, 0) + log1p(exp(-|x|))       no overflow; log1p keeps the tail for x << 0
 *   sigmoid(x)     = (x >= 0 ? 1 : e) / (1 + e),  e = exp(-|x|)   one exp, one division, no overflow
 *   logit(p)       = log(p) - log1p(-p)
 *   softplusinv(y) = y + log(-expm1(-y))                no overflow for large y; expm1 keeps small y
 * Each is what one writes with a 1-ULP vector libm at hand; none is guaranteed to 1 ULP (e.g.
 * logit and softplusinv lose relative accuracy next to their zeros at p = 1/2 and y = ln 2).
 *
 * A tail shorter than one vector goes through a zero-padded vector on the stack (zero is in
 * every function's domain), so the loop never reads or writes outside the arrays.
 */
#include <string.h>

#include "peer_identities.h"

#define CAT3_(a, b, c) a##b##c
#define CAT3(a, b, c) CAT3_(a, b, c)

static inline VD softplus_vd(VD x)
{
    VD e = D_EXP(D_NEG(D_ABS(x)));
    return D_ADD(D_MAX(x, D_ZERO()), D_LOG1P(e));
}

static inline VF softplus_vf(VF x)
{
    VF e = F_EXP(F_NEG(F_ABS(x)));
    return F_ADD(F_MAX(x, F_ZERO()), F_LOG1P(e));
}

static inline VD sigmoid_vd(VD x)
{
    VD e = D_EXP(D_NEG(D_ABS(x)));
    VD numerator = D_SELECT_NONNEGATIVE(x, D_SET1(1.0), e);
    return D_DIV(numerator, D_ADD(D_SET1(1.0), e));
}

static inline VF sigmoid_vf(VF x)
{
    VF e = F_EXP(F_NEG(F_ABS(x)));
    VF numerator = F_SELECT_NONNEGATIVE(x, F_SET1(1.0f), e);
    return F_DIV(numerator, F_ADD(F_SET1(1.0f), e));
}

static inline VD logit_vd(VD p) { return D_SUB(D_LOG(p), D_LOG1P(D_NEG(p))); }
static inline VF logit_vf(VF p) { return F_SUB(F_LOG(p), F_LOG1P(F_NEG(p))); }

static inline VD softplusinv_vd(VD y) { return D_ADD(y, D_LOG(D_NEG(D_EXPM1(D_NEG(y))))); }
static inline VF softplusinv_vf(VF y) { return F_ADD(y, F_LOG(F_NEG(F_EXPM1(F_NEG(y))))); }

/* function(x) = result sign * core(argument sign * x), peer_identities.h. */
#define SLEEF_LOOP(function, core, fmt, type, V, LANES, LOADU, STOREU, MUL, SET1, in_sign, out_sign) \
    void CAT3(PREFIX, function, _##fmt)(const void *xv, void *outv, size_t n)                      \
    {                                                                                              \
        const type *x = xv;                                                                        \
        type *out = outv;                                                                          \
        const V in = SET1((type)(in_sign)), result = SET1((type)(out_sign));                       \
        size_t i = 0;                                                                              \
        for (; i + LANES <= n; i += LANES)                                                         \
            STOREU(out + i, MUL(result, core(MUL(in, LOADU(x + i)))));                             \
        if (i < n) {                                                                               \
            type tail[LANES] = {0};                                                                \
            memcpy(tail, x + i, (n - i) * sizeof(type));                                           \
            STOREU(tail, MUL(result, core(MUL(in, LOADU(tail)))));                                 \
            memcpy(out + i, tail, (n - i) * sizeof(type));                                         \
        }                                                                                          \
    }

#define SLEEF_LOOPS(function, core, in_sign, out_sign)                                             \
    SLEEF_LOOP(function, core##_vd, f64, double, VD, D_LANES, D_LOADU, D_STOREU, D_MUL, D_SET1,    \
               in_sign, out_sign)                                                                  \
    SLEEF_LOOP(function, core##_vf, f32, float, VF, F_LANES, F_LOADU, F_STOREU, F_MUL, F_SET1,     \
               in_sign, out_sign)

PEER_IDENTITIES(SLEEF_LOOPS)
