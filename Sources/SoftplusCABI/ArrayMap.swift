/// The outcome of the argument checks of an array entry point: a status to return at once, or the
/// arrays to compute over.
enum ArrayCheck<Element> {
    case finished(CInt)
    case run(UnsafePointer<Element>, UnsafeMutablePointer<Element>, Int)
}

/// The argument checks shared by every array entry point, for out[i] = f(x[i]) with i < n.
///
/// Method:
///   The checks run in this order, all before the first element is read or written, so on any
///   error nothing is written to `out`:
///     n == 0                              -> SP_OK (x and out may be null; nothing is touched)
///     x or out is null                    -> SP_ERR_NULL_POINTER
///     n * stride > Int.max (PTRDIFF_MAX)  -> SP_ERR_TOO_LARGE, tested by a division before any
///                                            multiplication or pointer arithmetic: no overflow
///     out != x and the byte ranges        -> SP_ERR_OVERLAP; the addresses are compared as
///     [x, x + n * stride) and                integers (their distance, never a sum that could
///     [out, out + n * stride) intersect      wrap), which is defined for unrelated objects
///   Otherwise `.run(x, out, count)` with count = n >= 1: valid, non-null, either equal (in place)
///   or disjoint.
@inline(__always)
func checkArrays<Element: BitwiseCopyable>(
    _ x: UnsafePointer<Element>?,
    _ out: UnsafeMutablePointer<Element>?,
    _ n: UInt
) -> ArrayCheck<Element> {
    if n == 0 { return .finished(SPStatus.ok.rawValue) }
    guard let x, let out else { return .finished(SPStatus.nullPointer.rawValue) }
    let elementSize = UInt(MemoryLayout<Element>.stride)
    guard n <= UInt(Int.max) / elementSize else { return .finished(SPStatus.tooLarge.rawValue) }
    let byteCount = n * elementSize
    let xAddress = UInt(bitPattern: x)
    let outAddress = UInt(bitPattern: out)
    let distance = xAddress > outAddress ? xAddress - outAddress : outAddress - xAddress
    if distance != 0 && distance < byteCount { return .finished(SPStatus.overlap.rawValue) }
    return .run(x, out, Int(n))
}

/// An array entry point over an array kernel (Dispatch.swift): the checks of `checkArrays`, then the
/// kernel once over all n elements. The kernel takes any alignment and works in place.
///
/// Result:
///   out[i] is bitwise identical to the scalar entry point's f(x[i]): the scalar kernel is the array
///   kernel on one lane.
@inline(__always)
func runKernel<Element: BitwiseCopyable>(
    _ x: UnsafePointer<Element>?,
    _ out: UnsafeMutablePointer<Element>?,
    _ n: UInt,
    _ kernel: (UnsafePointer<Element>, UnsafeMutablePointer<Element>, Int) -> Void
) -> CInt {
    switch checkArrays(x, out, n) {
    case .finished(let status):
        return status
    case .run(let x, let out, let count):
        kernel(x, out, count)
        return SPStatus.ok.rawValue
    }
}

/// An array entry point over a scalar function (the training entry points): the checks of
/// `checkArrays`, then out[i] = f(x[i]) for i < n.
///
/// Method:
///   Every element is loaded and stored unaligned, so arrays of any alignment are accepted (on x86-64
///   and AArch64 an unaligned load is the same instruction as an aligned one). out == x works in
///   place: element i is read before it is written and no other element is touched in between.
///
/// Result:
///   out[i] is bitwise identical to f(x[i]): the loop calls the function the scalar entry point
///   calls.
@inline(__always)
func mapArray<Element: BitwiseCopyable>(
    _ x: UnsafePointer<Element>?,
    _ out: UnsafeMutablePointer<Element>?,
    _ n: UInt,
    _ f: (Element) -> Element
) -> CInt {
    switch checkArrays(x, out, n) {
    case .finished(let status):
        return status
    case .run(let x, let out, let count):
        let source = UnsafeRawPointer(x)
        let destination = UnsafeMutableRawPointer(out)
        let elementSize = MemoryLayout<Element>.stride
        for offset in stride(from: 0, to: count * elementSize, by: elementSize) {
            let value = source.loadUnaligned(fromByteOffset: offset, as: Element.self)
            destination.storeBytes(of: f(value), toByteOffset: offset, as: Element.self)
        }
        return SPStatus.ok.rawValue
    }
}
