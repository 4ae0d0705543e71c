// Around every threshold and branch point of the kernels (BranchPointVectors.swift, generated from
// MPFR by tools/tables/branch_point_vectors.py) both formats must be CORRECTLY ROUNDED: a threshold on
// the wrong side of its justified value shows up there as a one-ULP error.

import Testing
@testable import SoftplusMath

@Suite struct BranchPointTests {
    @Test(arguments: family)
    func correctlyRoundedAtBranchPoints(_ function: FamilyFunction) throws {
        for (suffix, isDouble) in [("f64", true), ("f32", false)] {
            let text = try #require(branchPointVectors["\(function.name)_\(suffix)"])
            let cases = parseVectors(text) { Issue.record("malformed: \($0)") }
            #expect(cases.count > 50)
            let counts = isDouble
                ? tally(cases, function.double, bits: double) { testCase, got in
                    Issue.record("\(function.name)_f64(\(double(testCase.input))) = \(got), want \(double(testCase.expected))")
                }
                : tally(cases, function.float, bits: float) { testCase, got in
                    Issue.record("\(function.name)_f32(\(float(testCase.input))) = \(got), want \(float(testCase.expected))")
                }
            #expect(counts.withinOneUlp == 0,
                    "\(function.name)_\(suffix): \(counts.withinOneUlp) results off by one ULP near a branch point")
        }
    }
}
