// The one final rounding of every function: a double-double result, possibly scaled by 2^k so that
// results below the normal range keep their full precision until the end, rounded once to the
// nearest Double or Float (ties to even).
//
// hi + lo with hi = RN(hi + lo) (every kernel ends with a two-sum) rounds to the same value as hi alone
// unless hi lies exactly on a rounding midpoint of the target grid (halfway between two Floats, or two
// subnormal Doubles): |lo| <= ulp(hi)/2 cannot carry the sum across any other midpoint, because the
// midpoints of the coarser grid are Doubles themselves. On a midpoint the rounding of hi alone went to
// the even neighbour; the sign of lo says which neighbour the exact sum is nearer to.

/// The value 2^exponent * (value.hi + value.lo).
struct ScaledDoubleDouble {
    var value: DoubleDouble
    var exponent: Int

    init(_ value: DoubleDouble, exponent: Int) {
        self.value = value
        self.exponent = exponent
    }

    /// The double-double 2^exponent * value; exact while the result stays in the normal range.
    var unscaled: DoubleDouble {
        DoubleDouble(scaled(value.hi, exponent), scaled(value.lo, exponent))
    }
}

/// Whether the exact sum hi + lo lies beyond the midpoint hi: hi = rounded + gap is exactly halfway to
/// the neighbour at signed distance neighbourDistance, and lo != 0 points the same way as gap (gap exact).
@inline(__always)
private func settleMidpoint(gap: Double, lo: Double, neighbourDistance: Double) -> Bool {
    lo != 0 && (gap > 0) == (lo > 0) && gap + gap == neighbourDistance
}

/// 2^k (hi + lo) correctly rounded to Double, including subnormal results (k >= -1100).
func roundedToDouble(_ x: ScaledDoubleDouble) -> Double {
    let hi = x.value.hi
    let lo = x.value.lo
    if x.exponent == 0 {
        return hi + lo
    }
    // Normal result: the scaling is exact. (Decided on hi itself, not on its rounding: hi * 2^k just
    // below 2^-1022 may round up to 2^-1022 and still needs the midpoint check.)
    if x.exponent > -1000 || hi.magnitude >= powerOfTwo(-1022 - x.exponent) {
        return scaled(hi + lo, x.exponent)
    }
    let result = scaled(hi, x.exponent)
    // Subnormal: the grid spacing 2^-1074 is 2^(-1074 - k) in the units of hi; both the spacing and
    // gap = hi - result * 2^-k are exact (result * 2^-k is a Double close to hi).
    let back = scaled(result * 0x1p600, -x.exponent - 600)
    let gap = hi - back
    let spacing = scaled(0x1p-474, -x.exponent - 600)
    if settleMidpoint(gap: gap, lo: lo, neighbourDistance: gap > 0 ? spacing : -spacing) {
        return gap > 0 ? result.nextUp : result.nextDown
    }
    return result
}

/// hi + lo correctly rounded to Float (hi a normal Double or zero, or a number whose Float rounding
/// is zero anyway).
func roundedToFloat(_ x: DoubleDouble) -> Float {
    let rounded = Float(x.hi)
    let gap = x.hi - Double(rounded)
    if gap == 0 || x.lo == 0 || !rounded.isFinite {
        return rounded
    }
    let neighbour = gap > 0 ? rounded.nextUp : rounded.nextDown
    let distance = Double(neighbour) - Double(rounded)
    return settleMidpoint(gap: gap, lo: x.lo, neighbourDistance: distance) ? neighbour : rounded
}

/// 2^k (hi + lo) correctly rounded to Float: unscaled first (exact, every Float result is far above the
/// Double subnormal range), then rounded once.
func roundedToFloat(_ x: ScaledDoubleDouble) -> Float {
    roundedToFloat(x.unscaled)
}
