// The functions under test, by their C name (spec/softplus.json "name"), with both overloads.

@testable import SoftplusMath
import Foundation

/// One function of the family: its C name and its Double and Float overloads.
struct FamilyFunction: CustomStringConvertible, Sendable {
    var name: String
    var double: @Sendable (Double) -> Double
    var float: @Sendable (Float) -> Float
    var description: String { name }
}

let family: [FamilyFunction] = [
    FamilyFunction(name: "softplus", double: softplus, float: softplus),
    FamilyFunction(name: "softminus", double: softminus, float: softminus),
    FamilyFunction(name: "sigmoid", double: sigmoid, float: sigmoid),
    FamilyFunction(name: "one_minus_sigmoid", double: oneMinusSigmoid, float: oneMinusSigmoid),
    FamilyFunction(name: "logit", double: logit, float: logit),
    FamilyFunction(name: "softplusinv", double: softplusInverse, float: softplusInverse),
    FamilyFunction(name: "softminusinv", double: softminusInverse, float: softminusInverse),
    FamilyFunction(name: "log_sigmoid", double: logSigmoid, float: logSigmoid),
    FamilyFunction(name: "log_one_minus_sigmoid", double: logOneMinusSigmoid, float: logOneMinusSigmoid),
]

/// The C names listed in spec/softplus.json, in order.
func specFunctionNames() throws -> [String] {
    let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("spec/softplus.json"))
    let spec = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    let functions = spec?["functions"] as? [[String: Any]] ?? []
    return functions.compactMap { $0["name"] as? String }
}
