// GENERATED from spec/softplus.json by tools/header/generate.py. Do not edit: edit the spec, then
// run `python3 tools/header/generate.py sources` (Tests/header fails while this file is stale).

/// The library's version, "MAJOR.MINOR.PATCH" (the header's SP_VERSION_STRING at build time).
/// Static, never NULL.
@c(sp_version)
public func version() -> UnsafePointer<CChar> {
    cString("1.0.0")
}
