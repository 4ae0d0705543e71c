/// A static string literal as a C string (`const char *`), for the entry points that return text.
/// A StaticString made from a literal points to NUL-terminated UTF-8 bytes in the binary's
/// read-only data (documented for `utf8Start`), so the pointer stays valid for the life of the
/// program.
@inline(__always)
func cString(_ text: StaticString) -> UnsafePointer<CChar> {
    UnsafeRawPointer(text.utf8Start).assumingMemoryBound(to: CChar.self)
}
