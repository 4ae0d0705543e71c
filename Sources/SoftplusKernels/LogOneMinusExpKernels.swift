// The vector kernels of log1mexp(a) = log(1 - e^-a) (VectorOneMinusExponential.swift for the lanes,
// SoftplusMath's logOneMinusExp for the lanes they leave), as the training entry point with `"kernel":
// true` in the spec calls them. Same contract and structure as the family's kernels (VectorKernels.swift):
// scalar and array entries run the same lane kernel, so they are bitwise identical. Double within 1 ULP
// (0.5 + 2^-2.7), Float correctly rounded.

import SoftplusMath

// The kernel as a type (LaneKernel.swift), in Double and in Float.

/// log1mexp on Double lanes (logOneMinusExpLanes).
struct LogOneMinusExpKernel: UnaryLaneKernel {
    typealias Element = Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        logOneMinusExpLanes(x)
    }
}

/// log1mexp on Float lanes (logOneMinusExpLanes32).
struct LogOneMinusExpKernel32: UnaryLaneKernel {
    typealias Element = Float

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        logOneMinusExpLanes32(x)
    }
}

extension VectorKernels {
    /// log1mexp(a) for one Double: the lane kernel on one lane (of 2).
    public static func logOneMinusExp(_ a: Double) -> Double {
        oneLane(a, LogOneMinusExpKernel(), SoftplusMath.logOneMinusExp)
    }

    /// out[i] = log1mexp(a[i]) for i < count.
    public static func logOneMinusExp(_ a: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int) {
        mapLanes(a, out, count, LogOneMinusExpKernel(), SoftplusMath.logOneMinusExp)
    }

    /// log1mexp(a) for one Float.
    public static func logOneMinusExp(_ a: Float) -> Float {
        oneLane(a, LogOneMinusExpKernel32(), SoftplusMath.logOneMinusExp)
    }

    /// out[i] = log1mexp(a[i]) for i < count.
    public static func logOneMinusExp(_ a: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int) {
        mapLanes(a, out, count, LogOneMinusExpKernel32(), SoftplusMath.logOneMinusExp)
    }
}
