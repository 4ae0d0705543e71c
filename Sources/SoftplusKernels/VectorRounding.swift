// The rounding of the Float kernels' Double results to Float, with the test that makes it correct.
//
// A Float kernel returns v within eps |v| of the exact value, eps <= 2^-43 (each kernel's header).
// Rounding v to Float gives the correctly rounded result unless a rounding boundary (a midpoint
// between two Floats) lies within eps |v| of v. In Double ULPs of v, eps |v| <= eps * 2^53 = 2^10, and
// the midpoints are the Doubles whose low 29 significand bits are exactly 2^28. So a lane is hard,
// and goes to the scalar double-double kernel, when those 29 bits L lie in [2^28 - 2^12, 2^28 + 2^12)
// (four times the bound on either side): about 1 lane in 2^16. This holds for normal Float results: the
// fast range of every Float kernel keeps its results normal and finite (each kernel's header says why),
// so no test of the exponent is needed here.
//
// The test is two instructions on AVX-512 (vpaddq, vptestnmq): adding 2^12 - 2^28 to the bit pattern
// adds it to L modulo 2^29 (what carries or borrows past bit 28 is not looked at), and L is in the band
// exactly when that sum is below 2^13, that is when its bits 13 to 28 are all zero. A mask, a
// subtraction and an unsigned comparison took 2% more of sigmoid f32's time (0.740 against 0.755 ns
// per element, n = 2^20, AVX-512, Zen 4).

/// Half the width, in Double ULPs, of the band around a Float midpoint that a kernel cannot decide.
private let undecidedBand: UInt64 = 1 << 12

extension BitLanes {
    /// Moves the band's start, 2^28 - undecidedBand, to 0 modulo 2^29.
    fileprivate static var bandOffset: Self { Self(repeating: undecidedBand &- (1 << 28)) }
    /// Bits 13 to 28: all zero after the offset exactly in the band (2 undecidedBand = 2^13 wide).
    fileprivate static var bandBits: Self { Self(repeating: ((1 << 29) - 1) & ~(2 * undecidedBand - 1)) }
}

/// v rounded to Float, and the lanes whose correct rounding the kernel's bound cannot decide.
@inline(__always)
func roundedToFloat<W: LaneWidth>(_ v: DoubleLanes<W>) -> (value: FloatLanes<W>, hard: LaneMask<W>) {
    let nearMidpoint = ((bitPatterns(v) &+ BitLanes<W>.bandOffset) & BitLanes<W>.bandBits) .<= 0
    return (FloatLanes<W>(v), nearMidpoint)
}

// A kernel that has its result as a double-double hi + lo (hi = hi + lo rounded) and a bound on each
// lane's error can decide most of the lanes the test above leaves: where hi lies in the band of a
// midpoint M, the exact value is on the side of M that (hi - M) + lo is on, if |(hi - M) + lo| exceeds
// the error. hi - M is exact (Sterbenz: both in one binade, 2^12 Double ULPs apart at most); adding lo
// rounds once, which keeps the sign and changes the magnitude by at most 2^-53 of itself, so the
// caller's bound needs that much relative margin over the true error. The result is then M's Float
// neighbour on that side, bits of M plus or minus 2^28, exact in Float (hi a normal Float in magnitude,
// as for the test above). The cross-entropy's gradient needs it: a target t with a 25th significant bit
// makes 1 - t, and so the gradient at large x, a hair away from a midpoint; with uniform targets and
// normal(0, 20) logits that was a tenth of the lanes.

/// hi + lo rounded to Float for a double-double within `error` of the exact value (see above), and the
/// lanes that still need the scalar kernel: within error of a midpoint.
@inline(__always)
func roundedToFloat<W: LaneWidth>(
    hi: DoubleLanes<W>, lo: DoubleLanes<W>, error: DoubleLanes<W>
) -> (value: FloatLanes<W>, hard: LaneMask<W>) {
    let nearMidpoint = ((bitPatterns(hi) &+ BitLanes<W>.bandOffset) & BitLanes<W>.bandBits) .<= 0
    let midpointBits = (bitPatterns(hi) & BitLanes<W>.highBits) | BitLanes<W>.midpointLowBits
    let offset = (hi - doubles(bitPatterns: midpointBits)) + lo
    // The neighbour of M away from zero when offset and M have one sign (bits of M + 2^28), towards it
    // otherwise (- 2^28): s = 0 or all ones from the signs, then (2^28 ^ s) - s = +-2^28.
    let signs = (bitPatterns(offset) ^ midpointBits) &>> 63
    let neighbour = doubles(bitPatterns: midpointBits &+ ((BitLanes<W>.midpointLowBits ^ signs) &- signs))
    let value = FloatLanes<W>(select(nearMidpoint, neighbour, hi))
    return (value, nearMidpoint .& .!(magnitudes(offset) .> error))
}

extension BitLanes {
    /// Every bit but the 29 low significand bits, those a Double has beyond a Float.
    fileprivate static var highBits: Self { Self(repeating: ~((1 << 29) - 1)) }
    /// The low bits of a midpoint between two Floats, as a Double: 2^28.
    fileprivate static var midpointLowBits: Self { Self(repeating: 1 << 28) }
}

// Results below the normal Floats (2^-126), subnormal or 0, have the fixed spacing 2^-149, which the
// test above does not see. w = v + 2^-126 for 0 <= v < 2^-126 lies in [2^-126, 2^-125), where the Floats
// have that same spacing, so Float(w) - 2^-126 (exact, Sterbenz) is v correctly rounded, and the test
// of w decides it: w's error is v's plus w's own rounding, 2^-53 w, so below 2^-43 of w for a kernel
// within 2^-43.2 of v (v < w). The parameterized softplus needs it (VectorParameterizedSoftplus.swift).

/// v >= 0 rounded to Float, subnormal results and 0 included, as a Double; and the lanes the kernel's
/// bound cannot decide (see above). v must be below the Float overflow threshold.
@inline(__always)
func roundedToFloatGrid<W: LaneWidth>(_ v: DoubleLanes<W>) -> (value: DoubleLanes<W>, hard: LaneMask<W>) {
    let offset = select(v .< 0x1p-126, DoubleLanes<W>(repeating: 0x1p-126), 0)
    let (rounded, hard) = roundedToFloat(v + offset)
    return (DoubleLanes<W>(rounded) - offset, hard)
}
