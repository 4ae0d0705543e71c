/*
 * scalar_calls: the cost of one scalar call of each family function, sp_<name>_f64(x) and
 * sp_<name>_f32(x), next to a C loop over glibc's libm doing the naive formula for the same inputs (what
 * a C programmer calling one element at a time would write). Prints a markdown table, ns per call.
 *
 *   make -C benchmarks scalar               -> build-bench/scalar_calls
 *   build-bench/scalar_calls [--library build/libsoftplus.so] [--cpu 1]
 *
 * Inputs: 2^16 uniform random numbers over the range bench.c uses for the function's domain (|x| <= 30;
 * p in [0, 1); y in [0, 30] or [-30, 0]), the same stream as bench.c. Each call's result feeds a sum, so
 * the calls cannot be skipped; they are independent, so the processor may overlap consecutive calls,
 * as it would in a user's loop. Best of 7 passes, process CPU time.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define COUNT (1 << 16)
#define PASSES 7

/* The family and each function's input range (the domains of spec/softplus.json). */
static const struct {
    const char *name;
    double low, high;
} family[] = {
    {"softplus", -30, 30}, {"softminus", -30, 30}, {"sigmoid", -30, 30}, {"one_minus_sigmoid", -30, 30},
    {"logit", 0, 1}, {"softplusinv", 0, 30}, {"softminusinv", -30, 0}, {"log_sigmoid", -30, 30},
    {"log_one_minus_sigmoid", -30, 30},
};

/* The naive libm formula of each, in the order above (what the table's last column times). */
static double naive(int function, double x)
{
    switch (function) {
    case 0: return log1p(exp(x));
    case 1: return x - log1p(exp(x));
    case 2: return 1 / (1 + exp(-x));
    case 3: return 1 / (1 + exp(x));
    case 4: return log(x / (1 - x));
    case 5: return log(expm1(x));
    case 6: return x - log(-expm1(x));
    case 7: return -log1p(exp(-x));
    default: return -log1p(exp(x));
    }
}

static double cpu_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

/* xorshift64*, as in bench.c. */
static double uniform01(uint64_t *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return (double)((*state * 0x2545F4914F6CDD1DULL) >> 11) * 0x1p-53;
}

int main(int argc, char **argv)
{
    const char *path = "build/libsoftplus.so";
    int cpu = -1;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--library") == 0) path = argv[i + 1];
        else if (strcmp(argv[i], "--cpu") == 0) cpu = atoi(argv[i + 1]);
    }
    if (cpu >= 0) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(cpu, &set);
        sched_setaffinity(0, sizeof set, &set);
    }
    void *library = dlopen(path, RTLD_NOW);
    if (!library) {
        fprintf(stderr, "scalar_calls: %s\n", dlerror());
        return 2;
    }
    const char *(*kernel_isa)(void) = (const char *(*)(void))dlsym(library, "sp_kernel_isa");
    static double x[COUNT];
    static float xf[COUNT];
    volatile double sink = 0;
    printf("scalar calls of %s (kernel path %s), ns per call, best of %d passes over %d inputs\n\n", path,
           kernel_isa ? kernel_isa() : "?", PASSES, COUNT);
    printf("| function | f64 | f32 | C loop over libm, f64 (naive formula) |\n|---|---:|---:|---:|\n");
    for (size_t f = 0; f < sizeof family / sizeof family[0]; f++) {
        uint64_t state = 0x9E3779B97F4A7C15ULL;
        for (int i = 0; i < COUNT; i++) {
            x[i] = family[f].low + (family[f].high - family[f].low) * uniform01(&state);
            xf[i] = (float)x[i];
        }
        char name[64];
        snprintf(name, sizeof name, "sp_%s_f64", family[f].name);
        double (*f64)(double) = (double (*)(double))dlsym(library, name);
        snprintf(name, sizeof name, "sp_%s_f32", family[f].name);
        float (*f32)(float) = (float (*)(float))dlsym(library, name);
        if (!f64 || !f32) {
            fprintf(stderr, "scalar_calls: %s missing\n", name);
            return 2;
        }
        double best64 = INFINITY, best32 = INFINITY, bestNaive = INFINITY;
        for (int pass = 0; pass < PASSES; pass++) {
            double sum = 0, start = cpu_ns();
            for (int i = 0; i < COUNT; i++) sum += f64(x[i]);
            double t64 = (cpu_ns() - start) / COUNT;
            start = cpu_ns();
            for (int i = 0; i < COUNT; i++) sum += f32(xf[i]);
            double t32 = (cpu_ns() - start) / COUNT;
            start = cpu_ns();
            for (int i = 0; i < COUNT; i++) sum += naive((int)f, x[i]);
            double tNaive = (cpu_ns() - start) / COUNT;
            sink += sum;
            best64 = fmin(best64, t64), best32 = fmin(best32, t32), bestNaive = fmin(bestNaive, tNaive);
        }
        printf("| %s | %.1f | %.1f | %.1f |\n", family[f].name, best64, best32, bestNaive);
    }
    return sink == 12345.678 ? 1 : 0;
}
