// e^-a for a >= 0 on a vector of lanes, by a table of 16 powers of two: the first step of sigmoid and
// softplus (a = |x|) and of the functions built on them.
//
//   e^-a = 2^m 2^(j/16) e^r,  k = 16 m + j = round(-a 16/ln2) <= 0,  r = -a - k ln2/16,  |r| <= ln2/32,
//
// with 2^(j/16) from VectorExpTable.swift (looked up per lane, TableLookup.swift). Why a table: the
// table-free e^x of VectorExp.swift reduces only to |r| <= ln2/2 and needs a degree-9 polynomial there;
// that polynomial was 30% of sigmoid f64's time (1.19 against 1.70 ns per element with it replaced by a
// constant, AVX-512, Zen 4), since these kernels are bound by their multiply-adds. At |r| <= ln2/32 a
// degree-4 one does (VectorPolynomials.swift). The lookup, exact, gives the same bits on every path.
//
// Reduction: k = floor(-a 16/ln2 + 1/2), by an instruction that ignores the caller's rounding mode (as in
//   VectorExp.swift); a <= 700 gives |k| <= 16159. rHi = -a - k H, H = ln2Hi/16 (53 bits), in one fused
//   multiply-add, is exact: k = 0 gives rHi = -a; otherwise a > ln2/32 > 2^-6, so a and k H are
//   multiples of 2^-58 (H of 2^-57), and |rHi| <= ln2/32 + 2^-40 < 2^-5 fits in 53 bits of 2^-58. The
//   rounded choice of k moves |r| past ln2/32 by far less than the fits' margin of 2^-30.
//
// Double kernels (negativeExponential): hi + lo to 2^-61.5 relative:
//   r = rHi exact, and the rest of the reduction, rLo = k L with L = ln2Lo/16 (|H + L - ln2/16| <
//     2^-112, |rLo| < 2^-45.2, rounded to 2^-98), joins the low part: e^(r + rLo) = e^r (1 + rLo) to
//     rLo^2 < 2^-90. An argument given as a double-double a + low (the parameterized softplus,
//     VectorParameterizedSoftplus.swift: |low| <= 2^-53 * 700 = 2^-43.5) puts -low into rLo by the
//     same fused multiply-add: |rLo| < 2^-43.2, rLo^2 < 2^-86, rounded once to 2^-96;
//   q = e^r - 1 - r as r^2 (1/2 + r C(r)), C of degree 4: its fit error 2^-46.9 times |r|^3 <= 2^-16.6
//     leaves 2^-63.5; three roundings of q <= 2^-12: 2^-63.4;
//   2^(j/16) e^(r + rLo) = tHi + tHi r + tHi q + (tHi rLo + tLo)(1 + r + q), with tHi r split exactly
//     (product and its error by a fused multiply-add), tHi + tHi r summed exactly (Fast2Sum), and
//     the small terms, below 2^-11 in all, rounded twice: 2^-65 each, half an ulp (inside 2^-44: 2^-97);
//   hi + lo normalized by a last Fast2Sum, then scaled by 2^m, m >= -1010: hi stays normal, and lo,
//     which may not, loses at most 2^-1075 against a result above 2^-1011 (2^-64). For a quotient
//     (negativeExponentialForQuotient, sigmoid) that Fast2Sum is left out: lo stays below 2^-11.9 hi
//     (q <= 1.0073 r^2/2 <= 2^-12.04 and |r| <= 2^-5.5), and the quotient's residual takes it in.
//     Its estimate of 1 + e^-a, 1 + tHi 2^m (1 + r + q) with two roundings, leaves out tLo (2^-54 of
//     1 + e^-a), rLo (at most k L e^-a/(1 + e^-a) <= 2^-56.2, largest near k = -23) and the roundings
//     of r + q (2^-58.5): 2^-53 (2 + 1/2 + 0.11 + 0.02) = 2^-51.6.
//   In all below 2^-61.5 (2^-61.7), against 2^-57.4 for the table-free double-double exponential
//   this replaced (commit f014813). The exact product costs its time: rounding r and the bracket once
//   each instead (2^-57.6) was 3% faster in sigmoid f64 but left 0.15 % of its results not correctly
//   rounded, against 0.003 % now and 0.07 % before (100000 inputs in [-40, 40], against mpmath).
//
// Float kernels (negativeExponential32), on the AVX-512 copy of the kernels: one Double to 2^-45.3
//   relative for |a| <= 104: r = rHi, off by |k L| < 2401 * 2^-59.2 = 2^-48.0; p = r + r^2 Q(r), Q of
//   degree 3, whose fit error 2^-34.6 times r^2 <= 2^-11 leaves 2^-45.6; tHi alone (2^-53), and two
//   roundings of 2^-53. tHi 2^m comes from the bits of k + 1.5 * 2^52 by one integer addition to a biased
//   table entry (sixteenthPowerOfTwo): sigmoid f32 took 0.76 against 0.84 ns per element with a lookup, an
//   integer conversion and a power of two multiplied in (n = 2^20, AVX-512, Zen 4). Elsewhere the table-free exponentialParts32 (2^-43.5, VectorExp.swift), because
//   before AVX-512 the lookup costs more than the shorter polynomial saves: the Float kernels run on
//   64 lanes, sixteen AVX2 lookups per step (sigmoid f32 1.79 against 1.38 ns per element on the AVX2
//   path with vpermps lookups, Zen 4; TableLookup.swift). Either bound is below the 2^-43 that the
//   rounding test of VectorRounding.swift assumes, so each path returns the correctly rounded Float,
//   the same bits.

extension DoubleLanes {
    /// -16/ln2 rounded: only chooses k; its error only moves r within its bound.
    fileprivate static var minusSixteenOverLn2: Self { Self(repeating: -0x1.71547652b82fep4) }
    /// -ln2/16 = minusLn2Over16Hi + minusLn2Over16Lo to 2^-112: ln2Hi and ln2Lo (VectorExp.swift) / 16.
    fileprivate static var minusLn2Over16Hi: Self { Self(repeating: -0x1.62e42fefa39efp-5) }
    fileprivate static var minusLn2Over16Lo: Self { Self(repeating: -0x1.abc9e3b39803fp-60) }
}

extension IntegerLanes {
    /// The bits of 1.0: m 2^52 added to them gives 2^m.
    fileprivate static var oneBits: Self { Self(repeating: Int64(bitPattern: (1.0 as Double).bitPattern)) }
}

/// The terms of e^-a = (head + tail) scale, before the last Fast2Sum (see the header): head = tHi +
/// tHi r rounded, |tail| < 2^-11.9 head, scale = 2^m, and m 2^52 as bits (exponentBits, to scale a
/// normal Double by an integer addition); and 1 + e^-a = 1 + scale table (1 + rPlusTail) to 2^-51.6
/// relative (the low parts left out, see the header), for a quotient's first estimate
/// (VectorSigmoid.swift).
private struct NegativeExponentialTerms<W: LaneWidth> {
    var head: DoubleLanes<W>
    var tail: DoubleLanes<W>
    var scale: DoubleLanes<W>
    var exponentBits: IntegerLanes<W>
    var table: DoubleLanes<W>
    var rPlusTail: DoubleLanes<W>
}

@inline(__always)
private func negativeExponentialTerms<W: LaneWidth>(
    _ a: DoubleLanes<W>, low: DoubleLanes<W> = 0
) -> NegativeExponentialTerms<W> {
    let (k, r) = sixteenthsReduced(a)
    let rLo = fusedMultiplyAdd(k, DoubleLanes<W>.minusLn2Over16Lo, negated(low))
    // The bits of 1.5 * 2^52 + k, which end in k's low bits (the lookups read j, the low 4), and m 2^52
    // from them: 1.5 * 2^52 ends in 51 zero bits, which the shifts by 4 and 52 push out (as in
    // sixteenthPowerOfTwo below). One instruction fewer than converting k to an integer first.
    let shiftedBits = integerBitPatterns(k + DoubleLanes<W>(repeating: 0x1.8p52))
    let exponentBits = (shiftedBits &>> 4) &<< 52
    let tHi = lookup(twoToSixteenthsHi, shiftedBits)
    let tLo = lookup(twoToSixteenthsLo, shiftedBits)
    let quadraticTail = (r * r) * fusedMultiplyAdd(r, expm1CubicNarrow(r), 0.5)
    let rPlusTail = r + quadraticTail
    let product = tHi * r
    let productError = fusedMultiplyAdd(tHi, r, negated(product))
    let small = fusedMultiplyAdd(tHi, rLo, tLo)
    let low = fusedMultiplyAdd(tHi, quadraticTail, fusedMultiplyAdd(small, rPlusTail, small) + productError)
    let (sum, sumError) = fastTwoSum(tHi, product)
    return NegativeExponentialTerms(
        head: sum, tail: sumError + low, scale: doubles(integerBitPatterns: exponentBits &+ IntegerLanes<W>.oneBits),
        exponentBits: exponentBits, table: tHi, rPlusTail: rPlusTail)
}

/// e^-(a + low) = hi + lo in double-double, to 2^-61.5 relative (see the header), for 0 <= a <= 700
/// and |low| <= 2^-43.5 (the low part of a double-double argument, 0 for a Double one); hi + lo is
/// normalized (Fast2Sum), so a caller may use hi alone where one Double is enough.
@inline(__always)
func negativeExponential<W: LaneWidth>(
    _ a: DoubleLanes<W>, low: DoubleLanes<W> = 0
) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>) {
    let terms = negativeExponentialTerms(a, low: low)
    let (hi, lo) = fastTwoSum(terms.head, terms.tail)
    return (hi * terms.scale, lo * terms.scale)
}

/// For a quotient by 1 + e^-a (sigmoid), 0 <= a <= 700: e^-a = hi + lo to 2^-61.5 relative as above
/// but not normalized, 0 < hi <= 1 and |lo| < 2^-11.9 hi; and 1 + e^-a to about 2^-52 relative,
/// from terms ready before hi + lo (see the header).
@inline(__always)
func negativeExponentialForQuotient<W: LaneWidth>(
    _ a: DoubleLanes<W>
) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>, onePlusEstimate: DoubleLanes<W>) {
    let terms = negativeExponentialTerms(a)
    // table and head (in [0.97, 2.05]) times 2^m, m >= -1010, are normal: scaled exactly by adding m to
    // their exponent fields, the same bits as the multiplications, which shared the multiply-add units
    // with the rest (sigmoid f64 1.17 -> 1.14 ns per element with the change above, n = 2^20, AVX-512,
    // Zen 4). The tail may be 0 or subnormal once scaled, so it is multiplied.
    let scaledTable = doubles(integerBitPatterns: integerBitPatterns(terms.table) &+ terms.exponentBits)
    let onePlusEstimate = fusedMultiplyAdd(scaledTable, terms.rPlusTail, 1 + scaledTable)
    return (doubles(integerBitPatterns: integerBitPatterns(terms.head) &+ terms.exponentBits), terms.tail * terms.scale, onePlusEstimate)
}

#if SOFTPLUS_KERNELS_AVX512
/// k = round(-a 16/ln2) and p = e^r - 1 in one Double, r = -a - k ln2Hi/16, for |a| <= 104: the
/// reduction and polynomial of the Float kernels' e^-a = 2^(k/16) (1 + p) (see the header).
@inline(__always)
private func sixteenthsParts32<W: LaneWidth>(_ a: DoubleLanes<W>) -> (k: DoubleLanes<W>, p: DoubleLanes<W>) {
    let (k, r) = sixteenthsReduced(a)
    return (k, fusedMultiplyAdd(r * r, expm1TailNarrow32(r), r))
}
#endif

/// e^-a in one Double (see the header), for |a| <= 104: the Float kernels' first step.
@inline(__always)
func negativeExponential32<W: LaneWidth>(_ a: DoubleLanes<W>) -> DoubleLanes<W> {
#if SOFTPLUS_KERNELS_AVX512
    let (k, p) = sixteenthsParts32(a)
    let power = sixteenthPowerOfTwo(shiftedBits: integerBitPatterns(k + DoubleLanes<W>(repeating: 0x1.8p52)))
    return fusedMultiplyAdd(p, power, power)
#else
    // 2^k (1 + p) = 2^k + 2^k p in one multiply-add: the same Double as 1 + p rounded and then scaled.
    let (p, k) = exponentialParts32(negated(a), precise: false)
    let scale = powersOfTwo(k)
    return fusedMultiplyAdd(p, scale, scale)
#endif
}

/// e^-a = e / v for |a| <= 87, as v = 2^-k' and e = e^r' (1 + p rounded), where e^-a = 2^k' e^r' (k' = k/16 on
/// the AVX-512 path, k elsewhere): for a quotient v/(v + e) = 1/(1 + e^-a) (sigmoid f32), in which the
/// power of two scales the other term and is never multiplied in. v is one table entry scaled exactly
/// (2^-53) or exact, e within 2^-45.3 (2^-43.5 off AVX-512) of e^r' as for negativeExponential32, with
/// one rounding fewer; v stays normal, 2^-125.6 to 2^125.6.
@inline(__always)
func negativeExponentialRatio32<W: LaneWidth>(_ a: DoubleLanes<W>) -> (v: DoubleLanes<W>, e: DoubleLanes<W>) {
#if SOFTPLUS_KERNELS_AVX512
    let (k, p) = sixteenthsParts32(a)
    // The bits of 1.5 * 2^52 - k, for 2^(-k/16), as negativeExponential32 forms those of 1.5 * 2^52 + k.
    let v = sixteenthPowerOfTwo(shiftedBits: integerBitPatterns(DoubleLanes<W>(repeating: 0x1.8p52) - k))
    return (v, p + 1)
#else
    let (p, k) = exponentialParts32(negated(a), precise: false)
    return (powersOfTwo(0 &- k), p + 1)
#endif
}

/// twoToSixteenthsHi[j] 2^m for k = 16m + j, -16 * 1022 <= k < 16 * 1024 (a normal result), given the bits of 1.5 * 2^52 + k.
/// Those bits are bits(1.5 * 2^52) + k, and bits(1.5 * 2^52) ends in 51 zeros, so shifted left by 48 they
/// are k 2^48 = m 2^52 + j 2^48 modulo 2^64. twoToSixteenthsBiased[j] is bits(twoToSixteenthsHi[j]) -
/// j 2^48 (tools/tables/vector_exp_table.py), so the sum is that entry with m added to its exponent field:
/// exact while the result is normal. The lookup reads the low 4 bits, j. Three instructions on AVX-512
/// (vpermi2pd, vpsllq, vpaddq) where index, lookup and a separate power of two took seven.
@inline(__always)
func sixteenthPowerOfTwo<W: LaneWidth>(shiftedBits: IntegerLanes<W>) -> DoubleLanes<W> {
    doubles(integerBitPatterns: integerBitPatterns(lookup(twoToSixteenthsBiased, shiftedBits)) &+ (shiftedBits &<< 48))
}

/// k = round(-a 16/ln2) (integer-valued) and r = -a - k ln2Hi/16, exact (see the header).
@inline(__always)
private func sixteenthsReduced<W: LaneWidth>(_ a: DoubleLanes<W>) -> (k: DoubleLanes<W>, rHi: DoubleLanes<W>) {
    let k = floors(fusedMultiplyAdd(a, DoubleLanes<W>.minusSixteenOverLn2, 0.5))
    return (k, fusedMultiplyAdd(k, DoubleLanes<W>.minusLn2Over16Hi, negated(a)))
}
