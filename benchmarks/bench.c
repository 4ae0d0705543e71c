/*
 * bench.c: times every array function of libsoftplus against the C peers (c_peers.h), one core,
 * ns per element, the median of interleaved repeats.
 *
 *   bench [--library PATH] [--header PATH] [--training-header PATH] [--sizes 10,16,20,24]
 *         [--lengths 63,100,1000] [--repeats R] [--cpu C] [--min-sample-ms T] [--tsv FILE]
 *
 * --sizes gives n as exponents of 2; --lengths gives n itself, for lengths that are not a multiple of
 * the kernels' lane count (their last elements take the short-block path of ArrayLoops.swift). Both
 * may be given: the sizes, then the lengths, 16 in all at most.
 *
 * The functions come from the header (every `int sp_<name>_<f64|f32>_array(` line, with the
 * "Domain:" line of its section), and are looked up in the library with dlsym, so a function
 * added to the spec is benchmarked without an edit here. Inputs: uniform random numbers over a
 * range typical of the domain (input_range below), the same for every kernel.
 *
 * Then the array functions of the training header (include/softplus_training.h; "" to skip it),
 * told apart by their parameters (struct function's kind): the one-input ones as above; the
 * backward products sp_<f>_backward_<t>_array(x, grad_out, grad_in, n) on the inputs of f with
 * grad_out uniform in [0, 1); the losses sp_<loss>[_sum|_mean]_<t>(x, target, NULL, NULL, n, out)
 * and their gradients (grad_out an array of ones, or 1), targets uniform in [0, 1); the
 * parameterized functions at PyTorch's defaults (beta 1, threshold 20, c 1: parameter_value) on
 * the inputs of the family function their name begins with (softplusinv_beta: softplusinv's).
 * They are timed alone (no peer has them); ns per element of x, as for the others.
 *
 * Method: for each n (2^k, or a --lengths value) and each function and format, the kernels (the library, then each C
 * peer implementing that function) run one after another, in an order rotated every repeat, and
 * that round is repeated R times: a change of machine load hits all kernels alike. A sample is
 * the CPU time of the process (CLOCK_PROCESS_CPUTIME_ID) over enough back-to-back calls to last
 * --min-sample-ms, divided by the number of elements computed; the figure printed is the median
 * of the R samples. CPU time, not wall time: on a shared machine the wall clock also counts the
 * time other processes hold the core (3-4x at a load of 18 on 2 cores), CPU time does not; on an
 * idle machine they agree, and the ratio of the two over the run is printed at the end to show
 * which case a run was. The process is pinned to one core (sched_setaffinity).
 *
 * The library runs on the kernel path it picks at its first call (sp_kernel_isa(), printed on the first
 * line): its best one, or the one SOFTPLUS_ISA=baseline|avx2|avx512 in the environment forces.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <math.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "c_peers.h"

enum { MAX_FUNCTIONS = 160, MAX_KERNELS = 8, MAX_SIZES = 16, MAX_REPEATS = 1001, MAX_PARAMETERS = 2 };

struct options {
    const char *library, *header, *training_header, *tsv;
    size_t sizes[MAX_SIZES];
    int size_count;
    int repeats, cpu;
    double min_sample_ms;
};

/* How a library function is called: its C parameters after x (see the file's comment). */
enum kind {
    UNARY,                /* (x, out, n) */
    BACKWARD,             /* (x, grad_out, grad_in, n) */
    PARAMETERIZED,        /* (x, out, n, p...) */
    LOSS,                 /* (x, target, weight, pos_weight, n, out) */
    LOSS_BACKWARD,        /* (x, target, weight, pos_weight, const T *grad_out, n, grad_in) */
    LOSS_REDUCED_BACKWARD /* (x, target, weight, pos_weight, T grad_out, n, grad_in) */
};

/* One array function of a header, e.g. name "softplus", format "f64", domain "all x." */
struct function {
    char name[64], format[4], domain[160];
    enum kind kind;
    int parameter_count;
    double parameters[MAX_PARAMETERS];
};

struct kernel {
    const char *label;
    c_kernel run;                           /* a C peer */
    int (*array)(const void *, void *, size_t); /* or a library array function */
    const struct function *function;        /* the library function's kind, for the others */
    void *symbol;
};

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "bench: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    exit(2);
}

/* ---- the function list, from the header ------------------------------------------------------ */

static int read_functions(const char *header, struct function *out)
{
    FILE *file = fopen(header, "r");
    if (!file)
        die("cannot open the header", header);
    char line[512], domain[160] = "", name[64], type[16];
    int count = 0;
    while (fgets(line, sizeof line, file)) {
        const char *d = strstr(line, "Domain: ");
        if (d) {
            snprintf(domain, sizeof domain, "%s", d + strlen("Domain: "));
            domain[strcspn(domain, "\n")] = 0;
        }
        if (sscanf(line, "int sp_%63[a-z0-9_](const %15[a-z] *", name, type) != 2)
            continue;
        size_t length = strlen(name);
        const char *suffix = "_array";
        if (length < 10 || strcmp(name + length - 6, suffix) != 0 || name[length - 10] != '_')
            continue;
        if (count == MAX_FUNCTIONS)
            die("too many functions in the header", header);
        struct function *f = &out[count++];
        memcpy(f->format, name + length - 9, 3);
        f->format[3] = 0;
        name[length - 10] = 0;
        snprintf(f->name, sizeof f->name, "%s", name);
        snprintf(f->domain, sizeof f->domain, "%s", domain);
    }
    fclose(file);
    if (count == 0)
        die("no array function found in the header", header);
    return count;
}

/* The value a parameterized function is timed at: PyTorch's defaults. */
static double parameter_value(const char *name)
{
    if (!strcmp(name, "beta") || !strcmp(name, "c"))
        return 1;
    if (!strcmp(name, "threshold"))
        return 20;
    die("no value to time the parameter at", name);
    return 0;
}

/* The domain of the family function `name` of the already read list (for its backward product), or
 * of the longest one whose name and "_" begin `name` (softplusinv for softplusinv_beta); "all x" if none. */
static const char *domain_of(const struct function *functions, int count, const char *name)
{
    const char *domain = "all x";
    size_t longest = 0;
    for (int i = 0; i < count; i++) {
        size_t length = strlen(functions[i].name);
        int prefix = !strncmp(functions[i].name, name, length) && name[length] == '_';
        if (!strcmp(functions[i].name, name))
            return functions[i].domain;
        if (prefix && length > longest)
            longest = length, domain = functions[i].domain;
    }
    return domain;
}

/* The training header's functions that take arrays, after the `count` of the family header. */
static int read_training_functions(const char *header, struct function *out, int count)
{
    FILE *file = fopen(header, "r");
    if (!file)
        die("cannot open the training header", header);
    char line[1024], domain[160] = "all x", name[64], type[16];
    int family = count;
    while (fgets(line, sizeof line, file)) {
        const char *d = strstr(line, "Domain: ");
        if (d) {
            snprintf(domain, sizeof domain, "%s", d + strlen("Domain: "));
            domain[strcspn(domain, "\n")] = 0;
        }
        if (sscanf(line, "int sp_%63[a-z0-9_](const %15[a-z] *", name, type) != 2)
            continue;
        char *suffix = strstr(name, strcmp(type, "double") ? "_f32" : "_f64");
        if (!suffix)
            continue;
        if (count == MAX_FUNCTIONS)
            die("too many functions in the headers", header);
        struct function *f = &out[count];
        memset(f, 0, sizeof *f);
        memcpy(f->format, suffix + 1, 3);
        *suffix = 0;
        snprintf(f->name, sizeof f->name, "%s", name);
        snprintf(f->domain, sizeof f->domain, "%s", "all x");
        const char *parameters = strchr(line, '(');
        int pointers = 0;
        for (const char *c = parameters; *c && *c != ')'; c++)
            pointers += *c == '*';
        size_t length = strlen(name);
        if (length > 9 && !strcmp(name + length - 9, "_backward") && pointers == 3 && !strstr(line, "target")) {
            f->kind = BACKWARD;
            name[length - 9] = 0;
            snprintf(f->domain, sizeof f->domain, "%s", domain_of(out, family, name));
        } else if (strstr(line, "target")) {
            f->kind = strstr(line, "grad_out") ? (pointers == 6 ? LOSS_BACKWARD : LOSS_REDUCED_BACKWARD) : LOSS;
        } else {
            /* (const T *x, T *out, size_t n[, T p...]): the names after size_t n are the parameters. */
            const char *rest = strstr(line, "size_t n");
            f->kind = UNARY;
            snprintf(f->domain, sizeof f->domain, "%s", domain);
            for (rest = rest ? strchr(rest, ',') : NULL; rest; rest = strchr(rest + 1, ',')) {
                char parameter[32];
                if (sscanf(rest, ", %*s %31[a-z_]", parameter) != 1 || f->parameter_count == MAX_PARAMETERS)
                    die("cannot read the parameters of", f->name);
                f->kind = PARAMETERIZED;
                snprintf(f->domain, sizeof f->domain, "%s", domain_of(out, family, f->name));
                f->parameters[f->parameter_count++] = parameter_value(parameter);
            }
        }
        count++;
    }
    fclose(file);
    return count;
}

/* ---- inputs ---------------------------------------------------------------------------------- */

/*
 * The range of the timed inputs, from the header's domain text. Wide enough to take every branch
 * of a stable formula: |x| <= 30 reaches e^-30 ~ 1e-13 (the tails where a naive formula loses
 * everything) and the saturation of softplus (x > 17 in float), and, for y, both the small-y
 * and the large-y forms of softplusinv. Checked against peers.py's input_range, which uses the same.
 */
static void input_range(const char *domain, double *low, double *high)
{
    if (strncmp(domain, "all ", 4) == 0)
        *low = -30, *high = 30;
    else if (strstr(domain, "<= 1"))
        *low = 0, *high = 1;
    else if (strstr(domain, ">= 0"))
        *low = 0, *high = 30;
    else if (strstr(domain, "<= 0"))
        *low = -30, *high = 0;
    else
        die("no input range for the domain", domain);
}

/* xorshift64*: a fixed, portable stream, so every run times the same inputs. */
static double uniform01(uint64_t *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return (double)((*state * 0x2545F4914F6CDD1DULL) >> 11) * 0x1p-53;
}

static void fill_inputs(const struct function *f, void *x, size_t n)
{
    double low, high;
    input_range(f->domain, &low, &high);
    uint64_t state = 0x9E3779B97F4A7C15ULL;
    for (size_t i = 0; i < n; i++) {
        double v = low + (high - low) * uniform01(&state);
        if (strcmp(f->format, "f64") == 0)
            ((double *)x)[i] = v;
        else
            ((float *)x)[i] = (float)v;
    }
}

/* ---- timing ---------------------------------------------------------------------------------- */

static double clock_ns(clockid_t clock)
{
    struct timespec t;
    clock_gettime(clock, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

/* Wall and CPU time of every sample, for the ratio printed at the end. */
static double total_wall_ns, total_cpu_ns;

/* The second input of the training functions (targets, grad_out) and the ones of a loss's grad_out. */
static void *second_input, *ones;

typedef int (*backward_f)(const void *, const void *, void *, size_t);
typedef int (*loss_f)(const void *, const void *, const void *, const void *, size_t, void *);
typedef int (*loss_backward_f)(const void *, const void *, const void *, const void *, const void *, size_t, void *);
typedef int (*loss_reduced_backward_f64)(const void *, const void *, const void *, const void *, double, size_t, void *);
typedef int (*loss_reduced_backward_f32)(const void *, const void *, const void *, const void *, float, size_t, void *);
typedef int (*parameterized_f64_1)(const void *, void *, size_t, double);
typedef int (*parameterized_f64_2)(const void *, void *, size_t, double, double);
typedef int (*parameterized_f32_1)(const void *, void *, size_t, float);
typedef int (*parameterized_f32_2)(const void *, void *, size_t, float, float);

/* A library function of the training header, called as its kind says. */
static int call_training(const struct function *f, void *symbol, const void *x, void *out, size_t n)
{
    int f64 = !strcmp(f->format, "f64");
    const double *p = f->parameters;
    switch (f->kind) {
    case BACKWARD:
        return ((backward_f)symbol)(x, second_input, out, n);
    case LOSS:
        return ((loss_f)symbol)(x, second_input, NULL, NULL, n, out);
    case LOSS_BACKWARD:
        return ((loss_backward_f)symbol)(x, second_input, NULL, NULL, ones, n, out);
    case LOSS_REDUCED_BACKWARD:
        return f64 ? ((loss_reduced_backward_f64)symbol)(x, second_input, NULL, NULL, 1.0, n, out)
                   : ((loss_reduced_backward_f32)symbol)(x, second_input, NULL, NULL, 1.0f, n, out);
    case PARAMETERIZED:
        if (f->parameter_count == 1)
            return f64 ? ((parameterized_f64_1)symbol)(x, out, n, p[0]) : ((parameterized_f32_1)symbol)(x, out, n, (float)p[0]);
        return f64 ? ((parameterized_f64_2)symbol)(x, out, n, p[0], p[1])
                   : ((parameterized_f32_2)symbol)(x, out, n, (float)p[0], (float)p[1]);
    case UNARY:
        break;
    }
    return ((int (*)(const void *, void *, size_t))symbol)(x, out, n);
}

static void call(const struct kernel *k, const void *x, void *out, size_t n)
{
    if (k->run)
        k->run(x, out, n);
    else if ((k->symbol ? call_training(k->function, k->symbol, x, out, n) : k->array(x, out, n)) != 0)
        die("the library returned an error for", k->label);
}

/* CPU ns per element of `calls` back-to-back calls. */
static double sample(const struct kernel *k, const void *x, void *out, size_t n, long calls)
{
    double wall = clock_ns(CLOCK_MONOTONIC), cpu = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    for (long c = 0; c < calls; c++)
        call(k, x, out, n);
    cpu = clock_ns(CLOCK_PROCESS_CPUTIME_ID) - cpu;
    total_wall_ns += clock_ns(CLOCK_MONOTONIC) - wall;
    total_cpu_ns += cpu;
    return cpu / ((double)calls * (double)n);
}

static int compare_doubles(const void *a, const void *b)
{
    double u = *(const double *)a, v = *(const double *)b;
    return (u > v) - (u < v);
}

/* The median ns/element of each kernel over interleaved repeats (see the file's comment). */
static void time_kernels(const struct kernel *kernels, int count, const void *x, void *out, size_t n,
                         const struct options *o, double *median)
{
    static double samples[MAX_KERNELS][MAX_REPEATS];
    long calls[MAX_KERNELS];
    for (int k = 0; k < count; k++) {
        double single = sample(&kernels[k], x, out, n, 1) * (double)n; /* also warms caches and pages */
        double wanted = o->min_sample_ms * 1e6 / (single > 1 ? single : 1);
        calls[k] = wanted < 1 ? 1 : (long)ceil(wanted);
    }
    for (int r = 0; r < o->repeats; r++)
        for (int i = 0; i < count; i++) {
            int k = (i + r) % count;
            samples[k][r] = sample(&kernels[k], x, out, n, calls[k]);
        }
    for (int k = 0; k < count; k++) {
        qsort(samples[k], (size_t)o->repeats, sizeof(double), compare_doubles);
        median[k] = samples[k][o->repeats / 2];
    }
}

/* ---- reporting ------------------------------------------------------------------------------- */

static FILE *tsv;

static void report(const char *function, const char *format, size_t n, const struct kernel *kernels,
                   int count, const double *median)
{
    if ((n & (n - 1)) == 0)
        printf("%-22s %s  2^%-2d", function, format, __builtin_ctzl(n));
    else
        printf("%-22s %s  %-4zu", function, format, n);
    for (int k = 0; k < count; k++)
        printf("  %s %7.3f", kernels[k].label, median[k]);
    if (count > 1 && !kernels[0].run)
        for (int k = 1; k < count; k++)
            printf("  lib/%s %.2f", kernels[k].label, median[0] / median[k]);
    printf("\n");
    fflush(stdout);
    for (int k = 0; tsv && k < count; k++)
        fprintf(tsv, "%s\t%s\t%zu\t%s\t%.6f\n", function, format, n, kernels[k].label, median[k]);
}

/* ---- main ------------------------------------------------------------------------------------ */

/* The n to time: 2^k for each k of --sizes (exponents), then each n of --lengths, in the order given. */
static void parse_sizes(const char *text, int exponents, struct options *o)
{
    for (const char *p = text; *p;) {
        char *end;
        long k = strtol(p, &end, 10);
        if (o->size_count == MAX_SIZES)
            die("too many sizes and lengths (at most 16)", text);
        if (exponents && (end == p || k < 0 || k > 30))
            die("--sizes wants exponents of 2 from 0 to 30, comma-separated", text);
        if (!exponents && (end == p || k < 1 || k > (1L << 30)))
            die("--lengths wants lengths from 1 to 2^30, comma-separated", text);
        o->sizes[o->size_count++] = exponents ? (size_t)1 << k : (size_t)k;
        p = *end == ',' ? end + 1 : end;
    }
}

static struct options parse_options(int argc, char **argv)
{
    struct options o = {"build/libsoftplus.so", "include/softplus.h", "include/softplus_training.h", NULL,
                        {1 << 10, 1 << 16, 1 << 20, 1 << 24}, 4, 11, -1, 20};
    int sizes_given = 0;
    for (int i = 1; i < argc; i++) {
        const char *value = i + 1 < argc ? argv[i + 1] : NULL;
        if (!value)
            die("missing value after", argv[i]);
        if (!strcmp(argv[i], "--library"))
            o.library = value;
        else if (!strcmp(argv[i], "--header"))
            o.header = value;
        else if (!strcmp(argv[i], "--training-header"))
            o.training_header = value;
        else if (!strcmp(argv[i], "--tsv"))
            o.tsv = value;
        else if (!strcmp(argv[i], "--sizes") || !strcmp(argv[i], "--lengths")) {
            if (!sizes_given)
                o.size_count = 0; /* the defaults go once either option is given */
            sizes_given = 1;
            parse_sizes(value, !strcmp(argv[i], "--sizes"), &o);
        }
        else if (!strcmp(argv[i], "--repeats"))
            o.repeats = atoi(value);
        else if (!strcmp(argv[i], "--cpu"))
            o.cpu = atoi(value);
        else if (!strcmp(argv[i], "--min-sample-ms"))
            o.min_sample_ms = atof(value);
        else
            die("unknown option (see the comment at the top of benchmarks/bench.c)", argv[i]);
        i++;
    }
    if (o.repeats < 1 || o.repeats > MAX_REPEATS)
        die("--repeats wants 1 to 1001", NULL);
    return o;
}

/* Pin to one core: the given one, else the last one this process may run on. */
static int pin(int cpu)
{
    cpu_set_t set;
    if (cpu < 0) {
        if (sched_getaffinity(0, sizeof set, &set) != 0)
            die("sched_getaffinity", strerror(errno));
        for (int c = CPU_SETSIZE - 1; c >= 0; c--)
            if (CPU_ISSET(c, &set)) {
                cpu = c;
                break;
            }
    }
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0)
        die("sched_setaffinity", strerror(errno));
    return cpu;
}

static int add_peers(const char *function, const char *format, struct kernel *kernels, int count)
{
    for (const struct c_peer *p = c_peers(); p->function; p++)
        if (!strcmp(p->function, function) && !strcmp(p->format, format) && count < MAX_KERNELS)
            kernels[count++] = (struct kernel){p->peer, p->kernel, NULL, NULL, NULL};
    return count;
}

int main(int argc, char **argv)
{
    struct options o = parse_options(argc, argv);
    static struct function functions[MAX_FUNCTIONS];
    int family_count = read_functions(o.header, functions);
    int function_count = *o.training_header ? read_training_functions(o.training_header, functions, family_count)
                                            : family_count;
    void *library = dlopen(o.library, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        die("cannot load the library", dlerror());
    const char *(*version)(void) = (const char *(*)(void))dlsym(library, "sp_version");
    const char *(*kernel_isa)(void) = (const char *(*)(void))dlsym(library, "sp_kernel_isa");
    int cpu = pin(o.cpu);
    printf("# libsoftplus %s (%s), kernel path %s, %d array functions from %s and %d from %s; SLEEF loops: %s; "
           "core %d; %d repeats, samples of >= %g ms of CPU time; ns (CPU) per element, median\n",
           version ? version() : "?", o.library, kernel_isa ? kernel_isa() : "?", family_count, o.header,
           function_count - family_count,
           *o.training_header ? o.training_header : "(no training header)", c_peers_sleef_isa(), cpu, o.repeats,
           o.min_sample_ms);
    if (o.tsv && !(tsv = fopen(o.tsv, "w")))
        die("cannot write", o.tsv);
    if (tsv)
        fprintf(tsv, "function\tformat\tn\tkernel\tns_per_element\n");

    for (int s = 0; s < o.size_count; s++) {
        size_t n = o.sizes[s];
        void *x = malloc(n * sizeof(double)), *out = malloc(n * sizeof(double));
        second_input = malloc(n * sizeof(double)), ones = malloc(n * sizeof(double));
        if (!x || !out || !second_input || !ones)
            die("out of memory", NULL);
        memset(out, 0, n * sizeof(double));
        static const char *const formats[] = {"f64", "f32"};
        for (int f = 0; f < 2; f++) {
            struct kernel floors[MAX_KERNELS];
            double median[MAX_KERNELS];
            struct function all_x = {"floors", "", "all x", UNARY, 0, {0}};
            snprintf(all_x.format, sizeof all_x.format, "%s", formats[f]);
            fill_inputs(&all_x, x, n);
            int count = 0;
            for (const struct c_peer *p = c_peers(); p->function; p++)
                if (!strcmp(p->peer, "floor") && !strcmp(p->format, formats[f]))
                    floors[count++] = (struct kernel){p->function, p->kernel, NULL, NULL, NULL};
            time_kernels(floors, count, x, out, n, &o, median);
            report("floor", formats[f], n, floors, count, median);
        }
        for (int i = 0; i < function_count; i++) {
            const struct function *f = &functions[i];
            char symbol[128], label[96];
            struct kernel kernels[MAX_KERNELS] = {{"library", NULL, NULL, NULL, NULL}};
            int count = 1;
            if (i < family_count) {
                snprintf(symbol, sizeof symbol, "sp_%.63s_%.3s_array", f->name, f->format);
                *(void **)&kernels[0].array = dlsym(library, symbol);
                if (!kernels[0].array)
                    die("symbol missing from the library", symbol);
                count = add_peers(f->name, f->format, kernels, 1);
                snprintf(label, sizeof label, "%.63s", f->name);
            } else {
                const char *array = f->kind == BACKWARD || f->kind == UNARY || f->kind == PARAMETERIZED ? "_array" : "";
                snprintf(label, sizeof label, "%.63s", f->name);
                snprintf(symbol, sizeof symbol, "sp_%.63s_%.3s%s", f->name, f->format, array);
                kernels[0].function = f;
                kernels[0].symbol = dlsym(library, symbol);
                if (!kernels[0].symbol)
                    die("symbol missing from the library", symbol);
                struct function unit = {"second input", "", "0 <= p <= 1", UNARY, 0, {0}};
                snprintf(unit.format, sizeof unit.format, "%s", f->format);
                fill_inputs(&unit, second_input, n);
                for (size_t e = 0; e < n; e++)
                    if (!strcmp(f->format, "f64"))
                        ((double *)ones)[e] = 1;
                    else
                        ((float *)ones)[e] = 1;
            }
            double median[MAX_KERNELS];
            fill_inputs(f, x, n);
            time_kernels(kernels, count, x, out, n, &o, median);
            report(label, f->format, n, kernels, count, median);
        }
        free(x);
        free(out);
        free(second_input);
        free(ones);
    }
    if (tsv)
        fclose(tsv);
    printf("# wall time / CPU time over all samples: %.2f\n", total_wall_ns / total_cpu_ns);
    return 0;
}
