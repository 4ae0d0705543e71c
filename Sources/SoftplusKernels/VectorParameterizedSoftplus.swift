// The parameterized softplus on a vector of lanes: softplus(x; b, threshold) = log(1 + e^(b x)) / b
// (x where b x > threshold, PyTorch's Softplus), its inverse, and softplus_through(x, c) =
// softplus(x + softplusinv(c)). Each is the softplus (or softplusinv) of an argument z that one Double
// does not hold: b x, x + softplusinv(c).
//
// Method: z = zHi + zLo in double-double, then
//   softplus(z) = z + log1p(e^-z) where zHi >= 0 and log1p(e^z) where zHi < 0: identities for every
//   z, so a low part of the other sign than zHi changes nothing. e^-|z| = e^-(a + aLo) with a = |zHi|
//   and aLo = zLo times zHi's sign, which the exponential's reduction takes in
//   (VectorNegativeExponential.swift); log1p as softplus's (VectorSoftplus.swift). S = hi + lo: TwoSum
//   of zHi (or 0) and log1p's hi, the low parts added to its error.
//
// Double: S to 2^-57.1 relative, as softplus's sum (the positive part z adds nothing of the error's
//   size; the low parts' sum rounds at 2^-105 of S).
//   softplus(x; b): zHi = b x rounded, zLo its error by a fused multiply-add (exact unless b x is below
//     2^-969, where softplus(z) = ln 2 + z/2 sees none of it). S / b: q0 = hi (1/b rounded), within
//     2^-51.9 of S/b; R = hi - q0 b + lo, its fused multiply-add rounded at 2^-53 |R| <= 2^-104 hi;
//     q = q0 + R (1/b) in one more, 1/b's rounding costing 2^-53 |R/b| < 2^-103 q. So q is within
//     2^-57.0 before its rounding: 0.5 + 2^-4 ULP, within 1 ULP.
//     Lanes: zHi > min(threshold, 700) returns x: by definition above threshold, and above 700 because
//     log1p(e^-z)/z < 2^-1009 leaves x correctly rounded (the scalar code takes x from 746 on). The
//     fast lanes are |zHi| <= 700 with q0 in [2^-1000, 2^1000], so that q0 b and R keep 53 bits (near
//     |z| = 700, hi is about 2^-1010 and lo and R may be subnormal: 2^-1074 absolute, 2^-64 of the
//     result); the rest (zHi < -700, NaN, x = -inf) goes to SoftplusMath. Only for 2^-960 <= b <= 2^960
//     and a threshold not NaN, other parameters running SoftplusMath on every element: then every
//     multiply-add operand (b, 1/b, x <= 700/b, q0 <= 701/b) stays below 2^995, the range of the
//     x86-64 baseline's emulated multiply-add (EmulatedFusedMultiplyAdd.swift), whose splits of larger
//     operands overflow and raise invalid-operation flags even where their lanes are not used.
//   softplus_through(x, c): (zHi, zLo) = TwoSum(x, shiftHi), renormalized by a TwoSum after adding
//     shiftLo (shift = softplusinv(c) in double-double to 2^-68.5, once per array: SoftplusThrough).
//     The argument's error reaches the result as at most 2^-59 relative (ParameterizedSoftplus.swift),
//     so S is within 2^-56.8 before hi + lo is rounded: 0.5 + 2^-3.8 ULP. x = 0 returns c exactly.
//     Fast lanes |zHi| <= 700; above, where x + c can be an exact midpoint whose tie the tails decide,
//     the scalar code keeps them. Only for 0 < c <= 700.
// softplusinv(y; b, threshold) = log(e^(b y) - 1) / b (y where b y > threshold), the same way: z = b y
//   in double-double, softplusinv of it by the family's kernel (VectorSoftplusInverse.swift), whose
//   exponential takes zLo into its reduction (VectorExp.swift), to 2^-57.2 relative; the quotient by b
//   as above: within 0.5 + 2^-2.6 ULP in double, the family kernel's bound. Fast lanes 2^-1000 <= zHi <= 700 away from ln 2 (the
//   family's range) with results of magnitude in [2^-1000, 2^1000]; zHi > min(threshold, 700) returns
//   y (softplusinv(z) = z - e^-z... leaves y correctly rounded above 700); y <= 0 never does (-inf at
//   0, NaN below, from the scalar code, whatever the threshold). Float: z = b y exact, the family's
//   Float kernel (2^-46, 2^-149 <= z <= 100), one division: below 2^-45.9; results of magnitude in
//   [2^-126, 2^127]; z > min(threshold, 100) and y > 0 returns y.
// Float: in one Double, from softplus's Float kernel (2^-43.3 relative for |z| <= 80, VectorSoftplus.swift),
//   then the rounding test of VectorRounding.swift, which needs 2^-43.
//   softplus(x; b): z = b x is exact in Double (48 significant bits); S / b by one division, 2^-53
//     more: below 2^-43.2. z > min(threshold, 80) returns x (log1p(e^-z)/z < 2^-121 above 80, and
//     x is a Float). Fast lanes: |z| <= 104, the range of the Float exponential (S is a normal
//     Double there, at least e^-104), with S / b at most 2^127; below 2^-126 the result is a
//     subnormal Float or 0, which roundedToFloatGrid (VectorRounding.swift) rounds and tests: with b
//     = 2 and logits of standard deviation 20 (tools/training/speed.py), 2.3 % of the results are
//     such, and sending them to the scalar code took 17 ns per element against 2.8 in double.
//     z < -104 with b >= 1 returns +0: S / b < e^-104 = 2^-150.04, below half the least subnormal.
//     For b > 0 finite and a threshold not NaN.
//   softplus_through: z = (x + shiftHi) + shiftLo, two roundings, within 2^-52 |z| + 2^-68.5 |shift|;
//     softplus's condition number z sigmoid(z) / softplus(z) is at most max(1, |z|) <= 80, so 2^-45.6
//     relative more: 2^-43.06 in all, inside the 2^-43 of the rounding test. z > 80 returns z (within 2^-52 of the result; the rounding test
//     decides it). For 0 < c <= 700 (z > -80 otherwise keeps no lane near 0 anyway).

/// softplus(zHi + zLo) = hi + lo for |zHi| <= 700 (see the header), |zLo| <= 2^-43.5.
@inline(__always)
func softplusOfDoubleDouble<W: LaneWidth>(
    _ zHi: DoubleLanes<W>, _ zLo: DoubleLanes<W>
) -> (hi: DoubleLanes<W>, lo: DoubleLanes<W>) {
    let negative = .!signClear(zHi)
    let log1p = logOnePlusNegativeExponential(magnitudes(zHi), low: select(negative, negated(zLo), zLo))
    let (sumHi, sumLo) = twoSum(select(negative, 0, zHi), log1p.hi)
    return (sumHi, sumLo + (select(negative, 0, zLo) + log1p.lo))
}

/// The finite lanes of x, and x with the others (infinities, NaN) replaced by 0, on which no comparison
/// or arithmetic raises a flag (the lanes go to the scalar code).
@inline(__always)
func finiteLanes<W: LaneWidth>(_ x: DoubleLanes<W>) -> (finite: LaneMask<W>, x: DoubleLanes<W>) {
    let finite = within(magnitudes(x), 0, .greatestFiniteMagnitude)
    return (finite, select(finite, x, 0))
}

/// The constants of softplus(x; b, threshold) for the Double lanes, or nil where the parameters need
/// SoftplusMath on every element (see the header).
struct ParameterizedSoftplusConstants {
    let beta: Double
    let inverse: Double
    /// min(threshold, 700): above it the result is x.
    let linearFrom: Double

    @inline(__always)
    init?(beta: Double, threshold: Double) {
        guard beta >= 0x1p-960, beta <= 0x1p960, !threshold.isNaN else { return nil }
        self.beta = beta
        inverse = 1 / beta
        linearFrom = min(threshold, 700)
    }

    /// (hi + lo) / b within 2^-100 relative before its rounding (see the header), and the lanes whose
    /// quotient is outside [2^-1000, 2^1000] in magnitude, where that does not hold.
    @inline(__always)
    func quotient<W: LaneWidth>(
        _ hi: DoubleLanes<W>, _ lo: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, tooSmallOrLarge: LaneMask<W>) {
        let inverse = DoubleLanes<W>(repeating: inverse)
        let q0 = hi * inverse
        let residual = fusedMultiplyAdd(negated(q0), DoubleLanes<W>(repeating: beta), hi) + lo
        return (fusedMultiplyAdd(residual, inverse, q0), .!within(magnitudes(q0), 0x1p-1000, 0x1p1000))
    }
}

/// softplus(x; b, threshold) on Double lanes, and the lanes that need the scalar kernel instead.
@inline(__always)
func parameterizedSoftplusLanes<W: LaneWidth>(
    _ x: DoubleLanes<W>, _ constants: ParameterizedSoftplusConstants
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let beta = DoubleLanes<W>(repeating: constants.beta)
    let (finite, x) = finiteLanes(x)
    let zHi = beta * x
    let linear = finite .& (zHi .> DoubleLanes<W>(repeating: constants.linearFrom))
    let outside = .!within(magnitudes(zHi), 0, 700)
    let fast = select(outside, 0, x)
    let fastZ = select(outside, 0, zHi)
    let (hi, lo) = softplusOfDoubleDouble(fastZ, fusedMultiplyAdd(beta, fast, negated(fastZ)))
    let (q, tooSmallOrLarge) = constants.quotient(hi, lo)
    return (select(linear, x, q), .!linear .& (.!finite .| outside .| tooSmallOrLarge))
}

/// softplus(x; b, threshold) on Float lanes widened to Double, before the rounding to Float; for b > 0
/// finite and a threshold not NaN (Floats widened).
@inline(__always)
func parameterizedSoftplusLanes32<W: LaneWidth>(
    _ x: DoubleLanes<W>, beta: Double, linearFrom: Double, vanishingBelow: Double
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (finite, x) = finiteLanes(x)
    let z = DoubleLanes<W>(repeating: beta) * x
    let linear = finite .& (z .> DoubleLanes<W>(repeating: linearFrom))
    let vanishing = z .< DoubleLanes<W>(repeating: vanishingBelow)
    let outside = .!within(magnitudes(z), 0, 104)
    let fastZ = select(outside, 0, z)
    let softplus = select(fastZ .< 0, 0, fastZ) + logOnePlusNegativeExponential32(magnitudes(fastZ))
    let quotient = softplus / DoubleLanes<W>(repeating: beta)
    let (rounded, hard) = roundedToFloatGrid(quotient)
    let value = select(linear, x, select(vanishing, 0, rounded))
    let exact = linear .| vanishing
    return (value, .!exact .& (.!finite .| outside .| hard .| .!within(quotient, 0, 0x1p127)))
}

/// softplusinv(y; b, threshold) on Double lanes, and the lanes that need the scalar kernel instead (see
/// the header).
@inline(__always)
func parameterizedSoftplusInverseLanes<W: LaneWidth>(
    _ y: DoubleLanes<W>, _ constants: ParameterizedSoftplusConstants
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let beta = DoubleLanes<W>(repeating: constants.beta)
    let (finite, y) = finiteLanes(y)
    let zHi = beta * y
    // y <= 0 (the pole and outside the domain) is never linear, whatever the threshold.
    let linear = finite .& (zHi .> DoubleLanes<W>(repeating: constants.linearFrom)) .& (y .> 0)
    let inRange = within(zHi, 0x1p-1000, 700)
    let yFast = select(inRange, y, 0)
    let zLo = fusedMultiplyAdd(beta, yFast, negated(select(inRange, zHi, 0)))
    let (hi, lo, outside) = softplusInverseParts(zHi, low: zLo)
    let (q, tooSmallOrLarge) = constants.quotient(hi, lo)
    return (select(linear, y, q), .!linear .& (.!finite .| outside .| tooSmallOrLarge))
}

/// softplusinv(y; b, threshold) on Float lanes widened to Double, before the rounding to Float; for b > 0
/// finite and a threshold not NaN (Floats widened), linearFrom = min(threshold, 100).
@inline(__always)
func parameterizedSoftplusInverseLanes32<W: LaneWidth>(
    _ y: DoubleLanes<W>, beta: Double, linearFrom: Double
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (finite, y) = finiteLanes(y)
    let z = DoubleLanes<W>(repeating: beta) * y
    let linear = finite .& (z .> DoubleLanes<W>(repeating: linearFrom)) .& (y .> 0)
    let (inverse, outside) = softplusInverseLanes32(z)
    let quotient = inverse / DoubleLanes<W>(repeating: beta)
    let value = select(linear, y, quotient)
    return (value, .!linear .& (.!finite .| outside .| .!within(magnitudes(quotient), 0x1p-126, 0x1p127)))
}

/// softplus(x + shift) for softplus_through on Double lanes (see the header), c = softplus(shift):
/// x = 0 gives c exactly.
@inline(__always)
func softplusThroughLanes<W: LaneWidth>(
    _ x: DoubleLanes<W>, shiftHi: Double, shiftLo: Double, c: Double
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (finite, x) = finiteLanes(x)
    let (sum, sumError) = twoSum(x, DoubleLanes<W>(repeating: shiftHi))
    let (zHi, zLo) = twoSum(sum, sumError + DoubleLanes<W>(repeating: shiftLo))
    let outside = .!within(magnitudes(zHi), 0, 700)
    let (hi, lo) = softplusOfDoubleDouble(select(outside, 0, zHi), select(outside, 0, zLo))
    let value = select(zeroLanes(x), DoubleLanes<W>(repeating: c), hi + lo)
    return (value, .!finite .| outside)
}

/// softplus(x + shift) for softplus_through on Float lanes widened to Double, before the rounding to
/// Float (see the header).
@inline(__always)
func softplusThroughLanes32<W: LaneWidth>(
    _ x: DoubleLanes<W>, shiftHi: Double, shiftLo: Double, c: Double
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (finite, x) = finiteLanes(x)
    let z = (x + DoubleLanes<W>(repeating: shiftHi)) + DoubleLanes<W>(repeating: shiftLo)
    let linear = finite .& within(z, 80, .greatestFiniteMagnitude)
    let outside = .!within(magnitudes(z), 0, 80)
    let (softplus, _) = softplusLanes32(select(outside, 0, z))
    let value = select(zeroLanes(x), DoubleLanes<W>(repeating: c), select(linear, z, softplus))
    return (value, .!linear .& (.!finite .| outside))
}
