// The fused backward step of a function f: gradOut * f'(x), for the chain rule of training code.
//
// Method
//   The derivative kernel's value 2^k (hi + lo), accurate to 2^-69, is multiplied by gradOut in
//   double-double and rounded once, so the product is correctly rounded like the derivative itself
//   (not the 1.5 ULP of rounding f'(x) first and multiplying after). gradOut = m 2^e with
//   1 <= |m| < 2 is split exactly (significand and exponent, subnormals included) and e joins k, so
//   the product neither overflows nor loses bits below the normal range before the one rounding.
// Special cases
//   IEEE products where either factor is 0, infinite or NaN: gradOut * f'(x) with f'(x) rounded,
//   e.g. 0 * logit'(0) = 0 * inf = NaN, and a zero keeps the sign of the product.
//   Where f'(x) itself underflows (sigmoid-type derivatives beyond |x| = 746) the Double products
//   use e^-|x| from tailExponential, so gradOut = 1e300 still gets its nonzero product; beyond
//   |x| = 1800 every product rounds to zero. The Float products need no tail: a Float gradOut
//   (< 2^128) times f'(x) < 2^-1076 is far below the least subnormal Float.

/// Below this exponent a normalized value, in [1, 2) * 2^exponent, is below 2^-1099 and rounds to
/// zero; it is also the lower limit of `scaled` and roundedToDouble.
private let productUnderflowExponent = -1100

/// gradOut * 2^k (hi + lo), rounded once to Double.
func backwardDouble(_ derivative: ScaledDoubleDouble, _ gradOut: Double) -> Double {
    let hi = derivative.value.hi
    if !hi.isFinite || hi == 0 || !gradOut.isFinite || gradOut == 0 {
        // The tail kernels' values below 2^-1100 round to a zero of their sign.
        let rounded = derivative.exponent < productUnderflowExponent ? 0 * hi : roundedToDouble(derivative)
        return gradOut * rounded
    }
    let significand = gradOut.sign == .minus ? -gradOut.significand : gradOut.significand
    return roundedToDouble(derivative.value * significand,
                           exponent: derivative.exponent + Int(gradOut.exponent))
}

/// 2^exponent (hi + lo) rounded once to Double for any exponent and any finite nonzero hi: hi's own
/// exponent is moved into `exponent` (exact), so that products and quotients of scaled values and
/// of Doubles anywhere in the range neither overflow nor lose bits below the normal range before
/// the one rounding; beyond the range the result is a zero or an infinity of the value's sign.
func roundedToDouble(_ value: DoubleDouble, exponent: Int) -> Double {
    if value.hi == 0 || !value.hi.isFinite {
        return value.hi
    }
    if exponent == 0 {
        return value.hi + value.lo
    }
    // Scaled values (exponent != 0) lie between 2^-80 and 2^1100: -ownExponent is within the range
    // of `scaled`.
    let ownExponent = Int(value.hi.exponent)
    let normalized = DoubleDouble(scaled(value.hi, -ownExponent), scaled(value.lo, -ownExponent))
    let total = exponent + ownExponent
    if total < productUnderflowExponent {
        return normalized.hi.sign == .minus ? -0.0 : 0.0
    }
    if total > Int(Double.greatestFiniteMagnitude.exponent) {
        return normalized.hi.sign == .minus ? -.infinity : .infinity
    }
    return roundedToDouble(ScaledDoubleDouble(normalized, exponent: total))
}

/// 2^exponent (hi + lo) rounded once to Float for any exponent (the Float analogue of
/// roundedToDouble(_:exponent:)): beyond 2^+-200 the result is a zero or an infinity of its sign,
/// within, the scaling to one double-double is exact.
func roundedToFloat(_ value: DoubleDouble, exponent: Int) -> Float {
    if value.hi == 0 || !value.hi.isFinite {
        return Float(value.hi)
    }
    if exponent == 0 {
        return roundedToFloat(value)
    }
    let ownExponent = Int(value.hi.exponent)
    let total = exponent + ownExponent
    if total < -200 {
        return value.hi.sign == .minus ? -0.0 : 0.0
    }
    if total > 200 {
        return value.hi.sign == .minus ? -.infinity : .infinity
    }
    let normalized = DoubleDouble(scaled(value.hi, -ownExponent), scaled(value.lo, -ownExponent))
    return roundedToFloat(DoubleDouble(scaled(normalized.hi, total), scaled(normalized.lo, total)))
}

/// gradOut * 2^k (hi + lo), rounded once to Float. Every Float gradOut times a derivative that is not
/// rounded to zero anyway lies far inside the Double normal range: one double-double product.
func backwardFloat(_ derivative: ScaledDoubleDouble, _ gradOut: Float) -> Float {
    let unscaled = derivative.unscaled
    if !unscaled.hi.isFinite || unscaled.hi == 0 || !gradOut.isFinite || gradOut == 0 {
        return gradOut * roundedToFloat(derivative)
    }
    let product = roundedToFloat(unscaled * Double(gradOut))
    // A product that underflows to zero in the double-double sum (-0 + 0 = +0) keeps its sign.
    if product == 0 {
        return (unscaled.hi.sign == gradOut.sign) ? 0 : -0.0
    }
    return product
}

/// Beyond this |x| even the largest gradOut times e^-|x| < 2^-2597 * 2^1024 rounds to zero.
private let tailNegligibleArgument: Double = 1800

/// 1536 ln 2: e^-a = 2^-1536 e^(1536 ln2 - a), and 1536 ln2 - a lies in [-735.4, 318.7] for
/// 746 <= a <= 1800, inside the exponential kernel's domain.
private let tailShiftExponent = 1536

/// e^-a for a double-double a >= 746 (below the Double range, where the kernels flush to zero), as
/// 2^k (hi + lo) with k far below -1100, relative error below 2^-78; +0 beyond 1800.
func tailExponential(_ a: DoubleDouble) -> ScaledDoubleDouble {
    if a.hi > tailNegligibleArgument {
        return ScaledDoubleDouble(DoubleDouble(0))
    }
    let shift = Double(tailShiftExponent)
    let argument = -a + twoProduct(shift, ln2.hi) + shift * ln2.lo
    let t = exponential(argument)
    return ScaledDoubleDouble(t.value, exponent: t.exponent - tailShiftExponent)
}

/// sigmoid(x) for the backward products: e^x (to 2^-1076 relative) below -746 instead of +0.
func sigmoidTailKernel(_ x: Double) -> ScaledDoubleDouble {
    x < expUnderflowThreshold && x.isFinite ? tailExponential(DoubleDouble(-x)) : sigmoidKernel(x)
}

/// sigmoid'(x) for the backward products: e^-|x| (to 2^-1076 relative) from |x| = 746 on instead of +0.
func sigmoidDerivativeTailKernel(_ x: Double) -> ScaledDoubleDouble {
    x.magnitude >= -expUnderflowThreshold && x.isFinite ? tailExponential(DoubleDouble(x.magnitude)) : sigmoidDerivativeKernel(x)
}
