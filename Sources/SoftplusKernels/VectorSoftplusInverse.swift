// softplusinv(y) = log(e^y - 1) on a vector of lanes.
//
// Method: e^y = 2^k (1 + p) (VectorExp.swift, k >= 0 for y > 0), so
//   e^y - 1 = 2^k w,  w = (1 - 2^-k) + p,
// with 1 - 2^-k exact in double-double (0 for k = 0, where w = p = expm1(y) itself) and w >= 0.2;
// then log(2^k w) = k ln2 + log(w) by VectorLog.swift after splitting w's power of two. Near the zero
// of softplusinv, y = ln 2, w is close to 1/2 and w - 1/2 = p is carried exactly, so the result keeps
// its relative accuracy. The lanes that leave the fast range go to SoftplusMath's double-double
// softplusinv.
//
// Double: p to 2^-57.9 absolute, and relative to itself when k = 0 (rLo = 0); w's sum exact
//   (Fast2Sum: 1 - 2^-k >= 1/2 > |p| or 0); log to 2^-57.2. p's absolute error is relative to w,
//   which for k = 1 can be as small as 1/2 + e^(-ln2/2) - 1 = 0.207: 2^-55.6 of w, so 2^-55.6 in log w,
//   and where k = 1 the result log(2w) may be as small as 0.88 in magnitude (y just above ln2/2):
//   0.165 ULP of it. At most 0.5 + 2^-2.6 ULP (a review measured 0.641 ULP for y in [0.35, 0.40];
//   this header claimed 0.5 + 2^-4 until then); closer to ln 2, p's error shrinks with r^3.
//   Fast range 2^-1000 <= y <= 700, except |y - ln2Hi| < 2^-40: there the result is 2 (y - ln 2) to
//   first order and rLo = -k ln2Lo, rounded, would leave up to 2^-53 of it (the scalar kernel takes
//   these few thousand inputs).
// Float: in one Double apart from w (double-double, so that w - 1/2 keeps p's bits), below 2^-46
//   relative, then the rounding test of VectorRounding.swift. Fast range 2^-149 <= y <= 100 (above ~17
//   the result is y; y = 0 and y < 0 are the scalar kernel's): the results are normal, from
//   softplusinv(2^-149) = -103.3 to 100, and the least in magnitude, at the Float nearest ln 2, is
//   about 4e-9.

extension DoubleLanes {
    /// The inputs this close to ln2Hi take the scalar kernel (see the header).
    fileprivate static var zeroNeighbourhood: Self { Self(repeating: 0x1p-40) }
}

/// (1 - 2^-k) as a double-double (exact), for integer lanes 0 <= k <= 1022.
@inline(__always)
func oneMinusPowerOfTwo<W: LaneWidth>(_ k: IntegerLanes<W>) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>) {
    fastTwoSum(DoubleLanes<W>(repeating: 1), negated(powersOfTwo(0 &- k)))
}

/// softplusinv(y + low) = hi + lo to 2^-57.2 relative (see the header), for 2^-1000 <= y <= 700 and
/// |low| <= 2^-53 y (-0 for a Double argument) outside the neighbourhood of ln 2; and the lanes outside
/// that range or in that neighbourhood (their hi + lo is softplusinv(1 + low): the caller gives them a
/// harmless low).
@inline(__always)
func softplusInverseParts<W: LaneWidth>(
    _ y: DoubleLanes<W>, low: DoubleLanes<W> = -0.0
) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>, slow: LaneMask<W>) {
    let outOfRange = .!within(y, 0x1p-1000, 700)
    let y = select(outOfRange, 1, y)
    let slow = outOfRange .| (magnitudes(y - DoubleLanes<W>.ln2Hi) .< DoubleLanes<W>.zeroNeighbourhood)
    let e = exponentialParts(y, low: low)
    let (aHi, aLo) = oneMinusPowerOfTwo(e.k)
    let (wHi, wSumLo) = fastTwoSum(aHi, e.pHi)
    let wLo = wSumLo + (aLo + e.pLo)
    let (c, dHi, dLo) = logarithmSplit(wHi, wLo)
    let log = logarithm(c: c + doubles(integers: e.k), dHi: dHi, dLo: dLo)
    return (log.hi, log.lo, slow)
}

/// softplusinv on Double lanes, and the lanes that need the scalar kernel instead.
@inline(__always)
func softplusInverseLanes<W: LaneWidth>(_ y: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (hi, lo, slow) = softplusInverseParts(y)
    return (hi + lo, slow)
}

/// softplusinv on Float lanes widened to Double, before the rounding to Float.
@inline(__always)
func softplusInverseLanes32<W: LaneWidth>(_ y: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let slow = .!within(y, 0x1p-149, 100)
    let y = select(slow, 1, y)
    let (p, k) = exponentialParts32(y, precise: true)
    let (aHi, aLo) = oneMinusPowerOfTwo(k)
    let (wHi, wSumLo) = fastTwoSum(aHi, p)
    let (c, dHi, dLo) = logarithmSplit(wHi, wSumLo + aLo)
    return (logarithm32(c: c + doubles(integers: k), d: dHi + dLo), slow)
}
