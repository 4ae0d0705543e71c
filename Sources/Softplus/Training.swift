// The training functions of the Swift API (issue 6; docs/TRAINING.md), generic over the two formats like the
// family (Functions.swift, Collections.swift): the derivatives f'(x) of the nine functions, the fused backward
// products gradOut * f'(x), log1mexp and log1pexp, binary cross-entropy with logits with its reductions and
// gradient, and the parameterized softplus. Each dispatches through SoftplusTrainingFunctions to the format's
// implementation in SoftplusMath, the code the C library's softplus_training.h runs, so results are bitwise
// the C functions'. Accuracy: correctly rounded on every measured input for the one-argument functions and
// the backward products; the losses and the parameterized functions as docs/TRAINING.md measures them.

import SoftplusMath

/// A floating-point type with the training functions: `Double.sigmoidDerivative(x)`,
/// `Float.binaryCrossEntropyWithLogits(x, target: t)`. `Double` and `Float` conform; each requirement is
/// documented on the generic free function of the same name, the usual way to call it.
public protocol SoftplusTrainingFunctions: SoftplusFunctions {
    static func softplusDerivative(_ x: Self) -> Self
    static func softminusDerivative(_ x: Self) -> Self
    static func sigmoidDerivative(_ x: Self) -> Self
    static func oneMinusSigmoidDerivative(_ x: Self) -> Self
    static func logitDerivative(_ p: Self) -> Self
    static func softplusInverseDerivative(_ y: Self) -> Self
    static func softminusInverseDerivative(_ y: Self) -> Self
    static func logSigmoidDerivative(_ x: Self) -> Self
    static func logOneMinusSigmoidDerivative(_ x: Self) -> Self
    static func logOneMinusExp(_ a: Self) -> Self
    static func logOnePlusExp(_ x: Self) -> Self
    static func softplusBackward(_ x: Self, gradOut: Self) -> Self
    static func softminusBackward(_ x: Self, gradOut: Self) -> Self
    static func sigmoidBackward(_ x: Self, gradOut: Self) -> Self
    static func oneMinusSigmoidBackward(_ x: Self, gradOut: Self) -> Self
    static func logitBackward(_ x: Self, gradOut: Self) -> Self
    static func softplusInverseBackward(_ x: Self, gradOut: Self) -> Self
    static func softminusInverseBackward(_ x: Self, gradOut: Self) -> Self
    static func logSigmoidBackward(_ x: Self, gradOut: Self) -> Self
    static func logOneMinusSigmoidBackward(_ x: Self, gradOut: Self) -> Self
    static func binaryCrossEntropyWithLogits(_ x: Self, target: Self, weight: Self, positiveWeight: Self) -> Self
    static func binaryCrossEntropyWithLogitsGradient(
        _ x: Self, target: Self, weight: Self, positiveWeight: Self, gradOut: Self, count: Int) -> Self
    /// The sum or the mean of the elementwise losses, accumulated in double-double and rounded once.
    static func binaryCrossEntropyWithLogits(
        _ x: [Self], targets: [Self], weights: [Self]?, positiveWeights: [Self]?, reduction: LossReduction) -> Self
    static func softplus(_ x: Self, beta: Self, threshold: Self) -> Self
    static func softplusInverse(_ y: Self, beta: Self, threshold: Self) -> Self
    static func softplusThrough(_ x: Self, valueAtZero c: Self) -> Self
}

/// How the elementwise losses of an array are reduced to one value (PyTorch's "sum" and "mean"; its
/// "none" is the elementwise form, which returns an array).
public enum LossReduction: Sendable {
    case sum, mean
}

extension Double: SoftplusTrainingFunctions {
    @inlinable public static func softplusDerivative(_ x: Double) -> Double { SoftplusMath.softplusDerivative(x) }
    @inlinable public static func softminusDerivative(_ x: Double) -> Double { SoftplusMath.softminusDerivative(x) }
    @inlinable public static func sigmoidDerivative(_ x: Double) -> Double { SoftplusMath.sigmoidDerivative(x) }
    @inlinable public static func oneMinusSigmoidDerivative(_ x: Double) -> Double { SoftplusMath.oneMinusSigmoidDerivative(x) }
    @inlinable public static func logitDerivative(_ p: Double) -> Double { SoftplusMath.logitDerivative(p) }
    @inlinable public static func softplusInverseDerivative(_ y: Double) -> Double { SoftplusMath.softplusInverseDerivative(y) }
    @inlinable public static func softminusInverseDerivative(_ y: Double) -> Double { SoftplusMath.softminusInverseDerivative(y) }
    @inlinable public static func logSigmoidDerivative(_ x: Double) -> Double { SoftplusMath.logSigmoidDerivative(x) }
    @inlinable public static func logOneMinusSigmoidDerivative(_ x: Double) -> Double { SoftplusMath.logOneMinusSigmoidDerivative(x) }
    @inlinable public static func logOneMinusExp(_ a: Double) -> Double { SoftplusMath.logOneMinusExp(a) }
    @inlinable public static func logOnePlusExp(_ x: Double) -> Double { SoftplusMath.logOnePlusExp(x) }
    @inlinable public static func softplusBackward(_ x: Double, gradOut: Double) -> Double { SoftplusMath.softplusBackward(x, gradOut: gradOut) }
    @inlinable public static func softminusBackward(_ x: Double, gradOut: Double) -> Double { SoftplusMath.softminusBackward(x, gradOut: gradOut) }
    @inlinable public static func sigmoidBackward(_ x: Double, gradOut: Double) -> Double { SoftplusMath.sigmoidBackward(x, gradOut: gradOut) }
    @inlinable public static func oneMinusSigmoidBackward(_ x: Double, gradOut: Double) -> Double { SoftplusMath.oneMinusSigmoidBackward(x, gradOut: gradOut) }
    @inlinable public static func logitBackward(_ x: Double, gradOut: Double) -> Double { SoftplusMath.logitBackward(x, gradOut: gradOut) }
    @inlinable public static func softplusInverseBackward(_ x: Double, gradOut: Double) -> Double { SoftplusMath.softplusInverseBackward(x, gradOut: gradOut) }
    @inlinable public static func softminusInverseBackward(_ x: Double, gradOut: Double) -> Double { SoftplusMath.softminusInverseBackward(x, gradOut: gradOut) }
    @inlinable public static func logSigmoidBackward(_ x: Double, gradOut: Double) -> Double { SoftplusMath.logSigmoidBackward(x, gradOut: gradOut) }
    @inlinable public static func logOneMinusSigmoidBackward(_ x: Double, gradOut: Double) -> Double { SoftplusMath.logOneMinusSigmoidBackward(x, gradOut: gradOut) }
    @inlinable public static func binaryCrossEntropyWithLogits(_ x: Double, target: Double, weight: Double, positiveWeight: Double) -> Double {
        SoftplusMath.binaryCrossEntropyWithLogits(x, target: target, weight: weight, positiveWeight: positiveWeight)
    }
    @inlinable public static func binaryCrossEntropyWithLogitsGradient(
        _ x: Double, target: Double, weight: Double, positiveWeight: Double, gradOut: Double, count: Int
    ) -> Double {
        SoftplusMath.binaryCrossEntropyWithLogitsGradient(
            x, target: target, weight: weight, positiveWeight: positiveWeight, gradOut: gradOut, count: count)
    }
    public static func binaryCrossEntropyWithLogits(
        _ x: [Double], targets: [Double], weights: [Double]?, positiveWeights: [Double]?, reduction: LossReduction
    ) -> Double {
        checkCounts(x.count, targets, weights, positiveWeights)
        var total = BinaryCrossEntropySum()
        for i in x.indices {
            total.add(x[i], target: targets[i], weight: weights?[i] ?? 1,
                      positiveWeight: positiveWeights?[i] ?? 1)
        }
        switch reduction {
        case .sum: return total.sum
        case .mean: return total.mean
        }
    }
    @inlinable public static func softplus(_ x: Double, beta: Double, threshold: Double) -> Double {
        SoftplusMath.softplus(x, beta: beta, threshold: threshold)
    }
    @inlinable public static func softplusInverse(_ y: Double, beta: Double, threshold: Double) -> Double {
        SoftplusMath.softplusInverse(y, beta: beta, threshold: threshold)
    }
    @inlinable public static func softplusThrough(_ x: Double, valueAtZero c: Double) -> Double {
        SoftplusMath.softplusThrough(x, valueAtZero: c)
    }
}

extension Float: SoftplusTrainingFunctions {
    @inlinable public static func softplusDerivative(_ x: Float) -> Float { SoftplusMath.softplusDerivative(x) }
    @inlinable public static func softminusDerivative(_ x: Float) -> Float { SoftplusMath.softminusDerivative(x) }
    @inlinable public static func sigmoidDerivative(_ x: Float) -> Float { SoftplusMath.sigmoidDerivative(x) }
    @inlinable public static func oneMinusSigmoidDerivative(_ x: Float) -> Float { SoftplusMath.oneMinusSigmoidDerivative(x) }
    @inlinable public static func logitDerivative(_ p: Float) -> Float { SoftplusMath.logitDerivative(p) }
    @inlinable public static func softplusInverseDerivative(_ y: Float) -> Float { SoftplusMath.softplusInverseDerivative(y) }
    @inlinable public static func softminusInverseDerivative(_ y: Float) -> Float { SoftplusMath.softminusInverseDerivative(y) }
    @inlinable public static func logSigmoidDerivative(_ x: Float) -> Float { SoftplusMath.logSigmoidDerivative(x) }
    @inlinable public static func logOneMinusSigmoidDerivative(_ x: Float) -> Float { SoftplusMath.logOneMinusSigmoidDerivative(x) }
    @inlinable public static func logOneMinusExp(_ a: Float) -> Float { SoftplusMath.logOneMinusExp(a) }
    @inlinable public static func logOnePlusExp(_ x: Float) -> Float { SoftplusMath.logOnePlusExp(x) }
    @inlinable public static func softplusBackward(_ x: Float, gradOut: Float) -> Float { SoftplusMath.softplusBackward(x, gradOut: gradOut) }
    @inlinable public static func softminusBackward(_ x: Float, gradOut: Float) -> Float { SoftplusMath.softminusBackward(x, gradOut: gradOut) }
    @inlinable public static func sigmoidBackward(_ x: Float, gradOut: Float) -> Float { SoftplusMath.sigmoidBackward(x, gradOut: gradOut) }
    @inlinable public static func oneMinusSigmoidBackward(_ x: Float, gradOut: Float) -> Float { SoftplusMath.oneMinusSigmoidBackward(x, gradOut: gradOut) }
    @inlinable public static func logitBackward(_ x: Float, gradOut: Float) -> Float { SoftplusMath.logitBackward(x, gradOut: gradOut) }
    @inlinable public static func softplusInverseBackward(_ x: Float, gradOut: Float) -> Float { SoftplusMath.softplusInverseBackward(x, gradOut: gradOut) }
    @inlinable public static func softminusInverseBackward(_ x: Float, gradOut: Float) -> Float { SoftplusMath.softminusInverseBackward(x, gradOut: gradOut) }
    @inlinable public static func logSigmoidBackward(_ x: Float, gradOut: Float) -> Float { SoftplusMath.logSigmoidBackward(x, gradOut: gradOut) }
    @inlinable public static func logOneMinusSigmoidBackward(_ x: Float, gradOut: Float) -> Float { SoftplusMath.logOneMinusSigmoidBackward(x, gradOut: gradOut) }
    @inlinable public static func binaryCrossEntropyWithLogits(_ x: Float, target: Float, weight: Float, positiveWeight: Float) -> Float {
        SoftplusMath.binaryCrossEntropyWithLogits(x, target: target, weight: weight, positiveWeight: positiveWeight)
    }
    @inlinable public static func binaryCrossEntropyWithLogitsGradient(
        _ x: Float, target: Float, weight: Float, positiveWeight: Float, gradOut: Float, count: Int
    ) -> Float {
        SoftplusMath.binaryCrossEntropyWithLogitsGradient(
            x, target: target, weight: weight, positiveWeight: positiveWeight, gradOut: gradOut, count: count)
    }
    public static func binaryCrossEntropyWithLogits(
        _ x: [Float], targets: [Float], weights: [Float]?, positiveWeights: [Float]?, reduction: LossReduction
    ) -> Float {
        checkCounts(x.count, targets, weights, positiveWeights)
        var total = BinaryCrossEntropySum()
        for i in x.indices {
            total.add(Double(x[i]), target: Double(targets[i]), weight: Double(weights?[i] ?? 1),
                      positiveWeight: Double(positiveWeights?[i] ?? 1))
        }
        switch reduction {
        case .sum: return total.floatSum
        case .mean: return total.floatMean
        }
    }
    @inlinable public static func softplus(_ x: Float, beta: Float, threshold: Float) -> Float {
        SoftplusMath.softplus(x, beta: beta, threshold: threshold)
    }
    @inlinable public static func softplusInverse(_ y: Float, beta: Float, threshold: Float) -> Float {
        SoftplusMath.softplusInverse(y, beta: beta, threshold: threshold)
    }
    @inlinable public static func softplusThrough(_ x: Float, valueAtZero c: Float) -> Float {
        SoftplusMath.softplusThrough(x, valueAtZero: c)
    }
}

/// The counts of a loss's arrays agree (a mismatch is a programming error, and traps).
@usableFromInline
func checkCounts<T>(_ count: Int, _ targets: [T], _ weights: [T]?, _ positiveWeights: [T]?) {
    precondition(targets.count == count, "targets.count differs from x.count")
    precondition(weights.map { $0.count == count } ?? true, "weights.count differs from x.count")
    precondition(positiveWeights.map { $0.count == count } ?? true, "positiveWeights.count differs from x.count")
}

// ---- Derivatives, log1mexp, log1pexp: scalar, collection and buffer forms, as the family's ----

/// softplus'(x) = sigmoid(x).
@inlinable public func softplusDerivative<T: SoftplusTrainingFunctions>(_ x: T) -> T { T.softplusDerivative(x) }

/// The scalar `softplusDerivative(_:)` of every element of a collection.
@inlinable
public func softplusDerivative<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.softplusDerivative)
}

/// out[i] = softplusDerivative(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func softplusDerivative<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.softplusDerivative)
}

/// softminus'(x) = sigmoid(-x).
@inlinable public func softminusDerivative<T: SoftplusTrainingFunctions>(_ x: T) -> T { T.softminusDerivative(x) }

/// The scalar `softminusDerivative(_:)` of every element of a collection.
@inlinable
public func softminusDerivative<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.softminusDerivative)
}

/// out[i] = softminusDerivative(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func softminusDerivative<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.softminusDerivative)
}

/// sigmoid'(x) = sigmoid(x) sigmoid(-x); sigmoidDerivative(40) = 4.25e-18, not 0.
@inlinable public func sigmoidDerivative<T: SoftplusTrainingFunctions>(_ x: T) -> T { T.sigmoidDerivative(x) }

/// The scalar `sigmoidDerivative(_:)` of every element of a collection.
@inlinable
public func sigmoidDerivative<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.sigmoidDerivative)
}

/// out[i] = sigmoidDerivative(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func sigmoidDerivative<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.sigmoidDerivative)
}

/// oneMinusSigmoid'(x) = -sigmoid(x) sigmoid(-x).
@inlinable public func oneMinusSigmoidDerivative<T: SoftplusTrainingFunctions>(_ x: T) -> T { T.oneMinusSigmoidDerivative(x) }

/// The scalar `oneMinusSigmoidDerivative(_:)` of every element of a collection.
@inlinable
public func oneMinusSigmoidDerivative<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.oneMinusSigmoidDerivative)
}

/// out[i] = oneMinusSigmoidDerivative(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func oneMinusSigmoidDerivative<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.oneMinusSigmoidDerivative)
}

/// logit'(p) = 1 / (p (1 - p)), for 0 <= p <= 1 (NaN outside); +inf at 0 and 1.
@inlinable public func logitDerivative<T: SoftplusTrainingFunctions>(_ p: T) -> T { T.logitDerivative(p) }

/// The scalar `logitDerivative(_:)` of every element of a collection.
@inlinable
public func logitDerivative<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.logitDerivative)
}

/// out[i] = logitDerivative(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func logitDerivative<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.logitDerivative)
}

/// softplusInverse'(y) = 1 / (1 - e^-y), for y >= 0 (NaN below); +inf at 0.
@inlinable public func softplusInverseDerivative<T: SoftplusTrainingFunctions>(_ y: T) -> T { T.softplusInverseDerivative(y) }

/// The scalar `softplusInverseDerivative(_:)` of every element of a collection.
@inlinable
public func softplusInverseDerivative<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.softplusInverseDerivative)
}

/// out[i] = softplusInverseDerivative(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func softplusInverseDerivative<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.softplusInverseDerivative)
}

/// softminusInverse'(y) = 1 / (1 - e^y), for y <= 0 (NaN above); +inf at 0.
@inlinable public func softminusInverseDerivative<T: SoftplusTrainingFunctions>(_ y: T) -> T { T.softminusInverseDerivative(y) }

/// The scalar `softminusInverseDerivative(_:)` of every element of a collection.
@inlinable
public func softminusInverseDerivative<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.softminusInverseDerivative)
}

/// out[i] = softminusInverseDerivative(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func softminusInverseDerivative<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.softminusInverseDerivative)
}

/// logSigmoid'(x) = sigmoid(-x).
@inlinable public func logSigmoidDerivative<T: SoftplusTrainingFunctions>(_ x: T) -> T { T.logSigmoidDerivative(x) }

/// The scalar `logSigmoidDerivative(_:)` of every element of a collection.
@inlinable
public func logSigmoidDerivative<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.logSigmoidDerivative)
}

/// out[i] = logSigmoidDerivative(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func logSigmoidDerivative<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.logSigmoidDerivative)
}

/// logOneMinusSigmoid'(x) = -sigmoid(x).
@inlinable public func logOneMinusSigmoidDerivative<T: SoftplusTrainingFunctions>(_ x: T) -> T { T.logOneMinusSigmoidDerivative(x) }

/// The scalar `logOneMinusSigmoidDerivative(_:)` of every element of a collection.
@inlinable
public func logOneMinusSigmoidDerivative<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.logOneMinusSigmoidDerivative)
}

/// out[i] = logOneMinusSigmoidDerivative(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func logOneMinusSigmoidDerivative<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.logOneMinusSigmoidDerivative)
}

/// log(1 - e^-a) (Maechler's log1mexp), for a >= 0 (NaN below); -inf at 0, -0 from 746 (Double) on.
@inlinable public func logOneMinusExp<T: SoftplusTrainingFunctions>(_ a: T) -> T { T.logOneMinusExp(a) }

/// The scalar `logOneMinusExp(_:)` of every element of a collection.
@inlinable
public func logOneMinusExp<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.logOneMinusExp)
}

/// out[i] = logOneMinusExp(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func logOneMinusExp<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.logOneMinusExp)
}

/// log(1 + e^x): softplus under its other name, bit for bit.
@inlinable public func logOnePlusExp<T: SoftplusTrainingFunctions>(_ x: T) -> T { T.logOnePlusExp(x) }

/// The scalar `logOnePlusExp(_:)` of every element of a collection.
@inlinable
public func logOnePlusExp<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map(C.Element.logOnePlusExp)
}

/// out[i] = logOnePlusExp(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func logOnePlusExp<T: SoftplusTrainingFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.logOnePlusExp)
}

// ---- Backward products: gradOut * f'(x), rounded once ----

/// gradOut * softplus'(x), the derivative's double-double value times gradOut rounded once (not softplus'(x)
/// rounded, then multiplied); IEEE products where gradOut or softplus'(x) is 0, infinite or NaN.
@inlinable public func softplusBackward<T: SoftplusTrainingFunctions>(_ x: T, gradOut: T) -> T { T.softplusBackward(x, gradOut: gradOut) }

/// [softplusBackward(x[i], gradOut: gradOut[i])] for every i.
///
/// - Precondition: `gradOut.count == x.count`.
@inlinable
public func softplusBackward<T: SoftplusTrainingFunctions>(_ x: [T], gradOut: [T]) -> [T] {
    precondition(gradOut.count == x.count, "gradOut.count differs from x.count")
    return zip(x, gradOut).map { T.softplusBackward($0, gradOut: $1) }
}

/// gradOut * softminus'(x), the derivative's double-double value times gradOut rounded once (not softminus'(x)
/// rounded, then multiplied); IEEE products where gradOut or softminus'(x) is 0, infinite or NaN.
@inlinable public func softminusBackward<T: SoftplusTrainingFunctions>(_ x: T, gradOut: T) -> T { T.softminusBackward(x, gradOut: gradOut) }

/// [softminusBackward(x[i], gradOut: gradOut[i])] for every i.
///
/// - Precondition: `gradOut.count == x.count`.
@inlinable
public func softminusBackward<T: SoftplusTrainingFunctions>(_ x: [T], gradOut: [T]) -> [T] {
    precondition(gradOut.count == x.count, "gradOut.count differs from x.count")
    return zip(x, gradOut).map { T.softminusBackward($0, gradOut: $1) }
}

/// gradOut * sigmoid'(x), the derivative's double-double value times gradOut rounded once (not sigmoid'(x)
/// rounded, then multiplied); IEEE products where gradOut or sigmoid'(x) is 0, infinite or NaN.
@inlinable public func sigmoidBackward<T: SoftplusTrainingFunctions>(_ x: T, gradOut: T) -> T { T.sigmoidBackward(x, gradOut: gradOut) }

/// [sigmoidBackward(x[i], gradOut: gradOut[i])] for every i.
///
/// - Precondition: `gradOut.count == x.count`.
@inlinable
public func sigmoidBackward<T: SoftplusTrainingFunctions>(_ x: [T], gradOut: [T]) -> [T] {
    precondition(gradOut.count == x.count, "gradOut.count differs from x.count")
    return zip(x, gradOut).map { T.sigmoidBackward($0, gradOut: $1) }
}

/// gradOut * oneMinusSigmoid'(x), the derivative's double-double value times gradOut rounded once (not oneMinusSigmoid'(x)
/// rounded, then multiplied); IEEE products where gradOut or oneMinusSigmoid'(x) is 0, infinite or NaN.
@inlinable public func oneMinusSigmoidBackward<T: SoftplusTrainingFunctions>(_ x: T, gradOut: T) -> T { T.oneMinusSigmoidBackward(x, gradOut: gradOut) }

/// [oneMinusSigmoidBackward(x[i], gradOut: gradOut[i])] for every i.
///
/// - Precondition: `gradOut.count == x.count`.
@inlinable
public func oneMinusSigmoidBackward<T: SoftplusTrainingFunctions>(_ x: [T], gradOut: [T]) -> [T] {
    precondition(gradOut.count == x.count, "gradOut.count differs from x.count")
    return zip(x, gradOut).map { T.oneMinusSigmoidBackward($0, gradOut: $1) }
}

/// gradOut * logit'(x), the derivative's double-double value times gradOut rounded once (not logit'(x)
/// rounded, then multiplied); IEEE products where gradOut or logit'(x) is 0, infinite or NaN.
@inlinable public func logitBackward<T: SoftplusTrainingFunctions>(_ x: T, gradOut: T) -> T { T.logitBackward(x, gradOut: gradOut) }

/// [logitBackward(x[i], gradOut: gradOut[i])] for every i.
///
/// - Precondition: `gradOut.count == x.count`.
@inlinable
public func logitBackward<T: SoftplusTrainingFunctions>(_ x: [T], gradOut: [T]) -> [T] {
    precondition(gradOut.count == x.count, "gradOut.count differs from x.count")
    return zip(x, gradOut).map { T.logitBackward($0, gradOut: $1) }
}

/// gradOut * softplusInverse'(x), the derivative's double-double value times gradOut rounded once (not softplusInverse'(x)
/// rounded, then multiplied); IEEE products where gradOut or softplusInverse'(x) is 0, infinite or NaN.
@inlinable public func softplusInverseBackward<T: SoftplusTrainingFunctions>(_ x: T, gradOut: T) -> T { T.softplusInverseBackward(x, gradOut: gradOut) }

/// [softplusInverseBackward(x[i], gradOut: gradOut[i])] for every i.
///
/// - Precondition: `gradOut.count == x.count`.
@inlinable
public func softplusInverseBackward<T: SoftplusTrainingFunctions>(_ x: [T], gradOut: [T]) -> [T] {
    precondition(gradOut.count == x.count, "gradOut.count differs from x.count")
    return zip(x, gradOut).map { T.softplusInverseBackward($0, gradOut: $1) }
}

/// gradOut * softminusInverse'(x), the derivative's double-double value times gradOut rounded once (not softminusInverse'(x)
/// rounded, then multiplied); IEEE products where gradOut or softminusInverse'(x) is 0, infinite or NaN.
@inlinable public func softminusInverseBackward<T: SoftplusTrainingFunctions>(_ x: T, gradOut: T) -> T { T.softminusInverseBackward(x, gradOut: gradOut) }

/// [softminusInverseBackward(x[i], gradOut: gradOut[i])] for every i.
///
/// - Precondition: `gradOut.count == x.count`.
@inlinable
public func softminusInverseBackward<T: SoftplusTrainingFunctions>(_ x: [T], gradOut: [T]) -> [T] {
    precondition(gradOut.count == x.count, "gradOut.count differs from x.count")
    return zip(x, gradOut).map { T.softminusInverseBackward($0, gradOut: $1) }
}

/// gradOut * logSigmoid'(x), the derivative's double-double value times gradOut rounded once (not logSigmoid'(x)
/// rounded, then multiplied); IEEE products where gradOut or logSigmoid'(x) is 0, infinite or NaN.
@inlinable public func logSigmoidBackward<T: SoftplusTrainingFunctions>(_ x: T, gradOut: T) -> T { T.logSigmoidBackward(x, gradOut: gradOut) }

/// [logSigmoidBackward(x[i], gradOut: gradOut[i])] for every i.
///
/// - Precondition: `gradOut.count == x.count`.
@inlinable
public func logSigmoidBackward<T: SoftplusTrainingFunctions>(_ x: [T], gradOut: [T]) -> [T] {
    precondition(gradOut.count == x.count, "gradOut.count differs from x.count")
    return zip(x, gradOut).map { T.logSigmoidBackward($0, gradOut: $1) }
}

/// gradOut * logOneMinusSigmoid'(x), the derivative's double-double value times gradOut rounded once (not logOneMinusSigmoid'(x)
/// rounded, then multiplied); IEEE products where gradOut or logOneMinusSigmoid'(x) is 0, infinite or NaN.
@inlinable public func logOneMinusSigmoidBackward<T: SoftplusTrainingFunctions>(_ x: T, gradOut: T) -> T { T.logOneMinusSigmoidBackward(x, gradOut: gradOut) }

/// [logOneMinusSigmoidBackward(x[i], gradOut: gradOut[i])] for every i.
///
/// - Precondition: `gradOut.count == x.count`.
@inlinable
public func logOneMinusSigmoidBackward<T: SoftplusTrainingFunctions>(_ x: [T], gradOut: [T]) -> [T] {
    precondition(gradOut.count == x.count, "gradOut.count differs from x.count")
    return zip(x, gradOut).map { T.logOneMinusSigmoidBackward($0, gradOut: $1) }
}

// ---- Binary cross-entropy with logits ----

/// Binary cross-entropy with logits of one element, PyTorch's BCEWithLogitsLoss:
/// w [pw t softplus(-x) + (1 - t) softplus(x)] = -w [pw t log sigmoid(x) + (1 - t) log(1 - sigmoid(x))],
/// rounded once. A term whose coefficient is 0 is 0 even at an infinite logit (loss(-inf, t = 0) = 0,
/// loss(+inf, t = 1) = 0; PyTorch: NaN); otherwise an infinite logit gives +inf. Targets outside [0, 1]
/// and negative weights are accepted (the loss can then be negative). NaN -> NaN.
@inlinable
public func binaryCrossEntropyWithLogits<T: SoftplusTrainingFunctions>(
    _ x: T, target: T, weight: T = 1, positiveWeight: T = 1
) -> T {
    T.binaryCrossEntropyWithLogits(x, target: target, weight: weight, positiveWeight: positiveWeight)
}

/// gradOut * d loss / dx = gradOut * w [(1 - t) sigmoid(x) - pw t sigmoid(-x)], rounded once; finite for
/// every logit: w (1 - t) at +inf, -w pw t at -inf.
@inlinable
public func binaryCrossEntropyWithLogitsGradient<T: SoftplusTrainingFunctions>(
    _ x: T, target: T, weight: T = 1, positiveWeight: T = 1, gradOut: T = 1
) -> T {
    T.binaryCrossEntropyWithLogitsGradient(x, target: target, weight: weight, positiveWeight: positiveWeight,
                                           gradOut: gradOut, count: 1)
}

/// The elementwise losses of arrays (PyTorch's reduction "none"); nil weights or positive weights are all 1.
///
/// - Precondition: every array has x's count.
@inlinable
public func binaryCrossEntropyWithLogits<T: SoftplusTrainingFunctions>(
    _ x: [T], targets: [T], weights: [T]? = nil, positiveWeights: [T]? = nil
) -> [T] {
    checkCounts(x.count, targets, weights, positiveWeights)
    return x.indices.map {
        T.binaryCrossEntropyWithLogits(x[$0], target: targets[$0], weight: weights?[$0] ?? 1,
                                       positiveWeight: positiveWeights?[$0] ?? 1)
    }
}

/// The sum or the mean of the elementwise losses, accumulated in double-double and rounded once (the mean
/// of 10^8 equal losses is the loss to the last bit); the sum of no element is 0, the mean NaN.
///
/// - Precondition: every array has x's count.
@inlinable
public func binaryCrossEntropyWithLogits<T: SoftplusTrainingFunctions>(
    _ x: [T], targets: [T], weights: [T]? = nil, positiveWeights: [T]? = nil, reduction: LossReduction
) -> T {
    T.binaryCrossEntropyWithLogits(x, targets: targets, weights: weights, positiveWeights: positiveWeights,
                                   reduction: reduction)
}

/// The gradient of the reduced loss with respect to every logit, times gradOut: element i is
/// gradOut * d loss_i / dx_i for the sum, and that divided by x.count (rounded once) for the mean.
///
/// - Precondition: every array has x's count.
@inlinable
public func binaryCrossEntropyWithLogitsGradient<T: SoftplusTrainingFunctions>(
    _ x: [T], targets: [T], weights: [T]? = nil, positiveWeights: [T]? = nil, reduction: LossReduction,
    gradOut: T = 1
) -> [T] {
    checkCounts(x.count, targets, weights, positiveWeights)
    let count = reduction == .mean ? x.count : 1
    return x.indices.map {
        T.binaryCrossEntropyWithLogitsGradient(x[$0], target: targets[$0], weight: weights?[$0] ?? 1,
                                               positiveWeight: positiveWeights?[$0] ?? 1, gradOut: gradOut,
                                               count: count)
    }
}

// ---- The parameterized softplus ----

/// softplus(x; beta, threshold) = log(1 + e^(beta x)) / beta, or x where beta x > threshold: PyTorch's
/// Softplus, correct for every beta > 0 (softplus(1, beta: 1e300) = 1; softplus(1, beta: 1e-300) =
/// 6.9e299). beta = +inf gives max(x, 0); beta <= 0 or NaN, or a NaN threshold, gives NaN.
@inlinable
public func softplus<T: SoftplusTrainingFunctions>(_ x: T, beta: T, threshold: T = 20) -> T {
    T.softplus(x, beta: beta, threshold: threshold)
}

/// [softplus(x[i], beta: beta, threshold: threshold)] for every element of a collection.
@inlinable
public func softplus<C: Collection>(
    _ x: C, beta: C.Element, threshold: C.Element = 20
) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map { C.Element.softplus($0, beta: beta, threshold: threshold) }
}

/// softplusinv(y; beta, threshold) = log(e^(beta y) - 1) / beta, or y where beta y > threshold: the inverse
/// of softplus(_:beta:threshold:). y = 0 gives -inf, y < 0 NaN.
@inlinable
public func softplusInverse<T: SoftplusTrainingFunctions>(_ y: T, beta: T, threshold: T = 20) -> T {
    T.softplusInverse(y, beta: beta, threshold: threshold)
}

/// [softplusInverse(y[i], beta: beta, threshold: threshold)] for every element of a collection.
@inlinable
public func softplusInverse<C: Collection>(
    _ y: C, beta: C.Element, threshold: C.Element = 20
) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    y.map { C.Element.softplusInverse($0, beta: beta, threshold: threshold) }
}

/// softplus(x + softplusInverse(c)): the softplus whose value at 0 is exactly c > 0
/// (softplusThrough(0, valueAtZero: c) = c); c <= 0 or NaN gives NaN.
@inlinable
public func softplusThrough<T: SoftplusTrainingFunctions>(_ x: T, valueAtZero c: T) -> T {
    T.softplusThrough(x, valueAtZero: c)
}

/// [softplusThrough(x[i], valueAtZero: c)] for every element of a collection.
@inlinable
public func softplusThrough<C: Collection>(
    _ x: C, valueAtZero c: C.Element
) -> [C.Element] where C.Element: SoftplusTrainingFunctions {
    x.map { C.Element.softplusThrough($0, valueAtZero: c) }
}
