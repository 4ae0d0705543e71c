// The argument checks and loops of the training entry points that take more than one array
// (TrainingEntryPoints.swift, generated): the backward products and binary cross-entropy.
//
// Method:
//   The checks of `mapArray`, in the same order and all before anything is written:
//     n == 0                                   -> SP_OK (nothing is read or written)
//     a required pointer is null               -> SP_ERR_NULL_POINTER (weight and pos_weight may be
//                                                 null: every weight is then 1)
//     n * stride > Int.max                     -> SP_ERR_TOO_LARGE
//     the output overlaps an input without     -> SP_ERR_OVERLAP; an output may be exactly one of
//     being equal to it                           the elementwise inputs (in place); the inputs may
//                                                 overlap each other (they are only read)
//   Elements are loaded and stored unaligned; element i of every input is read before output
//   element i is written, and no other element is touched in between. The reductions (sum, mean)
//   write their one result even for n == 0 (0 and NaN), so their out must not be null.

import SoftplusMath

/// Whether the byte ranges [a, a + aBytes) and [b, b + bBytes) intersect without a == b (an exact
/// alias of two ranges of the same length is the allowed in-place case, decided by the caller).
@inline(__always)
func overlaps(_ a: UnsafeRawPointer, _ aBytes: Int, _ b: UnsafeRawPointer, _ bBytes: Int,
              equalAllowed: Bool) -> Bool {
    let aStart = UInt(bitPattern: a)
    let bStart = UInt(bitPattern: b)
    if aStart == bStart {
        return !equalAllowed
    }
    return aStart < bStart ? bStart - aStart < UInt(aBytes) : aStart - bStart < UInt(bBytes)
}

/// The byte count of n elements, or nil when it exceeds Int.max (tested by a division, no overflow).
@inline(__always)
func byteCount<Element>(_ n: UInt, of _: Element.Type) -> Int? {
    let size = UInt(MemoryLayout<Element>.stride)
    return n <= UInt(Int.max) / size ? Int(n * size) : nil
}

/// The checks of a backward product's arrays: a status to return, or the arrays and their byte count.
enum BackwardCheck<Element> {
    case finished(CInt)
    case run(UnsafePointer<Element>, UnsafePointer<Element>, UnsafeMutablePointer<Element>, bytes: Int)
}

/// The checks above for x, gradOut and gradIn of n elements; gradIn may be x or gradOut exactly.
@inline(__always)
func checkBackward<Element: BitwiseCopyable>(
    _ x: UnsafePointer<Element>?, _ gradOut: UnsafePointer<Element>?, _ gradIn: UnsafeMutablePointer<Element>?,
    _ n: UInt
) -> BackwardCheck<Element> {
    if n == 0 { return .finished(SPStatus.ok.rawValue) }
    guard let x, let gradOut, let gradIn else { return .finished(SPStatus.nullPointer.rawValue) }
    guard let bytes = byteCount(n, of: Element.self) else { return .finished(SPStatus.tooLarge.rawValue) }
    let output = UnsafeRawPointer(gradIn)
    if overlaps(output, bytes, x, bytes, equalAllowed: true)
        || overlaps(output, bytes, gradOut, bytes, equalAllowed: true) {
        return .finished(SPStatus.overlap.rawValue)
    }
    return .run(x, gradOut, gradIn, bytes: bytes)
}

/// gradIn[i] = kernel's product for x[i] and gradOut[i], i < n, by an array kernel (Dispatch.swift,
/// SoftplusKernels' BackwardKernels.swift), after the checks; it takes any alignment, reads each
/// block of both inputs before writing it, and so works in place.
@inline(__always)
func runBackwardKernel<Element: BitwiseCopyable>(
    _ x: UnsafePointer<Element>?, _ gradOut: UnsafePointer<Element>?, _ gradIn: UnsafeMutablePointer<Element>?,
    _ n: UInt, _ kernel: (UnsafePointer<Element>, UnsafePointer<Element>, UnsafeMutablePointer<Element>, Int) -> Void
) -> CInt {
    switch checkBackward(x, gradOut, gradIn, n) {
    case .finished(let status):
        return status
    case .run(let x, let gradOut, let gradIn, _):
        kernel(x, gradOut, gradIn, Int(n))
        return SPStatus.ok.rawValue
    }
}

/// gradIn[i] = f(x[i], gradOut[i]) for i < n; gradIn may be x or gradOut exactly.
@inline(__always)
func mapBackward<Element: BitwiseCopyable>(
    _ x: UnsafePointer<Element>?, _ gradOut: UnsafePointer<Element>?, _ gradIn: UnsafeMutablePointer<Element>?,
    _ n: UInt, _ f: (Element, Element) -> Element
) -> CInt {
    switch checkBackward(x, gradOut, gradIn, n) {
    case .finished(let status):
        return status
    case .run(let x, let gradOut, let gradIn, let bytes):
        let stride = MemoryLayout<Element>.stride
        for offset in Swift.stride(from: 0, to: bytes, by: stride) {
            let value = UnsafeRawPointer(x).loadUnaligned(fromByteOffset: offset, as: Element.self)
            let gradient = UnsafeRawPointer(gradOut).loadUnaligned(fromByteOffset: offset, as: Element.self)
            UnsafeMutableRawPointer(gradIn).storeBytes(of: f(value, gradient), toByteOffset: offset, as: Element.self)
        }
        return SPStatus.ok.rawValue
    }
}

/// The input arrays of the binary cross-entropy, for the overlap checks (null weights are all 1).
struct CrossEntropyInputs<Element: BinaryFloatingPoint & BitwiseCopyable> {
    var x: UnsafeRawPointer
    var target: UnsafeRawPointer
    var weight: UnsafeRawPointer?
    var positiveWeight: UnsafeRawPointer?
    var bytes: Int

    /// Whether `output` (outputBytes long) overlaps an input; output == x or == target exactly is
    /// allowed when `inPlace` (an elementwise output of the inputs' length).
    func overlap(_ output: UnsafeRawPointer, _ outputBytes: Int, inPlace: Bool) -> Bool {
        let equalAllowed = inPlace && outputBytes == bytes
        if overlaps(output, outputBytes, x, bytes, equalAllowed: equalAllowed)
            || overlaps(output, outputBytes, target, bytes, equalAllowed: equalAllowed) {
            return true
        }
        if let weight, overlaps(output, outputBytes, weight, bytes, equalAllowed: equalAllowed) {
            return true
        }
        if let positiveWeight, overlaps(output, outputBytes, positiveWeight, bytes, equalAllowed: equalAllowed) {
            return true
        }
        return false
    }
}

/// The checks shared by the cross-entropy entry points, in the family's order (softplus.h): a null
/// pointer among x, target and the outputs (`outputsPresent`: whether every required output pointer
/// is non-null), then a byte count too large; the inputs, or the status to return.
@inline(__always)
func crossEntropyInputs<Element: BinaryFloatingPoint & BitwiseCopyable>(
    _ x: UnsafePointer<Element>?, _ target: UnsafePointer<Element>?, _ weight: UnsafePointer<Element>?,
    _ positiveWeight: UnsafePointer<Element>?, _ n: UInt, outputsPresent: Bool
) -> (inputs: CrossEntropyInputs<Element>?, status: CInt) {
    guard let x, let target, outputsPresent else { return (nil, SPStatus.nullPointer.rawValue) }
    guard let bytes = byteCount(n, of: Element.self) else { return (nil, SPStatus.tooLarge.rawValue) }
    let inputs = CrossEntropyInputs<Element>(x: UnsafeRawPointer(x), target: UnsafeRawPointer(target),
                                             weight: weight.map { UnsafeRawPointer($0) },
                                             positiveWeight: positiveWeight.map { UnsafeRawPointer($0) },
                                             bytes: bytes)
    return (inputs, SPStatus.ok.rawValue)
}

/// out[i] = loss of element i by a vector kernel (Kernels.binaryCrossEntropyWithLogits), after the checks
/// of crossEntropyInputs and the overlap rule; out may be x or target exactly.
@inline(__always)
func crossEntropyElementwise<Element: BinaryFloatingPoint & BitwiseCopyable>(
    _ x: UnsafePointer<Element>?, _ target: UnsafePointer<Element>?, _ weight: UnsafePointer<Element>?,
    _ positiveWeight: UnsafePointer<Element>?, _ n: UInt, _ out: UnsafeMutablePointer<Element>?,
    _ kernel: (UnsafePointer<Element>, UnsafePointer<Element>, UnsafePointer<Element>?, UnsafePointer<Element>?,
               UnsafeMutablePointer<Element>, Int) -> Void
) -> CInt {
    if n == 0 { return SPStatus.ok.rawValue }
    let (checked, status) = crossEntropyInputs(x, target, weight, positiveWeight, n, outputsPresent: out != nil)
    guard let inputs = checked, let x, let target, let out else { return status }
    if inputs.overlap(UnsafeRawPointer(out), inputs.bytes, inPlace: true) { return SPStatus.overlap.rawValue }
    kernel(x, target, weight, positiveWeight, out, Int(n))
    return SPStatus.ok.rawValue
}

/// The kernel of a loss's sum: total[0] + total[1] = the sum of the losses of count >= 1 elements
/// (Kernels.binaryCrossEntropyWithLogitsTotal).
typealias CrossEntropyTotalKernel<Element> = (UnsafePointer<Element>, UnsafePointer<Element>, UnsafePointer<Element>?,
                                              UnsafePointer<Element>?, Int, UnsafeMutablePointer<Double>) -> Void

/// *out = the sum or the mean of the losses, rounded once by `result` from their double-double total,
/// `kernel`'s (the elements' double-double losses from a vector kernel, added in double-double). n == 0
/// writes 0 (sum) or NaN (mean), so out must not be null even then (the header says so).
@inline(__always)
func crossEntropyReduced<Element: BinaryFloatingPoint & BitwiseCopyable>(
    _ x: UnsafePointer<Element>?, _ target: UnsafePointer<Element>?, _ weight: UnsafePointer<Element>?,
    _ positiveWeight: UnsafePointer<Element>?, _ n: UInt, _ out: UnsafeMutablePointer<Element>?,
    kernel: CrossEntropyTotalKernel<Element>, _ result: (BinaryCrossEntropySum) -> Element
) -> CInt {
    guard let out else { return SPStatus.nullPointer.rawValue }
    var accumulator = BinaryCrossEntropySum()
    if n > 0 {
        let (checked, status) = crossEntropyInputs(x, target, weight, positiveWeight, n, outputsPresent: true)
        guard let inputs = checked, let x, let target else { return status }
        if inputs.overlap(UnsafeRawPointer(out), MemoryLayout<Element>.stride, inPlace: false) {
            return SPStatus.overlap.rawValue
        }
        var total = (0.0, 0.0)
        withUnsafeMutableBytes(of: &total) { bytes in
            kernel(x, target, weight, positiveWeight, Int(n), bytes.baseAddress!.assumingMemoryBound(to: Double.self))
        }
        accumulator = BinaryCrossEntropySum(totalHi: total.0, totalLo: total.1, count: Int(n))
    }
    UnsafeMutableRawPointer(out).storeBytes(of: result(accumulator), as: Element.self)
    return SPStatus.ok.rawValue
}

/// The kernel of a loss's gradient (Kernels.binaryCrossEntropyWithLogitsGradient): gradIn[i] = g_i /
/// divisor * d loss_i / dx_i, g_i = gradOut[i] or, where gradOut is nil, gradOutValue.
typealias CrossEntropyGradientKernel<Element> = (UnsafePointer<Element>, UnsafePointer<Element>, UnsafePointer<Element>?,
                                                 UnsafePointer<Element>?, UnsafePointer<Element>?, Element, Int,
                                                 UnsafeMutablePointer<Element>, Int) -> Void

/// grad_in[i] = gradient of element i times its incoming gradient: grad_out[i] when `gradOutArray`
/// is given (reduction none), else the scalar grad_out, divided by n for the mean (`mean`), by a
/// vector kernel. grad_in may be x, target or grad_out exactly.
@inline(__always)
func crossEntropyBackward<Element: BinaryFloatingPoint & BitwiseCopyable>(
    _ x: UnsafePointer<Element>?, _ target: UnsafePointer<Element>?, _ weight: UnsafePointer<Element>?,
    _ positiveWeight: UnsafePointer<Element>?, _ n: UInt, gradOutArray: UnsafePointer<Element>?,
    requiresGradOutArray: Bool, gradOut: Element, mean: Bool, _ gradIn: UnsafeMutablePointer<Element>?,
    kernel: CrossEntropyGradientKernel<Element>
) -> CInt {
    if n == 0 { return SPStatus.ok.rawValue }
    let present = gradIn != nil && !(requiresGradOutArray && gradOutArray == nil)
    let (checked, status) = crossEntropyInputs(x, target, weight, positiveWeight, n, outputsPresent: present)
    guard let inputs = checked, let x, let target, let gradIn else { return status }
    let output = UnsafeRawPointer(gradIn)
    if inputs.overlap(output, inputs.bytes, inPlace: true) { return SPStatus.overlap.rawValue }
    if let gradOutArray, overlaps(output, inputs.bytes, gradOutArray, inputs.bytes, equalAllowed: true) {
        return SPStatus.overlap.rawValue
    }
    kernel(x, target, weight, positiveWeight, gradOutArray, gradOut, mean ? Int(n) : 1, gradIn, Int(n))
    return SPStatus.ok.rawValue
}
