// log1mexp(a) = log(1 - e^-a) for a >= 0 (Maechler 2012, "Accurately computing log(1 - exp(-|a|))",
// Rmpfr vignette), and log1pexp(x) = log(1 + e^x), the same function as softplus under its other
// common name.
//
// Method
//   a < 1: log(-expm1(-a)). -expm1(-a) keeps its relative accuracy down to subnormal a, and the
//     result is below log(1 - 1/e) = -0.46, far from zero: the log's absolute error is harmless.
//     (Maechler cuts at ln 2; in double-double either side is accurate, and 1 is where expMinusOne's
//     domain ends.)
//   1 <= a <= 37: log1p(-t), t = e^-a <= 1/e: relative accuracy of log1p, no cancellation.
//   a > 37: t < 2^-53.38, log1p(-t) = -t - t^2/2 with an error t^3/3 < 2^-107.7 t, computed on the
//     scaled t so that the subnormal results (a > 708.4) are rounded once, correctly.
//   a >= 746: -t > -2^-1076.3 rounds to -0.
//
// Error budget: expm1 2^-70, e^-a 2^-79, log and log1p 2^-69 relative: below 2^-68.5 relative before
// the one rounding.

/// From here, log1mexp(a) = -t - t^2/2 with t = e^-a (see the header).
let logOneMinusExpSeriesThreshold: Double = 37

/// Below this, 1 - e^-a is -expm1(-a) (see the header).
let logOneMinusExpSmallBound: Double = 1

/// log1mexp(a) before the final rounding.
func logOneMinusExpKernel(_ a: Double) -> ScaledDoubleDouble {
    if a.isNaN {
        return ScaledDoubleDouble(DoubleDouble(a + a))
    }
    if a < 0 {
        return ScaledDoubleDouble(DoubleDouble(.nan))
    }
    if a == 0 {
        return ScaledDoubleDouble(DoubleDouble(-.infinity))
    }
    if a >= -expUnderflowThreshold {
        return ScaledDoubleDouble(DoubleDouble(-0.0, -0.0))
    }
    if a > logOneMinusExpSeriesThreshold {
        let t = exponential(DoubleDouble(-a))
        let halfT = 0.5 * scaled(t.value.hi, t.exponent)
        let corrected = fastTwoSum(-t.value.hi, -t.value.lo - t.value.hi * halfT)
        return ScaledDoubleDouble(corrected, exponent: t.exponent)
    }
    if a < logOneMinusExpSmallBound {
        return ScaledDoubleDouble(logarithm(-expMinusOne(DoubleDouble(-a))))
    }
    return ScaledDoubleDouble(logOnePlus(-exponential(DoubleDouble(-a)).unscaled))
}

/// log1mexp(a) = log(1 - e^-a), a >= 0: the log of the probability 1 - e^-a without the cancellation
/// of 1 - exp(-a) near a = 0 or the underflow of log(1 - tiny) for large a.
///
/// Method: log(-expm1(-a)) for a < 1, log1p(-e^-a) for 1 <= a <= 37, -t - t^2/2 with t = e^-a
///   beyond, in double-double, rounded once (see LogOneMinusExp.swift).
/// Special cases: log1mexp(0) = -inf; log1mexp(+inf) = -0 (and -0 from a = 746 on); subnormal for
///   708.4 < a < 745.13; log1mexp(tiny a) = log(a) (log1mexp(1e-300) = -690.78); a < 0 -> NaN;
///   NaN -> NaN.
/// Accuracy: correctly rounded except within 2^-15.5 ULP of a midpoint (kernel below 2^-68.5);
///   measured correctly rounded on all of 103,566 inputs in double and 103,555 in float (10^5 random
///   + the vectors), max error 0.500 ULP (`python3 -m tools.reference.training_accuracy --n 100000`).
///   Worst case found: a = 745.1332191019412, got = want = -0 (the exact value, -2.47e-324, lies
///   just inside half the least subnormal).
/// Constants: branch points 1 and 37, -0 from 746 (see LogOneMinusExp.swift).
public func logOneMinusExp(_ a: Double) -> Double {
    roundedToDouble(logOneMinusExpKernel(a))
}

/// log1mexp(a) = log(1 - e^-a) for Float: the Double kernel rounded once to Float (-0 from
/// a = 104 on, where the result is below half the least subnormal Float).
public func logOneMinusExp(_ a: Float) -> Float {
    roundedToFloat(logOneMinusExpKernel(Double(a)))
}

/// log1pexp(x) = log(1 + e^x): softplus under its name in R, Rmpfr and JAX discussions; the same
/// function, bit for bit (see ``softplus(_:)-(Double)``).
public func logOnePlusExp(_ x: Double) -> Double { softplus(x) }

/// log1pexp(x) = log(1 + e^x) for Float: softplus.
public func logOnePlusExp(_ x: Float) -> Float { softplus(x) }
