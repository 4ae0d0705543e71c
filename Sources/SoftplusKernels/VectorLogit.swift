// logit(p) = log(p / (1 - p)) on a vector of lanes.
//
// Method: for p > 1/2, logit(p) = -logit(1 - p), 1 - p exact (Sterbenz); so q <= 1/2 and the ratio
// q / (1 - q) is in (0, 1]. With the ratio 2^c m, log m = log((1 + s)/(1 - s)) = 2 atanh(s),
// s = (m - 1)/(m + 1) = (a - b)/(a + b), a = q 2^-c, b = 1 - q: one division, and the series of
// VectorLog.swift. The lanes that leave the fast range go to SoftplusMath's double-double logit.
//
// Double: b = bHi + bLo exactly (Fast2Sum). c comes from the bit patterns: bits(q) - bits(bHi) is
//   2^52 (e_q - e_b + f_q - f_b) for q = 2^e_q (1 + f_q), bHi = 2^e_b (1 + f_b), and c = e_q - e_b +
//   round(f_q - f_b) (ties up) by one addition and a shift. Then m = (1 + f_q)/(1 + f_b) 2^-round(f_q -
//   f_b) lies in [2/3, 1.5] (|f_q - f_b| < 1/2 gives m in (2/3, 1.5), and f_q - f_b >= 1/2 or <= -1/2
//   gives [2/3, 1] or [1, 1.5]; bLo moves m by 2^-54), so |s| <= 0.2, the series' range. a = q 2^-c
//   by subtracting c from q's exponent field (exact: a >= 1/3). The numerator a - bHi is exact
//   (Sterbenz: a/bHi in [1/2, 2]), and minus bLo it is a double-double by a Fast2Sum (a - bHi is 0 or
//   a multiple of 2^-54 >= |bLo|); the denominator a + b = 2a - numerator by another (|2a| > |a - b|),
//   with the two low parts summed once (2^-105 of it); s = sHi + sLo from one division and its residual
//   (about 2^-100), then VectorLog.swift's logarithm of (1 + s)/(1 - s) (2^-57.0 of |2s|). When c = 0
//   the result is at least |2s|; when c != 0, |logit| >= ln2 - ln 1.5 = 0.288 against |log m| <=
//   0.405, so the error grows by at most 1.41 relative to the result: below 2^-56.5, at most 0.5 +
//   2^-3.5 ULP (the largest cancellation reachable is 1.06, at c = -1 and q just below 5/12, so the
//   bound is loose). Measured against MPFR: 0.04-0.05 % not correctly rounded, at most 0.520 ULP, on
//   250,000 inputs (uniform, near 1/2, tiny, near 1, random bit patterns, the boundaries of m); at most
//   0.526 ULP on 2.8 million in that cancellation zone, q in [0.397, 5/12] (a review; the kernel this
//   replaced reached 0.525 there). That kernel took two divisions: the ratio q/(1 - q) in double-double,
//   then s = d/(2 + d) from its significand 1 + d (logit f64 1.67 -> 1.44 ns per element, n = 2^20,
//   AVX-512, Zen 4).
//   Fast range 2^-1000 <= p < 1 (normal ratios; 0, 1, outside [0, 1] and NaN are the scalar kernel's),
//   except p = 1/2, whose result +0 the scalar kernel keeps positive under every rounding mode (here a
//   directed mode could make it -0).
// Float: the same in one Double, and without the reflection: for a Float p > 1/2, b = 1 - p is exact
//   (Sterbenz) and so is logit(1 - p) = -logit(p) after rounding, so p itself can take the place of q
//   (c >= 0 then: a = p 2^-c >= 2^-25 stays normal), and the comparison, the two selections and the
//   negation go (logit f32 1.00 -> 0.93 ns per element, n = 2^20, AVX-512, Zen 4; the same bits).
//   s = (a - b)/(a + b) with b = 1 - p (exact for p >= 2^-30, within 2^-53 below, where it moves the
//   result by less than 2^-53), c and a as above, a - b exact, a + b and the quotient rounded once each;
//   logit = c ln2 + 2s + 2s^3 R(s^2), R the Float kernels' fit (2^-42.6, times s^2 <= 0.04), c ln2
//   rounded once. Below 2^-47 of |2s|, and at most 1.41 times that relative to the result (see above):
//   below 2^-46.5, then the rounding test of VectorRounding.swift. Near p = 1/2 (c = 0, a = p) a + b = 1
//   and s = 2p - 1 exactly, so the result keeps its relative accuracy there. The c of the bit patterns
//   replaced one from each exponent, which left m in (1/2, 2) and |s| < 1/3 and needed a fit of degree
//   7 (logit f32 1.08 -> 1.00 ns per element). Fast range 2^-149 <= p < 1 (every positive Float below 1)
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
    let (bHi, bLo) = fastTwoSum(one, negated(q))
    let (c, a) = ratioSplit(q, bHi)
    let (numeratorHi, numeratorLo) = fastTwoSum(a - bHi, negated(bLo))
    let (denominatorHi, denominatorError) = fastTwoSum(a + a, negated(numeratorHi))
    let denominatorLo = denominatorError - numeratorLo
    let inverse = 1 / denominatorHi
    let sHi = numeratorHi * inverse
    let residual = fusedMultiplyAdd(negated(sHi), denominatorHi, numeratorHi)
        + fusedMultiplyAdd(negated(sHi), denominatorLo, numeratorLo)
    let log = logarithm(c: doubles(integers: c), sHi: sHi, sLo: residual * inverse)
    let value = log.hi + log.lo
    return (select(reflected, negated(value), value), slow)
}

/// c and a = q 2^-c with q/b = 2^c m, m in [2/3, 1.5], for q and b positive and normal, from the bit
/// patterns (see the header).
@inline(__always)
private func ratioSplit<W: LaneWidth>(_ q: DoubleLanes<W>, _ b: DoubleLanes<W>) -> (c: IntegerLanes<W>, a: DoubleLanes<W>) {
    let qBits = integerBitPatterns(q)
    let c = ((qBits &- integerBitPatterns(b)) &+ IntegerLanes<W>.halfExponentStep) &>> 52
    return (c, doubles(integerBitPatterns: qBits &- (c &<< 52)))
}

extension IntegerLanes {
    /// 2^51, half of a step of the exponent field: added before the shift by 52, it rounds c.
    fileprivate static var halfExponentStep: Self { Self(repeating: 1 << 51) }
}

/// logit on Float lanes widened to Double, before the rounding to Float.
@inline(__always)
func logitLanes32<W: LaneWidth>(_ p: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let slow = .!within(p, 0x1p-149, 1.0.nextDown) .| (p .== 0.5)
    let p = select(slow, 0.5, p)
    let complement = 1 - p
    let (c, a) = ratioSplit(p, complement)
    let s = (a - complement) / (a + complement)
    let z = s * s
    let twoS = s + s
    return (fusedMultiplyAdd(doubles(integers: c), DoubleLanes<W>.ln2Hi, fusedMultiplyAdd(twoS * z, logTail32(z), twoS)), slow)
}
