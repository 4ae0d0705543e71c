// The three derivative kernels that are not a function of the family already: sigmoid'(x),
// logit'(p) and softplusInverse'(y). The six other derivatives are sigmoid, or its reflections
// and the reflections of these (Derivatives.swift).
//
// Method
//   sigmoid'(x) = sigmoid(x) sigmoid(-x) = t / (1 + t)^2, t = e^-|x| (even in x, no cancellation:
//     every operation is a product, quotient or sum of positive numbers).
//     |x| > 37: t < 2^-53.38 and t / (1 + t)^2 = t - 2t^2 + 3t^3 - ..., so t - 2t^2 is exact to
//       3t^2 < 2^-105 relative; computed on the scaled t = 2^k (hi + lo) so that the subnormal
//       results (|x| > 708.4) are rounded once, correctly, as sigmoid does.
//     |x| >= 746: t / (1 + t)^2 < e^-746 < 2^-1076.3, below half the least subnormal: +0.
//   logit'(p) = 1 / (p (1 - p)), 1 - p exact as a double-double (twoSum), its product with p to
//     2^-103 relative, the quotient to 2^-100: no cancellation anywhere in [0, 1].
//     p < 2^-1024 (subnormal): 1/p overflows, the result is +inf (as the correctly rounded value);
//     the kernel carries 1/p scaled (`reciprocal`), so gradOut * logit'(p) is right where the product
//     is finite.
//   softplusInverse'(y) = e^y / (e^y - 1) = 1 / (1 - e^-y):
//     y < 1: 1 - e^-y = -expm1(-y), relative accuracy down to subnormal y (where it is y);
//     1 <= y < 38: 1 - t, t = e^-y <= 1/e, no cancellation (1 - t >= 0.63);
//     y >= 38: 1. 1/(1 - t) - 1 < 1.01 t < 2^-54.7, below half the spacing 2^-52 of the Doubles
//       above 1 (36.74 = 53 ln 2 is the exact bound).
//
// Error budget: e^x 2^-79 relative, expm1 2^-70, double-double products and quotients 2^-100:
// every kernel below 2^-69 relative before the one rounding, so the results are correctly rounded
// except within 2^-16 ULP of a midpoint.

/// sigmoid'(x) = t - 2t^2 from here on (|x| > 37, see the header); e^-37 is normal.
let sigmoidDerivativeSeriesThreshold: Double = 37

/// softplusInverse'(y) is 1 from here up (see the header).
let softplusInverseDerivativeOneThreshold: Double = 38

/// Below this, 1 - e^-y is computed as -expm1(-y) (expMinusOne takes |x| <= 1).
let softplusInverseDerivativeSmallBound: Double = 1

extension ScaledDoubleDouble {
    /// -(2^k (hi + lo)): exact.
    static prefix func - (a: ScaledDoubleDouble) -> ScaledDoubleDouble {
        ScaledDoubleDouble(-a.value, exponent: a.exponent)
    }

    /// An unscaled double-double.
    init(_ value: DoubleDouble) {
        self.init(value, exponent: 0)
    }
}

/// Below this, 1/d would overflow or come close: d is scaled by 2^600 first (exactly).
private let reciprocalScalingBound: Double = 0x1p-1000

/// 1 / d for a positive double-double d, as 2^k (hi + lo): d below 2^-1000 (logit'(p) and
/// softplusInverse'(y) of subnormal p or y) is scaled by 2^600 first, so that 1/d, up to 2^1074,
/// is carried unrounded and only its final rounding (or a product with gradOut) overflows.
func reciprocal(_ d: DoubleDouble) -> ScaledDoubleDouble {
    if d.hi < reciprocalScalingBound {
        let scaledUp = DoubleDouble(d.hi * 0x1p600, d.lo * 0x1p600)
        return ScaledDoubleDouble(DoubleDouble(1) / scaledUp, exponent: 600)
    }
    return ScaledDoubleDouble(DoubleDouble(1) / d)
}

/// sigmoid'(x) = sigmoid(x) (1 - sigmoid(x)) before the final rounding.
func sigmoidDerivativeKernel(_ x: Double) -> ScaledDoubleDouble {
    if x.isNaN {
        return ScaledDoubleDouble(DoubleDouble(x + x))
    }
    let a = x.magnitude
    if a >= -expUnderflowThreshold {
        return ScaledDoubleDouble(DoubleDouble(0))
    }
    if a > sigmoidDerivativeSeriesThreshold {
        let t = exponential(DoubleDouble(-a))
        let twiceT = 2 * scaled(t.value.hi, t.exponent)
        let corrected = fastTwoSum(t.value.hi, t.value.lo - t.value.hi * twiceT)
        return ScaledDoubleDouble(corrected, exponent: t.exponent)
    }
    let t = exponential(DoubleDouble(-a)).unscaled
    let onePlusT = t + 1
    return ScaledDoubleDouble(t / (onePlusT * onePlusT))
}

/// logit'(p) = 1 / (p (1 - p)) before the final rounding.
func logitDerivativeKernel(_ p: Double) -> ScaledDoubleDouble {
    if p.isNaN {
        return ScaledDoubleDouble(DoubleDouble(p + p))
    }
    if p < 0 || p > 1 {
        return ScaledDoubleDouble(DoubleDouble(.nan))
    }
    if p == 0 || p == 1 {
        return ScaledDoubleDouble(DoubleDouble(.infinity))
    }
    if p < reciprocalScalingBound {
        // Scaled by 2^600 before the product, not after (as reciprocal does): the product of a subnormal
        // p is rounded, and under a downward rounding mode that of the least one, 2^-1074 (1 - 2^-53),
        // was 0, whose reciprocal made NaN (Tests/robustness/test_fp_environment).
        return ScaledDoubleDouble(DoubleDouble(1) / (twoSum(1, -p) * (p * 0x1p600)), exponent: 600)
    }
    return reciprocal(twoSum(1, -p) * p)
}

/// softplusInverse'(y) = 1 / (1 - e^-y) before the final rounding.
func softplusInverseDerivativeKernel(_ y: Double) -> ScaledDoubleDouble {
    if y.isNaN {
        return ScaledDoubleDouble(DoubleDouble(y + y))
    }
    if y < 0 {
        return ScaledDoubleDouble(DoubleDouble(.nan))
    }
    if y == 0 {
        return ScaledDoubleDouble(DoubleDouble(.infinity))
    }
    if y >= softplusInverseDerivativeOneThreshold {
        return ScaledDoubleDouble(DoubleDouble(1))
    }
    let oneMinusT: DoubleDouble
    if y < softplusInverseDerivativeSmallBound {
        oneMinusT = -expMinusOne(DoubleDouble(-y))
    } else {
        oneMinusT = -exponential(DoubleDouble(-y)).unscaled + 1
    }
    return reciprocal(oneMinusT)
}
