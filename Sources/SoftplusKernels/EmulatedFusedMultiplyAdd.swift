// a * b + c with one rounding, from SSE2 additions and multiplications: the fused multiply-add of the
// x86-64 baseline copy of the kernels (VectorTypes.swift's fusedMultiplyAdd calls it there).
//
// Why: x86-64 before x86-64-v3 has no FMA instruction, so LLVM called libm's fma once per lane. Where
// glibc's fma is the FMA instruction, that path took 32 / 48 / 22 ns per element (sigmoid f64, softplus
// f64, sigmoid f32, SOFTPLUS_ISA=baseline, n = 2^12, Zen 4); on a processor without it (before Haswell,
// Atom before Gracemont, QEMU's default CPU model) glibc's software fma took 1500 / 2100 / 1090 ns
// (measured with GLIBC_TUNABLES=glibc.cpu.hwcaps=-FMA,-AVX2,-FMA4). With this emulation, on 4 lanes
// (ArrayLoops.swift): 63 / 82 / 43 ns, with or without the instruction. Every kernel must return the
// same bits on every path, so an emulation must be exact, not a multiplication and an addition.
// Always emulating costs the processors with FMA but without AVX2 (AMD Piledriver, Steamroller) a
// factor 1.8; choosing by cpuid would leave the emulation untested on any machine that has FMA, this
// one included.
//
// Method (Boldo and Melquiond, "Emulation of a FMA and correctly-rounded sums: proved algorithms using
// rounding to odd", IEEE Transactions on Computers 57(4), 2008):
//   p + e = a b exactly: Dekker's product (1971), with Veltkamp's split of a and b into 26- and 27-bit
//     halves by the constant 2^27 + 1;
//   s + t = c + p exactly: Knuth's TwoSum;
//   v = t + e rounded to odd: rounded to nearest, and when that was inexact (TwoSum gives the error)
//     and its last significand bit is 0, moved one step towards the exact sum. A result rounded to
//     odd with p = 53 >= 5 bits keeps enough to be rounded again:
//   s + v rounded to nearest is a b + c rounded to nearest (their theorem for radix 2, precision >= 5).
//   When v is zero the result is s itself: a b + c = s exactly, and s already has the sign IEEE 754
//   gives an exact zero sum (s + v could turn s = -0 into +0).
// Every step is exact or rounded as the theorem needs only inside a range of the operands, which
// outsideEmulatedRange tests; the lanes outside it take libm's fma instead (the old path), the others
// keep the emulation, so that each lane's result depends on its own operands only (VectorTypes.swift).
// The range, with E the binary exponent (|x| in [2^E, 2^(E+1)), biased field F = E + 1023):
//   a and b zero or normal with |a|, |b| < 2^995 (1 <= F <= 2017): (2^27 + 1) a does not overflow;
//   a or b zero, or 2^-960 <= |a b| < 2^1021 (1086 <= Fa + Fb <= 3065): Dekker's product is exact when
//     Ea + Eb >= -1022 + 52 (no partial product loses bits below 2^-1074; Boldo, "Pitfalls of a full
//     floating-point proof", IJCAR 2006), and c + p cannot overflow;
//   c finite, |c| < 2^1022 (F <= 2044): TwoSum's sums stay finite.
// Subnormal steps inside the range are exact: a sum whose rounded value is subnormal is exact, so v is
// exact when subnormal; and a result below 2^-1022 needs |c| and |p| within a factor 2 of each other,
// where s = c + p is exact (Sterbenz), t = 0 and v = e, one rounding in all. The partial products are
// exact, so they raise no underflow flag. Tests/SoftplusKernelsTests/EmulatedFusedMultiplyAddTests.swift
// compares the emulation with a real fused multiply-add on operands across the range, at its edges and
// on ties that only the rounding to odd decides.
//
// Under a directed rounding mode the sums are no longer exact, and the result may differ from the
// instruction's. The kernels make no exactness claim there: Tests/robustness/test_fp_environment with
// SOFTPLUS_ISA=baseline finds every function, in both formats, within 1 step of its round-to-nearest
// result under each directed mode, as on the AVX-512 path (its bound is 2 ULP).
// Flags: the splits of operands whose product the instruction would compute exactly can be inexact, so
// on this path inexact may also be raised for a NaN, a pole or an input outside the domain
// (docs/ROBUSTNESS.md; C99 F.9 leaves inexact unspecified for library functions).

/// The binary exponent field of each lane (0 for zero and subnormals, 2047 for infinities and NaN).
@inline(__always)
private func exponentField<W: LaneWidth>(_ v: DoubleLanes<W>) -> BitLanes<W> {
    (bitPatterns(v) &>> 52) & 0x7ff
}

/// The lanes where emulatedFusedMultiplyAdd may not be exact (see the header): a or b subnormal,
/// non-finite or at least 2^995, a nonzero product outside [2^-960, 2^1021), c non-finite or at least 2^1022.
@inline(__always)
func outsideEmulatedRange<W: LaneWidth>(
    _ a: DoubleLanes<W>, _ b: DoubleLanes<W>, _ c: DoubleLanes<W>
) -> LaneMask<W> {
    let fieldA = exponentField(a), fieldB = exponentField(b)
    let zeroA = zeroLanes(a), zeroB = zeroLanes(b)
    let aInRange = zeroA .| ((fieldA &- 1) .<= 2016)
    let bInRange = zeroB .| ((fieldB &- 1) .<= 2016)
    let exponentSum: BitLanes<W> = (fieldA &+ fieldB) &- 1086
    let productInRange = zeroA .| zeroB .| (exponentSum .<= BitLanes<W>(repeating: 3065 - 1086))
    let cInRange = exponentField(c) .<= 2044
    return .!(aInRange .& bInRange .& productInRange .& cInRange)
}

/// a b + c rounded to nearest, exactly as a fused multiply-add, on lanes inside the range of
/// outsideEmulatedRange, under round to nearest (see the header).
@inline(__always)
func emulatedFusedMultiplyAdd<W: LaneWidth>(
    _ a: DoubleLanes<W>, _ b: DoubleLanes<W>, _ c: DoubleLanes<W>
) -> DoubleLanes<W> {
    // Veltkamp: aHi holds a's upper 26 significant bits, aLo = a - aHi the rest, both exact.
    let splitter = DoubleLanes<W>(repeating: 0x1p27 + 1)
    let scaledA = a * splitter
    let aHi = scaledA - (scaledA - a)
    let aLo = a - aHi
    let scaledB = b * splitter
    let bHi = scaledB - (scaledB - b)
    let bLo = b - bHi
    // Dekker: product + productError = a b.
    let product = a * b
    let productError = (((aHi * bHi - product) + aHi * bLo) + aLo * bHi) + aLo * bLo
    // TwoSum: sum + sumError = c + product.
    let sum = c + product
    let sumPart = sum - c
    let sumError = (c - (sum - sumPart)) + (product - sumPart)
    // The tail sumError + productError rounded to nearest, and that rounding's error (TwoSum).
    let tail = sumError + productError
    let tailPart = tail - sumError
    let tailError = (sumError - (tail - tailPart)) + (productError - tailPart)
    // Rounded to odd instead: an inexact tail with an even last bit moves one step towards the
    // exact value, +1 on the bit pattern when tailError has the tail's sign, -1 otherwise.
    let tailBits = bitPatterns(tail)
    let errorBits = bitPatterns(tailError)
    let even = (tailBits & 1) .<= 0
    let inexact = .!((errorBits &<< 1) .<= 0)
    let step = ((tailBits ^ errorBits) &>> 63) | 1
    let oddTail = select(even .& inexact, doubles(bitPatterns: tailBits &+ step), tail)
    return select(zeroLanes(oddTail), sum, sum + oddTail)
}
