// The array and scalar entry of every function of the family, as the C entry points call them: each
// runs one of the four lane kernels (VectorSoftplus, VectorSigmoid, VectorLogit, VectorSoftplusInverse)
// or its exact reflection (the same ones as SoftplusMath's Reflections.swift: negating an argument or a
// result is exact), with SoftplusMath's scalar function of the same name for the lanes a kernel leaves.
//
// This module is compiled more than once by CMake (cmake/kernels.cmake): once for the x86-64
// baseline and once per wider instruction set, each copy under its own module name, and the C entry
// points pick one copy at load time (Sources/SoftplusCABI/Dispatch.swift). Every copy runs the same
// IEEE-754 operations in the same order (no contraction, fused multiply-adds only where written), so
// every copy returns the same bits.
//
// Contract of the array functions: count >= 1, x and out valid for count elements, out == x allowed
// (in place), otherwise no overlap (the C layer checks all of this first). Any alignment.
// The scalar function runs the same vector kernel on one lane, so scalar and array results are
// bitwise identical by construction.

import SoftplusMath

/// The namespace of the kernels of one compiled copy of this module.
public enum VectorKernels {}

extension VectorKernels {
    /// softplus(x) for one Double: the lane kernel on one lane (of 2).
    public static func softplus(_ x: Double) -> Double {
        oneLane(x, { softplusLanes($0) }, SoftplusMath.softplus)
    }

    /// out[i] = softplus(x[i]) for i < count, the array lane count at a time.
    public static func softplus(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, { softplusLanes($0) }, SoftplusMath.softplus)
    }
}

extension VectorKernels {
    /// softplus(x) for one Float: the lane kernel on one lane (of 2).
    public static func softplus(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { softplusLanes32($0) }) }, SoftplusMath.softplus)
    }

    /// out[i] = softplus(x[i]) for i < count, the array lane count at a time.
    public static func softplus(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, { floatLanes($0, { softplusLanes32($0) }) }, SoftplusMath.softplus)
    }
}

extension VectorKernels {
    /// softminus(x) = -softplus(-x) for one Double: the lane kernel on one lane (of 2).
    public static func softminus(_ x: Double) -> Double {
        oneLane(x, { x in let r = softplusLanes(negated(x)); return (negated(r.value), r.slow) }, SoftplusMath.softminus)
    }

    /// out[i] = softminus(x[i]) for i < count, the array lane count at a time.
    public static func softminus(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, { x in let r = softplusLanes(negated(x)); return (negated(r.value), r.slow) }, SoftplusMath.softminus)
    }
}

extension VectorKernels {
    /// softminus(x) = -softplus(-x) for one Float: the lane kernel on one lane (of 2).
    public static func softminus(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { x in let r = softplusLanes32(negated(x)); return (negated(r.value), r.slow) }) }, SoftplusMath.softminus)
    }

    /// out[i] = softminus(x[i]) for i < count, the array lane count at a time.
    public static func softminus(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, { floatLanes($0, { x in let r = softplusLanes32(negated(x)); return (negated(r.value), r.slow) }) }, SoftplusMath.softminus)
    }
}

extension VectorKernels {
    /// sigmoid(x) for one Double: the lane kernel on one lane (of 2).
    public static func sigmoid(_ x: Double) -> Double {
        oneLane(x, { sigmoidLanes($0) }, SoftplusMath.sigmoid)
    }

    /// out[i] = sigmoid(x[i]) for i < count, the array lane count at a time.
    public static func sigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, { sigmoidLanes($0) }, SoftplusMath.sigmoid)
    }
}

extension VectorKernels {
    /// sigmoid(x) for one Float: the lane kernel on one lane (of 2).
    public static func sigmoid(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { sigmoidLanes32($0) }) }, SoftplusMath.sigmoid)
    }

    /// out[i] = sigmoid(x[i]) for i < count, the array lane count at a time.
    public static func sigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, { floatLanes($0, { sigmoidLanes32($0) }) }, SoftplusMath.sigmoid)
    }
}

extension VectorKernels {
    /// oneMinusSigmoid(x) = sigmoid(-x) for one Double: the lane kernel on one lane (of 2).
    public static func oneMinusSigmoid(_ x: Double) -> Double {
        oneLane(x, { x in sigmoidLanes(negated(x)) }, SoftplusMath.oneMinusSigmoid)
    }

    /// out[i] = oneMinusSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func oneMinusSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, { x in sigmoidLanes(negated(x)) }, SoftplusMath.oneMinusSigmoid)
    }
}

extension VectorKernels {
    /// oneMinusSigmoid(x) = sigmoid(-x) for one Float: the lane kernel on one lane (of 2).
    public static func oneMinusSigmoid(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { x in sigmoidLanes32(negated(x)) }) }, SoftplusMath.oneMinusSigmoid)
    }

    /// out[i] = oneMinusSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func oneMinusSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, { floatLanes($0, { x in sigmoidLanes32(negated(x)) }) }, SoftplusMath.oneMinusSigmoid)
    }
}

extension VectorKernels {
    /// logit(x) for one Double: the lane kernel on one lane (of 2).
    public static func logit(_ x: Double) -> Double {
        oneLane(x, { logitLanes($0) }, SoftplusMath.logit)
    }

    /// out[i] = logit(x[i]) for i < count, the array lane count at a time.
    public static func logit(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, { logitLanes($0) }, SoftplusMath.logit)
    }
}

extension VectorKernels {
    /// logit(x) for one Float: the lane kernel on one lane (of 2).
    public static func logit(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { logitLanes32($0) }) }, SoftplusMath.logit)
    }

    /// out[i] = logit(x[i]) for i < count, the array lane count at a time.
    public static func logit(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, { floatLanes($0, { logitLanes32($0) }) }, SoftplusMath.logit)
    }
}

extension VectorKernels {
    /// softplusInverse(x) for one Double: the lane kernel on one lane (of 2).
    public static func softplusInverse(_ x: Double) -> Double {
        oneLane(x, { softplusInverseLanes($0) }, SoftplusMath.softplusInverse)
    }

    /// out[i] = softplusInverse(x[i]) for i < count, the array lane count at a time.
    public static func softplusInverse(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, { softplusInverseLanes($0) }, SoftplusMath.softplusInverse)
    }
}

extension VectorKernels {
    /// softplusInverse(x) for one Float: the lane kernel on one lane (of 2).
    public static func softplusInverse(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { softplusInverseLanes32($0) }) }, SoftplusMath.softplusInverse)
    }

    /// out[i] = softplusInverse(x[i]) for i < count, the array lane count at a time.
    public static func softplusInverse(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, { floatLanes($0, { softplusInverseLanes32($0) }) }, SoftplusMath.softplusInverse)
    }
}

extension VectorKernels {
    /// softminusInverse(x) = -softplusinv(-y) for one Double: the lane kernel on one lane (of 2).
    public static func softminusInverse(_ x: Double) -> Double {
        oneLane(x, { x in let r = softplusInverseLanes(negated(x)); return (negated(r.value), r.slow) }, SoftplusMath.softminusInverse)
    }

    /// out[i] = softminusInverse(x[i]) for i < count, the array lane count at a time.
    public static func softminusInverse(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, { x in let r = softplusInverseLanes(negated(x)); return (negated(r.value), r.slow) }, SoftplusMath.softminusInverse)
    }
}

extension VectorKernels {
    /// softminusInverse(x) = -softplusinv(-y) for one Float: the lane kernel on one lane (of 2).
    public static func softminusInverse(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { x in let r = softplusInverseLanes32(negated(x)); return (negated(r.value), r.slow) }) }, SoftplusMath.softminusInverse)
    }

    /// out[i] = softminusInverse(x[i]) for i < count, the array lane count at a time.
    public static func softminusInverse(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, { floatLanes($0, { x in let r = softplusInverseLanes32(negated(x)); return (negated(r.value), r.slow) }) }, SoftplusMath.softminusInverse)
    }
}

extension VectorKernels {
    /// logSigmoid(x) = -softplus(-x) for one Double: the lane kernel on one lane (of 2).
    public static func logSigmoid(_ x: Double) -> Double {
        oneLane(x, { x in let r = softplusLanes(negated(x)); return (negated(r.value), r.slow) }, SoftplusMath.logSigmoid)
    }

    /// out[i] = logSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func logSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, { x in let r = softplusLanes(negated(x)); return (negated(r.value), r.slow) }, SoftplusMath.logSigmoid)
    }
}

extension VectorKernels {
    /// logSigmoid(x) = -softplus(-x) for one Float: the lane kernel on one lane (of 2).
    public static func logSigmoid(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { x in let r = softplusLanes32(negated(x)); return (negated(r.value), r.slow) }) }, SoftplusMath.logSigmoid)
    }

    /// out[i] = logSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func logSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, { floatLanes($0, { x in let r = softplusLanes32(negated(x)); return (negated(r.value), r.slow) }) }, SoftplusMath.logSigmoid)
    }
}

extension VectorKernels {
    /// logOneMinusSigmoid(x) = -softplus(x) for one Double: the lane kernel on one lane (of 2).
    public static func logOneMinusSigmoid(_ x: Double) -> Double {
        oneLane(x, { x in let r = softplusLanes(x); return (negated(r.value), r.slow) }, SoftplusMath.logOneMinusSigmoid)
    }

    /// out[i] = logOneMinusSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func logOneMinusSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, { x in let r = softplusLanes(x); return (negated(r.value), r.slow) }, SoftplusMath.logOneMinusSigmoid)
    }
}

extension VectorKernels {
    /// logOneMinusSigmoid(x) = -softplus(x) for one Float: the lane kernel on one lane (of 2).
    public static func logOneMinusSigmoid(_ x: Float) -> Float {
        oneLane(x, { floatLanes($0, { x in let r = softplusLanes32(x); return (negated(r.value), r.slow) }) }, SoftplusMath.logOneMinusSigmoid)
    }

    /// out[i] = logOneMinusSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func logOneMinusSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, { floatLanes($0, { x in let r = softplusLanes32(x); return (negated(r.value), r.slow) }) }, SoftplusMath.logOneMinusSigmoid)
    }
}
