/* Deterministic inputs for the robustness tests, as bit patterns of a form's format: the special values
 * (signed zeros, subnormals, the extremes, infinities, quiet and signalling NaNs with payloads, the domain's
 * edges and their neighbours), random bit patterns over the whole format, moderate values and values folded
 * into the function's domain. */
#ifndef SP_ROBUSTNESS_INPUTS_H
#define SP_ROBUSTNESS_INPUTS_H

#include <stddef.h>
#include <stdint.h>

#include "forms.h"

/* splitmix64: a small, seedable generator, so every run of a test sees the same inputs. */
uint64_t next_random(uint64_t *state);

/* The special values of the form's format (and its domain), at most `capacity`; returns how many. */
size_t special_inputs(const struct form *f, uint64_t *bits, size_t capacity);
/* count inputs: the special values first, then a random mix of the other kinds. */
void fill_inputs(const struct form *f, uint64_t *bits, size_t count, uint64_t seed);
/* count inputs inside the domain, none NaN: random bits and moderate values folded into the domain. */
void fill_domain_inputs(const struct form *f, uint64_t *bits, size_t count, uint64_t seed);

int is_signalling_nan(const struct form *f, uint64_t bits);
/* Not NaN and inside the closed domain [lowest, highest]. */
int in_domain(const struct form *f, uint64_t bits);

#endif
