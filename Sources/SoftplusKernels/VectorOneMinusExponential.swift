// W = 1 - e^-a = -expm1(-a), a > 0, on a vector of lanes, in double-double: the step shared by three
// training functions,
//   log1mexp(a) = log W,  softplusinv'(y) = 1/W at a = y,  softminusinv'(y) = 1/W at a = -y,
// which ran SoftplusMath's double-double code element by element: 58 / 91, 53 / 85 ns per element in
// f64 / f32 (log1mexp, softplusinv'; n = 2^20, docs/TRAINING.md of commit 7a56474).
//
// Method: e^-a = 2^k (1 + p) (exponentialParts, VectorExp.swift: k <= 0, p in double-double to 2^-57.9
// absolute), so
//   W = (1 - 2^k) - 2^k p,
// 1 - 2^k exact in double-double (0 for k = 0, where W = -p), 2^k p scaled exactly, the sum by Fast2Sum
// (1 - 2^k >= 1/2 > 2^k |p| for k < 0) and the tails added (2^-105 of W). W's error:
//   k = 0 (a < ln2/2, W <= 0.293): the reduction is exact (r = -a), and p = r + r^2/2 + r^3 C(r) errs by
//     the fit's 2^-55.5 |r|^3 and the cubic tail's roundings, 2^-54 |r|^3, together 2^-53.2 |r|^3: relative
//     to |p| >= 0.82 |r|, at most 2^-53.2 r^2 / 0.82 <= 2^-56.0 (|r| <= ln2/2; a review measured 0.570 ULP
//     in softplusinv' near a = 0.33, where this comment had claimed 2^-57.9);
//   k = -1 (a in [ln2/2, 3 ln2/2), W >= 0.293): 2^-58.9 absolute, 2^-57.1 relative;
//   k <= -2: 2^k 2^-57.9 <= 2^-57.4 e^-a absolute (1 + p >= 0.707), W >= 0.646: 2^-59.3 relative.
//
// Double: 1/W by a Newton step on the correctly rounded reciprocal of its head (as logit', 2^-103): within
//   2^-56.0 + 2^-103 before the one rounding, at most 0.5 + 2^-3 ULP. log W by VectorLog.swift
//   (logarithmSplit, logarithm: 2^-57.2 relative); W's error reaches log W as (dW/W)/|log W| relative:
//   k = 0, 2^-56.0/1.227 = 2^-56.3 (W <= 0.293); k = -1, 2^-58.9 / (W |log W|) <= 2^-58.9 * 3.54 = 2^-57.1;
//   k = -2 below a = 1.25, 2^-57.4 e^-a / ((1 - e^-a) |log W|) <= 2^-57.4 / 0.646 = 2^-56.8 (|log W| >=
//   e^-a). For large a, log W is about -e^-a, and the exponential's error would be the result's: 2^-57.4
//   there misrounded 4 % of log1mexp's results on [0, 800] (the kernel tests' inputs). So from a = 1.25
//   on (e^-a <= 0.287) log W is log(1 + d) with d = -e^-a straight from the table's e^-a
//   (negativeExponential, VectorNegativeExponential.swift, 2^-61.5 relative, normalized; c = 0, s in
//   [-0.168, 0)), not through a rounded W = 1 - e^-a: once 1 - e^-a rounds to 1, that rounding is
//   already 2^-54 of the result (a review found 0.746 ULP at a = 37.43 when W was formed first). d's
//   error reaches log W as 2^-61.5 e^-a / ((1 - e^-a) |log W|) <= 2^-61.0, and the logarithm's own
//   error falls with |s| (about e^-a/2). In all log W is within 2^-56.3 + 2^-57.2 = 2^-55.7 before the
//   one rounding, at most 0.5 + 2^-2.7 ULP. Fast range 2^-1000 <= a <= 700: W >= 2^-1001 is normal,
//   1/W <= 2^1001, and log W >= -694 and <= -e^-700, normal.
// Float: the same W, then 1/(hi + lo) with hi + lo and the quotient rounded (2^-52), or logarithm32 of it
//   (2^-47, VectorLog.swift; d = W 2^-c - 1 summed into one Double, 2^-53 of d) plus W's share: for W near
//   1 the roundings of W's low part are 2^-53 of e^-a, about 2^-52 of log W, and the error analysis above
//   otherwise: below 2^-43, then the rounding test of VectorRounding.swift. (exponentialParts32's p, 2^-43.5 of e^r, would leave 2^-42.2 of W at k = -1.)
//   log W from a = 1.25 on is log(1 + d), d = -e^-a from negativeExponential32 (2^-45.3 relative on the
//   AVX-512 path, 2^-43.5 elsewhere; with logarithm32's 2^-47, below 2^-43.4), as for Double: W's
//   double-double is exact only under round to nearest, and under a directed mode its low part's error,
//   about 2^-105, made log W of a = 73.6 come out +2^-105 instead of -1.06e-32 (test_fp_environment).
//   It costs 2.2 -> 2.5 ns per element (n = 2^20, AVX-512, Zen 4); the results under round to nearest are
//   the same (every third Float in (0, 87], against the build before).
//   Fast range: 2^-126 <= a <= 100 for 1/W (in [1, 2^126], normal Floats), 2^-149 <= a <= 87 for log W
//   (in [-103.3, -e^-87 = -1.6e-38], normal Floats).

/// W = 1 - e^-a = hi + lo (see the header), for 2^-1000 <= a <= 745.
@inline(__always)
func oneMinusNegativeExponential<W: LaneWidth>(_ a: DoubleLanes<W>) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>) {
    let e = exponentialParts(negated(a))
    let (oneMinusHi, oneMinusLo) = oneMinusPowerOfTwo(0 &- e.k)
    let scale = powersOfTwo(e.k)
    let (hi, sumLo) = fastTwoSum(oneMinusHi, negated(scale * e.pHi))
    return (hi, sumLo + (oneMinusLo - scale * e.pLo))
}

/// 1/(1 - e^-a) on Double lanes before its rounding, r0 (1 + e) (see the header), and the lanes that
/// need the scalar function (a outside [2^-1000, 700], NaN).
@inline(__always)
private func reciprocalOneMinusExpParts<W: LaneWidth>(
    _ a: DoubleLanes<W>
) -> (r0: DoubleLanes<W>, e: DoubleLanes<W>, slow: LaneMask<W>) {
    let slow = .!within(a, 0x1p-1000, 700)
    let (hi, lo) = oneMinusNegativeExponential(select(slow, 1, a))
    let r0 = 1 / hi
    return (r0, fusedMultiplyAdd(negated(hi), r0, 1) - lo * r0, slow)
}

/// 1/(1 - e^-a) on Double lanes, rounded once (see the header), and the lanes that need the scalar
/// function.
@inline(__always)
func reciprocalOneMinusExpLanes<W: LaneWidth>(_ a: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (r0, e, slow) = reciprocalOneMinusExpParts(a)
    return (fusedMultiplyAdd(r0, e, r0), slow)
}

/// g/(1 - e^-a) on Double lanes, rounded once: g r0 + g (r0 e) in one fused multiply-add
/// (scaledUnbounded, VectorSigmoidProduct.swift: 1/W reaches 2^1000; r0 e rounded, 2^-105): within
/// 2^-56.0 + 2^-102, at most 0.5 + 2^-3 ULP (softplusinv_backward, softminusinv_backward).
@inline(__always)
func reciprocalOneMinusExpProductLanes<W: LaneWidth>(
    _ a: DoubleLanes<W>, _ g: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (r0, e, slow) = reciprocalOneMinusExpParts(a)
    return scaledUnbounded(g, r0, r0 * e, slow: slow)
}

/// g/(1 - e^-a) on Float lanes widened to Double, before the rounding to Float: one more rounding than
/// reciprocalOneMinusExpLanes32 (scaled32, VectorSigmoidProduct.swift).
@inline(__always)
func reciprocalOneMinusExpProductLanes32<W: LaneWidth>(
    _ a: DoubleLanes<W>, _ g: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (value, slow) = reciprocalOneMinusExpLanes32(a)
    return scaled32(g, value, slow: slow)
}

/// 1/(1 - e^-a) on Float lanes widened to Double, before the rounding to Float (see the header).
@inline(__always)
func reciprocalOneMinusExpLanes32<W: LaneWidth>(_ a: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let slow = .!within(a, 0x1p-126, 100)
    let (hi, lo) = oneMinusNegativeExponential(select(slow, 1, a))
    return (1 / (hi + lo), slow)
}

/// From this a on, log1mexp is log(1 + d) with d = -e^-a, not log W (see the header): both formats.
private let logOneMinusExpLargeArgument: Double = 1.25

/// log(1 - e^-a) on Double lanes, rounded once (see the header), and the lanes that need the scalar
/// function (a outside [2^-1000, 700], NaN).
@inline(__always)
func logOneMinusExpLanes<W: LaneWidth>(_ a: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let slow = .!within(a, 0x1p-1000, 700)
    let a = select(slow, 1, a)
    let (wHi, wLo) = oneMinusNegativeExponential(a)
    let (c, dHeadHi, dHeadLo) = logarithmSplit(wHi, wLo)
    // Near a = ln 2, W is near 1/2 and d = 2W - 1 tiny, while W's low part stays as large as half an ulp
    // of W; logarithm takes dLo small against dHi: renormalized by Fast2Sum (|dHeadHi| >= |dHeadLo| or
    // dHeadHi = 0).
    let (smallHi, smallLo) = fastTwoSum(dHeadHi, dHeadLo)
    // From logOneMinusExpLargeArgument on, d = -e^-a itself, from the table's e^-a (see the header).
    let (eHi, eLo) = negativeExponential(a)
    let large = a .>= DoubleLanes<W>(repeating: logOneMinusExpLargeArgument)
    let log = logarithm(c: select(large, DoubleLanes<W>(repeating: 0), c),
                        dHi: select(large, negated(eHi), smallHi), dLo: select(large, negated(eLo), smallLo))
    return (log.hi + log.lo, slow)
}

/// log(1 - e^-a) on Float lanes widened to Double, before the rounding to Float (see the header).
@inline(__always)
func logOneMinusExpLanes32<W: LaneWidth>(_ a: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let slow = .!within(a, 0x1p-149, 87)
    let a = select(slow, 1, a)
    let (hi, lo) = oneMinusNegativeExponential(a)
    let (c, dHi, dLo) = logarithmSplit(hi, lo)
    let large = a .>= DoubleLanes<W>(repeating: logOneMinusExpLargeArgument)
    let d = select(large, negated(negativeExponential32(a)), dHi + dLo)
    return (logarithm32(c: select(large, 0, c), d: d), slow)
}
