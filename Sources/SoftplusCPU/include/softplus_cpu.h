/*
 * softplus_cpu.h: which copy of the kernels libsoftplus runs on this x86-64 processor. The CMake build
 * compiles Sources/SoftplusKernels once per x86-64 level (cmake/kernels.cmake) and the generated
 * Sources/SoftplusCABI/Dispatch.swift calls the copy softplus_cpu_path() names.
 *
 * Header only: Swift's clang importer compiles these static functions into the entry points' object, so
 * the shim needs no C target of its own. Internal to the library (the version script exports sp_* only),
 * so no name here starts with sp_.
 *
 * The paths, each the x86-64 micro-architecture level its copy is compiled for (-march=...):
 *   SOFTPLUS_PATH_BASELINE  x86-64     (SSE2; every x86-64 processor)
 *   SOFTPLUS_PATH_AVX2      x86-64-v3  (x86-64-v2 + AVX, AVX2, FMA, BMI1, BMI2, F16C, LZCNT, MOVBE, XSAVE)
 *   SOFTPLUS_PATH_AVX512    x86-64-v4  (x86-64-v3 + AVX512F, AVX512BW, AVX512CD, AVX512DQ, AVX512VL)
 * A path is chosen when cpuid reports every feature its level lets the compiler use (LLVM's
 * "target-features" for that -march, as `swiftc -emit-ir` prints them) and the operating system saves the
 * registers it uses (XCR0, read with xgetbv: XMM and YMM state for v3; also opmask and ZMM state for v4),
 * without which the first AVX instruction faults although cpuid lists AVX. The baseline (SSE2, CMOV, CX8,
 * FXSR, MMX, x87) is part of x86-64 itself. Bits: Intel SDM vol. 2A, CPUID; AMD APM vol. 3, appendix E.
 *
 * The environment variable SOFTPLUS_ISA=baseline|avx2|avx512, read at the library's first call, forces a
 * path (for tests and comparisons); the names sp_kernel_isa() returns, x86-64|x86-64-v3|x86-64-v4, are
 * accepted too. A forced path the processor cannot run is refused: the best supported path runs
 * instead, never an illegal instruction. Any other value, or none, selects the best supported (a library
 * prints nothing; sp_kernel_isa() tells which path runs).
 */
#ifndef SOFTPLUS_CPU_H
#define SOFTPLUS_CPU_H

#include <cpuid.h>
#include <stdlib.h>
#include <string.h>

/* In ascending order: a processor that runs one path runs every lower one. */
typedef enum softplus_path {
    SOFTPLUS_PATH_BASELINE = 0,
    SOFTPLUS_PATH_AVX2 = 1,
    SOFTPLUS_PATH_AVX512 = 2
} softplus_path;

/* The chosen path, or -1 until the first softplus_cpu_path(). Every thread that detects it detects the same
 * value, so two first calls racing store the same number (a benign race, on an atomic). */
static int softplus_cpu_cached_path = -1;

enum { SOFTPLUS_CPU_EBX = 1, SOFTPLUS_CPU_ECX = 2 };

/* Bit `bit` of register `reg` (0 eax .. 3 edx) of cpuid leaf `leaf`, subleaf 0; 0 beyond the maximum leaf. */
static int softplus_cpu_bit(unsigned leaf, int reg, int bit) {
    unsigned regs[4];
    if (!__get_cpuid_count(leaf, 0, &regs[0], &regs[1], &regs[2], &regs[3])) {
        return 0;
    }
    return regs[reg] >> bit & 1;
}

/* XCR0, once OSXSAVE says xgetbv exists. The mnemonic, not the _xgetbv intrinsic: no -mxsave needed. */
static unsigned long long softplus_cpu_xcr0(void) {
    unsigned low, high;
    __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    return (unsigned long long)high << 32 | low;
}

/* x86-64-v2 and v3: SSE3, SSSE3, SSE4.1, SSE4.2 (and CRC32), POPCNT, CMPXCHG16B, LAHF/SAHF in 64-bit mode;
 * AVX, AVX2, FMA, BMI1, BMI2, F16C, LZCNT, MOVBE, XSAVE; OSXSAVE, then XCR0 bits 1 (XMM) and 2 (YMM). */
static int softplus_cpu_has_v3(void) {
    const int ecx = SOFTPLUS_CPU_ECX, ebx = SOFTPLUS_CPU_EBX;
    const unsigned extended = 0x80000001u;
    int features = softplus_cpu_bit(1, ecx, 0) && softplus_cpu_bit(1, ecx, 9) && softplus_cpu_bit(1, ecx, 19) &&
                   softplus_cpu_bit(1, ecx, 20) && softplus_cpu_bit(1, ecx, 23) && softplus_cpu_bit(1, ecx, 13) &&
                   softplus_cpu_bit(extended, ecx, 0) && softplus_cpu_bit(1, ecx, 28) && softplus_cpu_bit(7, ebx, 5) &&
                   softplus_cpu_bit(1, ecx, 12) && softplus_cpu_bit(7, ebx, 3) && softplus_cpu_bit(7, ebx, 8) &&
                   softplus_cpu_bit(1, ecx, 29) && softplus_cpu_bit(extended, ecx, 5) && softplus_cpu_bit(1, ecx, 22) &&
                   softplus_cpu_bit(1, ecx, 26) && softplus_cpu_bit(1, ecx, 27);
    return features && (softplus_cpu_xcr0() & 0x6) == 0x6;
}

/* x86-64-v4 on top of v3: AVX512F, AVX512DQ, AVX512CD, AVX512BW, AVX512VL; XCR0 bits 5 (opmask), 6 (upper
 * halves of ZMM0-15) and 7 (ZMM16-31). */
static int softplus_cpu_has_v4(void) {
    const int ebx = SOFTPLUS_CPU_EBX;
    int features = softplus_cpu_bit(7, ebx, 16) && softplus_cpu_bit(7, ebx, 17) && softplus_cpu_bit(7, ebx, 28) &&
                   softplus_cpu_bit(7, ebx, 30) && softplus_cpu_bit(7, ebx, 31);
    return features && (softplus_cpu_xcr0() & 0xe0) == 0xe0;
}

/* SOFTPLUS_ISA's path, or -1 when it is unset or names none. */
static int softplus_cpu_requested(void) {
    const char *name = getenv("SOFTPLUS_ISA");
    if (name == NULL) {
        return -1;
    }
    if (strcmp(name, "baseline") == 0 || strcmp(name, "x86-64") == 0) {
        return SOFTPLUS_PATH_BASELINE;
    }
    if (strcmp(name, "avx2") == 0 || strcmp(name, "x86-64-v3") == 0) {
        return SOFTPLUS_PATH_AVX2;
    }
    if (strcmp(name, "avx512") == 0 || strcmp(name, "x86-64-v4") == 0) {
        return SOFTPLUS_PATH_AVX512;
    }
    return -1;
}

/* Out of line and cold, so that softplus_cpu_path() stays a load and a branch, inlined into every entry point. */
__attribute__((noinline, cold)) static int softplus_cpu_detect(void) {
    int best = !softplus_cpu_has_v3() ? SOFTPLUS_PATH_BASELINE
             : !softplus_cpu_has_v4() ? SOFTPLUS_PATH_AVX2
                                      : SOFTPLUS_PATH_AVX512;
    int requested = softplus_cpu_requested();
    int path = requested >= 0 && requested <= best ? requested : best;
    __atomic_store_n(&softplus_cpu_cached_path, path, __ATOMIC_RELAXED);
    return path;
}

/* The path the kernels run on: after the first call, one relaxed atomic load. */
static inline softplus_path softplus_cpu_path(void) {
    int path = __atomic_load_n(&softplus_cpu_cached_path, __ATOMIC_RELAXED);
    return (softplus_path)(path >= 0 ? path : softplus_cpu_detect());
}

#endif /* SOFTPLUS_CPU_H */
