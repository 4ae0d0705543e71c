// The array kernels of the binary cross-entropy with logits, as the training entry points with a
// "kernel" in spec/softplus.json's losses call them: reduction none, out[i] = the loss of element i
// (VectorCrossEntropy.swift for the lanes, SoftplusMath's binaryCrossEntropyWithLogits for the lanes it
// leaves), and the gradient of every reduction, gradIn[i] = the incoming gradient over the divisor times
// d loss_i/dx_i (VectorCrossEntropyGradient.swift, SoftplusMath's binaryCrossEntropyWithLogitsGradient).
// weight, positiveWeight and gradOut may be nil (all 1; gradOutValue). Same contract as the family's
// array kernels (VectorKernels.swift) with four or five inputs: count >= 1, out may be x, target or
// gradOut exactly. Before, every element ran the double-double code: 92 / 124 ns per element in f64 /
// f32 for the loss (n = 2^20, docs/TRAINING.md of commit 7c2403a).
//
// NaN: where an input is NaN the result is the first NaN of x, target, weight, positiveWeight (and the
// gradient's incoming gradient), quieted.
// SoftplusMath's loss of several NaNs returns one of them depending on how the compiler ordered its
// operations, which differed between the copies of this module (dispatch_same_bits found baseline and
// AVX-512 payloads apart for x, target and weight all NaN); every path must return the same bits.

import SoftplusMath

/// The scalar function for the kernel's slow lanes: `loss`, but the first NaN input (quieted) where there
/// is one (see the header); `loss` still runs, so its floating-point flags are raised as before. The
/// fifth input is the gradient's incoming gradient (the loss ignores it: 1).
@inline(__always)
private func fallback<T: BinaryFloatingPoint>(_ loss: @escaping (T, T, T, T, T) -> T) -> (T, T, T, T, T) -> T {
    { x, t, w, pw, g in
        let value = loss(x, t, w, pw, g)
        if x.isNaN { return x + x }
        if t.isNaN { return t + t }
        if w.isNaN { return w + w }
        if pw.isNaN { return pw + pw }
        if g.isNaN { return g + g }
        return value
    }
}

extension VectorKernels {
    /// out[i] = loss(x[i], target[i], weight[i], positiveWeight[i]) for i < count, in Double.
    public static func binaryCrossEntropyWithLogits(
        _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?,
        _ positiveWeight: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, target, weight, positiveWeight, nil, gFill: 1, out, count, lanes: Double.ArrayLanes.self,
                 { x, t, w, p, _ in crossEntropyLanes(x, t, w, p) },
                 fallback { x, t, w, p, _ in SoftplusMath.binaryCrossEntropyWithLogits(x, target: t, weight: w, positiveWeight: p) })
    }

    /// out[i] = loss(x[i], target[i], weight[i], positiveWeight[i]) for i < count, in Float.
    public static func binaryCrossEntropyWithLogits(
        _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?,
        _ positiveWeight: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, target, weight, positiveWeight, nil, gFill: 1, out, count, lanes: Float.ArrayLanes.self,
                 { floatLanes($0, $1, $2, $3, $4, { x, t, w, p, _ in crossEntropyLanes32(x, t, w, p) }) },
                 fallback { x, t, w, p, _ in SoftplusMath.binaryCrossEntropyWithLogits(x, target: t, weight: w, positiveWeight: p) })
    }

    /// gradIn[i] = g_i / divisor * d loss / dx at (x[i], target[i], weight[i], positiveWeight[i]) for i <
    /// count, in Double; g_i = gradOut[i], or gradOutValue where gradOut is nil (the sum and the mean, whose
    /// divisor is the element count; 1 otherwise). VectorCrossEntropyGradient.swift for the lanes,
    /// SoftplusMath's binaryCrossEntropyWithLogitsGradient for the lanes it leaves.
    public static func binaryCrossEntropyWithLogitsGradient(
        _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?,
        _ positiveWeight: UnsafePointer<Double>?, _ gradOut: UnsafePointer<Double>?, _ gradOutValue: Double,
        _ divisor: Int, _ gradIn: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        let m = DoubleLanes<Double.ArrayLanes.Width>(repeating: Double(divisor))
        mapLanes(x, target, weight, positiveWeight, gradOut, gFill: gradOutValue, gradIn, count, lanes: Double.ArrayLanes.self,
                 { crossEntropyGradientLanes($0, $1, $2, $3, $4, divisor: m) },
                 fallback {
                     SoftplusMath.binaryCrossEntropyWithLogitsGradient($0, target: $1, weight: $2, positiveWeight: $3,
                                                                       gradOut: $4, count: divisor)
                 })
    }

    /// The same in Float (the Double kernel on widened lanes, then a rounding test of its double-double).
    public static func binaryCrossEntropyWithLogitsGradient(
        _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?,
        _ positiveWeight: UnsafePointer<Float>?, _ gradOut: UnsafePointer<Float>?, _ gradOutValue: Float,
        _ divisor: Int, _ gradIn: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        // On the Double kernels' lane count, not the Float ones': everything is double-double here, and
        // 64 lanes spilled (3.8-4.2 against 3.4-3.6 ns per element for the mean's gradient, n = 2^20,
        // AVX-512, Zen 4).
        typealias Lanes = FloatLanes<Double.ArrayLanes.Width>
        let m = DoubleLanes<Double.ArrayLanes.Width>(repeating: Double(divisor))
        mapLanes(x, target, weight, positiveWeight, gradOut, gFill: gradOutValue, gradIn, count, lanes: Lanes.self,
                 { crossEntropyGradientLanes32($0, $1, $2, $3, $4, divisor: m) },
                 fallback {
                     SoftplusMath.binaryCrossEntropyWithLogitsGradient($0, target: $1, weight: $2, positiveWeight: $3,
                                                                       gradOut: $4, count: divisor)
                 })
    }
}

// The sum of the losses (the sum and mean reductions): each element's loss as the Double kernel's
// double-double before its rounding (Float elements widened), or SoftplusMath's where the kernel leaves
// the element, added in double-double by element index modulo 4 (accumulateLosses). Which sum an element
// goes to, and in what order, depends on its index and on whether the kernel takes it, never on the lane
// count, so every path returns the same bits: the last step of the array is run on a vector padded with
// copies of its first element, whose padding lanes are not added. Where an input is NaN the total is the
// first such input, quieted (see the header), and nothing more is added. Error: the kernel's losses to
// 2^-57.1 relative, nonnegative, each addition 2^-104: for targets in [0, 1] and weights >= 0 the sum
// and the mean are within 0.5 + 2^-4 ULP in double and correctly rounded in float but within 2^-33 ULP
// of a midpoint. SoftplusMath's sum alone (2^-69 per loss) was correctly rounded in double too, at 213
// ns per element against 5.2 (the mean of 2^20 elements, x in [-8, 8], hard labels, no weights,
// AVX-512, Zen 4; 12 with the sums' BinaryCrossEntropySum.add for every element instead of the plain
// double-double sums).

/// s + (a + b) for a double-double s and a nonnegative double-double a + b, s nonnegative: TwoSum of the
/// heads, the tails added, renormalized; about 2^-104 relative (nothing cancels).
@inline(__always)
private func accumulate(_ s: inout (hi: Double, lo: Double), _ a: Double, _ b: Double) {
    let head = s.hi + a
    let virtual = head - s.hi
    let error = (s.hi - (head - virtual)) + (a - virtual)
    let tail = error + (s.lo + b)
    let hi = head + tail
    s = (hi, tail - (hi - head))
}

/// The total of the losses of x[i], t[i], w[i], p[i], i < count, into `total` (hi, lo): see above. The
/// kernel's losses go to four plain double-double sums (fast: nothing cancels, every term is finite) and
/// the scalar function's to four BinaryCrossEntropySums (any sign, infinities), both by index modulo 4;
/// then, for j = 0...3, fast j and slow j are added in that order. A non-finite fast total (a sum past
/// 2^1024) makes the whole array go through BinaryCrossEntropySum element by element instead.
@inline(__always)
func accumulateLosses<Element: BinaryFloatingPoint, W: LaneWidth>(
    _ x: UnsafePointer<Element>, _ t: UnsafePointer<Element>, _ w: UnsafePointer<Element>?,
    _ p: UnsafePointer<Element>?, _ count: Int, _ total: UnsafeMutablePointer<Double>,
    width: W.Type, _ load: (UnsafePointer<Element>, Int, Element) -> DoubleLanes<W>
) {
    var fast = InlineArray<4, (hi: Double, lo: Double)>(repeating: (0, 0))
    var fastCounts = InlineArray<4, Int>(repeating: 0)
    var slow = InlineArray<4, BinaryCrossEntropySum>(repeating: BinaryCrossEntropySum())
    var firstNaN: Double? = nil
    var i = 0
    scan: while i < count {
        let length = min(W.count, count - i)
        // Lanes past `length` repeat element i (only in the array's last step); they are not added.
        let xs = load(x + i, length, x[i]), ts = load(t + i, length, t[i])
        let ws = w.map { load($0 + i, length, $0[i]) } ?? DoubleLanes<W>(repeating: 1)
        let ps = p.map { load($0 + i, length, $0[i]) } ?? DoubleLanes<W>(repeating: 1)
        let (hi, lo, inputSlow) = crossEntropyParts(xs, ts, ws, ps)
        let slowLanes = inputSlow .| (within(hi, 0, 0x1p-960) .& .!zeroLanes(hi))
        if !anyLane(slowLanes) && length == W.count {
            // i is a multiple of W.count, itself a multiple of 4: lane l goes to sum l % 4. Four independent
            // sums per pass instead of the lane-by-lane loop below: the mean took 5.1 ns per element with
            // this pass, 10.7 without it (2^20 elements, AVX-512, Zen 4).
            withUnsafeBytes(of: hi) { highs in
                withUnsafeBytes(of: lo) { lows in
                    var lane = 0
                    while lane < W.count {
                        for j in 0..<4 {
                            accumulate(&fast[j], highs.load(fromByteOffset: 8 * (lane + j), as: Double.self),
                                       lows.load(fromByteOffset: 8 * (lane + j), as: Double.self))
                        }
                        lane += 4
                    }
                }
            }
            for j in 0..<4 { fastCounts[j] += W.count / 4 }
            i += length
            continue
        }
        for lane in 0..<length {
            let k = i + lane
            if !slowLanes[lane] {
                accumulate(&fast[k & 3], hi[lane], lo[lane])
                fastCounts[k & 3] += 1
                continue
            }
            let (xk, tk, wk, pk) = (xs[lane], ts[lane], ws[lane], ps[lane])
            if xk.isNaN || tk.isNaN || wk.isNaN || pk.isNaN {
                firstNaN = xk.isNaN ? xk + xk : tk.isNaN ? tk + tk : wk.isNaN ? wk + wk : pk + pk
                break scan
            }
            slow[k & 3].add(xk, target: tk, weight: wk, positiveWeight: pk)
        }
        i += length
    }
    if let firstNaN {
        total[0] = firstNaN
        total[1] = 0
        return
    }
    var all = BinaryCrossEntropySum()
    for j in 0..<4 {
        if !fast[j].hi.isFinite {
            // Past the Double range: the robust sum of every element, in order (rare).
            var robust = BinaryCrossEntropySum()
            for k in 0..<count {
                robust.add(Double(x[k]), target: Double(t[k]), weight: w.map { Double($0[k]) } ?? 1,
                           positiveWeight: p.map { Double($0[k]) } ?? 1)
            }
            (total[0], total[1]) = robust.totalParts
            return
        }
        all.add(BinaryCrossEntropySum(totalHi: fast[j].hi, totalLo: fast[j].lo, count: fastCounts[j]))
        all.add(slow[j])
    }
    (total[0], total[1]) = all.totalParts
}

/// Lanes of Doubles from `length` elements at `pointer`, the others `fill`.
@inline(__always)
private func doubleLanes<W: LaneWidth>(_ pointer: UnsafePointer<Double>, _ length: Int, _ fill: Double) -> DoubleLanes<W> {
    if length == W.count { return UnsafeRawPointer(pointer).loadUnaligned(as: DoubleLanes<W>.self) }
    return lanes(pointer, length, fill: fill)
}

/// Lanes of Floats widened to Double from `length` elements at `pointer`, the others `fill`.
@inline(__always)
private func widenedLanes<W: LaneWidth>(_ pointer: UnsafePointer<Float>, _ length: Int, _ fill: Float) -> DoubleLanes<W> {
    if length == W.count { return DoubleLanes(UnsafeRawPointer(pointer).loadUnaligned(as: FloatLanes<W>.self)) }
    return DoubleLanes(lanes(pointer, length, fill: fill) as FloatLanes<W>)
}

extension VectorKernels {
    /// total[0] + total[1] = the sum of the losses of x[i], target[i], weight[i], positiveWeight[i] for
    /// i < count, in double-double (see above), count >= 1.
    public static func binaryCrossEntropyWithLogitsTotal(
        _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?,
        _ positiveWeight: UnsafePointer<Double>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
    ) {
        accumulateLosses(x, target, weight, positiveWeight, count, total, width: Double.ArrayLanes.Width.self,
                         doubleLanes)
    }

    /// total[0] + total[1] = the sum of the Float elements' losses, in double-double (see above).
    public static func binaryCrossEntropyWithLogitsTotal(
        _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?,
        _ positiveWeight: UnsafePointer<Float>?, _ count: Int, _ total: UnsafeMutablePointer<Double>
    ) {
        accumulateLosses(x, target, weight, positiveWeight, count, total, width: Double.ArrayLanes.Width.self,
                         widenedLanes)
    }
}
