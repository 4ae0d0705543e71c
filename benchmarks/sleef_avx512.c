/*
 * sleef_avx512.c: the SLEEF loops of sleef_loops.h on AVX-512F vectors (8 doubles, 16 floats).
 * Compiled with -mavx512f; peer_table.c calls it only when the processor has AVX-512F.
 */
#include <immintrin.h>
#include <stdint.h>
#include <sleef.h>

#include "c_peers_internal.h"

#define PREFIX sleef_avx512_

/* Negation flips the sign bit (AVX-512F has no floating-point xor; the integer one does). */
#define VD __m512d
#define D_LANES 8
#define D_LOADU _mm512_loadu_pd
#define D_STOREU _mm512_storeu_pd
#define D_SET1 _mm512_set1_pd
#define D_ZERO _mm512_setzero_pd
#define D_ADD _mm512_add_pd
#define D_SUB _mm512_sub_pd
#define D_MUL _mm512_mul_pd
#define D_DIV _mm512_div_pd
#define D_MAX _mm512_max_pd
#define D_ABS _mm512_abs_pd
#define D_NEG(v) _mm512_castsi512_pd(_mm512_xor_si512(_mm512_castpd_si512(v), _mm512_set1_epi64(INT64_MIN)))
#define D_SELECT_NONNEGATIVE(x, if_yes, if_no)                                                     \
    _mm512_mask_blend_pd(_mm512_cmp_pd_mask((x), _mm512_setzero_pd(), _CMP_GE_OQ), (if_no), (if_yes))
#define D_EXP Sleef_expd8_u10
#define D_EXPM1 Sleef_expm1d8_u10
#define D_LOG Sleef_logd8_u10
#define D_LOG1P Sleef_log1pd8_u10

#define VF __m512
#define F_LANES 16
#define F_LOADU _mm512_loadu_ps
#define F_STOREU _mm512_storeu_ps
#define F_SET1 _mm512_set1_ps
#define F_ZERO _mm512_setzero_ps
#define F_ADD _mm512_add_ps
#define F_SUB _mm512_sub_ps
#define F_MUL _mm512_mul_ps
#define F_DIV _mm512_div_ps
#define F_MAX _mm512_max_ps
#define F_ABS _mm512_abs_ps
#define F_NEG(v) _mm512_castsi512_ps(_mm512_xor_si512(_mm512_castps_si512(v), _mm512_set1_epi32(INT32_MIN)))
#define F_SELECT_NONNEGATIVE(x, if_yes, if_no)                                                     \
    _mm512_mask_blend_ps(_mm512_cmp_ps_mask((x), _mm512_setzero_ps(), _CMP_GE_OQ), (if_no), (if_yes))
#define F_EXP Sleef_expf16_u10
#define F_EXPM1 Sleef_expm1f16_u10
#define F_LOG Sleef_logf16_u10
#define F_LOG1P Sleef_log1pf16_u10

#include "sleef_loops.h"
