/*
 * c_peers_internal.h: the loops behind c_peers(), declared for peer_table.c.
 */
#ifndef BENCH_C_PEERS_INTERNAL_H
#define BENCH_C_PEERS_INTERNAL_H

#include <stddef.h>

#include "peer_identities.h"

#define DECLARE_LOOPS(prefix, function, core, in_sign, out_sign)                                   \
    void prefix##_##function##_f64(const void *x, void *out, size_t n);                            \
    void prefix##_##function##_f32(const void *x, void *out, size_t n);

#define DECLARE_GLIBC(function, core, in_sign, out_sign) DECLARE_LOOPS(glibc, function, core, in_sign, out_sign)
#define DECLARE_SLEEF_AVX512(function, core, in_sign, out_sign) DECLARE_LOOPS(sleef_avx512, function, core, in_sign, out_sign)
#define DECLARE_SLEEF_AVX2(function, core, in_sign, out_sign) DECLARE_LOOPS(sleef_avx2, function, core, in_sign, out_sign)

PEER_IDENTITIES(DECLARE_GLIBC)
PEER_IDENTITIES(DECLARE_SLEEF_AVX512)
PEER_IDENTITIES(DECLARE_SLEEF_AVX2)

void floor_memcpy_f64(const void *x, void *out, size_t n);
void floor_memcpy_f32(const void *x, void *out, size_t n);
void floor_exp_f64(const void *x, void *out, size_t n);
void floor_exp_f32(const void *x, void *out, size_t n);

#endif
