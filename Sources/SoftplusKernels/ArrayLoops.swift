// The loops that run a lane kernel over an array, eight elements at a time, and the one-lane scalar.
//
// A lane kernel returns its eight results and the lanes it leaves to the scalar double-double kernel
// of SoftplusMath (outside its fast range, NaN, infinities; for Float also the rounding test's hard
// lanes). The hot loop only asks whether any lane is slow; a block that has one, the tail of the
// array (fewer than eight elements) and a scalar call all go through `block`, which runs the same
// lane kernel on a vector padded with copies of its first element and then patches the slow lanes.
// So every element of every call goes through the same instructions, and scalar and array results
// are bitwise identical.
//
// Why `block` is out of line: the Swift compiler emits SIMD arithmetic lane by lane and relies on
// LLVM's SLP vectorizer to rebuild vectors. Passing the results and the mask to a patching function
// in the loop made it keep every lane as a scalar, and the sigmoid loop ran at 5.4 instead of 1.6 ns
// per element (AVX-512 build, 2026-11-29). In this form the hot loop keeps whole vectors.

/// out[i] = f(x[i]) for i < count <= 8, with the slow lanes from `scalar`.
@inline(never)
func block<Element: BinaryFloatingPoint, Lanes: SIMD<Element>>(
    _ x: UnsafePointer<Element>, _ out: UnsafeMutablePointer<Element>, _ count: Int,
    _ kernel: (Lanes) -> (value: Lanes, slow: LaneMask), _ scalar: (Element) -> Element
) {
    var v = Lanes(repeating: x[0])
    for lane in 1..<count { v[lane] = x[lane] }
    let (result, slow) = kernel(v)
    for lane in 0..<count {
        out[lane] = slow[lane] ? scalar(v[lane]) : result[lane]
    }
}

/// out[i] = f(x[i]) for i < count, 32 elements (four vectors) per step.
///
/// The four slow masks are combined before the one test: the horizontal reduction that turns a mask
/// into a branch costs about 16 instructions on x86-64, as much as a fifth of a Float kernel, and
/// testing once per four vectors took the sigmoid from 1.94 to 1.76 ns per element in Double and from
/// 1.54 to 1.42 in Float (AVX-512 build, 2^20 elements).
@inline(__always)
func mapLanes<Element: BinaryFloatingPoint, Lanes: SIMD<Element>>(
    _ x: UnsafePointer<Element>, _ out: UnsafeMutablePointer<Element>, _ count: Int,
    _ kernel: (Lanes) -> (value: Lanes, slow: LaneMask), _ scalar: (Element) -> Element
) {
    let vectorBytes = MemoryLayout<Lanes>.stride
    var i = 0
    while i + 32 <= count {
        let source = UnsafeRawPointer(x + i)
        let (r0, s0) = kernel(source.loadUnaligned(as: Lanes.self))
        let (r1, s1) = kernel(source.loadUnaligned(fromByteOffset: vectorBytes, as: Lanes.self))
        let (r2, s2) = kernel(source.loadUnaligned(fromByteOffset: 2 * vectorBytes, as: Lanes.self))
        let (r3, s3) = kernel(source.loadUnaligned(fromByteOffset: 3 * vectorBytes, as: Lanes.self))
        if anyLane((s0 .| s1) .| (s2 .| s3)) {
            for j in stride(from: 0, to: 32, by: 8) { block(x + i + j, out + i + j, 8, kernel, scalar) }
        } else {
            let destination = UnsafeMutableRawPointer(out + i)
            destination.storeBytes(of: r0, as: Lanes.self)
            destination.storeBytes(of: r1, toByteOffset: vectorBytes, as: Lanes.self)
            destination.storeBytes(of: r2, toByteOffset: 2 * vectorBytes, as: Lanes.self)
            destination.storeBytes(of: r3, toByteOffset: 3 * vectorBytes, as: Lanes.self)
        }
        i += 32
    }
    while i + 8 <= count {
        let v = UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self)
        let (result, slow) = kernel(v)
        if anyLane(slow) {
            block(x + i, out + i, 8, kernel, scalar)
        } else {
            UnsafeMutableRawPointer(out + i).storeBytes(of: result, as: Lanes.self)
        }
        i += 8
    }
    if i < count {
        block(x + i, out + i, count - i, kernel, scalar)
    }
}

/// f(x) for one element: the lane kernel on a vector of copies of x.
@inline(__always)
func oneLane<Element: BinaryFloatingPoint, Lanes: SIMD<Element>>(
    _ x: Element, _ kernel: (Lanes) -> (value: Lanes, slow: LaneMask), _ scalar: (Element) -> Element
) -> Element {
    var input = x
    var output = x
    block(&input, &output, 1, kernel, scalar)
    return output
}

/// A Float lane kernel: the Double kernel on the widened lanes, rounded to Float with the rounding
/// test (VectorRounding.swift); the hard lanes join the slow ones.
@inline(__always)
func floatLanes(
    _ x: FloatLanes, _ kernel: (DoubleLanes) -> (value: DoubleLanes, slow: LaneMask)
) -> (value: FloatLanes, slow: LaneMask) {
    let (wide, slow) = kernel(DoubleLanes(x))
    let (value, hard) = roundedToFloat(wide)
    return (value, slow .| hard)
}
