// Double-double arithmetic: a value hi + lo carried as two Doubles with |lo| <= ulp(hi)/2, about 106
// bits. Every kernel of the library works in it so that the one final rounding to Double or Float is
// made from a value accurate to about 2^-68 relative (error-free transformations: Dekker 1971, Knuth
// TAOCP vol. 2 4.2.2; the products use the fused multiply-add).

/// The unevaluated sum hi + lo of two Doubles.
struct DoubleDouble {
    var hi: Double
    var lo: Double

    init(_ hi: Double, _ lo: Double) {
        self.hi = hi
        self.lo = lo
    }

    init(_ x: Double) {
        self.hi = x
        self.lo = 0
    }

    static prefix func - (a: DoubleDouble) -> DoubleDouble {
        DoubleDouble(-a.hi, -a.lo)
    }

    /// hi + lo rounded to one Double.
    var value: Double { hi + lo }
}

/// a + b = s + e exactly, s = RN(a + b), for any a, b (Knuth's TwoSum, 6 operations).
@inline(__always)
func twoSum(_ a: Double, _ b: Double) -> DoubleDouble {
    let s = a + b
    let bVirtual = s - a
    let aVirtual = s - bVirtual
    return DoubleDouble(s, (a - aVirtual) + (b - bVirtual))
}

/// a + b = s + e exactly, s = RN(a + b), provided |a| >= |b| or a == 0 (Dekker's Fast2Sum).
@inline(__always)
func fastTwoSum(_ a: Double, _ b: Double) -> DoubleDouble {
    let s = a + b
    return DoubleDouble(s, b - (s - a))
}

/// a * b = p + e exactly, p = RN(a * b), unless a * b underflows: e = fma(a, b, -p).
@inline(__always)
func twoProduct(_ a: Double, _ b: Double) -> DoubleDouble {
    let p = a * b
    return DoubleDouble(p, (-p).addingProduct(a, b))
}

/// a + b; relative error below 2^-103 (the "accurate" double-double addition, both parts two-summed:
/// Joldes, Muller, Popescu 2017, AccurateDWPlusDW, bound 3u^2 + 13u^3 with u = 2^-53).
@inline(__always)
func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
    let high = twoSum(a.hi, b.hi)
    let low = twoSum(a.lo, b.lo)
    let first = fastTwoSum(high.hi, high.lo + low.hi)
    return fastTwoSum(first.hi, first.lo + low.lo)
}

@inline(__always)
func - (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
    a + (-b)
}

/// a + b for a double-double and a Double.
@inline(__always)
func + (a: DoubleDouble, b: Double) -> DoubleDouble {
    let high = twoSum(a.hi, b)
    return fastTwoSum(high.hi, high.lo + a.lo)
}

/// a * b; relative error below 2^-102 (the a.lo * b.lo term, below 2^-106, is left out).
@inline(__always)
func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
    let product = twoProduct(a.hi, b.hi)
    let cross = a.hi * b.lo + a.lo * b.hi
    return fastTwoSum(product.hi, product.lo + cross)
}

/// a * b for a double-double and a Double; relative error below 2^-103.
@inline(__always)
func * (a: DoubleDouble, b: Double) -> DoubleDouble {
    let product = twoProduct(a.hi, b)
    return fastTwoSum(product.hi, product.lo + a.lo * b)
}

/// a / b; relative error below 2^-100: q = RN(a.hi / b.hi), then one correction step with the exact
/// remainder a - q b computed in double-double.
@inline(__always)
func / (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
    let q = a.hi / b.hi
    let remainder = a - b * q
    return fastTwoSum(q, remainder.hi / b.hi)
}
