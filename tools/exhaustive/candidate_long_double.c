/* candidate_long_double.c -- the second candidate, for the inputs the double one left undecided: the
 * forms of candidate_forms.h in x87 long double (64-bit mantissa; glibc's expl, expm1l, logl, log1pl),
 * trusted by decide.c to within 2^-50. */
#include "candidates.h"

#define REAL long double
#define CANDIDATE(name) name##_candidate_long_double
#include "candidate_forms.h"

void candidate_long_double_init(long double hi, long double lo)
{
    ln2_hi = hi;
    ln2_lo = lo;
}
