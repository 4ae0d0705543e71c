/* candidate_double.c -- the first, fast candidate: the forms of candidate_forms.h in double (glibc's
 * exp, expm1, log, log1p), trusted by decide.c to within 2^-42. */
#include "candidates.h"

#define REAL double
#define CANDIDATE(name) name##_candidate_double
#include "candidate_forms.h"

void candidate_double_init(double hi, double lo)
{
    ln2_hi = hi;
    ln2_lo = lo;
}
