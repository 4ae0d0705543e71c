// The exponential kernel in double-double: e^x = 2^k (hi + lo) for a double-double x, and e^x - 1.
//
// Method
//   1. Reduction: n = round(x * 128/ln2), k = floor(n / 128), j = n mod 128, so that
//          x = k ln2 + j ln2/128 + r,   |r| <= ln2/256 (+ 2^-60).
//      r = x.hi - n*L1 - n*L2 + x.lo with L1 + L2 = ln2/128 (the 106-bit split of ln 2 divided by 128).
//      x.hi - n*L1 is exact in one fused multiply-add: x.hi and n*L1 are multiples of 2^-61 as soon as
//      n != 0 (then |x.hi| >= 2^-9), and their difference is below 2^-8.5, so it fits in 53 bits.
//      n*L2 is split exactly by twoProduct; |n| < 2^18 for |x| <= 746, so the 2^-106 relative error of
//      L1 + L2 leaves below 2^-96 absolute in r.
//   2. e^r - 1 by its Taylor series (expMinusOneReduced below).
//   3. e^x = 2^k * T_j * (1 + (e^r - 1)), T_j = 2^(j/128) as a double-double from ExpTable.swift.
//
// Error budget (relative, before the final rounding of the caller)
//   reduction 2^-96 absolute in r; Taylor truncation r^8/8! < 2^-83 for |r| <= 2^-8.5; rounding of the
//   r^3 tail (|tail| < 2^-28, about 3 roundings) < 2^-79.5; table 2^-106; double-double products and
//   sums < 2^-100. Total below 2^-79 relative for e^x.

/// 128/ln2 rounded: only used to choose n, its error only moves r within its bound.
private let expReductionScale: Double = 0x1.71547652b82fep+7

/// ln2/128 as a double-double (ln 2 scaled by 2^-7: exact).
private let ln2Over128 = DoubleDouble(0x1.62e42fefa39efp-8, 0x1.abc9e3b39803fp-63)

/// ln2/256: the bound of the reduced argument r, and below it e^x - 1 is the series alone.
let expReducedBound: Double = 0x1.62e42fefa39efp-9

/// e^r - 1 for a double-double |r| <= ln2/256 + 2^-60, relative error below 2^-71.
///
///   e^r - 1 = r + r^2/2 + r^3 (1/6 + r/24 + r^2/120 + r^3/720 + r^4/5040) + O(r^8/8!)
/// r + r^2/2 is carried in double-double (r.hi^2 split exactly, the cross term r.hi r.lo added), the
/// tail (below r^2/6 relative to r, so its ~2^-51 rounding error is below 2^-71 relative) in Double.
/// Below 2^-106 the result is r: r^2/2 is below 2^-107 r (and its products, which underflow, would
/// round up to the least subnormal under a directed rounding mode and double a subnormal r).
func expMinusOneReduced(_ r: DoubleDouble) -> DoubleDouble {
    if r.hi.magnitude < seriesNegligibleBound {
        return r
    }
    let square = twoProduct(r.hi, r.hi)
    let halfSquare = DoubleDouble(0.5 * square.hi, 0.5 * square.lo + r.hi * r.lo)
    let coefficients = r.hi * 0x1.a01a01a01a01ap-13 + 0x1.6c16c16c16c17p-10
    let series = ((coefficients * r.hi + 0x1.1111111111111p-7) * r.hi + 0x1.5555555555555p-5) * r.hi
        + 0x1.5555555555555p-3
    let tail = (r.hi * square.hi) * series
    let leading = fastTwoSum(r.hi, halfSquare.hi)
    return fastTwoSum(leading.hi, leading.lo + r.lo + halfSquare.lo + tail)
}

/// e^x as 2^k * (hi + lo) with hi + lo in [2^-0.01, 2^1.01), for a double-double |x| <= 746;
/// relative error below 2^-79.
func exponential(_ x: DoubleDouble) -> ScaledDoubleDouble {
    let nearest = nearestInteger(x.hi * expReductionScale)
    let n = Int(nearest)
    let first = x.hi.addingProduct(-nearest, ln2Over128.hi)
    let second = twoProduct(nearest, ln2Over128.lo)
    let difference = twoSum(first, -second.hi)
    let r = fastTwoSum(difference.hi, difference.lo - second.lo + x.lo)
    let j = n & (expTableSize - 1)
    let table = DoubleDouble(expTableHi[j], expTableLo[j])
    let mantissa = table + table * expMinusOneReduced(r)
    return ScaledDoubleDouble(mantissa, exponent: n >> 7)
}

/// e^x - 1 for a double-double |x| <= 1, relative error below 2^-70.
///
/// Below ln2/256 the series alone (relative accuracy down to subnormal x); above, e^x - 1 by the
/// table kernel: subtracting 1 cancels at most a factor e^x/(e^x - 1) < 2^8.6 of its 2^-79.
func expMinusOne(_ x: DoubleDouble) -> DoubleDouble {
    if x.hi.magnitude <= expReducedBound {
        return expMinusOneReduced(x)
    }
    return exponential(x).unscaled + DoubleDouble(-1)
}
