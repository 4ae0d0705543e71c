// The scalar functions of the Swift API, generic over the two formats: `softplus(x)` for a Double or a
// Float x, module-qualified as `Softplus.softplus(x)`. Each dispatches to the format's concrete
// implementation in SoftplusMath through SoftplusFunctions; none can fail (NaN outside the domain).
// Accuracy: double within 1 ULP of the correctly rounded result, float correctly rounded (measured
// figures in docs/ACCURACY.md). SoftplusMath is the double-double core that the C library's SIMD kernels
// (Sources/SoftplusKernels) fall back on: Float results are the C library's sp_<name>_f32 bit for bit;
// Double results are correctly rounded on every input measured, so they differ from sp_<name>_f64's by
// 1 ULP on the few inputs (0.001-0.004 % of random ones) where the kernels are not correctly rounded.

/// The softplus function, log(1 + e^x): a smooth maximum of x and 0.
///
/// - Parameter x: any value.
/// - Returns: log(1 + e^x). `softplus(+inf) = +inf`, `softplus(-inf) = +0`, `softplus(x) = x` for
///   x > 37 (Double) / 17 (Float) to the last bit, e^x (rounded once) for very negative x; NaN for NaN.
@inlinable public func softplus<T: SoftplusFunctions>(_ x: T) -> T { T.softplus(x) }

/// The softminus function, x - softplus(x) = -softplus(-x): a smooth minimum of x and 0.
///
/// - Parameter x: any value.
/// - Returns: x - log(1 + e^x). `softminus(+inf) = -0`, `softminus(-inf) = -inf`; NaN for NaN.
@inlinable public func softminus<T: SoftplusFunctions>(_ x: T) -> T { T.softminus(x) }

/// The logistic sigmoid, 1 / (1 + e^-x).
///
/// - Parameter x: any value.
/// - Returns: a probability in [0, 1]. `sigmoid(+inf) = 1`, `sigmoid(-inf) = +0`, `sigmoid(0) = 0.5`,
///   subnormal rather than 0 down to x of about -745 (Double); NaN for NaN.
@inlinable public func sigmoid<T: SoftplusFunctions>(_ x: T) -> T { T.sigmoid(x) }

/// The complement of the sigmoid, 1 / (1 + e^x) = 1 - sigmoid(x) = sigmoid(-x), without the cancellation
/// of computing 1 - sigmoid(x).
///
/// - Parameter x: any value.
/// - Returns: a probability in [0, 1]. `oneMinusSigmoid(+inf) = +0`, `oneMinusSigmoid(-inf) = 1`; NaN for NaN.
@inlinable public func oneMinusSigmoid<T: SoftplusFunctions>(_ x: T) -> T { T.oneMinusSigmoid(x) }

/// The logit, log(p / (1 - p)): the inverse of ``sigmoid(_:)->T``.
///
/// - Parameter p: a probability, 0 <= p <= 1.
/// - Returns: `logit(0) = -inf`, `logit(1) = +inf`, `logit(0.5) = +0`; NaN for p outside [0, 1] and for NaN.
@inlinable public func logit<T: SoftplusFunctions>(_ p: T) -> T { T.logit(p) }

/// The inverse of ``softplus(_:)->T``, log(e^y - 1).
///
/// - Parameter y: y >= 0.
/// - Returns: `softplusInverse(0) = -inf`, `softplusInverse(+inf) = +inf`, about log(y) for tiny y
///   (`softplusInverse(1e-300) = -690.77...`); NaN for y < 0 and for NaN.
@inlinable public func softplusInverse<T: SoftplusFunctions>(_ y: T) -> T { T.softplusInverse(y) }

/// The inverse of ``softminus(_:)->T``, y - log(-expm1(y)) = -softplusInverse(-y).
///
/// - Parameter y: y <= 0.
/// - Returns: `softminusInverse(0) = +inf`, `softminusInverse(-inf) = -inf`; NaN for y > 0 and for NaN.
@inlinable public func softminusInverse<T: SoftplusFunctions>(_ y: T) -> T { T.softminusInverse(y) }

/// The log-probability of class 1, log(sigmoid(x)) = -softplus(-x).
///
/// - Parameter x: any value.
/// - Returns: a value <= 0. `logSigmoid(+inf) = -0`, `logSigmoid(-inf) = -inf`; NaN for NaN.
@inlinable public func logSigmoid<T: SoftplusFunctions>(_ x: T) -> T { T.logSigmoid(x) }

/// The log-probability of class 0, log(1 - sigmoid(x)) = -softplus(x).
///
/// - Parameter x: any value.
/// - Returns: a value <= 0. `logOneMinusSigmoid(+inf) = -inf`, `logOneMinusSigmoid(-inf) = -0`; NaN for NaN.
@inlinable public func logOneMinusSigmoid<T: SoftplusFunctions>(_ x: T) -> T { T.logOneMinusSigmoid(x) }
