// GENERATED from spec/softplus.json ("training") by tools/header/generate.py. Do not edit: edit
// the spec, then run `python3 tools/header/generate.py sources`.
//
// The C entry points of the training functions (issue 6): derivatives, log1mexp, log1pexp,
// backward products, binary cross-entropy with logits and the parameterized softplus. Each is
// one call into SoftplusMath; the checks are those of ArrayMap.swift and TrainingArrays.swift.

import SoftplusMath

/// softplus_deriv(x) = softplus'(x) = sigmoid(x). Domain: all x. In double.
/// Special values: softplus_deriv(+inf) = 1; softplus_deriv(-inf) = +0; subnormal for -745.13 < x <
/// -708.4; NaN -> NaN.
/// Runs the family's `sigmoid` kernel (bitwise identical to it).
@c(sp_softplus_deriv_f64)
public func softplusDerivativeF64(_ x: Double) -> Double { Kernels.sigmoid(x) }

/// out[i] = softplus_deriv(x[i]) for i < n, in double, bitwise identical to the scalar entry point
/// (the family's `sigmoid` kernel (bitwise identical to it)); the checks of `checkArrays`.
@c(sp_softplus_deriv_f64_array)
public func softplusDerivativeF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.sigmoid as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// softplus_deriv(x) = softplus'(x) = sigmoid(x). Domain: all x. In float.
/// Special values: softplus_deriv(+inf) = 1; softplus_deriv(-inf) = +0; subnormal for -745.13 < x <
/// -708.4; NaN -> NaN.
/// Runs the family's `sigmoid` kernel (bitwise identical to it).
@c(sp_softplus_deriv_f32)
public func softplusDerivativeF32(_ x: Float) -> Float { Kernels.sigmoid(x) }

/// out[i] = softplus_deriv(x[i]) for i < n, in float, bitwise identical to the scalar entry point
/// (the family's `sigmoid` kernel (bitwise identical to it)); the checks of `checkArrays`.
@c(sp_softplus_deriv_f32_array)
public func softplusDerivativeF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.sigmoid as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// softminus_deriv(x) = softminus'(x) = 1 - sigmoid(x) = sigmoid(-x). Domain: all x. In double.
/// Special values: softminus_deriv(+inf) = +0; softminus_deriv(-inf) = 1; NaN -> NaN.
/// Runs the family's `oneMinusSigmoid` kernel (bitwise identical to it).
@c(sp_softminus_deriv_f64)
public func softminusDerivativeF64(_ x: Double) -> Double { Kernels.oneMinusSigmoid(x) }

/// out[i] = softminus_deriv(x[i]) for i < n, in double, bitwise identical to the scalar entry point
/// (the family's `oneMinusSigmoid` kernel (bitwise identical to it)); the checks of `checkArrays`.
@c(sp_softminus_deriv_f64_array)
public func softminusDerivativeF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.oneMinusSigmoid as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// softminus_deriv(x) = softminus'(x) = 1 - sigmoid(x) = sigmoid(-x). Domain: all x. In float.
/// Special values: softminus_deriv(+inf) = +0; softminus_deriv(-inf) = 1; NaN -> NaN.
/// Runs the family's `oneMinusSigmoid` kernel (bitwise identical to it).
@c(sp_softminus_deriv_f32)
public func softminusDerivativeF32(_ x: Float) -> Float { Kernels.oneMinusSigmoid(x) }

/// out[i] = softminus_deriv(x[i]) for i < n, in float, bitwise identical to the scalar entry point
/// (the family's `oneMinusSigmoid` kernel (bitwise identical to it)); the checks of `checkArrays`.
@c(sp_softminus_deriv_f32_array)
public func softminusDerivativeF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.oneMinusSigmoid as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// sigmoid_deriv(x) = sigmoid'(x) = sigmoid(x) sigmoid(-x) = e^-|x| / (1 + e^-|x|)^2. Domain: all
/// x. In double.
/// Special values: sigmoid_deriv(0) = 0.25; sigmoid_deriv(+inf) = +0; sigmoid_deriv(-inf) = +0;
/// sigmoid_deriv(40) = 4.25e-18 (not 0); NaN -> NaN.
/// Runs the vector kernel `Kernels.sigmoidDerivative`, within 1 ULP.
@c(sp_sigmoid_deriv_f64)
public func sigmoidDerivativeF64(_ x: Double) -> Double { Kernels.sigmoidDerivative(x) }

/// out[i] = sigmoid_deriv(x[i]) for i < n, in double, bitwise identical to the scalar entry point
/// (the vector kernel `Kernels.sigmoidDerivative`, within 1 ULP); the checks of `checkArrays`.
@c(sp_sigmoid_deriv_f64_array)
public func sigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.sigmoidDerivative as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// sigmoid_deriv(x) = sigmoid'(x) = sigmoid(x) sigmoid(-x) = e^-|x| / (1 + e^-|x|)^2. Domain: all
/// x. In float.
/// Special values: sigmoid_deriv(0) = 0.25; sigmoid_deriv(+inf) = +0; sigmoid_deriv(-inf) = +0;
/// sigmoid_deriv(40) = 4.25e-18 (not 0); NaN -> NaN.
/// Runs the vector kernel `Kernels.sigmoidDerivative`, correctly rounded.
@c(sp_sigmoid_deriv_f32)
public func sigmoidDerivativeF32(_ x: Float) -> Float { Kernels.sigmoidDerivative(x) }

/// out[i] = sigmoid_deriv(x[i]) for i < n, in float, bitwise identical to the scalar entry point
/// (the vector kernel `Kernels.sigmoidDerivative`, correctly rounded); the checks of `checkArrays`.
@c(sp_sigmoid_deriv_f32_array)
public func sigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.sigmoidDerivative as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// one_minus_sigmoid_deriv(x) = -sigmoid(x) sigmoid(-x). Domain: all x. In double.
/// Special values: one_minus_sigmoid_deriv(0) = -0.25; one_minus_sigmoid_deriv(+inf) = -0;
/// one_minus_sigmoid_deriv(-inf) = -0; NaN -> NaN.
/// Runs the vector kernel `Kernels.oneMinusSigmoidDerivative`, within 1 ULP.
@c(sp_one_minus_sigmoid_deriv_f64)
public func oneMinusSigmoidDerivativeF64(_ x: Double) -> Double { Kernels.oneMinusSigmoidDerivative(x) }

/// out[i] = one_minus_sigmoid_deriv(x[i]) for i < n, in double, bitwise identical to the scalar
/// entry point (the vector kernel `Kernels.oneMinusSigmoidDerivative`, within 1 ULP); the checks of
/// `checkArrays`.
@c(sp_one_minus_sigmoid_deriv_f64_array)
public func oneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.oneMinusSigmoidDerivative as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// one_minus_sigmoid_deriv(x) = -sigmoid(x) sigmoid(-x). Domain: all x. In float.
/// Special values: one_minus_sigmoid_deriv(0) = -0.25; one_minus_sigmoid_deriv(+inf) = -0;
/// one_minus_sigmoid_deriv(-inf) = -0; NaN -> NaN.
/// Runs the vector kernel `Kernels.oneMinusSigmoidDerivative`, correctly rounded.
@c(sp_one_minus_sigmoid_deriv_f32)
public func oneMinusSigmoidDerivativeF32(_ x: Float) -> Float { Kernels.oneMinusSigmoidDerivative(x) }

/// out[i] = one_minus_sigmoid_deriv(x[i]) for i < n, in float, bitwise identical to the scalar
/// entry point (the vector kernel `Kernels.oneMinusSigmoidDerivative`, correctly rounded); the
/// checks of `checkArrays`.
@c(sp_one_minus_sigmoid_deriv_f32_array)
public func oneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.oneMinusSigmoidDerivative as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// logit_deriv(p) = logit'(p) = 1 / (p (1 - p)). Domain: 0 <= p <= 1. In double.
/// Special values: logit_deriv(0) = +inf; logit_deriv(1) = +inf; logit_deriv(0.5) = 4; p < 0 or p >
/// 1 -> NaN; NaN -> NaN.
/// Runs the vector kernel `Kernels.logitDerivative`, within 1 ULP.
@c(sp_logit_deriv_f64)
public func logitDerivativeF64(_ p: Double) -> Double { Kernels.logitDerivative(p) }

/// out[i] = logit_deriv(x[i]) for i < n, in double, bitwise identical to the scalar entry point
/// (the vector kernel `Kernels.logitDerivative`, within 1 ULP); the checks of `checkArrays`.
@c(sp_logit_deriv_f64_array)
public func logitDerivativeF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logitDerivative as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// logit_deriv(p) = logit'(p) = 1 / (p (1 - p)). Domain: 0 <= p <= 1. In float.
/// Special values: logit_deriv(0) = +inf; logit_deriv(1) = +inf; logit_deriv(0.5) = 4; p < 0 or p >
/// 1 -> NaN; NaN -> NaN.
/// Runs the vector kernel `Kernels.logitDerivative`, correctly rounded.
@c(sp_logit_deriv_f32)
public func logitDerivativeF32(_ p: Float) -> Float { Kernels.logitDerivative(p) }

/// out[i] = logit_deriv(x[i]) for i < n, in float, bitwise identical to the scalar entry point (the
/// vector kernel `Kernels.logitDerivative`, correctly rounded); the checks of `checkArrays`.
@c(sp_logit_deriv_f32_array)
public func logitDerivativeF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logitDerivative as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// softplusinv_deriv(y) = softplusinv'(y) = 1 / (1 - e^-y) = 1 / -expm1(-y). Domain: y >= 0. In
/// double.
/// Special values: softplusinv_deriv(0) = +inf; softplusinv_deriv(+inf) = 1; y < 0 -> NaN; NaN ->
/// NaN.
/// Runs the vector kernel `Kernels.softplusInverseDerivative`, within 1 ULP.
@c(sp_softplusinv_deriv_f64)
public func softplusInverseDerivativeF64(_ y: Double) -> Double { Kernels.softplusInverseDerivative(y) }

/// out[i] = softplusinv_deriv(x[i]) for i < n, in double, bitwise identical to the scalar entry
/// point (the vector kernel `Kernels.softplusInverseDerivative`, within 1 ULP); the checks of
/// `checkArrays`.
@c(sp_softplusinv_deriv_f64_array)
public func softplusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softplusInverseDerivative as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// softplusinv_deriv(y) = softplusinv'(y) = 1 / (1 - e^-y) = 1 / -expm1(-y). Domain: y >= 0. In
/// float.
/// Special values: softplusinv_deriv(0) = +inf; softplusinv_deriv(+inf) = 1; y < 0 -> NaN; NaN ->
/// NaN.
/// Runs the vector kernel `Kernels.softplusInverseDerivative`, correctly rounded.
@c(sp_softplusinv_deriv_f32)
public func softplusInverseDerivativeF32(_ y: Float) -> Float { Kernels.softplusInverseDerivative(y) }

/// out[i] = softplusinv_deriv(x[i]) for i < n, in float, bitwise identical to the scalar entry
/// point (the vector kernel `Kernels.softplusInverseDerivative`, correctly rounded); the checks of
/// `checkArrays`.
@c(sp_softplusinv_deriv_f32_array)
public func softplusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softplusInverseDerivative as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// softminusinv_deriv(y) = softminusinv'(y) = 1 / (1 - e^y) = 1 / -expm1(y). Domain: y <= 0. In
/// double.
/// Special values: softminusinv_deriv(0) = +inf; softminusinv_deriv(-inf) = 1; y > 0 -> NaN; NaN ->
/// NaN.
/// Runs the vector kernel `Kernels.softminusInverseDerivative`, within 1 ULP.
@c(sp_softminusinv_deriv_f64)
public func softminusInverseDerivativeF64(_ y: Double) -> Double { Kernels.softminusInverseDerivative(y) }

/// out[i] = softminusinv_deriv(x[i]) for i < n, in double, bitwise identical to the scalar entry
/// point (the vector kernel `Kernels.softminusInverseDerivative`, within 1 ULP); the checks of
/// `checkArrays`.
@c(sp_softminusinv_deriv_f64_array)
public func softminusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softminusInverseDerivative as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// softminusinv_deriv(y) = softminusinv'(y) = 1 / (1 - e^y) = 1 / -expm1(y). Domain: y <= 0. In
/// float.
/// Special values: softminusinv_deriv(0) = +inf; softminusinv_deriv(-inf) = 1; y > 0 -> NaN; NaN ->
/// NaN.
/// Runs the vector kernel `Kernels.softminusInverseDerivative`, correctly rounded.
@c(sp_softminusinv_deriv_f32)
public func softminusInverseDerivativeF32(_ y: Float) -> Float { Kernels.softminusInverseDerivative(y) }

/// out[i] = softminusinv_deriv(x[i]) for i < n, in float, bitwise identical to the scalar entry
/// point (the vector kernel `Kernels.softminusInverseDerivative`, correctly rounded); the checks of
/// `checkArrays`.
@c(sp_softminusinv_deriv_f32_array)
public func softminusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softminusInverseDerivative as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// log_sigmoid_deriv(x) = log_sigmoid'(x) = sigmoid(-x). Domain: all x. In double.
/// Special values: log_sigmoid_deriv(+inf) = +0; log_sigmoid_deriv(-inf) = 1; NaN -> NaN.
/// Runs the family's `oneMinusSigmoid` kernel (bitwise identical to it).
@c(sp_log_sigmoid_deriv_f64)
public func logSigmoidDerivativeF64(_ x: Double) -> Double { Kernels.oneMinusSigmoid(x) }

/// out[i] = log_sigmoid_deriv(x[i]) for i < n, in double, bitwise identical to the scalar entry
/// point (the family's `oneMinusSigmoid` kernel (bitwise identical to it)); the checks of
/// `checkArrays`.
@c(sp_log_sigmoid_deriv_f64_array)
public func logSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.oneMinusSigmoid as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// log_sigmoid_deriv(x) = log_sigmoid'(x) = sigmoid(-x). Domain: all x. In float.
/// Special values: log_sigmoid_deriv(+inf) = +0; log_sigmoid_deriv(-inf) = 1; NaN -> NaN.
/// Runs the family's `oneMinusSigmoid` kernel (bitwise identical to it).
@c(sp_log_sigmoid_deriv_f32)
public func logSigmoidDerivativeF32(_ x: Float) -> Float { Kernels.oneMinusSigmoid(x) }

/// out[i] = log_sigmoid_deriv(x[i]) for i < n, in float, bitwise identical to the scalar entry
/// point (the family's `oneMinusSigmoid` kernel (bitwise identical to it)); the checks of
/// `checkArrays`.
@c(sp_log_sigmoid_deriv_f32_array)
public func logSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.oneMinusSigmoid as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// log_one_minus_sigmoid_deriv(x) = log_one_minus_sigmoid'(x) = -sigmoid(x). Domain: all x. In
/// double.
/// Special values: log_one_minus_sigmoid_deriv(+inf) = -1; log_one_minus_sigmoid_deriv(-inf) = -0;
/// NaN -> NaN.
/// Runs the vector kernel `Kernels.logOneMinusSigmoidDerivative`, within 1 ULP.
@c(sp_log_one_minus_sigmoid_deriv_f64)
public func logOneMinusSigmoidDerivativeF64(_ x: Double) -> Double { Kernels.logOneMinusSigmoidDerivative(x) }

/// out[i] = log_one_minus_sigmoid_deriv(x[i]) for i < n, in double, bitwise identical to the scalar
/// entry point (the vector kernel `Kernels.logOneMinusSigmoidDerivative`, within 1 ULP); the checks
/// of `checkArrays`.
@c(sp_log_one_minus_sigmoid_deriv_f64_array)
public func logOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logOneMinusSigmoidDerivative as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// log_one_minus_sigmoid_deriv(x) = log_one_minus_sigmoid'(x) = -sigmoid(x). Domain: all x. In
/// float.
/// Special values: log_one_minus_sigmoid_deriv(+inf) = -1; log_one_minus_sigmoid_deriv(-inf) = -0;
/// NaN -> NaN.
/// Runs the vector kernel `Kernels.logOneMinusSigmoidDerivative`, correctly rounded.
@c(sp_log_one_minus_sigmoid_deriv_f32)
public func logOneMinusSigmoidDerivativeF32(_ x: Float) -> Float { Kernels.logOneMinusSigmoidDerivative(x) }

/// out[i] = log_one_minus_sigmoid_deriv(x[i]) for i < n, in float, bitwise identical to the scalar
/// entry point (the vector kernel `Kernels.logOneMinusSigmoidDerivative`, correctly rounded); the
/// checks of `checkArrays`.
@c(sp_log_one_minus_sigmoid_deriv_f32_array)
public func logOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logOneMinusSigmoidDerivative as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// log1mexp(a) = log(1 - e^-a) (Maechler's log1mexp). Domain: a >= 0. In double.
/// Special values: log1mexp(0) = -inf; log1mexp(+inf) = -0; log1mexp(a) = -0 for a >= 746 (double)
/// / 104 (float); a < 0 -> NaN; NaN -> NaN.
/// Runs the vector kernel `Kernels.logOneMinusExp`, within 1 ULP.
@c(sp_log1mexp_f64)
public func logOneMinusExpF64(_ a: Double) -> Double { Kernels.logOneMinusExp(a) }

/// out[i] = log1mexp(x[i]) for i < n, in double, bitwise identical to the scalar entry point (the
/// vector kernel `Kernels.logOneMinusExp`, within 1 ULP); the checks of `checkArrays`.
@c(sp_log1mexp_f64_array)
public func logOneMinusExpF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logOneMinusExp as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// log1mexp(a) = log(1 - e^-a) (Maechler's log1mexp). Domain: a >= 0. In float.
/// Special values: log1mexp(0) = -inf; log1mexp(+inf) = -0; log1mexp(a) = -0 for a >= 746 (double)
/// / 104 (float); a < 0 -> NaN; NaN -> NaN.
/// Runs the vector kernel `Kernels.logOneMinusExp`, correctly rounded.
@c(sp_log1mexp_f32)
public func logOneMinusExpF32(_ a: Float) -> Float { Kernels.logOneMinusExp(a) }

/// out[i] = log1mexp(x[i]) for i < n, in float, bitwise identical to the scalar entry point (the
/// vector kernel `Kernels.logOneMinusExp`, correctly rounded); the checks of `checkArrays`.
@c(sp_log1mexp_f32_array)
public func logOneMinusExpF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.logOneMinusExp as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// log1pexp(x) = log(1 + e^x), softplus under its other name. Domain: all x. In double.
/// Special values: log1pexp(+inf) = +inf; log1pexp(-inf) = +0; NaN -> NaN.
/// Runs the family's `softplus` kernel (bitwise identical to it).
@c(sp_log1pexp_f64)
public func logOnePlusExpF64(_ x: Double) -> Double { Kernels.softplus(x) }

/// out[i] = log1pexp(x[i]) for i < n, in double, bitwise identical to the scalar entry point (the
/// family's `softplus` kernel (bitwise identical to it)); the checks of `checkArrays`.
@c(sp_log1pexp_f64_array)
public func logOnePlusExpF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softplus as (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// log1pexp(x) = log(1 + e^x), softplus under its other name. Domain: all x. In float.
/// Special values: log1pexp(+inf) = +inf; log1pexp(-inf) = +0; NaN -> NaN.
/// Runs the family's `softplus` kernel (bitwise identical to it).
@c(sp_log1pexp_f32)
public func logOnePlusExpF32(_ x: Float) -> Float { Kernels.softplus(x) }

/// out[i] = log1pexp(x[i]) for i < n, in float, bitwise identical to the scalar entry point (the
/// family's `softplus` kernel (bitwise identical to it)); the checks of `checkArrays`.
@c(sp_log1pexp_f32_array)
public func logOnePlusExpF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt
) -> CInt {
    runKernel(x, out, n, Kernels.softplus as (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * softplus'(x[i]) for i < n, in double, rounded once (the vector kernel
/// `Kernels.softplusBackward`, within 1 ULP); the checks of `mapBackward`.
@c(sp_softplus_backward_f64_array)
public func softplusBackwardF64Array(
    _ x: UnsafePointer<Double>?, _ grad_out: UnsafePointer<Double>?, _ grad_in: UnsafeMutablePointer<Double>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.softplusBackward as (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * softplus'(x[i]) for i < n, in float, rounded once (the vector kernel
/// `Kernels.softplusBackward`, correctly rounded); the checks of `mapBackward`.
@c(sp_softplus_backward_f32_array)
public func softplusBackwardF32Array(
    _ x: UnsafePointer<Float>?, _ grad_out: UnsafePointer<Float>?, _ grad_in: UnsafeMutablePointer<Float>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.softplusBackward as (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * softminus'(x[i]) for i < n, in double, rounded once (the vector
/// kernel `Kernels.softminusBackward`, within 1 ULP); the checks of `mapBackward`.
@c(sp_softminus_backward_f64_array)
public func softminusBackwardF64Array(
    _ x: UnsafePointer<Double>?, _ grad_out: UnsafePointer<Double>?, _ grad_in: UnsafeMutablePointer<Double>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.softminusBackward as (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * softminus'(x[i]) for i < n, in float, rounded once (the vector kernel
/// `Kernels.softminusBackward`, correctly rounded); the checks of `mapBackward`.
@c(sp_softminus_backward_f32_array)
public func softminusBackwardF32Array(
    _ x: UnsafePointer<Float>?, _ grad_out: UnsafePointer<Float>?, _ grad_in: UnsafeMutablePointer<Float>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.softminusBackward as (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * sigmoid'(x[i]) for i < n, in double, rounded once (the vector kernel
/// `Kernels.sigmoidBackward`, within 1 ULP); the checks of `mapBackward`.
@c(sp_sigmoid_backward_f64_array)
public func sigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>?, _ grad_out: UnsafePointer<Double>?, _ grad_in: UnsafeMutablePointer<Double>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.sigmoidBackward as (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * sigmoid'(x[i]) for i < n, in float, rounded once (the vector kernel
/// `Kernels.sigmoidBackward`, correctly rounded); the checks of `mapBackward`.
@c(sp_sigmoid_backward_f32_array)
public func sigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>?, _ grad_out: UnsafePointer<Float>?, _ grad_in: UnsafeMutablePointer<Float>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.sigmoidBackward as (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * one_minus_sigmoid'(x[i]) for i < n, in double, rounded once (the
/// vector kernel `Kernels.oneMinusSigmoidBackward`, within 1 ULP); the checks of `mapBackward`.
@c(sp_one_minus_sigmoid_backward_f64_array)
public func oneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>?, _ grad_out: UnsafePointer<Double>?, _ grad_in: UnsafeMutablePointer<Double>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.oneMinusSigmoidBackward as (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * one_minus_sigmoid'(x[i]) for i < n, in float, rounded once (the
/// vector kernel `Kernels.oneMinusSigmoidBackward`, correctly rounded); the checks of
/// `mapBackward`.
@c(sp_one_minus_sigmoid_backward_f32_array)
public func oneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>?, _ grad_out: UnsafePointer<Float>?, _ grad_in: UnsafeMutablePointer<Float>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.oneMinusSigmoidBackward as (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * logit'(x[i]) for i < n, in double, rounded once (the vector kernel
/// `Kernels.logitBackward`, within 1 ULP); the checks of `mapBackward`.
@c(sp_logit_backward_f64_array)
public func logitBackwardF64Array(
    _ x: UnsafePointer<Double>?, _ grad_out: UnsafePointer<Double>?, _ grad_in: UnsafeMutablePointer<Double>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.logitBackward as (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * logit'(x[i]) for i < n, in float, rounded once (the vector kernel
/// `Kernels.logitBackward`, correctly rounded); the checks of `mapBackward`.
@c(sp_logit_backward_f32_array)
public func logitBackwardF32Array(
    _ x: UnsafePointer<Float>?, _ grad_out: UnsafePointer<Float>?, _ grad_in: UnsafeMutablePointer<Float>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.logitBackward as (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * softplusinv'(x[i]) for i < n, in double, rounded once (the vector
/// kernel `Kernels.softplusInverseBackward`, within 1 ULP); the checks of `mapBackward`.
@c(sp_softplusinv_backward_f64_array)
public func softplusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>?, _ grad_out: UnsafePointer<Double>?, _ grad_in: UnsafeMutablePointer<Double>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.softplusInverseBackward as (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * softplusinv'(x[i]) for i < n, in float, rounded once (the vector
/// kernel `Kernels.softplusInverseBackward`, correctly rounded); the checks of `mapBackward`.
@c(sp_softplusinv_backward_f32_array)
public func softplusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>?, _ grad_out: UnsafePointer<Float>?, _ grad_in: UnsafeMutablePointer<Float>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.softplusInverseBackward as (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * softminusinv'(x[i]) for i < n, in double, rounded once (the vector
/// kernel `Kernels.softminusInverseBackward`, within 1 ULP); the checks of `mapBackward`.
@c(sp_softminusinv_backward_f64_array)
public func softminusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>?, _ grad_out: UnsafePointer<Double>?, _ grad_in: UnsafeMutablePointer<Double>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.softminusInverseBackward as (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * softminusinv'(x[i]) for i < n, in float, rounded once (the vector
/// kernel `Kernels.softminusInverseBackward`, correctly rounded); the checks of `mapBackward`.
@c(sp_softminusinv_backward_f32_array)
public func softminusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>?, _ grad_out: UnsafePointer<Float>?, _ grad_in: UnsafeMutablePointer<Float>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.softminusInverseBackward as (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * log_sigmoid'(x[i]) for i < n, in double, rounded once (the vector
/// kernel `Kernels.logSigmoidBackward`, within 1 ULP); the checks of `mapBackward`.
@c(sp_log_sigmoid_backward_f64_array)
public func logSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>?, _ grad_out: UnsafePointer<Double>?, _ grad_in: UnsafeMutablePointer<Double>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.logSigmoidBackward as (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * log_sigmoid'(x[i]) for i < n, in float, rounded once (the vector
/// kernel `Kernels.logSigmoidBackward`, correctly rounded); the checks of `mapBackward`.
@c(sp_log_sigmoid_backward_f32_array)
public func logSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>?, _ grad_out: UnsafePointer<Float>?, _ grad_in: UnsafeMutablePointer<Float>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.logSigmoidBackward as (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * log_one_minus_sigmoid'(x[i]) for i < n, in double, rounded once (the
/// vector kernel `Kernels.logOneMinusSigmoidBackward`, within 1 ULP); the checks of `mapBackward`.
@c(sp_log_one_minus_sigmoid_backward_f64_array)
public func logOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>?, _ grad_out: UnsafePointer<Double>?, _ grad_in: UnsafeMutablePointer<Double>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.logOneMinusSigmoidBackward as (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * log_one_minus_sigmoid'(x[i]) for i < n, in float, rounded once (the
/// vector kernel `Kernels.logOneMinusSigmoidBackward`, correctly rounded); the checks of
/// `mapBackward`.
@c(sp_log_one_minus_sigmoid_backward_f32_array)
public func logOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>?, _ grad_out: UnsafePointer<Float>?, _ grad_in: UnsafeMutablePointer<Float>?,
    _ n: UInt
) -> CInt {
    runBackwardKernel(
        x, grad_out, grad_in, n,
        Kernels.logOneMinusSigmoidBackward as (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)
}

/// bce_with_logits, reduction none: out[i] is the loss of element i (n elements), in double
/// (`binaryCrossEntropyWithLogits`, `BinaryCrossEntropySum`).
@c(sp_bce_with_logits_f64)
public func binaryCrossEntropyWithLogitsF64(
    _ x: UnsafePointer<Double>?, _ target: UnsafePointer<Double>?, _ weight: UnsafePointer<Double>?,
    _ pos_weight: UnsafePointer<Double>?, _ n: UInt,
    _ out: UnsafeMutablePointer<Double>?
) -> CInt {
    crossEntropyElementwise(
        x, target, weight, pos_weight, n, out,
        Kernels.binaryCrossEntropyWithLogits as (UnsafePointer<Double>, UnsafePointer<Double>, UnsafePointer<Double>?, UnsafePointer<Double>?,
            UnsafeMutablePointer<Double>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * d loss_i / dx_i, reduction none, in double
/// (`binaryCrossEntropyWithLogitsGradient`).
@c(sp_bce_with_logits_backward_f64)
public func binaryCrossEntropyWithLogitsGradientF64(
    _ x: UnsafePointer<Double>?, _ target: UnsafePointer<Double>?, _ weight: UnsafePointer<Double>?,
    _ pos_weight: UnsafePointer<Double>?, _ grad_out: UnsafePointer<Double>?,
    _ n: UInt, _ grad_in: UnsafeMutablePointer<Double>?
) -> CInt {
    crossEntropyBackward(
        x, target, weight, pos_weight, n, gradOutArray: grad_out, requiresGradOutArray: true, gradOut: 0, mean: false, grad_in,
        kernel: Kernels.binaryCrossEntropyWithLogitsGradient as CrossEntropyGradientKernel<Double>)
}

/// bce_with_logits, reduction sum: *out is the sum of the n losses (one element), in double
/// (`binaryCrossEntropyWithLogits`, `BinaryCrossEntropySum`).
@c(sp_bce_with_logits_sum_f64)
public func binaryCrossEntropyWithLogitsSumF64(
    _ x: UnsafePointer<Double>?, _ target: UnsafePointer<Double>?, _ weight: UnsafePointer<Double>?,
    _ pos_weight: UnsafePointer<Double>?, _ n: UInt,
    _ out: UnsafeMutablePointer<Double>?
) -> CInt {
    crossEntropyReduced(
        x, target, weight, pos_weight, n, out,
        kernel: Kernels.binaryCrossEntropyWithLogitsTotal as CrossEntropyTotalKernel<Double>
    ) { $0.sum }
}

/// grad_in[i] = grad_out (a scalar) * d loss_i / dx_i, reduction sum, in double
/// (`binaryCrossEntropyWithLogitsGradient`).
@c(sp_bce_with_logits_sum_backward_f64)
public func binaryCrossEntropyWithLogitsGradientSumF64(
    _ x: UnsafePointer<Double>?, _ target: UnsafePointer<Double>?, _ weight: UnsafePointer<Double>?,
    _ pos_weight: UnsafePointer<Double>?, _ grad_out: Double,
    _ n: UInt, _ grad_in: UnsafeMutablePointer<Double>?
) -> CInt {
    crossEntropyBackward(
        x, target, weight, pos_weight, n, gradOutArray: nil, requiresGradOutArray: false, gradOut: grad_out, mean: false, grad_in,
        kernel: Kernels.binaryCrossEntropyWithLogitsGradient as CrossEntropyGradientKernel<Double>)
}

/// bce_with_logits, reduction mean: *out is the mean of the n losses (one element; a positive quiet
/// NaN for n == 0), in double (`binaryCrossEntropyWithLogits`, `BinaryCrossEntropySum`).
@c(sp_bce_with_logits_mean_f64)
public func binaryCrossEntropyWithLogitsMeanF64(
    _ x: UnsafePointer<Double>?, _ target: UnsafePointer<Double>?, _ weight: UnsafePointer<Double>?,
    _ pos_weight: UnsafePointer<Double>?, _ n: UInt,
    _ out: UnsafeMutablePointer<Double>?
) -> CInt {
    crossEntropyReduced(
        x, target, weight, pos_weight, n, out,
        kernel: Kernels.binaryCrossEntropyWithLogitsTotal as CrossEntropyTotalKernel<Double>
    ) { $0.mean }
}

/// grad_in[i] = grad_out (a scalar) / n * d loss_i / dx_i, reduction mean, in double
/// (`binaryCrossEntropyWithLogitsGradient`).
@c(sp_bce_with_logits_mean_backward_f64)
public func binaryCrossEntropyWithLogitsGradientMeanF64(
    _ x: UnsafePointer<Double>?, _ target: UnsafePointer<Double>?, _ weight: UnsafePointer<Double>?,
    _ pos_weight: UnsafePointer<Double>?, _ grad_out: Double,
    _ n: UInt, _ grad_in: UnsafeMutablePointer<Double>?
) -> CInt {
    crossEntropyBackward(
        x, target, weight, pos_weight, n, gradOutArray: nil, requiresGradOutArray: false, gradOut: grad_out, mean: true, grad_in,
        kernel: Kernels.binaryCrossEntropyWithLogitsGradient as CrossEntropyGradientKernel<Double>)
}

/// bce_with_logits, reduction none: out[i] is the loss of element i (n elements), in float
/// (`binaryCrossEntropyWithLogits`, `BinaryCrossEntropySum`).
@c(sp_bce_with_logits_f32)
public func binaryCrossEntropyWithLogitsF32(
    _ x: UnsafePointer<Float>?, _ target: UnsafePointer<Float>?, _ weight: UnsafePointer<Float>?,
    _ pos_weight: UnsafePointer<Float>?, _ n: UInt,
    _ out: UnsafeMutablePointer<Float>?
) -> CInt {
    crossEntropyElementwise(
        x, target, weight, pos_weight, n, out,
        Kernels.binaryCrossEntropyWithLogits as (UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>?, UnsafePointer<Float>?,
            UnsafeMutablePointer<Float>, Int) -> Void)
}

/// grad_in[i] = grad_out[i] * d loss_i / dx_i, reduction none, in float
/// (`binaryCrossEntropyWithLogitsGradient`).
@c(sp_bce_with_logits_backward_f32)
public func binaryCrossEntropyWithLogitsGradientF32(
    _ x: UnsafePointer<Float>?, _ target: UnsafePointer<Float>?, _ weight: UnsafePointer<Float>?,
    _ pos_weight: UnsafePointer<Float>?, _ grad_out: UnsafePointer<Float>?,
    _ n: UInt, _ grad_in: UnsafeMutablePointer<Float>?
) -> CInt {
    crossEntropyBackward(
        x, target, weight, pos_weight, n, gradOutArray: grad_out, requiresGradOutArray: true, gradOut: 0, mean: false, grad_in,
        kernel: Kernels.binaryCrossEntropyWithLogitsGradient as CrossEntropyGradientKernel<Float>)
}

/// bce_with_logits, reduction sum: *out is the sum of the n losses (one element), in float
/// (`binaryCrossEntropyWithLogits`, `BinaryCrossEntropySum`).
@c(sp_bce_with_logits_sum_f32)
public func binaryCrossEntropyWithLogitsSumF32(
    _ x: UnsafePointer<Float>?, _ target: UnsafePointer<Float>?, _ weight: UnsafePointer<Float>?,
    _ pos_weight: UnsafePointer<Float>?, _ n: UInt,
    _ out: UnsafeMutablePointer<Float>?
) -> CInt {
    crossEntropyReduced(
        x, target, weight, pos_weight, n, out,
        kernel: Kernels.binaryCrossEntropyWithLogitsTotal as CrossEntropyTotalKernel<Float>
    ) { $0.floatSum }
}

/// grad_in[i] = grad_out (a scalar) * d loss_i / dx_i, reduction sum, in float
/// (`binaryCrossEntropyWithLogitsGradient`).
@c(sp_bce_with_logits_sum_backward_f32)
public func binaryCrossEntropyWithLogitsGradientSumF32(
    _ x: UnsafePointer<Float>?, _ target: UnsafePointer<Float>?, _ weight: UnsafePointer<Float>?,
    _ pos_weight: UnsafePointer<Float>?, _ grad_out: Float,
    _ n: UInt, _ grad_in: UnsafeMutablePointer<Float>?
) -> CInt {
    crossEntropyBackward(
        x, target, weight, pos_weight, n, gradOutArray: nil, requiresGradOutArray: false, gradOut: grad_out, mean: false, grad_in,
        kernel: Kernels.binaryCrossEntropyWithLogitsGradient as CrossEntropyGradientKernel<Float>)
}

/// bce_with_logits, reduction mean: *out is the mean of the n losses (one element; a positive quiet
/// NaN for n == 0), in float (`binaryCrossEntropyWithLogits`, `BinaryCrossEntropySum`).
@c(sp_bce_with_logits_mean_f32)
public func binaryCrossEntropyWithLogitsMeanF32(
    _ x: UnsafePointer<Float>?, _ target: UnsafePointer<Float>?, _ weight: UnsafePointer<Float>?,
    _ pos_weight: UnsafePointer<Float>?, _ n: UInt,
    _ out: UnsafeMutablePointer<Float>?
) -> CInt {
    crossEntropyReduced(
        x, target, weight, pos_weight, n, out,
        kernel: Kernels.binaryCrossEntropyWithLogitsTotal as CrossEntropyTotalKernel<Float>
    ) { $0.floatMean }
}

/// grad_in[i] = grad_out (a scalar) / n * d loss_i / dx_i, reduction mean, in float
/// (`binaryCrossEntropyWithLogitsGradient`).
@c(sp_bce_with_logits_mean_backward_f32)
public func binaryCrossEntropyWithLogitsGradientMeanF32(
    _ x: UnsafePointer<Float>?, _ target: UnsafePointer<Float>?, _ weight: UnsafePointer<Float>?,
    _ pos_weight: UnsafePointer<Float>?, _ grad_out: Float,
    _ n: UInt, _ grad_in: UnsafeMutablePointer<Float>?
) -> CInt {
    crossEntropyBackward(
        x, target, weight, pos_weight, n, gradOutArray: nil, requiresGradOutArray: false, gradOut: grad_out, mean: true, grad_in,
        kernel: Kernels.binaryCrossEntropyWithLogitsGradient as CrossEntropyGradientKernel<Float>)
}

/// softplus_beta(x) = log(1 + e^(beta x)) / beta, or x where beta x > threshold (PyTorch's
/// Softplus), for every beta > 0, in double.
/// Special values: beta <= 0 or NaN, threshold NaN -> NaN; x = +inf -> +inf; x = -inf -> +0; beta =
/// +inf -> max(x, 0); threshold = +inf: never linear.
/// Runs the vector kernel `Kernels.parameterizedSoftplus`, within 1 ULP.
@c(sp_softplus_beta_f64)
public func softplusF64(_ x: Double, _ beta: Double, _ threshold: Double) -> Double { Kernels.parameterizedSoftplus(x, beta, threshold) }

/// out[i] = softplus_beta(x[i]) for i < n, in double, bitwise identical to the scalar entry point
/// (the vector kernel `Kernels.parameterizedSoftplus`, within 1 ULP); the checks of `checkArrays`.
@c(sp_softplus_beta_f64_array)
public func softplusF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt, _ beta: Double, _ threshold: Double
) -> CInt {
    runKernel(x, out, n) { Kernels.parameterizedSoftplus($0, $1, $2, beta, threshold) }
}

/// softplus_beta(x) = log(1 + e^(beta x)) / beta, or x where beta x > threshold (PyTorch's
/// Softplus), for every beta > 0, in float.
/// Special values: beta <= 0 or NaN, threshold NaN -> NaN; x = +inf -> +inf; x = -inf -> +0; beta =
/// +inf -> max(x, 0); threshold = +inf: never linear.
/// Runs the vector kernel `Kernels.parameterizedSoftplus`, correctly rounded.
@c(sp_softplus_beta_f32)
public func softplusF32(_ x: Float, _ beta: Float, _ threshold: Float) -> Float { Kernels.parameterizedSoftplus(x, beta, threshold) }

/// out[i] = softplus_beta(x[i]) for i < n, in float, bitwise identical to the scalar entry point
/// (the vector kernel `Kernels.parameterizedSoftplus`, correctly rounded); the checks of
/// `checkArrays`.
@c(sp_softplus_beta_f32_array)
public func softplusF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt, _ beta: Float, _ threshold: Float
) -> CInt {
    runKernel(x, out, n) { Kernels.parameterizedSoftplus($0, $1, $2, beta, threshold) }
}

/// softplusinv_beta(y) = log(e^(beta y) - 1) / beta, or y where beta y > threshold: the inverse of
/// softplus_beta, in double.
/// Special values: y = 0 -> -inf; y < 0 -> NaN; beta <= 0 or NaN, threshold NaN -> NaN; y = +inf ->
/// +inf.
/// Runs the vector kernel `Kernels.parameterizedSoftplusInverse`, within 1 ULP.
@c(sp_softplusinv_beta_f64)
public func softplusInverseF64(_ y: Double, _ beta: Double, _ threshold: Double) -> Double { Kernels.parameterizedSoftplusInverse(y, beta, threshold) }

/// out[i] = softplusinv_beta(x[i]) for i < n, in double, bitwise identical to the scalar entry
/// point (the vector kernel `Kernels.parameterizedSoftplusInverse`, within 1 ULP); the checks of
/// `checkArrays`.
@c(sp_softplusinv_beta_f64_array)
public func softplusInverseF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt, _ beta: Double, _ threshold: Double
) -> CInt {
    runKernel(x, out, n) { Kernels.parameterizedSoftplusInverse($0, $1, $2, beta, threshold) }
}

/// softplusinv_beta(y) = log(e^(beta y) - 1) / beta, or y where beta y > threshold: the inverse of
/// softplus_beta, in float.
/// Special values: y = 0 -> -inf; y < 0 -> NaN; beta <= 0 or NaN, threshold NaN -> NaN; y = +inf ->
/// +inf.
/// Runs the vector kernel `Kernels.parameterizedSoftplusInverse`, correctly rounded.
@c(sp_softplusinv_beta_f32)
public func softplusInverseF32(_ y: Float, _ beta: Float, _ threshold: Float) -> Float { Kernels.parameterizedSoftplusInverse(y, beta, threshold) }

/// out[i] = softplusinv_beta(x[i]) for i < n, in float, bitwise identical to the scalar entry point
/// (the vector kernel `Kernels.parameterizedSoftplusInverse`, correctly rounded); the checks of
/// `checkArrays`.
@c(sp_softplusinv_beta_f32_array)
public func softplusInverseF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt, _ beta: Float, _ threshold: Float
) -> CInt {
    runKernel(x, out, n) { Kernels.parameterizedSoftplusInverse($0, $1, $2, beta, threshold) }
}

/// softplus_through(x) = softplus(x + softplusinv(c)): the softplus whose value at 0 is c > 0,
/// exactly, in double.
/// Special values: softplus_through(0, c) = c; c <= 0 or NaN -> NaN; x = +inf -> +inf; x = -inf ->
/// +0.
/// Runs the vector kernel `Kernels.softplusThrough`, within 1 ULP.
@c(sp_softplus_through_f64)
public func softplusThroughF64(_ x: Double, _ c: Double) -> Double { Kernels.softplusThrough(x, c) }

/// out[i] = softplus_through(x[i]) for i < n, in double, bitwise identical to the scalar entry
/// point (the vector kernel `Kernels.softplusThrough`, within 1 ULP); the checks of `checkArrays`.
@c(sp_softplus_through_f64_array)
public func softplusThroughF64Array(
    _ x: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?, _ n: UInt, _ c: Double
) -> CInt {
    runKernel(x, out, n) { Kernels.softplusThrough($0, $1, $2, c) }
}

/// softplus_through(x) = softplus(x + softplusinv(c)): the softplus whose value at 0 is c > 0,
/// exactly, in float.
/// Special values: softplus_through(0, c) = c; c <= 0 or NaN -> NaN; x = +inf -> +inf; x = -inf ->
/// +0.
/// Runs the vector kernel `Kernels.softplusThrough`, correctly rounded.
@c(sp_softplus_through_f32)
public func softplusThroughF32(_ x: Float, _ c: Float) -> Float { Kernels.softplusThrough(x, c) }

/// out[i] = softplus_through(x[i]) for i < n, in float, bitwise identical to the scalar entry point
/// (the vector kernel `Kernels.softplusThrough`, correctly rounded); the checks of `checkArrays`.
@c(sp_softplus_through_f32_array)
public func softplusThroughF32Array(
    _ x: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>?, _ n: UInt, _ c: Float
) -> CInt {
    runKernel(x, out, n) { Kernels.softplusThrough($0, $1, $2, c) }
}
