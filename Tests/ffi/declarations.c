#define _POSIX_C_SOURCE 200809L
#include "declarations.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_file(const char *path)
{
    FILE *file = fopen(path, "rb");
    char *text;
    long length;
    if (!file)
        return NULL;
    fseek(file, 0, SEEK_END);
    length = ftell(file);
    rewind(file);
    text = malloc((size_t)length + 1);
    if (text && fread(text, 1, (size_t)length, file) != (size_t)length) {
        free(text);
        text = NULL;
    }
    if (text)
        text[length] = '\0';
    fclose(file);
    return text;
}

/* Blanks out comments, then preprocessor lines, and the lines of `#ifdef __cplusplus` blocks. */
static void strip(char *text)
{
    char *p = text;
    int skipping = 0, depth = 0;
    while (*p) {
        if (p[0] == '/' && p[1] == '*') {
            char *end = strstr(p + 2, "*/");
            end = end ? end + 2 : p + strlen(p);
            while (p < end)
                *p++ = ' ';
        } else if (p[0] == '/' && p[1] == '/') {
            while (*p && *p != '\n')
                *p++ = ' ';
        } else {
            p++;
        }
    }
    for (p = text; *p;) {
        char *line = p, *end = strchr(p, '\n');
        char *first = line;
        end = end ? end : p + strlen(p);
        while (first < end && isspace((unsigned char)*first))
            first++;
        if (first < end && *first == '#') {
            if (strncmp(first, "#ifdef __cplusplus", 18) == 0 && !skipping) {
                skipping = 1;
                depth = 0;
            } else if (skipping && strncmp(first, "#if", 3) == 0) {
                depth++;
            } else if (skipping && strncmp(first, "#endif", 6) == 0) {
                if (depth-- == 0)
                    skipping = 0;
            }
            memset(line, ' ', (size_t)(end - line));
        } else if (skipping) {
            memset(line, ' ', (size_t)(end - line));
        }
        p = *end ? end + 1 : end;
    }
}

/* Collapses whitespace and puts `*` as in "const char *". */
static void normalize(const char *from, const char *to, char *out, size_t size)
{
    size_t n = 0;
    int space = 0;
    for (; from < to && n + 3 < size; from++) {
        if (isspace((unsigned char)*from)) {
            space = n > 0;
        } else if (*from == '*') {
            if (n > 0)
                out[n++] = ' ';
            out[n++] = '*';
            space = 0;
        } else {
            if (space)
                out[n++] = ' ';
            out[n++] = *from;
            space = 0;
        }
    }
    out[n] = '\0';
}

/* Splits "T name" into its type; a parameter without a name (or "void") is its own type. */
static void parameter_type(const char *from, const char *to, char *type, size_t size)
{
    const char *name_end = to;
    while (name_end > from && isspace((unsigned char)name_end[-1]))
        name_end--;
    {
        const char *name = name_end;
        while (name > from && (isalnum((unsigned char)name[-1]) || name[-1] == '_'))
            name--;
        /* The last word is a name when something other than space precedes it: a type or a `*`. */
        if (name > from && name < name_end) {
            const char *before = name;
            while (before > from && isspace((unsigned char)before[-1]))
                before--;
            if (before > from)
                name_end = name;
        }
    }
    normalize(from, name_end, type, size);
}

static int parse(const char *statement, struct declaration *d)
{
    const char *open = strchr(statement, '('), *close = strrchr(statement, ')'), *name_end = open, *name;
    const char *parameter;
    if (!open || !close || close < open)
        return 0;
    while (name_end > statement && isspace((unsigned char)name_end[-1]))
        name_end--;
    name = name_end;
    while (name > statement && (isalnum((unsigned char)name[-1]) || name[-1] == '_'))
        name--;
    if (name == name_end || (size_t)(name_end - name) >= sizeof d->name)
        return 0;
    memcpy(d->name, name, (size_t)(name_end - name));
    d->name[name_end - name] = '\0';
    normalize(statement, name, d->return_type, sizeof d->return_type);
    d->parameter_count = 0;
    for (parameter = open + 1; parameter < close;) {
        const char *comma = memchr(parameter, ',', (size_t)(close - parameter));
        const char *end = comma ? comma : close;
        char type[MAX_TYPE];
        parameter_type(parameter, end, type, sizeof type);
        if (strcmp(type, "void") != 0 || comma || d->parameter_count > 0) {
            if (d->parameter_count == MAX_PARAMETERS)
                return 0;
            strcpy(d->parameter_types[d->parameter_count++], type);
        }
        parameter = end + 1;
    }
    return d->return_type[0] != '\0';
}

int read_declarations(const char *path, struct declaration *declarations, int capacity)
{
    char *text = read_file(path), *statement, *end;
    int count = 0;
    if (!text) {
        fprintf(stderr, "cannot read %s\n", path);
        return -1;
    }
    strip(text);
    for (statement = text; (end = strchr(statement, ';')) != NULL; statement = end + 1) {
        *end = '\0';
        while (isspace((unsigned char)*statement))
            statement++;
        if (strncmp(statement, "typedef", 7) == 0 || !strchr(statement, '('))
            continue;
        if (count == capacity || !parse(statement, &declarations[count])) {
            fprintf(stderr, "%s: cannot parse the declaration `%s`\n", path, statement);
            free(text);
            return -1;
        }
        count++;
    }
    free(text);
    return count;
}
