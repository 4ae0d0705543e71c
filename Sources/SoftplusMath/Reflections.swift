// The five functions of the family that are exact reflections of the three kernels. Negating an
// argument or a result is exact and round-to-nearest is symmetric, so each is exactly as accurate as
// the function it reflects (same worst cases, mirrored).
//
//   softminus(x)          = x - softplus(x)      = -softplus(-x)
//   logSigmoid(x)         = log(sigmoid(x))      = -softplus(-x)
//   logOneMinusSigmoid(x) = log(1 - sigmoid(x))  = -softplus(x)
//   oneMinusSigmoid(x)    = 1 / (1 + e^x)        = sigmoid(-x)
//   softminusInverse(y)   = y - log(-expm1(y))   = -softplusInverse(-y)
//     (y - log(1 - e^y) = -(log(e^-y) + log(1 - e^y)) = -log(e^-y - 1))
// The signs of zero follow: softplus(-inf) = +0, so softminus(+inf) = logSigmoid(+inf) = -0 and
// logOneMinusSigmoid(-inf) = -0; softminusInverse(+0) = -softplusInverse(-0) = +inf.

/// softminus(x) = x - softplus(x) = -softplus(-x), the smooth minimum of x and 0.
///
/// Method: -softplus(-x), exact reflection.
/// Special cases: softminus(+inf) = -0; softminus(-inf) = -inf; softminus(x) = x for x <= -34;
///   NaN -> NaN.
/// Accuracy: that of softplus (mirrored worst case); measured correctly rounded in 100 % of 1,004,338 inputs,
///   max 0.5 ULP (`python3 -m tools.accuracy --n 1000000`). Measured in issue 3, through the C library when
///   its entry points ran this code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
public func softminus(_ x: Double) -> Double { -softplus(-x) }

/// softminus(x) for Float: -softplus(-x), correctly rounded.
/// Accuracy: 0 misrounded on all 2^32 inputs of the function it mirrors (tools/exhaustive). Measured in issue
///   3, through the C library when its entry points ran this code; they now run the SIMD kernels of
///   SoftplusKernels, which fall back on it.
public func softminus(_ x: Float) -> Float { -softplus(-x) }

/// logSigmoid(x) = log(sigmoid(x)) = -softplus(-x), the log-probability of class 1.
///
/// Method: -softplus(-x), exact reflection.
/// Special cases: logSigmoid(+inf) = -0; logSigmoid(-inf) = -inf; NaN -> NaN.
/// Accuracy: that of softplus (mirrored worst case); measured correctly rounded in 100 % of 1,004,338 inputs,
///   max 0.5 ULP (`python3 -m tools.accuracy --n 1000000`). Measured in issue 3, through the C library when
///   its entry points ran this code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
public func logSigmoid(_ x: Double) -> Double { -softplus(-x) }

/// logSigmoid(x) for Float: -softplus(-x), correctly rounded.
/// Accuracy: 0 misrounded on all 2^32 inputs of the function it mirrors (tools/exhaustive). Measured in issue
///   3, through the C library when its entry points ran this code; they now run the SIMD kernels of
///   SoftplusKernels, which fall back on it.
public func logSigmoid(_ x: Float) -> Float { -softplus(-x) }

/// logOneMinusSigmoid(x) = log(1 - sigmoid(x)) = -softplus(x), the log-probability of class 0.
///
/// Method: -softplus(x), exact reflection.
/// Special cases: logOneMinusSigmoid(+inf) = -inf; logOneMinusSigmoid(-inf) = -0; NaN -> NaN.
/// Accuracy: that of softplus (mirrored worst case); measured correctly rounded in 100 % of 1,004,338 inputs,
///   max 0.5 ULP (`python3 -m tools.accuracy --n 1000000`). Measured in issue 3, through the C library when
///   its entry points ran this code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
public func logOneMinusSigmoid(_ x: Double) -> Double { -softplus(x) }

/// logOneMinusSigmoid(x) for Float: -softplus(x), correctly rounded.
/// Accuracy: 0 misrounded on all 2^32 inputs of the function it mirrors (tools/exhaustive). Measured in issue
///   3, through the C library when its entry points ran this code; they now run the SIMD kernels of
///   SoftplusKernels, which fall back on it.
public func logOneMinusSigmoid(_ x: Float) -> Float { -softplus(x) }

/// oneMinusSigmoid(x) = 1 / (1 + e^x) = 1 - sigmoid(x) = sigmoid(-x).
///
/// Method: sigmoid(-x), exact reflection.
/// Special cases: oneMinusSigmoid(+inf) = +0; oneMinusSigmoid(-inf) = 1; NaN -> NaN.
/// Accuracy: that of sigmoid (mirrored worst case); measured correctly rounded in 100 % of 1,004,338 inputs,
///   max 0.5 ULP (`python3 -m tools.accuracy --n 1000000`). Measured in issue 3, through the C library when
///   its entry points ran this code; they now run the SIMD kernels of SoftplusKernels, which fall back on it.
public func oneMinusSigmoid(_ x: Double) -> Double { sigmoid(-x) }

/// oneMinusSigmoid(x) for Float: sigmoid(-x), correctly rounded.
/// Accuracy: 0 misrounded on all 2^32 inputs of the function it mirrors (tools/exhaustive). Measured in issue
///   3, through the C library when its entry points ran this code; they now run the SIMD kernels of
///   SoftplusKernels, which fall back on it.
public func oneMinusSigmoid(_ x: Float) -> Float { sigmoid(-x) }

/// softminusInverse(y) = y - log(-expm1(y)) = -softplusInverse(-y), the inverse of softminus, y <= 0.
///
/// Method: -softplusInverse(-y), exact reflection (its zero at y = -ln 2 is kept, like softplusInverse's).
/// Special cases: softminusInverse(0) = +inf (both zeros); softminusInverse(-inf) = -inf; y > 0 -> NaN;
///   NaN -> NaN.
/// Accuracy: that of softplusInverse (mirrored worst case); measured correctly rounded in 100 % of 1,004,338
///   inputs, max 0.5 ULP (`python3 -m tools.accuracy --n 1000000`). Measured in issue 3, through the C
///   library when its entry points ran this code; they now run the SIMD kernels of SoftplusKernels, which
///   fall back on it.
public func softminusInverse(_ y: Double) -> Double { -softplusInverse(-y) }

/// softminusInverse(y) for Float: -softplusInverse(-y), correctly rounded.
/// Accuracy: 0 misrounded on all 2^32 inputs of the function it mirrors (tools/exhaustive). Measured in issue
///   3, through the C library when its entry points ran this code; they now run the SIMD kernels of
///   SoftplusKernels, which fall back on it.
public func softminusInverse(_ y: Float) -> Float { -softplusInverse(-y) }
