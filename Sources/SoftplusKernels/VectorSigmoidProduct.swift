// g sigmoid(x) on a vector of lanes, the product rounded once: the backward products whose derivative
// is a sigmoid (softplus' = sigmoid(x); softminus' = log_sigmoid' = sigmoid(-x); log_one_minus_sigmoid'
// = -sigmoid(x), that is (-g) sigmoid(x), the negation exact), and below those whose derivative is
// +-sigmoid'. Before, these ran SoftplusMath's double-double backward element by element: 59 / 94 ns per
// element in f64 / f32 (softplus_backward; sigmoid_backward 66 / 101; n = 2^20, docs/BENCHMARK.md of
// commit 765c8a3), against 1.4 / 1.2 (1.6 / 1.2) now.
//
// Double: sigmoid as q0 + residual inverse before its last rounding (sigmoidQuotient,
//   VectorSigmoid.swift), within 2^-60.7 of q0 + R/D; tail = residual inverse rounded (2^-53 of a
//   term below 2^-11.9 q0: 2^-64.9 of q0), g tail rounded (2^-64.9 again), and g q0 + g tail in one
//   fused multiply-add, g q0 exact inside it: within 2^-60.7 + 2^-63.9 = 2^-60.3 of g sigmoid(x)
//   before the one rounding, at most 0.5 + 2^-7.3 ULP. Against SoftplusMath's correctly rounded
//   product (Backward.swift), the lanes the kernel leaves to it:
//   sigmoid's (|x| > 700, NaN); g infinite or NaN (inf * 0 would make NaN of the tail); and products
//   below 2^-960 in magnitude but for g = +-0, where g tail could lose bits below 2^-1074 that the
//   subnormal grid of the result would feel. g = +-0 gives g q0 = +-0, the sign of g, as IEEE's product.
// Float: g (exact in Double) times sigmoidLanes32's value, below 2^-43 relative, rounded once more
//   (2^-53): within 2^-43 + 2^-53 < 2^10.01 Double ULPs, inside the rounding test's band of 2^12
//   (VectorRounding.swift). Left to the scalar function: sigmoid's lanes, g infinite or NaN, and
//   products below 2^-126 in magnitude but for g = +-0 (the test holds for normal Float results only).

// sigmoid'(x) = sigmoid(x) sigmoid(-x) = q (1 - q), q = sigmoid(-|x|) <= 1/2 (sigmoid_backward; and
// one_minus_sigmoid_backward, whose derivative is -sigmoid'(x), as (-g) sigmoid'(x)):
// Double: q = q0 + tail as above (2^-60.7 and 2^-64.9 of q; tail is not small: up to 2^-11.9 q0, the
//   first quotient's error); 1 - q = h + l' with h + l = 1 - q0 exactly (Fast2Sum, 1 >= q0) and l' =
//   l - tail rounded (2^-53 of a term below 2^-12.9 <= 2^-11.9 h: 2^-64.9 of 1 - q); q's error is at
//   most 2^-60.7 q <= 2^-60.7 (1 - q) relative to 1 - q. P = q (1 - q) = q0 h + q0 l' + tail (h + l'),
//   all four products (tail l', about tail^2, is 2^-24 of P: leaving it out cost 2^-30.7, measured):
//   pHi = q0 h rounded, its error exact by a fused multiply-add (below 2^-1075 in absolute terms where
//   it is subnormal, 2^-64 of P >= 2^-1011), and the rest, below 2^-10.9 P, rounded three times
//   (2^-63.4 of P). Then g pHi + g pLo in one fused multiply-add, g pLo rounded (2^-63.9): within
//   2^-60.7 + 2^-60.7 + 2^-62.3 = 2^-59.5 of g sigmoid'(x) before the one rounding, at most 0.5 +
//   2^-6.5 ULP. The same lanes as above take the scalar function.
//   sigmoid'(x) itself (sigmoid_deriv, one_minus_sigmoid_deriv; DerivativeKernels.swift) is pHi + pLo
//   rounded once: within 2^-60.7 + 2^-60.7 + 2^-63.4 = 2^-59.6 before, at most 0.5 + 2^-6.6 ULP; its
//   results are normal (sigmoid'(700) = 2^-1010), and only sigmoid's lanes take the scalar function.
// Float: sigmoidLanes32's q (2^-43), 1 - q rounded (q's error is at most 2^-43 of 1 - q, and 2^-53
//   more), q (1 - q) rounded and g times it rounded: below 2^-42 + 3 * 2^-53, at most 2^11.01 Double
//   ULPs, inside the rounding test's band of 2^12 (VectorRounding.swift: half of its margin of 4).
//   Without g (sigmoid'(x) itself) one rounding fewer; its results, at least sigmoid'(87) = 1.6e-38,
//   are normal Floats, as the test requires.

/// Lanes with |v| <= bound (as bit patterns: no flag for NaN).
@inline(__always)
private func atMost<W: LaneWidth>(_ v: DoubleLanes<W>, _ bound: Double) -> LaneMask<W> {
    within(magnitudes(v), 0, bound)
}

/// g (hi + lo) in one fused multiply-add, g lo rounded first, and the lanes the header leaves to the
/// scalar function: those of `slow`, g infinite or NaN, and nonzero products below 2^-960. g = +-0
/// gives g hi, a zero with IEEE's sign.
@inline(__always)
func scaled<W: LaneWidth>(
    _ g: DoubleLanes<W>, _ hi: DoubleLanes<W>, _ lo: DoubleLanes<W>, slow: LaneMask<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let gZero = zeroLanes(g)
    let product = select(gZero, g * hi, fusedMultiplyAdd(g, hi, g * lo))
    return (product, slow .| .!atMost(g, .greatestFiniteMagnitude) .| (atMost(product, 0x1p-960) .& .!gZero))
}

/// scaled for a derivative that, unlike a sigmoid, reaches 2^1000 (logit', softplusinv', softminusinv'):
/// the product can overflow, and g lo may overflow first, with lo's sign, so products above 2^1023 go to
/// the scalar function too.
@inline(__always)
func scaledUnbounded<W: LaneWidth>(
    _ g: DoubleLanes<W>, _ hi: DoubleLanes<W>, _ lo: DoubleLanes<W>, slow: LaneMask<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (value, productSlow) = scaled(g, hi, lo, slow: slow)
    return (value, productSlow .| .!within(magnitudes(value), 0, 0x1p1023))
}

/// g value rounded once in Double (Float kernels), and the lanes left to the scalar function: those of
/// `slow`, g infinite or NaN, and nonzero products below 2^-126 (see the header).
@inline(__always)
func scaled32<W: LaneWidth>(
    _ g: DoubleLanes<W>, _ value: DoubleLanes<W>, slow: LaneMask<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let product = g * value
    return (product, slow .| .!atMost(g, Double(Float.greatestFiniteMagnitude))
        .| (atMost(product, 0x1p-126) .& .!zeroLanes(g)))
}

/// g sigmoid(x) on Double lanes, rounded once (see the header), and the lanes that need the scalar
/// function instead.
@inline(__always)
func sigmoidProductLanes<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (q0, residual, inverse, sigmoidSlow) = sigmoidQuotient(x)
    return scaled(g, q0, residual * inverse, slow: sigmoidSlow)
}

/// g sigmoid(x) on Float lanes widened to Double, before the rounding to Float (see the header).
@inline(__always)
func sigmoidProductLanes32<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (sigmoid, sigmoidSlow) = sigmoidLanes32(x)
    return scaled32(g, sigmoid, slow: sigmoidSlow)
}

/// sigmoid'(x) = hi + lo on Double lanes, within 2^-59.6 (see the header), and sigmoid's slow lanes.
@inline(__always)
private func sigmoidDerivativeParts<W: LaneWidth>(
    _ x: DoubleLanes<W>
) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>, slow: LaneMask<W>) {
    let (q0, residual, inverse, sigmoidSlow) = sigmoidQuotient(negated(magnitudes(x)))
    let tail = residual * inverse
    let (h, l) = fastTwoSum(DoubleLanes<W>(repeating: 1), negated(q0))
    let complementLo = l - tail
    let pHi = q0 * h
    let pLo = fusedMultiplyAdd(q0, h, negated(pHi))
        + fusedMultiplyAdd(q0, complementLo, fusedMultiplyAdd(tail, complementLo, tail * h))
    return (pHi, pLo, sigmoidSlow)
}

/// g sigmoid'(x) on Double lanes, rounded once (see the header), and the lanes that need the scalar
/// function instead.
@inline(__always)
func sigmoidDerivativeProductLanes<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (hi, lo, slow) = sigmoidDerivativeParts(x)
    return scaled(g, hi, lo, slow: slow)
}

/// g sigmoid'(x) on Float lanes widened to Double, before the rounding to Float (see the header).
@inline(__always)
func sigmoidDerivativeProductLanes32<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (q, slow) = sigmoidDerivativeLanes32(x)
    return scaled32(g, q, slow: slow)
}

/// sigmoid'(x) on Double lanes, hi + lo rounded once (see the header), and the lanes that need the
/// scalar function instead (sigmoid's: |x| > 700, NaN).
@inline(__always)
func sigmoidDerivativeLanes<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (hi, lo, slow) = sigmoidDerivativeParts(x)
    return (hi + lo, slow)
}

/// sigmoid'(x) = q (1 - q) on Float lanes widened to Double, before the rounding to Float (see the
/// header), and sigmoid's slow lanes (|x| > 87, NaN).
@inline(__always)
func sigmoidDerivativeLanes32<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (q, slow) = sigmoidLanes32(negated(magnitudes(x)))
    return (q * (1 - q), slow)
}
