// The fused multiply-add emulation of the x86-64 baseline kernels (Sources/SoftplusKernels/
// EmulatedFusedMultiplyAdd.swift) against Swift's addingProduct, a real fused multiply-add (the FMA
// instruction, or libm's correctly rounded fma): the same bits on every operand inside the emulation's
// range, and the range test refusing the operands where the emulation's steps could round.
// The emulation is compiled in every build; only the baseline copy of the kernels calls it, and the
// dispatch tests (Tests/dispatch) compare that copy's results with the other paths' bit for bit.

@testable import SoftplusKernels
import Testing

/// The emulation on lane 0 of a vector of copies, and whether the range test leaves it out.
private func emulated(_ a: Double, _ b: Double, _ c: Double) -> (value: Double, outside: Bool) {
    let (a, b, c) = (DoubleLanes<Two>(repeating: a), DoubleLanes<Two>(repeating: b), DoubleLanes<Two>(repeating: c))
    return (Two.lane(emulatedFusedMultiplyAdd(a, b, c).storage, 0), outsideEmulatedRange(a, b, c)[0])
}

/// SplitMix64: a fixed sequence, so that a failure can be replayed.
private struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
    /// A Double of random sign and significand with binary exponent `exponent`; half the time with at
    /// most 26 significant bits, so that products are often exact and sums hit exact ties.
    mutating func double(exponent: Int) -> Double {
        let bits = next()
        var significand = bits & ((1 << 52) - 1)
        if bits >> 63 == 1 { significand &= ~((1 << 27) - 1) }
        let magnitude = Double(sign: .plus, exponent: exponent, significand: 1 + Double(significand) * 0x1p-52)
        return bits & (1 << 62) == 0 ? magnitude : -magnitude
    }
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}

/// The addends that make a b + c hard to round: ties and near-ties with the product's rounding error,
/// cancellation of the product, and addends far above and below it. The last four put c + p, p = a b
/// rounded, exactly halfway between two Doubles (c's ulp is twice p's lowest set bit), so that only the
/// product's rounding error decides the result: the case that needs the rounding to odd.
private func hardAddends(_ a: Double, _ b: Double) -> [Double] {
    let product = a * b
    let error = (-product).addingProduct(a, b)
    let ulp = product.ulp
    let significand = product.significandBitPattern
    let trailingZeros = significand == 0 ? 52 : significand.trailingZeroBitCount
    let lowestBit = product.magnitude.ulp * Double(sign: .plus, exponent: trailingZeros, significand: 1)
    let tieAddend = 2 * lowestBit * 0x1p52
    return [tieAddend, -tieAddend, tieAddend * 1.6180339887498949, -tieAddend * 1.3819660112501051,
            -product, product, -error, error, ulp / 2, -ulp / 2, 3 * ulp / 2, -3 * ulp / 2, ulp / 4, -ulp / 4,
            -product + ulp, -product - ulp, -product.nextUp, -product.nextDown, -product / 2, -2 * product,
            ulp / 2 - error, -ulp / 2 - error, product * 0x1p-60, product * 0x1p-106, product * 0x1p60, 0, -0.0]
}

@Suite struct EmulatedFusedMultiplyAddTests {
    @Test func equalsTheFusedMultiplyAddOnRandomAndHardOperands() {
        var generator = Generator(state: 20261129)
        var compared = 0, outside = 0, differ = 0
        func check(_ a: Double, _ b: Double, _ c: Double) {
            let (value, isOutside) = emulated(a, b, c)
            if isOutside { outside += 1; return }
            compared += 1
            let expected = c.addingProduct(a, b)
            if value.bitPattern != expected.bitPattern {
                differ += 1
                if differ <= 5 { Issue.record("fma(\(a), \(b), \(c)): emulated \(value), expected \(expected)") }
            }
        }
        for _ in 0..<100_000 {
            // Products from 2^-900 to 2^900, most of them near 1 as in the kernels.
            let wide = generator.next() & 3 == 0
            let exponentA = wide ? generator.integer(-450...450) : generator.integer(-60...60)
            let exponentB = wide ? generator.integer(-450...450) : generator.integer(-60...60)
            let a = generator.double(exponent: exponentA)
            let b = generator.double(exponent: exponentB)
            let offset = generator.integer(-120...120)
            check(a, b, generator.double(exponent: exponentA + exponentB + offset))
            for c in hardAddends(a, b) { check(a, b, c) }
        }
        #expect(differ == 0)
        // Every operand above lies inside the range, so every one was compared.
        #expect(outside == 0)
        #expect(compared == 100_000 * (1 + hardAddends(1, 1).count))
    }

    @Test func equalsTheFusedMultiplyAddAtTheEdgesOfItsRange() {
        var generator = Generator(state: 7)
        var differ = 0
        func check(_ a: Double, _ b: Double, _ c: Double) {
            let (value, isOutside) = emulated(a, b, c)
            #expect(!isOutside, "fma(\(a), \(b), \(c)) should be inside the range")
            let expected = c.addingProduct(a, b)
            if value.bitPattern != expected.bitPattern {
                differ += 1
                if differ <= 5 { Issue.record("fma(\(a), \(b), \(c)): emulated \(value), expected \(expected)") }
            }
        }
        for _ in 0..<20_000 {
            // |a| just below 2^995 (the split's limit) and a product up to 2^1021.
            let large = generator.double(exponent: 994)
            check(large, generator.double(exponent: generator.integer(-1000...25)), generator.double(exponent: 1020))
            // Products just above 2^-960 (Dekker's limit), with every kind of addend, subnormal ones too.
            let exponentA = generator.integer(-500...(-460))
            let a = generator.double(exponent: exponentA)
            let b = generator.double(exponent: -960 - exponentA)
            for c in hardAddends(a, b) + [generator.double(exponent: -1000), 0x1p-1074, -0x1p-1060, 0x1.8p-1022] {
                check(a, b, c)
            }
            // A zero factor with the other at the split's limit, and signed zeros everywhere.
            for zero in [0.0, -0.0] {
                for c in [0.0, -0.0, generator.double(exponent: 0), 0x1p-1074] {
                    check(zero, large, c)
                    check(-large, zero, c)
                }
            }
        }
        #expect(differ == 0)
    }

    /// a = (2^52 + i) 2^m and b = (2^52 - i) 2^n: a b = (2^104 - i^2) 2^(m+n), so p = 2^(104+m+n) and its
    /// error -i^2 2^(m+n) is too small to show in p's tie with c (c's ulp 2p): RN(tail) would lose it
    /// and round the tie to even, half the time wrongly. Only the rounding to odd keeps it.
    @Test func decidesTiesByTheProductsError() {
        var generator = Generator(state: 42)
        var differ = 0, cases = 0
        for _ in 0..<50_000 {
            let i = Double(generator.integer(1...(1 << 20)))
            let m = generator.integer(-400...300), n = generator.integer(-400...300)
            let a = Double(sign: generator.next() & 1 == 0 ? .plus : .minus, exponent: m, significand: 0x1p52 + i)
            let b = Double(sign: generator.next() & 1 == 0 ? .plus : .minus, exponent: n, significand: 0x1p52 - i)
            let tieUnit = 2 * (a * b).magnitude * 0x1p52
            for c in [tieUnit, -tieUnit, tieUnit * generator.double(exponent: 0).magnitude,
                      -tieUnit * generator.double(exponent: 0).magnitude] {
                let (value, isOutside) = emulated(a, b, c)
                #expect(!isOutside)
                cases += 1
                let expected = c.addingProduct(a, b)
                if value.bitPattern != expected.bitPattern {
                    differ += 1
                    if differ <= 5 { Issue.record("fma(\(a), \(b), \(c)): emulated \(value), expected \(expected)") }
                }
            }
        }
        #expect(differ == 0)
        #expect(cases == 200_000)
    }

    @Test func refusesTheOperandsOutsideItsRange() {
        let outside: [(Double, Double, Double)] = [
            (0x1p995, 1, 0), (1, -0x1p995, 0), (.infinity, 1, 0), (1, .nan, 0), (1, 1, .infinity), (1, 1, .nan),
            (0x1p-1074, 1, 0), (1, -0x1.8p-1030, 1),  // subnormal factors
            (0x1p-481, 0x1p-481, 1),                  // a product below 2^-960
            (0x1p600, 0x1p422, 0),                    // a product at 2^1022
            (1, 1, 0x1p1022), (1, 1, -.greatestFiniteMagnitude),
            (0, .infinity, 0), (0, 0x1p1000, 0),      // a zero factor does not excuse the other
        ]
        for (a, b, c) in outside {
            #expect(emulated(a, b, c).outside, "fma(\(a), \(b), \(c)) should be outside the range")
        }
        let inside: [(Double, Double, Double)] = [
            (0, 0x1.fffffffffffffp994, 0), (-0.0, 1, -0.0), (0x1p-480, 0x1p-480, 0x1p-1074),
            (1, 1, 0x1.fffffffffffffp1021), (0x1.fffffffffffffp994, 0x1p25, -0x1p1020),
        ]
        for (a, b, c) in inside {
            #expect(!emulated(a, b, c).outside, "fma(\(a), \(b), \(c)) should be inside the range")
        }
    }
}
