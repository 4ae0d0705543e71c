// The rounding of the Float kernels' Double results to Float, with the test that makes it correct.
//
// A Float kernel returns v within eps |v| of the exact value, eps <= 2^-43 (each kernel's header).
// Rounding v to Float gives the correctly rounded result unless a rounding boundary (a midpoint
// between two Floats) lies within eps |v| of v. In Double ULPs of v, eps |v| <= eps * 2^53 = 2^10, and
// the midpoints are the Doubles whose low 29 significand bits are exactly 2^28. So a lane is hard,
// and goes to the scalar double-double kernel, when those 29 bits are within 2^12 of 2^28 (four times
// the bound): about 1 lane in 2^16. This holds for normal Float results: the fast range of every Float
// kernel keeps its results normal and finite (each kernel's header says why), so no test of the
// exponent is needed here.

/// Half the width, in Double ULPs, of the band around a Float midpoint that a kernel cannot decide.
private let undecidedBand: UInt64 = 1 << 12

extension BitLanes {
    fileprivate static var lowBitsMask: Self { Self(repeating: (1 << 29) - 1) }
    fileprivate static var bandStart: Self { Self(repeating: (1 << 28) - undecidedBand) }
    fileprivate static var bandWidth: Self { Self(repeating: 2 * undecidedBand) }
}

/// v rounded to Float, and the lanes whose correct rounding the kernel's bound cannot decide.
@inline(__always)
func roundedToFloat<W: LaneWidth>(_ v: DoubleLanes<W>) -> (value: FloatLanes<W>, hard: LaneMask<W>) {
    let nearMidpoint = ((bitPatterns(v) & BitLanes<W>.lowBitsMask) &- BitLanes<W>.bandStart) .<= BitLanes<W>.bandWidth
    return (FloatLanes<W>(v), nearMidpoint)
}
