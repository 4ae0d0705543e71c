// The gradient of the binary cross-entropy with logits on a vector of lanes, times the incoming
// gradient g and divided by m (m = 1, or the element count for the mean reduction):
//   g/m d loss/dx = g/m w [(1 - t) sigmoid(x) - pw t sigmoid(-x)] = g N / (m D),  D = 1 + e,  e = e^-|x|,
//   N = B - A e for x >= 0 and B e - A for x < 0,  A = w pw t, B = w (1 - t),
// since sigmoid(|x|) = 1/D and sigmoid(-|x|) = e/D. So N = +-(Q - P): P = C e, with C = A for x >= 0 and
// B below, Q the other coefficient. P and Q are nonnegative for t in [0, 1] and w, pw >= 0, and they
// cancel where sigmoid(x) is close to t; the kernel takes the lanes where they cancel little and leaves
// the others to SoftplusMath's double-double gradient (2^-98 of the terms), whose bound it cannot keep:
// e is known to 2^-61.5, and its error reaches N multiplied by P/|N|, the condition number of the
// gradient in e. Before, every element ran the double-double code: 126 / 157 ns per element (the mean's
// gradient, f64 / f32, n = 2^20, docs/TRAINING.md of commit a1aefd5).
//
// Error (Double): e = hi + lo to 2^-61.5 relative (negativeExponential, VectorNegativeExponential.swift);
//   A and B to 2^-104 (crossEntropyCoefficients, VectorCrossEntropy.swift); P = C e in double-double
//   (C's head times e's head exactly by a fused multiply-add, the cross terms rounded: 2^-103), so P is
//   within 2^-61.4 P. Q - P: TwoSum of the heads, the tails added (2^-104 (P + Q)). D = 1 + e by Fast2Sum
//   (1 >= e), to 2^-61.5 e/(1 + e) <= 2^-62.5 relative; m D and g N as double-doubles (2^-104 each);
//   the quotient q0 = (g N)hi v, v = 1/(m D)hi rounded, its residual by fused multiply-adds (exact for
//   q0 within a few ulps of the quotient), q0 + residual v in one fused multiply-add (2^-103). In all,
//   relative to the result: 2^-61.4 P/|N| + 2^-62.5 + 2^-98 (the tails' 2^-104 (P + Q) <= 2^-104 (|N| +
//   2P) is inside the first and the last term).
//   Fast lanes need |N| >= 2^-6 P: then 2^-55.4 + 2^-62.5 < 2^-55.39 before the one rounding, at most
//   0.5 + 2^-2.39 = 0.69 ULP. Hard labels (t = 0 or 1) never cancel (one coefficient is 0: |N| = P or
//   Q), soft ones do near x = logit(t); a threshold of 2^-7 would still keep 1 ULP (0.88), 2^-8 not.
// Float: the same double-double, hi + lo = q0 + residual v exactly (Fast2Sum), rounded to Float by the
//   double-double test of VectorRounding.swift with each lane's own bound: the error above, 2^-61.4 P/|N|
//   + 2^-61.5 e + 2^-98 relative, taken as 2^-61 |g| P v + |hi| (2^-61 e + 2^-95), since |hi| P/|N| =
//   |g| P/(m D) (no division), with the margin that test needs. The one-Double test needs 2^-43, and
//   would leave every lane near a midpoint to the scalar function: 1 - t has 25 significant bits for
//   half the Float targets in [1/4, 1/2), so at large x the gradient, about g (1 - t)/m, lies a hair
//   from a midpoint (uniform targets, normal(0, 20) logits: 34.9 ns per element for the mean's gradient
//   with the one-Double test, 3.6 with this one; n = 2^20, AVX-512, Zen 4). Fast lanes need |N| >= 2^-16
//   P (the bound then stays below 2^-45 |hi|, with the 2^-61 above). The Float arrays run on the Double
//   lane count (the array kernel, CrossEntropyKernels.swift).
// Fast lanes (either format): fastInputs' (|x| <= 700, 0 <= t <= 1, 0 <= w, pw <= 2^500; NaN is slow), g
//   finite; t, w and pw each 0 or at least 2^-300, so that A and B are 0 exactly where they should be
//   and at least 2^-953 otherwise; |N| above 2^-900 or N = 0 from A = B = 0 (below, the products'
//   errors could fall below the subnormal grid, and P = C e can underflow to 0 with Q = 0: a review
//   found gradient(-700, t = 0, w = 2^-400, g = 1e300) = 0 for 3.8e-125); results 0 or in [2^-960,
//   2^1000] (Float: normal Floats, [2^-126, the largest Float]). A zero result (w = 0, g = 0, or A = B =
//   0) is +-0 (the sign of a zero gradient is not specified).

/// The lanes with |N| >= bound P, from the heads (see the header).
@inline(__always)
private func cancelsLittle<W: LaneWidth>(_ nHi: DoubleLanes<W>, _ pHi: DoubleLanes<W>, _ bound: Double) -> LaneMask<W> {
    magnitudes(nHi) .>= pHi * DoubleLanes<W>(repeating: bound)
}

/// g N / (m D) on Double lanes before its last rounding, as q0 + residual v (v = inverse, see the
/// header), the terms of the Float kernels' error bound (the sanitized |g| P and e), and the lanes the
/// kernel leaves to the scalar function; `cancellation` is the least |N| / P of a fast lane.
@inline(__always)
private func crossEntropyGradientParts<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ t: DoubleLanes<W>, _ w: DoubleLanes<W>, _ pw: DoubleLanes<W>, _ g: DoubleLanes<W>,
    divisor m: DoubleLanes<W>, cancellation: Double
) -> (q0: DoubleLanes<W>, residual: DoubleLanes<W>, inverse: DoubleLanes<W>, gP: DoubleLanes<W>, e: DoubleLanes<W>,
      slow: LaneMask<W>) {
    // t, w or pw below 2^-300 could make A or B underflow, and g up to 2^1024 would bring that to light.
    let tinyInputs = within(t, .leastNonzeroMagnitude, 0x1p-300) .| within(w, .leastNonzeroMagnitude, 0x1p-300)
        .| within(pw, .leastNonzeroMagnitude, 0x1p-300)
    let (a, t, w, pw, inputSlow) = fastInputs(x, t, w, pw, maxMagnitude: 700, maxWeight: 0x1p500)
    let gSlow = .!within(magnitudes(g), 0, .greatestFiniteMagnitude)
    let g = select(gSlow, DoubleLanes<W>(repeating: 1), g)
    let (eHi, eLo) = negativeExponential(a)
    let (positive, negative) = crossEntropyCoefficients(t, w, pw)
    let xPositive = signClear(x)
    let (cHi, cLo) = (select(xPositive, positive.hi, negative.hi), select(xPositive, positive.lo, negative.lo))
    let (qHi, qLo) = (select(xPositive, negative.hi, positive.hi), select(xPositive, negative.lo, positive.lo))
    let pHi = cHi * eHi
    let pLo = fusedMultiplyAdd(cHi, eHi, negated(pHi)) + fusedMultiplyAdd(cHi, eLo, cLo * eHi)
    let (differenceHi, differenceError) = twoSum(qHi, negated(pHi))
    let differenceLo = differenceError + (qLo - pLo)
    // N = Q - P for x >= 0, P - Q below: g N with g's sign flipped instead.
    let gSigned = select(xPositive, g, negated(g))
    let numeratorHi = gSigned * differenceHi
    let numeratorLo = fusedMultiplyAdd(gSigned, differenceHi, negated(numeratorHi)) + gSigned * differenceLo
    let (onePlusHi, onePlusError) = fastTwoSum(DoubleLanes<W>(repeating: 1), eHi)
    let denominatorHi = m * onePlusHi
    let denominatorLo = fusedMultiplyAdd(m, onePlusHi, negated(denominatorHi)) + m * (onePlusError + eLo)
    let inverse = 1 / denominatorHi
    let q0 = numeratorHi * inverse
    let residual = fusedMultiplyAdd(negated(q0), denominatorHi, numeratorHi)
        + fusedMultiplyAdd(negated(q0), denominatorLo, numeratorLo)
    // |N| <= 2^-900 is exact only as the zero of two zero coefficients (P = C e may have underflowed).
    let tinyDifference = within(magnitudes(differenceHi), 0, 0x1p-900) .& .!(zeroLanes(cHi) .& zeroLanes(qHi))
    let slow = inputSlow .| tinyInputs .| gSlow .| .!cancelsLittle(differenceHi, pHi, cancellation) .| tinyDifference
    return (q0, residual, inverse, magnitudes(g) * pHi, eHi, slow)
}

/// g/m times the gradient on Double lanes, rounded once (see the header), and the lanes that need the
/// scalar function instead.
@inline(__always)
func crossEntropyGradientLanes<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ t: DoubleLanes<W>, _ w: DoubleLanes<W>, _ pw: DoubleLanes<W>, _ g: DoubleLanes<W>,
    divisor: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let parts = crossEntropyGradientParts(x, t, w, pw, g, divisor: divisor, cancellation: 0x1p-6)
    let value = fusedMultiplyAdd(parts.residual, parts.inverse, parts.q0)
    return (value, parts.slow .| (.!within(magnitudes(value), 0x1p-960, 0x1p1000) .& .!zeroLanes(value)))
}

/// g/m times the gradient on Float lanes, correctly rounded (see the header), and the lanes that need
/// the scalar function instead.
@inline(__always)
func crossEntropyGradientLanes32<W: LaneWidth>(
    _ x: FloatLanes<W>, _ t: FloatLanes<W>, _ w: FloatLanes<W>, _ pw: FloatLanes<W>, _ g: FloatLanes<W>,
    divisor: DoubleLanes<W>
) -> (value: FloatLanes<W>, slow: LaneMask<W>) {
    let parts = crossEntropyGradientParts(DoubleLanes(x), DoubleLanes(t), DoubleLanes(w), DoubleLanes(pw), DoubleLanes(g),
                                          divisor: divisor, cancellation: 0x1p-16)
    let (hi, lo) = fastTwoSum(parts.q0, parts.residual * parts.inverse)
    let error = fusedMultiplyAdd(parts.gP, parts.inverse * DoubleLanes<W>(repeating: 0x1p-61),
                                 magnitudes(hi) * fusedMultiplyAdd(parts.e, DoubleLanes<W>(repeating: 0x1p-61),
                                                                   DoubleLanes<W>(repeating: 0x1p-95)))
    let (value, hard) = roundedToFloat(hi: hi, lo: lo, error: error)
    let floatRange = within(magnitudes(hi), 0x1p-126, Double(Float.greatestFiniteMagnitude))
    return (value, parts.slow .| hard .| (.!floatRange .& .!zeroLanes(hi)))
}
