// How a result is compared with the correctly rounded one (the contract's rules): NaN matches any
// NaN; zeros, infinities and their signs must match exactly; otherwise the error is measured in ULPs
// of the correctly rounded value.

/// The outcome of one comparison.
enum Agreement: Equatable {
    case correctlyRounded
    case withinOneUlp
    case wrong
}

/// ULP of a finite value of a binary floating-point type: the spacing of the numbers of its binade
/// (the subnormal spacing below the normal range).
func unitInLastPlace<T: BinaryFloatingPoint>(of value: T) -> T {
    value.magnitude >= T.leastNormalMagnitude ? value.ulp : T.leastNonzeroMagnitude
}

func compare<T: BinaryFloatingPoint>(got: T, expected: T) -> Agreement {
    if expected.isNaN {
        return got.isNaN ? .correctlyRounded : .wrong
    }
    if got.isIdentical(to: expected) {
        return .correctlyRounded
    }
    if got.isNaN || !got.isFinite || !expected.isFinite || expected == 0 || got == 0 {
        return .wrong
    }
    // got and expected are close finite numbers of the same format: their difference is exact.
    return (got - expected).magnitude <= unitInLastPlace(of: expected) ? .withinOneUlp : .wrong
}

extension BinaryFloatingPoint {
    /// Same value and, for zeros, same sign.
    func isIdentical(to other: Self) -> Bool {
        self == other && self.sign == other.sign
    }
}
