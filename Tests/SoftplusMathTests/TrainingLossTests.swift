// Binary cross-entropy with logits (loss, gradient, sum and mean), the parameterized softplus and
// its inverse, and softplusThrough against their MPFR vectors (Tests/vectors/training, written by
// `python3 -m tools.reference.training_loss_vectors`).
//
// The loss, the parameterized functions and softplusThrough: double within 1 ULP and 99.9 %
// correctly rounded, float correctly rounded. The gradient: the same, except where its two terms
// cancel, where the documented bound is 2^-98 (|w pw t| + |w (1 - t)|) absolute (checked with
// 2^-96). The sign of a zero loss or gradient is not specified (a sum of terms that cancel).

import Foundation
import Testing
@testable import SoftplusMath

/// The `# <key> <bits>` comment of a vector file.
func vectorComment(_ file: String, key: String) throws -> UInt64? {
    let url = repositoryRoot.appendingPathComponent("Tests/vectors/training/\(file).txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    for line in text.split(separator: "\n") where line.hasPrefix("# \(key) ") {
        return UInt64(line.split(separator: " ")[2], radix: 16)
    }
    return nil
}

/// Whether got agrees with expected: 1 ULP (double) or exactly (float); zeros of either sign
/// equal when `anyZeroSign`; or within `absolute` of it.
func agrees<T: BinaryFloatingPoint>(_ got: T, _ expected: T, exact: Bool, anyZeroSign: Bool = false,
                                    absolute: T = 0) -> Bool {
    if anyZeroSign && got == 0 && expected == 0 {
        return true
    }
    switch compare(got: got, expected: expected) {
    case .correctlyRounded: return true
    case .withinOneUlp: return !exact || (got - expected).magnitude <= absolute
    case .wrong: return got.isFinite && expected.isFinite && (got - expected).magnitude <= absolute
    }
}

/// Runs the rows of a vector file through `check`, which returns whether the row was correctly
/// rounded and records its own failures; expects the share `required` (99.9 % unless documented).
func checkRows(_ file: String, columns: Int, required: Double = requiredCorrectlyRoundedShare,
               _ check: ([UInt64]) -> Bool) throws {
    let rows = try trainingVectors(file, columns: columns)
    #expect(rows.count > 1000, "\(file): only \(rows.count) cases")
    let exact = rows.filter(check).count
    let share = Double(exact) / Double(max(rows.count, 1))
    #expect(share >= required, "\(file): correctly rounded in \(share)")
}

/// softplusThrough in double: within 1 ULP, correctly rounded in 99.7 % of its vectors (the argument
/// x + softplusinv(c) carries an error of up to 2^-59 relative, and exact midpoints of x + c lose the
/// sign of the tails below the double-double; ParameterizedSoftplus.swift).
let softplusThroughCorrectlyRoundedShare = 0.99

/// The bound of the gradient's cancellation error, 2^-96 (|w pw t| + |w (1 - t)|).
func gradientTolerance<T: BinaryFloatingPoint>(_ t: T, _ w: T, _ pw: T) -> T {
    let scale = (w * pw * t).magnitude + (w * (1 - t)).magnitude
    return T(Double(scale) * 0x1p-96)
}

@Suite struct TrainingLossTests {
    @Test func doubleCrossEntropy() throws {
        try checkRows("bce_f64", columns: 6) { row in
            let (x, t, w, pw) = (double(row[0]), double(row[1]), double(row[2]), double(row[3]))
            let loss = binaryCrossEntropyWithLogits(x, target: t, weight: w, positiveWeight: pw)
            let gradient = binaryCrossEntropyWithLogitsGradient(x, target: t, weight: w, positiveWeight: pw)
            let label = "(x \(x), t \(t), w \(w), pw \(pw))"
            #expect(agrees(loss, double(row[4]), exact: false, anyZeroSign: true), "loss\(label) = \(loss), want \(double(row[4]))")
            #expect(agrees(gradient, double(row[5]), exact: false, anyZeroSign: true,
                           absolute: gradientTolerance(t, w, pw)),
                    "gradient\(label) = \(gradient), want \(double(row[5]))")
            return compare(got: loss, expected: double(row[4])) == .correctlyRounded || loss == 0
        }
    }

    @Test func floatCrossEntropy() throws {
        try checkRows("bce_f32", columns: 6) { row in
            let (x, t, w, pw) = (float(row[0]), float(row[1]), float(row[2]), float(row[3]))
            let loss = binaryCrossEntropyWithLogits(x, target: t, weight: w, positiveWeight: pw)
            let gradient = binaryCrossEntropyWithLogitsGradient(x, target: t, weight: w, positiveWeight: pw)
            let label = "(x \(x), t \(t), w \(w), pw \(pw))"
            #expect(agrees(loss, float(row[4]), exact: true, anyZeroSign: true), "loss\(label) = \(loss), want \(float(row[4]))")
            #expect(agrees(gradient, float(row[5]), exact: true, anyZeroSign: true,
                           absolute: gradientTolerance(t, w, pw)),
                    "gradient\(label) = \(gradient), want \(float(row[5]))")
            return true
        }
    }

    /// The sum and mean of the rows with a finite logit, against the exactly rounded reduction.
    @Test func reductions() throws {
        for suffix in ["f64", "f32"] {
            let file = "bce_\(suffix)"
            var accumulator = BinaryCrossEntropySum()
            for row in try trainingVectors(file, columns: 6) {
                let values = suffix == "f64" ? row.prefix(4).map(double) : row.prefix(4).map { Double(float($0)) }
                if values[0].isFinite {
                    accumulator.add(values[0], target: values[1], weight: values[2], positiveWeight: values[3])
                }
            }
            let sum = try #require(try vectorComment(file, key: "sum"))
            let mean = try #require(try vectorComment(file, key: "mean"))
            if suffix == "f64" {
                #expect(accumulator.sum == double(sum) && accumulator.mean == double(mean),
                        "sum \(accumulator.sum) want \(double(sum)), mean \(accumulator.mean) want \(double(mean))")
            } else {
                #expect(accumulator.floatSum == float(sum) && accumulator.floatMean == float(mean))
            }
        }
    }

    /// The mean of 2 * 10^5 equal losses is the loss itself (a plain Double sum drifts by thousands of ULP).
    @Test func meanOfEqualLosses() {
        var accumulator = BinaryCrossEntropySum()
        let count = 200_000
        for _ in 0..<count {
            accumulator.add(0.1, target: 0.3)
        }
        #expect(accumulator.count == count)
        #expect(accumulator.mean == binaryCrossEntropyWithLogits(0.1, target: 0.3))
        var naive = 0.0
        for _ in 0..<count {
            naive += binaryCrossEntropyWithLogits(0.1, target: 0.3)
        }
        #expect(naive / Double(count) != accumulator.mean, "the test would not tell a plain sum apart")
    }

    @Test func crossEntropyExtremeLogits() {
        let inf = Double.infinity
        #expect(binaryCrossEntropyWithLogits(-inf, target: 0) == 0)
        #expect(binaryCrossEntropyWithLogits(inf, target: 1) == 0)
        #expect(binaryCrossEntropyWithLogits(-inf, target: 1) == inf)
        #expect(binaryCrossEntropyWithLogits(-inf, target: 0, positiveWeight: 3) == 0)
        #expect(binaryCrossEntropyWithLogits(1000.0, target: 0) == 1000)
        #expect(binaryCrossEntropyWithLogits(3.0, target: 0.5, weight: 0) == 0)
        #expect(binaryCrossEntropyWithLogitsGradient(-inf, target: 1, positiveWeight: 3) == -3)
        #expect(binaryCrossEntropyWithLogits(Double.nan, target: 0).isNaN)
        #expect(BinaryCrossEntropySum().mean.isNaN)
    }

    /// The gradient where its terms or the product with gradOut pass the Double range: exponents carried
    /// apart (BinaryCrossEntropy.swift), not +0, NaN or subnormal-precision values. Expected values from
    /// gmpy2 at 3000 bits (tools/reference's MPFR), correctly rounded.
    @Test func crossEntropyGradientPastTheDoubleRange() {
        let cases: [(x: Double, t: Double, w: Double, pw: Double, g: Double, count: Int, want: Double)] = [
            (-700, 0, 0x1p-400, 1, 1e300, 1, 3.818250366639356e-125),            // sigmoid(-700) w underflowed: was 0
            (40, 1, 1, 1e-310, 1e300, 1, -4.248354255291576e-28),                // pw t sigmoid(-40) subnormal: was 0
            (0.5, 1, 0x1p-540, 0x1p-540, 0x1p1000, 1, -3.122943216801297e-25),   // w pw underflowed: was 0
            (-745, 0, 1, 1, 1e300, 1, 2.8223507304719374e-24),                   // subnormal sigmoid: was 4.9e-24
            (-720, 0, 1e10, 1, 1, 1, 2.032230802424293e-303),                     // was 18,324 ULP off
            (-800, 0, 1, 1, 1e300, 1, 3.667874584177687e-48),                     // sigmoid(-800) below the Doubles
            (0, 0, 1e300, 1, 1e300, 1, .infinity),                                // overflow: was NaN
            (0, 0, 4, 1, 1.7e308, 4, 8.5e307),                                    // the mean's 1/n brings it back: was NaN
        ]
        for c in cases {
            let got = binaryCrossEntropyWithLogitsGradient(c.x, target: c.t, weight: c.w, positiveWeight: c.pw,
                                                           gradOut: c.g, count: c.count)
            #expect(got == c.want, "gradient(\(c.x), \(c.t), \(c.w), \(c.pw), g \(c.g), n \(c.count)) = \(got), want \(c.want)")
        }
    }

    @Test func parameterizedSoftplus() throws {
        try checkRows("softplus_beta_f64", columns: 4) { row in
            let got = softplus(double(row[0]), beta: double(row[1]), threshold: double(row[2]))
            let want = double(row[3])
            #expect(agrees(got, want, exact: false), "softplus(\(double(row[0])); \(double(row[1])), \(double(row[2]))) = \(got), want \(want)")
            return compare(got: got, expected: want) == .correctlyRounded
        }
        try checkRows("softplus_beta_f32", columns: 4) { row in
            let got = softplus(float(row[0]), beta: float(row[1]), threshold: float(row[2]))
            let want = float(row[3])
            #expect(agrees(got, want, exact: true), "softplus(\(float(row[0])); \(float(row[1])), \(float(row[2]))) = \(got), want \(want)")
            return true
        }
    }

    @Test func parameterizedSoftplusInverse() throws {
        try checkRows("softplusinv_beta_f64", columns: 4) { row in
            let got = softplusInverse(double(row[0]), beta: double(row[1]), threshold: double(row[2]))
            let want = double(row[3])
            #expect(agrees(got, want, exact: false), "softplusinv(\(double(row[0])); \(double(row[1])), \(double(row[2]))) = \(got), want \(want)")
            return compare(got: got, expected: want) == .correctlyRounded
        }
        try checkRows("softplusinv_beta_f32", columns: 4) { row in
            let got = softplusInverse(float(row[0]), beta: float(row[1]), threshold: float(row[2]))
            let want = float(row[3])
            #expect(agrees(got, want, exact: true), "softplusinv(\(float(row[0])); \(float(row[1])), \(float(row[2]))) = \(got), want \(want)")
            return true
        }
    }

    @Test func softplusWithChosenValueAtZero() throws {
        try checkRows("softplus_through_f64", columns: 3, required: softplusThroughCorrectlyRoundedShare) { row in
            let got = softplusThrough(double(row[0]), valueAtZero: double(row[1]))
            let want = double(row[2])
            #expect(agrees(got, want, exact: false), "softplusThrough(\(double(row[0])), \(double(row[1]))) = \(got), want \(want)")
            return compare(got: got, expected: want) == .correctlyRounded
        }
        try checkRows("softplus_through_f32", columns: 3) { row in
            let got = softplusThrough(float(row[0]), valueAtZero: float(row[1]))
            let want = float(row[2])
            #expect(agrees(got, want, exact: true), "softplusThrough(\(float(row[0])), \(float(row[1]))) = \(got), want \(want)")
            return true
        }
    }

    /// x + softplusinv(c) past the largest Double overflows to +inf, and so does the result: the sum's
    /// NaN low part once reached the exponential, whose integer conversion trapped (a review, session 9).
    /// And the inverse at beta = +inf is y, without forming inf * y's error.
    @Test func parameterizedPastTheDoubleRange() {
        #expect(softplusThrough(Double.greatestFiniteMagnitude, valueAtZero: 1e300) == .infinity)
        #expect(softplusThrough(Double.greatestFiniteMagnitude, valueAtZero: 800) == .greatestFiniteMagnitude)
        #expect(softplusThrough(-Double.greatestFiniteMagnitude, valueAtZero: 1e300) == 0)
        #expect(softplusInverse(3.5, beta: .infinity, threshold: 20) == 3.5)
        #expect(softplusInverse(Double.infinity, beta: 2, threshold: .infinity) == .infinity)
    }
}
