/*
 * spec_functions.c -- the list of functions, read from spec/softplus.json (the project's one list),
 * so the checker cannot drift from it.
 *
 * The spec is a JSON object whose "functions" array holds one object per function with a "name"
 * string (the C name). Only "name" keys after the "functions" key are read: the other arrays of the
 * spec ("formats", "status") come before it and have no "name" key, and function names are plain
 * identifiers (no escapes). A full JSON parser would add a dependency for no gain.
 */
#include "spec_functions.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_whole_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *text = NULL;
    long size;
    if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        text = malloc((size_t)size + 1);
        if (text && fread(text, 1, (size_t)size, f) == (size_t)size) {
            text[size] = '\0';
        } else {
            free(text);
            text = NULL;
        }
    }
    fclose(f);
    return text;
}

static const char *skip_space(const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    return s;
}

int read_spec_functions(const char *path, struct spec_functions *out)
{
    char *text = read_whole_file(path);
    if (!text) {
        fprintf(stderr, "exhaustive: cannot read the spec %s\n", path);
        return -1;
    }
    out->count = 0;
    const char *s = strstr(text, "\"functions\"");
    while (s && (s = strstr(s, "\"name\"")) != NULL) {
        s = skip_space(s + strlen("\"name\""));
        if (*s != ':')
            continue;
        s = skip_space(s + 1);
        if (*s != '"')
            continue;
        const char *end = strchr(++s, '"');
        size_t length = end ? (size_t)(end - s) : 0;
        if (!end || length == 0 || length >= max_function_name || out->count == max_spec_functions) {
            fprintf(stderr, "exhaustive: unexpected function name in %s\n", path);
            free(text);
            return -1;
        }
        memcpy(out->names[out->count], s, length);
        out->names[out->count][length] = '\0';
        out->count++;
        s = end + 1;
    }
    free(text);
    if (out->count == 0) {
        fprintf(stderr, "exhaustive: no function names found in %s\n", path);
        return -1;
    }
    return 0;
}
