// GENERATED from spec/softplus.json by tools/header/generate.py. Do not edit: edit the spec, then
// run `python3 tools/header/generate.py sources` (Tests/header fails while this file is stale).
//
// The kernels the C entry points call, `Kernels.<name>` (spec "kernels").
//
// With CMake on x86-64 (cmake/kernels.cmake sets SOFTPLUS_DISPATCH_X86_64),
// Sources/SoftplusKernels is compiled once per path, baseline (x86-64), avx2 (x86-64-v3), avx512
// (x86-64-v4), each exporting its kernels under C names of its own
// (Sources/SoftplusKernelExports); every kernel here asks Sources/SoftplusCPU which path this
// processor runs (cpuid and xgetbv once, then one relaxed load and a predictable branch per
// call) and calls that copy. Every copy returns the same bits (Tests/dispatch). Elsewhere
// (SwiftPM, other architectures) `Kernels` is the one copy, module SoftplusKernels.

#if SOFTPLUS_DISPATCH_X86_64
import SoftplusCPU

@_extern(c, "softplus_kernels_baseline_softplus_f64")
func baselineSoftplusF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_softplus_f32")
func baselineSoftplusF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_softplus_f64_array")
func baselineSoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softplus_f32_array")
func baselineSoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softminus_f64")
func baselineSoftminusF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_softminus_f32")
func baselineSoftminusF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_softminus_f64_array")
func baselineSoftminusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softminus_f32_array")
func baselineSoftminusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_sigmoid_f64")
func baselineSigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_sigmoid_f32")
func baselineSigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_sigmoid_f64_array")
func baselineSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_sigmoid_f32_array")
func baselineSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_one_minus_sigmoid_f64")
func baselineOneMinusSigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_one_minus_sigmoid_f32")
func baselineOneMinusSigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_one_minus_sigmoid_f64_array")
func baselineOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_one_minus_sigmoid_f32_array")
func baselineOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_logit_f64")
func baselineLogitF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_logit_f32")
func baselineLogitF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_logit_f64_array")
func baselineLogitF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_logit_f32_array")
func baselineLogitF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softplusinv_f64")
func baselineSoftplusInverseF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_softplusinv_f32")
func baselineSoftplusInverseF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_softplusinv_f64_array")
func baselineSoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softplusinv_f32_array")
func baselineSoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softminusinv_f64")
func baselineSoftminusInverseF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_softminusinv_f32")
func baselineSoftminusInverseF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_softminusinv_f64_array")
func baselineSoftminusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softminusinv_f32_array")
func baselineSoftminusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log_sigmoid_f64")
func baselineLogSigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_log_sigmoid_f32")
func baselineLogSigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_log_sigmoid_f64_array")
func baselineLogSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log_sigmoid_f32_array")
func baselineLogSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log_one_minus_sigmoid_f64")
func baselineLogOneMinusSigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_log_one_minus_sigmoid_f32")
func baselineLogOneMinusSigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_log_one_minus_sigmoid_f64_array")
func baselineLogOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log_one_minus_sigmoid_f32_array")
func baselineLogOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_sigmoid_deriv_f64")
func baselineSigmoidDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_sigmoid_deriv_f64_array")
func baselineSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_sigmoid_deriv_f32")
func baselineSigmoidDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_sigmoid_deriv_f32_array")
func baselineSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_one_minus_sigmoid_deriv_f64")
func baselineOneMinusSigmoidDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_one_minus_sigmoid_deriv_f64_array")
func baselineOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_one_minus_sigmoid_deriv_f32")
func baselineOneMinusSigmoidDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_one_minus_sigmoid_deriv_f32_array")
func baselineOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_logit_deriv_f64")
func baselineLogitDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_logit_deriv_f64_array")
func baselineLogitDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_logit_deriv_f32")
func baselineLogitDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_logit_deriv_f32_array")
func baselineLogitDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softplusinv_deriv_f64")
func baselineSoftplusInverseDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_softplusinv_deriv_f64_array")
func baselineSoftplusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softplusinv_deriv_f32")
func baselineSoftplusInverseDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_softplusinv_deriv_f32_array")
func baselineSoftplusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softminusinv_deriv_f64")
func baselineSoftminusInverseDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_softminusinv_deriv_f64_array")
func baselineSoftminusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softminusinv_deriv_f32")
func baselineSoftminusInverseDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_softminusinv_deriv_f32_array")
func baselineSoftminusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log_one_minus_sigmoid_deriv_f64")
func baselineLogOneMinusSigmoidDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_log_one_minus_sigmoid_deriv_f64_array")
func baselineLogOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log_one_minus_sigmoid_deriv_f32")
func baselineLogOneMinusSigmoidDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_log_one_minus_sigmoid_deriv_f32_array")
func baselineLogOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log1mexp_f64")
func baselineLogOneMinusExpF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_baseline_log1mexp_f64_array")
func baselineLogOneMinusExpF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log1mexp_f32")
func baselineLogOneMinusExpF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_baseline_log1mexp_f32_array")
func baselineLogOneMinusExpF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softplus_beta_f64")
func baselineParameterizedSoftplusF64(
    _ x: Double, _ beta: Double, _ threshold: Double
) -> Double
@_extern(c, "softplus_kernels_baseline_softplus_beta_f64_array")
func baselineParameterizedSoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
)
@_extern(c, "softplus_kernels_baseline_softplus_beta_f32")
func baselineParameterizedSoftplusF32(_ x: Float, _ beta: Float, _ threshold: Float) -> Float
@_extern(c, "softplus_kernels_baseline_softplus_beta_f32_array")
func baselineParameterizedSoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
)
@_extern(c, "softplus_kernels_baseline_softplusinv_beta_f64")
func baselineParameterizedSoftplusInverseF64(
    _ x: Double, _ beta: Double, _ threshold: Double
) -> Double
@_extern(c, "softplus_kernels_baseline_softplusinv_beta_f64_array")
func baselineParameterizedSoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
)
@_extern(c, "softplus_kernels_baseline_softplusinv_beta_f32")
func baselineParameterizedSoftplusInverseF32(
    _ x: Float, _ beta: Float, _ threshold: Float
) -> Float
@_extern(c, "softplus_kernels_baseline_softplusinv_beta_f32_array")
func baselineParameterizedSoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
)
@_extern(c, "softplus_kernels_baseline_softplus_through_f64")
func baselineSoftplusThroughF64(_ x: Double, _ c: Double) -> Double
@_extern(c, "softplus_kernels_baseline_softplus_through_f64_array")
func baselineSoftplusThroughF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ c: Double
)
@_extern(c, "softplus_kernels_baseline_softplus_through_f32")
func baselineSoftplusThroughF32(_ x: Float, _ c: Float) -> Float
@_extern(c, "softplus_kernels_baseline_softplus_through_f32_array")
func baselineSoftplusThroughF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ c: Float
)
@_extern(c, "softplus_kernels_baseline_softplus_backward_f64_array")
func baselineSoftplusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softplus_backward_f32_array")
func baselineSoftplusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softminus_backward_f64_array")
func baselineSoftminusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softminus_backward_f32_array")
func baselineSoftminusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_sigmoid_backward_f64_array")
func baselineSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_sigmoid_backward_f32_array")
func baselineSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_one_minus_sigmoid_backward_f64_array")
func baselineOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_one_minus_sigmoid_backward_f32_array")
func baselineOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_logit_backward_f64_array")
func baselineLogitBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_logit_backward_f32_array")
func baselineLogitBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softplusinv_backward_f64_array")
func baselineSoftplusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softplusinv_backward_f32_array")
func baselineSoftplusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softminusinv_backward_f64_array")
func baselineSoftminusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_softminusinv_backward_f32_array")
func baselineSoftminusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log_sigmoid_backward_f64_array")
func baselineLogSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log_sigmoid_backward_f32_array")
func baselineLogSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log_one_minus_sigmoid_backward_f64_array")
func baselineLogOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_log_one_minus_sigmoid_backward_f32_array")
func baselineLogOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_bce_with_logits_f64")
func baselineBinaryCrossEntropyWithLogitsF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_bce_with_logits_total_f64")
func baselineBinaryCrossEntropyWithLogitsTotalF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
)
@_extern(c, "softplus_kernels_baseline_bce_with_logits_gradient_f64")
func baselineBinaryCrossEntropyWithLogitsGradientF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ gradOut: UnsafePointer<Double>?, _ gradOutValue: Double, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_bce_with_logits_f32")
func baselineBinaryCrossEntropyWithLogitsF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_baseline_bce_with_logits_total_f32")
func baselineBinaryCrossEntropyWithLogitsTotalF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
)
@_extern(c, "softplus_kernels_baseline_bce_with_logits_gradient_f32")
func baselineBinaryCrossEntropyWithLogitsGradientF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ gradOut: UnsafePointer<Float>?, _ gradOutValue: Float, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softplus_f64")
func avx2SoftplusF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_softplus_f32")
func avx2SoftplusF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_softplus_f64_array")
func avx2SoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softplus_f32_array")
func avx2SoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softminus_f64")
func avx2SoftminusF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_softminus_f32")
func avx2SoftminusF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_softminus_f64_array")
func avx2SoftminusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softminus_f32_array")
func avx2SoftminusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_sigmoid_f64")
func avx2SigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_sigmoid_f32")
func avx2SigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_sigmoid_f64_array")
func avx2SigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_sigmoid_f32_array")
func avx2SigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_one_minus_sigmoid_f64")
func avx2OneMinusSigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_one_minus_sigmoid_f32")
func avx2OneMinusSigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_one_minus_sigmoid_f64_array")
func avx2OneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_one_minus_sigmoid_f32_array")
func avx2OneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_logit_f64")
func avx2LogitF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_logit_f32")
func avx2LogitF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_logit_f64_array")
func avx2LogitF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_logit_f32_array")
func avx2LogitF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softplusinv_f64")
func avx2SoftplusInverseF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_softplusinv_f32")
func avx2SoftplusInverseF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_softplusinv_f64_array")
func avx2SoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softplusinv_f32_array")
func avx2SoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softminusinv_f64")
func avx2SoftminusInverseF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_softminusinv_f32")
func avx2SoftminusInverseF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_softminusinv_f64_array")
func avx2SoftminusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softminusinv_f32_array")
func avx2SoftminusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log_sigmoid_f64")
func avx2LogSigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_log_sigmoid_f32")
func avx2LogSigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_log_sigmoid_f64_array")
func avx2LogSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log_sigmoid_f32_array")
func avx2LogSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log_one_minus_sigmoid_f64")
func avx2LogOneMinusSigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_log_one_minus_sigmoid_f32")
func avx2LogOneMinusSigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_log_one_minus_sigmoid_f64_array")
func avx2LogOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log_one_minus_sigmoid_f32_array")
func avx2LogOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_sigmoid_deriv_f64")
func avx2SigmoidDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_sigmoid_deriv_f64_array")
func avx2SigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_sigmoid_deriv_f32")
func avx2SigmoidDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_sigmoid_deriv_f32_array")
func avx2SigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_one_minus_sigmoid_deriv_f64")
func avx2OneMinusSigmoidDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_one_minus_sigmoid_deriv_f64_array")
func avx2OneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_one_minus_sigmoid_deriv_f32")
func avx2OneMinusSigmoidDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_one_minus_sigmoid_deriv_f32_array")
func avx2OneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_logit_deriv_f64")
func avx2LogitDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_logit_deriv_f64_array")
func avx2LogitDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_logit_deriv_f32")
func avx2LogitDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_logit_deriv_f32_array")
func avx2LogitDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softplusinv_deriv_f64")
func avx2SoftplusInverseDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_softplusinv_deriv_f64_array")
func avx2SoftplusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softplusinv_deriv_f32")
func avx2SoftplusInverseDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_softplusinv_deriv_f32_array")
func avx2SoftplusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softminusinv_deriv_f64")
func avx2SoftminusInverseDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_softminusinv_deriv_f64_array")
func avx2SoftminusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softminusinv_deriv_f32")
func avx2SoftminusInverseDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_softminusinv_deriv_f32_array")
func avx2SoftminusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log_one_minus_sigmoid_deriv_f64")
func avx2LogOneMinusSigmoidDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_log_one_minus_sigmoid_deriv_f64_array")
func avx2LogOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log_one_minus_sigmoid_deriv_f32")
func avx2LogOneMinusSigmoidDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_log_one_minus_sigmoid_deriv_f32_array")
func avx2LogOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log1mexp_f64")
func avx2LogOneMinusExpF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx2_log1mexp_f64_array")
func avx2LogOneMinusExpF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log1mexp_f32")
func avx2LogOneMinusExpF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx2_log1mexp_f32_array")
func avx2LogOneMinusExpF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softplus_beta_f64")
func avx2ParameterizedSoftplusF64(_ x: Double, _ beta: Double, _ threshold: Double) -> Double
@_extern(c, "softplus_kernels_avx2_softplus_beta_f64_array")
func avx2ParameterizedSoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
)
@_extern(c, "softplus_kernels_avx2_softplus_beta_f32")
func avx2ParameterizedSoftplusF32(_ x: Float, _ beta: Float, _ threshold: Float) -> Float
@_extern(c, "softplus_kernels_avx2_softplus_beta_f32_array")
func avx2ParameterizedSoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
)
@_extern(c, "softplus_kernels_avx2_softplusinv_beta_f64")
func avx2ParameterizedSoftplusInverseF64(
    _ x: Double, _ beta: Double, _ threshold: Double
) -> Double
@_extern(c, "softplus_kernels_avx2_softplusinv_beta_f64_array")
func avx2ParameterizedSoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
)
@_extern(c, "softplus_kernels_avx2_softplusinv_beta_f32")
func avx2ParameterizedSoftplusInverseF32(_ x: Float, _ beta: Float, _ threshold: Float) -> Float
@_extern(c, "softplus_kernels_avx2_softplusinv_beta_f32_array")
func avx2ParameterizedSoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
)
@_extern(c, "softplus_kernels_avx2_softplus_through_f64")
func avx2SoftplusThroughF64(_ x: Double, _ c: Double) -> Double
@_extern(c, "softplus_kernels_avx2_softplus_through_f64_array")
func avx2SoftplusThroughF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ c: Double
)
@_extern(c, "softplus_kernels_avx2_softplus_through_f32")
func avx2SoftplusThroughF32(_ x: Float, _ c: Float) -> Float
@_extern(c, "softplus_kernels_avx2_softplus_through_f32_array")
func avx2SoftplusThroughF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ c: Float
)
@_extern(c, "softplus_kernels_avx2_softplus_backward_f64_array")
func avx2SoftplusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softplus_backward_f32_array")
func avx2SoftplusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softminus_backward_f64_array")
func avx2SoftminusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softminus_backward_f32_array")
func avx2SoftminusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_sigmoid_backward_f64_array")
func avx2SigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_sigmoid_backward_f32_array")
func avx2SigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_one_minus_sigmoid_backward_f64_array")
func avx2OneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_one_minus_sigmoid_backward_f32_array")
func avx2OneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_logit_backward_f64_array")
func avx2LogitBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_logit_backward_f32_array")
func avx2LogitBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softplusinv_backward_f64_array")
func avx2SoftplusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softplusinv_backward_f32_array")
func avx2SoftplusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softminusinv_backward_f64_array")
func avx2SoftminusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_softminusinv_backward_f32_array")
func avx2SoftminusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log_sigmoid_backward_f64_array")
func avx2LogSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log_sigmoid_backward_f32_array")
func avx2LogSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log_one_minus_sigmoid_backward_f64_array")
func avx2LogOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_log_one_minus_sigmoid_backward_f32_array")
func avx2LogOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_bce_with_logits_f64")
func avx2BinaryCrossEntropyWithLogitsF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_bce_with_logits_total_f64")
func avx2BinaryCrossEntropyWithLogitsTotalF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
)
@_extern(c, "softplus_kernels_avx2_bce_with_logits_gradient_f64")
func avx2BinaryCrossEntropyWithLogitsGradientF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ gradOut: UnsafePointer<Double>?, _ gradOutValue: Double, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_bce_with_logits_f32")
func avx2BinaryCrossEntropyWithLogitsF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx2_bce_with_logits_total_f32")
func avx2BinaryCrossEntropyWithLogitsTotalF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
)
@_extern(c, "softplus_kernels_avx2_bce_with_logits_gradient_f32")
func avx2BinaryCrossEntropyWithLogitsGradientF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ gradOut: UnsafePointer<Float>?, _ gradOutValue: Float, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softplus_f64")
func avx512SoftplusF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_softplus_f32")
func avx512SoftplusF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_softplus_f64_array")
func avx512SoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softplus_f32_array")
func avx512SoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softminus_f64")
func avx512SoftminusF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_softminus_f32")
func avx512SoftminusF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_softminus_f64_array")
func avx512SoftminusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softminus_f32_array")
func avx512SoftminusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_sigmoid_f64")
func avx512SigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_sigmoid_f32")
func avx512SigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_sigmoid_f64_array")
func avx512SigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_sigmoid_f32_array")
func avx512SigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_one_minus_sigmoid_f64")
func avx512OneMinusSigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_one_minus_sigmoid_f32")
func avx512OneMinusSigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_one_minus_sigmoid_f64_array")
func avx512OneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_one_minus_sigmoid_f32_array")
func avx512OneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_logit_f64")
func avx512LogitF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_logit_f32")
func avx512LogitF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_logit_f64_array")
func avx512LogitF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_logit_f32_array")
func avx512LogitF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softplusinv_f64")
func avx512SoftplusInverseF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_softplusinv_f32")
func avx512SoftplusInverseF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_softplusinv_f64_array")
func avx512SoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softplusinv_f32_array")
func avx512SoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softminusinv_f64")
func avx512SoftminusInverseF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_softminusinv_f32")
func avx512SoftminusInverseF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_softminusinv_f64_array")
func avx512SoftminusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softminusinv_f32_array")
func avx512SoftminusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log_sigmoid_f64")
func avx512LogSigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_log_sigmoid_f32")
func avx512LogSigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_log_sigmoid_f64_array")
func avx512LogSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log_sigmoid_f32_array")
func avx512LogSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log_one_minus_sigmoid_f64")
func avx512LogOneMinusSigmoidF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_log_one_minus_sigmoid_f32")
func avx512LogOneMinusSigmoidF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_log_one_minus_sigmoid_f64_array")
func avx512LogOneMinusSigmoidF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log_one_minus_sigmoid_f32_array")
func avx512LogOneMinusSigmoidF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_sigmoid_deriv_f64")
func avx512SigmoidDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_sigmoid_deriv_f64_array")
func avx512SigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_sigmoid_deriv_f32")
func avx512SigmoidDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_sigmoid_deriv_f32_array")
func avx512SigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_one_minus_sigmoid_deriv_f64")
func avx512OneMinusSigmoidDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_one_minus_sigmoid_deriv_f64_array")
func avx512OneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_one_minus_sigmoid_deriv_f32")
func avx512OneMinusSigmoidDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_one_minus_sigmoid_deriv_f32_array")
func avx512OneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_logit_deriv_f64")
func avx512LogitDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_logit_deriv_f64_array")
func avx512LogitDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_logit_deriv_f32")
func avx512LogitDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_logit_deriv_f32_array")
func avx512LogitDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softplusinv_deriv_f64")
func avx512SoftplusInverseDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_softplusinv_deriv_f64_array")
func avx512SoftplusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softplusinv_deriv_f32")
func avx512SoftplusInverseDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_softplusinv_deriv_f32_array")
func avx512SoftplusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softminusinv_deriv_f64")
func avx512SoftminusInverseDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_softminusinv_deriv_f64_array")
func avx512SoftminusInverseDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softminusinv_deriv_f32")
func avx512SoftminusInverseDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_softminusinv_deriv_f32_array")
func avx512SoftminusInverseDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log_one_minus_sigmoid_deriv_f64")
func avx512LogOneMinusSigmoidDerivativeF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_log_one_minus_sigmoid_deriv_f64_array")
func avx512LogOneMinusSigmoidDerivativeF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log_one_minus_sigmoid_deriv_f32")
func avx512LogOneMinusSigmoidDerivativeF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_log_one_minus_sigmoid_deriv_f32_array")
func avx512LogOneMinusSigmoidDerivativeF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log1mexp_f64")
func avx512LogOneMinusExpF64(_ x: Double) -> Double
@_extern(c, "softplus_kernels_avx512_log1mexp_f64_array")
func avx512LogOneMinusExpF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log1mexp_f32")
func avx512LogOneMinusExpF32(_ x: Float) -> Float
@_extern(c, "softplus_kernels_avx512_log1mexp_f32_array")
func avx512LogOneMinusExpF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softplus_beta_f64")
func avx512ParameterizedSoftplusF64(_ x: Double, _ beta: Double, _ threshold: Double) -> Double
@_extern(c, "softplus_kernels_avx512_softplus_beta_f64_array")
func avx512ParameterizedSoftplusF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
)
@_extern(c, "softplus_kernels_avx512_softplus_beta_f32")
func avx512ParameterizedSoftplusF32(_ x: Float, _ beta: Float, _ threshold: Float) -> Float
@_extern(c, "softplus_kernels_avx512_softplus_beta_f32_array")
func avx512ParameterizedSoftplusF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
)
@_extern(c, "softplus_kernels_avx512_softplusinv_beta_f64")
func avx512ParameterizedSoftplusInverseF64(
    _ x: Double, _ beta: Double, _ threshold: Double
) -> Double
@_extern(c, "softplus_kernels_avx512_softplusinv_beta_f64_array")
func avx512ParameterizedSoftplusInverseF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
)
@_extern(c, "softplus_kernels_avx512_softplusinv_beta_f32")
func avx512ParameterizedSoftplusInverseF32(
    _ x: Float, _ beta: Float, _ threshold: Float
) -> Float
@_extern(c, "softplus_kernels_avx512_softplusinv_beta_f32_array")
func avx512ParameterizedSoftplusInverseF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
)
@_extern(c, "softplus_kernels_avx512_softplus_through_f64")
func avx512SoftplusThroughF64(_ x: Double, _ c: Double) -> Double
@_extern(c, "softplus_kernels_avx512_softplus_through_f64_array")
func avx512SoftplusThroughF64Array(
    _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ c: Double
)
@_extern(c, "softplus_kernels_avx512_softplus_through_f32")
func avx512SoftplusThroughF32(_ x: Float, _ c: Float) -> Float
@_extern(c, "softplus_kernels_avx512_softplus_through_f32_array")
func avx512SoftplusThroughF32Array(
    _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ c: Float
)
@_extern(c, "softplus_kernels_avx512_softplus_backward_f64_array")
func avx512SoftplusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softplus_backward_f32_array")
func avx512SoftplusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softminus_backward_f64_array")
func avx512SoftminusBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softminus_backward_f32_array")
func avx512SoftminusBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_sigmoid_backward_f64_array")
func avx512SigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_sigmoid_backward_f32_array")
func avx512SigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_one_minus_sigmoid_backward_f64_array")
func avx512OneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_one_minus_sigmoid_backward_f32_array")
func avx512OneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_logit_backward_f64_array")
func avx512LogitBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_logit_backward_f32_array")
func avx512LogitBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softplusinv_backward_f64_array")
func avx512SoftplusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softplusinv_backward_f32_array")
func avx512SoftplusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softminusinv_backward_f64_array")
func avx512SoftminusInverseBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_softminusinv_backward_f32_array")
func avx512SoftminusInverseBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log_sigmoid_backward_f64_array")
func avx512LogSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log_sigmoid_backward_f32_array")
func avx512LogSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log_one_minus_sigmoid_backward_f64_array")
func avx512LogOneMinusSigmoidBackwardF64Array(
    _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_log_one_minus_sigmoid_backward_f32_array")
func avx512LogOneMinusSigmoidBackwardF32Array(
    _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_bce_with_logits_f64")
func avx512BinaryCrossEntropyWithLogitsF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_bce_with_logits_total_f64")
func avx512BinaryCrossEntropyWithLogitsTotalF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
)
@_extern(c, "softplus_kernels_avx512_bce_with_logits_gradient_f64")
func avx512BinaryCrossEntropyWithLogitsGradientF64(
    _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ gradOut: UnsafePointer<Double>?, _ gradOutValue: Double, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_bce_with_logits_f32")
func avx512BinaryCrossEntropyWithLogitsF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>, _ count: Int
)
@_extern(c, "softplus_kernels_avx512_bce_with_logits_total_f32")
func avx512BinaryCrossEntropyWithLogitsTotalF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
)
@_extern(c, "softplus_kernels_avx512_bce_with_logits_gradient_f32")
func avx512BinaryCrossEntropyWithLogitsGradientF32(
    _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ gradOut: UnsafePointer<Float>?, _ gradOutValue: Float, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
)

/// The kernels of the path in use.
enum Kernels {
    @inline(__always)
    static func softplus(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusF64(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusF64(x)
        default: baselineSoftplusF64(x)
        }
    }

    @inline(__always)
    static func softplus(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusF32(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusF32(x)
        default: baselineSoftplusF32(x)
        }
    }

    @inline(__always)
    static func softplus(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusF64Array(x, out, count)
        default: baselineSoftplusF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func softplus(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusF32Array(x, out, count)
        default: baselineSoftplusF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func softminus(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusF64(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusF64(x)
        default: baselineSoftminusF64(x)
        }
    }

    @inline(__always)
    static func softminus(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusF32(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusF32(x)
        default: baselineSoftminusF32(x)
        }
    }

    @inline(__always)
    static func softminus(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusF64Array(x, out, count)
        default: baselineSoftminusF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func softminus(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusF32Array(x, out, count)
        default: baselineSoftminusF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func sigmoid(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SigmoidF64(x)
        case SOFTPLUS_PATH_AVX2: avx2SigmoidF64(x)
        default: baselineSigmoidF64(x)
        }
    }

    @inline(__always)
    static func sigmoid(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SigmoidF32(x)
        case SOFTPLUS_PATH_AVX2: avx2SigmoidF32(x)
        default: baselineSigmoidF32(x)
        }
    }

    @inline(__always)
    static func sigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SigmoidF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SigmoidF64Array(x, out, count)
        default: baselineSigmoidF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func sigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SigmoidF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SigmoidF32Array(x, out, count)
        default: baselineSigmoidF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func oneMinusSigmoid(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512OneMinusSigmoidF64(x)
        case SOFTPLUS_PATH_AVX2: avx2OneMinusSigmoidF64(x)
        default: baselineOneMinusSigmoidF64(x)
        }
    }

    @inline(__always)
    static func oneMinusSigmoid(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512OneMinusSigmoidF32(x)
        case SOFTPLUS_PATH_AVX2: avx2OneMinusSigmoidF32(x)
        default: baselineOneMinusSigmoidF32(x)
        }
    }

    @inline(__always)
    static func oneMinusSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512OneMinusSigmoidF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2OneMinusSigmoidF64Array(x, out, count)
        default: baselineOneMinusSigmoidF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func oneMinusSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512OneMinusSigmoidF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2OneMinusSigmoidF32Array(x, out, count)
        default: baselineOneMinusSigmoidF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func logit(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogitF64(x)
        case SOFTPLUS_PATH_AVX2: avx2LogitF64(x)
        default: baselineLogitF64(x)
        }
    }

    @inline(__always)
    static func logit(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogitF32(x)
        case SOFTPLUS_PATH_AVX2: avx2LogitF32(x)
        default: baselineLogitF32(x)
        }
    }

    @inline(__always)
    static func logit(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogitF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogitF64Array(x, out, count)
        default: baselineLogitF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func logit(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogitF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogitF32Array(x, out, count)
        default: baselineLogitF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func softplusInverse(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusInverseF64(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusInverseF64(x)
        default: baselineSoftplusInverseF64(x)
        }
    }

    @inline(__always)
    static func softplusInverse(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusInverseF32(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusInverseF32(x)
        default: baselineSoftplusInverseF32(x)
        }
    }

    @inline(__always)
    static func softplusInverse(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusInverseF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusInverseF64Array(x, out, count)
        default: baselineSoftplusInverseF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func softplusInverse(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusInverseF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusInverseF32Array(x, out, count)
        default: baselineSoftplusInverseF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func softminusInverse(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusInverseF64(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusInverseF64(x)
        default: baselineSoftminusInverseF64(x)
        }
    }

    @inline(__always)
    static func softminusInverse(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusInverseF32(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusInverseF32(x)
        default: baselineSoftminusInverseF32(x)
        }
    }

    @inline(__always)
    static func softminusInverse(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusInverseF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusInverseF64Array(x, out, count)
        default: baselineSoftminusInverseF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func softminusInverse(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusInverseF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusInverseF32Array(x, out, count)
        default: baselineSoftminusInverseF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func logSigmoid(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogSigmoidF64(x)
        case SOFTPLUS_PATH_AVX2: avx2LogSigmoidF64(x)
        default: baselineLogSigmoidF64(x)
        }
    }

    @inline(__always)
    static func logSigmoid(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogSigmoidF32(x)
        case SOFTPLUS_PATH_AVX2: avx2LogSigmoidF32(x)
        default: baselineLogSigmoidF32(x)
        }
    }

    @inline(__always)
    static func logSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogSigmoidF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogSigmoidF64Array(x, out, count)
        default: baselineLogSigmoidF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func logSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogSigmoidF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogSigmoidF32Array(x, out, count)
        default: baselineLogSigmoidF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func logOneMinusSigmoid(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusSigmoidF64(x)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusSigmoidF64(x)
        default: baselineLogOneMinusSigmoidF64(x)
        }
    }

    @inline(__always)
    static func logOneMinusSigmoid(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusSigmoidF32(x)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusSigmoidF32(x)
        default: baselineLogOneMinusSigmoidF32(x)
        }
    }

    @inline(__always)
    static func logOneMinusSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusSigmoidF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusSigmoidF64Array(x, out, count)
        default: baselineLogOneMinusSigmoidF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func logOneMinusSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusSigmoidF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusSigmoidF32Array(x, out, count)
        default: baselineLogOneMinusSigmoidF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func sigmoidDerivative(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SigmoidDerivativeF64(x)
        case SOFTPLUS_PATH_AVX2: avx2SigmoidDerivativeF64(x)
        default: baselineSigmoidDerivativeF64(x)
        }
    }

    @inline(__always)
    static func sigmoidDerivative(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SigmoidDerivativeF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SigmoidDerivativeF64Array(x, out, count)
        default: baselineSigmoidDerivativeF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func sigmoidDerivative(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SigmoidDerivativeF32(x)
        case SOFTPLUS_PATH_AVX2: avx2SigmoidDerivativeF32(x)
        default: baselineSigmoidDerivativeF32(x)
        }
    }

    @inline(__always)
    static func sigmoidDerivative(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SigmoidDerivativeF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SigmoidDerivativeF32Array(x, out, count)
        default: baselineSigmoidDerivativeF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func oneMinusSigmoidDerivative(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512OneMinusSigmoidDerivativeF64(x)
        case SOFTPLUS_PATH_AVX2: avx2OneMinusSigmoidDerivativeF64(x)
        default: baselineOneMinusSigmoidDerivativeF64(x)
        }
    }

    @inline(__always)
    static func oneMinusSigmoidDerivative(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512OneMinusSigmoidDerivativeF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2OneMinusSigmoidDerivativeF64Array(x, out, count)
        default: baselineOneMinusSigmoidDerivativeF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func oneMinusSigmoidDerivative(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512OneMinusSigmoidDerivativeF32(x)
        case SOFTPLUS_PATH_AVX2: avx2OneMinusSigmoidDerivativeF32(x)
        default: baselineOneMinusSigmoidDerivativeF32(x)
        }
    }

    @inline(__always)
    static func oneMinusSigmoidDerivative(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512OneMinusSigmoidDerivativeF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2OneMinusSigmoidDerivativeF32Array(x, out, count)
        default: baselineOneMinusSigmoidDerivativeF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func logitDerivative(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogitDerivativeF64(x)
        case SOFTPLUS_PATH_AVX2: avx2LogitDerivativeF64(x)
        default: baselineLogitDerivativeF64(x)
        }
    }

    @inline(__always)
    static func logitDerivative(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogitDerivativeF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogitDerivativeF64Array(x, out, count)
        default: baselineLogitDerivativeF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func logitDerivative(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogitDerivativeF32(x)
        case SOFTPLUS_PATH_AVX2: avx2LogitDerivativeF32(x)
        default: baselineLogitDerivativeF32(x)
        }
    }

    @inline(__always)
    static func logitDerivative(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogitDerivativeF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogitDerivativeF32Array(x, out, count)
        default: baselineLogitDerivativeF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func softplusInverseDerivative(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusInverseDerivativeF64(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusInverseDerivativeF64(x)
        default: baselineSoftplusInverseDerivativeF64(x)
        }
    }

    @inline(__always)
    static func softplusInverseDerivative(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusInverseDerivativeF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusInverseDerivativeF64Array(x, out, count)
        default: baselineSoftplusInverseDerivativeF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func softplusInverseDerivative(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusInverseDerivativeF32(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusInverseDerivativeF32(x)
        default: baselineSoftplusInverseDerivativeF32(x)
        }
    }

    @inline(__always)
    static func softplusInverseDerivative(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusInverseDerivativeF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusInverseDerivativeF32Array(x, out, count)
        default: baselineSoftplusInverseDerivativeF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func softminusInverseDerivative(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusInverseDerivativeF64(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusInverseDerivativeF64(x)
        default: baselineSoftminusInverseDerivativeF64(x)
        }
    }

    @inline(__always)
    static func softminusInverseDerivative(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusInverseDerivativeF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusInverseDerivativeF64Array(x, out, count)
        default: baselineSoftminusInverseDerivativeF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func softminusInverseDerivative(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusInverseDerivativeF32(x)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusInverseDerivativeF32(x)
        default: baselineSoftminusInverseDerivativeF32(x)
        }
    }

    @inline(__always)
    static func softminusInverseDerivative(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusInverseDerivativeF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusInverseDerivativeF32Array(x, out, count)
        default: baselineSoftminusInverseDerivativeF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func logOneMinusSigmoidDerivative(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusSigmoidDerivativeF64(x)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusSigmoidDerivativeF64(x)
        default: baselineLogOneMinusSigmoidDerivativeF64(x)
        }
    }

    @inline(__always)
    static func logOneMinusSigmoidDerivative(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusSigmoidDerivativeF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusSigmoidDerivativeF64Array(x, out, count)
        default: baselineLogOneMinusSigmoidDerivativeF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func logOneMinusSigmoidDerivative(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusSigmoidDerivativeF32(x)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusSigmoidDerivativeF32(x)
        default: baselineLogOneMinusSigmoidDerivativeF32(x)
        }
    }

    @inline(__always)
    static func logOneMinusSigmoidDerivative(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusSigmoidDerivativeF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusSigmoidDerivativeF32Array(x, out, count)
        default: baselineLogOneMinusSigmoidDerivativeF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func logOneMinusExp(_ x: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusExpF64(x)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusExpF64(x)
        default: baselineLogOneMinusExpF64(x)
        }
    }

    @inline(__always)
    static func logOneMinusExp(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusExpF64Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusExpF64Array(x, out, count)
        default: baselineLogOneMinusExpF64Array(x, out, count)
        }
    }

    @inline(__always)
    static func logOneMinusExp(_ x: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusExpF32(x)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusExpF32(x)
        default: baselineLogOneMinusExpF32(x)
        }
    }

    @inline(__always)
    static func logOneMinusExp(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusExpF32Array(x, out, count)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusExpF32Array(x, out, count)
        default: baselineLogOneMinusExpF32Array(x, out, count)
        }
    }

    @inline(__always)
    static func parameterizedSoftplus(_ x: Double, _ beta: Double, _ threshold: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512ParameterizedSoftplusF64(x, beta, threshold)
        case SOFTPLUS_PATH_AVX2: avx2ParameterizedSoftplusF64(x, beta, threshold)
        default: baselineParameterizedSoftplusF64(x, beta, threshold)
        }
    }

    @inline(__always)
    static func parameterizedSoftplus(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512ParameterizedSoftplusF64Array(x, out, count, beta, threshold)
        case SOFTPLUS_PATH_AVX2: avx2ParameterizedSoftplusF64Array(x, out, count, beta, threshold)
        default: baselineParameterizedSoftplusF64Array(x, out, count, beta, threshold)
        }
    }

    @inline(__always)
    static func parameterizedSoftplus(_ x: Float, _ beta: Float, _ threshold: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512ParameterizedSoftplusF32(x, beta, threshold)
        case SOFTPLUS_PATH_AVX2: avx2ParameterizedSoftplusF32(x, beta, threshold)
        default: baselineParameterizedSoftplusF32(x, beta, threshold)
        }
    }

    @inline(__always)
    static func parameterizedSoftplus(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512ParameterizedSoftplusF32Array(x, out, count, beta, threshold)
        case SOFTPLUS_PATH_AVX2: avx2ParameterizedSoftplusF32Array(x, out, count, beta, threshold)
        default: baselineParameterizedSoftplusF32Array(x, out, count, beta, threshold)
        }
    }

    @inline(__always)
    static func parameterizedSoftplusInverse(_ x: Double, _ beta: Double, _ threshold: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512ParameterizedSoftplusInverseF64(x, beta, threshold)
        case SOFTPLUS_PATH_AVX2: avx2ParameterizedSoftplusInverseF64(x, beta, threshold)
        default: baselineParameterizedSoftplusInverseF64(x, beta, threshold)
        }
    }

    @inline(__always)
    static func parameterizedSoftplusInverse(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512ParameterizedSoftplusInverseF64Array(x, out, count, beta, threshold)
        case SOFTPLUS_PATH_AVX2: avx2ParameterizedSoftplusInverseF64Array(x, out, count, beta, threshold)
        default: baselineParameterizedSoftplusInverseF64Array(x, out, count, beta, threshold)
        }
    }

    @inline(__always)
    static func parameterizedSoftplusInverse(_ x: Float, _ beta: Float, _ threshold: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512ParameterizedSoftplusInverseF32(x, beta, threshold)
        case SOFTPLUS_PATH_AVX2: avx2ParameterizedSoftplusInverseF32(x, beta, threshold)
        default: baselineParameterizedSoftplusInverseF32(x, beta, threshold)
        }
    }

    @inline(__always)
    static func parameterizedSoftplusInverse(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512ParameterizedSoftplusInverseF32Array(x, out, count, beta, threshold)
        case SOFTPLUS_PATH_AVX2: avx2ParameterizedSoftplusInverseF32Array(x, out, count, beta, threshold)
        default: baselineParameterizedSoftplusInverseF32Array(x, out, count, beta, threshold)
        }
    }

    @inline(__always)
    static func softplusThrough(_ x: Double, _ c: Double) -> Double {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusThroughF64(x, c)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusThroughF64(x, c)
        default: baselineSoftplusThroughF64(x, c)
        }
    }

    @inline(__always)
    static func softplusThrough(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ c: Double) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusThroughF64Array(x, out, count, c)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusThroughF64Array(x, out, count, c)
        default: baselineSoftplusThroughF64Array(x, out, count, c)
        }
    }

    @inline(__always)
    static func softplusThrough(_ x: Float, _ c: Float) -> Float {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusThroughF32(x, c)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusThroughF32(x, c)
        default: baselineSoftplusThroughF32(x, c)
        }
    }

    @inline(__always)
    static func softplusThrough(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ c: Float) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusThroughF32Array(x, out, count, c)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusThroughF32Array(x, out, count, c)
        default: baselineSoftplusThroughF32Array(x, out, count, c)
        }
    }

    @inline(__always)
    static func softplusBackward(_ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusBackwardF64Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusBackwardF64Array(x, gradOut, gradIn, count)
        default: baselineSoftplusBackwardF64Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func softplusBackward(_ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusBackwardF32Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusBackwardF32Array(x, gradOut, gradIn, count)
        default: baselineSoftplusBackwardF32Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func softminusBackward(_ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusBackwardF64Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusBackwardF64Array(x, gradOut, gradIn, count)
        default: baselineSoftminusBackwardF64Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func softminusBackward(_ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusBackwardF32Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusBackwardF32Array(x, gradOut, gradIn, count)
        default: baselineSoftminusBackwardF32Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func sigmoidBackward(_ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SigmoidBackwardF64Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2SigmoidBackwardF64Array(x, gradOut, gradIn, count)
        default: baselineSigmoidBackwardF64Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func sigmoidBackward(_ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SigmoidBackwardF32Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2SigmoidBackwardF32Array(x, gradOut, gradIn, count)
        default: baselineSigmoidBackwardF32Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func oneMinusSigmoidBackward(_ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512OneMinusSigmoidBackwardF64Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2OneMinusSigmoidBackwardF64Array(x, gradOut, gradIn, count)
        default: baselineOneMinusSigmoidBackwardF64Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func oneMinusSigmoidBackward(_ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512OneMinusSigmoidBackwardF32Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2OneMinusSigmoidBackwardF32Array(x, gradOut, gradIn, count)
        default: baselineOneMinusSigmoidBackwardF32Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func logitBackward(_ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogitBackwardF64Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2LogitBackwardF64Array(x, gradOut, gradIn, count)
        default: baselineLogitBackwardF64Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func logitBackward(_ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogitBackwardF32Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2LogitBackwardF32Array(x, gradOut, gradIn, count)
        default: baselineLogitBackwardF32Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func softplusInverseBackward(_ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusInverseBackwardF64Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusInverseBackwardF64Array(x, gradOut, gradIn, count)
        default: baselineSoftplusInverseBackwardF64Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func softplusInverseBackward(_ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftplusInverseBackwardF32Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftplusInverseBackwardF32Array(x, gradOut, gradIn, count)
        default: baselineSoftplusInverseBackwardF32Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func softminusInverseBackward(_ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusInverseBackwardF64Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusInverseBackwardF64Array(x, gradOut, gradIn, count)
        default: baselineSoftminusInverseBackwardF64Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func softminusInverseBackward(_ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512SoftminusInverseBackwardF32Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2SoftminusInverseBackwardF32Array(x, gradOut, gradIn, count)
        default: baselineSoftminusInverseBackwardF32Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func logSigmoidBackward(_ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogSigmoidBackwardF64Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2LogSigmoidBackwardF64Array(x, gradOut, gradIn, count)
        default: baselineLogSigmoidBackwardF64Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func logSigmoidBackward(_ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogSigmoidBackwardF32Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2LogSigmoidBackwardF32Array(x, gradOut, gradIn, count)
        default: baselineLogSigmoidBackwardF32Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func logOneMinusSigmoidBackward(_ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusSigmoidBackwardF64Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusSigmoidBackwardF64Array(x, gradOut, gradIn, count)
        default: baselineLogOneMinusSigmoidBackwardF64Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func logOneMinusSigmoidBackward(_ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512LogOneMinusSigmoidBackwardF32Array(x, gradOut, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2LogOneMinusSigmoidBackwardF32Array(x, gradOut, gradIn, count)
        default: baselineLogOneMinusSigmoidBackwardF32Array(x, gradOut, gradIn, count)
        }
    }

    @inline(__always)
    static func binaryCrossEntropyWithLogits(_ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512BinaryCrossEntropyWithLogitsF64(x, target, weight, positiveWeight, out, count)
        case SOFTPLUS_PATH_AVX2: avx2BinaryCrossEntropyWithLogitsF64(x, target, weight, positiveWeight, out, count)
        default: baselineBinaryCrossEntropyWithLogitsF64(x, target, weight, positiveWeight, out, count)
        }
    }

    @inline(__always)
    static func binaryCrossEntropyWithLogitsTotal(_ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ count: Int, _ total: UnsafeMutablePointer<Double>) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512BinaryCrossEntropyWithLogitsTotalF64(x, target, weight, positiveWeight, count, total)
        case SOFTPLUS_PATH_AVX2: avx2BinaryCrossEntropyWithLogitsTotalF64(x, target, weight, positiveWeight, count, total)
        default: baselineBinaryCrossEntropyWithLogitsTotalF64(x, target, weight, positiveWeight, count, total)
        }
    }

    @inline(__always)
    static func binaryCrossEntropyWithLogitsGradient(_ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?, _ positiveWeight: UnsafePointer<Double>?, _ gradOut: UnsafePointer<Double>?, _ gradOutValue: Double, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512BinaryCrossEntropyWithLogitsGradientF64(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2BinaryCrossEntropyWithLogitsGradientF64(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
        default: baselineBinaryCrossEntropyWithLogitsGradientF64(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
        }
    }

    @inline(__always)
    static func binaryCrossEntropyWithLogits(_ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512BinaryCrossEntropyWithLogitsF32(x, target, weight, positiveWeight, out, count)
        case SOFTPLUS_PATH_AVX2: avx2BinaryCrossEntropyWithLogitsF32(x, target, weight, positiveWeight, out, count)
        default: baselineBinaryCrossEntropyWithLogitsF32(x, target, weight, positiveWeight, out, count)
        }
    }

    @inline(__always)
    static func binaryCrossEntropyWithLogitsTotal(_ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ count: Int, _ total: UnsafeMutablePointer<Double>) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512BinaryCrossEntropyWithLogitsTotalF32(x, target, weight, positiveWeight, count, total)
        case SOFTPLUS_PATH_AVX2: avx2BinaryCrossEntropyWithLogitsTotalF32(x, target, weight, positiveWeight, count, total)
        default: baselineBinaryCrossEntropyWithLogitsTotalF32(x, target, weight, positiveWeight, count, total)
        }
    }

    @inline(__always)
    static func binaryCrossEntropyWithLogitsGradient(_ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?, _ positiveWeight: UnsafePointer<Float>?, _ gradOut: UnsafePointer<Float>?, _ gradOutValue: Float, _ divisor: Int, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int) {
        switch softplus_cpu_path() {
        case SOFTPLUS_PATH_AVX512: avx512BinaryCrossEntropyWithLogitsGradientF32(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
        case SOFTPLUS_PATH_AVX2: avx2BinaryCrossEntropyWithLogitsGradientF32(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
        default: baselineBinaryCrossEntropyWithLogitsGradientF32(x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count)
        }
    }
}
#else
import SoftplusKernels

/// The kernels: the one copy.
typealias Kernels = VectorKernels
#endif

/// The instruction set of the kernels in use: "x86-64", "x86-64-v3", "x86-64-v4", "portable".
/// Static, never NULL.
@c(sp_kernel_isa)
public func kernelISA() -> UnsafePointer<CChar> {
#if SOFTPLUS_DISPATCH_X86_64
    switch softplus_cpu_path() {
    case SOFTPLUS_PATH_AVX512: cString("x86-64-v4")
    case SOFTPLUS_PATH_AVX2: cString("x86-64-v3")
    default: cString("x86-64")
    }
#else
    cString("portable")
#endif
}
