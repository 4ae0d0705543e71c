// GENERATED from spec/softplus.json by tools/header/generate.py. Do not edit: edit the spec, then
// run `python3 tools/header/generate.py sources` (Tests/header fails while this file is stale).
//
// The C names of the kernels of one x86-64 copy of Sources/SoftplusKernels (cmake/kernels.cmake
// compiles this file into each copy with -DSOFTPLUS_KERNELS_<PATH>). The entry points call the copies
// through these C symbols (Dispatch.swift), not through the Swift modules: Embedded Swift serializes
// every function body into its module, and an importer would inline the kernels and compile them
// for its own, baseline, instruction set.

#if SOFTPLUS_KERNELS_BASELINE
@c(softplus_kernels_baseline_softplus_f64)
public func exportedSoftplusF64(_ x: Double) -> Double {
    VectorKernels.softplus(x)
}
@c(softplus_kernels_baseline_softplus_f32)
public func exportedSoftplusF32(_ x: Float) -> Float {
    VectorKernels.softplus(x)
}
@c(softplus_kernels_baseline_softplus_f64_array)
public func exportedSoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplus(x, out, count)
}
@c(softplus_kernels_baseline_softplus_f32_array)
public func exportedSoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplus(x, out, count)
}
@c(softplus_kernels_baseline_softminus_f64)
public func exportedSoftminusF64(_ x: Double) -> Double {
    VectorKernels.softminus(x)
}
@c(softplus_kernels_baseline_softminus_f32)
public func exportedSoftminusF32(_ x: Float) -> Float {
    VectorKernels.softminus(x)
}
@c(softplus_kernels_baseline_softminus_f64_array)
public func exportedSoftminusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminus(x, out, count)
}
@c(softplus_kernels_baseline_softminus_f32_array)
public func exportedSoftminusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminus(x, out, count)
}
@c(softplus_kernels_baseline_sigmoid_f64)
public func exportedSigmoidF64(_ x: Double) -> Double {
    VectorKernels.sigmoid(x)
}
@c(softplus_kernels_baseline_sigmoid_f32)
public func exportedSigmoidF32(_ x: Float) -> Float {
    VectorKernels.sigmoid(x)
}
@c(softplus_kernels_baseline_sigmoid_f64_array)
public func exportedSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.sigmoid(x, out, count)
}
@c(softplus_kernels_baseline_sigmoid_f32_array)
public func exportedSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.sigmoid(x, out, count)
}
@c(softplus_kernels_baseline_one_minus_sigmoid_f64)
public func exportedOneMinusSigmoidF64(_ x: Double) -> Double {
    VectorKernels.oneMinusSigmoid(x)
}
@c(softplus_kernels_baseline_one_minus_sigmoid_f32)
public func exportedOneMinusSigmoidF32(_ x: Float) -> Float {
    VectorKernels.oneMinusSigmoid(x)
}
@c(softplus_kernels_baseline_one_minus_sigmoid_f64_array)
public func exportedOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.oneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_baseline_one_minus_sigmoid_f32_array)
public func exportedOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.oneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_baseline_logit_f64)
public func exportedLogitF64(_ x: Double) -> Double {
    VectorKernels.logit(x)
}
@c(softplus_kernels_baseline_logit_f32)
public func exportedLogitF32(_ x: Float) -> Float {
    VectorKernels.logit(x)
}
@c(softplus_kernels_baseline_logit_f64_array)
public func exportedLogitF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logit(x, out, count)
}
@c(softplus_kernels_baseline_logit_f32_array)
public func exportedLogitF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logit(x, out, count)
}
@c(softplus_kernels_baseline_softplusinv_f64)
public func exportedSoftplusInverseF64(_ x: Double) -> Double {
    VectorKernels.softplusInverse(x)
}
@c(softplus_kernels_baseline_softplusinv_f32)
public func exportedSoftplusInverseF32(_ x: Float) -> Float {
    VectorKernels.softplusInverse(x)
}
@c(softplus_kernels_baseline_softplusinv_f64_array)
public func exportedSoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusInverse(x, out, count)
}
@c(softplus_kernels_baseline_softplusinv_f32_array)
public func exportedSoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusInverse(x, out, count)
}
@c(softplus_kernels_baseline_softminusinv_f64)
public func exportedSoftminusInverseF64(_ x: Double) -> Double {
    VectorKernels.softminusInverse(x)
}
@c(softplus_kernels_baseline_softminusinv_f32)
public func exportedSoftminusInverseF32(_ x: Float) -> Float {
    VectorKernels.softminusInverse(x)
}
@c(softplus_kernels_baseline_softminusinv_f64_array)
public func exportedSoftminusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusInverse(x, out, count)
}
@c(softplus_kernels_baseline_softminusinv_f32_array)
public func exportedSoftminusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusInverse(x, out, count)
}
@c(softplus_kernels_baseline_log_sigmoid_f64)
public func exportedLogSigmoidF64(_ x: Double) -> Double {
    VectorKernels.logSigmoid(x)
}
@c(softplus_kernels_baseline_log_sigmoid_f32)
public func exportedLogSigmoidF32(_ x: Float) -> Float {
    VectorKernels.logSigmoid(x)
}
@c(softplus_kernels_baseline_log_sigmoid_f64_array)
public func exportedLogSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logSigmoid(x, out, count)
}
@c(softplus_kernels_baseline_log_sigmoid_f32_array)
public func exportedLogSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logSigmoid(x, out, count)
}
@c(softplus_kernels_baseline_log_one_minus_sigmoid_f64)
public func exportedLogOneMinusSigmoidF64(_ x: Double) -> Double {
    VectorKernels.logOneMinusSigmoid(x)
}
@c(softplus_kernels_baseline_log_one_minus_sigmoid_f32)
public func exportedLogOneMinusSigmoidF32(_ x: Float) -> Float {
    VectorKernels.logOneMinusSigmoid(x)
}
@c(softplus_kernels_baseline_log_one_minus_sigmoid_f64_array)
public func exportedLogOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_baseline_log_one_minus_sigmoid_f32_array)
public func exportedLogOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_baseline_sigmoid_deriv_f64)
public func exportedSigmoidDerivativeF64(_ x: Double) -> Double {
    VectorKernels.sigmoidDerivative(x)
}
@c(softplus_kernels_baseline_sigmoid_deriv_f64_array)
public func exportedSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.sigmoidDerivative(x, out, count)
}
@c(softplus_kernels_baseline_sigmoid_deriv_f32)
public func exportedSigmoidDerivativeF32(_ x: Float) -> Float {
    VectorKernels.sigmoidDerivative(x)
}
@c(softplus_kernels_baseline_sigmoid_deriv_f32_array)
public func exportedSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.sigmoidDerivative(x, out, count)
}
@c(softplus_kernels_baseline_one_minus_sigmoid_deriv_f64)
public func exportedOneMinusSigmoidDerivativeF64(_ x: Double) -> Double {
    VectorKernels.oneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_baseline_one_minus_sigmoid_deriv_f64_array)
public func exportedOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_baseline_one_minus_sigmoid_deriv_f32)
public func exportedOneMinusSigmoidDerivativeF32(_ x: Float) -> Float {
    VectorKernels.oneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_baseline_one_minus_sigmoid_deriv_f32_array)
public func exportedOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_baseline_logit_deriv_f64)
public func exportedLogitDerivativeF64(_ x: Double) -> Double {
    VectorKernels.logitDerivative(x)
}
@c(softplus_kernels_baseline_logit_deriv_f64_array)
public func exportedLogitDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logitDerivative(x, out, count)
}
@c(softplus_kernels_baseline_logit_deriv_f32)
public func exportedLogitDerivativeF32(_ x: Float) -> Float {
    VectorKernels.logitDerivative(x)
}
@c(softplus_kernels_baseline_logit_deriv_f32_array)
public func exportedLogitDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logitDerivative(x, out, count)
}
@c(softplus_kernels_baseline_softplusinv_deriv_f64)
public func exportedSoftplusInverseDerivativeF64(_ x: Double) -> Double {
    VectorKernels.softplusInverseDerivative(x)
}
@c(softplus_kernels_baseline_softplusinv_deriv_f64_array)
public func exportedSoftplusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusInverseDerivative(x, out, count)
}
@c(softplus_kernels_baseline_softplusinv_deriv_f32)
public func exportedSoftplusInverseDerivativeF32(_ x: Float) -> Float {
    VectorKernels.softplusInverseDerivative(x)
}
@c(softplus_kernels_baseline_softplusinv_deriv_f32_array)
public func exportedSoftplusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusInverseDerivative(x, out, count)
}
@c(softplus_kernels_baseline_softminusinv_deriv_f64)
public func exportedSoftminusInverseDerivativeF64(_ x: Double) -> Double {
    VectorKernels.softminusInverseDerivative(x)
}
@c(softplus_kernels_baseline_softminusinv_deriv_f64_array)
public func exportedSoftminusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusInverseDerivative(x, out, count)
}
@c(softplus_kernels_baseline_softminusinv_deriv_f32)
public func exportedSoftminusInverseDerivativeF32(_ x: Float) -> Float {
    VectorKernels.softminusInverseDerivative(x)
}
@c(softplus_kernels_baseline_softminusinv_deriv_f32_array)
public func exportedSoftminusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusInverseDerivative(x, out, count)
}
@c(softplus_kernels_baseline_log_one_minus_sigmoid_deriv_f64)
public func exportedLogOneMinusSigmoidDerivativeF64(_ x: Double) -> Double {
    VectorKernels.logOneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_baseline_log_one_minus_sigmoid_deriv_f64_array)
public func exportedLogOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_baseline_log_one_minus_sigmoid_deriv_f32)
public func exportedLogOneMinusSigmoidDerivativeF32(_ x: Float) -> Float {
    VectorKernels.logOneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_baseline_log_one_minus_sigmoid_deriv_f32_array)
public func exportedLogOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_baseline_log1mexp_f64)
public func exportedLogOneMinusExpF64(_ x: Double) -> Double {
    VectorKernels.logOneMinusExp(x)
}
@c(softplus_kernels_baseline_log1mexp_f64_array)
public func exportedLogOneMinusExpF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusExp(x, out, count)
}
@c(softplus_kernels_baseline_log1mexp_f32)
public func exportedLogOneMinusExpF32(_ x: Float) -> Float {
    VectorKernels.logOneMinusExp(x)
}
@c(softplus_kernels_baseline_log1mexp_f32_array)
public func exportedLogOneMinusExpF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusExp(x, out, count)
}
@c(softplus_kernels_baseline_softplus_beta_f64)
public func exportedParameterizedSoftplusF64(
    _ x: Double, _ beta: Double, _ threshold: Double
) -> Double {
    VectorKernels.parameterizedSoftplus(x, beta, threshold)
}
@c(softplus_kernels_baseline_softplus_beta_f64_array)
public func exportedParameterizedSoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
) {
    VectorKernels.parameterizedSoftplus(x, out, count, beta, threshold)
}
@c(softplus_kernels_baseline_softplus_beta_f32)
public func exportedParameterizedSoftplusF32(
    _ x: Float, _ beta: Float, _ threshold: Float
) -> Float {
    VectorKernels.parameterizedSoftplus(x, beta, threshold)
}
@c(softplus_kernels_baseline_softplus_beta_f32_array)
public func exportedParameterizedSoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
) {
    VectorKernels.parameterizedSoftplus(x, out, count, beta, threshold)
}
@c(softplus_kernels_baseline_softplusinv_beta_f64)
public func exportedParameterizedSoftplusInverseF64(
    _ x: Double, _ beta: Double, _ threshold: Double
) -> Double {
    VectorKernels.parameterizedSoftplusInverse(x, beta, threshold)
}
@c(softplus_kernels_baseline_softplusinv_beta_f64_array)
public func exportedParameterizedSoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
) {
    VectorKernels.parameterizedSoftplusInverse(x, out, count, beta, threshold)
}
@c(softplus_kernels_baseline_softplusinv_beta_f32)
public func exportedParameterizedSoftplusInverseF32(
    _ x: Float, _ beta: Float, _ threshold: Float
) -> Float {
    VectorKernels.parameterizedSoftplusInverse(x, beta, threshold)
}
@c(softplus_kernels_baseline_softplusinv_beta_f32_array)
public func exportedParameterizedSoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
) {
    VectorKernels.parameterizedSoftplusInverse(x, out, count, beta, threshold)
}
@c(softplus_kernels_baseline_softplus_through_f64)
public func exportedSoftplusThroughF64(_ x: Double, _ c: Double) -> Double {
    VectorKernels.softplusThrough(x, c)
}
@c(softplus_kernels_baseline_softplus_through_f64_array)
public func exportedSoftplusThroughF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ c: Double
) {
    VectorKernels.softplusThrough(x, out, count, c)
}
@c(softplus_kernels_baseline_softplus_through_f32)
public func exportedSoftplusThroughF32(_ x: Float, _ c: Float) -> Float {
    VectorKernels.softplusThrough(x, c)
}
@c(softplus_kernels_baseline_softplus_through_f32_array)
public func exportedSoftplusThroughF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ c: Float
) {
    VectorKernels.softplusThrough(x, out, count, c)
}
@c(softplus_kernels_baseline_softplus_backward_f64_array)
public func exportedSoftplusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_softplus_backward_f32_array)
public func exportedSoftplusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_softminus_backward_f64_array)
public func exportedSoftminusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_softminus_backward_f32_array)
public func exportedSoftminusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_sigmoid_backward_f64_array)
public func exportedSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.sigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_sigmoid_backward_f32_array)
public func exportedSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.sigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_one_minus_sigmoid_backward_f64_array)
public func exportedOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_one_minus_sigmoid_backward_f32_array)
public func exportedOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_logit_backward_f64_array)
public func exportedLogitBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logitBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_logit_backward_f32_array)
public func exportedLogitBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logitBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_softplusinv_backward_f64_array)
public func exportedSoftplusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_softplusinv_backward_f32_array)
public func exportedSoftplusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_softminusinv_backward_f64_array)
public func exportedSoftminusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_softminusinv_backward_f32_array)
public func exportedSoftminusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_log_sigmoid_backward_f64_array)
public func exportedLogSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_log_sigmoid_backward_f32_array)
public func exportedLogSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_log_one_minus_sigmoid_backward_f64_array)
public func exportedLogOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_log_one_minus_sigmoid_backward_f32_array)
public func exportedLogOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_baseline_bce_with_logits_f64)
public func exportedBinaryCrossEntropyWithLogitsF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogits(x, target, weight, positiveWeight, out, count)
}
@c(softplus_kernels_baseline_bce_with_logits_total_f64)
public func exportedBinaryCrossEntropyWithLogitsTotalF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
) {
    VectorKernels.binaryCrossEntropyWithLogitsTotal(x, target, weight, positiveWeight, count, total)
}
@c(softplus_kernels_baseline_bce_with_logits_gradient_f64)
public func exportedBinaryCrossEntropyWithLogitsGradientF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ gradOut: UnsafePointer<Double>?, _ gradOutValue: Double, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogitsGradient(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
}
@c(softplus_kernels_baseline_bce_with_logits_f32)
public func exportedBinaryCrossEntropyWithLogitsF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogits(x, target, weight, positiveWeight, out, count)
}
@c(softplus_kernels_baseline_bce_with_logits_total_f32)
public func exportedBinaryCrossEntropyWithLogitsTotalF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
) {
    VectorKernels.binaryCrossEntropyWithLogitsTotal(x, target, weight, positiveWeight, count, total)
}
@c(softplus_kernels_baseline_bce_with_logits_gradient_f32)
public func exportedBinaryCrossEntropyWithLogitsGradientF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ gradOut: UnsafePointer<Float>?, _ gradOutValue: Float, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogitsGradient(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
}
#elseif SOFTPLUS_KERNELS_AVX2
@c(softplus_kernels_avx2_softplus_f64)
public func exportedSoftplusF64(_ x: Double) -> Double {
    VectorKernels.softplus(x)
}
@c(softplus_kernels_avx2_softplus_f32)
public func exportedSoftplusF32(_ x: Float) -> Float {
    VectorKernels.softplus(x)
}
@c(softplus_kernels_avx2_softplus_f64_array)
public func exportedSoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplus(x, out, count)
}
@c(softplus_kernels_avx2_softplus_f32_array)
public func exportedSoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplus(x, out, count)
}
@c(softplus_kernels_avx2_softminus_f64)
public func exportedSoftminusF64(_ x: Double) -> Double {
    VectorKernels.softminus(x)
}
@c(softplus_kernels_avx2_softminus_f32)
public func exportedSoftminusF32(_ x: Float) -> Float {
    VectorKernels.softminus(x)
}
@c(softplus_kernels_avx2_softminus_f64_array)
public func exportedSoftminusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminus(x, out, count)
}
@c(softplus_kernels_avx2_softminus_f32_array)
public func exportedSoftminusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminus(x, out, count)
}
@c(softplus_kernels_avx2_sigmoid_f64)
public func exportedSigmoidF64(_ x: Double) -> Double {
    VectorKernels.sigmoid(x)
}
@c(softplus_kernels_avx2_sigmoid_f32)
public func exportedSigmoidF32(_ x: Float) -> Float {
    VectorKernels.sigmoid(x)
}
@c(softplus_kernels_avx2_sigmoid_f64_array)
public func exportedSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.sigmoid(x, out, count)
}
@c(softplus_kernels_avx2_sigmoid_f32_array)
public func exportedSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.sigmoid(x, out, count)
}
@c(softplus_kernels_avx2_one_minus_sigmoid_f64)
public func exportedOneMinusSigmoidF64(_ x: Double) -> Double {
    VectorKernels.oneMinusSigmoid(x)
}
@c(softplus_kernels_avx2_one_minus_sigmoid_f32)
public func exportedOneMinusSigmoidF32(_ x: Float) -> Float {
    VectorKernels.oneMinusSigmoid(x)
}
@c(softplus_kernels_avx2_one_minus_sigmoid_f64_array)
public func exportedOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.oneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_avx2_one_minus_sigmoid_f32_array)
public func exportedOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.oneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_avx2_logit_f64)
public func exportedLogitF64(_ x: Double) -> Double {
    VectorKernels.logit(x)
}
@c(softplus_kernels_avx2_logit_f32)
public func exportedLogitF32(_ x: Float) -> Float {
    VectorKernels.logit(x)
}
@c(softplus_kernels_avx2_logit_f64_array)
public func exportedLogitF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logit(x, out, count)
}
@c(softplus_kernels_avx2_logit_f32_array)
public func exportedLogitF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logit(x, out, count)
}
@c(softplus_kernels_avx2_softplusinv_f64)
public func exportedSoftplusInverseF64(_ x: Double) -> Double {
    VectorKernels.softplusInverse(x)
}
@c(softplus_kernels_avx2_softplusinv_f32)
public func exportedSoftplusInverseF32(_ x: Float) -> Float {
    VectorKernels.softplusInverse(x)
}
@c(softplus_kernels_avx2_softplusinv_f64_array)
public func exportedSoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusInverse(x, out, count)
}
@c(softplus_kernels_avx2_softplusinv_f32_array)
public func exportedSoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusInverse(x, out, count)
}
@c(softplus_kernels_avx2_softminusinv_f64)
public func exportedSoftminusInverseF64(_ x: Double) -> Double {
    VectorKernels.softminusInverse(x)
}
@c(softplus_kernels_avx2_softminusinv_f32)
public func exportedSoftminusInverseF32(_ x: Float) -> Float {
    VectorKernels.softminusInverse(x)
}
@c(softplus_kernels_avx2_softminusinv_f64_array)
public func exportedSoftminusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusInverse(x, out, count)
}
@c(softplus_kernels_avx2_softminusinv_f32_array)
public func exportedSoftminusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusInverse(x, out, count)
}
@c(softplus_kernels_avx2_log_sigmoid_f64)
public func exportedLogSigmoidF64(_ x: Double) -> Double {
    VectorKernels.logSigmoid(x)
}
@c(softplus_kernels_avx2_log_sigmoid_f32)
public func exportedLogSigmoidF32(_ x: Float) -> Float {
    VectorKernels.logSigmoid(x)
}
@c(softplus_kernels_avx2_log_sigmoid_f64_array)
public func exportedLogSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logSigmoid(x, out, count)
}
@c(softplus_kernels_avx2_log_sigmoid_f32_array)
public func exportedLogSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logSigmoid(x, out, count)
}
@c(softplus_kernels_avx2_log_one_minus_sigmoid_f64)
public func exportedLogOneMinusSigmoidF64(_ x: Double) -> Double {
    VectorKernels.logOneMinusSigmoid(x)
}
@c(softplus_kernels_avx2_log_one_minus_sigmoid_f32)
public func exportedLogOneMinusSigmoidF32(_ x: Float) -> Float {
    VectorKernels.logOneMinusSigmoid(x)
}
@c(softplus_kernels_avx2_log_one_minus_sigmoid_f64_array)
public func exportedLogOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_avx2_log_one_minus_sigmoid_f32_array)
public func exportedLogOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_avx2_sigmoid_deriv_f64)
public func exportedSigmoidDerivativeF64(_ x: Double) -> Double {
    VectorKernels.sigmoidDerivative(x)
}
@c(softplus_kernels_avx2_sigmoid_deriv_f64_array)
public func exportedSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.sigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx2_sigmoid_deriv_f32)
public func exportedSigmoidDerivativeF32(_ x: Float) -> Float {
    VectorKernels.sigmoidDerivative(x)
}
@c(softplus_kernels_avx2_sigmoid_deriv_f32_array)
public func exportedSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.sigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx2_one_minus_sigmoid_deriv_f64)
public func exportedOneMinusSigmoidDerivativeF64(_ x: Double) -> Double {
    VectorKernels.oneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_avx2_one_minus_sigmoid_deriv_f64_array)
public func exportedOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx2_one_minus_sigmoid_deriv_f32)
public func exportedOneMinusSigmoidDerivativeF32(_ x: Float) -> Float {
    VectorKernels.oneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_avx2_one_minus_sigmoid_deriv_f32_array)
public func exportedOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx2_logit_deriv_f64)
public func exportedLogitDerivativeF64(_ x: Double) -> Double {
    VectorKernels.logitDerivative(x)
}
@c(softplus_kernels_avx2_logit_deriv_f64_array)
public func exportedLogitDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logitDerivative(x, out, count)
}
@c(softplus_kernels_avx2_logit_deriv_f32)
public func exportedLogitDerivativeF32(_ x: Float) -> Float {
    VectorKernels.logitDerivative(x)
}
@c(softplus_kernels_avx2_logit_deriv_f32_array)
public func exportedLogitDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logitDerivative(x, out, count)
}
@c(softplus_kernels_avx2_softplusinv_deriv_f64)
public func exportedSoftplusInverseDerivativeF64(_ x: Double) -> Double {
    VectorKernels.softplusInverseDerivative(x)
}
@c(softplus_kernels_avx2_softplusinv_deriv_f64_array)
public func exportedSoftplusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusInverseDerivative(x, out, count)
}
@c(softplus_kernels_avx2_softplusinv_deriv_f32)
public func exportedSoftplusInverseDerivativeF32(_ x: Float) -> Float {
    VectorKernels.softplusInverseDerivative(x)
}
@c(softplus_kernels_avx2_softplusinv_deriv_f32_array)
public func exportedSoftplusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusInverseDerivative(x, out, count)
}
@c(softplus_kernels_avx2_softminusinv_deriv_f64)
public func exportedSoftminusInverseDerivativeF64(_ x: Double) -> Double {
    VectorKernels.softminusInverseDerivative(x)
}
@c(softplus_kernels_avx2_softminusinv_deriv_f64_array)
public func exportedSoftminusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusInverseDerivative(x, out, count)
}
@c(softplus_kernels_avx2_softminusinv_deriv_f32)
public func exportedSoftminusInverseDerivativeF32(_ x: Float) -> Float {
    VectorKernels.softminusInverseDerivative(x)
}
@c(softplus_kernels_avx2_softminusinv_deriv_f32_array)
public func exportedSoftminusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusInverseDerivative(x, out, count)
}
@c(softplus_kernels_avx2_log_one_minus_sigmoid_deriv_f64)
public func exportedLogOneMinusSigmoidDerivativeF64(_ x: Double) -> Double {
    VectorKernels.logOneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_avx2_log_one_minus_sigmoid_deriv_f64_array)
public func exportedLogOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx2_log_one_minus_sigmoid_deriv_f32)
public func exportedLogOneMinusSigmoidDerivativeF32(_ x: Float) -> Float {
    VectorKernels.logOneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_avx2_log_one_minus_sigmoid_deriv_f32_array)
public func exportedLogOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx2_log1mexp_f64)
public func exportedLogOneMinusExpF64(_ x: Double) -> Double {
    VectorKernels.logOneMinusExp(x)
}
@c(softplus_kernels_avx2_log1mexp_f64_array)
public func exportedLogOneMinusExpF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusExp(x, out, count)
}
@c(softplus_kernels_avx2_log1mexp_f32)
public func exportedLogOneMinusExpF32(_ x: Float) -> Float {
    VectorKernels.logOneMinusExp(x)
}
@c(softplus_kernels_avx2_log1mexp_f32_array)
public func exportedLogOneMinusExpF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusExp(x, out, count)
}
@c(softplus_kernels_avx2_softplus_beta_f64)
public func exportedParameterizedSoftplusF64(
    _ x: Double, _ beta: Double, _ threshold: Double
) -> Double {
    VectorKernels.parameterizedSoftplus(x, beta, threshold)
}
@c(softplus_kernels_avx2_softplus_beta_f64_array)
public func exportedParameterizedSoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
) {
    VectorKernels.parameterizedSoftplus(x, out, count, beta, threshold)
}
@c(softplus_kernels_avx2_softplus_beta_f32)
public func exportedParameterizedSoftplusF32(
    _ x: Float, _ beta: Float, _ threshold: Float
) -> Float {
    VectorKernels.parameterizedSoftplus(x, beta, threshold)
}
@c(softplus_kernels_avx2_softplus_beta_f32_array)
public func exportedParameterizedSoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
) {
    VectorKernels.parameterizedSoftplus(x, out, count, beta, threshold)
}
@c(softplus_kernels_avx2_softplusinv_beta_f64)
public func exportedParameterizedSoftplusInverseF64(
    _ x: Double, _ beta: Double, _ threshold: Double
) -> Double {
    VectorKernels.parameterizedSoftplusInverse(x, beta, threshold)
}
@c(softplus_kernels_avx2_softplusinv_beta_f64_array)
public func exportedParameterizedSoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
) {
    VectorKernels.parameterizedSoftplusInverse(x, out, count, beta, threshold)
}
@c(softplus_kernels_avx2_softplusinv_beta_f32)
public func exportedParameterizedSoftplusInverseF32(
    _ x: Float, _ beta: Float, _ threshold: Float
) -> Float {
    VectorKernels.parameterizedSoftplusInverse(x, beta, threshold)
}
@c(softplus_kernels_avx2_softplusinv_beta_f32_array)
public func exportedParameterizedSoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
) {
    VectorKernels.parameterizedSoftplusInverse(x, out, count, beta, threshold)
}
@c(softplus_kernels_avx2_softplus_through_f64)
public func exportedSoftplusThroughF64(_ x: Double, _ c: Double) -> Double {
    VectorKernels.softplusThrough(x, c)
}
@c(softplus_kernels_avx2_softplus_through_f64_array)
public func exportedSoftplusThroughF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ c: Double
) {
    VectorKernels.softplusThrough(x, out, count, c)
}
@c(softplus_kernels_avx2_softplus_through_f32)
public func exportedSoftplusThroughF32(_ x: Float, _ c: Float) -> Float {
    VectorKernels.softplusThrough(x, c)
}
@c(softplus_kernels_avx2_softplus_through_f32_array)
public func exportedSoftplusThroughF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ c: Float
) {
    VectorKernels.softplusThrough(x, out, count, c)
}
@c(softplus_kernels_avx2_softplus_backward_f64_array)
public func exportedSoftplusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_softplus_backward_f32_array)
public func exportedSoftplusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_softminus_backward_f64_array)
public func exportedSoftminusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_softminus_backward_f32_array)
public func exportedSoftminusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_sigmoid_backward_f64_array)
public func exportedSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.sigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_sigmoid_backward_f32_array)
public func exportedSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.sigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_one_minus_sigmoid_backward_f64_array)
public func exportedOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_one_minus_sigmoid_backward_f32_array)
public func exportedOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_logit_backward_f64_array)
public func exportedLogitBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logitBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_logit_backward_f32_array)
public func exportedLogitBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logitBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_softplusinv_backward_f64_array)
public func exportedSoftplusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_softplusinv_backward_f32_array)
public func exportedSoftplusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_softminusinv_backward_f64_array)
public func exportedSoftminusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_softminusinv_backward_f32_array)
public func exportedSoftminusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_log_sigmoid_backward_f64_array)
public func exportedLogSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_log_sigmoid_backward_f32_array)
public func exportedLogSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_log_one_minus_sigmoid_backward_f64_array)
public func exportedLogOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_log_one_minus_sigmoid_backward_f32_array)
public func exportedLogOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx2_bce_with_logits_f64)
public func exportedBinaryCrossEntropyWithLogitsF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogits(x, target, weight, positiveWeight, out, count)
}
@c(softplus_kernels_avx2_bce_with_logits_total_f64)
public func exportedBinaryCrossEntropyWithLogitsTotalF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
) {
    VectorKernels.binaryCrossEntropyWithLogitsTotal(x, target, weight, positiveWeight, count, total)
}
@c(softplus_kernels_avx2_bce_with_logits_gradient_f64)
public func exportedBinaryCrossEntropyWithLogitsGradientF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ gradOut: UnsafePointer<Double>?, _ gradOutValue: Double, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogitsGradient(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
}
@c(softplus_kernels_avx2_bce_with_logits_f32)
public func exportedBinaryCrossEntropyWithLogitsF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogits(x, target, weight, positiveWeight, out, count)
}
@c(softplus_kernels_avx2_bce_with_logits_total_f32)
public func exportedBinaryCrossEntropyWithLogitsTotalF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
) {
    VectorKernels.binaryCrossEntropyWithLogitsTotal(x, target, weight, positiveWeight, count, total)
}
@c(softplus_kernels_avx2_bce_with_logits_gradient_f32)
public func exportedBinaryCrossEntropyWithLogitsGradientF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ gradOut: UnsafePointer<Float>?, _ gradOutValue: Float, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogitsGradient(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
}
#elseif SOFTPLUS_KERNELS_AVX512
@c(softplus_kernels_avx512_softplus_f64)
public func exportedSoftplusF64(_ x: Double) -> Double {
    VectorKernels.softplus(x)
}
@c(softplus_kernels_avx512_softplus_f32)
public func exportedSoftplusF32(_ x: Float) -> Float {
    VectorKernels.softplus(x)
}
@c(softplus_kernels_avx512_softplus_f64_array)
public func exportedSoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplus(x, out, count)
}
@c(softplus_kernels_avx512_softplus_f32_array)
public func exportedSoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplus(x, out, count)
}
@c(softplus_kernels_avx512_softminus_f64)
public func exportedSoftminusF64(_ x: Double) -> Double {
    VectorKernels.softminus(x)
}
@c(softplus_kernels_avx512_softminus_f32)
public func exportedSoftminusF32(_ x: Float) -> Float {
    VectorKernels.softminus(x)
}
@c(softplus_kernels_avx512_softminus_f64_array)
public func exportedSoftminusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminus(x, out, count)
}
@c(softplus_kernels_avx512_softminus_f32_array)
public func exportedSoftminusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminus(x, out, count)
}
@c(softplus_kernels_avx512_sigmoid_f64)
public func exportedSigmoidF64(_ x: Double) -> Double {
    VectorKernels.sigmoid(x)
}
@c(softplus_kernels_avx512_sigmoid_f32)
public func exportedSigmoidF32(_ x: Float) -> Float {
    VectorKernels.sigmoid(x)
}
@c(softplus_kernels_avx512_sigmoid_f64_array)
public func exportedSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.sigmoid(x, out, count)
}
@c(softplus_kernels_avx512_sigmoid_f32_array)
public func exportedSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.sigmoid(x, out, count)
}
@c(softplus_kernels_avx512_one_minus_sigmoid_f64)
public func exportedOneMinusSigmoidF64(_ x: Double) -> Double {
    VectorKernels.oneMinusSigmoid(x)
}
@c(softplus_kernels_avx512_one_minus_sigmoid_f32)
public func exportedOneMinusSigmoidF32(_ x: Float) -> Float {
    VectorKernels.oneMinusSigmoid(x)
}
@c(softplus_kernels_avx512_one_minus_sigmoid_f64_array)
public func exportedOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.oneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_avx512_one_minus_sigmoid_f32_array)
public func exportedOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.oneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_avx512_logit_f64)
public func exportedLogitF64(_ x: Double) -> Double {
    VectorKernels.logit(x)
}
@c(softplus_kernels_avx512_logit_f32)
public func exportedLogitF32(_ x: Float) -> Float {
    VectorKernels.logit(x)
}
@c(softplus_kernels_avx512_logit_f64_array)
public func exportedLogitF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logit(x, out, count)
}
@c(softplus_kernels_avx512_logit_f32_array)
public func exportedLogitF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logit(x, out, count)
}
@c(softplus_kernels_avx512_softplusinv_f64)
public func exportedSoftplusInverseF64(_ x: Double) -> Double {
    VectorKernels.softplusInverse(x)
}
@c(softplus_kernels_avx512_softplusinv_f32)
public func exportedSoftplusInverseF32(_ x: Float) -> Float {
    VectorKernels.softplusInverse(x)
}
@c(softplus_kernels_avx512_softplusinv_f64_array)
public func exportedSoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusInverse(x, out, count)
}
@c(softplus_kernels_avx512_softplusinv_f32_array)
public func exportedSoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusInverse(x, out, count)
}
@c(softplus_kernels_avx512_softminusinv_f64)
public func exportedSoftminusInverseF64(_ x: Double) -> Double {
    VectorKernels.softminusInverse(x)
}
@c(softplus_kernels_avx512_softminusinv_f32)
public func exportedSoftminusInverseF32(_ x: Float) -> Float {
    VectorKernels.softminusInverse(x)
}
@c(softplus_kernels_avx512_softminusinv_f64_array)
public func exportedSoftminusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusInverse(x, out, count)
}
@c(softplus_kernels_avx512_softminusinv_f32_array)
public func exportedSoftminusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusInverse(x, out, count)
}
@c(softplus_kernels_avx512_log_sigmoid_f64)
public func exportedLogSigmoidF64(_ x: Double) -> Double {
    VectorKernels.logSigmoid(x)
}
@c(softplus_kernels_avx512_log_sigmoid_f32)
public func exportedLogSigmoidF32(_ x: Float) -> Float {
    VectorKernels.logSigmoid(x)
}
@c(softplus_kernels_avx512_log_sigmoid_f64_array)
public func exportedLogSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logSigmoid(x, out, count)
}
@c(softplus_kernels_avx512_log_sigmoid_f32_array)
public func exportedLogSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logSigmoid(x, out, count)
}
@c(softplus_kernels_avx512_log_one_minus_sigmoid_f64)
public func exportedLogOneMinusSigmoidF64(_ x: Double) -> Double {
    VectorKernels.logOneMinusSigmoid(x)
}
@c(softplus_kernels_avx512_log_one_minus_sigmoid_f32)
public func exportedLogOneMinusSigmoidF32(_ x: Float) -> Float {
    VectorKernels.logOneMinusSigmoid(x)
}
@c(softplus_kernels_avx512_log_one_minus_sigmoid_f64_array)
public func exportedLogOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_avx512_log_one_minus_sigmoid_f32_array)
public func exportedLogOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoid(x, out, count)
}
@c(softplus_kernels_avx512_sigmoid_deriv_f64)
public func exportedSigmoidDerivativeF64(_ x: Double) -> Double {
    VectorKernels.sigmoidDerivative(x)
}
@c(softplus_kernels_avx512_sigmoid_deriv_f64_array)
public func exportedSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.sigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx512_sigmoid_deriv_f32)
public func exportedSigmoidDerivativeF32(_ x: Float) -> Float {
    VectorKernels.sigmoidDerivative(x)
}
@c(softplus_kernels_avx512_sigmoid_deriv_f32_array)
public func exportedSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.sigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx512_one_minus_sigmoid_deriv_f64)
public func exportedOneMinusSigmoidDerivativeF64(_ x: Double) -> Double {
    VectorKernels.oneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_avx512_one_minus_sigmoid_deriv_f64_array)
public func exportedOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx512_one_minus_sigmoid_deriv_f32)
public func exportedOneMinusSigmoidDerivativeF32(_ x: Float) -> Float {
    VectorKernels.oneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_avx512_one_minus_sigmoid_deriv_f32_array)
public func exportedOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx512_logit_deriv_f64)
public func exportedLogitDerivativeF64(_ x: Double) -> Double {
    VectorKernels.logitDerivative(x)
}
@c(softplus_kernels_avx512_logit_deriv_f64_array)
public func exportedLogitDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logitDerivative(x, out, count)
}
@c(softplus_kernels_avx512_logit_deriv_f32)
public func exportedLogitDerivativeF32(_ x: Float) -> Float {
    VectorKernels.logitDerivative(x)
}
@c(softplus_kernels_avx512_logit_deriv_f32_array)
public func exportedLogitDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logitDerivative(x, out, count)
}
@c(softplus_kernels_avx512_softplusinv_deriv_f64)
public func exportedSoftplusInverseDerivativeF64(_ x: Double) -> Double {
    VectorKernels.softplusInverseDerivative(x)
}
@c(softplus_kernels_avx512_softplusinv_deriv_f64_array)
public func exportedSoftplusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusInverseDerivative(x, out, count)
}
@c(softplus_kernels_avx512_softplusinv_deriv_f32)
public func exportedSoftplusInverseDerivativeF32(_ x: Float) -> Float {
    VectorKernels.softplusInverseDerivative(x)
}
@c(softplus_kernels_avx512_softplusinv_deriv_f32_array)
public func exportedSoftplusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusInverseDerivative(x, out, count)
}
@c(softplus_kernels_avx512_softminusinv_deriv_f64)
public func exportedSoftminusInverseDerivativeF64(_ x: Double) -> Double {
    VectorKernels.softminusInverseDerivative(x)
}
@c(softplus_kernels_avx512_softminusinv_deriv_f64_array)
public func exportedSoftminusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusInverseDerivative(x, out, count)
}
@c(softplus_kernels_avx512_softminusinv_deriv_f32)
public func exportedSoftminusInverseDerivativeF32(_ x: Float) -> Float {
    VectorKernels.softminusInverseDerivative(x)
}
@c(softplus_kernels_avx512_softminusinv_deriv_f32_array)
public func exportedSoftminusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusInverseDerivative(x, out, count)
}
@c(softplus_kernels_avx512_log_one_minus_sigmoid_deriv_f64)
public func exportedLogOneMinusSigmoidDerivativeF64(_ x: Double) -> Double {
    VectorKernels.logOneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_avx512_log_one_minus_sigmoid_deriv_f64_array)
public func exportedLogOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx512_log_one_minus_sigmoid_deriv_f32)
public func exportedLogOneMinusSigmoidDerivativeF32(_ x: Float) -> Float {
    VectorKernels.logOneMinusSigmoidDerivative(x)
}
@c(softplus_kernels_avx512_log_one_minus_sigmoid_deriv_f32_array)
public func exportedLogOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidDerivative(x, out, count)
}
@c(softplus_kernels_avx512_log1mexp_f64)
public func exportedLogOneMinusExpF64(_ x: Double) -> Double {
    VectorKernels.logOneMinusExp(x)
}
@c(softplus_kernels_avx512_log1mexp_f64_array)
public func exportedLogOneMinusExpF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusExp(x, out, count)
}
@c(softplus_kernels_avx512_log1mexp_f32)
public func exportedLogOneMinusExpF32(_ x: Float) -> Float {
    VectorKernels.logOneMinusExp(x)
}
@c(softplus_kernels_avx512_log1mexp_f32_array)
public func exportedLogOneMinusExpF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusExp(x, out, count)
}
@c(softplus_kernels_avx512_softplus_beta_f64)
public func exportedParameterizedSoftplusF64(
    _ x: Double, _ beta: Double, _ threshold: Double
) -> Double {
    VectorKernels.parameterizedSoftplus(x, beta, threshold)
}
@c(softplus_kernels_avx512_softplus_beta_f64_array)
public func exportedParameterizedSoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
) {
    VectorKernels.parameterizedSoftplus(x, out, count, beta, threshold)
}
@c(softplus_kernels_avx512_softplus_beta_f32)
public func exportedParameterizedSoftplusF32(
    _ x: Float, _ beta: Float, _ threshold: Float
) -> Float {
    VectorKernels.parameterizedSoftplus(x, beta, threshold)
}
@c(softplus_kernels_avx512_softplus_beta_f32_array)
public func exportedParameterizedSoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
) {
    VectorKernels.parameterizedSoftplus(x, out, count, beta, threshold)
}
@c(softplus_kernels_avx512_softplusinv_beta_f64)
public func exportedParameterizedSoftplusInverseF64(
    _ x: Double, _ beta: Double, _ threshold: Double
) -> Double {
    VectorKernels.parameterizedSoftplusInverse(x, beta, threshold)
}
@c(softplus_kernels_avx512_softplusinv_beta_f64_array)
public func exportedParameterizedSoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
) {
    VectorKernels.parameterizedSoftplusInverse(x, out, count, beta, threshold)
}
@c(softplus_kernels_avx512_softplusinv_beta_f32)
public func exportedParameterizedSoftplusInverseF32(
    _ x: Float, _ beta: Float, _ threshold: Float
) -> Float {
    VectorKernels.parameterizedSoftplusInverse(x, beta, threshold)
}
@c(softplus_kernels_avx512_softplusinv_beta_f32_array)
public func exportedParameterizedSoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
) {
    VectorKernels.parameterizedSoftplusInverse(x, out, count, beta, threshold)
}
@c(softplus_kernels_avx512_softplus_through_f64)
public func exportedSoftplusThroughF64(_ x: Double, _ c: Double) -> Double {
    VectorKernels.softplusThrough(x, c)
}
@c(softplus_kernels_avx512_softplus_through_f64_array)
public func exportedSoftplusThroughF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ c: Double
) {
    VectorKernels.softplusThrough(x, out, count, c)
}
@c(softplus_kernels_avx512_softplus_through_f32)
public func exportedSoftplusThroughF32(_ x: Float, _ c: Float) -> Float {
    VectorKernels.softplusThrough(x, c)
}
@c(softplus_kernels_avx512_softplus_through_f32_array)
public func exportedSoftplusThroughF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ c: Float
) {
    VectorKernels.softplusThrough(x, out, count, c)
}
@c(softplus_kernels_avx512_softplus_backward_f64_array)
public func exportedSoftplusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_softplus_backward_f32_array)
public func exportedSoftplusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_softminus_backward_f64_array)
public func exportedSoftminusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_softminus_backward_f32_array)
public func exportedSoftminusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_sigmoid_backward_f64_array)
public func exportedSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.sigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_sigmoid_backward_f32_array)
public func exportedSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.sigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_one_minus_sigmoid_backward_f64_array)
public func exportedOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_one_minus_sigmoid_backward_f32_array)
public func exportedOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.oneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_logit_backward_f64_array)
public func exportedLogitBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logitBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_logit_backward_f32_array)
public func exportedLogitBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logitBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_softplusinv_backward_f64_array)
public func exportedSoftplusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softplusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_softplusinv_backward_f32_array)
public func exportedSoftplusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softplusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_softminusinv_backward_f64_array)
public func exportedSoftminusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.softminusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_softminusinv_backward_f32_array)
public func exportedSoftminusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.softminusInverseBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_log_sigmoid_backward_f64_array)
public func exportedLogSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_log_sigmoid_backward_f32_array)
public func exportedLogSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_log_one_minus_sigmoid_backward_f64_array)
public func exportedLogOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_log_one_minus_sigmoid_backward_f32_array)
public func exportedLogOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.logOneMinusSigmoidBackward(x, gradOut, gradIn, count)
}
@c(softplus_kernels_avx512_bce_with_logits_f64)
public func exportedBinaryCrossEntropyWithLogitsF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogits(x, target, weight, positiveWeight, out, count)
}
@c(softplus_kernels_avx512_bce_with_logits_total_f64)
public func exportedBinaryCrossEntropyWithLogitsTotalF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
) {
    VectorKernels.binaryCrossEntropyWithLogitsTotal(x, target, weight, positiveWeight, count, total)
}
@c(softplus_kernels_avx512_bce_with_logits_gradient_f64)
public func exportedBinaryCrossEntropyWithLogitsGradientF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ gradOut: UnsafePointer<Double>?, _ gradOutValue: Double, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogitsGradient(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
}
@c(softplus_kernels_avx512_bce_with_logits_f32)
public func exportedBinaryCrossEntropyWithLogitsF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogits(x, target, weight, positiveWeight, out, count)
}
@c(softplus_kernels_avx512_bce_with_logits_total_f32)
public func exportedBinaryCrossEntropyWithLogitsTotalF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
) {
    VectorKernels.binaryCrossEntropyWithLogitsTotal(x, target, weight, positiveWeight, count, total)
}
@c(softplus_kernels_avx512_bce_with_logits_gradient_f32)
public func exportedBinaryCrossEntropyWithLogitsGradientF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ gradOut: UnsafePointer<Float>?, _ gradOutValue: Float, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
) {
    VectorKernels.binaryCrossEntropyWithLogitsGradient(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
}
#endif
