// softplusInverse(y) = log(e^y - 1), the inverse of softplus, for y >= 0
//
// Method
//   y < 1/2: log(expm1(y)). expm1 keeps the relative accuracy of y down to subnormals, and the result
//     is below log(expm1(1/2)) = -0.43, far from zero: the log's absolute error is harmless.
//   1/2 <= y < 1: log1p(2 expm1(y - ln2)), since e^y - 1 = 1 + 2 (e^(y - ln2) - 1). The function
//     crosses zero at y = ln 2; y - ln2 is formed with ln 2 as a double-double (y - ln2.hi is exact by
//     Sterbenz on [ln2/2, 2 ln2]), so the result keeps its relative accuracy at the double nearest
//     ln 2, where it is -4.6e-17 (not 0).
//   1 <= y < 34: y + log1p(-e^-y), e^-y <= 1/e: the result is above 0.54, no cancellation.
//   y >= 34: y. y - softplusInverse(y) = -log1p(-e^-y) < 1.01 e^-34 < 2^-49, below half an ulp
//     (2^-48) of any y >= 32, as for softplus.
//
// Error budget: expm1 2^-70, log and log1p 2^-69 relative: below 2^-68.5 relative before the one
// rounding.

/// softplusInverse(y) is y from here up (see the header).
let softplusInverseIdentityThreshold: Double = 34

/// Below this: log(expm1(y)) (see the header).
let softplusInverseSmallBound: Double = 0.5

/// From here: y + log1p(-e^-y) (see the header).
let softplusInverseLargeBound: Double = 1

/// softplusInverse(y) before the final rounding.
func softplusInverseKernel(_ y: Double) -> DoubleDouble {
    if y.isNaN {
        return DoubleDouble(y + y)
    }
    if y < 0 {
        return DoubleDouble(.nan)
    }
    if y == 0 {
        return DoubleDouble(-.infinity)
    }
    if y >= softplusInverseIdentityThreshold {
        return DoubleDouble(y)
    }
    if y < softplusInverseSmallBound {
        return logarithm(expMinusOne(DoubleDouble(y)))
    }
    if y < softplusInverseLargeBound {
        let offset = twoSum(y - ln2.hi, -ln2.lo)
        let doubled = expMinusOne(offset) * 2
        return logOnePlus(doubled)
    }
    let t = exponential(DoubleDouble(-y)).unscaled
    return logOnePlus(-t) + y
}

/// softplusInverse(y) = log(e^y - 1), the inverse of softplus.
///
/// Method: log(expm1(y)) for y < 1/2, log1p(2 expm1(y - ln2)) with ln 2 in double-double for
///   1/2 <= y < 1 (the zero at ln 2), y + log1p(-e^-y) above, in double-double, rounded once
///   (see SoftplusInverse.swift).
/// Special cases: softplusInverse(0) = -inf; softplusInverse(+inf) = +inf; y >= 34 -> y;
///   softplusInverse(1e-300) = -690.77 (log y for tiny y, subnormal y included); y < 0 -> NaN;
///   NaN -> NaN.
/// Accuracy: correctly rounded in 100 % of 1,004,338 inputs (10^6 random + the shared vectors, against MPFR:
///   `python3 -m tools.accuracy --n 1000000`), max error 0.5 ULP; bound by design 0.5 + 2^-15.9 ULP (kernel
///   error below 2^-68.9 relative). Worst case found: y = 33.27106466687738 (0x4040a2b23f3bab74): got = want
///   = y, error 0.5 - 1.2e-15 ULP. Measured in issue 3, through the C library when its entry points ran this
///   code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
/// Constants: branch points 0.5, 1, 34; ln 2 = 0x1.62e42fefa39efp-1 + 0x1.abc9e3b39803fp-56.
public func softplusInverse(_ y: Double) -> Double {
    softplusInverseKernel(y).value
}

/// softplusInverse(y) = log(e^y - 1) for Float: the Double kernel rounded once to Float.
///
/// Special cases: as the Double version.
/// Accuracy: correctly rounded on all 2^32 inputs: 0 misrounded (tools/exhaustive against MPFR:
///   `exhaustive --library build/libsoftplus.so --function softplusinv`), and 0 in 1,004,338 inputs of
///   `python3 -m tools.accuracy --n 1000000`. Worst case found: y = 14.556091 (0x4168e5c0): got = want = y,
///   error 0.5 - 1.4e-7 ULP. Measured in issue 3, through the C library when its entry points ran this code;
///   they now run the SIMD kernels of SoftplusKernels, which fall back on it.
public func softplusInverse(_ y: Float) -> Float {
    roundedToFloat(softplusInverseKernel(Double(y)))
}
