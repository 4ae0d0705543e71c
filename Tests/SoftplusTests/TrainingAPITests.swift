// The training functions of the Swift API (Training.swift) against the MPFR vectors of Tests/vectors/training,
// with the bounds of docs/TRAINING.md: the one-argument functions and the backward products within the
// contract's bound (Double 1 ULP, Float correctly rounded), every form bitwise the scalar one; the loss within
// the bound (zeros of either sign: their sign is not specified), its gradient within the bound or within
// 2^-96 of its terms where they cancel, the sum and the mean of the finite logits correctly rounded; the
// parameterized functions within the bound.

import Foundation
import Softplus
import Testing

/// The one-argument training functions in every form, keyed by the spec's training "unary" ids.
let trainingAPI: [APIFunction] = [
    APIFunction("softplus_deriv", softplusDerivative, softplusDerivative, softplusDerivative, softplusDerivative, softplusDerivative(_:into:), softplusDerivative(_:into:)),
    APIFunction("softminus_deriv", softminusDerivative, softminusDerivative, softminusDerivative, softminusDerivative, softminusDerivative(_:into:), softminusDerivative(_:into:)),
    APIFunction("sigmoid_deriv", sigmoidDerivative, sigmoidDerivative, sigmoidDerivative, sigmoidDerivative, sigmoidDerivative(_:into:), sigmoidDerivative(_:into:)),
    APIFunction("one_minus_sigmoid_deriv", oneMinusSigmoidDerivative, oneMinusSigmoidDerivative, oneMinusSigmoidDerivative, oneMinusSigmoidDerivative, oneMinusSigmoidDerivative(_:into:), oneMinusSigmoidDerivative(_:into:)),
    APIFunction("logit_deriv", logitDerivative, logitDerivative, logitDerivative, logitDerivative, logitDerivative(_:into:), logitDerivative(_:into:)),
    APIFunction("softplusinv_deriv", softplusInverseDerivative, softplusInverseDerivative, softplusInverseDerivative, softplusInverseDerivative, softplusInverseDerivative(_:into:), softplusInverseDerivative(_:into:)),
    APIFunction("softminusinv_deriv", softminusInverseDerivative, softminusInverseDerivative, softminusInverseDerivative, softminusInverseDerivative, softminusInverseDerivative(_:into:), softminusInverseDerivative(_:into:)),
    APIFunction("log_sigmoid_deriv", logSigmoidDerivative, logSigmoidDerivative, logSigmoidDerivative, logSigmoidDerivative, logSigmoidDerivative(_:into:), logSigmoidDerivative(_:into:)),
    APIFunction("log_one_minus_sigmoid_deriv", logOneMinusSigmoidDerivative, logOneMinusSigmoidDerivative, logOneMinusSigmoidDerivative, logOneMinusSigmoidDerivative, logOneMinusSigmoidDerivative(_:into:), logOneMinusSigmoidDerivative(_:into:)),
    APIFunction("log1mexp", logOneMinusExp, logOneMinusExp, logOneMinusExp, logOneMinusExp, logOneMinusExp(_:into:), logOneMinusExp(_:into:)),
    APIFunction("log1pexp", logOnePlusExp, logOnePlusExp, logOnePlusExp, logOnePlusExp, logOnePlusExp(_:into:), logOnePlusExp(_:into:)),
]

/// A backward product: the family function's spec name and the scalar and array forms of both formats.
struct BackwardAPI: Sendable, CustomTestStringConvertible {
    let function: String
    let double: @Sendable (Double, Double) -> Double
    let float: @Sendable (Float, Float) -> Float
    let doubleArray: @Sendable ([Double], [Double]) -> [Double]
    let floatArray: @Sendable ([Float], [Float]) -> [Float]
    var testDescription: String { function }
}

let backwardAPI: [BackwardAPI] = [
    BackwardAPI(function: "softplus", double: { softplusBackward($0, gradOut: $1) }, float: { softplusBackward($0, gradOut: $1) },
                doubleArray: { softplusBackward($0, gradOut: $1) }, floatArray: { softplusBackward($0, gradOut: $1) }),
    BackwardAPI(function: "softminus", double: { softminusBackward($0, gradOut: $1) }, float: { softminusBackward($0, gradOut: $1) },
                doubleArray: { softminusBackward($0, gradOut: $1) }, floatArray: { softminusBackward($0, gradOut: $1) }),
    BackwardAPI(function: "sigmoid", double: { sigmoidBackward($0, gradOut: $1) }, float: { sigmoidBackward($0, gradOut: $1) },
                doubleArray: { sigmoidBackward($0, gradOut: $1) }, floatArray: { sigmoidBackward($0, gradOut: $1) }),
    BackwardAPI(function: "one_minus_sigmoid", double: { oneMinusSigmoidBackward($0, gradOut: $1) }, float: { oneMinusSigmoidBackward($0, gradOut: $1) },
                doubleArray: { oneMinusSigmoidBackward($0, gradOut: $1) }, floatArray: { oneMinusSigmoidBackward($0, gradOut: $1) }),
    BackwardAPI(function: "logit", double: { logitBackward($0, gradOut: $1) }, float: { logitBackward($0, gradOut: $1) },
                doubleArray: { logitBackward($0, gradOut: $1) }, floatArray: { logitBackward($0, gradOut: $1) }),
    BackwardAPI(function: "softplusinv", double: { softplusInverseBackward($0, gradOut: $1) }, float: { softplusInverseBackward($0, gradOut: $1) },
                doubleArray: { softplusInverseBackward($0, gradOut: $1) }, floatArray: { softplusInverseBackward($0, gradOut: $1) }),
    BackwardAPI(function: "softminusinv", double: { softminusInverseBackward($0, gradOut: $1) }, float: { softminusInverseBackward($0, gradOut: $1) },
                doubleArray: { softminusInverseBackward($0, gradOut: $1) }, floatArray: { softminusInverseBackward($0, gradOut: $1) }),
    BackwardAPI(function: "log_sigmoid", double: { logSigmoidBackward($0, gradOut: $1) }, float: { logSigmoidBackward($0, gradOut: $1) },
                doubleArray: { logSigmoidBackward($0, gradOut: $1) }, floatArray: { logSigmoidBackward($0, gradOut: $1) }),
    BackwardAPI(function: "log_one_minus_sigmoid", double: { logOneMinusSigmoidBackward($0, gradOut: $1) }, float: { logOneMinusSigmoidBackward($0, gradOut: $1) },
                doubleArray: { logOneMinusSigmoidBackward($0, gradOut: $1) }, floatArray: { logOneMinusSigmoidBackward($0, gradOut: $1) }),
]

/// The rows of Tests/vectors/training/<stem>_<suffix>.txt (`columns` bit patterns a line) and its
/// `# <key> <bits>` comments; a missing, malformed or empty file is an error.
func trainingVectors(_ stem: String, _ suffix: String, columns: Int) throws -> (rows: [[UInt64]], comments: [String: UInt64]) {
    let url = repositoryRoot.appendingPathComponent("Tests/vectors/training/\(stem)_\(suffix).txt")
    var rows: [[UInt64]] = [], comments: [String: UInt64] = [:]
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
        let fields = line.split(separator: " ")
        if line.hasPrefix("#") {
            if fields.count == 3, let bits = UInt64(fields[2], radix: 16) { comments[String(fields[1])] = bits }
            continue
        }
        let row = fields.compactMap { UInt64($0, radix: 16) }
        guard row.count == columns else { throw VectorFileError(description: "\(url.lastPathComponent): malformed line \(line)") }
        rows.append(row)
    }
    guard !rows.isEmpty else { throw VectorFileError(description: "\(url.lastPathComponent) has no cases") }
    return (rows, comments)
}

/// The training "unary" ids and the backward functions of spec/softplus.json, in spec order.
func specTrainingNames() throws -> (unary: [String], backward: [String]) {
    struct Spec: Decodable {
        struct Training: Decodable {
            struct Unary: Decodable { var id: String }
            struct Backward: Decodable { var function: String }
            var unary: [Unary]
            var backward: [Backward]
        }
        var training: Training
    }
    let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("spec/softplus.json"))
    let training = try JSONDecoder().decode(Spec.self, from: data).training
    return (training.unary.map(\.id), training.backward.map(\.function))
}

func checkBackward<T: BinaryFloatingPoint>(
    _ function: String, _ suffix: String, bits: (UInt64) -> T, scalar: (T, T) -> T, array: ([T], [T]) -> [T]
) throws {
    let rows = try trainingVectors("\(function)_backward", suffix, columns: 3).rows
    let x = rows.map { bits($0[0]) }, gradOut = rows.map { bits($0[1]) }
    let results = zip(x, gradOut).map(scalar)
    let outside = rows.indices.filter { !results[$0].isWithinContractBound(of: bits(rows[$0][2])) }
    for i in outside.prefix(10) {
        Issue.record("\(function)Backward_\(suffix)(\(x[i]), gradOut: \(gradOut[i])) = \(results[i]), want \(bits(rows[i][2]))")
    }
    #expect(outside.isEmpty, "\(function)_backward_\(suffix): \(outside.count) of \(rows.count) outside the bound")
    #expect(sameBits(array(x, gradOut), results), "\(function)_backward_\(suffix): the array form differs")
}

/// Checks the loss and its gradient row by row, then the reductions against the file's sum and mean.
func checkBinaryCrossEntropy<T: SoftplusTrainingFunctions>(_ suffix: String, bits: (UInt64) -> T) throws {
    let (rows, comments) = try trainingVectors("bce", suffix, columns: 6)
    func column(_ k: Int) -> [T] { rows.map { bits($0[k]) } }
    let (x, t, w, pw, loss, gradient) = (column(0), column(1), column(2), column(3), column(4), column(5))
    let gotLoss = binaryCrossEntropyWithLogits(x, targets: t, weights: w, positiveWeights: pw)
    let gotGradient = binaryCrossEntropyWithLogitsGradient(x, targets: t, weights: w, positiveWeights: pw, reduction: .sum)
    var outside = 0
    for i in rows.indices {
        let lossOK = gotLoss[i].isWithinContractBound(of: loss[i]) || (gotLoss[i] == 0 && loss[i] == 0)
        let terms = abs(Double(w[i]) * Double(pw[i]) * Double(t[i])) + abs(Double(w[i]) * (1 - Double(t[i])))
        let gradientOK = gotGradient[i].isWithinContractBound(of: gradient[i]) || (gotGradient[i] == 0 && gradient[i] == 0)
            || abs(Double(gotGradient[i]) - Double(gradient[i])) <= terms * 0x1p-96
        let scalarOK = gotLoss[i].isIdentical(to: binaryCrossEntropyWithLogits(x[i], target: t[i], weight: w[i], positiveWeight: pw[i]))
            || gotLoss[i].isNaN
        if !(lossOK && gradientOK && scalarOK) {
            outside += 1
            if outside <= 10 {
                Issue.record("bce_\(suffix)(\(x[i]), \(t[i]), \(w[i]), \(pw[i])) = \(gotLoss[i]), \(gotGradient[i]); want \(loss[i]), \(gradient[i])")
            }
        }
    }
    #expect(outside == 0, "bce_\(suffix): \(outside) of \(rows.count) outside the bound")
    let finite = x.indices.filter { x[$0].isFinite }
    func pick(_ v: [T]) -> [T] { finite.map { v[$0] } }
    let (fx, ft, fw, fpw) = (pick(x), pick(t), pick(w), pick(pw))
    let sum = binaryCrossEntropyWithLogits(fx, targets: ft, weights: fw, positiveWeights: fpw, reduction: .sum)
    let mean = binaryCrossEntropyWithLogits(fx, targets: ft, weights: fw, positiveWeights: fpw, reduction: .mean)
    #expect(sum.isIdentical(to: bits(comments["sum"] ?? 0)), "bce_\(suffix): sum \(sum), want \(bits(comments["sum"] ?? 0))")
    #expect(mean.isIdentical(to: bits(comments["mean"] ?? 0)), "bce_\(suffix): mean \(mean), want \(bits(comments["mean"] ?? 0))")
    #expect(binaryCrossEntropyWithLogits([T](), targets: [], reduction: .mean).isNaN)
    let meanGradient = binaryCrossEntropyWithLogitsGradient(fx, targets: ft, reduction: .mean, gradOut: 2)
    let oneByOne = fx.indices.map { binaryCrossEntropyWithLogitsGradient(fx[$0], target: ft[$0], gradOut: 2) / T(fx.count) }
    #expect(zip(meanGradient, oneByOne).allSatisfy { abs($0 - $1) <= 2 * $1.ulp || $0 == $1 },
            "bce_\(suffix): the mean's gradient is not gradOut / n times the elementwise gradient")
}

/// A parameterized function's rows: x, its parameters, the correctly rounded result.
func checkParameterized<T: SoftplusTrainingFunctions>(
    _ name: String, _ suffix: String, parameters: Int, bits: (UInt64) -> T, _ f: (T, [T]) -> T
) throws {
    let rows = try trainingVectors(name, suffix, columns: parameters + 2).rows
    var outside = 0
    for row in rows {
        let x = bits(row[0]), p = row[1...parameters].map(bits), want = bits(row[parameters + 1])
        let got = f(x, p)
        if !got.isWithinContractBound(of: want) {
            outside += 1
            if outside <= 10 { Issue.record("\(name)_\(suffix)(\(x), \(p)) = \(got), want \(want)") }
        }
    }
    #expect(outside == 0, "\(name)_\(suffix): \(outside) of \(rows.count) outside the bound")
}

func floatBits(_ b: UInt64) -> Float { Float(bitPattern: UInt32(truncatingIfNeeded: b)) }

@Suite struct SoftplusTrainingAPITests {
    @Test func everySpecTrainingFunctionIsInTheAPI() throws {
        let names = try specTrainingNames()
        #expect(names.unary == trainingAPI.map(\.name))
        #expect(names.backward == backwardAPI.map(\.function))
    }

    @Test(arguments: trainingAPI)
    func unary(_ function: APIFunction) throws {
        try checkForms("training/" + function.name, "f64", bits: Double.init(bitPattern:), scalar: function.double,
                       array: function.doubleArray, buffer: function.doubleBuffer)
        try checkForms("training/" + function.name, "f32", bits: floatBits, scalar: function.float,
                       array: function.floatArray, buffer: function.floatBuffer)
    }

    @Test(arguments: backwardAPI)
    func backward(_ function: BackwardAPI) throws {
        try checkBackward(function.function, "f64", bits: Double.init(bitPattern:), scalar: function.double,
                          array: function.doubleArray)
        try checkBackward(function.function, "f32", bits: floatBits, scalar: function.float, array: function.floatArray)
    }

    @Test func binaryCrossEntropy() throws {
        try checkBinaryCrossEntropy("f64", bits: Double.init(bitPattern:))
        try checkBinaryCrossEntropy("f32", bits: floatBits)
        #expect(Softplus.binaryCrossEntropyWithLogits(-Double.infinity, target: 0) == 0)
        #expect(Softplus.binaryCrossEntropyWithLogits(-120.0, target: 1, positiveWeight: 3) == 360)
        #expect(Softplus.binaryCrossEntropyWithLogitsGradient(-Double.infinity, target: 1) == -1)
    }

    @Test func parameterized() throws {
        try checkParameterized("softplus_beta", "f64", parameters: 2, bits: Double.init(bitPattern:)) {
            softplus($0, beta: $1[0], threshold: $1[1])
        }
        try checkParameterized("softplus_beta", "f32", parameters: 2, bits: floatBits) { softplus($0, beta: $1[0], threshold: $1[1]) }
        try checkParameterized("softplusinv_beta", "f64", parameters: 2, bits: Double.init(bitPattern:)) {
            softplusInverse($0, beta: $1[0], threshold: $1[1])
        }
        try checkParameterized("softplusinv_beta", "f32", parameters: 2, bits: floatBits) {
            softplusInverse($0, beta: $1[0], threshold: $1[1])
        }
        try checkParameterized("softplus_through", "f64", parameters: 1, bits: Double.init(bitPattern:)) {
            softplusThrough($0, valueAtZero: $1[0])
        }
        try checkParameterized("softplus_through", "f32", parameters: 1, bits: floatBits) { softplusThrough($0, valueAtZero: $1[0]) }
        #expect(Softplus.softplus(1.0, beta: 1e300) == 1)
        #expect(sameBits(Softplus.softplus([-1.0, 0, 1], beta: 2), [-1.0, 0, 1].map { Softplus.softplus($0, beta: 2) }))
        #expect(Softplus.softplusThrough(0.0, valueAtZero: 0.3) == 0.3)
    }

    @Test func differentCountsTrap() async {
        await #expect(processExitsWith: .failure) {
            _ = Softplus.binaryCrossEntropyWithLogits([1.0, 2.0], targets: [1.0])
        }
    }
}
