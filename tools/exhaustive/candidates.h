/* candidates.h -- the double and long double candidates of the nine functions at ordinary inputs
 * (finite, in the domain, not an exact edge value); the forms are in candidate_forms.h. */
#ifndef EXHAUSTIVE_CANDIDATES_H
#define EXHAUSTIVE_CANDIDATES_H

#define DECLARE_CANDIDATES(REAL, suffix)                                 \
    REAL softplus_candidate_##suffix(float x);                           \
    REAL softminus_candidate_##suffix(float x);                          \
    REAL sigmoid_candidate_##suffix(float x);                            \
    REAL one_minus_sigmoid_candidate_##suffix(float x);                  \
    REAL logit_candidate_##suffix(float p);                              \
    REAL softplusinv_candidate_##suffix(float y);                        \
    REAL softminusinv_candidate_##suffix(float y);                       \
    REAL log_sigmoid_candidate_##suffix(float x);                        \
    REAL log_one_minus_sigmoid_candidate_##suffix(float x);

DECLARE_CANDIDATES(double, double)
DECLARE_CANDIDATES(long double, long_double)

/* Sets the two-part ln 2 the softplusinv forms use near their zero. */
void candidate_double_init(double ln2_hi, double ln2_lo);
void candidate_long_double_init(long double ln2_hi, long double ln2_lo);

#endif
