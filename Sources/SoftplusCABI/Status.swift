// GENERATED from spec/softplus.json by tools/header/generate.py. Do not edit: edit the spec, then
// run `python3 tools/header/generate.py sources` (Tests/header fails while this file is stale).

/// The status codes the array entry points return, as `int`; the header names them SP_OK,
/// SP_ERR_NULL_POINTER and so on (the spec's "c" names).
@c public enum SPStatus: CInt {
    /// SP_OK: ok.
    case ok = 0
    /// SP_ERR_NULL_POINTER: x or out is a null pointer while n > 0.
    case nullPointer = 1
    /// SP_ERR_OVERLAP: out overlaps x without being equal to it (out == x, in place, is allowed).
    case overlap = 2
    /// SP_ERR_TOO_LARGE: n elements do not fit in the address space (n * sizeof(element) >
    /// PTRDIFF_MAX).
    case tooLarge = 3
}

/// A fixed, NUL-terminated English message for a status code; codes outside the enum get
/// "unknown status". Never NULL; the strings are static and must not be freed.
@c(sp_status_string)
public func statusString(_ code: CInt) -> UnsafePointer<CChar> {
    let message: StaticString
    switch SPStatus(rawValue: code) {
    case .ok: message = "ok"
    case .nullPointer: message = "x or out is a null pointer while n > 0"
    case .overlap: message = "out overlaps x without being equal to it (out == x, in place, is allowed)"
    case .tooLarge: message = "n elements do not fit in the address space (n * sizeof(element) > PTRDIFF_MAX)"
    case nil: message = "unknown status"
    }
    return cString(message)
}
