// Each threshold of the kernels checked against the inequality that justifies it, evaluated with
// glibc's exp/log (independent of the kernels; the margins below are many ULPs wide). The branch-point
// vectors check the results around the same thresholds against MPFR.

import Foundation
import Testing
@testable import SoftplusMath

@Suite struct ThresholdTests {
    /// softplus(x) = x + log1p(e^-x) rounds to x once e^-x is below half an ULP of x; ULPs only grow
    /// with x, so checking at the threshold covers everything above it, in both formats.
    @Test func softplusIdentityThreshold() {
        let t = SoftplusMath.softplusIdentityThreshold
        #expect(exp(-t) < t.ulp / 2)
        #expect(exp(-t.nextDown) < t.nextDown.ulp / 2)
    }

    @Test func softplusInverseIdentityThreshold() {
        let t = SoftplusMath.softplusInverseIdentityThreshold
        #expect(-log1p(-exp(-t)) < t.ulp / 2)
    }

    /// 1 - sigmoid(x) < e^-x must be below half the spacing of the numbers just below 1 (2^-54).
    @Test func sigmoidOneThreshold() {
        #expect(exp(-SoftplusMath.sigmoidOneThreshold) < (1.0).nextDown.ulp / 2)
    }

    /// The neglected terms relative to the result: t^2/3 for log1p(t) ~ t - t^2/2, t^2 for
    /// t/(1 + t) ~ t - t^2, t = e^x, must be below the double-double precision 2^-106.
    @Test func seriesThresholds() {
        #expect(exp(2 * SoftplusMath.softplusExpThreshold) / 3 < 0x1p-106)
        #expect(exp(2 * SoftplusMath.sigmoidExpThreshold) < 0x1p-106)
        // and e^x stays a normal Double above them, so the unscaled double-double path is exact
        #expect(exp(SoftplusMath.softplusExpThreshold) > 0x1p-60)
        #expect(exp(SoftplusMath.sigmoidExpThreshold) > 0x1p-60)
    }

    /// Below expUnderflowThreshold, e^x is less than half the least subnormal: the results are +0.
    @Test func underflowThreshold() {
        #expect(SoftplusMath.expUnderflowThreshold < -1075 * log(2.0))
        // and the exponential kernel's scale factor stays in the range its final rounding handles
        #expect(SoftplusMath.expUnderflowThreshold / log(2.0) > -1100)
    }

    /// softplusInverse: log(expm1(y)) only where its result is far from zero (the kernel's absolute
    /// error 2^-77 stays below 2^-74 relative), the ln2-centred form on a range around ln 2 within the
    /// domain |y - ln2| <= 1 of expMinusOne, and y + log1p(-e^-y) where the result is above 1/2.
    @Test func softplusInverseBranches() {
        let small = SoftplusMath.softplusInverseSmallBound
        let large = SoftplusMath.softplusInverseLargeBound
        #expect(log(expm1(small)) < -0.25)
        #expect(small < log(2.0) && log(2.0) < large)
        #expect(abs(large - log(2.0)) <= 1 && abs(small - log(2.0)) <= 1)
        #expect(large + log1p(-exp(-large)) > 0.5)
    }

    /// The exp kernel's series bound is ln2/256, half the table step ln2/128.
    @Test func expReducedBound() {
        #expect(abs(SoftplusMath.expReducedBound - log(2.0) / 256) <= (log(2.0) / 256).ulp)
    }

    /// The log table covers round(256 m) for m in [sqrt(1/2), sqrt(2)) and has c = 1 at m = 1.
    @Test func logTableCoversTheReducedRange() {
        #expect(SoftplusMath.logTableFirst == Int((256 * (0.5).squareRoot()).rounded()))
        #expect(SoftplusMath.logTableFirst + SoftplusMath.logTableC.count - 1
                == Int((256 * (2.0).squareRoot()).rounded()))
        #expect(SoftplusMath.logTableC[256 - SoftplusMath.logTableFirst] == 1)
        #expect(SoftplusMath.logTableHi[256 - SoftplusMath.logTableFirst] == 0)
    }
}
