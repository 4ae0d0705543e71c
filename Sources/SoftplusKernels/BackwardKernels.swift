// The array kernels of the backward products whose derivative is a sigmoid or sigmoid', gradIn[i] =
// gradOut[i] * f'(x[i]) rounded once, as the training entry points with a "kernel" in spec/softplus.json
// call them (VectorSigmoidProduct.swift for the lanes, SoftplusMath's backward functions for the lanes
// it leaves):
//   softplus'(x) = sigmoid(x), softminus'(x) = log_sigmoid'(x) = sigmoid(-x),
//   log_one_minus_sigmoid'(x) = -sigmoid(x), as (-g) sigmoid(x);
//   sigmoid'(x), and one_minus_sigmoid'(x) = -sigmoid'(x), as (-g) sigmoid'(x);
// and of three more: logit'(p) = 1/(p (1 - p)) (DerivativeKernels.swift), softplusinv'(y) = 1/(1 - e^-y)
// and softminusinv'(y) = 1/(1 - e^y) at a = -y (VectorOneMinusExponential.swift), each the derivative's
// double-double times g rounded once.
// Negating x or g is exact, so each of the first six is one of the two sigmoid product kernels. Same contract as the family's array
// kernels (VectorKernels.swift), with gradOut a second input: count >= 1, out may be x or gradOut exactly.
//
// NaN: where g is NaN the result is g (quieted), whatever x is. SoftplusMath's product of two NaNs
// returns one of them depending on the order in which the compiler put the multiplication's operands,
// which differed between the copies of this module (dispatch_same_bits: x's payload on the AVX2 and
// AVX-512 paths, g's on the baseline one); every path must return the same bits.

import SoftplusMath

// The four product kernels as types (LaneKernel.swift), in Double and in Float; the other five are
// their reflections.

/// g sigmoid'(x) on Double lanes (sigmoidDerivativeProductLanes).
struct SigmoidDerivativeProductKernel: BinaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        sigmoidDerivativeProductLanes(x, g)
    }
}

/// g sigmoid'(x) on Float lanes (sigmoidDerivativeProductLanes32).
struct SigmoidDerivativeProductKernel32: BinaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        sigmoidDerivativeProductLanes32(x, g)
    }
}

/// g sigmoid(x) on Double lanes (sigmoidProductLanes).
struct SigmoidProductKernel: BinaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        sigmoidProductLanes(x, g)
    }
}

/// g sigmoid(x) on Float lanes (sigmoidProductLanes32).
struct SigmoidProductKernel32: BinaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        sigmoidProductLanes32(x, g)
    }
}

/// g logit'(p) on Double lanes (logitDerivativeProductLanes).
struct LogitDerivativeProductKernel: BinaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        logitDerivativeProductLanes(x, g)
    }
}

/// g logit'(p) on Float lanes (logitDerivativeProductLanes32).
struct LogitDerivativeProductKernel32: BinaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        logitDerivativeProductLanes32(x, g)
    }
}

/// g/(1 - e^-a) on Double lanes (reciprocalOneMinusExpProductLanes).
struct ReciprocalOneMinusExpProductKernel: BinaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        reciprocalOneMinusExpProductLanes(x, g)
    }
}

/// g/(1 - e^-a) on Float lanes (reciprocalOneMinusExpProductLanes32).
struct ReciprocalOneMinusExpProductKernel32: BinaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        reciprocalOneMinusExpProductLanes32(x, g)
    }
}

/// The scalar function for a kernel's slow lanes: `product`, but g + g (g quieted) where g is NaN (see
/// the header); `product` still runs, so its floating-point flags are raised as before.
@inline(__always)
private func fallback<T: BinaryFloatingPoint>(_ product: @escaping (T, T) -> T) -> (T, T) -> T {
    { x, g in
        let value = product(x, g)
        return g.isNaN ? g + g : value
    }
}

extension VectorKernels {
    /// gradIn[i] = gradOut[i] * sigmoid'(x[i]) for i < count.
    public static func sigmoidBackward(
        _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, SigmoidDerivativeProductKernel(),
                 fallback { SoftplusMath.sigmoidBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * sigmoid'(x[i]) for i < count.
    public static func sigmoidBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, SigmoidDerivativeProductKernel32(),
                 fallback { SoftplusMath.sigmoidBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * one_minus_sigmoid'(x[i]) = -gradOut[i] * sigmoid'(x[i]) for i < count.
    public static func oneMinusSigmoidBackward(
        _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, NegatedGradient(SigmoidDerivativeProductKernel()),
                 fallback { SoftplusMath.oneMinusSigmoidBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * one_minus_sigmoid'(x[i]) = -gradOut[i] * sigmoid'(x[i]) for i < count.
    public static func oneMinusSigmoidBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count,
                 NegatedGradient(SigmoidDerivativeProductKernel32()),
                 fallback { SoftplusMath.oneMinusSigmoidBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softplus'(x[i]) = gradOut[i] * sigmoid(x[i]) for i < count.
    public static func softplusBackward(
        _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, SigmoidProductKernel(),
                 fallback { SoftplusMath.softplusBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softplus'(x[i]) = gradOut[i] * sigmoid(x[i]) for i < count.
    public static func softplusBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, SigmoidProductKernel32(),
                 fallback { SoftplusMath.softplusBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softminus'(x[i]) = gradOut[i] * sigmoid(-x[i]) for i < count.
    public static func softminusBackward(
        _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, NegatedFirstArgument(SigmoidProductKernel()),
                 fallback { SoftplusMath.softminusBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softminus'(x[i]) = gradOut[i] * sigmoid(-x[i]) for i < count.
    public static func softminusBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, NegatedFirstArgument(SigmoidProductKernel32()),
                 fallback { SoftplusMath.softminusBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * log_sigmoid'(x[i]) for i < count: log_sigmoid' = softminus' = sigmoid(-x),
    /// and SoftplusMath's two backward functions are the same computation, so this is softminus's kernel.
    public static func logSigmoidBackward(
        _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        softminusBackward(x, gradOut, gradIn, count)
    }

    /// gradIn[i] = gradOut[i] * log_sigmoid'(x[i]) for i < count: softminus's kernel, as for Double.
    public static func logSigmoidBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        softminusBackward(x, gradOut, gradIn, count)
    }

    /// gradIn[i] = gradOut[i] * log_one_minus_sigmoid'(x[i]) = -gradOut[i] * sigmoid(x[i]) for i < count.
    public static func logOneMinusSigmoidBackward(
        _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, NegatedGradient(SigmoidProductKernel()),
                 fallback { SoftplusMath.logOneMinusSigmoidBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * log_one_minus_sigmoid'(x[i]) = -gradOut[i] * sigmoid(x[i]) for i < count.
    public static func logOneMinusSigmoidBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, NegatedGradient(SigmoidProductKernel32()),
                 fallback { SoftplusMath.logOneMinusSigmoidBackward($0, gradOut: $1) })
    }
}

extension VectorKernels {
    /// gradIn[i] = gradOut[i] * logit'(p[i]) for i < count.
    public static func logitBackward(
        _ p: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(p, gradOut, gradIn, count, LogitDerivativeProductKernel(),
                 fallback { SoftplusMath.logitBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * logit'(p[i]) for i < count.
    public static func logitBackward(
        _ p: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(p, gradOut, gradIn, count, LogitDerivativeProductKernel32(),
                 fallback { SoftplusMath.logitBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softplusinv'(y[i]) for i < count.
    public static func softplusInverseBackward(
        _ y: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(y, gradOut, gradIn, count, ReciprocalOneMinusExpProductKernel(),
                 fallback { SoftplusMath.softplusInverseBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softplusinv'(y[i]) for i < count.
    public static func softplusInverseBackward(
        _ y: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(y, gradOut, gradIn, count, ReciprocalOneMinusExpProductKernel32(),
                 fallback { SoftplusMath.softplusInverseBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softminusinv'(y[i]) = gradOut[i] / (1 - e^y[i]) for i < count.
    public static func softminusInverseBackward(
        _ y: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(y, gradOut, gradIn, count, NegatedFirstArgument(ReciprocalOneMinusExpProductKernel()),
                 fallback { SoftplusMath.softminusInverseBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softminusinv'(y[i]) for i < count.
    public static func softminusInverseBackward(
        _ y: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(y, gradOut, gradIn, count,
                 NegatedFirstArgument(ReciprocalOneMinusExpProductKernel32()),
                 fallback { SoftplusMath.softminusInverseBackward($0, gradOut: $1) })
    }
}
