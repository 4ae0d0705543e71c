// The vector kernels (Sources/SoftplusKernels: the family's, and the training functions with a kernel of
// their own) against the scalar double-double core (SoftplusMath),
// in the SwiftPM build (one portable copy; the CMake copies per instruction set are compared bit for
// bit by Tests/dispatch):
//   - Float: the kernels are correctly rounded, and so is the core, so the two agree bit for bit;
//   - Double: within 1 ULP of the core's correctly rounded value, and equal on the great majority;
//   - every function's scalar entry (2 lanes) equals its array entry (32 lanes for Double, 64 for Float),
//     at every length up to 140 (two or more whole steps of the array loop and every tail) and in place.
// Inputs: a deterministic spread over each function's domain, its edges and special values.

@testable import SoftplusKernels
@testable import SoftplusMath
import Testing

/// One function of the family through both modules.
struct KernelPair: CustomStringConvertible, Sendable {
    let name: String
    let kernelDouble: @Sendable (Double) -> Double
    let kernelFloat: @Sendable (Float) -> Float
    let kernelDoubleArray: @Sendable (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void
    let kernelFloatArray: @Sendable (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void
    let coreDouble: @Sendable (Double) -> Double
    let coreFloat: @Sendable (Float) -> Float
    /// Where the function is defined: inputs are drawn from here (outside inputs are added apart).
    let domain: ClosedRange<Double>
    var description: String { name }
}

let pairs: [KernelPair] = [
    KernelPair(name: "softplus", kernelDouble: VectorKernels.softplus, kernelFloat: VectorKernels.softplus,
               kernelDoubleArray: VectorKernels.softplus, kernelFloatArray: VectorKernels.softplus,
               coreDouble: SoftplusMath.softplus, coreFloat: SoftplusMath.softplus, domain: -800...800),
    KernelPair(name: "softminus", kernelDouble: VectorKernels.softminus, kernelFloat: VectorKernels.softminus,
               kernelDoubleArray: VectorKernels.softminus, kernelFloatArray: VectorKernels.softminus,
               coreDouble: SoftplusMath.softminus, coreFloat: SoftplusMath.softminus, domain: -800...800),
    KernelPair(name: "sigmoid", kernelDouble: VectorKernels.sigmoid, kernelFloat: VectorKernels.sigmoid,
               kernelDoubleArray: VectorKernels.sigmoid, kernelFloatArray: VectorKernels.sigmoid,
               coreDouble: SoftplusMath.sigmoid, coreFloat: SoftplusMath.sigmoid, domain: -800...800),
    KernelPair(name: "one_minus_sigmoid", kernelDouble: VectorKernels.oneMinusSigmoid,
               kernelFloat: VectorKernels.oneMinusSigmoid, kernelDoubleArray: VectorKernels.oneMinusSigmoid,
               kernelFloatArray: VectorKernels.oneMinusSigmoid, coreDouble: SoftplusMath.oneMinusSigmoid,
               coreFloat: SoftplusMath.oneMinusSigmoid, domain: -800...800),
    KernelPair(name: "logit", kernelDouble: VectorKernels.logit, kernelFloat: VectorKernels.logit,
               kernelDoubleArray: VectorKernels.logit, kernelFloatArray: VectorKernels.logit,
               coreDouble: SoftplusMath.logit, coreFloat: SoftplusMath.logit, domain: 0...1),
    KernelPair(name: "softplusinv", kernelDouble: VectorKernels.softplusInverse,
               kernelFloat: VectorKernels.softplusInverse, kernelDoubleArray: VectorKernels.softplusInverse,
               kernelFloatArray: VectorKernels.softplusInverse, coreDouble: SoftplusMath.softplusInverse,
               coreFloat: SoftplusMath.softplusInverse, domain: 0...800),
    KernelPair(name: "softminusinv", kernelDouble: VectorKernels.softminusInverse,
               kernelFloat: VectorKernels.softminusInverse, kernelDoubleArray: VectorKernels.softminusInverse,
               kernelFloatArray: VectorKernels.softminusInverse, coreDouble: SoftplusMath.softminusInverse,
               coreFloat: SoftplusMath.softminusInverse, domain: -800...0),
    KernelPair(name: "log_sigmoid", kernelDouble: VectorKernels.logSigmoid, kernelFloat: VectorKernels.logSigmoid,
               kernelDoubleArray: VectorKernels.logSigmoid, kernelFloatArray: VectorKernels.logSigmoid,
               coreDouble: SoftplusMath.logSigmoid, coreFloat: SoftplusMath.logSigmoid, domain: -800...800),
    KernelPair(name: "log_one_minus_sigmoid", kernelDouble: VectorKernels.logOneMinusSigmoid,
               kernelFloat: VectorKernels.logOneMinusSigmoid, kernelDoubleArray: VectorKernels.logOneMinusSigmoid,
               kernelFloatArray: VectorKernels.logOneMinusSigmoid, coreDouble: SoftplusMath.logOneMinusSigmoid,
               coreFloat: SoftplusMath.logOneMinusSigmoid, domain: -800...800),
    // The derivatives with a kernel of their own (DerivativeKernels.swift), under the same bounds.
    KernelPair(name: "sigmoid_deriv", kernelDouble: VectorKernels.sigmoidDerivative,
               kernelFloat: VectorKernels.sigmoidDerivative, kernelDoubleArray: VectorKernels.sigmoidDerivative,
               kernelFloatArray: VectorKernels.sigmoidDerivative, coreDouble: SoftplusMath.sigmoidDerivative,
               coreFloat: SoftplusMath.sigmoidDerivative, domain: -800...800),
    KernelPair(name: "one_minus_sigmoid_deriv", kernelDouble: VectorKernels.oneMinusSigmoidDerivative,
               kernelFloat: VectorKernels.oneMinusSigmoidDerivative,
               kernelDoubleArray: VectorKernels.oneMinusSigmoidDerivative,
               kernelFloatArray: VectorKernels.oneMinusSigmoidDerivative,
               coreDouble: SoftplusMath.oneMinusSigmoidDerivative, coreFloat: SoftplusMath.oneMinusSigmoidDerivative,
               domain: -800...800),
    KernelPair(name: "log_one_minus_sigmoid_deriv", kernelDouble: VectorKernels.logOneMinusSigmoidDerivative,
               kernelFloat: VectorKernels.logOneMinusSigmoidDerivative,
               kernelDoubleArray: VectorKernels.logOneMinusSigmoidDerivative,
               kernelFloatArray: VectorKernels.logOneMinusSigmoidDerivative,
               coreDouble: SoftplusMath.logOneMinusSigmoidDerivative,
               coreFloat: SoftplusMath.logOneMinusSigmoidDerivative, domain: -800...800),
    KernelPair(name: "logit_deriv", kernelDouble: VectorKernels.logitDerivative,
               kernelFloat: VectorKernels.logitDerivative, kernelDoubleArray: VectorKernels.logitDerivative,
               kernelFloatArray: VectorKernels.logitDerivative, coreDouble: SoftplusMath.logitDerivative,
               coreFloat: SoftplusMath.logitDerivative, domain: 0...1),
    KernelPair(name: "softplusinv_deriv", kernelDouble: VectorKernels.softplusInverseDerivative,
               kernelFloat: VectorKernels.softplusInverseDerivative,
               kernelDoubleArray: VectorKernels.softplusInverseDerivative,
               kernelFloatArray: VectorKernels.softplusInverseDerivative,
               coreDouble: SoftplusMath.softplusInverseDerivative, coreFloat: SoftplusMath.softplusInverseDerivative,
               domain: 0...800),
    KernelPair(name: "softminusinv_deriv", kernelDouble: VectorKernels.softminusInverseDerivative,
               kernelFloat: VectorKernels.softminusInverseDerivative,
               kernelDoubleArray: VectorKernels.softminusInverseDerivative,
               kernelFloatArray: VectorKernels.softminusInverseDerivative,
               coreDouble: SoftplusMath.softminusInverseDerivative, coreFloat: SoftplusMath.softminusInverseDerivative,
               domain: -800...0),
    // log1mexp is no derivative but has a kernel of its own too (LogOneMinusExpKernels.swift).
    KernelPair(name: "log1mexp", kernelDouble: VectorKernels.logOneMinusExp, kernelFloat: VectorKernels.logOneMinusExp,
               kernelDoubleArray: VectorKernels.logOneMinusExp, kernelFloatArray: VectorKernels.logOneMinusExp,
               coreDouble: SoftplusMath.logOneMinusExp, coreFloat: SoftplusMath.logOneMinusExp, domain: 0...800),
] + parameterizedPairs

/// The parameterized softplus (ParameterizedSoftplusKernels.swift), one pair per choice of parameters:
/// PyTorch's default; b = 2, whose Float results below -43.7 are subnormal or 0 (roundedToFloatGrid);
/// b < 1, which keeps z < -104 for the scalar code; a tiny b; no threshold; a threshold of -inf
/// (everything linear); the same for its inverse, whose y <= 0 is -inf or NaN under any threshold; and
/// softplus_through at a small, a moderate and a large value at 0.
let parameterizedPairs: [KernelPair] = [(1, 20), (2, 20), (0.25, .infinity), (3, .infinity), (1e-3, 20), (1, -.infinity)].map {
    (b: Double, threshold: Double) in
    let (b32, threshold32) = (Float(b), Float(threshold))
    return KernelPair(
        name: "softplus_beta(b = \(b), threshold = \(threshold))",
        kernelDouble: { VectorKernels.parameterizedSoftplus($0, b, threshold) },
        kernelFloat: { VectorKernels.parameterizedSoftplus($0, b32, threshold32) },
        kernelDoubleArray: { VectorKernels.parameterizedSoftplus($0, $1, $2, b, threshold) },
        kernelFloatArray: { VectorKernels.parameterizedSoftplus($0, $1, $2, b32, threshold32) },
        coreDouble: { SoftplusMath.softplus($0, beta: b, threshold: threshold) },
        coreFloat: { SoftplusMath.softplus($0, beta: b32, threshold: threshold32) },
        domain: -800 / b ... 800 / b)
} + [(1, 20), (2, 20), (0.5, .infinity), (1e-3, 20), (1, -.infinity), (3, -5)].map { (b: Double, threshold: Double) in
    let (b32, threshold32) = (Float(b), Float(threshold))
    return KernelPair(
        name: "softplusinv_beta(b = \(b), threshold = \(threshold))",
        kernelDouble: { VectorKernels.parameterizedSoftplusInverse($0, b, threshold) },
        kernelFloat: { VectorKernels.parameterizedSoftplusInverse($0, b32, threshold32) },
        kernelDoubleArray: { VectorKernels.parameterizedSoftplusInverse($0, $1, $2, b, threshold) },
        kernelFloatArray: { VectorKernels.parameterizedSoftplusInverse($0, $1, $2, b32, threshold32) },
        coreDouble: { SoftplusMath.softplusInverse($0, beta: b, threshold: threshold) },
        coreFloat: { SoftplusMath.softplusInverse($0, beta: b32, threshold: threshold32) },
        domain: 0...(800 / b))
} + [1e-3, 1, 30].map { (c: Double) in
    KernelPair(
        name: "softplus_through(c = \(c))",
        kernelDouble: { VectorKernels.softplusThrough($0, c) },
        kernelFloat: { VectorKernels.softplusThrough($0, Float(c)) },
        kernelDoubleArray: { VectorKernels.softplusThrough($0, $1, $2, c) },
        kernelFloatArray: { VectorKernels.softplusThrough($0, $1, $2, Float(c)) },
        coreDouble: { SoftplusMath.softplusThrough($0, valueAtZero: c) },
        coreFloat: { SoftplusMath.softplusThrough($0, valueAtZero: Float(c)) },
        domain: -800...800)
}

/// Deterministic inputs: uniform over the domain, log-uniform magnitudes near its edges, the edges
/// and the special values (NaN, infinities, zeros, subnormals, outside the domain).
func inputs(_ domain: ClosedRange<Double>, count: Int) -> [Double] {
    var state: UInt64 = 0x9e37_79b9_7f4a_7c15
    func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53
    }
    var values: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, 0x1p-1074, -0x1p-1074, 0.5, 1, -1,
                            domain.lowerBound, domain.upperBound, domain.lowerBound - 1, domain.upperBound + 1]
    for i in 0..<count {
        let u = next()
        switch i % 4 {
        case 0: values.append(domain.lowerBound + u * (domain.upperBound - domain.lowerBound))
        case 1: values.append(domain.lowerBound + (domain.upperBound - domain.lowerBound) * 0.5 * u * u * u)
        case 2: values.append(domain.upperBound - (domain.upperBound - domain.lowerBound) * 0.5 * u * u * u)
        default:
            let magnitude = Double(sign: .plus, exponent: Int(u * 60) - 50, significand: 1 + next())
            values.append(next() < 0.5 ? magnitude : -magnitude)
        }
    }
    return values
}

/// The distance in ULPs between two Doubles of the same sign (0 for two NaNs).
func ulpDistance(_ a: Double, _ b: Double) -> UInt64 {
    if a.isNaN && b.isNaN { return 0 }
    if a.isNaN || b.isNaN || a.sign != b.sign { return a == b ? 0 : .max }
    let x = a.magnitude.bitPattern, y = b.magnitude.bitPattern
    return x > y ? x - y : y - x
}

@Suite struct KernelTests {
    @Test(arguments: pairs)
    func doubleWithinOneUlpOfTheCore(_ pair: KernelPair) {
        var differing = 0
        let values = inputs(pair.domain, count: 20_000)
        for x in values {
            let got = pair.kernelDouble(x), want = pair.coreDouble(x)
            let distance = ulpDistance(got, want)
            #expect(distance <= 1, "\(pair.name)_f64(\(x)) = \(got), core \(want)")
            if distance != 0 { differing += 1 }
        }
        // The kernels' error bounds leave at most a few tenths of a per cent not correctly rounded.
        #expect(differing * 100 <= values.count, "\(pair.name)_f64: \(differing) of \(values.count) differ")
    }

    @Test(arguments: pairs)
    func floatEqualsTheCore(_ pair: KernelPair) {
        for x in inputs(pair.domain, count: 20_000) {
            let input = Float(x)
            let got = pair.kernelFloat(input), want = pair.coreFloat(input)
            #expect(got.bitPattern == want.bitPattern || (got.isNaN && want.isNaN),
                    "\(pair.name)_f32(\(input)) = \(got), core \(want)")
        }
    }

    @Test(arguments: pairs)
    func arraysEqualScalarsAtEveryLength(_ pair: KernelPair) {
        let values = inputs(pair.domain, count: 200)
        for length in 1...140 {
            let slice = Array(values.prefix(length))
            var out = [Double](repeating: 0, count: length)
            pair.kernelDoubleArray(slice, &out, length)
            var inPlace = slice
            inPlace.withUnsafeMutableBufferPointer { buffer in
                pair.kernelDoubleArray(UnsafePointer(buffer.baseAddress!), buffer.baseAddress!, length)
            }
            let floats = slice.map(Float.init)
            var floatOut = [Float](repeating: 0, count: length)
            pair.kernelFloatArray(floats, &floatOut, length)
            var floatsInPlace = floats
            floatsInPlace.withUnsafeMutableBufferPointer { buffer in
                pair.kernelFloatArray(UnsafePointer(buffer.baseAddress!), buffer.baseAddress!, length)
            }
            for i in 0..<length {
                let scalar = pair.kernelDouble(slice[i])
                #expect(out[i].bitPattern == scalar.bitPattern && inPlace[i].bitPattern == scalar.bitPattern,
                        "\(pair.name)_f64 length \(length), element \(i)")
                let floatScalar = pair.kernelFloat(floats[i])
                #expect(floatOut[i].bitPattern == floatScalar.bitPattern && floatsInPlace[i].bitPattern == floatScalar.bitPattern,
                        "\(pair.name)_f32 length \(length), element \(i)")
            }
        }
    }

    /// The kernels' table of 2^(j/16) (tools/tables/vector_exp_table.py) is entry 8j of the core's table
    /// of 2^(j/128) (tools/tables/exp_table.py): two generators, one set of values.
    @Test func expTableIsTheCoreTablesEveryEighthEntry() {
        for j in 0..<16 {
            #expect(twoToSixteenthsHi[j].bitPattern == expTableHi[8 * j].bitPattern, "hi \(j)")
            #expect(twoToSixteenthsLo[j].bitPattern == expTableLo[8 * j].bitPattern, "lo \(j)")
        }
    }

    /// sixteenthPowerOfTwo (the Float kernels' 2^(k/16) on the AVX-512 copy, from a biased table) is
    /// twoToSixteenthsHi[j] 2^m, k = 16m + j, exactly, over its whole range of k; here it runs on the
    /// portable lookup, which reads the same table entries.
    @Test func sixteenthPowerOfTwoIsTheTableEntryScaled() {
        let shifter: Double = 0x1.8p52
        var mismatches = 0
        for k in (-16 * 1022)..<(16 * 1024) {
            let m = k >> 4, j = k & 15
            let expected = Double(sign: .plus, exponent: m, significand: twoToSixteenthsHi[j])
            let lanes = DoubleLanes<Two>(repeating: Double(k) + shifter)
            let power = sixteenthPowerOfTwo(shiftedBits: integerBitPatterns(lanes))
            if power[0].bitPattern != expected.bitPattern || power[1].bitPattern != expected.bitPattern {
                mismatches += 1
                if mismatches <= 3 { Issue.record("k = \(k): \(power[0]) against \(expected)") }
            }
        }
        #expect(mismatches == 0)
    }

    /// roundedToFloat flags exactly the Doubles whose low 29 significand bits L are in [2^28 - 2^12,
    /// 2^28 + 2^12), the band around a Float midpoint (VectorRounding.swift), checked at the band's edges
    /// and on random bit patterns of either sign, against the definition.
    @Test func roundingTestFlagsTheBandAroundFloatMidpoints() {
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        let lowMask: UInt64 = (1 << 29) - 1
        var lows: [UInt64] = [(1 << 28) - 4097, (1 << 28) - 4096, (1 << 28) - 1, 1 << 28, (1 << 28) + 4095,
                              (1 << 28) + 4096, 0, lowMask]
        for _ in 0..<20_000 { lows.append(((1 << 28) &+ next() % 16384) &- 8192) }
        for _ in 0..<20_000 { lows.append(next() & lowMask) }
        var mismatches = 0
        for (i, low) in lows.enumerated() {
            // Normal Doubles of either sign in [2^-126, 2^128), the Float kernels' range.
            let exponent = UInt64(1023 - 126) + next() % 254
            let high = (next() & (1 << 63)) | (exponent << 52) | (next() & ((1 << 52) - 1) & ~lowMask)
            let v = Double(bitPattern: high | low)
            let expected = low >= (1 << 28) - 4096 && low < (1 << 28) + 4096
            let (rounded, hard) = roundedToFloat(DoubleLanes<Two>(repeating: v))
            if hard[0] != expected || hard[1] != expected || rounded[0].bitPattern != Float(v).bitPattern {
                mismatches += 1
                if mismatches <= 3 { Issue.record("input \(i): L = \(low), hard \(hard[0]), rounded \(rounded[0])") }
            }
        }
        #expect(mismatches == 0)
    }

    /// roundedToFloatGrid against Swift's conversion of a Double to Float, which rounds to the subnormals'
    /// spacing correctly: values spread over [0, 2^-125), midpoints between subnormals and their
    /// neighbours. A lane it decides must be that conversion; a midpoint or its neighbours must be hard
    /// (within 2^-43 of a midpoint nothing is decided). Rounding the subnormal lanes like normal ones (the
    /// band test of their own bits) gets the midpoints wrong.
    @Test func floatGridRoundsSubnormalResults() {
        var state: UInt64 = 0x51a3_90c7_e2d4_6b18
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        var mismatches = 0, undecidedMidpoints = 0
        for i in 0..<60_000 {
            let v: Double
            switch i % 3 {
            case 0: v = Double(next() >> 11) * 0x1p-53 * 0x1p-125
            case 1:
                // An odd multiple of 2^-150 (a midpoint between two subnormal Floats, or between 0 and the
                // least), or one Double beside it.
                let midpoint = Double(2 * (next() % (1 << 23)) + 1) * 0x1p-150
                v = [midpoint, midpoint.nextUp, midpoint.nextDown][Int(next() % 3)]
            default: v = Double(sign: .plus, exponent: -126 - Int(next() % 30), significand: 1 + Double(next() >> 12) * 0x1p-52)
            }
            let (rounded, hard) = roundedToFloatGrid(DoubleLanes<Two>(repeating: v))
            if i % 3 == 1 && hard[0] { undecidedMidpoints += 1 }
            if i % 3 == 1 && !hard[0] || (!hard[0] && rounded[0] != Double(Float(v))) {
                mismatches += 1
                if mismatches <= 3 { Issue.record("v = \(v): \(rounded[0]), hard \(hard[0]), want \(Float(v))") }
            }
        }
        #expect(mismatches == 0)
        #expect(undecidedMidpoints == 20_000)
    }

    /// roundedToFloat(hi:lo:error:) against the definition: outside the band it is Float(hi); in the band
    /// of a midpoint M it is hard exactly when |(hi - M) + lo| <= error (the sum as that function rounds
    /// it), and otherwise the Float on the side of M where hi + lo lies, found by an exact comparison of hi
    /// - M with -lo (both Doubles; hi - M is exact).
    @Test func doubleDoubleRoundingDecidesBesideMidpoints() {
        var state: UInt64 = 0x2f6b_3c1d_9a0e_4b27
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        let lowMask: UInt64 = (1 << 29) - 1
        var mismatches = 0, decided = 0
        for i in 0..<60_000 {
            let exponent = UInt64(1023 - 126) + next() % 254
            let high = (next() & (1 << 63)) | (exponent << 52) | (next() & ((1 << 52) - 1) & ~lowMask)
            // Low bits at the midpoint, beside it, in the band, or anywhere.
            let low: UInt64 = [1 << 28, (1 << 28) &+ next() % 3 &- 1, ((1 << 28) &+ next() % 8192) &- 4096,
                               next() & lowMask][i % 4]
            let hi = Double(bitPattern: high | low)
            // lo below half an ulp of hi, of either sign, sometimes 0; the error bound 0 or up to 2^-50 |hi|.
            let lo = i % 7 == 0 ? 0 : Double(sign: next() & 1 == 0 ? .plus : .minus,
                                             exponent: hi.exponent - 54 - Int(next() % 60), significand: 1 + Double(next() % 1000) / 1000)
            let error = i % 5 == 0 ? 0 : hi.magnitude * Double(sign: .plus, exponent: -50 - Int(next() % 60), significand: 1)
            let (rounded, hard) = roundedToFloat(hi: DoubleLanes<Two>(repeating: hi), lo: DoubleLanes<Two>(repeating: lo),
                                                 error: DoubleLanes<Two>(repeating: error))
            let midpoint = Double(bitPattern: ((high | low) & ~lowMask) | (1 << 28))
            let inBand = low >= (1 << 28) - 4096 && low < (1 << 28) + 4096
            let expectedHard: Bool, expected: Float
            if !inBand {
                (expectedHard, expected) = (false, Float(hi))
            } else {
                let difference = hi - midpoint
                expectedHard = ((hi - midpoint) + lo).magnitude <= error
                let below = Float(midpoint.nextDown), above = Float(midpoint.nextUp)
                expected = difference > -lo ? above : difference < -lo ? below : Float(hi)
            }
            if hard[0] != expectedHard || hard[1] != expectedHard
                || (!expectedHard && rounded[0].bitPattern != expected.bitPattern) {
                mismatches += 1
                if mismatches <= 3 { Issue.record("hi \(hi), lo \(lo), error \(error): \(rounded[0]), hard \(hard[0])") }
            }
            if inBand && !expectedHard { decided += 1 }
        }
        #expect(mismatches == 0)
        #expect(decided > 5_000, "only \(decided) lanes in a band were decided")
    }
}
