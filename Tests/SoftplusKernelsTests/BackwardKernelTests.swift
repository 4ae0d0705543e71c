// The backward kernels (Sources/SoftplusKernels/BackwardKernels.swift) against SoftplusMath's correctly
// rounded backward products: Float bit for bit, Double within 1 ULP and equal on the great majority;
// every length up to 140 (whole steps of the array loop and every tail) against the one-element call,
// in place over either input; NaN gradients give the gradient itself; products past the Double range.

@testable import SoftplusKernels
@testable import SoftplusMath
import Testing

/// One backward product through both modules.
struct BackwardPair: CustomStringConvertible, Sendable {
    let name: String
    let kernelDouble: @Sendable (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void
    let kernelFloat: @Sendable (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void
    let coreDouble: @Sendable (Double, Double) -> Double
    let coreFloat: @Sendable (Float, Float) -> Float
    /// Where the derivative is defined: the x inputs are drawn from here (and its edges and specials).
    var domain: ClosedRange<Double> = -800...800
    var description: String { name }
}

let backwardPairs: [BackwardPair] = [
    BackwardPair(name: "sigmoid_backward", kernelDouble: VectorKernels.sigmoidBackward,
                 kernelFloat: VectorKernels.sigmoidBackward,
                 coreDouble: { SoftplusMath.sigmoidBackward($0, gradOut: $1) },
                 coreFloat: { SoftplusMath.sigmoidBackward($0, gradOut: $1) }),
    BackwardPair(name: "one_minus_sigmoid_backward", kernelDouble: VectorKernels.oneMinusSigmoidBackward,
                 kernelFloat: VectorKernels.oneMinusSigmoidBackward,
                 coreDouble: { SoftplusMath.oneMinusSigmoidBackward($0, gradOut: $1) },
                 coreFloat: { SoftplusMath.oneMinusSigmoidBackward($0, gradOut: $1) }),
    BackwardPair(name: "softplus_backward", kernelDouble: VectorKernels.softplusBackward,
                 kernelFloat: VectorKernels.softplusBackward,
                 coreDouble: { SoftplusMath.softplusBackward($0, gradOut: $1) },
                 coreFloat: { SoftplusMath.softplusBackward($0, gradOut: $1) }),
    BackwardPair(name: "softminus_backward", kernelDouble: VectorKernels.softminusBackward,
                 kernelFloat: VectorKernels.softminusBackward,
                 coreDouble: { SoftplusMath.softminusBackward($0, gradOut: $1) },
                 coreFloat: { SoftplusMath.softminusBackward($0, gradOut: $1) }),
    BackwardPair(name: "log_sigmoid_backward", kernelDouble: VectorKernels.logSigmoidBackward,
                 kernelFloat: VectorKernels.logSigmoidBackward,
                 coreDouble: { SoftplusMath.logSigmoidBackward($0, gradOut: $1) },
                 coreFloat: { SoftplusMath.logSigmoidBackward($0, gradOut: $1) }),
    BackwardPair(name: "log_one_minus_sigmoid_backward", kernelDouble: VectorKernels.logOneMinusSigmoidBackward,
                 kernelFloat: VectorKernels.logOneMinusSigmoidBackward,
                 coreDouble: { SoftplusMath.logOneMinusSigmoidBackward($0, gradOut: $1) },
                 coreFloat: { SoftplusMath.logOneMinusSigmoidBackward($0, gradOut: $1) }),
    BackwardPair(name: "logit_backward", kernelDouble: VectorKernels.logitBackward, kernelFloat: VectorKernels.logitBackward,
                 coreDouble: { SoftplusMath.logitBackward($0, gradOut: $1) },
                 coreFloat: { SoftplusMath.logitBackward($0, gradOut: $1) }, domain: 0...1),
    BackwardPair(name: "softplusinv_backward", kernelDouble: VectorKernels.softplusInverseBackward,
                 kernelFloat: VectorKernels.softplusInverseBackward,
                 coreDouble: { SoftplusMath.softplusInverseBackward($0, gradOut: $1) },
                 coreFloat: { SoftplusMath.softplusInverseBackward($0, gradOut: $1) }, domain: 0...800),
    BackwardPair(name: "softminusinv_backward", kernelDouble: VectorKernels.softminusInverseBackward,
                 kernelFloat: VectorKernels.softminusInverseBackward,
                 coreDouble: { SoftplusMath.softminusInverseBackward($0, gradOut: $1) },
                 coreFloat: { SoftplusMath.softminusInverseBackward($0, gradOut: $1) }, domain: -800...0),
]

/// Gradients: ordinary ones, zeros of both signs, infinities, NaN, and magnitudes from subnormal to huge
/// (so that products fall below the kernels' limits of 2^-960 and 2^-126).
func gradients(count: Int) -> [Double] {
    var state: UInt64 = 0x2545_f491_4f6c_dd1d
    func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53
    }
    var values: [Double] = []
    for i in 0..<count {
        let u = next()
        switch i % 8 {
        case 0: values.append(i % 16 == 0 ? 0 : -0.0)
        case 1: values.append([Double.infinity, -.infinity, .nan, -.nan][(i / 8) % 4])
        case 2: values.append(Double(sign: u < 0.5 ? .minus : .plus, exponent: Int(next() * 2100) - 1074,
                                     significand: 1 + next()))
        case 3: values.append(Double(sign: u < 0.5 ? .minus : .plus, exponent: Int(next() * 300) - 150,
                                     significand: 1 + next()))
        default: values.append(4 * u - 2)
        }
    }
    return values
}

@Suite struct BackwardKernelTests {
    // Every x of the family's test inputs over the derivative's domain, each with gradients of every kind
    // (gradients(count:), rotated).

    @Test(arguments: backwardPairs)
    func doubleWithinOneUlpOfTheCore(_ pair: BackwardPair) {
        let xs = inputs(pair.domain, count: 4000), n = xs.count, gs = gradients(count: n)
        var out = [Double](repeating: 0, count: n)
        var differing = 0
        for shift in 0..<8 {
            let g = Array(gs[shift...] + gs[..<shift])
            pair.kernelDouble(xs, g, &out, n)
            for i in 0..<n {
                let want = pair.coreDouble(xs[i], g[i])
                let distance = ulpDistance(out[i], want)
                #expect(distance <= 1 && (!g[i].isNaN || out[i].bitPattern == (g[i] + g[i]).bitPattern),
                        "\(pair.name)_f64(\(xs[i]), \(g[i])) = \(out[i]), core \(want)")
                if distance != 0 { differing += 1 }
            }
        }
        #expect(differing * 1000 <= 8 * n, "\(pair.name)_f64: \(differing) of \(8 * n) differ")
    }

    @Test(arguments: backwardPairs)
    func floatEqualsTheCore(_ pair: BackwardPair) {
        let xs = inputs(pair.domain, count: 4000).map(Float.init), n = xs.count, gs = gradients(count: n)
        var out = [Float](repeating: 0, count: n)
        for shift in 0..<8 {
            let g = Array(gs[shift...] + gs[..<shift]).map(Float.init)
            pair.kernelFloat(xs, g, &out, n)
            for i in 0..<n {
                let want = pair.coreFloat(xs[i], g[i])
                #expect(out[i].bitPattern == want.bitPattern || (out[i].isNaN && want.isNaN),
                        "\(pair.name)_f32(\(xs[i]), \(g[i])) = \(out[i]), core \(want)")
            }
        }
    }

    @Test(arguments: backwardPairs)
    func everyLengthAndInPlace(_ pair: BackwardPair) {
        let xs = inputs(pair.domain, count: 4000), gs = gradients(count: xs.count)
        for length in 1...140 {
            let x = Array(xs[100..<(100 + length)])
            let g = Array(gs[200..<(200 + length)])
            var out = [Double](repeating: 0, count: length)
            pair.kernelDouble(x, g, &out, length)
            var overX = x, overG = g
            overX.withUnsafeMutableBufferPointer { pair.kernelDouble(UnsafePointer($0.baseAddress!), g, $0.baseAddress!, length) }
            overG.withUnsafeMutableBufferPointer { pair.kernelDouble(x, UnsafePointer($0.baseAddress!), $0.baseAddress!, length) }
            let xf = x.map(Float.init), gf = g.map(Float.init)
            var outF = [Float](repeating: 0, count: length)
            pair.kernelFloat(xf, gf, &outF, length)
            var overGF = gf
            overGF.withUnsafeMutableBufferPointer { pair.kernelFloat(xf, UnsafePointer($0.baseAddress!), $0.baseAddress!, length) }
            for i in 0..<length {
                var one = 0.0
                pair.kernelDouble([x[i]], [g[i]], &one, 1)
                #expect(out[i].bitPattern == one.bitPattern && overX[i].bitPattern == one.bitPattern
                        && overG[i].bitPattern == one.bitPattern, "\(pair.name)_f64 length \(length), element \(i)")
                var oneF: Float = 0
                pair.kernelFloat([xf[i]], [gf[i]], &oneF, 1)
                #expect(outF[i].bitPattern == oneF.bitPattern && overGF[i].bitPattern == oneF.bitPattern,
                        "\(pair.name)_f32 length \(length), element \(i)")
            }
        }
    }

    /// logit', softplusinv' and softminusinv' reach 2^1000, so g f' can pass the largest Double, and the
    /// kernel's g (r0 e) can overflow first, with the sign of e: such products must be the scalar
    /// function's (+-inf with the sign of g, or a finite value near the top).
    @Test func productsPastTheDoubleRangeAreTheCores() {
        for pair in backwardPairs.suffix(3) {  // logit, softplusinv, softminusinv
            var xs: [Double] = [], gs: [Double] = []
            for i in 0..<2_000 {
                let tiny = Double(sign: .plus, exponent: -1000 + i % 200, significand: 1 + Double(i % 97) / 97)
                xs.append(pair.domain.upperBound <= 0 ? -tiny : tiny)
                gs.append(Double(sign: i % 2 == 0 ? .plus : .minus, exponent: 20 + (i * 7) % 1004, significand: 1.5))
            }
            var out = [Double](repeating: 0, count: xs.count)
            pair.kernelDouble(xs, gs, &out, xs.count)
            for i in xs.indices {
                let want = pair.coreDouble(xs[i], gs[i])
                #expect(ulpDistance(out[i], want) <= 1, "\(pair.name)_f64(\(xs[i]), \(gs[i])) = \(out[i]), core \(want)")
            }
        }
    }
}
