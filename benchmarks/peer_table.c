/*
 * peer_table.c: c_peers(), the C peers available on this processor (c_peers.h).
 *
 * SLEEF's widest loops the processor runs: AVX-512F, else AVX2+FMA, else none (the glibc loops
 * and the floors are always there); no wider than the set SOFTPLUS_ISA forces the library onto.
 * Built without SLEEF (no HAVE_SLEEF, or not x86-64), only those remain.
 */
#include <stdlib.h>
#include <string.h>

#include "c_peers.h"
#include "c_peers_internal.h"

#define ENTRY(prefix, peer, function)                                                              \
    {#function, "f64", peer, prefix##_##function##_f64}, {#function, "f32", peer, prefix##_##function##_f32},

#define GLIBC_ENTRY(function, core, in_sign, out_sign) ENTRY(glibc, "glibc", function)
#define SLEEF_AVX512_ENTRY(function, core, in_sign, out_sign) ENTRY(sleef_avx512, "sleef", function)
#define SLEEF_AVX2_ENTRY(function, core, in_sign, out_sign) ENTRY(sleef_avx2, "sleef", function)

static const struct c_peer always[] = {
    {"memcpy", "f64", "floor", floor_memcpy_f64},
    {"memcpy", "f32", "floor", floor_memcpy_f32},
    {"exp", "f64", "floor", floor_exp_f64},
    {"exp", "f32", "floor", floor_exp_f32},
    PEER_IDENTITIES(GLIBC_ENTRY)
    {0},
};

#if defined(HAVE_SLEEF) && defined(__x86_64__)
static const struct c_peer with_avx512[] = {
    PEER_IDENTITIES(SLEEF_AVX512_ENTRY)
    {0},
};

static const struct c_peer with_avx2[] = {
    PEER_IDENTITIES(SLEEF_AVX2_ENTRY)
    {0},
};
#endif

#define ONE(function, core, in_sign, out_sign) +1
enum { IDENTITIES = 0 PEER_IDENTITIES(ONE) };

/* always[] followed by the SLEEF loops of this processor (one per identity and format), built once. */
static struct c_peer table[sizeof always / sizeof always[0] + 2 * IDENTITIES];

const char *c_peers_sleef_isa(void)
{
#if defined(HAVE_SLEEF) && defined(__x86_64__)
    __builtin_cpu_init();
    /* SOFTPLUS_ISA forces the library onto a narrower path (bench's header); SLEEF's loops then take
     * the same instruction set, so that a forced run compares like with like, as on a processor
     * that has only that set. */
    const char *forced = getenv("SOFTPLUS_ISA");
    if (forced && strcmp(forced, "baseline") == 0)
        return "none";
    int capped = forced && strcmp(forced, "avx2") == 0;
    if (!capped && __builtin_cpu_supports("avx512f"))
        return "avx512";
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return "avx2";
#endif
    return "none";
}

static const struct c_peer *sleef_peers(void)
{
#if defined(HAVE_SLEEF) && defined(__x86_64__)
    const char *isa = c_peers_sleef_isa();
    if (strcmp(isa, "avx512") == 0)
        return with_avx512;
    if (strcmp(isa, "avx2") == 0)
        return with_avx2;
#endif
    return 0;
}

const struct c_peer *c_peers(void)
{
    if (table[0].function)
        return table;
    size_t count = 0;
    for (const struct c_peer *p = always; p->function; p++)
        table[count++] = *p;
    for (const struct c_peer *p = sleef_peers(); p && p->function; p++)
        table[count++] = *p;
    return table;
}
