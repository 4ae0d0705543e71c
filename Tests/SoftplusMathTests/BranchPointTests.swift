// Around every threshold and branch point of the kernels (BranchPointVectors.swift, generated from
// MPFR by tools/tables/branch_point_vectors.py) both formats must be CORRECTLY ROUNDED: a threshold on
// the wrong side of its justified value shows up there as a one-ULP error.

import Testing
@testable import SoftplusMath

@Suite struct BranchPointTests {
    func cases(_ function: FamilyFunction, _ suffix: String) throws -> [VectorCase] {
        let text = try #require(branchPointVectors["\(function.name)_\(suffix)"])
        let cases = parseVectors(text) { Issue.record("malformed: \($0)") }
        #expect(cases.count > 50)
        return cases
    }

    @Test(arguments: family)
    func doubleCorrectlyRoundedAtBranchPoints(_ function: FamilyFunction) throws {
        let counts = tally(try cases(function, "f64"), function.double, bits: double) { testCase, got in
            Issue.record("\(function.name)_f64(\(double(testCase.input))) = \(got), want \(double(testCase.expected))")
        }
        #expect(counts.withinOneUlp == 0, "\(function.name)_f64: \(counts.withinOneUlp) results one ULP off")
    }

    @Test(arguments: family)
    func floatCorrectlyRoundedAtBranchPoints(_ function: FamilyFunction) throws {
        let counts = tally(try cases(function, "f32"), function.float, bits: float) { testCase, got in
            Issue.record("\(function.name)_f32(\(float(testCase.input))) = \(got), want \(float(testCase.expected))")
        }
        #expect(counts.withinOneUlp == 0, "\(function.name)_f32: \(counts.withinOneUlp) results one ULP off")
    }
}
