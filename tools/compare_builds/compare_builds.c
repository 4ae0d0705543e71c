// compare_builds: do two builds of libsoftplus give the same bits? For a change that must not change a
// result (a new loop or vector width, a refactoring), against the library built from the commit before.
//
// For each of the nine functions of the family: the float array entry on all 2^32 bit patterns, and
// the double array entry on 2^26 inputs, half random bit patterns (NaNs, infinities, subnormals, huge
// values) and half typical inputs of its domain, with the double scalar entry on every 97th of them.
// Prints one line per function; exits 1 if any result differs, 2 if a library does not load.
//
//   cc -O2 -o /tmp/compare_builds tools/compare_builds/compare_builds.c -ldl
//   /tmp/compare_builds OLD/libsoftplus.so NEW/libsoftplus.so [first last]   # function indices 0-8
//
// About 90 s per function on one core (AVX-512, 2026); run two halves of the list side by side.
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *names[] = {"softplus", "softminus", "sigmoid", "one_minus_sigmoid", "logit",
                              "softplusinv", "softminusinv", "log_sigmoid", "log_one_minus_sigmoid"};

/// xorshift64: reproducible inputs without libc's rand.
static uint64_t state = 0x9e3779b97f4a7c15ULL;
static uint64_t next_random(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

/// A typical input of function f: logit's domain is [0, 1), softplusinv's [0, 40], softminusinv's
/// [-40, 0], the others' [-40, 40).
static double typical_input(int f) {
    double u = (double)(next_random() >> 11) * 0x1p-53;
    return f == 4 ? u : f == 5 ? u * 40 : f == 6 ? -u * 40 : (u - 0.5) * 80;
}

static void *symbol(void *library, const char *function, const char *suffix) {
    char name[96];
    snprintf(name, sizeof name, "sp_%s_%s", function, suffix);
    return dlsym(library, name);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s OLD.so NEW.so [first last]\n", argv[0]);
        return 2;
    }
    void *old_library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL), *new_library = dlopen(argv[2], RTLD_NOW | RTLD_LOCAL);
    if (!old_library || !new_library) {
        fprintf(stderr, "%s\n", dlerror());
        return 2;
    }
    int first = argc > 3 ? atoi(argv[3]) : 0, last = argc > 4 ? atoi(argv[4]) : 8;
    const size_t chunk = (size_t)1 << 24;
    uint32_t *float_inputs = malloc(chunk * 4), *float_old = malloc(chunk * 4), *float_new = malloc(chunk * 4);
    uint64_t *double_inputs = malloc(chunk * 8), *double_old = malloc(chunk * 8), *double_new = malloc(chunk * 8);
    if (!float_inputs || !float_old || !float_new || !double_inputs || !double_old || !double_new) return 2;
    long all_differences = 0;
    for (int f = first; f <= last; f++) {
        int (*float_array_old)(const float *, float *, size_t) = symbol(old_library, names[f], "f32_array");
        int (*float_array_new)(const float *, float *, size_t) = symbol(new_library, names[f], "f32_array");
        int (*double_array_old)(const double *, double *, size_t) = symbol(old_library, names[f], "f64_array");
        int (*double_array_new)(const double *, double *, size_t) = symbol(new_library, names[f], "f64_array");
        double (*double_scalar_old)(double) = symbol(old_library, names[f], "f64");
        double (*double_scalar_new)(double) = symbol(new_library, names[f], "f64");
        long float_differences = 0, double_differences = 0;
        for (uint64_t base = 0; base < ((uint64_t)1 << 32); base += chunk) {
            for (size_t i = 0; i < chunk; i++) float_inputs[i] = (uint32_t)(base + i);
            float_array_old((const float *)float_inputs, (float *)float_old, chunk);
            float_array_new((const float *)float_inputs, (float *)float_new, chunk);
            if (memcmp(float_old, float_new, chunk * 4) == 0) continue;
            for (size_t i = 0; i < chunk; i++) {
                if (float_old[i] == float_new[i]) continue;
                if (float_differences++ < 3)
                    printf("  %s f32 input %08x: %08x, now %08x\n", names[f], float_inputs[i], float_old[i], float_new[i]);
            }
        }
        for (int round = 0; round < 4; round++) {
            for (size_t i = 0; i < chunk; i++) {
                double typical = typical_input(f);
                if (i % 2) double_inputs[i] = next_random();
                else memcpy(&double_inputs[i], &typical, 8);
            }
            double_array_old((const double *)double_inputs, (double *)double_old, chunk);
            double_array_new((const double *)double_inputs, (double *)double_new, chunk);
            for (size_t i = 0; i < chunk; i++) {
                if (double_old[i] == double_new[i]) continue;
                if (double_differences++ < 3)
                    printf("  %s f64 input %016llx\n", names[f], (unsigned long long)double_inputs[i]);
            }
            for (size_t i = 0; i < chunk; i += 97) {
                double x, a, b;
                memcpy(&x, &double_inputs[i], 8);
                a = double_scalar_old(x);
                b = double_scalar_new(x);
                if (memcmp(&a, &b, 8) != 0) double_differences++;
            }
        }
        printf("%s: f32, all 2^32 inputs: %ld differ; f64, 2^26 inputs (and the scalar entry on 1 in 97): %ld differ\n",
               names[f], float_differences, double_differences);
        fflush(stdout);
        all_differences += float_differences + double_differences;
    }
    return all_differences != 0;
}
