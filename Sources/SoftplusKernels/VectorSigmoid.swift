// sigmoid(x) = 1 / (1 + e^-x) on a vector of lanes.
//
// Method: t = e^-|x| (VectorNegativeExponential.swift), then 1 / (1 + t) for x >= 0 and t / (1 + t)
// for x < 0, one division. The lanes that leave the fast range go to SoftplusMath's double-double sigmoid.
//
// Double: t = hi + lo to 2^-61.5 relative, not normalized (|lo| < 2^-11.9 hi), with E, an estimate
//   of D = 1 + t to 2^-51.6 that is ready before hi + lo (negativeExponentialForQuotient). Why: the
//   division then starts before the exponential's last sums end, and neither t nor 1 + t needs a
//   Fast2Sum; sigmoid f64 took 1.19 against 1.25 ns per element (sp_sigmoid_f64_array, 2^20,
//   AVX-512, Zen 4).
//   n = nHi + nLo is 1 + 0 or hi + lo; v = 1/E rounded, v = (1 + delta)/D, |delta| <= 2^-51.1, and
//   1 <= E <= 2 (t <= 1), so 1/2 <= v <= 1; q0 = nHi v rounded, in [nHi/2, nHi];
//   R = n - q0 D as (nHi - q0) - q0 hi + (nLo - q0 lo): nHi - q0 exact (Sterbenz), the two fused
//     multiply-adds rounded at |value| <= 2^-12.9 and 2^-11.9 of q0, their sum at 2^-10.9 of q0
//     (x < 0: R is about lo): 2^-65.9 + 2^-64.9 + 2^-63.9 = 2^-63.1 of q0 in all;
//   the result q0 + R v in one fused multiply-add: R v - R/D = delta R/D, below 2^-51.1 * 2^-11.9 =
//     2^-63.0 of q0 (R/D is about lo/D, below 2^-11.9 q0).
//   The condition number of either quotient in t is at most 1, so the result is within 2^-61.5 +
//   2^-63.1 + 2^-63.0 = 2^-60.7 before its rounding: at most 0.5 + 2^-7.7 ULP, within 1 ULP of the
//   correctly rounded value. With the two Fast2Sums the bound was 0.5 + 2^-8.4 ULP; measured, 0.0045 %
//   of 200000 results in [-40, 40] are not correctly rounded now, 0.0030 % then (against mpmath).
//   Fast range |x| <= 700: t stays a normal number (its low part may not: 2^-64 relative at most,
//   VectorNegativeExponential.swift).
// Float: e^-x = e/v with v a power of two (2^-k/16 from the table on AVX-512, 2^-k elsewhere) and
//   e = e^r (negativeExponentialRatio32), so that
//     sigmoid(x) = 1/(1 + e/v) = v / (v + e),
//   one Double quotient for either sign: v and e are normal for |x| <= 87 (v from 2^-125.6 to 2^125.6,
//   e near 1), and v/(v + e) has condition number e/(v + e) <= 1 in v and in e, so no sign selection
//   is needed (the Double kernel's residual needs the numerator e^-x there instead; one quotient for
//   both signs saved 4 % of sigmoid f32's time, 0.735 -> 0.706 ns per element). The power of two is
//   never multiplied in: 1/(1 + t) with t = 2^k e^r formed first took one multiply-add more, 0.684
//   against 0.652 ns per element (one_minus_sigmoid f32 0.691 against 0.669; n = 2^20, AVX-512, Zen 4;
//   the same bits on all 2^32 Floats).
//   v exact or rounded once (2^-53), e to 2^-45.3 (2^-43.5 off AVX-512, counting its rounding), v + e
//   and the quotient rounded: below 2^-43.47 relative, then rounded to Float with the rounding test of
//   VectorRounding.swift. Fast range |x| <= 87: the results lie in [sigmoid(-87), 1], sigmoid(-87) =
//   1.6e-38 above the least normal Float 2^-126.


/// sigmoid on Double lanes before its last step: q0 + residual inverse (see the header), and the
/// lanes that need the scalar kernel instead.
@inline(__always)
func sigmoidQuotient<W: LaneWidth>(
    _ x: DoubleLanes<W>
) -> (q0: DoubleLanes<W>, residual: DoubleLanes<W>, inverse: DoubleLanes<W>, slow: LaneMask<W>) {
    let magnitude = magnitudes(x)
    let slow = .!within(magnitude, 0, 700)
    let (tHi, tLo, denominatorEstimate) = negativeExponentialForQuotient(select(slow, 0, magnitude))
    let positive = signClear(x)
    let numeratorHi = select(positive, DoubleLanes<W>(repeating: 1), tHi)
    let numeratorLo = select(positive, DoubleLanes<W>(repeating: 0), tLo)
    let inverse = 1 / denominatorEstimate
    let q0 = numeratorHi * inverse
    let residual = fusedMultiplyAdd(negated(q0), tHi, numeratorHi - q0)
        + fusedMultiplyAdd(negated(q0), tLo, numeratorLo)
    return (q0, residual, inverse, slow)
}

/// sigmoid on Double lanes, and the lanes that need the scalar kernel instead.
@inline(__always)
func sigmoidLanes<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (q0, residual, inverse, slow) = sigmoidQuotient(x)
    return (fusedMultiplyAdd(residual, inverse, q0), slow)
}


/// sigmoid on Float lanes widened to Double, before the rounding to Float.
@inline(__always)
func sigmoidLanes32<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let slow = .!within(magnitudes(x), 0, 87)
    let (v, e) = negativeExponentialRatio32(select(slow, 0, x))
    return (v / (v + e), slow)
}
