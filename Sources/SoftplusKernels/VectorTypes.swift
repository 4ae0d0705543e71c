// The lane types of the vector kernels and the few operations on them that the standard library
// spells awkwardly.
//
// Eight Double lanes: one AVX-512 register, two AVX2 registers, four SSE2 registers. The kernels are
// written once for eight lanes and LLVM splits them for the narrower instruction sets. Float kernels
// compute in Double (exact widening of the input, one final rounding), eight Floats at a time.

typealias DoubleLanes = SIMD8<Double>
typealias FloatLanes = SIMD8<Float>
typealias BitLanes = SIMD8<UInt64>
typealias IntegerLanes = SIMD8<Int64>
typealias LaneMask = SIMDMask<SIMD8<Int64>>

/// a * b + c with one rounding (a fused multiply-add on every lane).
@inline(__always)
func fusedMultiplyAdd(_ a: DoubleLanes, _ b: DoubleLanes, _ c: DoubleLanes) -> DoubleLanes {
    c.addingProduct(a, b)
}

/// The IEEE-754 bit patterns of the lanes.
@inline(__always)
func bitPatterns(_ v: DoubleLanes) -> BitLanes {
    unsafeBitCast(v, to: BitLanes.self)
}

/// The Doubles with these bit patterns.
@inline(__always)
func doubles(bitPatterns bits: BitLanes) -> DoubleLanes {
    unsafeBitCast(bits, to: DoubleLanes.self)
}

/// |v| on every lane (clears the sign bits).
@inline(__always)
func magnitudes(_ v: DoubleLanes) -> DoubleLanes {
    doubles(bitPatterns: bitPatterns(v) & BitLanes(repeating: 0x7fff_ffff_ffff_ffff))
}

/// 2^k for integer lanes -1022 <= k <= 1023, built from the bit pattern.
@inline(__always)
func powersOfTwo(_ k: IntegerLanes) -> DoubleLanes {
    unsafeBitCast((k &+ 1023) &<< 52, to: DoubleLanes.self)
}

// Prefix minus and the integer-to-Double conversion of SIMD types are loops over the lanes in the
// standard library, which LLVM re-vectorizes only sometimes: inside a large kernel it split them into
// 128-bit pieces and the softplus loop ran at half speed (measured 2026-11-29, AVX-512 build). The
// kernels use these bitwise versions instead.

/// -v on every lane (flips the sign bits; exact, NaN stays NaN).
@inline(__always)
func negated(_ v: DoubleLanes) -> DoubleLanes {
    doubles(bitPatterns: bitPatterns(v) ^ BitLanes(repeating: 0x8000_0000_0000_0000))
}

/// -|v| on every lane (sets the sign bits).
@inline(__always)
func negativeMagnitudes(_ v: DoubleLanes) -> DoubleLanes {
    doubles(bitPatterns: bitPatterns(v) | BitLanes(repeating: 0x8000_0000_0000_0000))
}

/// The integer lanes as Doubles, exactly, for |k| < 2^51: the bits of 1.5 * 2^52 + k, minus 1.5 * 2^52.
@inline(__always)
func doubles(integers k: IntegerLanes) -> DoubleLanes {
    let shifter: Double = 0x1.8p52
    let bits = unsafeBitCast(k &+ IntegerLanes(repeating: Int64(bitPattern: shifter.bitPattern)), to: BitLanes.self)
    return doubles(bitPatterns: bits) - DoubleLanes(repeating: shifter)
}

/// The lanes of `a` where `condition` is true, those of `b` elsewhere.
@inline(__always)
func select(_ condition: LaneMask, _ a: DoubleLanes, _ b: DoubleLanes) -> DoubleLanes {
    b.replacing(with: a, where: condition)
}

/// hi + lo = a + b exactly, hi = a + b rounded, provided |a| >= |b| or a == 0 on every lane (Dekker's
/// Fast2Sum).
@inline(__always)
func fastTwoSum(_ a: DoubleLanes, _ b: DoubleLanes) -> (hi: DoubleLanes, lo: DoubleLanes) {
    let hi = a + b
    return (hi, (a - hi) + b)
}

/// hi + lo = a + b exactly, hi = a + b rounded, for any a, b (Knuth's TwoSum).
@inline(__always)
func twoSum(_ a: DoubleLanes, _ b: DoubleLanes) -> (hi: DoubleLanes, lo: DoubleLanes) {
    let hi = a + b
    let bVirtual = hi - a
    let aVirtual = hi - bVirtual
    return (hi, (a - aVirtual) + (b - bVirtual))
}

/// Whether any lane of the mask is set. The standard library's any(_:) extracts every lane to a
/// general register (about 25 instructions on x86-64); a wrapping sum of the lanes (each 0 or -1) is
/// one horizontal reduction.
@inline(__always)
func anyLane(_ mask: LaneMask) -> Bool {
    unsafeBitCast(mask, to: IntegerLanes.self).wrappedSum() != 0
}
