// A lane kernel as a type: a value whose call is generic over the lane count, so that the array loops
// (ArrayLoops.swift) can run one kernel at more than one width. A closure is typed for one width; with
// closures the array loops ran the last count % 64 elements of a Float array (% 32 for Double) on a whole
// array-width vector, so a short array cost as much as 64 (32) elements: sigmoid f32 64 ns at n = 1 and
// 67 at n = 16, softplus f64 96 and 98. With kernel types a short tail runs on a narrow width or element
// by element (ArrayLoops.swift): 9 and 34 ns, 21 and 57 (benchmarks/README.md, "Short arrays"). The
// scalar entry runs the same type on 2 lanes.
//
// Element is Double for a Double kernel, and Float for a Float one: a Float kernel computes on Float
// lanes widened to Double, and floatLanes (ArrayLoops.swift) rounds its results to Float with the
// rounding test. Either way its call takes and returns Double lanes.

/// A lane kernel of one argument: results and the lanes it leaves to the scalar kernel, at any width.
protocol UnaryLaneKernel {
    associatedtype Element: LaneElement
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>)
}

/// A lane kernel of two arguments (the backward products: x and the incoming gradient g).
protocol BinaryLaneKernel {
    associatedtype Element: LaneElement
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>)
}

// The exact reflections that turn one kernel into another (as SoftplusMath's Reflections.swift):
// negating an argument or a result is exact, so a reflected kernel is as accurate as its kernel.

/// kernel(-x).
struct NegatedArgument<Kernel: UnaryLaneKernel>: UnaryLaneKernel {
    typealias Element = Kernel.Element
    let kernel: Kernel
    init(_ kernel: Kernel) { self.kernel = kernel }

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        kernel(negated(x))
    }
}

/// -kernel(x).
struct NegatedResult<Kernel: UnaryLaneKernel>: UnaryLaneKernel {
    typealias Element = Kernel.Element
    let kernel: Kernel
    init(_ kernel: Kernel) { self.kernel = kernel }

    @inline(__always)
    func callAsFunction<W: LaneWidth>(_ x: DoubleLanes<W>) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        let (value, slow) = kernel(x)
        return (negated(value), slow)
    }
}

/// kernel(-x, g).
struct NegatedFirstArgument<Kernel: BinaryLaneKernel>: BinaryLaneKernel {
    typealias Element = Kernel.Element
    let kernel: Kernel
    init(_ kernel: Kernel) { self.kernel = kernel }

    @inline(__always)
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        kernel(negated(x), g)
    }
}

/// kernel(x, -g): a product with g negated.
struct NegatedGradient<Kernel: BinaryLaneKernel>: BinaryLaneKernel {
    typealias Element = Kernel.Element
    let kernel: Kernel
    init(_ kernel: Kernel) { self.kernel = kernel }

    @inline(__always)
    func callAsFunction<W: LaneWidth>(
        _ x: DoubleLanes<W>, _ g: DoubleLanes<W>
    ) -> (value: DoubleLanes<W>, slow: LaneMask<W>) {
        kernel(x, negated(g))
    }
}
