// The derivatives f'(x) of the nine functions of the family and their fused backward steps
// gradOut * f'(x), Double and Float. Each is one kernel of the library (sigmoid's, or one of
// DerivativeKernels.swift), possibly reflected (negating an argument or a result is exact), rounded
// once: the results are correctly rounded except within 2^-16 ULP of a midpoint, in relative terms
// in both tails (sigmoid'(40) = 4.25e-18, not 0; softplus'(-740) = 4.2e-322, a subnormal, not 0).
//
// Accuracy (every derivative and backward function, both formats): correctly rounded on every one
// of about 10^5 inputs each (10^5 random over every exponent of the domain plus the vectors of
// Tests/vectors/training; backward products with gradOut over 2^-40..2^40), max error 0.500 ULP,
// against MPFR: `python3 -m tools.reference.training_accuracy --n 100000` (docs/TRAINING.md).

/// softplus'(x) = sigmoid(x) = 1 / (1 + e^-x).
///
/// Special cases: +inf -> 1; -inf -> +0; 1 for x >= 38; subnormal for -745.13 < x < -708.4; NaN -> NaN.
func softplusDerivativeKernelOf(_ x: Double) -> ScaledDoubleDouble { sigmoidKernel(x) }

/// softplus'(x) = sigmoid(x) = 1 / (1 + e^-x), rounded once.
/// Special cases: +inf -> 1; -inf -> +0; 1 for x >= 38; subnormal for -745.13 < x < -708.4; NaN -> NaN.
public func softplusDerivative(_ x: Double) -> Double { roundedToDouble(softplusDerivativeKernelOf(x)) }

/// softplus'(x) for Float: the Double kernel rounded once to Float.
public func softplusDerivative(_ x: Float) -> Float { roundedToFloat(softplusDerivativeKernelOf(Double(x))) }

/// gradOut * softplus'(x), rounded once (Backward.swift); IEEE products at 0, inf and NaN.
public func softplusBackward(_ x: Double, gradOut: Double) -> Double {
    backwardDouble(sigmoidTailKernel(x), gradOut)
}

/// gradOut * softplus'(x) for Float, rounded once.
public func softplusBackward(_ x: Float, gradOut: Float) -> Float {
    backwardFloat(softplusDerivativeKernelOf(Double(x)), gradOut)
}

/// softminus'(x) = 1 - sigmoid(x) = sigmoid(-x).
///
/// Special cases: +inf -> +0; -inf -> 1; NaN -> NaN.
func softminusDerivativeKernelOf(_ x: Double) -> ScaledDoubleDouble { sigmoidKernel(-x) }

/// softminus'(x) = 1 - sigmoid(x) = sigmoid(-x), rounded once.
/// Special cases: +inf -> +0; -inf -> 1; NaN -> NaN.
public func softminusDerivative(_ x: Double) -> Double { roundedToDouble(softminusDerivativeKernelOf(x)) }

/// softminus'(x) for Float: the Double kernel rounded once to Float.
public func softminusDerivative(_ x: Float) -> Float { roundedToFloat(softminusDerivativeKernelOf(Double(x))) }

/// gradOut * softminus'(x), rounded once (Backward.swift); IEEE products at 0, inf and NaN.
public func softminusBackward(_ x: Double, gradOut: Double) -> Double {
    backwardDouble(sigmoidTailKernel(-x), gradOut)
}

/// gradOut * softminus'(x) for Float, rounded once.
public func softminusBackward(_ x: Float, gradOut: Float) -> Float {
    backwardFloat(softminusDerivativeKernelOf(Double(x)), gradOut)
}

/// sigmoid'(x) = sigmoid(x) sigmoid(-x) = e^-|x| / (1 + e^-|x|)^2.
///
/// Special cases: +-inf -> +0; 0 -> 0.25; subnormal for 708.4 < |x| < 745.13, +0 beyond; NaN -> NaN.
func sigmoidDerivativeKernelOf(_ x: Double) -> ScaledDoubleDouble { sigmoidDerivativeKernel(x) }

/// sigmoid'(x) = sigmoid(x) sigmoid(-x) = e^-|x| / (1 + e^-|x|)^2, rounded once.
/// Special cases: +-inf -> +0; 0 -> 0.25; subnormal for 708.4 < |x| < 745.13, +0 beyond; NaN -> NaN.
public func sigmoidDerivative(_ x: Double) -> Double { roundedToDouble(sigmoidDerivativeKernelOf(x)) }

/// sigmoid'(x) for Float: the Double kernel rounded once to Float.
public func sigmoidDerivative(_ x: Float) -> Float { roundedToFloat(sigmoidDerivativeKernelOf(Double(x))) }

/// gradOut * sigmoid'(x), rounded once (Backward.swift); IEEE products at 0, inf and NaN.
public func sigmoidBackward(_ x: Double, gradOut: Double) -> Double {
    backwardDouble(sigmoidDerivativeTailKernel(x), gradOut)
}

/// gradOut * sigmoid'(x) for Float, rounded once.
public func sigmoidBackward(_ x: Float, gradOut: Float) -> Float {
    backwardFloat(sigmoidDerivativeKernelOf(Double(x)), gradOut)
}

/// one_minus_sigmoid'(x) = -sigmoid(x) sigmoid(-x).
///
/// Special cases: +-inf -> -0; 0 -> -0.25; NaN -> NaN.
func oneMinusSigmoidDerivativeKernelOf(_ x: Double) -> ScaledDoubleDouble { -sigmoidDerivativeKernel(x) }

/// one_minus_sigmoid'(x) = -sigmoid(x) sigmoid(-x), rounded once.
/// Special cases: +-inf -> -0; 0 -> -0.25; NaN -> NaN.
public func oneMinusSigmoidDerivative(_ x: Double) -> Double { roundedToDouble(oneMinusSigmoidDerivativeKernelOf(x)) }

/// one_minus_sigmoid'(x) for Float: the Double kernel rounded once to Float.
public func oneMinusSigmoidDerivative(_ x: Float) -> Float { roundedToFloat(oneMinusSigmoidDerivativeKernelOf(Double(x))) }

/// gradOut * one_minus_sigmoid'(x), rounded once (Backward.swift); IEEE products at 0, inf and NaN.
public func oneMinusSigmoidBackward(_ x: Double, gradOut: Double) -> Double {
    backwardDouble(-sigmoidDerivativeTailKernel(x), gradOut)
}

/// gradOut * one_minus_sigmoid'(x) for Float, rounded once.
public func oneMinusSigmoidBackward(_ x: Float, gradOut: Float) -> Float {
    backwardFloat(oneMinusSigmoidDerivativeKernelOf(Double(x)), gradOut)
}

/// logit'(p) = 1 / (p (1 - p)).
///
/// Special cases: 0 and 1 -> +inf; 0.5 -> 4; +inf for p < 2^-1024 (double) / subnormal p (float); p < 0 or p > 1 -> NaN; NaN -> NaN.
func logitDerivativeKernelOf(_ p: Double) -> ScaledDoubleDouble { logitDerivativeKernel(p) }

/// logit'(p) = 1 / (p (1 - p)), rounded once.
/// Special cases: 0 and 1 -> +inf; 0.5 -> 4; +inf for p < 2^-1024 (double) / subnormal p (float); p < 0 or p > 1 -> NaN; NaN -> NaN.
public func logitDerivative(_ p: Double) -> Double { roundedToDouble(logitDerivativeKernelOf(p)) }

/// logit'(p) for Float: the Double kernel rounded once to Float.
public func logitDerivative(_ p: Float) -> Float { roundedToFloat(logitDerivativeKernelOf(Double(p))) }

/// gradOut * logit'(p), rounded once (Backward.swift); IEEE products at 0, inf and NaN.
public func logitBackward(_ p: Double, gradOut: Double) -> Double {
    backwardDouble(logitDerivativeKernelOf(p), gradOut)
}

/// gradOut * logit'(p) for Float, rounded once.
public func logitBackward(_ p: Float, gradOut: Float) -> Float {
    backwardFloat(logitDerivativeKernelOf(Double(p)), gradOut)
}

/// softplusinv'(y) = 1 / (1 - e^-y) = 1 / -expm1(-y).
///
/// Special cases: 0 -> +inf; +inf -> 1, and 1 for y >= 38; about 1/y for tiny y (+inf below 2^-1024); y < 0 -> NaN; NaN -> NaN.
func softplusInverseDerivativeKernelOf(_ y: Double) -> ScaledDoubleDouble { softplusInverseDerivativeKernel(y) }

/// softplusinv'(y) = 1 / (1 - e^-y) = 1 / -expm1(-y), rounded once.
/// Special cases: 0 -> +inf; +inf -> 1, and 1 for y >= 38; about 1/y for tiny y (+inf below 2^-1024); y < 0 -> NaN; NaN -> NaN.
public func softplusInverseDerivative(_ y: Double) -> Double { roundedToDouble(softplusInverseDerivativeKernelOf(y)) }

/// softplusinv'(y) for Float: the Double kernel rounded once to Float.
public func softplusInverseDerivative(_ y: Float) -> Float { roundedToFloat(softplusInverseDerivativeKernelOf(Double(y))) }

/// gradOut * softplusinv'(y), rounded once (Backward.swift); IEEE products at 0, inf and NaN.
public func softplusInverseBackward(_ y: Double, gradOut: Double) -> Double {
    backwardDouble(softplusInverseDerivativeKernelOf(y), gradOut)
}

/// gradOut * softplusinv'(y) for Float, rounded once.
public func softplusInverseBackward(_ y: Float, gradOut: Float) -> Float {
    backwardFloat(softplusInverseDerivativeKernelOf(Double(y)), gradOut)
}

/// softminusinv'(y) = 1 / (1 - e^y) = 1 / -expm1(y).
///
/// Special cases: 0 -> +inf; -inf -> 1; y > 0 -> NaN; NaN -> NaN.
func softminusInverseDerivativeKernelOf(_ y: Double) -> ScaledDoubleDouble { softplusInverseDerivativeKernel(-y) }

/// softminusinv'(y) = 1 / (1 - e^y) = 1 / -expm1(y), rounded once.
/// Special cases: 0 -> +inf; -inf -> 1; y > 0 -> NaN; NaN -> NaN.
public func softminusInverseDerivative(_ y: Double) -> Double { roundedToDouble(softminusInverseDerivativeKernelOf(y)) }

/// softminusinv'(y) for Float: the Double kernel rounded once to Float.
public func softminusInverseDerivative(_ y: Float) -> Float { roundedToFloat(softminusInverseDerivativeKernelOf(Double(y))) }

/// gradOut * softminusinv'(y), rounded once (Backward.swift); IEEE products at 0, inf and NaN.
public func softminusInverseBackward(_ y: Double, gradOut: Double) -> Double {
    backwardDouble(softminusInverseDerivativeKernelOf(y), gradOut)
}

/// gradOut * softminusinv'(y) for Float, rounded once.
public func softminusInverseBackward(_ y: Float, gradOut: Float) -> Float {
    backwardFloat(softminusInverseDerivativeKernelOf(Double(y)), gradOut)
}

/// log_sigmoid'(x) = sigmoid(-x) = 1 - sigmoid(x).
///
/// Special cases: +inf -> +0; -inf -> 1; NaN -> NaN.
func logSigmoidDerivativeKernelOf(_ x: Double) -> ScaledDoubleDouble { sigmoidKernel(-x) }

/// log_sigmoid'(x) = sigmoid(-x) = 1 - sigmoid(x), rounded once.
/// Special cases: +inf -> +0; -inf -> 1; NaN -> NaN.
public func logSigmoidDerivative(_ x: Double) -> Double { roundedToDouble(logSigmoidDerivativeKernelOf(x)) }

/// log_sigmoid'(x) for Float: the Double kernel rounded once to Float.
public func logSigmoidDerivative(_ x: Float) -> Float { roundedToFloat(logSigmoidDerivativeKernelOf(Double(x))) }

/// gradOut * log_sigmoid'(x), rounded once (Backward.swift); IEEE products at 0, inf and NaN.
public func logSigmoidBackward(_ x: Double, gradOut: Double) -> Double {
    backwardDouble(sigmoidTailKernel(-x), gradOut)
}

/// gradOut * log_sigmoid'(x) for Float, rounded once.
public func logSigmoidBackward(_ x: Float, gradOut: Float) -> Float {
    backwardFloat(logSigmoidDerivativeKernelOf(Double(x)), gradOut)
}

/// log_one_minus_sigmoid'(x) = -sigmoid(x).
///
/// Special cases: +inf -> -1; -inf -> -0; NaN -> NaN.
func logOneMinusSigmoidDerivativeKernelOf(_ x: Double) -> ScaledDoubleDouble { -sigmoidKernel(x) }

/// log_one_minus_sigmoid'(x) = -sigmoid(x), rounded once.
/// Special cases: +inf -> -1; -inf -> -0; NaN -> NaN.
public func logOneMinusSigmoidDerivative(_ x: Double) -> Double { roundedToDouble(logOneMinusSigmoidDerivativeKernelOf(x)) }

/// log_one_minus_sigmoid'(x) for Float: the Double kernel rounded once to Float.
public func logOneMinusSigmoidDerivative(_ x: Float) -> Float { roundedToFloat(logOneMinusSigmoidDerivativeKernelOf(Double(x))) }

/// gradOut * log_one_minus_sigmoid'(x), rounded once (Backward.swift); IEEE products at 0, inf and NaN.
public func logOneMinusSigmoidBackward(_ x: Double, gradOut: Double) -> Double {
    backwardDouble(-sigmoidTailKernel(x), gradOut)
}

/// gradOut * log_one_minus_sigmoid'(x) for Float, rounded once.
public func logOneMinusSigmoidBackward(_ x: Float, gradOut: Float) -> Float {
    backwardFloat(logOneMinusSigmoidDerivativeKernelOf(Double(x)), gradOut)
}
