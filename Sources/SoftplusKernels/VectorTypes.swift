// The lane types of the vector kernels: eight Doubles (one AVX-512 register, two AVX2 registers,
// four SSE2 registers), eight Floats, their bit patterns, and masks; the kernels are written once for
// eight lanes and LLVM splits them for narrower instruction sets. Float kernels compute in Double
// (exact widening of the input, one final rounding), eight Floats at a time.
//
// Why not SIMD8<Double>: this compiler emits the standard SIMD types' arithmetic lane by lane and
// leaves LLVM's SLP vectorizer to rebuild vectors, which it did only in part inside the kernels
// (pieces of 128 or 256 bits, extra shuffles): the Float sigmoid ran at 1.4 ns per element where the
// same operations written with C intrinsics take 0.7 (AVX-512, 2026-11-29). These types wrap LLVM
// vectors (the Builtin module, `-enable-builtin-module`) so every operation below is one vector
// instruction in the IR. Each is an IEEE-754 operation or a bitwise one: the same bits on every
// instruction set.

import Builtin

/// Eight Doubles.
struct DoubleLanes: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    var storage: Builtin.Vec8xFPIEEE64

    @inline(__always) init(_ storage: Builtin.Vec8xFPIEEE64) { self.storage = storage }
    @inline(__always) init(repeating value: Double) {
        storage = unsafeBitCast(SIMD8<Double>(repeating: value), to: Builtin.Vec8xFPIEEE64.self)
    }
    @inline(__always) init(floatLiteral value: Double) { self.init(repeating: value) }
    @inline(__always) init(integerLiteral value: Int64) { self.init(repeating: Double(value)) }
    /// The Floats widened (exact).
    @inline(__always) init(_ v: FloatLanes) { storage = Builtin.fpext_Vec8xFPIEEE32_Vec8xFPIEEE64(v.storage) }

    @inline(__always) static func + (a: Self, b: Self) -> Self { Self(Builtin.fadd_Vec8xFPIEEE64(a.storage, b.storage)) }
    @inline(__always) static func - (a: Self, b: Self) -> Self { Self(Builtin.fsub_Vec8xFPIEEE64(a.storage, b.storage)) }
    @inline(__always) static func * (a: Self, b: Self) -> Self { Self(Builtin.fmul_Vec8xFPIEEE64(a.storage, b.storage)) }
    @inline(__always) static func / (a: Self, b: Self) -> Self { Self(Builtin.fdiv_Vec8xFPIEEE64(a.storage, b.storage)) }
    /// -a: flips the sign bits (exact, like IEEE negation).
    @inline(__always) static prefix func - (a: Self) -> Self { negated(a) }

    @inline(__always) static func .< (a: Self, b: Self) -> LaneMask { LaneMask(Builtin.fcmp_olt_Vec8xFPIEEE64(a.storage, b.storage)) }
    @inline(__always) static func .<= (a: Self, b: Self) -> LaneMask { LaneMask(Builtin.fcmp_ole_Vec8xFPIEEE64(a.storage, b.storage)) }
    @inline(__always) static func .> (a: Self, b: Self) -> LaneMask { LaneMask(Builtin.fcmp_ogt_Vec8xFPIEEE64(a.storage, b.storage)) }
    @inline(__always) static func .>= (a: Self, b: Self) -> LaneMask { LaneMask(Builtin.fcmp_oge_Vec8xFPIEEE64(a.storage, b.storage)) }
    @inline(__always) static func .== (a: Self, b: Self) -> LaneMask { LaneMask(Builtin.fcmp_oeq_Vec8xFPIEEE64(a.storage, b.storage)) }
}

/// Eight Floats: loaded, widened to DoubleLanes, and the results rounded back.
struct FloatLanes {
    var storage: Builtin.Vec8xFPIEEE32

    @inline(__always) init(_ storage: Builtin.Vec8xFPIEEE32) { self.storage = storage }
    @inline(__always) init(repeating value: Float) {
        storage = unsafeBitCast(SIMD8<Float>(repeating: value), to: Builtin.Vec8xFPIEEE32.self)
    }
    /// The Doubles rounded to Float (to nearest, ties to even).
    @inline(__always) init(_ v: DoubleLanes) { storage = Builtin.fptrunc_Vec8xFPIEEE64_Vec8xFPIEEE32(v.storage) }
}

/// Eight 64-bit bit patterns, compared as unsigned integers.
struct BitLanes: ExpressibleByIntegerLiteral {
    var storage: Builtin.Vec8xInt64

    @inline(__always) init(_ storage: Builtin.Vec8xInt64) { self.storage = storage }
    @inline(__always) init(repeating value: UInt64) {
        storage = unsafeBitCast(SIMD8<UInt64>(repeating: value), to: Builtin.Vec8xInt64.self)
    }
    @inline(__always) init(integerLiteral value: UInt64) { self.init(repeating: value) }

    @inline(__always) static func & (a: Self, b: Self) -> Self { Self(Builtin.and_Vec8xInt64(a.storage, b.storage)) }
    @inline(__always) static func | (a: Self, b: Self) -> Self { Self(Builtin.or_Vec8xInt64(a.storage, b.storage)) }
    @inline(__always) static func ^ (a: Self, b: Self) -> Self { Self(Builtin.xor_Vec8xInt64(a.storage, b.storage)) }
    @inline(__always) static func &- (a: Self, b: Self) -> Self { Self(Builtin.sub_Vec8xInt64(a.storage, b.storage)) }
    @inline(__always) static func .<= (a: Self, b: Self) -> LaneMask { LaneMask(Builtin.cmp_ule_Vec8xInt64(a.storage, b.storage)) }
}

/// Eight signed 64-bit integers (exponents, the multiples of ln 2).
struct IntegerLanes: ExpressibleByIntegerLiteral {
    var storage: Builtin.Vec8xInt64

    @inline(__always) init(_ storage: Builtin.Vec8xInt64) { self.storage = storage }
    @inline(__always) init(repeating value: Int64) {
        storage = unsafeBitCast(SIMD8<Int64>(repeating: value), to: Builtin.Vec8xInt64.self)
    }
    @inline(__always) init(integerLiteral value: Int64) { self.init(repeating: value) }

    @inline(__always) static func &+ (a: Self, b: Self) -> Self { Self(Builtin.add_Vec8xInt64(a.storage, b.storage)) }
    @inline(__always) static func &- (a: Self, b: Self) -> Self { Self(Builtin.sub_Vec8xInt64(a.storage, b.storage)) }
    /// a shifted left by b (0 <= b < 64).
    @inline(__always) static func &<< (a: Self, b: Self) -> Self { Self(Builtin.shl_Vec8xInt64(a.storage, b.storage)) }
    /// a shifted right by b, arithmetic (0 <= b < 64).
    @inline(__always) static func &>> (a: Self, b: Self) -> Self { Self(Builtin.ashr_Vec8xInt64(a.storage, b.storage)) }
}

/// Eight booleans, one per lane.
struct LaneMask {
    var storage: Builtin.Vec8xInt1

    @inline(__always) init(_ storage: Builtin.Vec8xInt1) { self.storage = storage }
    @inline(__always) static prefix func .! (a: Self) -> Self {
        Self(Builtin.xor_Vec8xInt1(a.storage, Builtin.trunc_Vec8xInt64_Vec8xInt1(IntegerLanes(repeating: 1).storage)))
    }
    @inline(__always) static func .& (a: Self, b: Self) -> Self { Self(Builtin.and_Vec8xInt1(a.storage, b.storage)) }
    @inline(__always) static func .| (a: Self, b: Self) -> Self { Self(Builtin.or_Vec8xInt1(a.storage, b.storage)) }
}

/// The IEEE-754 bit patterns of the lanes.
@inline(__always)
func bitPatterns(_ v: DoubleLanes) -> BitLanes {
    BitLanes(Builtin.bitcast_Vec8xFPIEEE64_Vec8xInt64(v.storage))
}

/// The Doubles with these bit patterns.
@inline(__always)
func doubles(bitPatterns bits: BitLanes) -> DoubleLanes {
    DoubleLanes(Builtin.bitcast_Vec8xInt64_Vec8xFPIEEE64(bits.storage))
}

/// The bit patterns of the lanes as signed integers (for the exponent arithmetic).
@inline(__always)
func integerBitPatterns(_ v: DoubleLanes) -> IntegerLanes {
    IntegerLanes(Builtin.bitcast_Vec8xFPIEEE64_Vec8xInt64(v.storage))
}

/// The Doubles with these bit patterns, given as signed integers.
@inline(__always)
func doubles(integerBitPatterns bits: IntegerLanes) -> DoubleLanes {
    DoubleLanes(Builtin.bitcast_Vec8xInt64_Vec8xFPIEEE64(bits.storage))
}

/// Whether any lane of the mask is set (one OR reduction: kortest on AVX-512).
@inline(__always)
func anyLane(_ mask: LaneMask) -> Bool {
    Bool(Builtin.int_vector_reduce_or_Vec8xInt1(mask.storage))
}

/// a * b + c with one rounding (a fused multiply-add on every lane; a libm call per lane on the
/// x86-64 baseline, which has no FMA instruction, correctly rounded all the same).
@inline(__always)
func fusedMultiplyAdd(_ a: DoubleLanes, _ b: DoubleLanes, _ c: DoubleLanes) -> DoubleLanes {
    DoubleLanes(Builtin.int_fma_Vec8xFPIEEE64(a.storage, b.storage, c.storage))
}

/// The largest integers not above v, whatever the rounding mode (one instruction from SSE4.1 on; a
/// libm call per lane on the x86-64 baseline).
@inline(__always)
func floors(_ v: DoubleLanes) -> DoubleLanes {
    DoubleLanes(Builtin.int_floor_Vec8xFPIEEE64(v.storage))
}

/// The lanes with low <= v <= high, for 0 <= low <= high, compared as bit patterns: for non-negative
/// Doubles their order is that of the unsigned integers, negative numbers and NaNs fall outside, and
/// no floating-point comparison runs, so a NaN raises no invalid-operation flag (an ordered vector
/// comparison of a quiet NaN does, on x86-64).
@inline(__always)
func within(_ v: DoubleLanes, _ low: Double, _ high: Double) -> LaneMask {
    (bitPatterns(v) &- BitLanes(repeating: low.bitPattern)) .<= BitLanes(repeating: high.bitPattern - low.bitPattern)
}

/// |v| on every lane (clears the sign bits).
@inline(__always)
func magnitudes(_ v: DoubleLanes) -> DoubleLanes {
    doubles(bitPatterns: bitPatterns(v) & 0x7fff_ffff_ffff_ffff)
}

/// -v on every lane (flips the sign bits; exact, NaN stays NaN).
@inline(__always)
func negated(_ v: DoubleLanes) -> DoubleLanes {
    doubles(bitPatterns: bitPatterns(v) ^ 0x8000_0000_0000_0000)
}

/// -|v| on every lane (sets the sign bits).
@inline(__always)
func negativeMagnitudes(_ v: DoubleLanes) -> DoubleLanes {
    doubles(bitPatterns: bitPatterns(v) | 0x8000_0000_0000_0000)
}

/// 2^k for integer lanes -1022 <= k <= 1023, built from the bit pattern.
@inline(__always)
func powersOfTwo(_ k: IntegerLanes) -> DoubleLanes {
    doubles(integerBitPatterns: (k &+ 1023) &<< 52)
}

/// The integer lanes as Doubles, exactly, for |k| < 2^51: the bits of 1.5 * 2^52 + k, minus 1.5 * 2^52
/// (AVX2 has no 64-bit integer conversion instruction; this is two instructions everywhere).
@inline(__always)
func doubles(integers k: IntegerLanes) -> DoubleLanes {
    let shifter: Double = 0x1.8p52
    let bits = k &+ IntegerLanes(repeating: Int64(bitPattern: shifter.bitPattern))
    return doubles(integerBitPatterns: bits) - DoubleLanes(repeating: shifter)
}

/// The lanes of `a` where `condition` is true, those of `b` elsewhere.
@inline(__always)
func select(_ condition: LaneMask, _ a: DoubleLanes, _ b: DoubleLanes) -> DoubleLanes {
    DoubleLanes(Builtin.select_Vec8xInt1_Vec8xFPIEEE64(condition.storage, a.storage, b.storage))
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

/// What the array loops need of a lane type: splatting an element, and single lanes (only on the
/// rare path that patches slow lanes and on the tail of an array).
protocol LaneVector: BitwiseCopyable {
    associatedtype Element: BinaryFloatingPoint
    init(repeating value: Element)
    subscript(lane: Int) -> Element { get set }
}

extension DoubleLanes: LaneVector {
    subscript(lane: Int) -> Double {
        get { unsafeBitCast(self, to: SIMD8<Double>.self)[lane] }
        set {
            var lanes = unsafeBitCast(self, to: SIMD8<Double>.self)
            lanes[lane] = newValue
            self = unsafeBitCast(lanes, to: DoubleLanes.self)
        }
    }
}

extension FloatLanes: LaneVector {
    subscript(lane: Int) -> Float {
        get { unsafeBitCast(self, to: SIMD8<Float>.self)[lane] }
        set {
            var lanes = unsafeBitCast(self, to: SIMD8<Float>.self)
            lanes[lane] = newValue
            self = unsafeBitCast(lanes, to: FloatLanes.self)
        }
    }
}

extension LaneMask {
    /// Whether the lane is set.
    subscript(lane: Int) -> Bool {
        unsafeBitCast(Builtin.sext_Vec8xInt1_Vec8xInt64(storage), to: SIMD8<Int64>.self)[lane] != 0
    }
}
