// Binary cross-entropy with logits, PyTorch's BCEWithLogitsLoss semantics, and its gradient.
//
//   loss(x, t) = -w [pw t log sigmoid(x) + (1 - t) log(1 - sigmoid(x))]
//              = w pw t softplus(-x) + w (1 - t) softplus(x)
//   d loss / dx = -w pw t sigmoid(-x) + w (1 - t) sigmoid(x)      (= w (sigmoid(x) - t) for pw = 1)
// x the logit, t the target (a probability; values outside [0, 1] are accepted as they are, the
// formula extended linearly in t: soft or out-of-range labels), w the element's weight, pw the
// weight of the positive term (pos_weight).
//
// Method
//   The coefficients c+ = w pw t and c- = w (1 - t) are formed in double-double (1 - t exactly),
//   softplus(+-x) and sigmoid(+-x) come from the library's kernels (2^-69 relative), the products and
//   the sum in double-double, and the result is rounded once. Where both terms are needed and |x| is
//   moderate, the two softplus values share their exponential and logarithm (and the two sigmoids
//   their exponential and 1 + e^-|x|): the same double-doubles, at half the cost. For targets in [0, 1] and nonnegative
//   weights both terms have the same sign: the loss is correctly rounded except within 2^-15 ULP of
//   a midpoint. The gradient's two terms have opposite signs and cancel where sigmoid(x) is close to
//   t: its error is below 2^-98 (|c+ sigmoid(-x)| + |c- sigmoid(x)|) absolute, a few ULP unless the
//   gradient is far smaller than its terms. The gradient carries every exponent apart until its one
//   rounding (scaledCrossEntropyGradient), so that neither its terms nor the product with gradOut
//   underflow or overflow on the way.
// Special cases
//   A term whose coefficient is zero is zero, even where its softplus is infinite: loss(+inf, 1) = 0,
//   loss(-inf, 0) = 0 (PyTorch returns NaN for a -inf logit, pytorch#135359), and w = 0 drops the
//   element. loss(+-inf, t) = +inf otherwise. NaN in any argument gives NaN. The loss is finite for
//   every finite logit where the true loss is: softplus(1000) = 1000, no overflow of e^x.
//   A loss below 2^-1022 (a confident right answer, |x| > 708) is rounded from its unscaled value:
//   within 1 ULP of the subnormal grid rather than correctly rounded.
//
// Reductions (BinaryCrossEntropySum): the elements' double-double losses are added in double-double
// (relative error below 2^-102 per addition, so below 2^-75 for 2^27 elements before the one
// rounding): the sum and the mean of 10^8 equal losses are correctly rounded, not 10^8 roundings off.

/// c * s in double-double: 0 when c is 0 (even for an infinite s), the Double product where
/// either factor is infinite or NaN or the product overflows.
func excludingProduct(_ c: DoubleDouble, _ s: DoubleDouble) -> DoubleDouble {
    if c.hi == 0 && !s.hi.isNaN {
        return DoubleDouble(0)
    }
    if !c.hi.isFinite || !s.hi.isFinite {
        return DoubleDouble(c.hi * s.hi)
    }
    let product = c * s
    return product.hi.isFinite ? product : DoubleDouble(product.hi)
}

/// a + b in double-double, the Double sum where either is infinite or NaN (inf - inf would be NaN
/// in the error terms too, but a finite sum must not become NaN).
func robustSum(_ a: DoubleDouble, _ b: DoubleDouble) -> DoubleDouble {
    if !a.hi.isFinite || !b.hi.isFinite {
        return DoubleDouble(a.hi + b.hi)
    }
    let sum = a + b
    return sum.hi.isFinite ? sum : DoubleDouble(sum.hi)
}

/// The two coefficients of an element: c+ = w pw t (of softplus(-x)) and c- = w (1 - t) (of
/// softplus(x)), in double-double; the Double products where a factor is not finite.
func crossEntropyCoefficients(target t: Double, weight w: Double, positiveWeight pw: Double)
    -> (positive: DoubleDouble, negative: DoubleDouble) {
    if !t.isFinite || !w.isFinite || !pw.isFinite {
        return (DoubleDouble(w * pw * t), DoubleDouble(w * (1 - t)))
    }
    let positive = excludingProduct(twoProduct(w, pw), DoubleDouble(t))
    let negative = excludingProduct(twoSum(1, -t), DoubleDouble(w))
    return (positive, negative)
}

/// The loss of one element before the final rounding.
func crossEntropyKernel(_ x: Double, target: Double, weight: Double, positiveWeight: Double) -> DoubleDouble {
    if x.isNaN {
        return DoubleDouble(x + x)
    }
    let c = crossEntropyCoefficients(target: target, weight: weight, positiveWeight: positiveWeight)
    if c.positive.hi != 0 && c.negative.hi != 0 && x.magnitude < softplusIdentityThreshold {
        // Both terms, from one exponential and one logarithm: softplus(+-x) = max(+-x, 0) + log1p(e^-|x|),
        // the very double-doubles softplusKernel computes for |x| < 34.
        let shared = logOnePlus(exponential(DoubleDouble(-x.magnitude)).unscaled)
        let positiveTerm = excludingProduct(c.positive, x < 0 ? shared + (-x) : shared)
        let negativeTerm = excludingProduct(c.negative, x > 0 ? shared + x : shared)
        return robustSum(positiveTerm, negativeTerm)
    }
    let positiveTerm = excludingProduct(c.positive, softplusKernel(-x).unscaled)
    let negativeTerm = excludingProduct(c.negative, softplusKernel(x).unscaled)
    return robustSum(positiveTerm, negativeTerm)
}

/// d loss / dx of one element before the final rounding, for the arguments scaledCrossEntropyGradient
/// does not take (a NaN or infinite argument, weight 0 or gradOut 0): the IEEE products and sums of
/// their special values.
func crossEntropyGradientKernel(_ x: Double, target: Double, weight: Double, positiveWeight: Double)
    -> DoubleDouble {
    if x.isNaN {
        return DoubleDouble(x + x)
    }
    let c = crossEntropyCoefficients(target: target, weight: weight, positiveWeight: positiveWeight)
    let positiveTerm = excludingProduct(c.positive, sigmoidKernel(-x).unscaled)
    let negativeTerm = excludingProduct(c.negative, sigmoidKernel(x).unscaled)
    return robustSum(-positiveTerm, negativeTerm)
}

/// sigmoid(x) for the gradient, as 2^k (hi + lo) to 2^-69 relative: e^x below -746 (sigmoidTailKernel,
/// not +0), and 1 - sigmoid(-x) in double-double from 38 on (sigmoidKernel's 1 there is off by e^-x,
/// up to 2^-54.8 of the term).
private func gradientSigmoid(_ x: Double) -> ScaledDoubleDouble {
    if x >= sigmoidOneThreshold && x.isFinite {
        let tail = sigmoidTailKernel(-x)
        return ScaledDoubleDouble(fastTwoSum(1, -scaled(tail.value.hi, max(tail.exponent, -1100))), exponent: 0)
    }
    return sigmoidTailKernel(x)
}

/// v = m 2^e, 1 <= |m| < 2, for a finite nonzero v (exact, subnormals included).
private func split(_ v: Double) -> (significand: Double, exponent: Int) {
    (v.sign == .minus ? -v.significand : v.significand, Int(v.exponent))
}

/// 2^k (hi + lo) as 2^k' (hi' + lo') with 1 <= |hi'| < 2 (exact), for a finite nonzero hi.
private func normalized(_ v: DoubleDouble, exponent: Int) -> (value: DoubleDouble, exponent: Int) {
    let own = Int(v.hi.exponent)
    return (DoubleDouble(scaled(v.hi, -own), scaled(v.lo, -own)), exponent + own)
}

/// gradOut/count * d loss/dx as 2^k (hi + lo) for finite x, t, w, pw, gradOut with w and gradOut
/// nonzero: the gradient's two terms (1 - t) sigmoid(x) and pw t sigmoid(-x) with every exponent carried
/// apart (the sigmoids' own, pw's and t's, then w's and gradOut's), so that no product underflows or
/// overflows before the one rounding: before, the terms were formed as plain double-doubles, and a review
/// found gradient(-745, t = 0, gradOut = 1e300) = 4.9e-24 for 2.8e-24 (sigmoid(-745) subnormal),
/// gradient(-700, t = 0, w = 2^-400, gradOut = 1e300) = 0 for 3.8e-125, and NaN for +inf or for
/// 8.5e307 (the mean's gradOut / n brought back into range). The smaller term, aligned to the larger
/// one's exponent, loses only what falls below 2^-1074 of it.
private func scaledCrossEntropyGradient(
    _ x: Double, target t: Double, weight w: Double, positiveWeight pw: Double, gradOut: Double, count: Int
) -> (value: DoubleDouble, exponent: Int) {
    let (sigmoidPlus, sigmoidMinus): (ScaledDoubleDouble, ScaledDoubleDouble)
    if x.magnitude <= -sigmoidExpThreshold {
        // Both sigmoids from one exponential, the very double-doubles sigmoidKernel computes here.
        let e = exponential(DoubleDouble(-x.magnitude)).unscaled
        let onePlus = e + 1
        let (larger, smaller) = (ScaledDoubleDouble(DoubleDouble(1) / onePlus), ScaledDoubleDouble(e / onePlus))
        (sigmoidPlus, sigmoidMinus) = x < 0 ? (smaller, larger) : (larger, smaller)
    } else {
        (sigmoidPlus, sigmoidMinus) = (gradientSigmoid(x), gradientSigmoid(-x))
    }
    // (1 - t) sigmoid(x) and -(pw t) sigmoid(-x), each normalized, or nil where it is 0.
    var negative: (value: DoubleDouble, exponent: Int)? = nil
    var positive: (value: DoubleDouble, exponent: Int)? = nil
    let complement = twoSum(1, -t)
    if complement.hi != 0 && sigmoidPlus.value.hi != 0 {
        // 1 - t normalized first: a target of -1e308 would overflow the product otherwise.
        let (cm, ce) = normalized(complement, exponent: 0)
        negative = normalized(cm * sigmoidPlus.value, exponent: sigmoidPlus.exponent + ce)
    }
    if t != 0 && pw != 0 && sigmoidMinus.value.hi != 0 {
        let (tm, te) = split(t), (pm, pe) = split(pw)
        positive = normalized(-(twoProduct(tm, pm) * sigmoidMinus.value), exponent: sigmoidMinus.exponent + te + pe)
    }
    let top = max(negative?.exponent ?? Int.min, positive?.exponent ?? Int.min)
    if top == Int.min {
        return (DoubleDouble(0), 0)
    }
    // Both aligned to the larger term's exponent (scaled stops at 2^-1100 of it: far below its last bit).
    func aligned(_ term: (value: DoubleDouble, exponent: Int)?) -> DoubleDouble {
        guard let term else { return DoubleDouble(0) }
        let shift = max(term.exponent - top, -1100)
        return DoubleDouble(scaled(term.value.hi, shift), scaled(term.value.lo, shift))
    }
    let difference = aligned(negative) + aligned(positive)
    if difference.hi == 0 {
        return (DoubleDouble(0), 0)
    }
    let (wm, we) = split(w), (gm, ge) = split(gradOut)
    var value = difference * twoProduct(wm, gm)
    if count != 1 {
        value = value / DoubleDouble(Double(count))
    }
    return (value, top + we + ge)
}

/// Whether scaledCrossEntropyGradient applies: every argument finite, w and gradOut nonzero (the other
/// cases are IEEE products of the double-double code's special values).
private func scaledGradientApplies(_ x: Double, _ t: Double, _ w: Double, _ pw: Double, _ gradOut: Double) -> Bool {
    x.isFinite && t.isFinite && w.isFinite && pw.isFinite && gradOut.isFinite && w != 0 && gradOut != 0
}

/// gradOut * d loss/dx / count, rounded once (count = 1 for the elementwise loss and the sum, n for
/// the mean).
func scaledGradient(_ gradient: DoubleDouble, gradOut: Double, count: Int) -> DoubleDouble {
    let scaled = excludingProduct(DoubleDouble(gradOut), gradient)
    if count == 1 {
        return scaled
    }
    if !scaled.hi.isFinite {
        return DoubleDouble(scaled.hi / Double(count))
    }
    return scaled / DoubleDouble(Double(count))
}

/// Binary cross-entropy with logits of one element, PyTorch's BCEWithLogitsLoss:
/// w [pw t softplus(-x) + (1 - t) softplus(x)] = -w [pw t log sigmoid(x) + (1 - t) log(1 - sigmoid(x))].
///
/// Method: the coefficients, the library's softplus kernel and the sum in double-double, rounded once
///   (see BinaryCrossEntropy.swift).
/// Special cases: a zero coefficient drops its term even where softplus is infinite (loss(-inf, 0) =
///   0, loss(+inf, 1) = 0, weight 0 gives 0); otherwise an infinite logit gives +inf; NaN -> NaN.
///   Targets outside [0, 1] and negative weights are accepted; the loss can then be negative.
/// Accuracy: correctly rounded for targets in [0, 1] and nonnegative weights except within 2^-15 ULP
///   of a midpoint (losses below 2^-1022: within 1 ULP); measured in docs/TRAINING.md.
public func binaryCrossEntropyWithLogits(
    _ x: Double, target: Double, weight: Double = 1, positiveWeight: Double = 1
) -> Double {
    crossEntropyKernel(x, target: target, weight: weight, positiveWeight: positiveWeight).value
}

/// Binary cross-entropy with logits of one Float element: the Double kernel rounded once to Float.
public func binaryCrossEntropyWithLogits(
    _ x: Float, target: Float, weight: Float = 1, positiveWeight: Float = 1
) -> Float {
    roundedToFloat(crossEntropyKernel(Double(x), target: Double(target), weight: Double(weight),
                                      positiveWeight: Double(positiveWeight)))
}

/// gradOut * d loss/dx / count: the gradient of binaryCrossEntropyWithLogits with respect to the logit,
/// w [(1 - t) sigmoid(x) - pw t sigmoid(-x)], times the incoming gradient, divided by count (pass the
/// number of elements for a mean reduction).
///
/// Special cases: finite for every logit (sigmoid is bounded): gradient(+inf, t) = w (1 - t),
///   gradient(-inf, t) = -w pw t; zero coefficients drop their terms; NaN -> NaN.
/// Accuracy: error below 2^-98 (|w pw t sigmoid(-x)| + |w (1 - t) sigmoid(x)|) absolute before the one
///   rounding: correctly rounded except where the two terms cancel (sigmoid(x) close to t).
public func binaryCrossEntropyWithLogitsGradient(
    _ x: Double, target: Double, weight: Double = 1, positiveWeight: Double = 1, gradOut: Double = 1,
    count: Int = 1
) -> Double {
    if scaledGradientApplies(x, target, weight, positiveWeight, gradOut) {
        let (value, exponent) = scaledCrossEntropyGradient(x, target: target, weight: weight,
                                                           positiveWeight: positiveWeight, gradOut: gradOut, count: count)
        return roundedToDouble(value, exponent: exponent)
    }
    let gradient = crossEntropyGradientKernel(x, target: target, weight: weight, positiveWeight: positiveWeight)
    return scaledGradient(gradient, gradOut: gradOut, count: count).value
}

/// The gradient of the Float loss: the Double computation rounded once to Float.
public func binaryCrossEntropyWithLogitsGradient(
    _ x: Float, target: Float, weight: Float = 1, positiveWeight: Float = 1, gradOut: Float = 1,
    count: Int = 1
) -> Float {
    let (x, t, w, pw, g) = (Double(x), Double(target), Double(weight), Double(positiveWeight), Double(gradOut))
    if scaledGradientApplies(x, t, w, pw, g) {
        let (value, exponent) = scaledCrossEntropyGradient(x, target: t, weight: w, positiveWeight: pw, gradOut: g,
                                                           count: count)
        return roundedToFloat(value, exponent: exponent)
    }
    let gradient = crossEntropyGradientKernel(x, target: t, weight: w, positiveWeight: pw)
    return roundedToFloat(scaledGradient(gradient, gradOut: g, count: count))
}

/// The sum and the mean of elementwise binary cross-entropy losses, accumulated in double-double and
/// rounded once (compensated summation: the mean of 10^8 equal losses is correctly rounded).
public struct BinaryCrossEntropySum {
    private var total = DoubleDouble(0)

    /// The number of elements added.
    public private(set) var count = 0

    public init() {}

    /// A sum whose total is hi + lo over `count` elements (the vector kernel's accumulators,
    /// SoftplusKernels' CrossEntropyKernels.swift, hand theirs to the entry points this way).
    public init(totalHi: Double, totalLo: Double, count: Int) {
        total = DoubleDouble(totalHi, totalLo)
        self.count = count
    }

    /// The total as a double-double (hi + lo), for init(totalHi:totalLo:count:).
    public var totalParts: (hi: Double, lo: Double) { (total.hi, total.lo) }

    /// Adds the loss of one element (Double or Float arguments, exactly converted).
    public mutating func add(_ x: Double, target: Double, weight: Double = 1, positiveWeight: Double = 1) {
        let loss = crossEntropyKernel(x, target: target, weight: weight, positiveWeight: positiveWeight)
        total = robustSum(total, loss)
        count += 1
    }

    /// Adds one element's loss given as a double-double hi + lo (a vector kernel's, before its rounding).
    public mutating func add(lossHi: Double, lossLo: Double) {
        total = robustSum(total, DoubleDouble(lossHi, lossLo))
        count += 1
    }

    /// Adds the elements of another sum.
    public mutating func add(_ other: BinaryCrossEntropySum) {
        total = robustSum(total, other.total)
        count += other.count
    }

    /// The sum of the losses, rounded once; +0 for no element.
    public var sum: Double { total.value }

    /// The sum rounded once to Float.
    public var floatSum: Float { roundedToFloat(total) }

    /// The mean of the losses, rounded once; NaN for no element (as PyTorch's mean of nothing), the
    /// positive quiet NaN (0/0 would give x86-64's default NaN, whose sign bit is set).
    public var mean: Double { meanValue.value }

    /// The mean rounded once to Float.
    public var floatMean: Float { roundedToFloat(meanValue) }

    private var meanValue: DoubleDouble {
        if count == 0 {
            return DoubleDouble(.nan)
        }
        if !total.hi.isFinite {
            return DoubleDouble(total.hi / Double(count))
        }
        return total / DoubleDouble(Double(count))
    }
}
