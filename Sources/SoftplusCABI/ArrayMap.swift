/// The argument checks and the loop shared by every array entry point: out[i] = f(x[i]) for i < n.
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
///   Then every element is loaded and stored unaligned, so arrays of any alignment are accepted
///   (on x86-64 and AArch64 an unaligned load is the same instruction as an aligned one).
///   out == x works in place: element i is read before it is written and no other element is
///   touched in between.
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
    if n == 0 { return SPStatus.ok.rawValue }
    guard let x, let out else { return SPStatus.nullPointer.rawValue }
    let elementSize = UInt(MemoryLayout<Element>.stride)
    guard n <= UInt(Int.max) / elementSize else { return SPStatus.tooLarge.rawValue }
    let byteCount = Int(n * elementSize)
    let xAddress = UInt(bitPattern: x)
    let outAddress = UInt(bitPattern: out)
    let distance = xAddress > outAddress ? xAddress - outAddress : outAddress - xAddress
    if distance != 0 && distance < UInt(byteCount) { return SPStatus.overlap.rawValue }

    let source = UnsafeRawPointer(x)
    let destination = UnsafeMutableRawPointer(out)
    for offset in stride(from: 0, to: byteCount, by: Int(elementSize)) {
        let value = source.loadUnaligned(fromByteOffset: offset, as: Element.self)
        destination.storeBytes(of: f(value), toByteOffset: offset, as: Element.self)
    }
    return SPStatus.ok.rawValue
}
