// Constants shared by the kernels, each the double (or double-double) nearest the real number
// (mpmath at 300 bits).

/// ln 2 = ln2Hi + ln2Lo to about 2^-108: ln2Hi = 0x1.62e42fefa39efp-1, ln2Lo = 0x1.abc9e3b39803fp-56.
let ln2 = DoubleDouble(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56)

/// Below this magnitude the series of e^r - 1 and log(1 + z) are their first term to double-double
/// precision: the second term is below 2^-107 relative.
let seriesNegligibleBound: Double = 0x1p-106

/// 1.5 * 2^52: for |v| < 2^51, (v + roundingShifter) - roundingShifter is v rounded to the nearest
/// integer (ties to even), without a libm call.
let roundingShifter: Double = 0x1.8p52

/// v rounded to the nearest integer, for |v| < 2^51.
@inline(__always)
func nearestInteger(_ v: Double) -> Double {
    (v + roundingShifter) - roundingShifter
}

/// 2^k as a Double, for -1022 <= k <= 1023 (built from its bit pattern: no libm call).
@inline(__always)
func powerOfTwo(_ k: Int) -> Double {
    Double(bitPattern: UInt64(k + 1023) << 52)
}

/// x * 2^k with one rounding, for -1100 <= k <= 1023 (results below 2^-1022 round to the subnormal
/// grid once: the first multiplication is exact, only the second one rounds).
@inline(__always)
func scaled(_ x: Double, _ k: Int) -> Double {
    if k >= -1022 {
        return x * powerOfTwo(k)
    }
    return (x * powerOfTwo(k + 600)) * 0x1p-600
}
