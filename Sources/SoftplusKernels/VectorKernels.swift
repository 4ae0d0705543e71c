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

// The four lane kernels as types (LaneKernel.swift), in Double and in Float; the other five functions
// are their reflections.

/// softplus on Double lanes (softplusLanes).
struct SoftplusKernel: UnaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        softplusLanes(x)
    }
}

/// softplus on Float lanes (softplusLanes32).
struct SoftplusKernel32: UnaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        softplusLanes32(x)
    }
}

/// sigmoid on Double lanes (sigmoidLanes).
struct SigmoidKernel: UnaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        sigmoidLanes(x)
    }
}

/// sigmoid on Float lanes (sigmoidLanes32).
struct SigmoidKernel32: UnaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        sigmoidLanes32(x)
    }
}

/// logit on Double lanes (logitLanes).
struct LogitKernel: UnaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        logitLanes(x)
    }
}

/// logit on Float lanes (logitLanes32).
struct LogitKernel32: UnaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        logitLanes32(x)
    }
}

/// softplusinv on Double lanes (softplusInverseLanes).
struct SoftplusInverseKernel: UnaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        softplusInverseLanes(x)
    }
}

/// softplusinv on Float lanes (softplusInverseLanes32).
struct SoftplusInverseKernel32: UnaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        softplusInverseLanes32(x)
    }
}

extension VectorKernels {
    /// softplus(x) for one Double: the lane kernel on one lane (of 2).
    public static func softplus(_ x: Double) -> Double {
        oneLane(x, SoftplusKernel(), SoftplusMath.softplus)
    }

    /// out[i] = softplus(x[i]) for i < count, the array lane count at a time.
    public static func softplus(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, SoftplusKernel(), SoftplusMath.softplus)
    }
}

extension VectorKernels {
    /// softplus(x) for one Float: the lane kernel on one lane (of 2).
    public static func softplus(_ x: Float) -> Float {
        oneLane(x, SoftplusKernel32(), SoftplusMath.softplus)
    }

    /// out[i] = softplus(x[i]) for i < count, the array lane count at a time.
    public static func softplus(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, SoftplusKernel32(), SoftplusMath.softplus)
    }
}

extension VectorKernels {
    /// softminus(x) = -softplus(-x) for one Double: the lane kernel on one lane (of 2).
    public static func softminus(_ x: Double) -> Double {
        oneLane(x, NegatedResult(NegatedArgument(SoftplusKernel())), SoftplusMath.softminus)
    }

    /// out[i] = softminus(x[i]) for i < count, the array lane count at a time.
    public static func softminus(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, NegatedResult(NegatedArgument(SoftplusKernel())), SoftplusMath.softminus)
    }
}

extension VectorKernels {
    /// softminus(x) = -softplus(-x) for one Float: the lane kernel on one lane (of 2).
    public static func softminus(_ x: Float) -> Float {
        oneLane(x, NegatedResult(NegatedArgument(SoftplusKernel32())), SoftplusMath.softminus)
    }

    /// out[i] = softminus(x[i]) for i < count, the array lane count at a time.
    public static func softminus(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, NegatedResult(NegatedArgument(SoftplusKernel32())), SoftplusMath.softminus)
    }
}

extension VectorKernels {
    /// sigmoid(x) for one Double: the lane kernel on one lane (of 2).
    public static func sigmoid(_ x: Double) -> Double {
        oneLane(x, SigmoidKernel(), SoftplusMath.sigmoid)
    }

    /// out[i] = sigmoid(x[i]) for i < count, the array lane count at a time.
    public static func sigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, SigmoidKernel(), SoftplusMath.sigmoid)
    }
}

extension VectorKernels {
    /// sigmoid(x) for one Float: the lane kernel on one lane (of 2).
    public static func sigmoid(_ x: Float) -> Float {
        oneLane(x, SigmoidKernel32(), SoftplusMath.sigmoid)
    }

    /// out[i] = sigmoid(x[i]) for i < count, the array lane count at a time.
    public static func sigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, SigmoidKernel32(), SoftplusMath.sigmoid)
    }
}

extension VectorKernels {
    /// oneMinusSigmoid(x) = sigmoid(-x) for one Double: the lane kernel on one lane (of 2).
    public static func oneMinusSigmoid(_ x: Double) -> Double {
        oneLane(x, NegatedArgument(SigmoidKernel()), SoftplusMath.oneMinusSigmoid)
    }

    /// out[i] = oneMinusSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func oneMinusSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, NegatedArgument(SigmoidKernel()), SoftplusMath.oneMinusSigmoid)
    }
}

extension VectorKernels {
    /// oneMinusSigmoid(x) = sigmoid(-x) for one Float: the lane kernel on one lane (of 2).
    public static func oneMinusSigmoid(_ x: Float) -> Float {
        oneLane(x, NegatedArgument(SigmoidKernel32()), SoftplusMath.oneMinusSigmoid)
    }

    /// out[i] = oneMinusSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func oneMinusSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, NegatedArgument(SigmoidKernel32()), SoftplusMath.oneMinusSigmoid)
    }
}

extension VectorKernels {
    /// logit(x) for one Double: the lane kernel on one lane (of 2).
    public static func logit(_ x: Double) -> Double {
        oneLane(x, LogitKernel(), SoftplusMath.logit)
    }

    /// out[i] = logit(x[i]) for i < count, the array lane count at a time.
    public static func logit(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, LogitKernel(), SoftplusMath.logit)
    }
}

extension VectorKernels {
    /// logit(x) for one Float: the lane kernel on one lane (of 2).
    public static func logit(_ x: Float) -> Float {
        oneLane(x, LogitKernel32(), SoftplusMath.logit)
    }

    /// out[i] = logit(x[i]) for i < count, the array lane count at a time.
    public static func logit(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, LogitKernel32(), SoftplusMath.logit)
    }
}

extension VectorKernels {
    /// softplusInverse(x) for one Double: the lane kernel on one lane (of 2).
    public static func softplusInverse(_ x: Double) -> Double {
        oneLane(x, SoftplusInverseKernel(), SoftplusMath.softplusInverse)
    }

    /// out[i] = softplusInverse(x[i]) for i < count, the array lane count at a time.
    public static func softplusInverse(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, SoftplusInverseKernel(), SoftplusMath.softplusInverse)
    }
}

extension VectorKernels {
    /// softplusInverse(x) for one Float: the lane kernel on one lane (of 2).
    public static func softplusInverse(_ x: Float) -> Float {
        oneLane(x, SoftplusInverseKernel32(), SoftplusMath.softplusInverse)
    }

    /// out[i] = softplusInverse(x[i]) for i < count, the array lane count at a time.
    public static func softplusInverse(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, SoftplusInverseKernel32(), SoftplusMath.softplusInverse)
    }
}

extension VectorKernels {
    /// softminusInverse(x) = -softplusinv(-y) for one Double: the lane kernel on one lane (of 2).
    public static func softminusInverse(_ x: Double) -> Double {
        oneLane(x, NegatedResult(NegatedArgument(SoftplusInverseKernel())), SoftplusMath.softminusInverse)
    }

    /// out[i] = softminusInverse(x[i]) for i < count, the array lane count at a time.
    public static func softminusInverse(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, NegatedResult(NegatedArgument(SoftplusInverseKernel())), SoftplusMath.softminusInverse)
    }
}

extension VectorKernels {
    /// softminusInverse(x) = -softplusinv(-y) for one Float: the lane kernel on one lane (of 2).
    public static func softminusInverse(_ x: Float) -> Float {
        oneLane(x, NegatedResult(NegatedArgument(SoftplusInverseKernel32())), SoftplusMath.softminusInverse)
    }

    /// out[i] = softminusInverse(x[i]) for i < count, the array lane count at a time.
    public static func softminusInverse(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, NegatedResult(NegatedArgument(SoftplusInverseKernel32())), SoftplusMath.softminusInverse)
    }
}

extension VectorKernels {
    /// logSigmoid(x) = -softplus(-x) for one Double: the lane kernel on one lane (of 2).
    public static func logSigmoid(_ x: Double) -> Double {
        oneLane(x, NegatedResult(NegatedArgument(SoftplusKernel())), SoftplusMath.logSigmoid)
    }

    /// out[i] = logSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func logSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, NegatedResult(NegatedArgument(SoftplusKernel())), SoftplusMath.logSigmoid)
    }
}

extension VectorKernels {
    /// logSigmoid(x) = -softplus(-x) for one Float: the lane kernel on one lane (of 2).
    public static func logSigmoid(_ x: Float) -> Float {
        oneLane(x, NegatedResult(NegatedArgument(SoftplusKernel32())), SoftplusMath.logSigmoid)
    }

    /// out[i] = logSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func logSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, NegatedResult(NegatedArgument(SoftplusKernel32())), SoftplusMath.logSigmoid)
    }
}

extension VectorKernels {
    /// logOneMinusSigmoid(x) = -softplus(x) for one Double: the lane kernel on one lane (of 2).
    public static func logOneMinusSigmoid(_ x: Double) -> Double {
        oneLane(x, NegatedResult(SoftplusKernel()), SoftplusMath.logOneMinusSigmoid)
    }

    /// out[i] = logOneMinusSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func logOneMinusSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(x, out, count, NegatedResult(SoftplusKernel()), SoftplusMath.logOneMinusSigmoid)
    }
}

extension VectorKernels {
    /// logOneMinusSigmoid(x) = -softplus(x) for one Float: the lane kernel on one lane (of 2).
    public static func logOneMinusSigmoid(_ x: Float) -> Float {
        oneLane(x, NegatedResult(SoftplusKernel32()), SoftplusMath.logOneMinusSigmoid)
    }

    /// out[i] = logOneMinusSigmoid(x[i]) for i < count, the array lane count at a time.
    public static func logOneMinusSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(x, out, count, NegatedResult(SoftplusKernel32()), SoftplusMath.logOneMinusSigmoid)
    }
}
