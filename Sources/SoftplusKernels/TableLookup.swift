// Looking up a table of 16 Doubles by the low 4 bits of each lane (LaneWidth.lookup, for the table of
// 2^(j/16) in VectorExpTable.swift). A lookup is exact, so the three ways below give the same bits;
// which one a copy of the kernels compiles is chosen by the flag cmake/kernels.cmake gives that copy.
//
//   AVX-512 (SOFTPLUS_KERNELS_AVX512): vpermi2pd indexes the 16 Doubles of two registers by the low 4 bits
//     of each of 8 lanes, one instruction per 8 lanes.
//   AVX2 (SOFTPLUS_KERNELS_AVX2): no instruction indexes Doubles across a register by a vector before
//     AVX-512, but vpermps indexes the 8 Floats of a register, that is the 2 halves of each of 4 Doubles:
//     one vpermps per quarter of the table and two levels of selection by bits 2 and 3, 7 instructions
//     per 4 lanes plus 7 for the indices, shared by the two tables the Double kernels look up. Reading
//     the lanes one at a time through memory instead made sigmoid f64 31% slower on this path than
//     the table-free exponential (3.18 against 2.42 ns per element, Zen 4); with vpermps the AVX2 copy
//     of the table method is about as fast as the table-free one (README, "The kernels").
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
/// 4 lanes, and a register of 8 Floats (4 Doubles' halves), the operands of vpermps.
struct FourDoubles { var v: Builtin.Vec4xFPIEEE64 }
struct FourWords { var v: Builtin.Vec4xInt64 }
struct EightFloats { var v: Builtin.Vec8xFPIEEE32 }

/// The table in four registers of 4 Doubles each, seen as 8 Floats.
@inline(__always)
func tableRegisters256(_ table: borrowing SixteenDoubles) -> (EightFloats, EightFloats, EightFloats, EightFloats) {
    (unsafeBitCast(SIMD4(table[0], table[1], table[2], table[3]), to: EightFloats.self),
     unsafeBitCast(SIMD4(table[4], table[5], table[6], table[7]), to: EightFloats.self),
     unsafeBitCast(SIMD4(table[8], table[9], table[10], table[11]), to: EightFloats.self),
     unsafeBitCast(SIMD4(table[12], table[13], table[14], table[15]), to: EightFloats.self))
}

@inline(__always)
private func words(_ value: UInt64) -> Builtin.Vec4xInt64 {
    unsafeBitCast(SIMD4<UInt64>(repeating: value), to: FourWords.self).v
}

/// table[index & 15] on 4 lanes: lane i takes Floats 2(j & 3) and 2(j & 3) + 1 of each quarter of the
/// table (vpermps), and bits 2 and 3 of j choose among the quarters.
@inline(__always)
func lookup256(_ table: (EightFloats, EightFloats, EightFloats, EightFloats), _ index: FourWords) -> FourDoubles {
    let j = index.v
    let first = Builtin.and_Vec4xInt64(Builtin.shl_Vec4xInt64(j, words(1)), words(6))
    let pairs = Builtin.or_Vec4xInt64(first, Builtin.shl_Vec4xInt64(Builtin.add_Vec4xInt64(first, words(1)), words(32)))
    let floatIndices = Builtin.bitcast_Vec4xInt64_Vec8xInt32(pairs)
    func quarter(_ registers: EightFloats) -> Builtin.Vec4xFPIEEE64 {
        Builtin.bitcast_Vec8xFPIEEE32_Vec4xFPIEEE64(Builtin.int_x86_avx2_permps(registers.v, floatIndices))
    }
    let bit2 = Builtin.cmp_slt_Vec4xInt64(Builtin.shl_Vec4xInt64(j, words(61)), words(0))
    let bit3 = Builtin.cmp_slt_Vec4xInt64(Builtin.shl_Vec4xInt64(j, words(60)), words(0))
    let low = Builtin.select_Vec4xInt1_Vec4xFPIEEE64(bit2, quarter(table.1), quarter(table.0))
    let high = Builtin.select_Vec4xInt1_Vec4xFPIEEE64(bit2, quarter(table.3), quarter(table.2))
    return FourDoubles(v: Builtin.select_Vec4xInt1_Vec4xFPIEEE64(bit3, high, low))
}
#endif
