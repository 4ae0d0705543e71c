// Every function in both formats against the shared MPFR vectors (Tests/vectors, helper REF's
// tools/reference): double within 1 ULP of the correctly rounded value and correctly rounded in at
// least 99.9 % of the cases, float correctly rounded everywhere.

import Testing
@testable import SoftplusMath

/// The share of double cases that must be correctly rounded (the library's accuracy goal).
let requiredCorrectlyRoundedShare = 0.999

/// Runs `cases` through one overload and counts the agreements; `failure` gets each bad case.
func tally<T: BinaryFloatingPoint>(
    _ cases: [VectorCase], _ function: (T) -> T, bits: (UInt64) -> T, failure: (VectorCase, T) -> Void
) -> (correctlyRounded: Int, withinOneUlp: Int) {
    var correctlyRounded = 0
    var withinOneUlp = 0
    for testCase in cases {
        let got = function(bits(testCase.input))
        switch compare(got: got, expected: bits(testCase.expected)) {
        case .correctlyRounded: correctlyRounded += 1
        case .withinOneUlp: withinOneUlp += 1
        case .wrong: failure(testCase, got)
        }
    }
    return (correctlyRounded, withinOneUlp)
}

func double(_ bits: UInt64) -> Double { Double(bitPattern: bits) }
func float(_ bits: UInt64) -> Float { Float(bitPattern: UInt32(truncatingIfNeeded: bits)) }

func recordMalformed(_ line: String) {
    Issue.record("malformed vector line: \(line)")
}

@Suite struct SharedVectorTests {
    @Test func everySpecFunctionIsTested() throws {
        #expect(try specFunctionNames() == family.map(\.name))
    }

    @Test(arguments: family)
    func doubleWithinOneUlp(_ function: FamilyFunction) throws {
        let cases = try #require(sharedVectors(function.name, "f64", malformed: recordMalformed))
        #expect(cases.count > 100)
        let counts = tally(cases, function.double, bits: double) { testCase, got in
            Issue.record("\(function.name)_f64(\(double(testCase.input))) = \(got), want \(double(testCase.expected))")
        }
        let share = Double(counts.correctlyRounded) / Double(cases.count)
        #expect(share >= requiredCorrectlyRoundedShare, "\(function.name)_f64 correctly rounded in \(share)")
    }

    @Test(arguments: family)
    func floatCorrectlyRounded(_ function: FamilyFunction) throws {
        let cases = try #require(sharedVectors(function.name, "f32", malformed: recordMalformed))
        #expect(cases.count > 100)
        let counts = tally(cases, function.float, bits: float) { testCase, got in
            Issue.record("\(function.name)_f32(\(float(testCase.input))) = \(got), want \(float(testCase.expected))")
        }
        #expect(counts.withinOneUlp == 0, "\(function.name)_f32: \(counts.withinOneUlp) results off by one ULP")
    }
}
