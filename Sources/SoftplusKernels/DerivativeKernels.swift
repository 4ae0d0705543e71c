// The vector kernels of the derivatives that are not a function of the family themselves (the others,
// softplus' = sigmoid and its reflections, run the family's kernels: spec/softplus.json), as the training
// entry points with `"kernel": true` in the spec call them, with SoftplusMath's function of the same name
// for the lanes a kernel leaves:
//   sigmoid'(x) = sigmoid(x) sigmoid(-x), and one_minus_sigmoid'(x) = -sigmoid'(x) (VectorSigmoidProduct.swift:
//     the double-double q (1 - q) that sigmoid_backward multiplies by g, here rounded by itself);
//   log_one_minus_sigmoid'(x) = -sigmoid(x) (VectorSigmoid.swift).
// Negating a result is exact. Double within 1 ULP (at most 0.5 + 2^-6.6 ULP for sigmoid', 0.5 + 2^-7.7
// for sigmoid), Float correctly rounded. They had run SoftplusMath's double-double code element by
// element: sigmoid_deriv 52 / 97 ns per element in f64 / f32, log_one_minus_sigmoid_deriv 48 / 88
// (n = 2^20, docs/BENCHMARK.md of commit abb430b). Same contract and structure as the family's kernels
// (VectorKernels.swift): scalar and array entries run the same lane kernel, so they are bitwise identical.

import SoftplusMath

extension VectorKernels {
    /// sigmoid'(x) for one Double: the lane kernel on one lane (of 2).
    public static func sigmoidDerivative(_ x: Double) -> Double {
        oneLane(x, { sigmoidDerivativeLanes($0) }, SoftplusMath.sigmoidDerivative)
    }

    /// out[i] = sigmoid'(x[i]) for i < count.
    public static func sigmoidDerivative(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, { sigmoidDerivativeLanes($0) }, SoftplusMath.sigmoidDerivative)
    }

    /// sigmoid'(x) for one Float: the lane kernel on one lane (of 2).
    public static func sigmoidDerivative(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { sigmoidDerivativeLanes32($0) }) }, SoftplusMath.sigmoidDerivative)
    }

    /// out[i] = sigmoid'(x[i]) for i < count.
    public static func sigmoidDerivative(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, { floatLanes($0, { sigmoidDerivativeLanes32($0) }) }, SoftplusMath.sigmoidDerivative)
    }
}

extension VectorKernels {
    /// one_minus_sigmoid'(x) = -sigmoid'(x) for one Double.
    public static func oneMinusSigmoidDerivative(_ x: Double) -> Double {
        oneLane(x, { x in let r = sigmoidDerivativeLanes(x); return (negated(r.value), r.slow) },
                SoftplusMath.oneMinusSigmoidDerivative)
    }

    /// out[i] = one_minus_sigmoid'(x[i]) = -sigmoid'(x[i]) for i < count.
    public static func oneMinusSigmoidDerivative(
        _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, out, count, { x in let r = sigmoidDerivativeLanes(x); return (negated(r.value), r.slow) },
                 SoftplusMath.oneMinusSigmoidDerivative)
    }

    /// one_minus_sigmoid'(x) = -sigmoid'(x) for one Float.
    public static func oneMinusSigmoidDerivative(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { x in let r = sigmoidDerivativeLanes32(x); return (negated(r.value), r.slow) }) },
                SoftplusMath.oneMinusSigmoidDerivative)
    }

    /// out[i] = one_minus_sigmoid'(x[i]) = -sigmoid'(x[i]) for i < count.
    public static func oneMinusSigmoidDerivative(
        _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, out, count,
                 { floatLanes($0, { x in let r = sigmoidDerivativeLanes32(x); return (negated(r.value), r.slow) }) },
                 SoftplusMath.oneMinusSigmoidDerivative)
    }
}

extension VectorKernels {
    /// log_one_minus_sigmoid'(x) = -sigmoid(x) for one Double.
    public static func logOneMinusSigmoidDerivative(_ x: Double) -> Double {
        oneLane(x, { x in let r = sigmoidLanes(x); return (negated(r.value), r.slow) },
                SoftplusMath.logOneMinusSigmoidDerivative)
    }

    /// out[i] = log_one_minus_sigmoid'(x[i]) = -sigmoid(x[i]) for i < count.
    public static func logOneMinusSigmoidDerivative(
        _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, out, count, { x in let r = sigmoidLanes(x); return (negated(r.value), r.slow) },
                 SoftplusMath.logOneMinusSigmoidDerivative)
    }

    /// log_one_minus_sigmoid'(x) = -sigmoid(x) for one Float.
    public static func logOneMinusSigmoidDerivative(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { x in let r = sigmoidLanes32(x); return (negated(r.value), r.slow) }) },
                SoftplusMath.logOneMinusSigmoidDerivative)
    }

    /// out[i] = log_one_minus_sigmoid'(x[i]) = -sigmoid(x[i]) for i < count.
    public static func logOneMinusSigmoidDerivative(
        _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, out, count, { floatLanes($0, { x in let r = sigmoidLanes32(x); return (negated(r.value), r.slow) }) },
                 SoftplusMath.logOneMinusSigmoidDerivative)
    }
}
