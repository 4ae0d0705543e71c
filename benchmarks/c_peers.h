/*
 * c_peers.h: the C peers of the benchmark, the loops a C programmer would write without libsoftplus.
 *
 *   sleef  - a loop over SLEEF's 1-ULP (u10) vector exp/log/log1p/expm1, AVX-512 or AVX2+FMA, chosen at
 *            run time (no wider than the set SOFTPLUS_ISA forces the library onto), implementing each
 *            function's numerically stable formula;
 *   glibc  - a plain scalar C loop over glibc's exp/log/log1p/expm1 with the same formulas;
 *   floors - memcpy and a scalar loop over libm exp: what moving the data costs, and one libm call.
 *
 * Each peer names the spec function it implements ("softplus", ...), so the benchmark pairs it
 * with the library's function of the same name; functions without a peer here are simply not
 * compared against C. The library's function list itself never comes from here (see bench.c).
 */
#ifndef BENCH_C_PEERS_H
#define BENCH_C_PEERS_H

#include <stddef.h>

/* out[i] = f(x[i]) for i < n, on arrays of the peer's format (double for f64, float for f32). */
typedef void (*c_kernel)(const void *x, void *out, size_t n);

struct c_peer {
    const char *function; /* spec name, e.g. "softplus", or "memcpy" / "exp" for a floor */
    const char *format;   /* "f64" or "f32" */
    const char *peer;     /* "sleef", "glibc" or "floor" */
    c_kernel kernel;
};

/* The peers available on this processor, terminated by an entry with function == NULL. */
const struct c_peer *c_peers(void);

/* "avx512", "avx2" or "none": which SLEEF loops c_peers() uses on this processor. */
const char *c_peers_sleef_isa(void);

#endif
