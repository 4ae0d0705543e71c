/*
 * sleef_avx2.c: the SLEEF loops of sleef_loops.h on AVX2+FMA vectors (4 doubles, 8 floats), for
 * processors without AVX-512F. Compiled with -mavx2 -mfma; peer_table.c checks the processor.
 */
#include <immintrin.h>
#include <sleef.h>

#include "c_peers_internal.h"

#define PREFIX sleef_avx2_

/* -0.0 has only the sign bit set: andnot clears it (|v|), xor flips it (-v). */
#define VD __m256d
#define D_LANES 4
#define D_LOADU _mm256_loadu_pd
#define D_STOREU _mm256_storeu_pd
#define D_SET1 _mm256_set1_pd
#define D_ZERO _mm256_setzero_pd
#define D_ADD _mm256_add_pd
#define D_SUB _mm256_sub_pd
#define D_MUL _mm256_mul_pd
#define D_DIV _mm256_div_pd
#define D_MAX _mm256_max_pd
#define D_ABS(v) _mm256_andnot_pd(_mm256_set1_pd(-0.0), (v))
#define D_NEG(v) _mm256_xor_pd(_mm256_set1_pd(-0.0), (v))
#define D_SELECT_NONNEGATIVE(x, if_yes, if_no)                                                     \
    _mm256_blendv_pd((if_no), (if_yes), _mm256_cmp_pd((x), _mm256_setzero_pd(), _CMP_GE_OQ))
#define D_EXP Sleef_expd4_u10
#define D_EXPM1 Sleef_expm1d4_u10
#define D_LOG Sleef_logd4_u10
#define D_LOG1P Sleef_log1pd4_u10

#define VF __m256
#define F_LANES 8
#define F_LOADU _mm256_loadu_ps
#define F_STOREU _mm256_storeu_ps
#define F_SET1 _mm256_set1_ps
#define F_ZERO _mm256_setzero_ps
#define F_ADD _mm256_add_ps
#define F_SUB _mm256_sub_ps
#define F_MUL _mm256_mul_ps
#define F_DIV _mm256_div_ps
#define F_MAX _mm256_max_ps
#define F_ABS(v) _mm256_andnot_ps(_mm256_set1_ps(-0.0f), (v))
#define F_NEG(v) _mm256_xor_ps(_mm256_set1_ps(-0.0f), (v))
#define F_SELECT_NONNEGATIVE(x, if_yes, if_no)                                                     \
    _mm256_blendv_ps((if_no), (if_yes), _mm256_cmp_ps((x), _mm256_setzero_ps(), _CMP_GE_OQ))
#define F_EXP Sleef_expf8_u10
#define F_EXPM1 Sleef_expm1f8_u10
#define F_LOG Sleef_logf8_u10
#define F_LOG1P Sleef_log1pf8_u10

#include "sleef_loops.h"
