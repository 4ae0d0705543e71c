// The final rounding on the inputs random tests almost never produce: a double-double whose leading
// part lies exactly on a rounding midpoint of the target grid, so that only the sign of the trailing
// part decides. Expected values follow from the definition of round-to-nearest.

import Testing
@testable import SoftplusMath

@Suite struct RoundingTests {
    @Test func floatMidpointIsSettledByTheTrailingPart() {
        let low = Float(1)
        let high = low.nextUp
        let midpoint = (Double(low) + Double(high)) / 2
        #expect(roundedToFloat(DoubleDouble(midpoint, 0x1p-80)) == high)
        #expect(roundedToFloat(DoubleDouble(midpoint, -0x1p-80)) == low)
        #expect(roundedToFloat(DoubleDouble(midpoint, 0)) == low)  // tie: to even
        let oddLow = high
        let oddMidpoint = (Double(oddLow) + Double(oddLow.nextUp)) / 2
        #expect(roundedToFloat(DoubleDouble(oddMidpoint, 0)) == oddLow.nextUp)  // tie: to even
        #expect(roundedToFloat(DoubleDouble(oddMidpoint, -0x1p-80)) == oddLow)
        #expect(roundedToFloat(DoubleDouble(-midpoint, -0x1p-80)) == -high)
    }

    @Test func floatMidpointBelowAPowerOfTwo() {
        let below = Float(1).nextDown
        let midpoint = (Double(below) + 1) / 2
        #expect(roundedToFloat(DoubleDouble(midpoint, 0x1p-80)) == 1)
        #expect(roundedToFloat(DoubleDouble(midpoint, -0x1p-80)) == below)
    }

    @Test func floatSubnormalMidpoint() {
        let midpoint = Double(Float.leastNonzeroMagnitude) * 1.5
        #expect(roundedToFloat(DoubleDouble(midpoint, 0x1p-200)) == 2 * Float.leastNonzeroMagnitude)
        #expect(roundedToFloat(DoubleDouble(midpoint, -0x1p-200)) == Float.leastNonzeroMagnitude)
        let half = Double(Float.leastNonzeroMagnitude) / 2
        #expect(roundedToFloat(DoubleDouble(half, 0x1p-200)) == Float.leastNonzeroMagnitude)
        #expect(roundedToFloat(DoubleDouble(half, -0x1p-200)) == 0)
    }

    /// 2^k (hi + lo) with the scaled hi exactly halfway between two subnormal Doubles.
    @Test func doubleSubnormalMidpoint() {
        let tiny = Double.leastNonzeroMagnitude
        // 2^-1074 * (1.5 + lo): halfway between the two least subnormals
        #expect(roundedToDouble(ScaledDoubleDouble(DoubleDouble(1.5, 0x1p-60), exponent: -1074)) == 2 * tiny)
        #expect(roundedToDouble(ScaledDoubleDouble(DoubleDouble(1.5, -0x1p-60), exponent: -1074)) == tiny)
        #expect(roundedToDouble(ScaledDoubleDouble(DoubleDouble(1.5, 0), exponent: -1074)) == 2 * tiny)
        #expect(roundedToDouble(ScaledDoubleDouble(DoubleDouble(1.0, 0x1p-60), exponent: -1075)) == tiny)
        #expect(roundedToDouble(ScaledDoubleDouble(DoubleDouble(1.0, -0x1p-60), exponent: -1075)) == 0)
        #expect(roundedToDouble(ScaledDoubleDouble(DoubleDouble(1.0, 0), exponent: -1075)) == 0)
        // halfway between the largest subnormal and 2^-1022: (2^52 - 1/2) * 2^-1074
        let hi = 1 - 0x1p-53
        #expect(roundedToDouble(ScaledDoubleDouble(DoubleDouble(hi, 0x1p-70), exponent: -1022))
                == Double.leastNormalMagnitude)
        #expect(roundedToDouble(ScaledDoubleDouble(DoubleDouble(hi, -0x1p-70), exponent: -1022))
                == Double.leastNormalMagnitude.nextDown)
    }
}
