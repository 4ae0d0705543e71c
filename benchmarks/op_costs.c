/*
 * op_costs: what each kind of AVX-512 instruction the kernels use costs on this processor, counted in
 * cycles of the multiply-add pipes, the resource the Float kernels run short of (benchmarks/README.md,
 * "What bounds the Float kernels"). Prints a markdown table that kernel_ops.py reads.
 *
 *   make -C benchmarks op-costs       -> build-bench/op_costs
 *   build-bench/op_costs [--cpu 1] > build-bench/op_costs.md
 *
 * Method, on one pinned core, process CPU time, best of 7 passes:
 * - the clock: a chain of dependent integer additions, one per cycle;
 * - "alone": 8 independent copies of the instruction, cycles per copy: its throughput by itself;
 * - "slots": 16 multiply-adds (8 dependency chains, so that their latency is hidden and they keep the
 *   multiply-add pipes busy) with 8 copies of the instruction among them (1 for a division, which
 *   waits for its own unit), minus the 16 multiply-adds alone, per copy: the multiply-add cycles the
 *   instruction takes away. About 0 for an instruction that runs on other pipes.
 * The multiply-adds add 0 * 1 to their accumulators and the divisions divide 1.5 by 1.25, so no value
 * grows, underflows or becomes NaN (which could change the timing on some processors).
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if !defined(__x86_64__) || !defined(__GNUC__)
int main(void)
{
    fprintf(stderr, "op_costs: x86-64 with GNU C inline assembly only\n");
    return 1;
}
#else

#define ITERATIONS 2000000L
#define PASSES 7

static double cpu_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Eight copies of an instruction on the registers its macro names from n = 0..7. */
#define EIGHT(op) op(0) op(1) op(2) op(3) op(4) op(5) op(6) op(7)
/* zmm20..27 += zmm29 (0.0) * zmm28 (1.0): eight dependency chains. */
#define MULTIPLY_ADD(n) "vfmadd231pd %%zmm28, %%zmm29, %%zmm2" #n "\n\t"
#define SIXTEEN_MULTIPLY_ADDS EIGHT(MULTIPLY_ADD) EIGHT(MULTIPLY_ADD)
#define ZERO_ACCUMULATOR(n) "vpxorq %%zmm2" #n ", %%zmm2" #n ", %%zmm2" #n "\n\t"
/* Each kind writes zmm0..7 (or a mask register) from zmm30 (1.5) and zmm31 (1.25). */
#define VMULPD(n) "vmulpd %%zmm30, %%zmm31, %%zmm" #n "\n\t"
#define VADDPD(n) "vaddpd %%zmm30, %%zmm31, %%zmm" #n "\n\t"
#define VDIVPD(n) "vdivpd %%zmm31, %%zmm30, %%zmm" #n "\n\t"
#define VDIVPS(n) "vdivps %%zmm31, %%zmm30, %%zmm" #n "\n\t"
#define VCVTPS2PD(n) "vcvtps2pd %%ymm30, %%zmm" #n "\n\t"
#define VCVTPD2PS(n) "vcvtpd2ps %%zmm30, %%ymm" #n "\n\t"
#define VCVTQQ2PD(n) "vcvtqq2pd %%zmm30, %%zmm" #n "\n\t"
#define VRNDSCALEPD(n) "vrndscalepd $9, %%zmm30, %%zmm" #n "\n\t"
#define VPERMT2PD(n) "vpermt2pd %%zmm30, %%zmm31, %%zmm" #n "\n\t"
#define VPERMI2PD(n) "vpermi2pd %%zmm30, %%zmm31, %%zmm" #n "\n\t"
#define VPADDQ(n) "vpaddq %%zmm30, %%zmm31, %%zmm" #n "\n\t"
#define VPANDQ(n) "vpandq %%zmm30, %%zmm31, %%zmm" #n "\n\t"
#define VPSLLQ(n) "vpsllq $29, %%zmm30, %%zmm" #n "\n\t"
#define VPTERNLOGQ(n) "vpternlogq $0xca, %%zmm30, %%zmm31, %%zmm" #n "\n\t"
#define VMOVAPD_MASKED(n) "vmovapd %%zmm30, %%zmm" #n "%{%%k1%}\n\t"
#define VPTESTNMQ(n) "vptestnmq %%zmm30, %%zmm31, %%k2\n\t"
#define VPCMPGTQ(n) "vpcmpgtq %%zmm30, %%zmm31, %%k2\n\t"
#define VPMINUQ(n) "vpminuq %%zmm30, %%zmm31, %%zmm" #n "\n\t"
#define VPMOVM2Q(n) "vpmovm2q %%k1, %%zmm" #n "\n\t"
#define VPMOVQ2M(n) "vpmovq2m %%zmm30, %%k2\n\t"
#define VBROADCASTSD(n) "vbroadcastsd %[one], %%zmm" #n "\n\t"
#define VINSERTF64X4(n) "vinsertf64x4 $1, %%ymm30, %%zmm31, %%zmm" #n "\n\t"
#define KUNPCKBW(n) "kunpckbw %%k1, %%k1, %%k2\n\t"
#define KORTESTW(n) "kortestw %%k1, %%k1\n\t"
#define KORW(n) "korw %%k1, %%k1, %%k2\n\t"

static const double one = 1.0;

/* Only the timed loops and their setup are compiled for AVX-512, so that main can say why it stops
 * on a processor without it instead of faulting. */
#define AVX512 __attribute__((target("avx512f,avx512dq")))

/* The registers the loops read and never write: zmm28 = 1 and zmm29 = 0 (the multiply-adds), zmm30 =
 * 1.5, zmm31 = 1.25, k1 = all lanes; and the multiply-adds' accumulators zmm20..27 = 0. Set right
 * before each timed loop, with no call in between (a library function such as memcpy may use
 * zmm16..31); its few instructions are inside the timed window, against millions timed. */
static const double register_values[3] = {1.0, 1.5, 1.25};
#define SET_REGISTERS()                                                                     \
    __asm__ volatile("vbroadcastsd %0, %%zmm28\n\t"                                         \
                     "vpxorq %%zmm29, %%zmm29, %%zmm29\n\t"                                 \
                     "vbroadcastsd %1, %%zmm30\n\t"                                         \
                     "vbroadcastsd %2, %%zmm31\n\t"                                         \
                     "kxnorw %%k1, %%k1, %%k1\n\t"                                          \
                     EIGHT(ZERO_ACCUMULATOR)                                                \
                     : : "m"(register_values[0]), "m"(register_values[1]),                \
                         "m"(register_values[2])                                          \
                     : "xmm20", "xmm21", "xmm22", "xmm23", "xmm24", "xmm25", "xmm26", "xmm27", \
                       "xmm28", "xmm29", "xmm30", "xmm31", "k1")

/* A loop of ITERATIONS runs of `text`: CPU seconds per run, best of PASSES. */
#define LOOP(function, text)                                                               \
    AVX512 static double function(void)                                                    \
    {                                                                                      \
        double best = 1e30;                                                                \
        for (int pass = 0; pass < PASSES; pass++) {                                        \
            double start = cpu_seconds();                                                  \
            SET_REGISTERS();                                                               \
            for (long i = 0; i < ITERATIONS; i++)                                          \
                __asm__ volatile(text : : [one] "m"(one)                                   \
                                 : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", \
                                   "xmm7", "xmm20", "xmm21", "xmm22", "xmm23", "xmm24",    \
                                   "xmm25", "xmm26", "xmm27", "k2", "cc");                \
            double seconds = (cpu_seconds() - start) / ITERATIONS;                         \
            if (seconds < best) best = seconds;                                            \
        }                                                                                  \
        return best;                                                                       \
    }

/* Each kind: its loop alone, and its copies among sixteen multiply-adds. */
#define KIND(op)                                                                     \
    LOOP(alone_##op, EIGHT(op))                                                      \
    LOOP(among_##op, EIGHT(MULTIPLY_ADD) EIGHT(op) EIGHT(MULTIPLY_ADD))
#define DIVISION_KIND(op)                                                            \
    LOOP(alone_##op, EIGHT(op))                                                      \
    LOOP(among_##op, EIGHT(MULTIPLY_ADD) op(0) EIGHT(MULTIPLY_ADD))

LOOP(multiply_adds, SIXTEEN_MULTIPLY_ADDS)
KIND(VMULPD) KIND(VADDPD) DIVISION_KIND(VDIVPD) DIVISION_KIND(VDIVPS) KIND(VCVTPS2PD)
KIND(VCVTPD2PS) KIND(VCVTQQ2PD) KIND(VRNDSCALEPD) KIND(VPERMT2PD) KIND(VPERMI2PD) KIND(VPADDQ)
KIND(VPANDQ) KIND(VPSLLQ) KIND(VPTERNLOGQ) KIND(VMOVAPD_MASKED) KIND(VPTESTNMQ) KIND(VPCMPGTQ)
KIND(VBROADCASTSD) KIND(VPMINUQ) KIND(VPMOVM2Q) KIND(VPMOVQ2M) KIND(VINSERTF64X4) KIND(KUNPCKBW)
KIND(KORTESTW) KIND(KORW)

static const struct {
    const char *mnemonic, *what;
    double (*alone)(void), (*among)(void);
    int among_copies;
} kinds[] = {
#define ROW(op, mnemonic, what, copies) {mnemonic, what, alone_##op, among_##op, copies}
    ROW(VMULPD, "vmulpd", "multiplication", 8),
    ROW(VADDPD, "vaddpd", "addition (vsubpd, vmaxpd alike)", 8),
    ROW(VDIVPD, "vdivpd", "division, 8 Doubles", 1),
    ROW(VDIVPS, "vdivps", "division, 16 Floats", 1),
    ROW(VCVTPS2PD, "vcvtps2pd", "8 Floats to Doubles", 8),
    ROW(VCVTPD2PS, "vcvtpd2ps", "8 Doubles to Floats", 8),
    ROW(VCVTQQ2PD, "vcvtqq2pd", "8 integers to Doubles", 8),
    ROW(VRNDSCALEPD, "vrndscalepd", "rounding to an integer (floor)", 8),
    ROW(VPERMT2PD, "vpermt2pd", "16-entry table lookup", 8),
    ROW(VPERMI2PD, "vpermi2pd", "16-entry table lookup", 8),
    ROW(VPADDQ, "vpaddq", "integer addition (vpsubq alike)", 8),
    ROW(VPANDQ, "vpandq", "bitwise and (vpxorq, vporq alike)", 8),
    ROW(VPSLLQ, "vpsllq", "shift (vpsraq, vpsrlq alike)", 8),
    ROW(VPTERNLOGQ, "vpternlogq", "three-input bitwise function", 8),
    ROW(VMOVAPD_MASKED, "vmovapd{k}", "selection under a mask", 8),
    ROW(VPTESTNMQ, "vptestnmq", "bit test into a mask", 8),
    ROW(VPCMPGTQ, "vpcmpgtq", "comparison into a mask (vcmppd alike)", 8),
    ROW(VBROADCASTSD, "vbroadcastsd", "a constant loaded into every lane", 8),
    ROW(VPMINUQ, "vpminuq", "unsigned integer minimum (vpmaxuq alike)", 8),
    ROW(VPMOVM2Q, "vpmovm2q", "a mask into a vector", 8),
    ROW(VPMOVQ2M, "vpmovq2m", "sign bits into a mask", 8),
    ROW(VINSERTF64X4, "vinsertf64x4", "two halves into one register (vinserti64x4 alike)", 8),
    ROW(KUNPCKBW, "kunpckbw", "two masks into one (kunpckwd, kunpckdq alike)", 8),
    ROW(KORTESTW, "kortestw", "whether a mask has a lane set (kortestq alike)", 8),
    ROW(KORW, "korw", "two masks combined (kandw, kxorw alike)", 8),
#undef ROW
};

static void pin(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) perror("op_costs: sched_setaffinity");
}

/* Cycles per second: eight dependent additions per run, one per cycle. */
static double clock_rate(void)
{
    double best = 1e30;
    long value = 0;
    for (int pass = 0; pass < PASSES; pass++) {
        double start = cpu_seconds();
        for (long i = 0; i < ITERATIONS; i++)
#define ADD_ONE(n) "add $1, %[value]\n\t"
            __asm__ volatile(EIGHT(ADD_ONE) : [value] "+r"(value));
#undef ADD_ONE
        double seconds = (cpu_seconds() - start) / ITERATIONS;
        if (seconds < best) best = seconds;
    }
    return 8 / best;
}

int main(int argc, char **argv)
{
    int cpu = 1;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--cpu") == 0 && i + 1 < argc) cpu = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: op_costs [--cpu N]\n");
            return 2;
        }
    }
    if (!__builtin_cpu_supports("avx512f") || !__builtin_cpu_supports("avx512dq")) {
        fprintf(stderr, "op_costs: this processor has no AVX-512 (F and DQ)\n");
        return 1;
    }
    pin(cpu);
    double hz = clock_rate();
    double base = multiply_adds() * hz;
    printf("Clock %.2f GHz (dependent integer additions); 16 multiply-adds (vfmadd231pd, 512 bits) take "
           "%.2f cycles, %.2f each. Core %d.\n\n", hz / 1e9, base, base / 16, cpu);
    printf("| instruction | what | cycles each, alone | multiply-add slots |\n|---|---|---:|---:|\n");
    printf("| vfmadd231pd | multiply-add (vfmsub, vfnmadd alike) | %.2f | 1.00 |\n", base / 16);
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        double alone = kinds[k].alone() * hz / 8;
        double slots = (kinds[k].among() * hz - base) / kinds[k].among_copies / (base / 16);
        printf("| %s | %s | %.2f | %.2f |\n", kinds[k].mnemonic, kinds[k].what, alone, slots < 0 ? 0 : slots);
    }
    return 0;
}
#endif
