// logit(p) = log(p / (1 - p)) on a vector of lanes.
//
// Method: for p > 1/2, logit(p) = -logit(1 - p), 1 - p exact (Sterbenz); so q <= 1/2 and the ratio
// q / (1 - q) is in (0, 1]; its logarithm by VectorLog.swift after splitting off the power of two.
// The lanes that leave the fast range go to SoftplusMath's double-double logit.
//
// Double: 1 - q in double-double (Fast2Sum), the ratio in double-double (one division and its
//   residual, about 2^-100), then log (2^-57.2 relative): at most 0.5 + 2^-4.2 ULP.
//   Fast range 2^-1000 <= p < 1 (normal ratios; 0, 1, outside [0, 1] and NaN are the scalar kernel's),
//   except p = 1/2, whose result +0 the scalar kernel keeps positive under every rounding mode (here a
//   directed mode could make it -0).
// Float: in one Double, with one division instead of two. With c = e(q) - e(1 - q), e(v) the power
//   of two that puts v in [sqrt(1/2), sqrt 2) (its bit pattern), and a = q 2^-c (exact), the ratio is
//   2^c m, m = a/(1 - q) in (1/2, 2), and log m = 2 atanh(s) with s = (a - (1 - q))/(a + (1 - q)),
//   |s| < 1/3: logit = c ln2 + 2s + 2s^3 R(s^2), R the wide fit (2^-43.8, times s^2 <= 1/9). 1 - q is
//   exact (q a Float <= 1/2), a - (1 - q) and a + (1 - q) are rounded once each, and near p = 1/2
//   (c = 0, a = q) s = 2q - 1 exactly up to the division's rounding, so the result keeps its relative
//   accuracy there. When c != 0, |logit| >= 0.6 against |2 atanh(s)| <= ln 2: the sum cancels by at
//   most a factor 2.2. Below 2^-46 relative, then the rounding test of VectorRounding.swift. Fast range 2^-149 <= p < 1 (every positive Float below 1)
//   but 1/2: the results are normal, |logit| <= 104 and >= logit(1/2 + 2^-25) = 2^-23 (its zero,
//   p = 1/2, is the scalar kernel's).


/// logit on Double lanes, and the lanes that need the scalar kernel instead.
@inline(__always)
func logitLanes<W: LaneWidth>(_ p: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let one = DoubleLanes<W>(repeating: 1)
    let slow = .!within(p, 0x1p-1000, 1.0.nextDown) .| (p .== 0.5)
    let p = select(slow, 0.5, p)
    let reflected = p .> 0.5
    let q = select(reflected, one - p, p)
    let (complementHi, complementLo) = fastTwoSum(one, negated(q))
    let inverse = 1 / complementHi
    let ratioHi = q * inverse
    let residual = fusedMultiplyAdd(negated(ratioHi), complementHi, q) - ratioHi * complementLo
    let ratioLo = residual * inverse
    let (c, dHi, dLo) = logarithmSplit(ratioHi, ratioLo)
    let log = logarithm(c: c, dHi: dHi, dLo: dLo)
    let value = log.hi + log.lo
    return (select(reflected, negated(value), value), slow)
}

/// logit on Float lanes widened to Double, before the rounding to Float.
@inline(__always)
func logitLanes32<W: LaneWidth>(_ p: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let slow = .!within(p, 0x1p-149, 1.0.nextDown) .| (p .== 0.5)
    let p = select(slow, 0.5, p)
    let reflected = p .> 0.5
    let q = select(reflected, 1 - p, p)
    let complement = 1 - q
    let c = integerExponent(q) &- integerExponent(complement)
    // q 2^-c by subtracting c from q's exponent field: a is normal (in [sqrt(1/2), sqrt 2) times 1 or
    // 1/2), so this is exact, and two instructions fewer than building 2^-c and multiplying
    // (logit f32 1.09 against 1.16 ns per element, n = 2^20, AVX-512, Zen 4).
    let a = doubles(integerBitPatterns: integerBitPatterns(q) &- (c &<< 52))
    let s = (a - complement) / (a + complement)
    let z = s * s
    let twoS = s + s
    let value = fusedMultiplyAdd(doubles(integers: c), DoubleLanes<W>.ln2Hi, fusedMultiplyAdd(twoS * z, logTailWide32(z), twoS))
    return (select(reflected, negated(value), value), slow)
}
