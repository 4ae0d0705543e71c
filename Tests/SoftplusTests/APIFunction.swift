// Every function of the Swift API in every form, looked up by its spec name: the table the tests run over.
// Each closure is the public generic function itself, picked by the closure's type, so the tests call the
// API exactly as a user would.

import Softplus
import Testing

struct APIFunction: Sendable, CustomTestStringConvertible {
    let name: String
    let double: @Sendable (Double) -> Double
    let float: @Sendable (Float) -> Float
    let doubleArray: @Sendable ([Double]) -> [Double]
    let floatArray: @Sendable ([Float]) -> [Float]
    let doubleBuffer: @Sendable (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void
    let floatBuffer: @Sendable (UnsafeBufferPointer<Float>, UnsafeMutableBufferPointer<Float>) -> Void

    init(
        _ name: String,
        _ double: @escaping @Sendable (Double) -> Double,
        _ float: @escaping @Sendable (Float) -> Float,
        _ doubleArray: @escaping @Sendable ([Double]) -> [Double],
        _ floatArray: @escaping @Sendable ([Float]) -> [Float],
        _ doubleBuffer: @escaping @Sendable (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void,
        _ floatBuffer: @escaping @Sendable (UnsafeBufferPointer<Float>, UnsafeMutableBufferPointer<Float>) -> Void
    ) {
        (self.name, self.double, self.float) = (name, double, float)
        (self.doubleArray, self.floatArray, self.doubleBuffer, self.floatBuffer) = (doubleArray, floatArray, doubleBuffer, floatBuffer)
    }

    var testDescription: String { name }
}

/// Keyed by the spec's C name; everySpecFunctionIsInTheAPI checks the keys against spec/softplus.json.
let api: [APIFunction] = [
    APIFunction("softplus", softplus, softplus, softplus, softplus, softplus(_:into:), softplus(_:into:)),
    APIFunction("softminus", softminus, softminus, softminus, softminus, softminus(_:into:), softminus(_:into:)),
    APIFunction("sigmoid", sigmoid, sigmoid, sigmoid, sigmoid, sigmoid(_:into:), sigmoid(_:into:)),
    APIFunction("one_minus_sigmoid", oneMinusSigmoid, oneMinusSigmoid, oneMinusSigmoid, oneMinusSigmoid,
                oneMinusSigmoid(_:into:), oneMinusSigmoid(_:into:)),
    APIFunction("logit", logit, logit, logit, logit, logit(_:into:), logit(_:into:)),
    APIFunction("softplusinv", softplusInverse, softplusInverse, softplusInverse, softplusInverse,
                softplusInverse(_:into:), softplusInverse(_:into:)),
    APIFunction("softminusinv", softminusInverse, softminusInverse, softminusInverse, softminusInverse,
                softminusInverse(_:into:), softminusInverse(_:into:)),
    APIFunction("log_sigmoid", logSigmoid, logSigmoid, logSigmoid, logSigmoid, logSigmoid(_:into:), logSigmoid(_:into:)),
    APIFunction("log_one_minus_sigmoid", logOneMinusSigmoid, logOneMinusSigmoid, logOneMinusSigmoid, logOneMinusSigmoid,
                logOneMinusSigmoid(_:into:), logOneMinusSigmoid(_:into:)),
]
