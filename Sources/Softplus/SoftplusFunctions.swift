// The softplus family as static functions of a floating-point type, the way swift-numerics' RealModule
// gives `Double.exp(x)`: one protocol, conformed to by the two formats the core implements. The generic
// free functions (Functions.swift, Collections.swift) dispatch through it to the concrete Double and Float
// implementations of SoftplusMath, so a generic call costs nothing once specialised.

import SoftplusMath

/// A binary floating-point type with the softplus family: `Double.softplus(x)`, `Float.logit(p)`.
///
/// `Double` and `Float` conform. Each requirement is documented on the generic free function of the same
/// name (`softplus(_:)`, `logit(_:)`, ...), which is the usual way to call it.
public protocol SoftplusFunctions: BinaryFloatingPoint {
    /// log(1 + e^x). See the free function `softplus(_:)`.
    static func softplus(_ x: Self) -> Self
    /// x - softplus(x). See the free function `softminus(_:)`.
    static func softminus(_ x: Self) -> Self
    /// 1 / (1 + e^-x). See the free function `sigmoid(_:)`.
    static func sigmoid(_ x: Self) -> Self
    /// 1 / (1 + e^x). See the free function `oneMinusSigmoid(_:)`.
    static func oneMinusSigmoid(_ x: Self) -> Self
    /// log(p / (1 - p)). See the free function `logit(_:)`.
    static func logit(_ p: Self) -> Self
    /// log(e^y - 1). See the free function `softplusInverse(_:)`.
    static func softplusInverse(_ y: Self) -> Self
    /// y - log(-expm1(y)). See the free function `softminusInverse(_:)`.
    static func softminusInverse(_ y: Self) -> Self
    /// -softplus(-x). See the free function `logSigmoid(_:)`.
    static func logSigmoid(_ x: Self) -> Self
    /// -softplus(x). See the free function `logOneMinusSigmoid(_:)`.
    static func logOneMinusSigmoid(_ x: Self) -> Self
}

extension Double: SoftplusFunctions {
    @inlinable public static func softplus(_ x: Double) -> Double { SoftplusMath.softplus(x) }
    @inlinable public static func softminus(_ x: Double) -> Double { SoftplusMath.softminus(x) }
    @inlinable public static func sigmoid(_ x: Double) -> Double { SoftplusMath.sigmoid(x) }
    @inlinable public static func oneMinusSigmoid(_ x: Double) -> Double { SoftplusMath.oneMinusSigmoid(x) }
    @inlinable public static func logit(_ p: Double) -> Double { SoftplusMath.logit(p) }
    @inlinable public static func softplusInverse(_ y: Double) -> Double { SoftplusMath.softplusInverse(y) }
    @inlinable public static func softminusInverse(_ y: Double) -> Double { SoftplusMath.softminusInverse(y) }
    @inlinable public static func logSigmoid(_ x: Double) -> Double { SoftplusMath.logSigmoid(x) }
    @inlinable public static func logOneMinusSigmoid(_ x: Double) -> Double { SoftplusMath.logOneMinusSigmoid(x) }
}

extension Float: SoftplusFunctions {
    @inlinable public static func softplus(_ x: Float) -> Float { SoftplusMath.softplus(x) }
    @inlinable public static func softminus(_ x: Float) -> Float { SoftplusMath.softminus(x) }
    @inlinable public static func sigmoid(_ x: Float) -> Float { SoftplusMath.sigmoid(x) }
    @inlinable public static func oneMinusSigmoid(_ x: Float) -> Float { SoftplusMath.oneMinusSigmoid(x) }
    @inlinable public static func logit(_ p: Float) -> Float { SoftplusMath.logit(p) }
    @inlinable public static func softplusInverse(_ y: Float) -> Float { SoftplusMath.softplusInverse(y) }
    @inlinable public static func softminusInverse(_ y: Float) -> Float { SoftplusMath.softminusInverse(y) }
    @inlinable public static func logSigmoid(_ x: Float) -> Float { SoftplusMath.logSigmoid(x) }
    @inlinable public static func logOneMinusSigmoid(_ x: Float) -> Float { SoftplusMath.logOneMinusSigmoid(x) }
}
