// The loops that run a lane kernel over an array, eight elements at a time, and the one-lane scalar.
//
// A lane kernel returns its eight results and the lanes it leaves to the scalar double-double kernel
// of SoftplusMath (outside its fast range, NaN, infinities; for Float also the rounding test's hard
// lanes); it computes those lanes on a harmless input in its fast range instead, so that NaN,
// infinities and huge inputs raise no floating-point exception flag in the vector code. The hot loop only asks whether any lane is slow; a block that has one, the tail of the
// array (fewer than eight elements) and a scalar call all go through `block`, which runs the same
// lane kernel on a vector padded with copies of its first element and then patches the slow lanes.
// So every element of every call goes through the same instructions, and scalar and array results
// are bitwise identical.
//
// Why `block` is out of line: the hot loop then only computes, tests one combined mask and stores;
// the lane-by-lane work of patching stays out of its registers and code.

/// out[i] = f(x[i]) for i < count <= 8, with the slow lanes from `scalar`.
@inline(never)
func block<Element, Lanes: LaneVector>(
    _ x: UnsafePointer<Element>, _ out: UnsafeMutablePointer<Element>, _ count: Int,
    _ kernel: (Lanes) -> (value: Lanes, slow: LaneMask), _ scalar: (Element) -> Element
) where Lanes.Element == Element {
    var v = Lanes(repeating: x[0])
    for lane in 1..<count { v[lane] = x[lane] }
    let (result, slow) = kernel(v)
    for lane in 0..<count {
        out[lane] = slow[lane] ? scalar(v[lane]) : result[lane]
    }
}

/// out[i] = f(x[i]) for i < count, 32 elements (four vectors) per step.
///
/// The four slow masks are combined before the one test, so that the branch is taken (or not) once
/// per 32 elements.
@inline(__always)
func mapLanes<Element, Lanes: LaneVector>(
    _ x: UnsafePointer<Element>, _ out: UnsafeMutablePointer<Element>, _ count: Int,
    _ kernel: (Lanes) -> (value: Lanes, slow: LaneMask), _ scalar: (Element) -> Element
) where Lanes.Element == Element {
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
func oneLane<Element, Lanes: LaneVector>(
    _ x: Element, _ kernel: (Lanes) -> (value: Lanes, slow: LaneMask), _ scalar: (Element) -> Element
) -> Element where Lanes.Element == Element {
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
