// GENERATED from spec/softplus.json by tools/header/generate.py. Do not edit: edit the spec, then
// run `python3 tools/header/generate.py sources` (Tests/header fails while this file is stale).
//
// The C entry points of every function of the spec: double (f64) and float (f32), scalar and
// array. Each is one call of the dispatched kernel (Dispatch.swift); the array forms first run the
// checks of `checkArrays`, then the array kernel once.

#if !SOFTPLUS_DISPATCH_X86_64
import SoftplusKernels  // `Kernels` is its VectorKernels (Dispatch.swift)
#endif

/// softplus(x) = log(1 + e^x), in double. Domain: all x.
/// Special values: softplus(+inf) = +inf; softplus(-inf) = +0; softplus(x) = x to the last bit from
/// x = 48 ln 2 = 33.27 (double) / 21 ln 2 = 14.56 (float) up; softplus(x) is e^x to within the
/// accuracy bound for very negative x: subnormal, then +0 below about -745 (double) / -104 (float);
/// NaN -> NaN.
/// Accuracy (double): within 1 ULP of the correctly rounded result; measured figures in
/// docs/ACCURACY.md.
@c(sp_softplus_f64)
public func softplusF64(_ x: Double) -> Double { Kernels.softplus(x) }

/// softplus(x) = log(1 + e^x), in float. Domain: all x.
/// Special values: softplus(+inf) = +inf; softplus(-inf) = +0; softplus(x) = x to the last bit from
/// x = 48 ln 2 = 33.27 (double) / 21 ln 2 = 14.56 (float) up; softplus(x) is e^x to within the
/// accuracy bound for very negative x: subnormal, then +0 below about -745 (double) / -104 (float);
/// NaN -> NaN.
/// Accuracy (float): correctly rounded; measured figures in docs/ACCURACY.md.
@c(sp_softplus_f32)
public func softplusF32(_ x: Float) -> Float { Kernels.softplus(x) }

/// out[i] = softplus(x[i]) for i < n, in double, each bitwise identical to `softplus`.
/// Definition: log(1 + e^x). Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_softplus_f64_array)
public func softplusF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softplus as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// out[i] = softplus(x[i]) for i < n, in float, each bitwise identical to `softplus`.
/// Definition: log(1 + e^x). Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_softplus_f32_array)
public func softplusF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softplus as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// softminus(x) = x - softplus(x), in double. Domain: all x.
/// Special values: softminus(+inf) = -0; softminus(-inf) = -inf; NaN -> NaN.
/// Accuracy (double): within 1 ULP of the correctly rounded result; measured figures in
/// docs/ACCURACY.md.
@c(sp_softminus_f64)
public func softminusF64(_ x: Double) -> Double { Kernels.softminus(x) }

/// softminus(x) = x - softplus(x), in float. Domain: all x.
/// Special values: softminus(+inf) = -0; softminus(-inf) = -inf; NaN -> NaN.
/// Accuracy (float): correctly rounded; measured figures in docs/ACCURACY.md.
@c(sp_softminus_f32)
public func softminusF32(_ x: Float) -> Float { Kernels.softminus(x) }

/// out[i] = softminus(x[i]) for i < n, in double, each bitwise identical to `softminus`.
/// Definition: x - softplus(x). Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_softminus_f64_array)
public func softminusF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softminus as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// out[i] = softminus(x[i]) for i < n, in float, each bitwise identical to `softminus`.
/// Definition: x - softplus(x). Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_softminus_f32_array)
public func softminusF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softminus as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// sigmoid(x) = 1 / (1 + e^-x), in double. Domain: all x.
/// Special values: sigmoid(+inf) = 1; sigmoid(-inf) = +0; sigmoid(0) = 0.5; sigmoid(-740) is a
/// subnormal (double), not 0; NaN -> NaN.
/// Accuracy (double): within 1 ULP of the correctly rounded result; measured figures in
/// docs/ACCURACY.md.
@c(sp_sigmoid_f64)
public func sigmoidF64(_ x: Double) -> Double { Kernels.sigmoid(x) }

/// sigmoid(x) = 1 / (1 + e^-x), in float. Domain: all x.
/// Special values: sigmoid(+inf) = 1; sigmoid(-inf) = +0; sigmoid(0) = 0.5; sigmoid(-740) is a
/// subnormal (double), not 0; NaN -> NaN.
/// Accuracy (float): correctly rounded; measured figures in docs/ACCURACY.md.
@c(sp_sigmoid_f32)
public func sigmoidF32(_ x: Float) -> Float { Kernels.sigmoid(x) }

/// out[i] = sigmoid(x[i]) for i < n, in double, each bitwise identical to `sigmoid`.
/// Definition: 1 / (1 + e^-x). Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_sigmoid_f64_array)
public func sigmoidF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.sigmoid as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// out[i] = sigmoid(x[i]) for i < n, in float, each bitwise identical to `sigmoid`.
/// Definition: 1 / (1 + e^-x). Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_sigmoid_f32_array)
public func sigmoidF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.sigmoid as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// one_minus_sigmoid(x) = 1 / (1 + e^x) = 1 - sigmoid(x), in double. Domain: all x.
/// Special values: one_minus_sigmoid(+inf) = +0; one_minus_sigmoid(-inf) = 1; NaN -> NaN.
/// Accuracy (double): within 1 ULP of the correctly rounded result; measured figures in
/// docs/ACCURACY.md.
@c(sp_one_minus_sigmoid_f64)
public func oneMinusSigmoidF64(_ x: Double) -> Double { Kernels.oneMinusSigmoid(x) }

/// one_minus_sigmoid(x) = 1 / (1 + e^x) = 1 - sigmoid(x), in float. Domain: all x.
/// Special values: one_minus_sigmoid(+inf) = +0; one_minus_sigmoid(-inf) = 1; NaN -> NaN.
/// Accuracy (float): correctly rounded; measured figures in docs/ACCURACY.md.
@c(sp_one_minus_sigmoid_f32)
public func oneMinusSigmoidF32(_ x: Float) -> Float { Kernels.oneMinusSigmoid(x) }

/// out[i] = one_minus_sigmoid(x[i]) for i < n, in double, each bitwise identical to
/// `oneMinusSigmoid`.
/// Definition: 1 / (1 + e^x) = 1 - sigmoid(x). Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_one_minus_sigmoid_f64_array)
public func oneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.oneMinusSigmoid as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// out[i] = one_minus_sigmoid(x[i]) for i < n, in float, each bitwise identical to
/// `oneMinusSigmoid`.
/// Definition: 1 / (1 + e^x) = 1 - sigmoid(x). Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_one_minus_sigmoid_f32_array)
public func oneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.oneMinusSigmoid as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// logit(p) = log(p / (1 - p)), the inverse of sigmoid, in double. Domain: 0 <= p <= 1.
/// Special values: logit(0) = -inf; logit(1) = +inf; logit(0.5) = +0; p < 0 or p > 1 -> NaN; NaN ->
/// NaN.
/// Accuracy (double): within 1 ULP of the correctly rounded result; measured figures in
/// docs/ACCURACY.md.
@c(sp_logit_f64)
public func logitF64(_ p: Double) -> Double { Kernels.logit(p) }

/// logit(p) = log(p / (1 - p)), the inverse of sigmoid, in float. Domain: 0 <= p <= 1.
/// Special values: logit(0) = -inf; logit(1) = +inf; logit(0.5) = +0; p < 0 or p > 1 -> NaN; NaN ->
/// NaN.
/// Accuracy (float): correctly rounded; measured figures in docs/ACCURACY.md.
@c(sp_logit_f32)
public func logitF32(_ p: Float) -> Float { Kernels.logit(p) }

/// out[i] = logit(x[i]) for i < n, in double, each bitwise identical to `logit`.
/// Definition: log(p / (1 - p)), the inverse of sigmoid. Domain: 0 <= p <= 1.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_logit_f64_array)
public func logitF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logit as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// out[i] = logit(x[i]) for i < n, in float, each bitwise identical to `logit`.
/// Definition: log(p / (1 - p)), the inverse of sigmoid. Domain: 0 <= p <= 1.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_logit_f32_array)
public func logitF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logit as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// softplusinv(y) = log(e^y - 1), the inverse of softplus, in double. Domain: y >= 0.
/// Special values: softplusinv(0) = -inf; softplusinv(+inf) = +inf; softplusinv(1e-300) =
/// -690.77...; y < 0 -> NaN; NaN -> NaN.
/// Accuracy (double): within 1 ULP of the correctly rounded result; measured figures in
/// docs/ACCURACY.md.
@c(sp_softplusinv_f64)
public func softplusInverseF64(_ y: Double) -> Double { Kernels.softplusInverse(y) }

/// softplusinv(y) = log(e^y - 1), the inverse of softplus, in float. Domain: y >= 0.
/// Special values: softplusinv(0) = -inf; softplusinv(+inf) = +inf; softplusinv(1e-300) =
/// -690.77...; y < 0 -> NaN; NaN -> NaN.
/// Accuracy (float): correctly rounded; measured figures in docs/ACCURACY.md.
@c(sp_softplusinv_f32)
public func softplusInverseF32(_ y: Float) -> Float { Kernels.softplusInverse(y) }

/// out[i] = softplusinv(x[i]) for i < n, in double, each bitwise identical to `softplusInverse`.
/// Definition: log(e^y - 1), the inverse of softplus. Domain: y >= 0.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_softplusinv_f64_array)
public func softplusInverseF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softplusInverse as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// out[i] = softplusinv(x[i]) for i < n, in float, each bitwise identical to `softplusInverse`.
/// Definition: log(e^y - 1), the inverse of softplus. Domain: y >= 0.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_softplusinv_f32_array)
public func softplusInverseF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softplusInverse as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// softminusinv(y) = y - log(-expm1(y)), the inverse of softminus, in double. Domain: y <= 0.
/// Special values: softminusinv(0) = +inf; softminusinv(-inf) = -inf; y > 0 -> NaN; NaN -> NaN.
/// Accuracy (double): within 1 ULP of the correctly rounded result; measured figures in
/// docs/ACCURACY.md.
@c(sp_softminusinv_f64)
public func softminusInverseF64(_ y: Double) -> Double { Kernels.softminusInverse(y) }

/// softminusinv(y) = y - log(-expm1(y)), the inverse of softminus, in float. Domain: y <= 0.
/// Special values: softminusinv(0) = +inf; softminusinv(-inf) = -inf; y > 0 -> NaN; NaN -> NaN.
/// Accuracy (float): correctly rounded; measured figures in docs/ACCURACY.md.
@c(sp_softminusinv_f32)
public func softminusInverseF32(_ y: Float) -> Float { Kernels.softminusInverse(y) }

/// out[i] = softminusinv(x[i]) for i < n, in double, each bitwise identical to `softminusInverse`.
/// Definition: y - log(-expm1(y)), the inverse of softminus. Domain: y <= 0.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_softminusinv_f64_array)
public func softminusInverseF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softminusInverse as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// out[i] = softminusinv(x[i]) for i < n, in float, each bitwise identical to `softminusInverse`.
/// Definition: y - log(-expm1(y)), the inverse of softminus. Domain: y <= 0.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_softminusinv_f32_array)
public func softminusInverseF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softminusInverse as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// log_sigmoid(x) = log(sigmoid(x)) = -softplus(-x), the log-probability of class 1, in double.
/// Domain: all x.
/// Special values: log_sigmoid(+inf) = -0; log_sigmoid(-inf) = -inf; NaN -> NaN.
/// Accuracy (double): within 1 ULP of the correctly rounded result; measured figures in
/// docs/ACCURACY.md.
@c(sp_log_sigmoid_f64)
public func logSigmoidF64(_ x: Double) -> Double { Kernels.logSigmoid(x) }

/// log_sigmoid(x) = log(sigmoid(x)) = -softplus(-x), the log-probability of class 1, in float.
/// Domain: all x.
/// Special values: log_sigmoid(+inf) = -0; log_sigmoid(-inf) = -inf; NaN -> NaN.
/// Accuracy (float): correctly rounded; measured figures in docs/ACCURACY.md.
@c(sp_log_sigmoid_f32)
public func logSigmoidF32(_ x: Float) -> Float { Kernels.logSigmoid(x) }

/// out[i] = log_sigmoid(x[i]) for i < n, in double, each bitwise identical to `logSigmoid`.
/// Definition: log(sigmoid(x)) = -softplus(-x), the log-probability of class 1. Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_log_sigmoid_f64_array)
public func logSigmoidF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logSigmoid as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// out[i] = log_sigmoid(x[i]) for i < n, in float, each bitwise identical to `logSigmoid`.
/// Definition: log(sigmoid(x)) = -softplus(-x), the log-probability of class 1. Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_log_sigmoid_f32_array)
public func logSigmoidF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logSigmoid as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// log_one_minus_sigmoid(x) = log(1 - sigmoid(x)) = -softplus(x), the log-probability of class 0,
/// in double. Domain: all x.
/// Special values: log_one_minus_sigmoid(+inf) = -inf; log_one_minus_sigmoid(-inf) = -0; NaN ->
/// NaN.
/// Accuracy (double): within 1 ULP of the correctly rounded result; measured figures in
/// docs/ACCURACY.md.
@c(sp_log_one_minus_sigmoid_f64)
public func logOneMinusSigmoidF64(_ x: Double) -> Double { Kernels.logOneMinusSigmoid(x) }

/// log_one_minus_sigmoid(x) = log(1 - sigmoid(x)) = -softplus(x), the log-probability of class 0,
/// in float. Domain: all x.
/// Special values: log_one_minus_sigmoid(+inf) = -inf; log_one_minus_sigmoid(-inf) = -0; NaN ->
/// NaN.
/// Accuracy (float): correctly rounded; measured figures in docs/ACCURACY.md.
@c(sp_log_one_minus_sigmoid_f32)
public func logOneMinusSigmoidF32(_ x: Float) -> Float { Kernels.logOneMinusSigmoid(x) }

/// out[i] = log_one_minus_sigmoid(x[i]) for i < n, in double, each bitwise identical to
/// `logOneMinusSigmoid`.
/// Definition: log(1 - sigmoid(x)) = -softplus(x), the log-probability of class 0. Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_log_one_minus_sigmoid_f64_array)
public func logOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logOneMinusSigmoid as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// out[i] = log_one_minus_sigmoid(x[i]) for i < n, in float, each bitwise identical to
/// `logOneMinusSigmoid`.
/// Definition: log(1 - sigmoid(x)) = -softplus(x), the log-probability of class 0. Domain: all x.
/// Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes.
@c(sp_log_one_minus_sigmoid_f32_array)
public func logOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logOneMinusSigmoid as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}
