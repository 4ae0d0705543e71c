/*
 * reference_table.c -- which reference belongs to which spec function name. The checker takes the
 * list of functions from spec/softplus.json (spec_functions.c) and looks each name up here, so a
 * function added to the spec without a reference here makes the checker fail, not skip it.
 */
#include "reference.h"

#include "candidates.h"
#include "mpfr_bounds.h"
#include "special_values.h"

#include <stddef.h>
#include <string.h>

#define REFERENCE(name) \
    {#name, name##_special, name##_candidate_double, name##_candidate_long_double, name##_bounds}

static const struct reference references[] = {
    REFERENCE(softplus),
    REFERENCE(softminus),
    REFERENCE(sigmoid),
    REFERENCE(one_minus_sigmoid),
    REFERENCE(logit),
    REFERENCE(softplusinv),
    REFERENCE(softminusinv),
    REFERENCE(log_sigmoid),
    REFERENCE(log_one_minus_sigmoid),
};

const struct reference *reference_named(const char *name)
{
    for (size_t i = 0; i < sizeof references / sizeof references[0]; i++)
        if (strcmp(references[i].name, name) == 0)
            return &references[i];
    return NULL;
}
