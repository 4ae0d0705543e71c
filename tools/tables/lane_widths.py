#!/usr/bin/env python3
"""Generate Sources/SoftplusKernels/LaneWidths.swift: the vector widths the kernels are compiled for.

Each width is an enum conforming to LaneWidth (Sources/SoftplusKernels/VectorTypes.swift): LLVM vector
types of that many lanes and one Builtin operation per requirement. The list of operations is written
once here, so the widths cannot drift apart. The table lookup (lookup) is written per instruction set:
the flags of cmake/kernels.cmake choose AVX-512's or AVX2's permutations (TableLookup.swift).

Why five widths (Sources/SoftplusKernels/ArrayLoops.swift says more): the array loops run the Double
kernels on 32 lanes (16 on the AVX2 copy, which has half the registers) and the Float ones on 64, which
LLVM emits as four (eight) AVX-512 instructions per operation, one after the other, so that the processor
overlaps independent dependency chains; the x86-64 baseline copy, whose multiply-adds are emulated
(EmulatedFusedMultiplyAdd.swift), runs both on 4; a scalar call runs them on 2. Every lane computes the
same operations at any width, so the results are the same bits.

Run from the repository root:
    python3 tools/tables/lane_widths.py > Sources/SoftplusKernels/LaneWidths.swift
    python3 tools/tables/lane_widths.py check    # exit 1 when the committed file differs (ctest)
"""
from generated_file import run

WIDTHS = [(2, "Two"), (4, "Four"), (16, "Sixteen"), (32, "ThirtyTwo"), (64, "SixtyFour")]

# (Swift declaration, body), with N for the lane count. Each vector type is a struct of one LLVM
# vector (field v), not the LLVM type itself: a debug build leaves the kernels unspecialized, and the
# runtime must then build the metadata of LaneWidth's associated types, which it cannot do for an LLVM
# vector ("failed to demangle witness for associated type 'Booleans'"), but can for a struct.
# The masks are kept as 64-bit lanes of all ones or all zeros (a comparison's i1 lanes sign-extended)
# and truncated back to i1 where an operation takes a mask: stored as i1 vectors, they came back
# wrong in a debug build (softminus, which returns a kernel's tuple from a closure, gave 3e-5 for
# softminus(2)). Optimized, LLVM folds each truncation of a sign extension away: the kernels compile
# to the same instructions (AVX-512 mask registers) as with i1 storage (the same instruction counts in
# sigmoid's array loop) and give the same bits.
OPERATIONS = [
    ("static var count: Int", "N"),
    ("static func splat(_ value: Double) -> Doubles", "unsafeBitCast(SIMDN<Double>(repeating: value), to: Doubles.self)"),
    ("static func splat(_ value: Float) -> Floats", "unsafeBitCast(SIMDN<Float>(repeating: value), to: Floats.self)"),
    ("static func splat(_ value: UInt64) -> Words", "unsafeBitCast(SIMDN<UInt64>(repeating: value), to: Words.self)"),
    ("static func add(_ a: Doubles, _ b: Doubles) -> Doubles", "Doubles(v: Builtin.fadd_VecNxFPIEEE64(a.v, b.v))"),
    ("static func subtract(_ a: Doubles, _ b: Doubles) -> Doubles", "Doubles(v: Builtin.fsub_VecNxFPIEEE64(a.v, b.v))"),
    ("static func multiply(_ a: Doubles, _ b: Doubles) -> Doubles", "Doubles(v: Builtin.fmul_VecNxFPIEEE64(a.v, b.v))"),
    ("static func divide(_ a: Doubles, _ b: Doubles) -> Doubles", "Doubles(v: Builtin.fdiv_VecNxFPIEEE64(a.v, b.v))"),
    ("static func fusedMultiplyAdd(_ a: Doubles, _ b: Doubles, _ c: Doubles) -> Doubles",
     "Doubles(v: Builtin.int_fma_VecNxFPIEEE64(a.v, b.v, c.v))"),
    ("static func floor(_ a: Doubles) -> Doubles", "Doubles(v: Builtin.int_floor_VecNxFPIEEE64(a.v))"),
    ("static func less(_ a: Doubles, _ b: Doubles) -> Booleans", "Booleans(v: Builtin.sext_VecNxInt1_VecNxInt64(Builtin.fcmp_olt_VecNxFPIEEE64(a.v, b.v)))"),
    ("static func lessOrEqual(_ a: Doubles, _ b: Doubles) -> Booleans", "Booleans(v: Builtin.sext_VecNxInt1_VecNxInt64(Builtin.fcmp_ole_VecNxFPIEEE64(a.v, b.v)))"),
    ("static func greater(_ a: Doubles, _ b: Doubles) -> Booleans", "Booleans(v: Builtin.sext_VecNxInt1_VecNxInt64(Builtin.fcmp_ogt_VecNxFPIEEE64(a.v, b.v)))"),
    ("static func greaterOrEqual(_ a: Doubles, _ b: Doubles) -> Booleans",
     "Booleans(v: Builtin.sext_VecNxInt1_VecNxInt64(Builtin.fcmp_oge_VecNxFPIEEE64(a.v, b.v)))"),
    ("static func equal(_ a: Doubles, _ b: Doubles) -> Booleans", "Booleans(v: Builtin.sext_VecNxInt1_VecNxInt64(Builtin.fcmp_oeq_VecNxFPIEEE64(a.v, b.v)))"),
    ("static func select(_ c: Booleans, _ a: Doubles, _ b: Doubles) -> Doubles",
     "Doubles(v: Builtin.select_VecNxInt1_VecNxFPIEEE64(Builtin.trunc_VecNxInt64_VecNxInt1(c.v), a.v, b.v))"),
    ("static func bits(_ a: Doubles) -> Words", "Words(v: Builtin.bitcast_VecNxFPIEEE64_VecNxInt64(a.v))"),
    ("static func doubles(_ a: Words) -> Doubles", "Doubles(v: Builtin.bitcast_VecNxInt64_VecNxFPIEEE64(a.v))"),
    ("static func widen(_ a: Floats) -> Doubles", "Doubles(v: Builtin.fpext_VecNxFPIEEE32_VecNxFPIEEE64(a.v))"),
    ("static func narrow(_ a: Doubles) -> Floats", "Floats(v: Builtin.fptrunc_VecNxFPIEEE64_VecNxFPIEEE32(a.v))"),
    ("static func and(_ a: Words, _ b: Words) -> Words", "Words(v: Builtin.and_VecNxInt64(a.v, b.v))"),
    ("static func or(_ a: Words, _ b: Words) -> Words", "Words(v: Builtin.or_VecNxInt64(a.v, b.v))"),
    ("static func xor(_ a: Words, _ b: Words) -> Words", "Words(v: Builtin.xor_VecNxInt64(a.v, b.v))"),
    ("static func wrappingAdd(_ a: Words, _ b: Words) -> Words", "Words(v: Builtin.add_VecNxInt64(a.v, b.v))"),
    ("static func wrappingSubtract(_ a: Words, _ b: Words) -> Words", "Words(v: Builtin.sub_VecNxInt64(a.v, b.v))"),
    ("static func shiftLeft(_ a: Words, _ b: Words) -> Words", "Words(v: Builtin.shl_VecNxInt64(a.v, b.v))"),
    ("static func shiftRightArithmetic(_ a: Words, _ b: Words) -> Words", "Words(v: Builtin.ashr_VecNxInt64(a.v, b.v))"),
    ("static func unsignedLessOrEqual(_ a: Words, _ b: Words) -> Booleans", "Booleans(v: Builtin.sext_VecNxInt1_VecNxInt64(Builtin.cmp_ule_VecNxInt64(a.v, b.v)))"),
    ("static func not(_ a: Booleans) -> Booleans",
     "Booleans(v: Builtin.xor_VecNxInt64(a.v, splat(UInt64.max).v))"),
    ("static func and(_ a: Booleans, _ b: Booleans) -> Booleans", "Booleans(v: Builtin.and_VecNxInt64(a.v, b.v))"),
    ("static func or(_ a: Booleans, _ b: Booleans) -> Booleans", "Booleans(v: Builtin.or_VecNxInt64(a.v, b.v))"),
    ("static func any(_ a: Booleans) -> Bool", "Bool(Builtin.int_vector_reduce_or_VecNxInt1(Builtin.trunc_VecNxInt64_VecNxInt1(a.v)))"),
    ("static func lane(_ a: Booleans, _ i: Int) -> Bool",
     "unsafeBitCast(a.v, to: SIMDN<Int64>.self)[i] != 0"),
    ("static func lane(_ a: Doubles, _ i: Int) -> Double", "unsafeBitCast(a, to: SIMDN<Double>.self)[i]"),
    ("static func lane(_ a: Floats, _ i: Int) -> Float", "unsafeBitCast(a, to: SIMDN<Float>.self)[i]"),
    ("static func lookup(_ table: borrowing SixteenDoubles, _ index: Words) -> Doubles", "LOOKUP"),
]


def lookup_body(n):
    """LaneWidth.lookup for n lanes (TableLookup.swift): on the AVX-512 copy of the kernels one vpermi2pd
    per 8 lanes, on the AVX2 copy four loads per 4 lanes, elsewhere and for fewer than 8 lanes one lane
    at a time through memory."""
    portable = "lookedUp(table, index, width: Self.self)"
    if n % 8 != 0:
        return portable

    def pieces(register_name, lanes, lookup, table):
        parts = n // lanes
        kinds = ", ".join([f"{register_name}"] * parts)
        looked = ",\n            ".join(f"{lookup}({table}, parts.{i})" for i in range(parts))
        return (f"        let parts = unsafeBitCast(index, to: ({kinds}).self)\n"
                f"        return unsafeBitCast((\n            {looked}), to: Doubles.self)\n")

    return ("#if SOFTPLUS_KERNELS_AVX512\n"
            "        let registers = tableRegisters512(table)\n"
            + pieces("EightWords", 8, "lookup512", "registers") +
            "#elseif SOFTPLUS_KERNELS_AVX2\n"
            + pieces("FourWords", 4, "lookup256", "table") +
            "#else\n"
            f"        {portable}\n"
            "#endif")


def main():
    print("// GENERATED by tools/tables/lane_widths.py -- do not edit.")
    print("// Regenerate: python3 tools/tables/lane_widths.py > Sources/SoftplusKernels/LaneWidths.swift")
    print("//")
    print("// The widths the kernels are compiled for (LaneWidth, VectorTypes.swift): each requirement is one")
    print("// operation on LLVM vectors of that many lanes, an IEEE-754 operation or a bitwise one, so every")
    print("// width computes the same bits on every lane; lookup, a table lookup (TableLookup.swift), is exact")
    print("// whichever instructions do it.")
    print()
    print("import Builtin")
    for n, name in WIDTHS:
        print()
        print(f"/// {n} lanes.")
        print(f"enum {name}: LaneWidth {{")
        for vector, llvm in (("Doubles", "FPIEEE64"), ("Floats", "FPIEEE32"), ("Words", "Int64"), ("Booleans", "Int64")):
            print(f"    struct {vector} {{ var v: Builtin.Vec{n}x{llvm} }}")
        for declaration, body in OPERATIONS:
            if body == "LOOKUP":
                body = lookup_body(n)
            body = body.replace("VecN", f"Vec{n}").replace("SIMDN", f"SIMD{n}").replace("N", str(n)) \
                if body == "N" else body.replace("VecN", f"Vec{n}").replace("SIMDN", f"SIMD{n}")
            print()
            print(f"    @inline(__always) {declaration} {{")
            print(body if body.startswith("#") else f"        {body}")  # the lookup's #if starts a line
            print("    }")
        print("}")


if __name__ == "__main__":
    run(main, "Sources/SoftplusKernels/LaneWidths.swift", "lane_widths.py")
