// The logarithm kernel in double-double: log(x) and log(1 + z) for double-double arguments.
//
// Method (table reduction, as in Tang 1990 and most current libms)
//   1. x = 2^e * m with m in [181/256, 362/256) (subnormal x first scaled by 2^64).
//   2. j = round(256 m), c = RN(256/j) and -log(c) from LogTable.swift; z = m c - 1 is computed
//      exactly as a double-double (twoProduct, then m.hi c - 1 is exact by Sterbenz), |z| < 2^-8.5.
//   3. log(x) = e ln2 + (-log c) + log1p(z), log1p(z) by its series (logOnePlusReduced below).
//   For j = 256 (m within 2^-9 of 1) c = 1 and -log c = 0, so log(x) for x near 1 is the series alone
//   and keeps its relative accuracy; for every other j, |log m| >= 2^-8.01, no cancellation.
//
// Error budget: series truncation z^9/9 < 2^-71 relative to z; its Double tail (z^3/3 and beyond, at
// most 2^-18.6 of z) rounded with ~2^-51 relative error: 2^-70 relative to z; table and e ln2 2^-106;
// double-double sums 2^-104. Total below 2^-69 relative to log(x) (2^-77 absolute).

/// The reduced argument is kept below this: m < 362/256 (close to sqrt 2), and m >= 181/256.
private let logReducedUpper: Double = 0x1.6ap0

/// log(1 + z) for a double-double |z| < 2^-8.5 + 2^-20, relative error below 2^-70.
///
///   log(1 + z) = z - z^2/2 + z^3 (1/3 - z/4 + z^2/5 - z^3/6 + z^4/7 - z^5/8) + O(z^9/9)
/// z - z^2/2 in double-double (z.hi^2 split exactly, cross term z.hi z.lo added), the tail in Double.
/// Below 2^-106 the result is z (z^2/2 < 2^-107 z), as for expMinusOneReduced.
func logOnePlusReduced(_ z: DoubleDouble) -> DoubleDouble {
    if z.hi.magnitude < seriesNegligibleBound {
        return z
    }
    let square = twoProduct(z.hi, z.hi)
    let halfSquare = DoubleDouble(0.5 * square.hi, 0.5 * square.lo + z.hi * z.lo)
    let series = (((((-0.125 * z.hi + 0x1.2492492492492p-3) * z.hi - 0x1.5555555555555p-3) * z.hi
        + 0x1.999999999999ap-3) * z.hi - 0.25) * z.hi) + 0x1.5555555555555p-2
    let tail = (z.hi * square.hi) * series
    let leading = fastTwoSum(z.hi, -halfSquare.hi)
    return fastTwoSum(leading.hi, leading.lo + z.lo - halfSquare.lo + tail)
}

/// log(x) for a double-double x with x.hi positive and finite (subnormal allowed); relative error below
/// 2^-69, absolute below 2^-77.
func logarithm(_ x: DoubleDouble) -> DoubleDouble {
    var hi = x.hi
    var lo = x.lo
    var exponent = 0
    if hi < Double.leastNormalMagnitude {
        hi *= 0x1p64
        lo *= 0x1p64
        exponent = -64
    }
    exponent += Int(hi.exponent)
    let toUnit = powerOfTwo(-Int(hi.exponent))
    var m = hi * toUnit
    var mLo = lo * toUnit
    if m >= logReducedUpper {
        m *= 0.5
        mLo *= 0.5
        exponent += 1
    }
    let index = Int(nearestInteger(m * logTableScale)) - logTableFirst
    let c = logTableC[index]
    let product = twoProduct(m, c)
    let z = twoSum(product.hi - 1, product.lo) + mLo * c
    let reduced = logOnePlusReduced(z)
    let table = DoubleDouble(logTableHi[index], logTableLo[index])
    let e = Double(exponent)
    let scaledLn2 = twoProduct(e, ln2.hi) + e * ln2.lo
    return scaledLn2 + table + reduced
}

/// log(1 + z) for a double-double z > -1; relative error below 2^-69.
///
/// |z| < 2^-9: the series alone (relative accuracy down to subnormal z). Otherwise log of 1 + z formed
/// in double-double (error 2^-106 absolute, at most 2^-97 relative to |log(1 + z)| > 2^-9.1).
func logOnePlus(_ z: DoubleDouble) -> DoubleDouble {
    if z.hi.magnitude < 0x1p-9 {
        return logOnePlusReduced(z)
    }
    return logarithm(DoubleDouble(1) + z)
}
