/*
 * The caller's floating-point environment (docs/ROBUSTNESS.md):
 *   1. no entry point changes the rounding mode, the enabled traps, or (x86-64) any control bit of MXCSR
 *      and of the x87 control word, under each of the four rounding modes;
 *   2. the exception flags raised, by class of input: in the domain and not a pole, neither FE_INVALID nor
 *      FE_DIVBYZERO; at a pole (a finite input with an infinite exact result, e.g. logit(0)) no FE_INVALID;
 *      a quiet NaN raises neither; a signalling NaN and inputs outside the domain may raise FE_INVALID. The
 *      flags seen in each class are printed for the documentation;
 *   3. the same inputs with FE_INVALID and FE_DIVBYZERO traps enabled, in a child process: a trap kills
 *      the child with SIGFPE, which names the case and fails this test instead of crashing the suite;
 *   4. under the three directed rounding modes: the largest distance from the round-to-nearest result,
 *      printed, and bounded (see directed_bound); scalar and array bitwise equal. The accuracy under
 *      directed modes against MPFR is Tests/reference/test_rounding_modes.py, not repeated here.
 * Forms: the family's nine functions and the eleven unary training functions (softplus_training.h), both
 * formats. Inputs per form: the special values, the shared vectors' inputs and random bit patterns,
 * moderate values and values inside the domain.
 *
 *     test_fp_environment VECTOR_DIRECTORY
 *
 * Compiled with -frounding-math (GCC ignores #pragma STDC FENV_ACCESS), so that nothing here is evaluated
 * at compile time or moved across a change of rounding mode.
 */
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "current_case.h"
#include "forms.h"
#include "inputs.h"
#include "softplus_training.h"
#include "vectors.h"

/* Random inputs per form on top of the specials and the vectors: enough to reach every branch of every
 * function many times, small enough for a run under a second per check. */
enum { RANDOM_INPUTS = 20000, SPECIALS = 128 };

static const int rounding_modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
static const char *const rounding_names[] = {"to nearest", "upward", "downward", "toward zero"};
enum { MODES = 4 };

struct sample {
    uint64_t *inputs;
    size_t count;
};

static struct sample make_sample(const struct form *f, const char *vector_directory, uint64_t seed)
{
    struct vectors v = read_vectors(vector_directory, f);
    struct sample s;
    size_t i, capacity = SPECIALS + v.count + 2 * RANDOM_INPUTS;
    s.inputs = malloc(capacity * sizeof *s.inputs);
    if (!s.inputs) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    check(v.found, "no vectors for sp_%s_%s in %s", f->function, f->suffix, vector_directory);
    s.count = special_inputs(f, s.inputs, SPECIALS);
    for (i = 0; i < v.count; i++)
        s.inputs[s.count++] = v.cases[i].input;
    fill_inputs(f, s.inputs + s.count, RANDOM_INPUTS, seed);
    s.count += RANDOM_INPUTS;
    fill_domain_inputs(f, s.inputs + s.count, RANDOM_INPUTS, seed + 1);
    s.count += RANDOM_INPUTS;
    free_vectors(&v);
    return s;
}

/* ---- 1. control state ---------------------------------------------------------------------------------- */

struct control_state {
    int rounding;
    int traps;
#if defined(__x86_64__)
    unsigned mxcsr_control; /* MXCSR without its six sticky flag bits */
    unsigned short x87_control;
#endif
};

static struct control_state control_state(void)
{
    struct control_state state;
    state.rounding = fegetround();
    state.traps = fegetexcept();
#if defined(__x86_64__)
    {
        unsigned mxcsr;
        __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
        __asm__ volatile("fnstcw %0" : "=m"(state.x87_control));
        state.mxcsr_control = mxcsr & ~0x3fu;
    }
#endif
    return state;
}

static int same_control_state(struct control_state a, struct control_state b)
{
    int same = a.rounding == b.rounding && a.traps == b.traps;
#if defined(__x86_64__)
    same = same && a.mxcsr_control == b.mxcsr_control && a.x87_control == b.x87_control;
#endif
    return same;
}

static void check_control_state(const struct form *f, const struct sample *s)
{
    unsigned char *buffer = malloc(s->count * element_size(f));
    int m;
    size_t i;
    for (m = 0; m < MODES; m++) {
        struct control_state before, after_scalar, after_array;
        fesetround(rounding_modes[m]);
        before = control_state();
        for (i = 0; i < s->count; i++)
            call_scalar(f, s->inputs[i]);
        after_scalar = control_state();
        for (i = 0; i < s->count; i++)
            put_element(f, buffer, i, s->inputs[i]);
        call_array(f, buffer, buffer, s->count);
        after_array = control_state();
        fesetround(FE_TONEAREST);
        check(same_control_state(before, after_scalar), "sp_%s_%s changed the control state (rounding %s)",
              f->function, f->suffix, rounding_names[m]);
        check(same_control_state(before, after_array), "sp_%s_%s_array changed the control state (rounding %s)",
              f->function, f->suffix, rounding_names[m]);
    }
    free(buffer);
}

/* ---- 2. exception flags -------------------------------------------------------------------------------- */

enum input_class { IN_DOMAIN, POLE, QUIET_NAN, SIGNALLING_NAN, OUTSIDE_DOMAIN, CLASSES };
static const char *const class_names[] = {"in domain", "poles", "quiet NaN", "signalling NaN", "outside domain"};

static enum input_class classify(const struct form *f, uint64_t input)
{
    if (is_signalling_nan(f, input))
        return SIGNALLING_NAN;
    if (is_nan_bits(f, input))
        return QUIET_NAN;
    if (!in_domain(f, input))
        return OUTSIDE_DOMAIN;
    if (isfinite(value_of(f, input)) && isinf(value_of(f, call_scalar(f, input))))
        return POLE;
    return IN_DOMAIN;
}

/* Flags that must not be raised in each class: IEEE 754 raises invalid only for an operation with no
 * useful result (a signalling NaN operand, a result outside the domain), and divide-by-zero only for an
 * exact infinite result from finite operands (a pole). */
static int forbidden_flags(enum input_class c)
{
    switch (c) {
    case IN_DOMAIN:
    case QUIET_NAN:
        return FE_INVALID | FE_DIVBYZERO;
    case POLE:
        return FE_INVALID;
    default:
        return 0;
    }
}

static void describe_flags(int flags, char *text, size_t size)
{
    const int flag[] = {FE_INVALID, FE_DIVBYZERO, FE_OVERFLOW, FE_UNDERFLOW, FE_INEXACT};
    const char *const name[] = {"invalid", "divbyzero", "overflow", "underflow", "inexact"};
    size_t i, used = 0;
    snprintf(text, size, "none");
    for (i = 0; i < sizeof flag / sizeof flag[0]; i++)
        if (flags & flag[i])
            used += (size_t)snprintf(text + used, size - used, "%s%s", used ? " " : "", name[i]);
}

static void check_flags(const struct form *f, const struct sample *s)
{
    int seen[CLASSES] = {0};
    int counted[CLASSES] = {0};
    size_t i;
    int c;
    for (i = 0; i < s->count; i++) {
        uint64_t input = s->inputs[i];
        enum input_class kind = classify(f, input);
        unsigned char element[8];
        int scalar_flags, array_flags;
        feclearexcept(FE_ALL_EXCEPT);
        call_scalar(f, input);
        scalar_flags = fetestexcept(FE_ALL_EXCEPT);
        put_element(f, element, 0, input);
        feclearexcept(FE_ALL_EXCEPT);
        call_array(f, element, element, 1);
        array_flags = fetestexcept(FE_ALL_EXCEPT);
        feclearexcept(FE_ALL_EXCEPT);
        seen[kind] |= scalar_flags | array_flags;
        counted[kind]++;
        check(!((scalar_flags | array_flags) & forbidden_flags(kind)), "sp_%s_%s(%#llx = %.17g) (%s) raised%s%s",
              f->function, f->suffix, (unsigned long long)input, value_of(f, input), class_names[kind],
              (scalar_flags | array_flags) & FE_INVALID ? " FE_INVALID" : "",
              (scalar_flags | array_flags) & FE_DIVBYZERO ? " FE_DIVBYZERO" : "");
    }
    printf("  flags of sp_%s_%s:", f->function, f->suffix);
    for (c = 0; c < CLASSES; c++)
        if (counted[c]) {
            char text[80];
            describe_flags(seen[c], text, sizeof text);
            printf(" %s (%d): %s;", class_names[c], counted[c], text);
        }
    printf("\n");
}

/* ---- 3. traps ------------------------------------------------------------------------------------------ */

/* In a child process: traps on FE_INVALID and FE_DIVBYZERO, every input that must raise neither through the
 * scalar and the array entry point. Exit status 0 when no trap fired and the traps are still enabled. */
static int run_with_traps(const struct form *f, const struct sample *s)
{
    unsigned char *buffer = malloc(s->count * element_size(f));
    size_t i, n = 0;
    report_fatal_signals(3);
    feclearexcept(FE_ALL_EXCEPT);
    feenableexcept(FE_INVALID | FE_DIVBYZERO);
    for (i = 0; i < s->count; i++) {
        if (classify(f, s->inputs[i]) != IN_DOMAIN)
            continue;
        set_current_case("sp_%s_%s(%#llx) with FE_INVALID | FE_DIVBYZERO trapping", f->function, f->suffix,
                         (unsigned long long)s->inputs[i]);
        call_scalar(f, s->inputs[i]);
        put_element(f, buffer, n++, s->inputs[i]);
    }
    set_current_case("sp_%s_%s_array on %lu in-domain inputs with FE_INVALID | FE_DIVBYZERO trapping",
                     f->function, f->suffix, (unsigned long)n);
    call_array(f, buffer, buffer, n);
    return fegetexcept() == (FE_INVALID | FE_DIVBYZERO) ? 0 : 4;
}

static void check_traps(const struct form *f, const struct sample *s)
{
    pid_t child;
    int status = 0;
    fflush(stdout);
    child = fork();
    if (child == 0)
        _exit(run_with_traps(f, s));
    if (!check(child > 0, "fork failed"))
        return;
    waitpid(child, &status, 0);
    check(WIFEXITED(status) && WEXITSTATUS(status) == 0,
          "sp_%s_%s with traps enabled: child %s %d (3: a trap, printed above; 4: the traps were changed)",
          f->function, f->suffix, WIFEXITED(status) ? "exited with" : "killed by signal",
          WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
}

/* ---- 4. directed rounding ------------------------------------------------------------------------------ */

/* The position of a value among the format's values, -0 and +0 both at 0: the difference of two positions
 * is the number of representable steps between them. */
static int64_t position(const struct form *f, uint64_t bits)
{
    uint64_t sign = f->bits == 64 ? 0x8000000000000000u : 0x80000000u;
    int64_t magnitude = (int64_t)(bits & ~sign);
    return bits & sign ? -magnitude : magnitude;
}

/* Tests/reference/test_rounding_modes.py holds every vector within 1 ULP of the correctly rounded value
 * under a directed mode; to nearest, float is correctly rounded and double within 1 ULP. One ULP of a value
 * is one step, or two of the next lower binade's steps below a power of two, so a directed result lies
 * within 2 steps (float) or 4 steps (double) of the round-to-nearest one. */
static int64_t directed_bound(const struct form *f) { return f->bits == 64 ? 4 : 2; }

static void check_directed_rounding(const struct form *f, const struct sample *s)
{
    size_t size = element_size(f);
    unsigned char *nearest = malloc(s->count * size);
    unsigned char *directed = malloc(s->count * size);
    size_t i;
    int m;
    for (i = 0; i < s->count; i++)
        put_element(f, nearest, i, s->inputs[i]);
    call_array(f, nearest, nearest, s->count);
    printf("  directed rounding, sp_%s_%s, steps from the round-to-nearest result:", f->function, f->suffix);
    for (m = 1; m < MODES; m++) {
        int64_t largest = 0;
        size_t worst = 0, scalar_differs = 0, nan_differs = 0;
        fesetround(rounding_modes[m]);
        for (i = 0; i < s->count; i++)
            put_element(f, directed, i, s->inputs[i]);
        call_array(f, directed, directed, s->count);
        for (i = 0; i < s->count; i++)
            scalar_differs += call_scalar(f, s->inputs[i]) != get_element(f, directed, i);
        fesetround(FE_TONEAREST);
        for (i = 0; i < s->count; i++) {
            uint64_t want = get_element(f, nearest, i), got = get_element(f, directed, i);
            int64_t steps;
            if (is_nan_bits(f, want) || is_nan_bits(f, got)) {
                nan_differs += is_nan_bits(f, want) != is_nan_bits(f, got);
                continue;
            }
            steps = llabs(position(f, got) - position(f, want));
            if (steps > largest) {
                largest = steps;
                worst = i;
            }
        }
        printf(" %s %lld%s", rounding_names[m], (long long)largest, m + 1 < MODES ? "," : "\n");
        check(largest <= directed_bound(f), "sp_%s_%s rounding %s: x = %#llx gives %#llx, %lld steps from %#llx",
              f->function, f->suffix, rounding_names[m], (unsigned long long)s->inputs[worst],
              (unsigned long long)get_element(f, directed, worst), (long long)largest,
              (unsigned long long)get_element(f, nearest, worst));
        check(scalar_differs == 0, "sp_%s_%s rounding %s: scalar != array for %lu inputs", f->function, f->suffix,
              rounding_names[m], (unsigned long)scalar_differs);
        check(nan_differs == 0, "sp_%s_%s rounding %s: NaN for %lu inputs where to nearest is not (or back)",
              f->function, f->suffix, rounding_names[m], (unsigned long)nan_differs);
    }
    free(nearest);
    free(directed);
}

/* The unary training functions (softplus_training.h: derivatives, log1mexp, log1pexp; vectors in
 * VECTOR_DIRECTORY/training) with their domains, which classify() needs: every one of them runs a vector
 * kernel, and their array entry points run the same checks as the family's. */
#define SP_TRAINING_FORMS(name, low, high)                                                                       \
    {#name, "f64", 64, low, high, sp_##name##_f64, NULL, sp_##name##_f64_array, NULL},                        \
        {#name, "f32", 32, low, high, NULL, sp_##name##_f32, NULL, sp_##name##_f32_array},
static const struct form training_forms[] = {
    SP_TRAINING_FORMS(softplus_deriv, -INFINITY, INFINITY) SP_TRAINING_FORMS(softminus_deriv, -INFINITY, INFINITY)
    SP_TRAINING_FORMS(sigmoid_deriv, -INFINITY, INFINITY) SP_TRAINING_FORMS(one_minus_sigmoid_deriv, -INFINITY, INFINITY)
    SP_TRAINING_FORMS(logit_deriv, 0, 1) SP_TRAINING_FORMS(softplusinv_deriv, 0, INFINITY)
    SP_TRAINING_FORMS(softminusinv_deriv, -INFINITY, 0) SP_TRAINING_FORMS(log_sigmoid_deriv, -INFINITY, INFINITY)
    SP_TRAINING_FORMS(log_one_minus_sigmoid_deriv, -INFINITY, INFINITY) SP_TRAINING_FORMS(log1mexp, 0, INFINITY)
    SP_TRAINING_FORMS(log1pexp, -INFINITY, INFINITY)};

static void check_form(const struct form *f, const char *vector_directory, uint64_t seed)
{
    struct sample s = make_sample(f, vector_directory, seed);
    check_control_state(f, &s);
    check_flags(f, &s);
    check_traps(f, &s);
    check_directed_rounding(f, &s);
    free(s.inputs);
}

int main(int argc, char **argv)
{
    size_t k, training_count = sizeof training_forms / sizeof *training_forms;
    char training_directory[4096];
    if (argc != 2) {
        fprintf(stderr, "usage: %s VECTOR_DIRECTORY\n", argv[0]);
        return 2;
    }
    report_fatal_signals(1);
    printf("floating-point environment: %lu forms, %lu of the training functions\n", (unsigned long)sp_form_count,
           (unsigned long)training_count);
    for (k = 0; k < sp_form_count; k++)
        check_form(&sp_forms[k], argv[1], 0xfe00u + 16 * k);
    snprintf(training_directory, sizeof training_directory, "%s/training", argv[1]);
    for (k = 0; k < training_count; k++)
        check_form(&training_forms[k], training_directory, 0xfe00u + 16 * (sp_form_count + k));
    printf("%s: %ld checks, %ld failed\n", checks_failed ? "FAIL" : "ok", checks_run, checks_failed);
    return checks_failed ? 1 : 0;
}
