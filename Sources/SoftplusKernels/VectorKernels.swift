// The array and scalar entry of every function of the family, as the C entry points call them.
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
    /// softplus(x) for one Double: the vector kernel on one lane.
    public static func softplus(_ x: Double) -> Double { SoftplusMath.softplus(x) }

    /// out[i] = softplus(x[i]) for i < count.
    public static func softplus(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.softplus(x[i]) }
    }
}

extension VectorKernels {
    /// softplus(x) for one Float: the vector kernel on one lane.
    public static func softplus(_ x: Float) -> Float { SoftplusMath.softplus(x) }

    /// out[i] = softplus(x[i]) for i < count.
    public static func softplus(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.softplus(x[i]) }
    }
}

extension VectorKernels {
    /// softminus(x) for one Double: the vector kernel on one lane.
    public static func softminus(_ x: Double) -> Double { SoftplusMath.softminus(x) }

    /// out[i] = softminus(x[i]) for i < count.
    public static func softminus(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.softminus(x[i]) }
    }
}

extension VectorKernels {
    /// softminus(x) for one Float: the vector kernel on one lane.
    public static func softminus(_ x: Float) -> Float { SoftplusMath.softminus(x) }

    /// out[i] = softminus(x[i]) for i < count.
    public static func softminus(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.softminus(x[i]) }
    }
}

extension VectorKernels {
    /// sigmoid(x) for one Double: the vector kernel on one lane.
    public static func sigmoid(_ x: Double) -> Double { SoftplusMath.sigmoid(x) }

    /// out[i] = sigmoid(x[i]) for i < count.
    public static func sigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.sigmoid(x[i]) }
    }
}

extension VectorKernels {
    /// sigmoid(x) for one Float: the vector kernel on one lane.
    public static func sigmoid(_ x: Float) -> Float { SoftplusMath.sigmoid(x) }

    /// out[i] = sigmoid(x[i]) for i < count.
    public static func sigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.sigmoid(x[i]) }
    }
}

extension VectorKernels {
    /// one_minus_sigmoid(x) for one Double: the vector kernel on one lane.
    public static func oneMinusSigmoid(_ x: Double) -> Double { SoftplusMath.oneMinusSigmoid(x) }

    /// out[i] = one_minus_sigmoid(x[i]) for i < count.
    public static func oneMinusSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.oneMinusSigmoid(x[i]) }
    }
}

extension VectorKernels {
    /// one_minus_sigmoid(x) for one Float: the vector kernel on one lane.
    public static func oneMinusSigmoid(_ x: Float) -> Float { SoftplusMath.oneMinusSigmoid(x) }

    /// out[i] = one_minus_sigmoid(x[i]) for i < count.
    public static func oneMinusSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.oneMinusSigmoid(x[i]) }
    }
}

extension VectorKernels {
    /// logit(x) for one Double: the vector kernel on one lane.
    public static func logit(_ x: Double) -> Double { SoftplusMath.logit(x) }

    /// out[i] = logit(x[i]) for i < count.
    public static func logit(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.logit(x[i]) }
    }
}

extension VectorKernels {
    /// logit(x) for one Float: the vector kernel on one lane.
    public static func logit(_ x: Float) -> Float { SoftplusMath.logit(x) }

    /// out[i] = logit(x[i]) for i < count.
    public static func logit(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.logit(x[i]) }
    }
}

extension VectorKernels {
    /// softplusinv(x) for one Double: the vector kernel on one lane.
    public static func softplusInverse(_ x: Double) -> Double { SoftplusMath.softplusInverse(x) }

    /// out[i] = softplusinv(x[i]) for i < count.
    public static func softplusInverse(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.softplusInverse(x[i]) }
    }
}

extension VectorKernels {
    /// softplusinv(x) for one Float: the vector kernel on one lane.
    public static func softplusInverse(_ x: Float) -> Float { SoftplusMath.softplusInverse(x) }

    /// out[i] = softplusinv(x[i]) for i < count.
    public static func softplusInverse(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.softplusInverse(x[i]) }
    }
}

extension VectorKernels {
    /// softminusinv(x) for one Double: the vector kernel on one lane.
    public static func softminusInverse(_ x: Double) -> Double { SoftplusMath.softminusInverse(x) }

    /// out[i] = softminusinv(x[i]) for i < count.
    public static func softminusInverse(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.softminusInverse(x[i]) }
    }
}

extension VectorKernels {
    /// softminusinv(x) for one Float: the vector kernel on one lane.
    public static func softminusInverse(_ x: Float) -> Float { SoftplusMath.softminusInverse(x) }

    /// out[i] = softminusinv(x[i]) for i < count.
    public static func softminusInverse(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.softminusInverse(x[i]) }
    }
}

extension VectorKernels {
    /// log_sigmoid(x) for one Double: the vector kernel on one lane.
    public static func logSigmoid(_ x: Double) -> Double { SoftplusMath.logSigmoid(x) }

    /// out[i] = log_sigmoid(x[i]) for i < count.
    public static func logSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.logSigmoid(x[i]) }
    }
}

extension VectorKernels {
    /// log_sigmoid(x) for one Float: the vector kernel on one lane.
    public static func logSigmoid(_ x: Float) -> Float { SoftplusMath.logSigmoid(x) }

    /// out[i] = log_sigmoid(x[i]) for i < count.
    public static func logSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.logSigmoid(x[i]) }
    }
}

extension VectorKernels {
    /// log_one_minus_sigmoid(x) for one Double: the vector kernel on one lane.
    public static func logOneMinusSigmoid(_ x: Double) -> Double { SoftplusMath.logOneMinusSigmoid(x) }

    /// out[i] = log_one_minus_sigmoid(x[i]) for i < count.
    public static func logOneMinusSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.logOneMinusSigmoid(x[i]) }
    }
}

extension VectorKernels {
    /// log_one_minus_sigmoid(x) for one Float: the vector kernel on one lane.
    public static func logOneMinusSigmoid(_ x: Float) -> Float { SoftplusMath.logOneMinusSigmoid(x) }

    /// out[i] = log_one_minus_sigmoid(x[i]) for i < count.
    public static func logOneMinusSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        for i in 0..<count { out[i] = SoftplusMath.logOneMinusSigmoid(x[i]) }
    }
}
