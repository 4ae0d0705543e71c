// logit(p) = log(p / (1 - p)) on eight lanes.
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
// Float: in one Double. Near p = 1/2 the ratio is close to 1 and its rounding would cancel, so for
//   ratios in [sqrt(1/2), sqrt 2) d = ratio - 1 is computed directly as (2q - 1)/(1 - q) (2q - 1
//   exact); elsewhere |log| >= 0.34 and the rounded ratio is enough: below 2^-46 relative, then the
//   rounding test of VectorRounding.swift. Fast range 2^-149 <= p < 1 (every positive Float below 1).


/// logit on eight Double lanes, and the lanes that need the scalar kernel instead.
@inline(__always)
func logitLanes(_ p: DoubleLanes) -> (value: DoubleLanes, slow: LaneMask) {
    let one = DoubleLanes(repeating: 1)
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

/// logit on eight Float lanes widened to Double, before the rounding to Float.
@inline(__always)
func logitLanes32(_ p: DoubleLanes) -> (value: DoubleLanes, slow: LaneMask) {
    let one = DoubleLanes(repeating: 1)
    let slow = .!within(p, 0x1p-149, 1.0.nextDown) .| (p .== 0.5)
    let p = select(slow, 0.5, p)
    let reflected = p .> 0.5
    let q = select(reflected, one - p, p)
    let inverse = 1 / (one - q)
    let ratio = q * inverse
    let (c, dHi, _) = logarithmSplit(ratio, DoubleLanes(repeating: 0))
    let nearOne = c .== 0
    let d = select(nearOne, fusedMultiplyAdd(q, DoubleLanes(repeating: 2), DoubleLanes(repeating: -1)) * inverse, dHi)
    let value = logarithm32(c: c, d: d)
    return (select(reflected, negated(value), value), slow)
}
