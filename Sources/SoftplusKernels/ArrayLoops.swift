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

/// out[i] = f(x[i]) for i < count, eight lanes at a time.
@inline(__always)
func mapLanes<Element: BinaryFloatingPoint, Lanes: SIMD<Element>>(
    _ x: UnsafePointer<Element>, _ out: UnsafeMutablePointer<Element>, _ count: Int,
    _ kernel: (Lanes) -> (value: Lanes, slow: LaneMask), _ scalar: (Element) -> Element
) {
    var i = 0
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
