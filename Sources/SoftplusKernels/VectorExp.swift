// e^x on a vector of lanes, table-free:
//   e^x = 2^k (1 + p),  p = e^r - 1,  r = x - k ln2,  |r| <= ln2/2.
// softplusinv's exponential (both formats), and the Float sigmoid's and softplus's off the AVX-512 path;
// sigmoid and softplus use the table of VectorNegativeExponential.swift otherwise.
//
// Reduction: k = floor(x / ln2 + 1/2), the nearest integer, by an instruction that ignores the caller's
//   rounding mode
//   (under a directed mode the 1.5 * 2^52 shifter would round k up or down, |r| would reach ln2 and the
//   polynomials, fitted up to ln2/2, would be evaluated outside their interval).
//   rHi = x - k ln2Hi in one fused multiply-add is exact: for |x| < 1/4, k = 0 and rHi = x; otherwise
//   k ln2Hi and x are multiples of 2^-54 and |rHi| <= ln2/2 < 1/2, which fits in 53 bits.
//   rLo = -k ln2Lo, rounded: |rLo| <= 1100 * 2^-55.2 < 2^-45, its rounding error below 2^-98. A
//   double-double argument x + low (the parameterized softplus's inverse, |low| <= 2^-53 * 700 =
//   2^-43.5, VectorParameterizedSoftplus.swift) adds low by the same fused multiply-add: |rLo| <
//   2^-43, rLo^2 < 2^-86, and for k = 0 rLo = low is 2^-53 of rHi, so p stays relative to itself.
//
// Double kernels (exponentialParts): p in double-double, absolute error below 2^-57.9 (2^-58.1
// measured on 6000 points against mpmath):
//   e^(rHi + rLo) - 1 = (e^rHi - 1) + rLo e^rHi + O(rLo^2)   (rLo^2 < 2^-90)
//   e^rHi - 1 = rHi + rHi^2/2 + rHi^3 C(rHi), C the degree-9 fit of VectorPolynomials.swift,
//     whose error 2^-55.5 times |rHi|^3 <= 2^-4.6 leaves 2^-60.1;
//   rHi^2 is split exactly (fused multiply-add), rHi + rHi^2/2 summed exactly (Fast2Sum: |rHi| >= rHi^2/2);
//   the cubic tail (below 0.0079) is rounded about 3 times: below 3 * 2^-53 * 0.0079 = 2^-58.4;
//   with the fit: 2^-57.9;
//   rLo e^rHi is taken as rLo (1 + p(rHi)), p(rHi) rounded to a Double: 2^-52 of itself, 2^-97
//   (not rLo (1 + rHi + rHi^2/2): rHi^3/6 of |rLo| < 2^-45 would leave 2^-52);
//   the sum is normalized at the end (Fast2Sum: |rHi + rHi^2/2| > the rest, or both are 0), so that
//   callers may use pHi alone where a Double is enough.
//   Relative to 1 + p >= e^(-ln2/2) = 0.707, e^r is known to 2^-57.4.
//
// Float kernels (exponentialParts32): p in one Double, e^r - 1 = r + r^2 Q(r), Q the degree-7 fit
//   (2^-41 times r^2 <= 0.1202: 2^-44.1); below 2^-43.5 relative for e^r. r is rHi + rLo rounded
//   (relative 2^-53) when p must be accurate relative to itself near r = 0, where softplusinv cancels
//   (`precise`); otherwise r = x - k ln2Hi, one fused multiply-add, off by |k| |ln2 - ln2Hi| <= 150 *
//   2^-55 < 2^-47 for the Float range |x| <= 104: 2^-47 relative in e^r, and two instructions fewer.

extension DoubleLanes {
    /// 1/ln2 rounded: only chooses k; its error only moves r within its bound.
    fileprivate static var inverseLn2: Self { Self(repeating: 0x1.71547652b82fep0) }
}

extension DoubleLanes {
    /// ln 2 = ln2Hi + ln2Lo to 2^-108 (the same split as SoftplusMath's Constants.swift).
    static var ln2Hi: Self { Self(repeating: 0x1.62e42fefa39efp-1) }
    static var ln2Lo: Self { Self(repeating: 0x1.abc9e3b39803fp-56) }
}

/// e^x = 2^k (1 + pHi + pLo), for |x| <= 745 (k within -1075...1075).
struct ExponentialParts<W: LaneWidth> {
    var pHi: DoubleLanes<W>
    var pLo: DoubleLanes<W>
    var k: IntegerLanes<W>
}

/// x + low - k ln2 = rHi + rLo with k = round(x / ln2) (see the header; low = -0 but for a
/// double-double argument: -0 keeps -k ln2Lo's bits, its sign at k = 0 included).
@inline(__always)
func reduced<W: LaneWidth>(
    _ x: DoubleLanes<W>, low: DoubleLanes<W> = -0.0
) -> (k: IntegerLanes<W>, rHi: DoubleLanes<W>, rLo: DoubleLanes<W>) {
    let k = floors(fusedMultiplyAdd(x, DoubleLanes<W>.inverseLn2, 0.5))
    let kBits = integers(k)
    let rHi = fusedMultiplyAdd(k, negated(DoubleLanes<W>.ln2Hi), x)
    let rLo = fusedMultiplyAdd(k, negated(DoubleLanes<W>.ln2Lo), low)
    return (kBits, rHi, rLo)
}

/// e^(x + low) as 2^k (1 + p), p in double-double to 2^-57.9 absolute (see the header), |x| <= 745,
/// |low| <= 2^-43.5 (the low part of a double-double argument, 0 for a Double one).
@inline(__always)
func exponentialParts<W: LaneWidth>(_ x: DoubleLanes<W>, low: DoubleLanes<W> = -0.0) -> ExponentialParts<W> {
    let (k, rHi, rLo) = reduced(x, low: low)
    let squareHi = rHi * rHi
    let squareLo = fusedMultiplyAdd(rHi, rHi, negated(squareHi))
    let cubicTail = (squareHi * rHi) * expm1Cubic(rHi)
    let (quadraticHi, quadraticLo) = fastTwoSum(rHi, 0.5 * squareHi)
    let rest = quadraticLo + fusedMultiplyAdd(squareLo, DoubleLanes<W>(repeating: 0.5), cubicTail)
    let withLow = rest + fusedMultiplyAdd(rLo, quadraticHi + rest, rLo)
    let (pHi, pLo) = fastTwoSum(quadraticHi, withLow)
    return ExponentialParts<W>(pHi: pHi, pLo: pLo, k: k)
}

/// e^x = 2^k (1 + p) with p in one Double, to 2^-43.5 relative (see the header), |x| <= 745.
@inline(__always)
func exponentialParts32<W: LaneWidth>(_ x: DoubleLanes<W>, precise: Bool) -> (p: DoubleLanes<W>, k: IntegerLanes<W>) {
    let (k, rHi, rLo) = reduced(x)
    let r = precise ? rHi + rLo : rHi
    return (fusedMultiplyAdd(r * r, expm1Tail32(r), r), k)
}
