/* report.h -- what the checker writes: the JSON summary and the hard-case vector files (report.c). */
#ifndef EXHAUSTIVE_REPORT_H
#define EXHAUSTIVE_REPORT_H

#include "sweep.h"
#include "validate.h"

#include <stdbool.h>
#include <stdio.h>

struct function_report {
    const char *name;
    bool swept, validated;
    struct sweep_result sweep;
    struct validation_result validation;
    char hard_cases_file[4096];   /* empty if none written */
    char date[32];                /* when its checks finished (UTC) */
};

struct run_report {
    const char *command;       /* the command line, as run */
    const char *note;          /* --note: e.g. which commit the library was built from, or NULL */
    const char *library;       /* path of the library checked, or NULL */
    struct sweep_range range;
    int threads;
    size_t count;
    struct function_report *functions;
};

/* Writes the JSON summary (format in tools/exhaustive/README.md). Returns 0 or -1. */
int write_json_report(const char *path, const struct run_report *run);

/* Writes <directory>/<name>_f32.txt: the hard cases in the vector format of CONTRACT.md, with comment
 * lines saying what they are and the command that made them. Returns 0 or -1. */
int write_hard_cases(const char *directory, const struct run_report *run, struct function_report *function);

/* The current UTC time as 2026-01-31T12:00:00Z. */
void utc_now(char *buffer, size_t size);

#endif
