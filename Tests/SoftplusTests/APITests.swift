// The Swift API against the shared MPFR vectors: every function of the spec, in Double and Float, through
// the generic scalar form (the contract's bound), and through the collection, buffer and in-place buffer
// forms (bitwise the scalar results). Then the buffer preconditions, which must trap.

import Testing
import Softplus

/// A scalar result's and an array result's bits agree (any NaN payload aside: NaN matches NaN).
func sameBits<T: BinaryFloatingPoint>(_ a: [T], _ b: [T]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.isNaN ? $1.isNaN : $0.isIdentical(to: $1) }
}

/// Checks every form of one format of one function on its vector file.
func checkForms<T: BinaryFloatingPoint>(
    _ name: String, _ suffix: String, bits: (UInt64) -> T,
    scalar: (T) -> T, array: ([T]) -> [T], buffer: (UnsafeBufferPointer<T>, UnsafeMutableBufferPointer<T>) -> Void
) throws {
    let cases = try sharedVectors(name, suffix)
    let x = cases.map { bits($0.input) }
    let results = x.map(scalar)
    var outside = 0
    for (index, testCase) in cases.enumerated() where !results[index].isWithinContractBound(of: bits(testCase.expected)) {
        outside += 1
        if outside <= 10 {
            Issue.record("\(name)_\(suffix)(\(String(testCase.input, radix: 16))) = \(results[index]), want \(bits(testCase.expected))")
        }
    }
    #expect(outside == 0, "\(name)_\(suffix): \(outside) of \(cases.count) outside the bound")
    #expect(sameBits(array(x), results), "\(name)_\(suffix): the collection form differs from the scalar form")

    var out = [T](repeating: 0, count: x.count)
    x.withUnsafeBufferPointer { source in out.withUnsafeMutableBufferPointer { buffer(source, $0) } }
    #expect(sameBits(out, results), "\(name)_\(suffix): the buffer form differs from the scalar form")

    var inPlace = x
    inPlace.withUnsafeMutableBufferPointer { buffer(UnsafeBufferPointer($0), $0) }
    #expect(sameBits(inPlace, results), "\(name)_\(suffix): the buffer form in place differs from the scalar form")
}

@Suite struct SoftplusAPITests {
    @Test func everySpecFunctionIsInTheAPI() throws {
        #expect(try specFunctionNames() == api.map(\.name))
    }

    @Test(arguments: api)
    func double(_ function: APIFunction) throws {
        try checkForms(function.name, "f64", bits: Double.init(bitPattern:), scalar: function.double,
                       array: function.doubleArray, buffer: function.doubleBuffer)
    }

    @Test(arguments: api)
    func float(_ function: APIFunction) throws {
        try checkForms(function.name, "f32", bits: { Float(bitPattern: UInt32(truncatingIfNeeded: $0)) },
                       scalar: function.float, array: function.floatArray, buffer: function.floatBuffer)
    }

    /// The module-qualified spelling the API is designed for, the static spelling of swift-numerics, and
    /// the collection form on collections other than Array.
    @Test func spellings() {
        #expect(Softplus.softplus(2.0).isIdentical(to: Double.softplus(2.0)))
        #expect(Softplus.logit(Float(0.5)).isIdentical(to: 0) && Float.logit(0).isIdentical(to: -.infinity))
        let x: [Double] = [-1, 0, 1, 2]
        #expect(sameBits(Softplus.sigmoid(x[1...]), [Softplus.sigmoid(0.0), Softplus.sigmoid(1.0), Softplus.sigmoid(2.0)]))
        #expect(sameBits(Softplus.sigmoid(ContiguousArray(x)), Softplus.sigmoid(x)))
    }

    @Test func differentCountsTrap() async {
        await #expect(processExitsWith: .failure) {
            let x: [Double] = [1, 2, 3]
            var out = [Double](repeating: 0, count: 2)
            x.withUnsafeBufferPointer { source in out.withUnsafeMutableBufferPointer { Softplus.softplus(source, into: $0) } }
        }
    }

    @Test func partialOverlapTraps() async {
        await #expect(processExitsWith: .failure) {
            var storage: [Double] = [1, 2, 3, 4]
            storage.withUnsafeMutableBufferPointer { all in
                let x = UnsafeBufferPointer(rebasing: all[0..<3])
                Softplus.softplus(x, into: UnsafeMutableBufferPointer(rebasing: all[1..<4]))
            }
        }
    }
}
