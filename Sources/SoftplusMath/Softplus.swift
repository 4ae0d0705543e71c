// softplus(x) = log(1 + e^x)
//
// Method
//   softplus(x) = max(x, 0) + log1p(e^-|x|), with e^-|x| from the exponential kernel and log1p from the
//   logarithm kernel, both in double-double, the sum rounded once at the end.
//   x >= 34: the result is x. softplus(x) - x = log1p(e^-x) < e^-34 < 2^-49.05, below half an ulp of
//     any x >= 32 (2^-48): x is the correctly rounded value (for Float too, whose ulp is larger).
//     48 ln2 = 33.27 is the exact bound: softplus(33) = 33 + 4.7e-15 already rounds up (the test
//     softplusIdentityThreshold checks both sides).
//   x < -37: with t = e^x < 2^-53.38, log1p(t) = t - t^2/2 with an error t^3/3 < 2^-107.7 t, computed on
//     the scaled t = 2^k (hi + lo) so that subnormal results are rounded once, correctly.
//   x < -746: e^x < 2^-1076.3, less than half the least subnormal: +0.
//
// Error budget: e^-|x| 2^-79 relative, log1p 2^-69 relative (log1p(t)'s condition number t/((1+t)
// log1p(t)) is below 1), the final sum with max(x, 0) adds nothing of the same sign: below 2^-68.9
// relative before the one rounding.

/// softplus(x) is x from here up (see the header).
let softplusIdentityThreshold: Double = 34

/// Below this, softplus(x) = e^x - e^2x/2 to 2^-107 relative (see the header).
let softplusExpThreshold: Double = -37

/// Below this, softplus(x) and sigmoid(x) round to +0: e^-746 < 2^-1076.3 < 2^-1075.
let expUnderflowThreshold: Double = -746

/// softplus(x) before the final rounding.
func softplusKernel(_ x: Double) -> ScaledDoubleDouble {
    if x.isNaN {
        return ScaledDoubleDouble(DoubleDouble(x + x), exponent: 0)
    }
    if x >= softplusIdentityThreshold {
        return ScaledDoubleDouble(DoubleDouble(x), exponent: 0)
    }
    if x < expUnderflowThreshold {
        return ScaledDoubleDouble(DoubleDouble(0), exponent: 0)
    }
    if x < softplusExpThreshold {
        let t = exponential(DoubleDouble(x))
        let halfT = 0.5 * scaled(t.value.hi, t.exponent)
        let corrected = fastTwoSum(t.value.hi, t.value.lo - t.value.hi * halfT)
        return ScaledDoubleDouble(corrected, exponent: t.exponent)
    }
    let logTerm = logOnePlus(exponential(DoubleDouble(-x.magnitude)).unscaled)
    return ScaledDoubleDouble(x > 0 ? logTerm + x : logTerm, exponent: 0)
}

/// softplus(x) = log(1 + e^x), the smooth maximum of x and 0.
///
/// Method: max(x, 0) + log1p(e^-|x|) in double-double, rounded once (see Softplus.swift).
/// Special cases: softplus(+inf) = +inf; softplus(-inf) = +0; softplus(x) = x for x >= 34;
///   softplus(x) is e^x correctly rounded for x < -37, subnormal below -708.4, +0 below -745.13;
///   NaN -> NaN.
/// Accuracy: correctly rounded in 100 % of 1,004,338 inputs (10^6 random + the shared vectors, against MPFR:
///   `python3 -m tools.accuracy --n 1000000`), max error 0.5 ULP; bound by design 0.5 + 2^-15.9 ULP (kernel
///   error below 2^-68.9 relative). Worst case found: x = 33.27106466687737 (0x4040a2b23f3bab73): got = want
///   = 0x4040a2b23f3bab74, error 0.5 - 5.6e-16 ULP. Measured in issue 3, through the C library when its entry
///   points ran this code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
/// Constants: thresholds 34 (0x1.1p5), -37 (-0x1.28p5), -746 (-0x1.75p9), see Softplus.swift.
public func softplus(_ x: Double) -> Double {
    roundedToDouble(softplusKernel(x))
}

/// softplus(x) = log(1 + e^x) for Float: the Double kernel on the exact Double value of x, rounded
/// once to Float (correctly rounded).
///
/// Special cases: as the Double version; softplus(x) = x for x >= 34 (in fact from 21 ln 2 = 14.556 up,
///   where e^-x drops below half an ulp of x in [8, 16)), +0 below -103.97.
/// Accuracy: correctly rounded on all 2^32 inputs: 0 misrounded (tools/exhaustive against MPFR:
///   `exhaustive --library build/libsoftplus.so --function softplus`), and 0 in 1,004,338 inputs of
///   `python3 -m tools.accuracy --n 1000000`. Worst case found: x = 14.556090 (0x4168e5bf): got = want =
///   0x4168e5c0, error 0.5 - 9.9e-8 ULP. Measured in issue 3, through the C library when its entry points ran
///   this code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
public func softplus(_ x: Float) -> Float {
    roundedToFloat(softplusKernel(Double(x)))
}
