// The array kernel of the binary cross-entropy with logits, reduction none: out[i] = the loss of element
// i (VectorCrossEntropy.swift for the lanes, SoftplusMath's binaryCrossEntropyWithLogits for the lanes
// it leaves), as the training entry points with a "kernel" in spec/softplus.json's losses call it.
// weight and positiveWeight may be nil (all 1). Same contract as the family's array kernels
// (VectorKernels.swift) with four inputs: count >= 1, out may be x or target exactly.
// Before, every element ran the double-double code: 92 / 124 ns per element in f64 / f32 (n = 2^20,
// docs/TRAINING.md of commit 7c2403a).

//
// NaN: where an input is NaN the result is the first NaN of x, target, weight, positiveWeight, quieted.
// SoftplusMath's loss of several NaNs returns one of them depending on how the compiler ordered its
// operations, which differed between the copies of this module (dispatch_same_bits found baseline and
// AVX-512 payloads apart for x, target and weight all NaN); every path must return the same bits.

import SoftplusMath

/// The scalar function for the kernel's slow lanes: `loss`, but the first NaN input (quieted) where there
/// is one (see the header); `loss` still runs, so its floating-point flags are raised as before.
@inline(__always)
private func fallback<T: BinaryFloatingPoint>(_ loss: @escaping (T, T, T, T) -> T) -> (T, T, T, T) -> T {
    { x, t, w, pw in
        let value = loss(x, t, w, pw)
        if x.isNaN { return x + x }
        if t.isNaN { return t + t }
        if w.isNaN { return w + w }
        if pw.isNaN { return pw + pw }
        return value
    }
}

extension VectorKernels {
    /// out[i] = loss(x[i], target[i], weight[i], positiveWeight[i]) for i < count, in Double.
    public static func binaryCrossEntropyWithLogits(
        _ x: UnsafePointer<Double>, _ target: UnsafePointer<Double>, _ weight: UnsafePointer<Double>?,
        _ positiveWeight: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        mapLanes(x, target, weight, positiveWeight, out, count, { crossEntropyLanes($0, $1, $2, $3) },
                 fallback { SoftplusMath.binaryCrossEntropyWithLogits($0, target: $1, weight: $2, positiveWeight: $3) })
    }

    /// out[i] = loss(x[i], target[i], weight[i], positiveWeight[i]) for i < count, in Float.
    public static func binaryCrossEntropyWithLogits(
        _ x: UnsafePointer<Float>, _ target: UnsafePointer<Float>, _ weight: UnsafePointer<Float>?,
        _ positiveWeight: UnsafePointer<Float>?, _ out: UnsafeMutablePointer<Float>, _ count: Int
    ) {
        mapLanes(x, target, weight, positiveWeight, out, count,
                 { floatLanes($0, $1, $2, $3, { crossEntropyLanes32($0, $1, $2, $3) }) },
                 fallback { SoftplusMath.binaryCrossEntropyWithLogits($0, target: $1, weight: $2, positiveWeight: $3) })
    }
}
