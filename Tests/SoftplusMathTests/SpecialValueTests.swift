// The special values of spec/softplus.json ("special" fields), exactly, sign of zero included, in
// both formats.

import Testing
@testable import SoftplusMath

/// value is exactly expected, sign of zero included, or both are NaN.
func same<T: BinaryFloatingPoint>(_ value: T, _ expected: T) -> Bool {
    expected.isNaN ? value.isNaN : value.isIdentical(to: expected)
}

@Suite struct SpecialValueTests {
    @Test func doubleSpecialValues() {
        let inf = Double.infinity
        let nan = Double.nan
        #expect(same(softplus(inf), inf))
        #expect(same(softplus(-inf), 0.0))
        #expect(same(softplus(1000.0), 1000.0))
        #expect(same(softplus(-1000.0), 0.0))
        #expect(softplus(-740.0) > 0 && softplus(-740.0) < .leastNormalMagnitude)
        #expect(same(softminus(inf), -0.0))
        #expect(same(softminus(-inf), -inf))
        #expect(same(sigmoid(inf), 1.0))
        #expect(same(sigmoid(-inf), 0.0))
        #expect(same(sigmoid(0.0), 0.5))
        #expect(sigmoid(-740.0) > 0 && sigmoid(-740.0) < .leastNormalMagnitude)
        #expect(same(oneMinusSigmoid(inf), 0.0))
        #expect(same(oneMinusSigmoid(-inf), 1.0))
        #expect(same(logit(0.0), -inf))
        #expect(same(logit(1.0), inf))
        #expect(same(logit(0.5), 0.0))
        #expect(same(logit(-0.0), -inf))
        #expect(same(logit(-1e-300), nan))
        #expect(same(logit(1.0.nextUp), nan))
        #expect(same(logit(inf), nan))
        #expect(same(softplusInverse(0.0), -inf))
        #expect(same(softplusInverse(inf), inf))
        #expect(same(softplusInverse(-1e-300), nan))
        #expect(same(softplusInverse(-inf), nan))
        #expect(softplusInverse(1e-300) > -690.8 && softplusInverse(1e-300) < -690.7)
        #expect(softplusInverse(log(2.0)) != 0)
        #expect(same(softminusInverse(0.0), inf))
        #expect(same(softminusInverse(-0.0), inf))
        #expect(same(softminusInverse(-inf), -inf))
        #expect(same(softminusInverse(1e-300), nan))
        #expect(softminusInverse(-log(2.0)) != 0)
        #expect(same(logSigmoid(inf), -0.0))
        #expect(same(logSigmoid(-inf), -inf))
        #expect(same(logOneMinusSigmoid(inf), -inf))
        #expect(same(logOneMinusSigmoid(-inf), -0.0))
    }

    @Test func nanGivesNaN() {
        for function in family {
            #expect(function.double(.nan).isNaN, "\(function.name)_f64")
            #expect(function.float(.nan).isNaN, "\(function.name)_f32")
            #expect(function.double(-.nan).isNaN, "\(function.name)_f64")
        }
    }

    @Test func floatSpecialValues() {
        let inf = Float.infinity
        #expect(same(softplus(inf), inf))
        #expect(same(softplus(-inf), Float(0)))
        #expect(same(softplus(Float(100)), Float(100)))
        #expect(same(softminus(inf), -Float(0)))
        #expect(same(sigmoid(-inf), Float(0)))
        #expect(same(sigmoid(Float(0)), Float(0.5)))
        #expect(sigmoid(Float(-100)) > 0 && sigmoid(Float(-100)) < .leastNormalMagnitude)
        #expect(same(logit(Float(0)), -inf))
        #expect(same(logit(Float(1)), inf))
        #expect(same(logit(Float(0.5)), Float(0)))
        #expect(same(softplusInverse(Float(0)), -inf))
        #expect(same(softminusInverse(Float(0)), inf))
        #expect(same(logSigmoid(inf), -Float(0)))
        #expect(same(logOneMinusSigmoid(-inf), -Float(0)))
    }
}

import Foundation
