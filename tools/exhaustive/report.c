/*
 * report.c -- the JSON summary of a run (read by the accuracy report generator of tools/accuracy) and
 * the hard-case vector files (read by the tests like every other vector file).
 */
#include "report.h"

#include "float_bits.h"
#include "parallel.h"
#include "reference.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>

void utc_now(char *buffer, size_t size)
{
    time_t now = time(NULL);
    struct tm utc;
    gmtime_r(&now, &utc);
    strftime(buffer, size, "%Y-%m-%dT%H:%M:%SZ", &utc);
}

/* "x86_64, 2 processors, <model name of /proc/cpuinfo>" */
static void describe_machine(char *buffer, size_t size, int processors)
{
    struct utsname u;
    char model[256] = "unknown processor";
    FILE *cpuinfo = fopen("/proc/cpuinfo", "r");
    if (cpuinfo) {
        char line[512];
        while (fgets(line, sizeof line, cpuinfo))
            if (strncmp(line, "model name", 10) == 0 && strchr(line, ':')) {
                snprintf(model, sizeof model, "%s", strchr(line, ':') + 2);
                model[strcspn(model, "\n")] = '\0';
                break;
            }
        fclose(cpuinfo);
    }
    snprintf(buffer, size, "%s, %d processors, %s", uname(&u) == 0 ? u.machine : "unknown", processors, model);
}

/* A JSON string with the characters JSON requires escaped. */
static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fprintf(f, "\\%c", *s);
        else if ((unsigned char)*s < 0x20)
            fprintf(f, "\\u%04x", *s);
        else
            fputc(*s, f);
    }
    fputc('"', f);
}

static void json_misrounded(FILE *f, const struct misrounded_input *m)
{
    fprintf(f, "{\"input\": \"%08x\", \"got\": \"%08x\", \"want\": \"%08x\", \"input_value\": \"%.9g\", "
               "\"got_value\": \"%.9g\", \"want_value\": \"%.9g\", \"floats_apart\": %llu}",
            m->input, m->got, m->want, (double)bits_to_float(m->input), (double)bits_to_float(m->got),
            (double)bits_to_float(m->want),
            (unsigned long long)floats_apart(bits_to_float(m->got), bits_to_float(m->want)));
}

/* log2 of an error, to read against the margin's 2^-50; null when there is no error to take it of. */
static void json_log2(FILE *f, double x)
{
    if (x > 0 && isfinite(x))
        fprintf(f, "%.2f", log2(x));
    else
        fprintf(f, "null");
}

static void json_sweep(FILE *f, const struct function_report *r, bool library_checked)
{
    const struct sweep_result *s = &r->sweep;
    if (library_checked)
        fprintf(f, ",\n      \"checked\": %llu, \"misrounded\": %llu, \"correctly_rounded_percent\": %.9f,\n",
                (unsigned long long)s->checked, (unsigned long long)s->misrounded,
                s->checked ? 100.0 * (double)(s->checked - s->misrounded) / (double)s->checked : 0.0);
    else
        fprintf(f, ",\n      \"checked\": %llu, \"misrounded\": null, \"correctly_rounded_percent\": null,\n",
                (unsigned long long)s->checked);
    fprintf(f, "      \"settled_by_mpfr\": %llu, \"decided_by_long_double\": %llu, \"special_inputs\": %llu, "
               "\"array_call_failures\": %llu, \"seconds\": %.1f,\n",
            (unsigned long long)s->settled_by_mpfr, (unsigned long long)s->decided_by_long_double,
            (unsigned long long)s->special, (unsigned long long)s->array_failures, s->seconds);
    fprintf(f, "      \"worst_misrounded\": ");
    if (s->misrounded)
        json_misrounded(f, &s->worst);
    else
        fprintf(f, "null");
    fprintf(f, ",\n      \"first_misrounded\": [");
    size_t shown = s->kept_misrounded < 20 ? s->kept_misrounded : 20;
    for (size_t i = 0; i < shown; i++) {
        fprintf(f, "%s\n        ", i ? "," : "");
        json_misrounded(f, &s->misrounded_inputs[i]);
    }
    fprintf(f, "%s],\n      \"hard_cases_file\": ", shown ? "\n      " : "");
    if (r->hard_cases_file[0])
        json_string(f, r->hard_cases_file);
    else
        fprintf(f, "null");
}

static void json_candidate_validation(FILE *f, const char *type, const struct candidate_validation *v,
                                      struct candidate_trust trust)
{
    fprintf(f, "\"%s\": {\"max_relative_error\": %.3e, \"max_relative_error_log2\": ", type, v->max_relative_error);
    json_log2(f, v->max_relative_error);
    fprintf(f, ", \"worst_input\": \"%08x\", \"margin_log2\": %.0f, \"limit_log2\": %.0f, \"beyond_slack\": %llu, "
               "\"decided\": %llu, \"disagreements_with_mpfr\": %llu, \"passed\": %s}",
            v->worst_input, log2((double)trust.margin), log2((double)(trust.margin / validation_factor)),
            (unsigned long long)v->beyond_slack, (unsigned long long)v->decided, (unsigned long long)v->disagreements,
            candidate_validation_passed(v, trust) ? "true" : "false");
}

static void json_validation(FILE *f, const struct run_report *run, const struct function_report *r)
{
    const struct validation_result *v = &r->validation;
    fprintf(f, ",\n      \"validation\": {\"samples\": %llu, \"seconds\": %.1f, \"date\": \"%s\", \"command\": ",
            (unsigned long long)v->samples, v->seconds, r->date);
    json_string(f, run->command);
    fprintf(f, ",\n        ");
    json_candidate_validation(f, "double", &v->of_double, double_trust);
    fprintf(f, ",\n        ");
    json_candidate_validation(f, "long_double", &v->of_long_double, long_double_trust);
    fprintf(f, "}");
}

static void json_string_or_null(FILE *f, const char *s)
{
    if (s)
        json_string(f, s);
    else
        fprintf(f, "null");
}

/* What ran, where and on what, repeated in every function's object so that reports of separate runs
 * (one function each) can be merged function by function (merge_reports.py). */
static void json_run(FILE *f, const struct run_report *run, const struct function_report *r, const char *machine)
{
    fprintf(f, ",\n      \"command\": ");
    json_string(f, run->command);
    fprintf(f, ",\n      \"note\": ");
    json_string_or_null(f, run->note);
    fprintf(f, ", \"date\": \"%s\", \"machine\": ", r->date);
    json_string(f, machine);
    fprintf(f, ",\n      \"library\": ");
    json_string_or_null(f, run->library);
    fprintf(f, ", \"start\": %llu, \"stride\": %llu, \"threads\": %d", (unsigned long long)run->range.start,
            (unsigned long long)run->range.stride, run->threads);
}

int write_json_report(const char *path, const struct run_report *run)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        return -1;
    }
    char date[32], machine[512];
    utc_now(date, sizeof date);
    describe_machine(machine, sizeof machine, processor_count());
    fprintf(f, "{\n  \"tool\": \"tools/exhaustive\",\n  \"date\": \"%s\",\n", date);
    fprintf(f, "  \"entry_points\": \"sp_<name>_f32_array\",\n");
    fprintf(f, "  \"margins_log2\": {\"double\": %.0f, \"long_double\": %.0f},\n  \"functions\": [",
            log2((double)double_trust.margin), log2((double)long_double_trust.margin));
    for (size_t i = 0; i < run->count; i++) {
        const struct function_report *r = &run->functions[i];
        fprintf(f, "%s\n    {\"name\": ", i ? "," : "");
        json_string(f, r->name);
        json_run(f, run, r, machine);
        if (r->swept)
            json_sweep(f, r, run->library != NULL);
        if (r->validated)
            json_validation(f, run, r);
        fprintf(f, "}");
    }
    fprintf(f, "\n  ]\n}\n");
    return fclose(f) == 0 ? 0 : -1;
}

int write_hard_cases(const char *directory, const struct run_report *run, struct function_report *function)
{
    mkdir(directory, 0777);
    snprintf(function->hard_cases_file, sizeof function->hard_cases_file, "%s/%s_f32.txt", directory, function->name);
    FILE *f = fopen(function->hard_cases_file, "w");
    if (!f) {
        perror(function->hard_cases_file);
        function->hard_cases_file[0] = '\0';
        return -1;
    }
    char date[32];
    utc_now(date, sizeof date);
    const struct sweep_result *s = &function->sweep;
    fprintf(f, "# %s, float: the hard cases of the exhaustive check, inputs whose long double candidate lay within\n"
               "# 2^%.0f (relative) of a float rounding boundary, so that the correctly rounded result (round to nearest\n"
               "# even) was settled by MPFR interval arithmetic at >= 256 bits (tools/exhaustive). Format: CONTRACT.md.\n"
               "# %llu of %llu inputs (start %llu, stride %llu). Generated %s by:\n# %s\n",
            function->name, log2((double)long_double_trust.margin), (unsigned long long)s->hard_case_count,
            (unsigned long long)s->checked, (unsigned long long)run->range.start, (unsigned long long)run->range.stride,
            date, run->command);
    for (size_t i = 0; i < s->hard_case_count; i++)
        fprintf(f, "%08x %08x\n", s->hard_cases[i].input, s->hard_cases[i].want);
    return fclose(f) == 0 ? 0 : -1;
}
