// Looking up a table of 16 Doubles by the low 4 bits of each lane (LaneWidth.lookup, for the table of
// 2^(j/16) in VectorExpTable.swift). A lookup is exact, so the three ways below give the same bits;
// which one a copy of the kernels compiles is chosen by the flag cmake/kernels.cmake gives that copy.
//
//   AVX-512 (SOFTPLUS_KERNELS_AVX512): vpermi2pd indexes the 16 Doubles of two registers by the low 4
//     bits of each of 8 lanes, one instruction per 8 lanes.
//   AVX2 (SOFTPLUS_KERNELS_AVX2): no instruction before AVX-512 indexes Doubles across a register by a
//     vector (vgatherqpd loads them from memory, but this compiler cannot call its LLVM intrinsic,
//     which takes a pointer: "failed to produce diagnostic", Swift 6.3.1). Per 4 lanes, the four
//     indices are taken out of the register and the four entries loaded into it (LLVM's vmovq/vpextrq,
//     then vmovsd/vmovhpd/vinsertf128). Measured on sigmoid f64 (Zen 4, AVX2 copy, 32 lanes, ns per
//     element): 2.52 this way, 2.87 with vpermps (which indexes the 8 Floats of a register: four per
//     4 lanes for the table's quarters, two levels of selection), 3.18 with the portable loop below;
//     2.33 before the table. With the Double arrays on 16 lanes on this copy (ArrayLoops.swift), 1.97.
//   Otherwise (the x86-64 baseline, other architectures, the scalar width): one lane at a time.

import Builtin

/// A table of 16 Doubles that the lanes index (VectorExpTable.swift): constant data in the binary.
typealias SixteenDoubles = InlineArray<16, Double>

/// table[index & 15] on every lane, one lane at a time through memory.
@inline(__always)
func lookedUp<W: LaneWidth>(_ table: SixteenDoubles, _ index: W.Words, width: W.Type) -> W.Doubles {
    var result = W.splat(0.0)
    withUnsafeBytes(of: index) { indices in
        withUnsafeMutableBytes(of: &result) { lanes in
            for lane in 0..<W.count {
                let j = Int(truncatingIfNeeded: indices.load(fromByteOffset: 8 * lane, as: UInt64.self) & 15)
                lanes.storeBytes(of: table[j], toByteOffset: 8 * lane, as: Double.self)
            }
        }
    }
    return result
}

#if SOFTPLUS_KERNELS_AVX512
/// 8 lanes, the operands of vpermi2pd.
struct EightDoubles { var v: Builtin.Vec8xFPIEEE64 }
struct EightWords { var v: Builtin.Vec8xInt64 }

/// The table in two registers, entries 0-7 and 8-15.
@inline(__always)
func tableRegisters512(_ table: borrowing SixteenDoubles) -> (low: EightDoubles, high: EightDoubles) {
    (unsafeBitCast(SIMD8(table[0], table[1], table[2], table[3], table[4], table[5], table[6], table[7]),
                   to: EightDoubles.self),
     unsafeBitCast(SIMD8(table[8], table[9], table[10], table[11], table[12], table[13], table[14], table[15]),
                   to: EightDoubles.self))
}

/// table[index & 15] on 8 lanes: vpermi2pd (its index bit 3 picks the register, bits 0-2 the entry).
@inline(__always)
func lookup512(_ table: (low: EightDoubles, high: EightDoubles), _ index: EightWords) -> EightDoubles {
    EightDoubles(v: Builtin.int_x86_avx512_vpermi2var_pd_512(table.low.v, index.v, table.high.v))
}
#endif

#if SOFTPLUS_KERNELS_AVX2
/// 4 lanes.
struct FourWords { var v: Builtin.Vec4xInt64 }
struct FourDoubles { var v: Builtin.Vec4xFPIEEE64 }

/// table[index & 15] on 4 lanes: four indices taken out of the register, four loads put in.
@inline(__always)
func lookup256(_ table: borrowing SixteenDoubles, _ index: FourWords) -> FourDoubles {
    var result = unsafeBitCast(SIMD4<Double>(repeating: 0), to: FourDoubles.self).v
    for lane in 0..<4 {
        let j = Int64(Builtin.extractelement_Vec4xInt64_Int32(index.v, Int32(lane)._value)) & 15
        result = Builtin.insertelement_Vec4xFPIEEE64_FPIEEE64_Int32(result, table[Int(j)]._value, Int32(lane)._value)
    }
    return FourDoubles(v: result)
}
#endif
