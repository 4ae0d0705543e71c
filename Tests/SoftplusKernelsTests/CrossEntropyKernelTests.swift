// The binary cross-entropy kernel (Sources/SoftplusKernels/CrossEntropyKernels.swift) against
// SoftplusMath's correctly rounded loss: Float bit for bit, Double within 1 ULP and equal on the great
// majority; with and without weights, every length up to 140 against the one-element call, in place
// over x or target; and the lanes the kernel leaves (targets outside [0, 1], negative or huge weights,
// infinite and NaN inputs, losses below the kernel's limits), which must be the scalar function's.

@testable import SoftplusKernels
@testable import SoftplusMath
import Testing

/// Deterministic (x, t, w, pw) rows: typical ones, and every kind of edge.
func crossEntropyRows(count: Int) -> [(Double, Double, Double, Double)] {
    var state: UInt64 = 0x853c_49e6_748f_ea9b
    func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53
    }
    let edges: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan, 0x1p-1074, 0x1p-1000, 0x1p500, 0x1p501,
                           0x1p60, 0x1p61, 700, 701, 80, 81, 1e300, -1e-300, 0.5, 2]
    var rows: [(Double, Double, Double, Double)] = []
    for i in 0..<count {
        let x: Double, t: Double, w: Double, pw: Double
        switch i % 5 {
        case 0:  // typical: logits of a classifier, probabilities, weights near 1
            (x, t, w, pw) = ((next() - 0.5) * 16, next(), next() * 2, next() * 3)
        case 1:  // hard labels, wide logits
            (x, t, w, pw) = ((next() - 0.5) * 1600, next() < 0.5 ? 0 : 1, 1, 1)
        case 2:  // extreme magnitudes of every input
            (x, t, w, pw) = ((next() - 0.5) * 200, next(), 0x1p-80 * (1 + next()) * Double(1 << (i % 60)),
                             (1 + next()) * 0x1p-30 * Double(1 << (i % 50)))
        case 3:  // edges
            (x, t, w, pw) = (edges[i % edges.count], [0, 1, 0.3, -0.5, 1.5, .nan][(i / 5) % 6],
                             edges[(i / 3) % edges.count], edges[(i / 7) % edges.count].magnitude)
        default:  // tiny losses: confident right answers
            (x, t, w, pw) = (next() < 0.5 ? 650 + next() * 60 : -(70 + next() * 20), next() < 0.5 ? 1 : 0,
                             next(), 1)
        }
        rows.append((x, t, w, pw))
    }
    return rows
}

@Suite struct CrossEntropyKernelTests {
    @Test func doubleWithinOneUlpOfTheCore() {
        let rows = crossEntropyRows(count: 40_000)
        var x = rows.map(\.0), t = rows.map(\.1), w = rows.map(\.2), pw = rows.map(\.3)
        var out = [Double](repeating: 0, count: rows.count)
        VectorKernels.binaryCrossEntropyWithLogits(&x, &t, &w, &pw, &out, rows.count)
        var differing = 0, bad = 0
        for i in rows.indices {
            let want = SoftplusMath.binaryCrossEntropyWithLogits(x[i], target: t[i], weight: w[i], positiveWeight: pw[i])
            let got = out[i]
            let same = got.bitPattern == want.bitPattern || (got.isNaN && want.isNaN) || (got == 0 && want == 0)
            if !same {
                differing += 1
                if ulpDistance(got, want) > 1 {
                    bad += 1
                    if bad <= 3 { Issue.record("loss(\(x[i]), \(t[i]), \(w[i]), \(pw[i])) = \(got), core \(want)") }
                }
            }
        }
        #expect(bad == 0)
        #expect(differing * 100 <= rows.count, "\(differing) of \(rows.count) differ")
    }

    @Test func floatEqualsTheCore() {
        let rows = crossEntropyRows(count: 40_000)
        var x = rows.map { Float($0.0) }, t = rows.map { Float($0.1) }
        var w = rows.map { Float($0.2) }, pw = rows.map { Float($0.3) }
        var out = [Float](repeating: 0, count: rows.count)
        VectorKernels.binaryCrossEntropyWithLogits(&x, &t, &w, &pw, &out, rows.count)
        var bad = 0
        for i in rows.indices {
            let want = SoftplusMath.binaryCrossEntropyWithLogits(x[i], target: t[i], weight: w[i], positiveWeight: pw[i])
            let got = out[i]
            if !(got.bitPattern == want.bitPattern || (got.isNaN && want.isNaN) || (got == 0 && want == 0)) {
                bad += 1
                if bad <= 3 { Issue.record("loss(\(x[i]), \(t[i]), \(w[i]), \(pw[i])) = \(got), core \(want)") }
            }
        }
        #expect(bad == 0)
    }

    /// Without weights (nil: all 1) the kernel gives the loss with weights 1; every length and in place.
    @Test func nilWeightsEveryLengthAndInPlace() {
        let rows = crossEntropyRows(count: 200)
        for length in 1...140 {
            var x = rows.prefix(length).map(\.0), t = rows.prefix(length).map { $0.1.isNaN ? 0.5 : $0.1 }
            let ones = [Double](repeating: 1, count: length)
            var withOnes = [Double](repeating: 0, count: length), withNil = withOnes
            VectorKernels.binaryCrossEntropyWithLogits(x, t, ones, ones, &withOnes, length)
            VectorKernels.binaryCrossEntropyWithLogits(x, t, nil, nil, &withNil, length)
            var overX = x, overT = t
            x.withUnsafeBufferPointer { xs in
                overT.withUnsafeMutableBufferPointer { ts in
                    VectorKernels.binaryCrossEntropyWithLogits(xs.baseAddress!, UnsafePointer(ts.baseAddress!), nil, nil,
                                                               ts.baseAddress!, length)
                }
            }
            t.withUnsafeBufferPointer { ts in
                overX.withUnsafeMutableBufferPointer { xs in
                    VectorKernels.binaryCrossEntropyWithLogits(UnsafePointer(xs.baseAddress!), ts.baseAddress!, nil, nil,
                                                               xs.baseAddress!, length)
                }
            }
            for i in 0..<length {
                var one = 0.0
                VectorKernels.binaryCrossEntropyWithLogits(&x[i], &t[i], nil, nil, &one, 1)
                let bits = withNil[i].bitPattern
                #expect(withOnes[i].bitPattern == bits && one.bitPattern == bits && overX[i].bitPattern == bits
                        && overT[i].bitPattern == bits, "length \(length), element \(i)")
            }
            var xf = x.map(Float.init), tf = t.map(Float.init)
            var floatNil = [Float](repeating: 0, count: length)
            VectorKernels.binaryCrossEntropyWithLogits(xf, tf, nil, nil, &floatNil, length)
            for i in 0..<length {
                var one: Float = 0
                VectorKernels.binaryCrossEntropyWithLogits(&xf[i], &tf[i], nil, nil, &one, 1)
                #expect(one.bitPattern == floatNil[i].bitPattern, "f32 length \(length), element \(i)")
            }
        }
    }
}

@Suite struct CrossEntropyTotalTests {
    /// The kernel's total, rounded as the sum and the mean, against SoftplusMath's BinaryCrossEntropySum
    /// over the same elements: within 1 ULP where nothing cancels (targets in [0, 1], weights >= 0, no NaN),
    /// NaN where an input is NaN (the first one, quieted), at lengths around the lane counts and beyond.
    @Test func sumAndMeanAgainstTheCore() {
        let all = crossEntropyRows(count: 6_000)
        let clean = all.filter { row in
            !row.0.isNaN && (0...1).contains(row.1) && row.2 >= 0 && row.3 >= 0 && row.2.isFinite && row.3.isFinite
                && row.2.sign == .plus && row.1.sign == .plus
        }
        var checked = 0
        for rows in [clean, all] {
            for length in Array(1...70) + [127, 128, 129, 1000, rows.count] where length <= rows.count {
                let slice = Array(rows.prefix(length))
                var x = slice.map(\.0), t = slice.map(\.1), w = slice.map(\.2), pw = slice.map(\.3)
                var parts = [0.0, 0.0]
                VectorKernels.binaryCrossEntropyWithLogitsTotal(&x, &t, &w, &pw, length, &parts)
                let kernel = BinaryCrossEntropySum(totalHi: parts[0], totalLo: parts[1], count: length)
                var core = BinaryCrossEntropySum()
                for row in slice { core.add(row.0, target: row.1, weight: row.2, positiveWeight: row.3) }
                let firstNaN = slice.lazy.compactMap { row in [row.0, row.1, row.2, row.3].first(where: \.isNaN) }.first
                if let firstNaN {
                    #expect(kernel.sum.isNaN && kernel.sum.bitPattern == (firstNaN + firstNaN).bitPattern,
                            "length \(length): \(kernel.sum) against the first NaN \(firstNaN)")
                    continue
                }
                if rows.count == clean.count {
                    #expect(ulpDistance(kernel.sum, core.sum) <= 1 && ulpDistance(kernel.mean, core.mean) <= 1,
                            "length \(length): sum \(kernel.sum) against \(core.sum)")
                    checked += 1
                }
            }
        }
        #expect(checked > 70)
    }

    /// Several NaN inputs with different payloads: the total is the first of x, target, weight,
    /// pos_weight of the first element with one, quieted, whatever follows.
    @Test func firstNaNInputWins() {
        let a = Double(nan: 0x123, signaling: false), b = -Double(nan: 0x456, signaling: false)
        let c = Double(nan: 0x789, signaling: true)
        let cases: [([(Double, Double, Double, Double)], Double)] = [
            ([(1, 0.5, 1, 1), (a, b, 1, c), (b, 0.5, 1, 1)], a),
            ([(1, 0.5, 1, 1), (2, b, c, a), (a, 0.5, 1, 1)], b),
            ([(3, 0.25, c, a)], c),
            ([(3, 0.25, 2, a), (b, b, b, b)], a),
        ]
        for (rows, first) in cases {
            var x = rows.map(\.0), t = rows.map(\.1), w = rows.map(\.2), pw = rows.map(\.3)
            var parts = [0.0, 0.0]
            VectorKernels.binaryCrossEntropyWithLogitsTotal(&x, &t, &w, &pw, rows.count, &parts)
            #expect(parts[0].bitPattern == (first + first).bitPattern, "\(rows): \(parts[0])")
            // The elementwise loss follows the same rule, element by element.
            var out = [Double](repeating: 0, count: rows.count)
            VectorKernels.binaryCrossEntropyWithLogits(&x, &t, &w, &pw, &out, rows.count)
            for (i, row) in rows.enumerated() {
                if let nan = [row.0, row.1, row.2, row.3].first(where: \.isNaN) {
                    #expect(out[i].bitPattern == (nan + nan).bitPattern, "\(row): \(out[i])")
                }
            }
        }
    }

    /// Float elements: the total of the widened elements, the same as the Double kernel's on them.
    @Test func floatTotalIsTheWidenedDoubleTotal() {
        let rows = crossEntropyRows(count: 3_000).filter { !$0.0.isNaN && !$0.1.isNaN && !$0.2.isNaN && !$0.3.isNaN }
        var x = rows.map { Float($0.0) }, t = rows.map { Float($0.1) }, w = rows.map { Float($0.2) }
        var pw = rows.map { Float($0.3) }
        var xd = x.map(Double.init), td = t.map(Double.init), wd = w.map(Double.init), pwd = pw.map(Double.init)
        var floatParts = [0.0, 0.0], doubleParts = [0.0, 0.0]
        VectorKernels.binaryCrossEntropyWithLogitsTotal(&x, &t, &w, &pw, rows.count, &floatParts)
        VectorKernels.binaryCrossEntropyWithLogitsTotal(&xd, &td, &wd, &pwd, rows.count, &doubleParts)
        #expect(floatParts[0].bitPattern == doubleParts[0].bitPattern && floatParts[1].bitPattern == doubleParts[1].bitPattern)
    }
}
