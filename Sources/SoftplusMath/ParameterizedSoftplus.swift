// Parameterized softplus, PyTorch's Softplus(beta, threshold), and its inverse; and the softplus
// with a chosen value at 0.
//
//   softplus(x; b, threshold)    = log(1 + e^(b x)) / b,  or x where b x > threshold
//   softplusinv(y; b, threshold) = log(e^(b y) - 1) / b,  or y where b y > threshold
//   softplusThrough(x, c)        = softplus(x + softplusinv(c)),  so that softplusThrough(0, c) = c
//
// Method
//   z = b x is formed exactly as a double-double (twoProduct; it can only lose bits where b x
//   underflows, and then softplus(z) = ln 2 + z/2 does not see them). softplus and its inverse of
//   the double-double z use the library's exp, expm1, log and log1p kernels, the quotient by b is a
//   double-double division whose exponent is carried apart (roundedToDouble(_:exponent:)), and the
//   result is rounded once, to Double or to Float. So, for every b > 0:
//   - large b (PyTorch overflows e^(b x), pytorch#171249): b x = +inf or z > 746 gives x exactly
//     (log1p(e^-z)/z < 2^-1076), z < -746 gives e^z / b from the tail exponential, not 0;
//     b = +inf is the limit max(x, 0);
//   - tiny b: z underflows gracefully, softplus(x; b) = (ln 2 + b x/2 + ...) / b, up to +inf
//     where ln 2 / b overflows; the inverse of a tiny z is log(z) = log b + log y (expm1(z) = z
//     to 2^-61 relative below 2^-60), so b y underflowing does not turn into log(0).
//   softplusThrough: softplusinv(c) in double-double (c + log1p(-e^-c) from 34 on, the family's
//   kernel below), x added in double-double, softplus of the sum: softplusThrough(0, c) = c exactly.
//
// Error budget: the kernels 2^-68.5 relative, z and the division 2^-100: correctly rounded except
// within 2^-15 ULP of a midpoint. softplusThrough: the double-double argument's error, 2^-68.5 |a|
// with a = softplusinv(c), |a| <= 745, is at most 2^-59 relative in the result; and where x + c
// (c >= 34) is exactly a midpoint of the doubles, the tails -e^-c + e^-(x + c), below the
// double-double's low part, are lost and the tie goes to even: within 1 ULP, not always correctly
// rounded in double (float: the sum x + c of floats is exact in double and the tails survive).

/// Above this z, softplus(z) = z and softplusinv(z) = z to 2^-1076 relative: e^-746 < 2^-1076.
private let linearArgument: Double = 746

/// Below this z, log(expm1(z)) = log(z) + z/2 + ... is log(z) to 2^-100 relative (|log z| > 41,
/// z/2 < 2^-61).
private let logArgumentBound: Double = 0x1p-60

/// softplus(z) for a double-double z <= 746, as 2^k (hi + lo); e^z from the tail exponential
/// below -746.
func softplusOfDoubleDouble(_ z: DoubleDouble) -> ScaledDoubleDouble {
    if z.hi < -linearArgument {
        return tailExponential(-z)
    }
    if z.hi < softplusExpThreshold {
        let t = exponential(z)
        let halfT = 0.5 * scaled(t.value.hi, t.exponent)
        return ScaledDoubleDouble(fastTwoSum(t.value.hi, t.value.lo - t.value.hi * halfT), exponent: t.exponent)
    }
    if z.hi < 0 {
        return ScaledDoubleDouble(logOnePlus(exponential(z).unscaled))
    }
    return ScaledDoubleDouble(logOnePlus(exponential(-z).unscaled) + z)
}

/// value / b for a finite b > 0, b's exponent carried apart (exact).
private func quotient(_ value: ScaledDoubleDouble, _ b: Double) -> ScaledDoubleDouble {
    if value.value.hi == 0 || !value.value.hi.isFinite {
        return ScaledDoubleDouble(DoubleDouble(value.value.hi / b))
    }
    return ScaledDoubleDouble(value.value / DoubleDouble(b.significand), exponent: value.exponent - Int(b.exponent))
}

/// An exact result, as a kernel value.
private func exactly(_ v: Double) -> ScaledDoubleDouble {
    ScaledDoubleDouble(DoubleDouble(v, 0 * v))
}

/// softplus(x; b, threshold) before the final rounding.
func parameterizedSoftplusKernel(_ x: Double, _ b: Double, _ threshold: Double) -> ScaledDoubleDouble {
    if !(b > 0) || threshold.isNaN || x.isNaN {
        return exactly(.nan)
    }
    if b == .infinity {
        return exactly(x > 0 ? x : 0)
    }
    let z = twoProduct(b, x)
    if z.hi > threshold || z.hi > linearArgument {
        return exactly(x)
    }
    if z.hi == -.infinity {
        return exactly(0)
    }
    return quotient(softplusOfDoubleDouble(z), b)
}

/// softplusinv(y; b, threshold) before the final rounding.
func parameterizedSoftplusInverseKernel(_ y: Double, _ b: Double, _ threshold: Double) -> ScaledDoubleDouble {
    if !(b > 0) || threshold.isNaN || y.isNaN || y < 0 {
        return exactly(.nan)
    }
    if y == 0 {
        return exactly(-.infinity)
    }
    if b == .infinity || y == .infinity {
        // The linear case, before b y = inf makes twoProduct's error inf - inf (an invalid-operation flag).
        return exactly(y)
    }
    let z = twoProduct(b, y)
    if z.hi > threshold || z.hi > linearArgument {
        return exactly(y)
    }
    let value: DoubleDouble
    if z.hi < logArgumentBound {
        value = logarithm(DoubleDouble(b)) + logarithm(DoubleDouble(y))
    } else if z.hi < softplusInverseSmallBound {
        value = logarithm(expMinusOne(z))
    } else if z.hi < softplusInverseLargeBound {
        value = logOnePlus(expMinusOne(z - ln2) * 2)
    } else {
        value = logOnePlus(-exponential(-z).unscaled) + z
    }
    return quotient(ScaledDoubleDouble(value), b)
}

/// softplusinv(c) as a double-double accurate to 2^-68.5 relative for every c > 0 (the family's
/// kernel returns y itself, not y - e^-y, from 34 on).
private func softplusInverseAccurate(_ c: Double) -> DoubleDouble {
    if c < softplusInverseIdentityThreshold || c > linearArgument {
        return softplusInverseKernel(c)
    }
    return logOnePlus(-exponential(DoubleDouble(-c)).unscaled) + c
}

/// softplusinv(c) for softplusThroughKernel, or 0 where the kernel does not use it (c not a positive
/// finite number).
func softplusThroughShift(_ c: Double) -> DoubleDouble {
    c > 0 && c.isFinite ? softplusInverseAccurate(c) : DoubleDouble(0)
}

/// softplus(x + softplusinv(c)) before the final rounding, given shift = softplusThroughShift(c).
func softplusThroughKernel(_ x: Double, _ c: Double, shift: DoubleDouble) -> ScaledDoubleDouble {
    if c.isNaN || c <= 0 || x.isNaN || (x == -.infinity && c == .infinity) {
        return exactly(.nan)
    }
    if x == -.infinity {
        return exactly(0)
    }
    if x == .infinity || c == .infinity {
        return exactly(.infinity)
    }
    if x == 0 {
        return exactly(c)
    }
    var argument = shift + x
    if !argument.hi.isFinite {
        // x + softplusinv(c) past the largest Double (x and c finite, softplusinv(c) >= -745): the
        // result overflows too. Without this the sum's NaN low part reached the exponential, whose
        // integer conversion trapped (softplus_through(DBL_MAX, 1e300)).
        return exactly(.infinity)
    }
    if c > linearArgument {
        // softplusinv(c) = c - e^-c and softplus(a) = a + e^-a with both tails below the Doubles:
        // their difference, of x's sign reversed, is kept as a least subnormal in the low part so
        // that an exact midpoint x + c rounds the right way (an error of 2^-1074, 2^-1084 relative).
        argument = argument + (x > 0 ? -Double.leastNonzeroMagnitude : Double.leastNonzeroMagnitude)
    }
    if argument.hi > linearArgument {
        return ScaledDoubleDouble(argument)
    }
    return softplusOfDoubleDouble(argument)
}

/// softplus(x; b, threshold) = log(1 + e^(b x)) / b, and x where b x > threshold: PyTorch's
/// torch.nn.functional.softplus(x, beta, threshold), correct for every beta > 0.
///
/// Method: z = b x in double-double, softplus(z) from the library's kernels, divided by b with the
///   exponent carried apart, rounded once (see ParameterizedSoftplus.swift).
/// Special cases: b <= 0, b or threshold NaN -> NaN; x NaN -> NaN; x = +inf -> +inf; -inf -> +0;
///   b = +inf -> max(x, 0); threshold = +inf: never linear (b = 1 is then softplus(x)).
/// Accuracy: correctly rounded except within 2^-15 ULP of a midpoint; measured in docs/TRAINING.md.
public func softplus(_ x: Double, beta b: Double, threshold: Double = 20) -> Double {
    let value = parameterizedSoftplusKernel(x, b, threshold)
    return roundedToDouble(value.value, exponent: value.exponent)
}

/// softplus(x; b, threshold) for Float: the Double kernel on the exact arguments, rounded once.
public func softplus(_ x: Float, beta b: Float, threshold: Float = 20) -> Float {
    let value = parameterizedSoftplusKernel(Double(x), Double(b), Double(threshold))
    return roundedToFloat(value.value, exponent: value.exponent)
}

/// softplusinv(y; b, threshold) = log(e^(b y) - 1) / b, and y where b y > threshold: the inverse of
/// softplus(x; b, threshold) (PyTorch has none, pytorch#72759).
///
/// Method: z = b y in double-double; log(expm1(z)) for z < 1/2 (log b + log y where z < 2^-60),
///   log1p(2 expm1(z - ln2)) for 1/2 <= z < 1, z + log1p(-e^-z) above, divided by b with the
///   exponent carried apart, rounded once.
/// Special cases: b <= 0, b or threshold NaN -> NaN; y < 0 or NaN -> NaN; 0 -> -inf; +inf -> +inf;
///   b = +inf -> y.
/// Accuracy: correctly rounded except within 2^-15 ULP of a midpoint; measured in docs/TRAINING.md.
public func softplusInverse(_ y: Double, beta b: Double, threshold: Double = 20) -> Double {
    let value = parameterizedSoftplusInverseKernel(y, b, threshold)
    return roundedToDouble(value.value, exponent: value.exponent)
}

/// softplusinv(y; b, threshold) for Float: the Double kernel on the exact arguments, rounded once.
public func softplusInverse(_ y: Float, beta b: Float, threshold: Float = 20) -> Float {
    let value = parameterizedSoftplusInverseKernel(Double(y), Double(b), Double(threshold))
    return roundedToFloat(value.value, exponent: value.exponent)
}

/// softplus(x + softplusinv(c)): the softplus shifted so that its value at 0 is c > 0, exactly
/// (the "y-intercept" parameterization of a positive quantity, e.g. a scale initialized to c).
///
/// Method: softplusinv(c) in double-double, x added in double-double, softplus of the sum rounded
///   once (see ParameterizedSoftplus.swift).
/// Special cases: softplusThrough(0, c) = c; c <= 0 or NaN -> NaN; x NaN -> NaN; x = +inf -> +inf;
///   x = -inf -> +0; c = +inf -> +inf (NaN at x = -inf).
/// Accuracy: within 1 ULP (argument error below 2^-59 relative in the result, and an exact midpoint
///   x + c in double loses the sign of the tails e^-c, e^-(x + c) below the double-double):
///   correctly rounded in 99.7 % of the vectors in double, in all of them in float; docs/TRAINING.md.
public func softplusThrough(_ x: Double, valueAtZero c: Double) -> Double {
    let value = softplusThroughKernel(x, c, shift: softplusThroughShift(c))
    return roundedToDouble(value.value, exponent: value.exponent)
}

/// softplusThrough(x, c) for Float: the Double kernel on the exact arguments, rounded once.
public func softplusThrough(_ x: Float, valueAtZero c: Float) -> Float {
    let value = softplusThroughKernel(Double(x), Double(c), shift: softplusThroughShift(Double(c)))
    return roundedToFloat(value.value, exponent: value.exponent)
}

/// softplusThrough(x, c) for many x and one c, as an array loop calls it: softplusinv(c), the
/// double-double shift, is computed once instead of once per element (it cost about two thirds of
/// each call). Every call returns the bits of softplusThrough(x, valueAtZero: c).
public struct SoftplusThrough {
    let c: Double
    let shift: DoubleDouble

    /// The function whose value at 0 is c (a Float c is passed widened, exactly).
    public init(valueAtZero c: Double) {
        self.c = c
        shift = softplusThroughShift(c)
    }

    /// softplusinv(c) = hi + lo, to 2^-68.5 relative for c > 0 finite (0 otherwise): the argument's
    /// shift, for the vector kernel (SoftplusKernels' VectorParameterizedSoftplus.swift).
    public var argumentShift: (hi: Double, lo: Double) { (shift.hi, shift.lo) }

    /// softplusThrough(x, valueAtZero: c).
    public func callAsFunction(_ x: Double) -> Double {
        let value = softplusThroughKernel(x, c, shift: shift)
        return roundedToDouble(value.value, exponent: value.exponent)
    }

    /// softplusThrough(x, valueAtZero: c) for a Float x and c.
    public func callAsFunction(_ x: Float) -> Float {
        let value = softplusThroughKernel(Double(x), c, shift: shift)
        return roundedToFloat(value.value, exponent: value.exponent)
    }
}
