"""Renders the generated Swift sources of the C-ABI layer (Sources/SoftplusCABI) from the spec.

EntryPoints.swift: the 4 entry points of every function, each a single call into SoftplusMath.
Status.swift:      the status codes and sp_status_string.
Version.swift:     sp_version.
TrainingEntryPoints.swift: the training entry points (spec "training", tools/header/training.py).
"""

import textwrap

import accuracy
import training

GENERATED_NOTE = ("// GENERATED from spec/softplus.json by tools/header/generate.py. Do not edit: edit the spec, then\n"
                  "// run `python3 tools/header/generate.py sources` (Tests/header fails while this file is stale).\n")


def _doc(lines, indent=""):
    """A /// comment, each line wrapped at 100 columns."""
    width = 96 - len(indent)
    return "".join(f"{indent}/// {part}\n" for line in lines
                   for part in textwrap.wrap(line, width, break_on_hyphens=False))


def _entry_point(entry):
    fn, fmt = entry.function, entry.format
    t = fmt.swift_type
    summary = f"{fn.name}({fn.variable}) = {fn.definition}, in {fmt.c_type}. Domain: {fn.domain}."
    if entry.is_array:
        doc = [f"out[i] = {fn.name}(x[i]) for i < n, in {fmt.c_type}, each bitwise identical to `{fn.swift}`.",
               f"Definition: {fn.definition}. Domain: {fn.domain}.",
               "Checks (ArrayMap.swift) run before anything is written: see `mapArray` for the status codes."]
        signature = (f"public func {entry.swift_name}(\n"
                     f"    _ x: UnsafePointer<{t}>?, _ out: UnsafeMutablePointer<{t}>?, _ n: UInt\n"
                     f") -> CInt {{\n"
                     f"    mapArray(x, out, n, {fn.swift} as ({t}) -> {t})\n"
                     f"}}\n")
    else:
        doc = [summary, "Special values: " + "; ".join(fn.special) + ".", accuracy.statement(fmt)]
        v = fn.variable
        signature = f"public func {entry.swift_name}(_ {v}: {t}) -> {t} {{ {fn.swift}({v}) }}\n"
    return _doc(doc) + f"@c({entry.c_name})\n" + signature


def entry_points(spec):
    return (GENERATED_NOTE + "//\n"
            "// The C entry points of every function of the spec: double (f64) and float (f32), scalar and\n"
            "// array. Each is one call into SoftplusMath; the array forms share the checks of `mapArray`.\n\n"
            "import SoftplusMath\n\n"
            + "\n".join(_entry_point(entry) for entry in spec.entry_points))


def status(spec):
    cases = "".join(_doc([f"{s.c}: {s.message}."], "    ") + f"    case {s.swift} = {s.value}\n"
                    for s in spec.statuses)
    messages = "".join(f"    case .{s.swift}: message = {_swift_string(s.message)}\n" for s in spec.statuses)
    return (GENERATED_NOTE + "\n"
            "/// The status codes the array entry points return, as `int`; the header names them SP_OK,\n"
            "/// SP_ERR_NULL_POINTER and so on (the spec's \"c\" names).\n"
            "@c public enum SPStatus: CInt {\n"
            f"{cases}"
            "}\n\n"
            "/// A fixed, NUL-terminated English message for a status code; codes outside the enum get\n"
            "/// \"unknown status\". Never NULL; the strings are static and must not be freed.\n"
            "@c(sp_status_string)\n"
            "public func statusString(_ code: CInt) -> UnsafePointer<CChar> {\n"
            "    let message: StaticString\n"
            "    switch SPStatus(rawValue: code) {\n"
            f"{messages}"
            "    case nil: message = \"unknown status\"\n"
            "    }\n"
            "    return cString(message)\n"
            "}\n")


def version(spec):
    return (GENERATED_NOTE + "\n"
            "/// The library's version, \"MAJOR.MINOR.PATCH\" (the header's SP_VERSION_STRING at build time).\n"
            "/// Static, never NULL.\n"
            "@c(sp_version)\n"
            "public func version() -> UnsafePointer<CChar> {\n"
            f"    cString({_swift_string(spec.version)})\n"
            "}\n")


def _swift_string(text):
    if any(c in text for c in '"\\\n') or not text.isascii():
        raise ValueError(f"spec text {text!r} needs escaping; keep status messages and versions plain ASCII")
    return f'"{text}"'


def render_all(spec):
    """File name -> contents, for Sources/SoftplusCABI."""
    return {"EntryPoints.swift": entry_points(spec), "Status.swift": status(spec), "Version.swift": version(spec),
            "TrainingEntryPoints.swift": training.swift_source(spec.training or {}, spec.formats)}
