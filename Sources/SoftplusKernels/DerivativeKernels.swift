// The vector kernels of the derivatives that are not a function of the family themselves (the others,
// softplus' = sigmoid and its reflections, run the family's kernels: spec/softplus.json), as the training
// entry points with `"kernel": true` in the spec call them, with SoftplusMath's function of the same name
// for the lanes a kernel leaves:
//   sigmoid'(x) = sigmoid(x) sigmoid(-x), and one_minus_sigmoid'(x) = -sigmoid'(x) (VectorSigmoidProduct.swift:
//     the double-double q (1 - q) that sigmoid_backward multiplies by g, here rounded by itself);
//   log_one_minus_sigmoid'(x) = -sigmoid(x) (VectorSigmoid.swift);
//   logit'(p) = 1 / (p (1 - p)) (logitDerivativeLanes below);
//   softplusinv'(y) = 1 / (1 - e^-y) and softminusinv'(y) = 1 / (1 - e^y) (VectorOneMinusExponential.swift).
// Negating a result is exact. Double within 1 ULP (at most 0.5 + 2^-6.6 ULP for sigmoid', 0.5 + 2^-7.7
// for sigmoid), Float correctly rounded. They had run SoftplusMath's double-double code element by
// element: sigmoid_deriv 52 / 97 ns per element in f64 / f32, log_one_minus_sigmoid_deriv 48 / 88
// (n = 2^20, docs/BENCHMARK.md of commit abb430b). Same contract and structure as the family's kernels
// (VectorKernels.swift): scalar and array entries run the same lane kernel, so they are bitwise identical.

import SoftplusMath

// The kernels of the derivatives as types (LaneKernel.swift), in Double and in Float; the others are
// their reflections or the family's kernels (VectorKernels.swift).

/// sigmoid' on Double lanes (sigmoidDerivativeLanes).
struct SigmoidDerivativeKernel: UnaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        sigmoidDerivativeLanes(x)
    }
}

/// sigmoid' on Float lanes (sigmoidDerivativeLanes32).
struct SigmoidDerivativeKernel32: UnaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        sigmoidDerivativeLanes32(x)
    }
}

/// logit' on Double lanes (logitDerivativeLanes).
struct LogitDerivativeKernel: UnaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        logitDerivativeLanes(x)
    }
}

/// logit' on Float lanes (logitDerivativeLanes32).
struct LogitDerivativeKernel32: UnaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        logitDerivativeLanes32(x)
    }
}

/// 1/(1 - e^-a), softplusinv' on Double lanes (reciprocalOneMinusExpLanes).
struct ReciprocalOneMinusExpKernel: UnaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        reciprocalOneMinusExpLanes(x)
    }
}

/// 1/(1 - e^-a), softplusinv' on Float lanes (reciprocalOneMinusExpLanes32).
struct ReciprocalOneMinusExpKernel32: UnaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        reciprocalOneMinusExpLanes32(x)
    }
}

extension VectorKernels {
    /// sigmoid'(x) for one Double: the lane kernel on one lane (of 2).
    public static func sigmoidDerivative(_ x: Double) -> Double {
        oneLane(x, SigmoidDerivativeKernel(), SoftplusMath.sigmoidDerivative)
    }

    /// out[i] = sigmoid'(x[i]) for i < count.
    public static func sigmoidDerivative(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, SigmoidDerivativeKernel(), SoftplusMath.sigmoidDerivative)
    }

    /// sigmoid'(x) for one Float: the lane kernel on one lane (of 2).
    public static func sigmoidDerivative(_ x: Float) -> Float {
        oneLane(x, SigmoidDerivativeKernel32(), SoftplusMath.sigmoidDerivative)
    }

    /// out[i] = sigmoid'(x[i]) for i < count.
    public static func sigmoidDerivative(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, SigmoidDerivativeKernel32(), SoftplusMath.sigmoidDerivative)
    }
}

extension VectorKernels {
    /// one_minus_sigmoid'(x) = -sigmoid'(x) for one Double.
    public static func oneMinusSigmoidDerivative(_ x: Double) -> Double {
        oneLane(x, NegatedResult(SigmoidDerivativeKernel()),
                SoftplusMath.oneMinusSigmoidDerivative)
    }

    /// out[i] = one_minus_sigmoid'(x[i]) = -sigmoid'(x[i]) for i < count.
    public static func oneMinusSigmoidDerivative(
        _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, out, count, NegatedResult(SigmoidDerivativeKernel()),
                 SoftplusMath.oneMinusSigmoidDerivative)
    }

    /// one_minus_sigmoid'(x) = -sigmoid'(x) for one Float.
    public static func oneMinusSigmoidDerivative(_ x: Float) -> Float {
        oneLane(x, NegatedResult(SigmoidDerivativeKernel32()),
                SoftplusMath.oneMinusSigmoidDerivative)
    }

    /// out[i] = one_minus_sigmoid'(x[i]) = -sigmoid'(x[i]) for i < count.
    public static func oneMinusSigmoidDerivative(
        _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, out, count,
                 NegatedResult(SigmoidDerivativeKernel32()),
                 SoftplusMath.oneMinusSigmoidDerivative)
    }
}

extension VectorKernels {
    /// log_one_minus_sigmoid'(x) = -sigmoid(x) for one Double.
    public static func logOneMinusSigmoidDerivative(_ x: Double) -> Double {
        oneLane(x, NegatedResult(SigmoidKernel()),
                SoftplusMath.logOneMinusSigmoidDerivative)
    }

    /// out[i] = log_one_minus_sigmoid'(x[i]) = -sigmoid(x[i]) for i < count.
    public static func logOneMinusSigmoidDerivative(
        _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, out, count, NegatedResult(SigmoidKernel()),
                 SoftplusMath.logOneMinusSigmoidDerivative)
    }

    /// log_one_minus_sigmoid'(x) = -sigmoid(x) for one Float.
    public static func logOneMinusSigmoidDerivative(_ x: Float) -> Float {
        oneLane(x, NegatedResult(SigmoidKernel32()),
                SoftplusMath.logOneMinusSigmoidDerivative)
    }

    /// out[i] = log_one_minus_sigmoid'(x[i]) = -sigmoid(x[i]) for i < count.
    public static func logOneMinusSigmoidDerivative(
        _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, out, count, NegatedResult(SigmoidKernel32()),
                 SoftplusMath.logOneMinusSigmoidDerivative)
    }
}

// logit'(p) = 1 / (p (1 - p)):
// Double: 1 - p = qHi + qLo exactly (Fast2Sum, 1 >= p); d = p q = dHi + dLo, dHi = p qHi rounded, its
//   error exact by a fused multiply-add, p qLo rounded (2^-53 of a term below 2^-53 d): d to 2^-105;
//   r0 = 1/dHi rounded, e = 1 - dHi r0 exactly (one fused multiply-add: the remainder of a correctly
//   rounded reciprocal is a Double, Markstein) minus dLo r0 (rounded, 2^-105), and the result r0 + r0 e in
//   one fused multiply-add: r0 (1 + e) = (1/d)(1 + O(e^2)), |e| <= 2^-52: within 2^-103 of 1/d before the
//   one rounding. Fast range 2^-1000 <= p < 1: d >= 2^-1001 (normal; a subnormal p qLo errs by 2^-1075,
//   2^-74 of d), 1/d <= 2^1001. p = 0 and 1 (the poles), p outside [0, 1] and NaN are the scalar
//   function's.
// Float: q = 1 - p and p q rounded, the quotient rounded: below 3 * 2^-53, then the rounding test of
//   VectorRounding.swift. Fast range 2^-126 <= p < 1: the results lie in [4, 2^126.01], normal Floats.
//   Before, logit_deriv ran SoftplusMath's double-double code: 13 / 47 ns per element (f64 / f32).

/// logit'(p) on Double lanes before its rounding, r0 (1 + e) (see above), and the lanes that need the
/// scalar function.
@inline(__always)
private func logitDerivativeParts<W: LaneWidth>(
    _ p: DoubleLanes<W>
) -> (r0: DoubleLanes<W>, e: DoubleLanes<W>, slow: LaneMask<W>) {
    let slow = .!within(p, 0x1p-1000, 1.0.nextDown)
    let p = select(slow, 0.5, p)
    let (qHi, qLo) = fastTwoSum(DoubleLanes<W>(repeating: 1), negated(p))
    let dHi = p * qHi
    let dLo = fusedMultiplyAdd(p, qHi, negated(dHi)) + p * qLo
    let r0 = 1 / dHi
    return (r0, fusedMultiplyAdd(negated(dHi), r0, 1) - dLo * r0, slow)
}

/// logit'(p) on Double lanes, rounded once (see above), and the lanes that need the scalar function.
@inline(__always)
func logitDerivativeLanes<W: LaneWidth>(_ p: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (r0, e, slow) = logitDerivativeParts(p)
    return (fusedMultiplyAdd(r0, e, r0), slow)
}

/// g logit'(p) on Double lanes, rounded once: g r0 + g (r0 e) in one fused multiply-add (scaledUnbounded,
/// VectorSigmoidProduct.swift: logit' reaches 2^1001), r0 e rounded (2^-105 of the result): within
/// 2^-102 before the rounding.
@inline(__always)
func logitDerivativeProductLanes<W: LaneWidth>(
    _ p: DoubleLanes<W>, _ g: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (r0, e, slow) = logitDerivativeParts(p)
    return scaledUnbounded(g, r0, r0 * e, slow: slow)
}

/// g logit'(p) on Float lanes widened to Double, before the rounding to Float: logit' below 3 * 2^-53,
/// one more rounding (scaled32, VectorSigmoidProduct.swift).
@inline(__always)
func logitDerivativeProductLanes32<W: LaneWidth>(
    _ p: DoubleLanes<W>, _ g: DoubleLanes<W>
) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let (value, slow) = logitDerivativeLanes32(p)
    return scaled32(g, value, slow: slow)
}

/// logit'(p) on Float lanes widened to Double, before the rounding to Float (see above).
@inline(__always)
func logitDerivativeLanes32<W: LaneWidth>(_ p: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
    let slow = .!within(p, 0x1p-126, 1.0.nextDown)
    let p = select(slow, 0.5, p)
    return (1 / (p * (1 - p)), slow)
}

extension VectorKernels {
    /// logit'(p) for one Double: the lane kernel on one lane (of 2).
    public static func logitDerivative(_ p: Double) -> Double {
        oneLane(p, LogitDerivativeKernel(), SoftplusMath.logitDerivative)
    }

    /// out[i] = logit'(p[i]) for i < count.
    public static func logitDerivative(_ p: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(p, out, count, LogitDerivativeKernel(), SoftplusMath.logitDerivative)
    }

    /// logit'(p) for one Float: the lane kernel on one lane (of 2).
    public static func logitDerivative(_ p: Float) -> Float {
        oneLane(p, LogitDerivativeKernel32(), SoftplusMath.logitDerivative)
    }

    /// out[i] = logit'(p[i]) for i < count.
    public static func logitDerivative(_ p: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(p, out, count, LogitDerivativeKernel32(), SoftplusMath.logitDerivative)
    }
}

extension VectorKernels {
    /// softplusinv'(y) = 1/(1 - e^-y) for one Double.
    public static func softplusInverseDerivative(_ y: Double) -> Double {
        oneLane(y, ReciprocalOneMinusExpKernel(), SoftplusMath.softplusInverseDerivative)
    }

    /// out[i] = softplusinv'(y[i]) for i < count.
    public static func softplusInverseDerivative(
        _ y: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(y, out, count, ReciprocalOneMinusExpKernel(), SoftplusMath.softplusInverseDerivative)
    }

    /// softplusinv'(y) for one Float.
    public static func softplusInverseDerivative(_ y: Float) -> Float {
        oneLane(y, ReciprocalOneMinusExpKernel32(), SoftplusMath.softplusInverseDerivative)
    }

    /// out[i] = softplusinv'(y[i]) for i < count.
    public static func softplusInverseDerivative(
        _ y: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(y, out, count, ReciprocalOneMinusExpKernel32(),
                 SoftplusMath.softplusInverseDerivative)
    }
}

extension VectorKernels {
    /// softminusinv'(y) = 1/(1 - e^y), softplusinv' at -y (the negation exact), for one Double.
    public static func softminusInverseDerivative(_ y: Double) -> Double {
        oneLane(y, NegatedArgument(ReciprocalOneMinusExpKernel()), SoftplusMath.softminusInverseDerivative)
    }

    /// out[i] = softminusinv'(y[i]) for i < count.
    public static func softminusInverseDerivative(
        _ y: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(y, out, count, NegatedArgument(ReciprocalOneMinusExpKernel()), SoftplusMath.softminusInverseDerivative)
    }

    /// softminusinv'(y) for one Float.
    public static func softminusInverseDerivative(_ y: Float) -> Float {
        oneLane(y, NegatedArgument(ReciprocalOneMinusExpKernel32()), SoftplusMath.softminusInverseDerivative)
    }

    /// out[i] = softminusinv'(y[i]) for i < count.
    public static func softminusInverseDerivative(
        _ y: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(y, out, count, NegatedArgument(ReciprocalOneMinusExpKernel32()),
                 SoftplusMath.softminusInverseDerivative)
    }
}
