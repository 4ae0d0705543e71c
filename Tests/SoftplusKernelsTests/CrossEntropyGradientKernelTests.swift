// The cross-entropy's gradient kernel (VectorCrossEntropyGradient.swift, CrossEntropyKernels.swift)
// against SoftplusMath's double-double gradient: Float bit for bit, Double within 1 ULP and equal on
// the great majority, for each incoming gradient (an array; a scalar; a scalar over the mean's divisor);
// the first NaN input where there is one; every length up to 140 against the one-element call, in place
// over x, target or the incoming gradient; and logits where the two terms cancel, which the kernel must
// leave to the scalar function.

@testable import SoftplusKernels
@testable import SoftplusMath
import Testing

/// Deterministic (x, t, w, pw, g) rows: crossEntropyRows' with an incoming gradient of every size and
/// edge, soft targets with logits near logit(t), where the gradient's terms cancel, and soft targets
/// with large logits.
private func gradientRows(count: Int) -> [(Double, Double, Double, Double, Double)] {
    var state: UInt64 = 0x2545_f491_4f6c_dd1d
    func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53
    }
    let gEdges: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan, 0x1p-1074, 0x1p-1000, 0x1p1000, -0x1p-126, 1e300]
    return crossEntropyRows(count: count).enumerated().map { i, row in
        let g = i % 7 == 3 ? gEdges[(i / 7) % gEdges.count] : (next() - 0.5) * Double(1 << (i % 20))
        if i % 5 == 2 && i % 3 == 0 {
            // A soft target and a logit within 2^-k of logit(t): the terms cancel by about 2^-k.
            let t = 0.05 + 0.9 * next()
            let x = SoftplusMath.logit(t) + (next() - 0.5) * Double(sign: .plus, exponent: -(i % 45), significand: 1)
            return (x, t, 1, 1, g)
        }
        if i % 5 == 4 && i % 2 == 0 {
            // A soft target and a large logit: the Float gradient lies a hair from a midpoint when 1 - t
            // has a 25th significant bit, which the double-double rounding test decides.
            return ((next() < 0.5 ? 1 : -1) * (17 + 60 * next()), next(), 1, 1, g)
        }
        return (row.0, row.1, row.2, row.3, g)
    }
}

/// The first NaN of the inputs, quieted (the kernel's NaN rule), or nil.
private func firstNaN<T: BinaryFloatingPoint>(_ inputs: [T]) -> T? {
    inputs.first(where: \.isNaN).map { $0 + $0 }
}

/// The three ways the entry points call the kernel: (gradOut array?, scalar g, divisor).
enum GradientIncoming: CaseIterable, Sendable {
    case array, scalar, mean
}

@Suite struct CrossEntropyGradientKernelTests {
    @Test(arguments: GradientIncoming.allCases) func doubleWithinOneUlpOfTheCore(incoming: GradientIncoming) {
        let rows = gradientRows(count: 40_000)
        var x = rows.map(\.0), t = rows.map(\.1), w = rows.map(\.2), pw = rows.map(\.3), g = rows.map(\.4)
        let scalar = 0.75, divisor = incoming == .mean ? rows.count : 1
        var out = [Double](repeating: 0, count: rows.count)
        if incoming == .array {
            VectorKernels.binaryCrossEntropyWithLogitsGradient(&x, &t, &w, &pw, &g, 0, 1, &out, rows.count)
        } else {
            VectorKernels.binaryCrossEntropyWithLogitsGradient(&x, &t, &w, &pw, nil, scalar, divisor, &out, rows.count)
        }
        var differing = 0, bad = 0
        for i in rows.indices {
            let gi = incoming == .array ? g[i] : scalar
            let want = firstNaN([x[i], t[i], w[i], pw[i], gi])
                ?? SoftplusMath.binaryCrossEntropyWithLogitsGradient(x[i], target: t[i], weight: w[i], positiveWeight: pw[i],
                                                                     gradOut: gi, count: divisor)
            let got = out[i]
            if got.bitPattern == want.bitPattern || (got == 0 && want == 0) { continue }
            differing += 1
            if want.isNaN || got.isNaN || ulpDistance(got, want) > 1 {
                bad += 1
                if bad <= 3 { Issue.record("gradient(\(x[i]), \(t[i]), \(w[i]), \(pw[i]), g \(gi)) = \(got), core \(want)") }
            }
        }
        #expect(bad == 0)
        #expect(differing * 100 <= rows.count, "\(differing) of \(rows.count) differ")
    }

    @Test(arguments: GradientIncoming.allCases) func floatEqualsTheCore(incoming: GradientIncoming) {
        let rows = gradientRows(count: 40_000)
        var x = rows.map { Float($0.0) }, t = rows.map { Float($0.1) }, w = rows.map { Float($0.2) }
        var pw = rows.map { Float($0.3) }, g = rows.map { Float($0.4) }
        let scalar: Float = -1.5, divisor = incoming == .mean ? rows.count : 1
        var out = [Float](repeating: 0, count: rows.count)
        if incoming == .array {
            VectorKernels.binaryCrossEntropyWithLogitsGradient(&x, &t, &w, &pw, &g, 0, 1, &out, rows.count)
        } else {
            VectorKernels.binaryCrossEntropyWithLogitsGradient(&x, &t, &w, &pw, nil, scalar, divisor, &out, rows.count)
        }
        var bad = 0
        for i in rows.indices {
            let gi = incoming == .array ? g[i] : scalar
            let want = firstNaN([x[i], t[i], w[i], pw[i], gi])
                ?? SoftplusMath.binaryCrossEntropyWithLogitsGradient(x[i], target: t[i], weight: w[i], positiveWeight: pw[i],
                                                                     gradOut: gi, count: divisor)
            let got = out[i]
            if !(got.bitPattern == want.bitPattern || (got == 0 && want == 0)) {
                bad += 1
                if bad <= 3 { Issue.record("gradient(\(x[i]), \(t[i]), \(w[i]), \(pw[i]), g \(gi)) = \(got), core \(want)") }
            }
        }
        #expect(bad == 0)
    }

    /// Where the terms cancel by 2^-20 or more, the kernel's 2^-61.5 exponential would leave 2^-41 of the
    /// result: these lanes must come from the scalar function, correctly rounded (its 2^-98 of the terms).
    @Test func cancellingTermsTakeTheScalarFunction() {
        var state: UInt64 = 7
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1p-53
        }
        var x: [Double] = [], t: [Double] = []
        for i in 0..<4_096 {
            let target = 0.05 + 0.9 * next()
            t.append(target)
            x.append(SoftplusMath.logit(target) + (next() - 0.5) * Double(sign: .plus, exponent: -20 - i % 20, significand: 1))
        }
        var out = [Double](repeating: 0, count: x.count)
        VectorKernels.binaryCrossEntropyWithLogitsGradient(&x, &t, nil, nil, nil, 1, 1, &out, x.count)
        for i in x.indices {
            let want = SoftplusMath.binaryCrossEntropyWithLogitsGradient(x[i], target: t[i])
            #expect(out[i].bitPattern == want.bitPattern, "gradient(\(x[i]), \(t[i])) = \(out[i]), core \(want)")
        }
    }

    /// Every length, in place over each input, nil weights as ones, a scalar g as an array of copies.
    @Test func everyLengthAndInPlace() {
        let rows = gradientRows(count: 200).map { ($0.0.isNaN ? 0.25 : $0.0, $0.1.isNaN ? 0.5 : $0.1, $0.4.isNaN ? 2 : $0.4) }
        for length in 1...140 {
            var x = rows.prefix(length).map(\.0), t = rows.prefix(length).map(\.1), g = rows.prefix(length).map(\.2)
            let ones = [Double](repeating: 1, count: length), copies = [Double](repeating: -3, count: length)
            var withOnes = [Double](repeating: 0, count: length), withNil = withOnes, scalar = withOnes, copied = withOnes
            VectorKernels.binaryCrossEntropyWithLogitsGradient(x, t, ones, ones, g, 0, 1, &withOnes, length)
            VectorKernels.binaryCrossEntropyWithLogitsGradient(x, t, nil, nil, g, 0, 1, &withNil, length)
            VectorKernels.binaryCrossEntropyWithLogitsGradient(x, t, nil, nil, nil, -3, 7, &scalar, length)
            VectorKernels.binaryCrossEntropyWithLogitsGradient(x, t, nil, nil, copies, 0, 7, &copied, length)
            var overX = x, overT = t, overG = g
            overX.withUnsafeMutableBufferPointer { xs in
                VectorKernels.binaryCrossEntropyWithLogitsGradient(xs.baseAddress!, t, nil, nil, g, 0, 1, xs.baseAddress!, length)
            }
            overT.withUnsafeMutableBufferPointer { ts in
                VectorKernels.binaryCrossEntropyWithLogitsGradient(x, ts.baseAddress!, nil, nil, g, 0, 1, ts.baseAddress!, length)
            }
            overG.withUnsafeMutableBufferPointer { gs in
                VectorKernels.binaryCrossEntropyWithLogitsGradient(x, t, nil, nil, gs.baseAddress!, 0, 1, gs.baseAddress!, length)
            }
            for i in 0..<length {
                var one = 0.0
                VectorKernels.binaryCrossEntropyWithLogitsGradient(&x[i], &t[i], nil, nil, &g[i], 0, 1, &one, 1)
                let bits = withNil[i].bitPattern
                #expect(withOnes[i].bitPattern == bits && one.bitPattern == bits && overX[i].bitPattern == bits
                        && overT[i].bitPattern == bits && overG[i].bitPattern == bits, "length \(length), element \(i)")
                #expect(scalar[i].bitPattern == copied[i].bitPattern, "scalar g, length \(length), element \(i)")
            }
            var xf = x.map(Float.init), tf = t.map(Float.init), gf = g.map(Float.init)
            var floatNil = [Float](repeating: 0, count: length)
            VectorKernels.binaryCrossEntropyWithLogitsGradient(xf, tf, nil, nil, gf, 0, 1, &floatNil, length)
            for i in 0..<length {
                var one: Float = 0
                VectorKernels.binaryCrossEntropyWithLogitsGradient(&xf[i], &tf[i], nil, nil, &gf[i], 0, 1, &one, 1)
                #expect(one.bitPattern == floatNil[i].bitPattern, "f32 length \(length), element \(i)")
            }
        }
    }
}
