// The array forms of the Swift API: any collection of Doubles or Floats mapped to a new array, and an
// UnsafeBufferPointer mapped into an UnsafeMutableBufferPointer (the form for memory owned elsewhere, such
// as a C array or a tensor's storage). Element i of the result is bitwise the scalar function of element i:
// both call the same SoftplusMath function.

/// out[i] = f(x[i]) for every i; `out` may be `x`'s own memory (in place) but must not partially overlap it.
///
/// Traps (a precondition, as the standard library's buffer operations do) when the counts differ or the
/// buffers partially overlap: either would be a mistake in the caller, and the C layer's answers to them
/// (SP_ERR_OVERLAP, a length) have no meaning for Swift buffers, which are never null.
@inlinable
func map<T>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>, _ f: (T) -> T) {
    precondition(out.count == x.count, "out.count differs from x.count")
    if let source = x.baseAddress, let destination = out.baseAddress {
        let byteCount = x.count * MemoryLayout<T>.stride
        let start = UnsafeRawPointer(source), end = UnsafeRawPointer(source) + byteCount
        let outStart = UnsafeRawPointer(destination), outEnd = UnsafeRawPointer(destination) + byteCount
        precondition(outStart == start || outEnd <= start || end <= outStart,
                     "out overlaps x without being x itself")
    }
    for i in x.indices {
        out[i] = f(x[i])
    }
}

/// The scalar `softplus(_:)` of every element of a collection: [softplus(x[0]), softplus(x[1]), ...].
@inlinable
public func softplus<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusFunctions {
    x.map(C.Element.softplus)
}

/// out[i] = softplus(x[i]) = log(1 + e^x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func softplus<T: SoftplusFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.softplus)
}

/// The scalar `softminus(_:)` of every element of a collection: [softminus(x[0]), softminus(x[1]), ...].
@inlinable
public func softminus<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusFunctions {
    x.map(C.Element.softminus)
}

/// out[i] = softminus(x[i]) = x[i] - softplus(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func softminus<T: SoftplusFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.softminus)
}

/// The scalar `sigmoid(_:)` of every element of a collection: [sigmoid(x[0]), sigmoid(x[1]), ...].
@inlinable
public func sigmoid<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusFunctions {
    x.map(C.Element.sigmoid)
}

/// out[i] = sigmoid(x[i]) = 1 / (1 + e^-x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func sigmoid<T: SoftplusFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.sigmoid)
}

/// The scalar `oneMinusSigmoid(_:)` of every element of a collection: [oneMinusSigmoid(x[0]), oneMinusSigmoid(x[1]), ...].
@inlinable
public func oneMinusSigmoid<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusFunctions {
    x.map(C.Element.oneMinusSigmoid)
}

/// out[i] = oneMinusSigmoid(x[i]) = 1 / (1 + e^x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func oneMinusSigmoid<T: SoftplusFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.oneMinusSigmoid)
}

/// The scalar `logit(_:)` of every element of a collection: [logit(x[0]), logit(x[1]), ...].
@inlinable
public func logit<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusFunctions {
    x.map(C.Element.logit)
}

/// out[i] = logit(x[i]) = log(x[i] / (1 - x[i])) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func logit<T: SoftplusFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.logit)
}

/// The scalar `softplusInverse(_:)` of every element of a collection: [softplusInverse(x[0]), softplusInverse(x[1]), ...].
@inlinable
public func softplusInverse<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusFunctions {
    x.map(C.Element.softplusInverse)
}

/// out[i] = softplusInverse(x[i]) = log(e^x[i] - 1) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func softplusInverse<T: SoftplusFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.softplusInverse)
}

/// The scalar `softminusInverse(_:)` of every element of a collection: [softminusInverse(x[0]), softminusInverse(x[1]), ...].
@inlinable
public func softminusInverse<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusFunctions {
    x.map(C.Element.softminusInverse)
}

/// out[i] = softminusInverse(x[i]) = x[i] - log(-expm1(x[i])) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func softminusInverse<T: SoftplusFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.softminusInverse)
}

/// The scalar `logSigmoid(_:)` of every element of a collection: [logSigmoid(x[0]), logSigmoid(x[1]), ...].
@inlinable
public func logSigmoid<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusFunctions {
    x.map(C.Element.logSigmoid)
}

/// out[i] = logSigmoid(x[i]) = -softplus(-x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func logSigmoid<T: SoftplusFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.logSigmoid)
}

/// The scalar `logOneMinusSigmoid(_:)` of every element of a collection: [logOneMinusSigmoid(x[0]), logOneMinusSigmoid(x[1]), ...].
@inlinable
public func logOneMinusSigmoid<C: Collection>(_ x: C) -> [C.Element] where C.Element: SoftplusFunctions {
    x.map(C.Element.logOneMinusSigmoid)
}

/// out[i] = logOneMinusSigmoid(x[i]) = -softplus(x[i]) for every i; `out` may be `x`'s memory (in place).
///
/// - Precondition: `out.count == x.count`, and `out` is either `x`'s own memory or disjoint from it.
@inlinable
public func logOneMinusSigmoid<T: SoftplusFunctions>(_ x: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
    map(x, into: out, T.logOneMinusSigmoid)
}
