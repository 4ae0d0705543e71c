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
        mapLanes(x, gradOut, gradIn, count, { sigmoidDerivativeProductLanes($0, $1) },
                 fallback { SoftplusMath.sigmoidBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * sigmoid'(x[i]) for i < count.
    public static func sigmoidBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, { floatLanes($0, $1, { sigmoidDerivativeProductLanes32($0, $1) }) },
                 fallback { SoftplusMath.sigmoidBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * one_minus_sigmoid'(x[i]) = -gradOut[i] * sigmoid'(x[i]) for i < count.
    public static func oneMinusSigmoidBackward(
        _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, { sigmoidDerivativeProductLanes($0, negated($1)) },
                 fallback { SoftplusMath.oneMinusSigmoidBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * one_minus_sigmoid'(x[i]) = -gradOut[i] * sigmoid'(x[i]) for i < count.
    public static func oneMinusSigmoidBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count,
                 { floatLanes($0, $1, { sigmoidDerivativeProductLanes32($0, negated($1)) }) },
                 fallback { SoftplusMath.oneMinusSigmoidBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softplus'(x[i]) = gradOut[i] * sigmoid(x[i]) for i < count.
    public static func softplusBackward(
        _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, { sigmoidProductLanes($0, $1) },
                 fallback { SoftplusMath.softplusBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softplus'(x[i]) = gradOut[i] * sigmoid(x[i]) for i < count.
    public static func softplusBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, { floatLanes($0, $1, { sigmoidProductLanes32($0, $1) }) },
                 fallback { SoftplusMath.softplusBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softminus'(x[i]) = gradOut[i] * sigmoid(-x[i]) for i < count.
    public static func softminusBackward(
        _ x: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, { sigmoidProductLanes(negated($0), $1) },
                 fallback { SoftplusMath.softminusBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softminus'(x[i]) = gradOut[i] * sigmoid(-x[i]) for i < count.
    public static func softminusBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, { floatLanes($0, $1, { sigmoidProductLanes32(negated($0), $1) }) },
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
        mapLanes(x, gradOut, gradIn, count, { sigmoidProductLanes($0, negated($1)) },
                 fallback { SoftplusMath.logOneMinusSigmoidBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * log_one_minus_sigmoid'(x[i]) = -gradOut[i] * sigmoid(x[i]) for i < count.
    public static func logOneMinusSigmoidBackward(
        _ x: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, gradOut, gradIn, count, { floatLanes($0, $1, { sigmoidProductLanes32($0, negated($1)) }) },
                 fallback { SoftplusMath.logOneMinusSigmoidBackward($0, gradOut: $1) })
    }
}

extension VectorKernels {
    /// gradIn[i] = gradOut[i] * logit'(p[i]) for i < count.
    public static func logitBackward(
        _ p: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(p, gradOut, gradIn, count, { logitDerivativeProductLanes($0, $1) },
                 fallback { SoftplusMath.logitBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * logit'(p[i]) for i < count.
    public static func logitBackward(
        _ p: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(p, gradOut, gradIn, count, { floatLanes($0, $1, { logitDerivativeProductLanes32($0, $1) }) },
                 fallback { SoftplusMath.logitBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softplusinv'(y[i]) for i < count.
    public static func softplusInverseBackward(
        _ y: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(y, gradOut, gradIn, count, { reciprocalOneMinusExpProductLanes($0, $1) },
                 fallback { SoftplusMath.softplusInverseBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softplusinv'(y[i]) for i < count.
    public static func softplusInverseBackward(
        _ y: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(y, gradOut, gradIn, count, { floatLanes($0, $1, { reciprocalOneMinusExpProductLanes32($0, $1) }) },
                 fallback { SoftplusMath.softplusInverseBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softminusinv'(y[i]) = gradOut[i] / (1 - e^y[i]) for i < count.
    public static func softminusInverseBackward(
        _ y: UnsafePointer<Double>, _ gradOut: UnsafePointer<Double>, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(y, gradOut, gradIn, count, { reciprocalOneMinusExpProductLanes(negated($0), $1) },
                 fallback { SoftplusMath.softminusInverseBackward($0, gradOut: $1) })
    }

    /// gradIn[i] = gradOut[i] * softminusinv'(y[i]) for i < count.
    public static func softminusInverseBackward(
        _ y: UnsafePointer<Float>, _ gradOut: UnsafePointer<Float>, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(y, gradOut, gradIn, count,
                 { floatLanes($0, $1, { reciprocalOneMinusExpProductLanes32(negated($0), $1) }) },
                 fallback { SoftplusMath.softminusInverseBackward($0, gradOut: $1) })
    }
}
