// The contract's bound: a Double within 1 ULP of the correctly rounded value (the ULP of that value), a
// Float equal to it; NaN for NaN; zeros and infinities exact, sign included.

extension BinaryFloatingPoint {
    /// The spacing of this value's binade, or the least subnormal below the normal range.
    var spacing: Self { magnitude >= .leastNormalMagnitude ? ulp : .leastNonzeroMagnitude }

    /// Same bits, NaNs aside: equal value and the same sign (so -0 differs from +0).
    func isIdentical(to other: Self) -> Bool { self == other && sign == other.sign }

    /// Whether self, a result, meets the bound against the correctly rounded `expected`.
    func isWithinContractBound(of expected: Self) -> Bool {
        if expected.isNaN { return isNaN }
        if isIdentical(to: expected) { return true }
        // Float must be correctly rounded; zeros, infinities and NaN must match exactly.
        if Self.significandBitCount < 52 || isNaN || !isFinite || !expected.isFinite || expected == 0 || self == 0 {
            return false
        }
        // Two close finite values of one format: the difference is exact.
        return (self - expected).magnitude <= expected.spacing
    }
}
