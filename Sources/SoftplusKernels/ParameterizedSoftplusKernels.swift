// The vector kernels of the parameterized softplus, softplus(x; beta, threshold), its inverse and
// softplus_through(x, c) (VectorParameterizedSoftplus.swift for the lanes, SoftplusMath's
// ParameterizedSoftplus.swift for the lanes they leave and for the parameters they do not take), as the
// training entry points with a "kernel" in the spec call them. Scalar and array entries run the same
// lane kernel on the same constants, so they are bitwise identical. Double within 1 ULP, Float
// correctly rounded.

import SoftplusMath

/// out[i] = f(x[i]) for i < count, element by element: the parameters the lane kernels do not take.
@inline(__always)
private func eachElement<Element>(
    _ x: UnsafePointer<Element>, _ out: UnsafeMutablePointer<Element>, _ count: Int, _ f: (Element) -> Element
) {
    for i in 0..<count { out[i] = f(x[i]) }
}

// The kernels as types (LaneKernel.swift), with their parameters.

/// softplus(x; beta, threshold) on Double lanes (parameterizedSoftplusLanes).
struct ParameterizedSoftplusKernel: UnaryLaneKernel {
    typealias Element = Double
    let constants: ParameterizedSoftplusConstants

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        parameterizedSoftplusLanes(x, constants)
    }
}

/// softplus(x; beta, threshold) on Float lanes (parameterizedSoftplusLanes32).
struct ParameterizedSoftplusKernel32: UnaryLaneKernel {
    typealias Element = Float
    let beta: Double
    let linearFrom: Double
    let vanishingBelow: Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        parameterizedSoftplusLanes32(x, beta: beta, linearFrom: linearFrom, vanishingBelow: vanishingBelow)
    }
}

/// softplusinv(y; beta, threshold) on Double lanes (parameterizedSoftplusInverseLanes).
struct ParameterizedSoftplusInverseKernel: UnaryLaneKernel {
    typealias Element = Double
    let constants: ParameterizedSoftplusConstants

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ y: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        parameterizedSoftplusInverseLanes(y, constants)
    }
}

/// softplusinv(y; beta, threshold) on Float lanes (parameterizedSoftplusInverseLanes32).
struct ParameterizedSoftplusInverseKernel32: UnaryLaneKernel {
    typealias Element = Float
    let beta: Double
    let linearFrom: Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ y: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        parameterizedSoftplusInverseLanes32(y, beta: beta, linearFrom: linearFrom)
    }
}

/// softplus_through(x, c) on Double lanes (softplusThroughLanes).
struct SoftplusThroughKernel: UnaryLaneKernel {
    typealias Element = Double
    let shiftHi: Double
    let shiftLo: Double
    let c: Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        softplusThroughLanes(x, shiftHi: shiftHi, shiftLo: shiftLo, c: c)
    }
}

/// softplus_through(x, c) on Float lanes (softplusThroughLanes32).
struct SoftplusThroughKernel32: UnaryLaneKernel {
    typealias Element = Float
    let shiftHi: Double
    let shiftLo: Double
    let c: Double

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        softplusThroughLanes32(x, shiftHi: shiftHi, shiftLo: shiftLo, c: c)
    }
}

/// softplus(x; beta, threshold) and its inverse for a Float beta and threshold: the limits of b x above
/// which the result is x (min(threshold, linearBound)) and below which softplus is +0
/// (VectorParameterizedSoftplus.swift), or nil for the parameters of SoftplusMath alone.
@inline(__always)
private func limits32(
    beta: Float, threshold: Float, linearBound: Double = 80
) -> (linearFrom: Double, vanishingBelow: Double)? {
    guard beta > 0 && beta.isFinite && !threshold.isNaN else { return nil }
    return (min(Double(threshold), linearBound), beta >= 1 ? -104 : -.infinity)
}

extension VectorKernels {
    /// softplus(x; beta, threshold) for one Double: the lane kernel on one lane (of 2).
    public static func parameterizedSoftplus(_ x: Double, _ beta: Double, _ threshold: Double) -> Double {
        let scalar = { (x: Double) in SoftplusMath.softplus(x, beta: beta, threshold: threshold) }
        guard let constants = ParameterizedSoftplusConstants(beta: beta, threshold: threshold) else { return scalar(x) }
        return oneLane(x, ParameterizedSoftplusKernel(constants: constants), scalar)
    }

    /// out[i] = softplus(x[i]; beta, threshold) for i < count.
    public static func parameterizedSoftplus(
        _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
    ) {
        let scalar = { (x: Double) in SoftplusMath.softplus(x, beta: beta, threshold: threshold) }
        guard let constants = ParameterizedSoftplusConstants(beta: beta, threshold: threshold) else {
            return eachElement(x, out, count, scalar)
        }
        mapLanes(x, out, count, ParameterizedSoftplusKernel(constants: constants), scalar)
    }

    /// softplus(x; beta, threshold) for one Float.
    public static func parameterizedSoftplus(_ x: Float, _ beta: Float, _ threshold: Float) -> Float {
        let scalar = { (x: Float) in SoftplusMath.softplus(x, beta: beta, threshold: threshold) }
        guard let (linearFrom, vanishingBelow) = limits32(beta: beta, threshold: threshold) else { return scalar(x) }
        let b = Double(beta)
        return oneLane(x, ParameterizedSoftplusKernel32(beta: b, linearFrom: linearFrom, vanishingBelow: vanishingBelow), scalar)
    }

    /// out[i] = softplus(x[i]; beta, threshold) for i < count.
    public static func parameterizedSoftplus(
        _ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
    ) {
        let scalar = { (x: Float) in SoftplusMath.softplus(x, beta: beta, threshold: threshold) }
        guard let (linearFrom, vanishingBelow) = limits32(beta: beta, threshold: threshold) else {
            return eachElement(x, out, count, scalar)
        }
        let b = Double(beta)
        mapLanes(x, out, count, ParameterizedSoftplusKernel32(beta: b, linearFrom: linearFrom, vanishingBelow: vanishingBelow), scalar)
    }
}

extension VectorKernels {
    /// softplusinv(y; beta, threshold) for one Double: the lane kernel on one lane (of 2).
    public static func parameterizedSoftplusInverse(_ y: Double, _ beta: Double, _ threshold: Double) -> Double {
        let scalar = { (y: Double) in SoftplusMath.softplusInverse(y, beta: beta, threshold: threshold) }
        guard let constants = ParameterizedSoftplusConstants(beta: beta, threshold: threshold) else { return scalar(y) }
        return oneLane(y, ParameterizedSoftplusInverseKernel(constants: constants), scalar)
    }

    /// out[i] = softplusinv(y[i]; beta, threshold) for i < count.
    public static func parameterizedSoftplusInverse(
        _ y: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ beta: Double, _ threshold: Double
    ) {
        let scalar = { (y: Double) in SoftplusMath.softplusInverse(y, beta: beta, threshold: threshold) }
        guard let constants = ParameterizedSoftplusConstants(beta: beta, threshold: threshold) else {
            return eachElement(y, out, count, scalar)
        }
        mapLanes(y, out, count, ParameterizedSoftplusInverseKernel(constants: constants), scalar)
    }

    /// softplusinv(y; beta, threshold) for one Float.
    public static func parameterizedSoftplusInverse(_ y: Float, _ beta: Float, _ threshold: Float) -> Float {
        let scalar = { (y: Float) in SoftplusMath.softplusInverse(y, beta: beta, threshold: threshold) }
        guard let (linearFrom, _) = limits32(beta: beta, threshold: threshold, linearBound: 100) else { return scalar(y) }
        let b = Double(beta)
        return oneLane(y, ParameterizedSoftplusInverseKernel32(beta: b, linearFrom: linearFrom), scalar)
    }

    /// out[i] = softplusinv(y[i]; beta, threshold) for i < count.
    public static func parameterizedSoftplusInverse(
        _ y: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ beta: Float, _ threshold: Float
    ) {
        let scalar = { (y: Float) in SoftplusMath.softplusInverse(y, beta: beta, threshold: threshold) }
        guard let (linearFrom, _) = limits32(beta: beta, threshold: threshold, linearBound: 100) else {
            return eachElement(y, out, count, scalar)
        }
        let b = Double(beta)
        mapLanes(y, out, count, ParameterizedSoftplusInverseKernel32(beta: b, linearFrom: linearFrom), scalar)
    }
}

extension VectorKernels {
    /// softplus_through(x, c) for one Double: the lane kernel on one lane (of 2).
    public static func softplusThrough(_ x: Double, _ c: Double) -> Double {
        let f = SoftplusThrough(valueAtZero: c)
        guard c > 0 && c <= 700 else { return f(x) }
        let (hi, lo) = f.argumentShift
        return oneLane(x, SoftplusThroughKernel(shiftHi: hi, shiftLo: lo, c: c), { f($0) })
    }

    /// out[i] = softplus_through(x[i], c) for i < count: softplusinv(c) once.
    public static func softplusThrough(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ count: Int, _ c: Double) {
        let f = SoftplusThrough(valueAtZero: c)
        guard c > 0 && c <= 700 else { return eachElement(x, out, count, { f($0) }) }
        let (hi, lo) = f.argumentShift
        mapLanes(x, out, count, SoftplusThroughKernel(shiftHi: hi, shiftLo: lo, c: c), { f($0) })
    }

    /// softplus_through(x, c) for one Float.
    public static func softplusThrough(_ x: Float, _ c: Float) -> Float {
        let f = SoftplusThrough(valueAtZero: Double(c))
        guard c > 0 && c <= 700 else { return f(x) }
        let (hi, lo) = f.argumentShift
        let wide = Double(c)
        return oneLane(x, SoftplusThroughKernel32(shiftHi: hi, shiftLo: lo, c: wide), { f($0) })
    }

    /// out[i] = softplus_through(x[i], c) for i < count: softplusinv(c) once.
    public static func softplusThrough(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ count: Int, _ c: Float) {
        let f = SoftplusThrough(valueAtZero: Double(c))
        guard c > 0 && c <= 700 else { return eachElement(x, out, count, { f($0) }) }
        let (hi, lo) = f.argumentShift
        let wide = Double(c)
        mapLanes(x, out, count, SoftplusThroughKernel32(shiftHi: hi, shiftLo: lo, c: wide), { f($0) })
    }
}
