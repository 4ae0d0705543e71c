// sigmoid(x) = 1 / (1 + e^-x) on a vector of lanes.
//
// Method: t = e^-|x| (VectorNegativeExponential.swift), then 1 / (1 + t) for x >= 0 and t / (1 + t)
// for x < 0, one division. The lanes that leave the fast range go to SoftplusMath's double-double sigmoid.
//
// Double: t in double-double, relative error 2^-61.5 (VectorNegativeExponential.swift); 1 + t in
//   double-double (Fast2Sum: 1 >= t); the quotient q0 = n * (1/d) corrected once by its residual, computed with fused
//   multiply-adds (exact for the leading part), to about 2^-100. The condition number of either
//   quotient in t is at most 1, so the result is within 2^-61.4 before its rounding: at most
//   0.5 + 2^-8.4 ULP, within 1 ULP of the correctly rounded value.
//   Fast range |x| <= 700: t stays a normal number (its low part may not: 2^-64 relative at most,
//   VectorNegativeExponential.swift).
// Float: the same in one Double (t to 2^-43.5 or better, 1 + t and the division rounded): below 2^-43
//   relative, then rounded to Float with the rounding test of VectorRounding.swift. Fast range |x| <= 87: the
//   results lie in [sigmoid(-87), 1], sigmoid(-87) = 1.6e-38 above the least normal Float 2^-126.


/// sigmoid on Double lanes, and the lanes that need the scalar kernel instead.
@inline(__always)
func sigmoidLanes<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let magnitude = magnitudes(x)
    let slow = .!within(magnitude, 0, 700)
    let (tHi, tLo) = negativeExponential(select(slow, 0, magnitude))
    let one = DoubleLanes<W>(repeating: 1)
    let (denominatorHi, denominatorLo) = fastTwoSum(one, tHi)
    let positive = signClear(x)
    let numeratorHi = select(positive, one, tHi)
    let numeratorLo = select(positive, DoubleLanes<W>(repeating: 0), tLo)
    let inverse = 1 / denominatorHi
    let q0 = numeratorHi * inverse
    let residual = fusedMultiplyAdd(-q0, denominatorHi, numeratorHi)
        + fusedMultiplyAdd(-q0, denominatorLo + tLo, numeratorLo)
    return (fusedMultiplyAdd(residual, inverse, q0), slow)
}


/// sigmoid on Float lanes widened to Double, before the rounding to Float.
@inline(__always)
func sigmoidLanes32<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let magnitude = magnitudes(x)
    let slow = .!within(magnitude, 0, 87)
    let t = negativeExponential32(select(slow, 0, magnitude))
    let numerator = select(signClear(x), DoubleLanes<W>(repeating: 1), t)
    return (numerator / (1 + t), slow)
}
