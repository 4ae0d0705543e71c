// logit(p) = log(p / (1 - p)), the inverse of sigmoid, for 0 <= p <= 1
//
// Method
//   1/4 <= p <= 3/4: z = 2p - 1 is exact (Sterbenz: 2p in [1/2, 3/2]), and
//       logit(p) = 2 atanh(z) = log1p(2z / (1 - z)) = log1p(z / (1 - p)),
//     with 1 - p as a double-double: logit crosses zero at p = 1/2 and this form keeps the relative
//     accuracy there (logit(1/2 - 2^-54) = -2^-52, not 0 and not a cancelled difference of logs).
//   p < 1/4: log(p) - log1p(-p): |log p| > 1.38 dominates, no cancellation (result < -1.09).
//   p > 3/4: log(p) - log(1 - p), 1 - p exact (Sterbenz); the result is > 1.09.
//   The cut at 1/4 and 3/4 keeps both 2p - 1 exact and |logit| >= log 3 on the log branches.
//
// Error budget: log and log1p below 2^-69 relative, 2^-77 absolute; z / (1 - p) 2^-100 relative:
// below 2^-68.9 relative before the one rounding.

/// logit(p) before the final rounding.
func logitKernel(_ p: Double) -> DoubleDouble {
    if p.isNaN {
        return DoubleDouble(p + p)
    }
    if p < 0 || p > 1 {
        return DoubleDouble(.nan)
    }
    if p == 0 {
        return DoubleDouble(-.infinity)
    }
    if p == 1 {
        return DoubleDouble(.infinity)
    }
    if p == 0.5 {
        // +0 exactly, also when the caller rounds downward (where 2p - 1 = 1 - 1 would be -0)
        return DoubleDouble(0)
    }
    if p < 0.25 {
        return logarithm(DoubleDouble(p)) - logOnePlus(DoubleDouble(-p))
    }
    if p > 0.75 {
        return logarithm(DoubleDouble(p)) - logarithm(DoubleDouble(1 - p))
    }
    let z = 2 * p - 1
    return logOnePlus(DoubleDouble(z) / twoSum(1, -p))
}

/// logit(p) = log(p / (1 - p)), the log-odds, inverse of sigmoid.
///
/// Method: 2 atanh(2p - 1) = log1p((2p - 1)/(1 - p)) for 1/4 <= p <= 3/4, log(p) - log1p(-p) below,
///   log(p) - log(1 - p) above, in double-double, rounded once (see Logit.swift).
/// Special cases: logit(0) = -inf; logit(1) = +inf; logit(0.5) = +0; p < 0 or p > 1 -> NaN;
///   NaN -> NaN. Subnormal p is an ordinary input (logit(5e-324) = -744.44).
/// Accuracy: correctly rounded in 100 % of 1,004,338 inputs (10^6 random + the shared vectors, against MPFR:
///   `python3 -m tools.accuracy --n 1000000`), max error 0.5 ULP; bound by design 0.5 + 2^-15.9 ULP (kernel
///   error below 2^-68.9 relative). Worst case found: p = 0.9999999999651433 (0x3feffffffffb3597): got = want
///   = 0x4038146c3bd87181, error 0.5 - 3.5e-7 ULP. Measured in issue 3, through the C library when its entry
///   points ran this code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
/// Constants: branch points 0.25 and 0.75 (exact), see Logit.swift.
public func logit(_ p: Double) -> Double {
    logitKernel(p).value
}

/// logit(p) = log(p / (1 - p)) for Float: the Double kernel rounded once to Float.
///
/// Special cases: as the Double version.
/// Accuracy: correctly rounded on all 2^32 inputs: 0 misrounded (tools/exhaustive against MPFR:
///   `exhaustive --library build/libsoftplus.so --function logit`), and 0 in 1,004,338 inputs of
///   `python3 -m tools.accuracy --n 1000000`. Worst case found: p = 0.24670087 (0x3e7c9f27): got = want =
///   0xbf8ee274, error 0.5 - 5.0e-7 ULP. Measured in issue 3, through the C library when its entry points ran
///   this code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
public func logit(_ p: Float) -> Float {
    roundedToFloat(logitKernel(Double(p)))
}
