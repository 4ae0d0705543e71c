// softplus(x) = log(1 + e^x) = max(x, 0) + log1p(e^-|x|) on a vector of lanes.
//
// Method: t = e^-|x| in (0, 1] (VectorNegativeExponential.swift); log1p(t) = log(2^c (1 + d))
// (VectorLog.swift) with
//   c = 0, d = t            for t <= 1/2   (s = d/(2 + d) in (0, 0.2]),
//   c = 1, d = (t - 1)/2    for t > 1/2    (exact: t - 1 by Sterbenz, halving; s in (-0.143, 0]);
// then max(x, 0) + log1p(t) summed exactly (TwoSum) and rounded once. The lanes that leave the fast
// range go to SoftplusMath's double-double softplus.
//
// Double: t to 2^-61.5 relative; log1p's condition number t / ((1 + t) log1p(t)) is at most 1, and its
//   own error 2^-57.2: below 2^-57.1 relative; adding max(x, 0) >= 0 to a positive value adds nothing
//   of the same size. Before its rounding the result is within 2^-57.1: at most 0.5 + 2^-4.1 ULP.
//   Fast range |x| <= 700 (as sigmoid's).
// Float: in one Double, without the split of t: log1p(t) = 2 atanh(s), s = t/(2 + t) in (0, 1/3], by
//   the wide fit (2^-43.8, times s^2 <= 1/9), which costs two more multiply-adds than the split costs
//   in comparisons and selections; below 2^-43 relative, then the rounding test of VectorRounding.swift.
//   log1p(t) by itself: t to 2^-43.5 (2^-45.3 on the AVX-512 path), condition number at most 1; s
//   rounded twice and the atanh series' roundings, 2^-51 in all; the fit's 2^-47: below 2^-43.3.
//   Fast range |x| <= 80: the results lie in [softplus(-80), 80.0...], softplus(-80) = 1.8e-35 a normal
//   Float (below -87.3 they are subnormal; above ~17 softplus is x).


/// log1p(e^-(a + low)) = hi + lo for 0 <= a <= 700, |low| <= 2^-43.5, to 2^-57.1 relative (see the
/// header): softplus's second term, the binary cross-entropy's (VectorCrossEntropy.swift) and the
/// parameterized softplus's (VectorParameterizedSoftplus.swift, with a low part).
@inline(__always)
func logOnePlusNegativeExponential<W: LaneWidth>(
    _ a: DoubleLanes<W>, low: DoubleLanes<W> = 0
) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>) {
    let (tHi, tLo) = negativeExponential(a, low: low)
    let one = DoubleLanes<W>(repeating: 1)
    let large = tHi .> 0.5
    let half = DoubleLanes<W>(repeating: 0.5)
    let dHi = select(large, (tHi - 1) * half, tHi)
    let dLo = select(large, tLo * half, tLo)
    let c = select(large, one, DoubleLanes<W>(repeating: 0))
    return logarithm(c: c, dHi: dHi, dLo: dLo)
}

/// softplus on Double lanes, and the lanes that need the scalar kernel instead.
@inline(__always)
func softplusLanes<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let magnitude = magnitudes(x)
    let slow = .!within(magnitude, 0, 700)
    let x = select(slow, 0, x)
    let log1p = logOnePlusNegativeExponential(select(slow, 0, magnitude))
    let positivePart = select(x .< 0, 0, x)
    let (sumHi, sumLo) = twoSum(positivePart, log1p.hi)
    return (sumHi + (sumLo + log1p.lo), slow)
}

/// log1p(e^-a) in one Double for 0 <= a <= 104, the Float exponential's range (see the header: below
/// 2^-43.3 relative by itself); softplus's Float lanes take a <= 80.
@inline(__always)
func logOnePlusNegativeExponential32<W: LaneWidth>(_ a: DoubleLanes<W>) -> DoubleLanes<W> {
    let t = negativeExponential32(a)
    let s = t / (2 + t)
    let z = s * s
    let twoS = s + s
    return fusedMultiplyAdd(twoS * z, logTailWide32(z), twoS)
}

/// softplus on Float lanes widened to Double, before the rounding to Float.
@inline(__always)
func softplusLanes32<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let magnitude = magnitudes(x)
    let slow = .!within(magnitude, 0, 80)
    let x = select(slow, 0, x)
    let positivePart = select(x .< 0, 0, x)
    return (positivePart + logOnePlusNegativeExponential32(select(slow, 0, magnitude)), slow)
}
