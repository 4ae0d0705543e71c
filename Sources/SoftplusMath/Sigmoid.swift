// sigmoid(x) = 1 / (1 + e^-x)
//
// Method
//   x >= 0: 1 / (1 + t), t = e^-x;   x < 0: t / (1 + t), t = e^x; all in double-double, rounded once.
//   x >= 38: the result is 1. 1 - sigmoid(x) < e^-x <= e^-38 < 2^-54.8, less than half the spacing
//     2^-53 of the Doubles below 1 (and of the Floats).
//   x < -37: t = e^x < 2^-53.38, t / (1 + t) = t - t^2 with an error t^3 < 2^-106.7 t, computed on the
//     scaled t so that subnormal results (from x < -708.4) are rounded once, correctly.
//   x < -746: sigmoid(x) < e^x < 2^-1076.3: +0.
//
// Error budget: e^+-x 2^-79 relative; 1 + t exact to 2^-106; the division 2^-100: below 2^-78
// relative before the one rounding.

/// sigmoid(x) is 1 from here up (see the header).
let sigmoidOneThreshold: Double = 38

/// Below this, sigmoid(x) = e^x - e^2x to 2^-106 relative (see the header); e^-37 is normal.
let sigmoidExpThreshold: Double = -37

/// sigmoid(x) before the final rounding.
func sigmoidKernel(_ x: Double) -> ScaledDoubleDouble {
    if x.isNaN {
        return ScaledDoubleDouble(DoubleDouble(x + x), exponent: 0)
    }
    if x >= sigmoidOneThreshold {
        return ScaledDoubleDouble(DoubleDouble(1), exponent: 0)
    }
    if x < expUnderflowThreshold {
        return ScaledDoubleDouble(DoubleDouble(0), exponent: 0)
    }
    if x < sigmoidExpThreshold {
        let t = exponential(DoubleDouble(x))
        let tUnscaled = scaled(t.value.hi, t.exponent)
        let corrected = fastTwoSum(t.value.hi, t.value.lo - t.value.hi * tUnscaled)
        return ScaledDoubleDouble(corrected, exponent: t.exponent)
    }
    let t = exponential(DoubleDouble(-x.magnitude)).unscaled
    let numerator = x >= 0 ? DoubleDouble(1) : t
    return ScaledDoubleDouble(numerator / (t + 1), exponent: 0)
}

/// sigmoid(x) = 1 / (1 + e^-x), the logistic function.
///
/// Method: 1/(1 + e^-x) for x >= 0, e^x/(1 + e^x) for x < 0, in double-double, rounded once
///   (see Sigmoid.swift).
/// Special cases: sigmoid(+inf) = 1, and 1 for x >= 38; sigmoid(-inf) = +0; sigmoid(0) = 0.5;
///   subnormal for -745.13 < x < -708.4 (sigmoid(-740) = 4.2e-322), +0 below; NaN -> NaN.
/// Accuracy: correctly rounded in 100 % of 1,004,338 inputs (10^6 random + the shared vectors, against MPFR:
///   `python3 -m tools.accuracy --n 1000000`), max error 0.5 ULP; bound by design 0.5 + 2^-15.9 ULP (kernel
///   error below 2^-68.9 relative). Worst case found: x = 37.42994775023704 (0x4042b708872320e1): got = want
///   = 0x3fefffffffffffff, error 0.5 - 2.9e-15 ULP. Measured in issue 3, through the C library when its entry
///   points ran this code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
/// Constants: thresholds 38 (0x1.3p5), -37 (-0x1.28p5), -746 (-0x1.75p9), see Sigmoid.swift.
public func sigmoid(_ x: Double) -> Double {
    roundedToDouble(sigmoidKernel(x))
}

/// sigmoid(x) = 1 / (1 + e^-x) for Float: the Double kernel rounded once to Float.
///
/// Special cases: as the Double version; 1 from x = 17.33 up, +0 below -103.97.
/// Accuracy: correctly rounded on all 2^32 inputs: 0 misrounded (tools/exhaustive against MPFR:
///   `exhaustive --library build/libsoftplus.so --function sigmoid`), and 0 in 1,004,338 inputs of
///   `python3 -m tools.accuracy --n 1000000`. Worst case found: x = -103.97208 (0xc2cff1b4): got = want =
///   0x00000001, error 0.5 - 3.3e-7 ULP. Measured in issue 3, through the C library when its entry points ran
///   this code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
public func sigmoid(_ x: Float) -> Float {
    roundedToFloat(sigmoidKernel(Double(x)))
}
