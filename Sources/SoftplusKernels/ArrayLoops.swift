// The loops that run a lane kernel over an array, and the scalar entry on a few lanes.
//
// A lane kernel returns its results and the lanes it leaves to the scalar double-double kernel
// of SoftplusMath (outside its fast range, NaN, infinities; for Float also the rounding test's hard
// lanes); it computes those lanes on a harmless input in its fast range instead, so that NaN,
// infinities and huge inputs raise no floating-point exception flag in the vector code. The hot loop
// only asks whether any lane is slow; a block that has one goes through `block`, which runs the same
// lane kernel on a vector padded with copies of its first element and then patches the slow lanes. The
// tail of the array goes through `block` on a narrower vector, or element by element (`tail` below). A
// scalar call runs the kernel inline, on a vector of copies of its element. The kernels are types
// (LaneKernel.swift), so one kernel runs at each of these widths.
//
// Five widths of the same kernels (LaneWidths.swift): the array loop runs the Double kernels on 32
// lanes (16 on the AVX2 copy of the kernels, 4 on the x86-64 baseline copy) and the Float kernels on 64
// (4 on the baseline copy), the tail on 16 (4 for Double on the AVX2 copy, 4 on the baseline copy), a
// scalar call on 2. At 32 lanes every operation is four
// independent AVX-512 instructions emitted one after the other, so the processor works on four dependency chains at once; the same kernels on 8 lanes, called four
// times per step, ran 1.1 to 1.4 times slower on the functions with a logarithm (AVX-512, Zen 4:
// softplus f64 3.2 against 2.35 ns per element, logit f64 1.92 against 1.68), and about as fast on the
// others. 64 lanes helped the Float kernels once more (softplus f32 1.44 -> 1.32 ns, logit f32 1.29 ->
// 1.18) but not the Double ones, which then ran out of registers (softplus f64 2.3 -> 3.1). A scalar
// call waits for one lane's chain of dependent operations, and the fewer lanes around it the less it
// waits for: through `block`, softplus f64 took 115 ns on 32 lanes, 32 on 8, 25 on 4 and 23 on 2;
// sigmoid f32 21, 12 and 11 ns on 8, 4 and 2 (AVX-512; the Swift standard library has no 1-lane SIMD
// type to build on). Every lane runs the same IEEE-754 operations at any width, so every element of
// every call gets the same bits, and scalar and array results are bitwise identical.
//
// Why `block` is out of line: the hot loop then only computes, tests one mask and stores; the
// lane-by-lane work of patching stays out of its registers and code.

/// The element types of the kernels, with their lane types for arrays, their tails and scalar calls.
protocol LaneElement: BinaryFloatingPoint {
    associatedtype ArrayLanes: LaneVector where ArrayLanes.Element == Self
    /// The lanes of an array's tail, the last count % ArrayLanes.Width.count elements (see below).
    associatedtype NarrowLanes: LaneVector where NarrowLanes.Element == Self
    associatedtype ScalarLanes: LaneVector where ScalarLanes.Element == Self, ScalarLanes.Width == Two
}

extension Double: LaneElement {
#if SOFTPLUS_KERNELS_BASELINE && arch(x86_64)
    // Each multiply-add is some 60 SSE2 instructions here (EmulatedFusedMultiplyAdd.swift): at 32 lanes
    // the code outgrew the instruction cache (sigmoid f64 109 ns per element, 12 MB of code in all),
    // at 2 one dependency chain left the processor idle (91 ns), at 4 it took 63, at 8 86 (Zen 4,
    // glibc's fma without the FMA instruction). A tail is at most 3 elements: element by element.
    typealias ArrayLanes = DoubleLanes<Four>
    typealias NarrowLanes = DoubleLanes<Four>
#elseif SOFTPLUS_KERNELS_AVX2
    // 16 ymm registers against AVX-512's 32 zmm: at 32 lanes (8 registers a value) the table kernels
    // spilled; at 16, sigmoid f64 took 1.97 ns per element against 2.52, the others about the same
    // (Zen 4, the AVX2 copy; TableLookup.swift). The tail on one ymm register.
    typealias ArrayLanes = DoubleLanes<Sixteen>
    typealias NarrowLanes = DoubleLanes<Four>
#else
    // The tail on two zmm registers: on 4 lanes (one ymm) a tail of 16 took four steps, softplus f64
    // 8.9 against 3.6 ns per element at n = 16. An 8-lane width (one zmm) is not among LaneWidths.swift's
    // and was not tried.
    typealias ArrayLanes = DoubleLanes<ThirtyTwo>
    typealias NarrowLanes = DoubleLanes<Sixteen>
#endif
    typealias ScalarLanes = DoubleLanes<Two>
}

extension Float: LaneElement {
#if SOFTPLUS_KERNELS_BASELINE && arch(x86_64)
    // As for Double: sigmoid f32 44 ns per element on 4 lanes, 63 on 2, 42 on 8 (twice the code).
    typealias ArrayLanes = FloatLanes<Four>
    typealias NarrowLanes = FloatLanes<Four>
#else
    // The tail on 16 lanes, two zmm registers once widened to Double: on 4, sigmoid f32 took 2.97
    // against 2.17 ns per element at n = 16.
    typealias ArrayLanes = FloatLanes<SixtyFour>
    typealias NarrowLanes = FloatLanes<Sixteen>
#endif
    typealias ScalarLanes = FloatLanes<Two>
}

// `block` moves lanes between arrays and vectors through memory: one copy into a vector's bytes, and
// lanes read from a result's bytes. Setting one lane of a vector in registers (v[lane] = x[lane]) made
// LLVM store the vector, write the lane and load the vector back, and each wide load of a just-written
// lane waited for that store: at n = 63, 100 and 1000 sigmoid f32 took 15.6, 6.3 and 1.31 ns per
// element, now 1.57, 1.41 and 0.73 (0.68 at n = 1024); softplus f64 8.6, 3.4 and 2.36, now 2.9, 3.1
// and 2.29 (`build-bench/bench --lengths 7,63,100,1000 --training-header ""`, AVX-512, Zen 4). A block
// with a hard lane in the hot loop costs the same, so sigmoid f32 at n = 2^20 gained 2 %.

/// x[0..<count] in the first lanes, count <= the lane count, and `fill` in the others.
@inline(__always)
func lanes<Lanes: LaneVector>(_ x: UnsafePointer<Lanes.Element>, _ count: Int, fill: Lanes.Element) -> Lanes {
    assert(count <= Lanes.Width.count)
    var v = Lanes(repeating: fill)
    withUnsafeMutableBytes(of: &v) { bytes in
        bytes.baseAddress!.copyMemory(from: x, byteCount: count * MemoryLayout<Lanes.Element>.stride)
    }
    return v
}

/// out[lane] = result's lane, or scalar(lane) where the mask is set, for lane < count.
@inline(__always)
func store<Lanes: LaneVector>(
    _ result: Lanes, _ slow: LaneMask<Lanes.Width>, _ count: Int, _ out: UnsafeMutablePointer<Lanes.Element>,
    _ scalar: (Int) -> Lanes.Element
) {
    // A mask lane is an Int64, all ones where set (LaneWidths.swift).
    assert(MemoryLayout<LaneMask<Lanes.Width>>.size == Lanes.Width.count * MemoryLayout<Int64>.size)
    withUnsafeBytes(of: result) { values in
        withUnsafeBytes(of: slow) { flags in
            for lane in 0..<count {
                out[lane] = flags.load(fromByteOffset: lane * MemoryLayout<Int64>.stride, as: Int64.self) != 0
                    ? scalar(lane)
                    : values.load(fromByteOffset: lane * MemoryLayout<Lanes.Element>.stride, as: Lanes.Element.self)
            }
        }
    }
}

/// Lane `lane` of v, read from its bytes.
@inline(__always)
func element<Lanes: LaneVector>(_ v: Lanes, _ lane: Int) -> Lanes.Element {
    withUnsafeBytes(of: v) { $0.load(fromByteOffset: lane * MemoryLayout<Lanes.Element>.stride, as: Lanes.Element.self) }
}

// The tail, the last count % width elements (all of a short array), by its length r: a kernel's cost
// there is the latency of its chain of dependent operations more than its lane count, so a whole
// array-width step cost sigmoid f32 64 ns at r = 1 and 95 at r = 63. Steps on the narrow width
// (LaneElement.NarrowLanes, 16 lanes on the AVX-512 copy) cost 34-36 ns each, and the scalar entry's
// inline kernel 9 ns for the first element and 3-5 for each next one (sigmoid f32; softplus f64: 56 ns
// a narrow step, 21 then 14-15 per element; `build-bench/bench --lengths 1,2,3,4,5,6,8,16,40,63`, AVX-512,
// Zen 4; benchmarks/README.md, "Short arrays"). So up to elementwiseTail elements go one by one, up to
// two narrow widths in narrow steps, and a longer tail (Float, r from 33 to 63) in one array-width step:
// four narrow steps took sigmoid f32 120 ns at r = 63.

/// The longest tail that goes element by element (see above).
private let elementwiseTail = 3

/// Runs the elements start..<count, fewer than the array width (see above): `element(i)` one by one,
/// `narrow(i, n)` or `wide(i, n)` for the n elements from i.
@inline(__always)
func tail(
    from start: Int, _ count: Int, narrowWidth: Int,
    element: (Int) -> Void, narrow: (Int, Int) -> Void, wide: (Int, Int) -> Void
) {
    let r = count - start
    if r <= elementwiseTail {
        for i in start..<count { element(i) }
    } else if r <= 2 * narrowWidth {
        for i in stride(from: start, to: count, by: narrowWidth) { narrow(i, min(narrowWidth, count - i)) }
    } else {
        wide(start, r)
    }
}

/// out[i] = f(x[i]) for i < count <= the lane count of Lanes, with the slow lanes from `scalar`.
@inline(never)
func block<Kernel: UnaryLaneKernel, Lanes: LaneVector>(
    _ x: UnsafePointer<Kernel.Element>, _ out: UnsafeMutablePointer<Kernel.Element>, _ count: Int, _ kernel: Kernel,
    _ scalar: (Kernel.Element) -> Kernel.Element, on _: Lanes.Type
) where Lanes.Element == Kernel.Element {
    // The lanes past count repeat x[0]: a harmless input of the kernel's, as it is one of the array's.
    let v: Lanes = lanes(x, count, fill: x[0])
    let (result, slow) = Lanes.map(v, kernel)
    store(result, slow, count, out) { scalar(element(v, $0)) }
}

/// out[i] = f(x[i]) for i < count: the array lane count (32 or 64) per step, then the tail (`tail`).
@inline(__always)
func mapLanes<Kernel: UnaryLaneKernel>(
    _ x: UnsafePointer<Kernel.Element>, _ out: UnsafeMutablePointer<Kernel.Element>, _ count: Int, _ kernel: Kernel,
    _ scalar: (Kernel.Element) -> Kernel.Element
) {
    typealias Lanes = Kernel.Element.ArrayLanes
    let width = Lanes.Width.count
    var i = 0
    while i + width <= count {
        let (result, slow) = Lanes.map(UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self), kernel)
        if anyLane(slow) {
            block(x + i, out + i, width, kernel, scalar, on: Lanes.self)
        } else {
            UnsafeMutableRawPointer(out + i).storeBytes(of: result, as: Lanes.self)
        }
        i += width
    }
    tail(from: i, count, narrowWidth: Kernel.Element.NarrowLanes.Width.count,
         element: { out[$0] = oneLane(x[$0], kernel, scalar) },
         narrow: { block(x + $0, out + $0, $1, kernel, scalar, on: Kernel.Element.NarrowLanes.self) },
         wide: { block(x + $0, out + $0, $1, kernel, scalar, on: Lanes.self) })
}

/// out[i] = f(x[i], g[i]) for i < count <= the lane count of Lanes, with the slow lanes from `scalar`
/// (the backward products: both inputs are read before out, which may be either of them, is written).
@inline(never)
func block<Kernel: BinaryLaneKernel, Lanes: LaneVector>(
    _ x: UnsafePointer<Kernel.Element>, _ g: UnsafePointer<Kernel.Element>, _ out: UnsafeMutablePointer<Kernel.Element>,
    _ count: Int, _ kernel: Kernel, _ scalar: (Kernel.Element, Kernel.Element) -> Kernel.Element, on _: Lanes.Type
) where Lanes.Element == Kernel.Element {
    let v: Lanes = lanes(x, count, fill: x[0])
    let w: Lanes = lanes(g, count, fill: g[0])
    let (result, slow) = Lanes.map(v, w, kernel)
    store(result, slow, count, out) { scalar(element(v, $0), element(w, $0)) }
}

/// out[i] = f(x[i], g[i]) for i < count, as the unary mapLanes.
@inline(__always)
func mapLanes<Kernel: BinaryLaneKernel>(
    _ x: UnsafePointer<Kernel.Element>, _ g: UnsafePointer<Kernel.Element>, _ out: UnsafeMutablePointer<Kernel.Element>,
    _ count: Int, _ kernel: Kernel, _ scalar: (Kernel.Element, Kernel.Element) -> Kernel.Element
) {
    typealias Lanes = Kernel.Element.ArrayLanes
    let width = Lanes.Width.count
    var i = 0
    while i + width <= count {
        let (result, slow) = Lanes.map(UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self),
                                       UnsafeRawPointer(g + i).loadUnaligned(as: Lanes.self), kernel)
        if anyLane(slow) {
            block(x + i, g + i, out + i, width, kernel, scalar, on: Lanes.self)
        } else {
            UnsafeMutableRawPointer(out + i).storeBytes(of: result, as: Lanes.self)
        }
        i += width
    }
    tail(from: i, count, narrowWidth: Kernel.Element.NarrowLanes.Width.count,
         element: { out[$0] = oneLane(x[$0], g[$0], kernel, scalar) },
         narrow: { block(x + $0, g + $0, out + $0, $1, kernel, scalar, on: Kernel.Element.NarrowLanes.self) },
         wide: { block(x + $0, g + $0, out + $0, $1, kernel, scalar, on: Lanes.self) })
}

/// The lanes at `pointer`, or `fill` on every lane where it is nil (an optional input array).
@inline(__always)
func loadLanes<Lanes: LaneVector>(_ pointer: UnsafePointer<Lanes.Element>?, fill: Lanes.Element) -> Lanes {
    guard let pointer else { return Lanes(repeating: fill) }
    return UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
}

/// out[i] = f(x[i], t[i], w[i], p[i], g[i]) for i < count <= the lane count, w and p 1 where nil and g
/// `gFill`, with the slow lanes from `scalar` (the binary cross-entropy and its gradient: every input is
/// read before out, which may be x, t or g, is written).
@inline(never)
func block<Element, Lanes: LaneVector>(
    _ x: UnsafePointer<Element>, _ t: UnsafePointer<Element>, _ w: UnsafePointer<Element>?,
    _ p: UnsafePointer<Element>?, _ g: UnsafePointer<Element>?, gFill: Element,
    _ out: UnsafeMutablePointer<Element>, _ count: Int,
    _ kernel: (Lanes, Lanes, Lanes, Lanes, Lanes) -> (value: Lanes, slow: LaneMask<Lanes.Width>),
    _ scalar: (Element, Element, Element, Element, Element) -> Element
) where Lanes.Element == Element {
    let inputs: (Lanes, Lanes, Lanes, Lanes, Lanes) = (
        lanes(x, count, fill: x[0]), lanes(t, count, fill: t[0]), optionalLanes(w, count, fill: 1),
        optionalLanes(p, count, fill: 1),
        optionalLanes(g, count, fill: gFill))
    let (result, slow) = kernel(inputs.0, inputs.1, inputs.2, inputs.3, inputs.4)
    store(result, slow, count, out) {
        scalar(element(inputs.0, $0), element(inputs.1, $0), element(inputs.2, $0), element(inputs.3, $0),
               element(inputs.4, $0))
    }
}

/// The lanes at pointer[0..<count] and copies of pointer[0] past count, or `fill` on every lane where
/// the pointer is nil (an optional input array).
@inline(__always)
func optionalLanes<Lanes: LaneVector>(_ pointer: UnsafePointer<Lanes.Element>?, _ count: Int, fill: Lanes.Element) -> Lanes {
    guard let pointer else { return Lanes(repeating: fill) }
    return lanes(pointer, count, fill: pointer[0])
}

/// out[i] = f(x[i], t[i], w[i], p[i], g[i]) for i < count, w and p 1 where nil and g `gFill`, `Lanes`
/// per step (the array lane count, or fewer: see the cross-entropy's gradient), as mapLanes. The loss
/// passes g nil and a kernel that ignores it.
@inline(__always)
func mapLanes<Element: LaneElement, Lanes: LaneVector>(
    _ x: UnsafePointer<Element>, _ t: UnsafePointer<Element>, _ w: UnsafePointer<Element>?,
    _ p: UnsafePointer<Element>?, _ g: UnsafePointer<Element>?, gFill: Element,
    _ out: UnsafeMutablePointer<Element>, _ count: Int, lanes: Lanes.Type,
    _ kernel: (Lanes, Lanes, Lanes, Lanes, Lanes) -> (value: Lanes, slow: LaneMask<Lanes.Width>),
    _ scalar: (Element, Element, Element, Element, Element) -> Element
) where Lanes.Element == Element {
    let width = Lanes.Width.count
    var i = 0
    while i + width <= count {
        let (result, slow) = kernel(UnsafeRawPointer(x + i).loadUnaligned(as: Lanes.self),
                                    UnsafeRawPointer(t + i).loadUnaligned(as: Lanes.self),
                                    loadLanes(w.map { $0 + i }, fill: 1), loadLanes(p.map { $0 + i }, fill: 1),
                                    loadLanes(g.map { $0 + i }, fill: gFill))
        if anyLane(slow) {
            block(x + i, t + i, w.map { $0 + i }, p.map { $0 + i }, g.map { $0 + i }, gFill: gFill, out + i, width,
                  kernel, scalar)
        } else {
            UnsafeMutableRawPointer(out + i).storeBytes(of: result, as: Lanes.self)
        }
        i += width
    }
    if i < count {
        block(x + i, t + i, w.map { $0 + i }, p.map { $0 + i }, g.map { $0 + i }, gFill: gFill, out + i, count - i,
              kernel, scalar)
    }
}

/// A Float lane kernel of five arguments, as floatLanes.
@inline(__always)
func floatLanes<W: LaneWidth>(
    _ x: FloatLanes<W>, _ t: FloatLanes<W>, _ w: FloatLanes<W>, _ p: FloatLanes<W>, _ g: FloatLanes<W>,
    _ kernel: (DoubleLanes<W>, DoubleLanes<W>, DoubleLanes<W>, DoubleLanes<W>, DoubleLanes<W>)
        -> (value: DoubleLanes<W>, slow: LaneMask<W>)
) -> (value: FloatLanes<W>, slow: LaneMask<W>) {
    let (wide, slow) = kernel(DoubleLanes(x), DoubleLanes(t), DoubleLanes(w), DoubleLanes(p), DoubleLanes(g))
    let (value, hard) = roundedToFloat(wide)
    return (value, slow .| hard)
}

/// f(x, g) for one element, as the one-argument oneLane below.
@inline(__always)
func oneLane<Kernel: BinaryLaneKernel>(
    _ x: Kernel.Element, _ g: Kernel.Element, _ kernel: Kernel,
    _ scalar: (Kernel.Element, Kernel.Element) -> Kernel.Element
) -> Kernel.Element {
    typealias Lanes = Kernel.Element.ScalarLanes
    let (result, slow) = Lanes.map(Lanes(repeating: x), Lanes(repeating: g), kernel)
    return slow[0] ? scalar(x, g) : result[0]
}

/// f(x) for one element: the lane kernel on a vector of copies of x, inline (what `block` does for one
/// element, without its call and loops: sigmoid f64 15 -> 9.8 ns per call, float 11 -> 5.0, in
/// benchmarks/scalar_calls.c).
@inline(__always)
func oneLane<Kernel: UnaryLaneKernel>(
    _ x: Kernel.Element, _ kernel: Kernel, _ scalar: (Kernel.Element) -> Kernel.Element
) -> Kernel.Element {
    let (result, slow) = Kernel.Element.ScalarLanes.map(Kernel.Element.ScalarLanes(repeating: x), kernel)
    return slow[0] ? scalar(x) : result[0]
}

/// A Float lane kernel of two arguments, as floatLanes.
@inline(__always)
func floatLanes<W: LaneWidth>(
    _ x: FloatLanes<W>, _ g: FloatLanes<W>,
    _ kernel: (DoubleLanes<W>, DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>)
) -> (value: FloatLanes<W>, slow: LaneMask<W>) {
    let (wide, slow) = kernel(DoubleLanes(x), DoubleLanes(g))
    let (value, hard) = roundedToFloat(wide)
    return (value, slow .| hard)
}

/// A Float lane kernel: the Double kernel on the widened lanes, rounded to Float with the rounding
/// test (VectorRounding.swift); the hard lanes join the slow ones.
@inline(__always)
func floatLanes<W: LaneWidth>(
    _ x: FloatLanes<W>, _ kernel: (DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>)
) -> (value: FloatLanes<W>, slow: LaneMask<W>) {
    let (wide, slow) = kernel(DoubleLanes(x))
    let (value, hard) = roundedToFloat(wide)
    return (value, slow .| hard)
}
