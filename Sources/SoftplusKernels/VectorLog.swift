// log(2^c (1 + d)) on a vector of lanes, table-free:
//   log(1 + d) = log((1 + s)/(1 - s)) = 2s + 2s^3 R(s^2),  s = d / (2 + d),
// R the fit of VectorPolynomials.swift for |s| <= 0.2. The callers keep |s| <= 0.2: d in (0, 1/2]
// or (-1/4, 0] for log1p (VectorSoftplus.swift), 2^c (1 + d) with 1 + d in [sqrt(1/2), sqrt 2)
// from logarithmSplit, |s| <= 0.1716, and logit's s, which it forms itself (VectorLogit.swift).
//
// Double kernels (logarithm): d = dHi + dLo in double-double; error relative to the result below
// 2^-57.2:
//   s = sHi + sLo to about 2^-100 (one division, its residual by fused multiply-adds);
//   the tail 2s^3 R(s^2) is at most 2|s| * 0.04 * 0.34 = 0.0136 |2s|, rounded about 4 times:
//     4 * 2^-53 * 0.0136 < 2^-57.2 of |2s|; R's error 2^-55.6 times s^2 <= 0.04: 2^-60.2 of |2s|;
//   the tail is taken at sHi, and sLo can reach 2^-50.5 |s| (dLo is not in sHi): its share of the
//     tail, sLo 6 s^2 R, is added as 2 sLo z (to 0.6 z^2 of it). Without it the logit reached
//     0.595 ULP (2^-55.8 relative; docs/ACCURACY.md of commit 0f51682);
//   c ln2 = c ln2Hi + c ln2Lo with ln2Hi of 40 bits, so c ln2Hi is exact for |c| < 2^13, and the
//     remainder of ln2 below 2^-102 relative;
//   |c ln2 + 2s| >= |2s| when c = 0, and >= 0.34 >= |2s| when c != 0 (for logarithmSplit's c and d;
//   logit's, which cancel a little more, are in VectorLogit.swift): the error stays below 2^-57.2
//   relative to the result (and c ln2Hi + 2sHi is summed exactly, Fast2Sum: |c ln2Hi| >= |2sHi| or 0).
//
// Float kernels (logarithm32): everything in Double, below 2^-47 relative: s with two roundings,
// R's error 2^-42.6 times s^2 <= 0.04, c ln2 rounded once.

extension DoubleLanes {
    /// ln 2 split for exact multiples: ln2Hi40 has 40 significant bits, ln2 - ln2Hi40 - ln2Lo40 < 2^-102.
    fileprivate static var ln2Hi40: Self { Self(repeating: 0x1.62e42fefa2000p-1) }
    fileprivate static var ln2Lo40: Self { Self(repeating: 0x1.9ef35793c7673p-41) }
}

extension IntegerLanes {
    /// sqrt(1/2) rounded: logarithmSplit puts the significand in [sqrt(1/2), sqrt 2).
    fileprivate static var sqrtHalfBits: Self { Self(repeating: Int64(bitPattern: (0x1.6a09e667f3bcdp-1 as Double).bitPattern)) }
}

/// log(2^c (1 + dHi + dLo)) in double-double (see the header), c an integer-valued Double.
@inline(__always)
func logarithm<W: LaneWidth>(c: DoubleLanes<W>, dHi: DoubleLanes<W>, dLo: DoubleLanes<W>) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>) {
    let two = DoubleLanes<W>(repeating: 2)
    let (denominatorHi, sumLo) = fastTwoSum(two, dHi)
    let denominatorLo = sumLo + dLo
    let inverse = 1 / denominatorHi
    let sHi = dHi * inverse
    let residual = fusedMultiplyAdd(negated(sHi), denominatorHi, dHi) + fusedMultiplyAdd(negated(sHi), denominatorLo, dLo)
    let sLo = residual * inverse
    return logarithm(c: c, sHi: sHi, sLo: sLo)
}

/// log(2^c (1 + s)/(1 - s)) in double-double for s = sHi + sLo, |s| <= 0.2, to about 2^-100 (the
/// second half of the above, for a caller that forms s itself: logit, VectorLogit.swift).
@inline(__always)
func logarithm<W: LaneWidth>(c: DoubleLanes<W>, sHi: DoubleLanes<W>, sLo: DoubleLanes<W>) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>) {
    let z = sHi * sHi
    let twoS = sHi + sHi
    let tail = (twoS * z) * logTail(z)
    let (hi, lo) = fastTwoSum(c * DoubleLanes<W>.ln2Hi40, twoS)
    // sLo's share: the derivative of 2s + 2s^3 R(s^2) is 2 (1 + 3 s^2 R) = 2 (1 + z) to 0.6 z^2.
    let twoSLo = sLo + sLo
    return (hi, lo + (c * DoubleLanes<W>.ln2Lo40 + (fusedMultiplyAdd(twoSLo, z, twoSLo) + tail)))
}

/// log(2^c (1 + d)) in one Double (see the header), c an integer-valued Double.
@inline(__always)
func logarithm32<W: LaneWidth>(c: DoubleLanes<W>, d: DoubleLanes<W>) -> DoubleLanes<W> {
    let s = d / (2 + d)
    let z = s * s
    let twoS = s + s
    return fusedMultiplyAdd(c, DoubleLanes<W>.ln2Hi, fusedMultiplyAdd(twoS * z, logTail32(z), twoS))
}

/// e with v 2^-e in [sqrt(1/2), sqrt 2), for v positive and normal (from the bit pattern).
@inline(__always)
func integerExponent<W: LaneWidth>(_ v: DoubleLanes<W>) -> IntegerLanes<W> {
    (integerBitPatterns(v) &- IntegerLanes<W>.sqrtHalfBits) &>> 52
}

/// hi + lo = 2^c (1 + dHi + dLo) with 1 + dHi in [sqrt(1/2), sqrt 2), for hi positive and normal:
/// the scalings by 2^-c are exact and so is dHi = significand - 1 (Sterbenz).
@inline(__always)
func logarithmSplit<W: LaneWidth>(_ hi: DoubleLanes<W>, _ lo: DoubleLanes<W>) -> (c: DoubleLanes<W>, dHi: DoubleLanes<W>, dLo: DoubleLanes<W>) {
    let exponent = integerExponent(hi)
    let scale = powersOfTwo(0 &- exponent)
    return (doubles(integers: exponent), fusedMultiplyAdd(hi, scale, DoubleLanes<W>(repeating: -1)), lo * scale)
}
