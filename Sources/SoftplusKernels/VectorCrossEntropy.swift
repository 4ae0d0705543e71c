// The binary cross-entropy with logits on a vector of lanes (SoftplusMath's BinaryCrossEntropy.swift
// has the definition and the scalar code):
//   loss = A softplus(-x) + B softplus(x),  A = w pw t, B = w (1 - t)
//        = P |x| + S L,  P = B for x >= 0 and A for x < 0, S = A + B, L = log1p(e^-|x|),
// since softplus(+-x) = max(+-x, 0) + L. Every term is nonnegative for t in [0, 1] and w, pw >= 0,
// so nothing cancels; the other lanes take the scalar function (see below).
//
// Double: L = hi + lo to 2^-57.1 relative (logOnePlusNegativeExponential, VectorSoftplus.swift). The
//   coefficients in double-double: w pw exactly (a product and its error by a fused multiply-add), A
//   = (w pw) t and B = w (1 - t) (1 - t exact, Fast2Sum as t <= 1) to 2^-104, S = A + B (TwoSum);
//   P |x| and S L likewise, and their sum (TwoSum) rounded once. The error before that rounding is
//   L's, 2^-57.1 of S L <= the loss, and 2^-100 more: at most 0.5 + 2^-4.1 ULP, as softplus. The scalar
//   function is correctly rounded (but within 2^-15 ULP of a midpoint); the kernel is within 1 ULP.
//   Fast lanes: |x| <= 700, 0 <= t <= 1, 0 <= w, pw <= 2^500 (every product finite: at most 2^1010),
//   and results of at least 2^-960, where an error term that falls below the subnormal grid (2^-1075
//   absolute, times |x| <= 700 or L <= ln 2) is below 2^-105 of the result.
// Float: in one Double: L below 2^-43.3 relative (logOnePlusNegativeExponential32); A = (w pw) t, w pw
//   exact (24 + 24 bits), and B = w (1 - t) rounded at most twice each, S once more, S L and the fused
//   P |x| + S L once each: below 2^-43.3 + 5 * 2^-53 < 2^-43 relative, then the rounding test of
//   VectorRounding.swift. Fast lanes: |x| <= 80, 0 <= t <= 1, 0 <= w, pw <= 2^60 (the loss stays below
//   2^126.4, finite in Float), and results that are 0 or at least 2^-126 (normal Floats, as the test
//   requires).
// A zero loss (w = 0, or t = 1 with pw = 0) is +0 here; the scalar function's zero may be -0 (the sign of
// a zero loss is not specified).

/// A + B as a double-double from two double-doubles of the same sign (TwoSum on the heads).
@inline(__always)
private func sum<W: LaneWidth>(
    _ aHi: DoubleLanes<W>, _ aLo: DoubleLanes<W>, _ bHi: DoubleLanes<W>, _ bLo: DoubleLanes<W>
) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>) {
    let (hi, error) = twoSum(aHi, bHi)
    return (hi, error + (aLo + bLo))
}

/// (hi + lo) v as a double-double: hi v exactly (a fused multiply-add for its error), lo v rounded.
@inline(__always)
private func product<W: LaneWidth>(
    _ hi: DoubleLanes<W>, _ lo: DoubleLanes<W>, _ v: DoubleLanes<W>
) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>) {
    let head = hi * v
    return (head, fusedMultiplyAdd(hi, v, negated(head)) + lo * v)
}

/// The lanes outside the kernel's inputs (|x| > maxMagnitude, t outside [0, 1], a weight outside [0,
/// maxWeight], NaN), and |x|, t, w, pw with those lanes replaced by harmless values (0, 0, 1, 1), so
/// that they raise no floating-point flag.
@inline(__always)
func fastInputs<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ t: DoubleLanes<W>, _ w: DoubleLanes<W>, _ pw: DoubleLanes<W>,
    maxMagnitude: Double, maxWeight: Double
) -> (a: DoubleLanes<W>, t: DoubleLanes<W>, w: DoubleLanes<W>, pw: DoubleLanes<W>, slow: LaneMask<W>) {
    let magnitude = magnitudes(x)
    let slow = .!within(magnitude, 0, maxMagnitude) .| .!within(t, 0, 1) .| .!within(w, 0, maxWeight)
        .| .!within(pw, 0, maxWeight)
    let one = DoubleLanes<W>(repeating: 1)
    return (select(slow, 0, magnitude), select(slow, 0, t), select(slow, one, w), select(slow, one, pw), slow)
}

/// The coefficients A = w pw t (positive) and B = w (1 - t) (negative) in double-double to 2^-104, for
/// the inputs of fastInputs (see the header).
@inline(__always)
func crossEntropyCoefficients<W: LaneWidth>(
    _ t: DoubleLanes<W>, _ w: DoubleLanes<W>, _ pw: DoubleLanes<W>
) -> (positive: (hi: DoubleLanes<W>, lo: DoubleLanes<W>), negative: (hi: DoubleLanes<W>, lo: DoubleLanes<W>)) {
    let weightsHi = w * pw
    let weightsLo = fusedMultiplyAdd(w, pw, negated(weightsHi))
    let positive = product(weightsHi, weightsLo, t)
    let (complementHi, complementLo) = fastTwoSum(DoubleLanes<W>(repeating: 1), negated(t))
    let negative = product(w, 0, complementHi)
    return (positive, (negative.hi, fusedMultiplyAdd(w, complementLo, negative.lo)))
}

/// The binary cross-entropy on Double lanes, rounded once (see the header), and the lanes that need the
/// scalar function instead.
@inline(__always)
func crossEntropyLanes<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ t: DoubleLanes<W>, _ w: DoubleLanes<W>, _ pw: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (hi, lo, slow) = crossEntropyParts(x, t, w, pw)
    let value = hi + lo
    return (value, slow .| (within(value, 0, 0x1p-960) .& .!zeroLanes(value)))
}

/// The binary cross-entropy on Double lanes as hi + lo before its rounding, within 2^-57.1 (see the
/// header), and the lanes outside the kernel's inputs (not yet its results' range).
@inline(__always)
func crossEntropyParts<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ t: DoubleLanes<W>, _ w: DoubleLanes<W>, _ pw: DoubleLanes<W>
) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>, slow: LaneMask<W>) {
    let (a, t, w, pw, slow) = fastInputs(x, t, w, pw, maxMagnitude: 700, maxWeight: 0x1p500)
    let log1p = logOnePlusNegativeExponential(a)
    let (positive, negative) = crossEntropyCoefficients(t, w, pw)
    let total = sum(positive.hi, positive.lo, negative.hi, negative.lo)
    let xPositive = signClear(x)
    let linear = product(select(xPositive, negative.hi, positive.hi), select(xPositive, negative.lo, positive.lo), a)
    let logHead = total.hi * log1p.hi
    let logLo = fusedMultiplyAdd(total.hi, log1p.hi, negated(logHead))
        + fusedMultiplyAdd(total.hi, log1p.lo, total.lo * log1p.hi)
    let (hi, lo) = sum(linear.hi, linear.lo, logHead, logLo)
    return (hi, lo, slow)
}

/// The binary cross-entropy on Float lanes widened to Double, before the rounding to Float (see the
/// header).
@inline(__always)
func crossEntropyLanes32<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ t: DoubleLanes<W>, _ w: DoubleLanes<W>, _ pw: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (a, t, w, pw, slow) = fastInputs(x, t, w, pw, maxMagnitude: 80, maxWeight: 0x1p60)
    let positive = (w * pw) * t
    let negative = w * (1 - t)
    let linear = select(signClear(x), negative, positive)
    let value = fusedMultiplyAdd(linear, a, (positive + negative) * logOnePlusNegativeExponential32(a))
    return (value, slow .| (within(value, 0, 0x1p-126) .& .!zeroLanes(value)))
}
