"""Turns the Swift compiler's header of Sources/SoftplusCABI into include/softplus.h.

The declarations come from the compiler (`swiftc -typecheck -emit-clang-header-path`): what the Swift
code exports is what the header declares. This module only checks and cleans them:
  - the plain-C block of the compiler's header must hold exactly the spec's entry points, sp_status_string,
    sp_version and the status enum; a missing declaration, an unexpected one or a signature that differs
    from the contract's is an error;
  - SWIFT_* macros and the clang-only nullability qualifiers (_Nullable, _Nonnull) are removed, `T const *`
    is spelled `const T *`, and `out_` (the compiler escapes `out`, an Objective-C keyword) becomes `out`;
  - the compiler's doc comments (re-rendered Markdown) are dropped; the docs are written from the spec.
The output depends only on the spec and the declarations, so regenerating it is byte-for-byte stable.
"""

import pathlib
import re
import subprocess
import tempfile
import textwrap

import accuracy
import spec as spec_module
import training

SWIFT_ENUM_NAME = "SPStatus"
C_ENUM_NAME = "sp_status"


class HeaderError(Exception):
    pass


def compiler_header(swiftc, repository):
    """The header swiftc writes for SoftplusCABI, typechecked against freshly emitted SoftplusMath and
    SoftplusKernels modules (no code generation: a few seconds). The sources are typechecked as SwiftPM
    builds them, without the x86-64 dispatch: it changes the bodies of the entry points, not their
    declarations."""
    def sources(module):
        return sorted(str(p) for p in (repository / "Sources" / module).rglob("*.swift"))

    math_sources, kernel_sources, cabi_sources = (sources(m) for m in ("SoftplusMath", "SoftplusKernels",
                                                                       "SoftplusCABI"))
    if not math_sources or not kernel_sources or not cabi_sources:
        raise HeaderError("Sources/SoftplusMath, Sources/SoftplusKernels or Sources/SoftplusCABI has no .swift files")
    with tempfile.TemporaryDirectory(prefix="softplus-header-") as tmp:
        header = pathlib.Path(tmp, "SoftplusCABI-Swift.h")
        # -enable-builtin-module: the kernels' lane types wrap LLVM vectors (cmake/kernels.cmake).
        for module, module_sources, flags in (("SoftplusMath", math_sources, []),
                                              ("SoftplusKernels", kernel_sources, ["-enable-builtin-module"])):
            _run([swiftc, "-emit-module", "-parse-as-library", *flags, "-module-name", module, "-I", tmp,
                  "-emit-module-path", str(pathlib.Path(tmp, f"{module}.swiftmodule")), *module_sources])
        _run([swiftc, "-typecheck", "-parse-as-library", "-module-name", "SoftplusCABI", "-I", tmp,
              "-emit-clang-header-path", str(header), *cabi_sources])
        return header.read_text()


def _run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise HeaderError(f"{' '.join(command[:4])} ... failed:\n{result.stderr}")


_C_BLOCK = re.compile(r'^#if defined\(__cplusplus\)\nextern "C" \{\n#endif\n(.*?)'
                      r'^#if defined\(__cplusplus\)\n\} // extern "C"\n#endif$', re.M | re.S)
_ENUM = re.compile(r"typedef SWIFT_ENUM\(int, (\w+), closed\) \{\n(.*?)\};", re.S)
_ENUM_CASE = re.compile(r"\s*(\w+) = (-?\d+),")
_DECLARATION = re.compile(r"SWIFT_EXTERN (.+?\))((?: SWIFT_[A-Z_]+)*);")


def extract(compiler_text):
    """(enum name -> {case: value}, C name -> cleaned declaration) from the compiler's plain-C block."""
    match = _C_BLOCK.search(compiler_text)
    if not match:
        raise HeaderError('no plain-C `extern "C" { ... }` block in the compiler\'s header')
    block = match[1]
    enums = {}
    for enum in _ENUM.finditer(block):
        cases = [_ENUM_CASE.fullmatch(line) for line in enum[2].splitlines() if not line.lstrip().startswith("///")]
        if not all(cases):
            raise HeaderError(f"enum {enum[1]}: unexpected line in\n{enum[2]}")
        enums[enum[1]] = {case[1]: int(case[2]) for case in cases}
    declarations = {}
    for declaration in _DECLARATION.finditer(block):
        cleaned = clean_declaration(declaration[1])
        name = re.search(r"(\w+)\(", cleaned)[1]
        if name in declarations:
            raise HeaderError(f"{name} is declared twice")
        declarations[name] = cleaned
    rest = _DECLARATION.sub("", _ENUM.sub("", block))
    leftover = [line for line in rest.splitlines() if line.strip() and not line.lstrip().startswith("///")]
    if leftover:
        raise HeaderError("unexpected lines in the compiler's C block:\n" + "\n".join(leftover))
    return enums, declarations


def clean_declaration(text):
    text = re.sub(r"\s*\b_Nullable\b|\s*\b_Nonnull\b", "", text)
    text = re.sub(r"\b(\w+) const \*", r"const \1 *", text)
    text = re.sub(r"\* (\w)", r"*\1", text)
    text = re.sub(r"\bout_\b", "out", text)
    if "SWIFT_" in text or "_Null" in text or "_Non" in text:
        raise HeaderError(f"declaration still has compiler-only syntax: {text}")
    return text


def check(spec, enums, declarations):
    """The compiler's declarations must be the spec's, one for one, with the contract's signatures."""
    expected = {entry.c_name: entry.c_signature for entry in spec.entry_points}
    expected[spec_module.STATUS_STRING] = "const char *sp_status_string(int code)"
    expected[spec_module.VERSION] = "const char *sp_version(void)"
    expected[spec.kernels.query] = f"const char *{spec.kernels.query}(void)"
    expected.update({entry.c_name: entry.c_signature for entry in spec.training_entries})
    missing = sorted(set(expected) - set(declarations))
    unexpected = sorted(set(declarations) - set(expected))
    if missing or unexpected:
        raise HeaderError(f"Swift exports differ from the spec: missing {missing}, unexpected {unexpected}")
    wrong = [f"  compiler: {declarations[name]}\n  contract: {expected[name]}"
             for name in expected if _types_only(declarations[name]) != _types_only(expected[name])]
    if wrong:
        raise HeaderError("signatures differ from the contract:\n" + "\n".join(wrong))
    if set(enums) != {SWIFT_ENUM_NAME}:
        raise HeaderError(f"expected exactly the enum {SWIFT_ENUM_NAME}, the compiler declared {sorted(enums)}")
    wanted = {SWIFT_ENUM_NAME + s.swift[0].upper() + s.swift[1:]: s.value for s in spec.statuses}
    if enums[SWIFT_ENUM_NAME] != wanted:
        raise HeaderError(f"status enum {enums[SWIFT_ENUM_NAME]} differs from the spec's {wanted}")


def _types_only(declaration):
    """A declaration without its parameter names, for comparing signatures (both sides lose the same
    trailing word of every parameter, so `(void)` and `(double x)` still compare as intended)."""
    return re.sub(r"\s*\b\w+(?=[,)])", "", declaration)


def _comment(paragraphs):
    """A /** ... */ block, on one line when it fits; paragraphs wrapped at 100 columns, the lines of a
    'Label: text' paragraph hanging under its text."""
    if len(paragraphs) == 1 and "\n" not in paragraphs[0] and len(paragraphs[0]) <= 92:
        return f"/** {paragraphs[0]} */\n"
    lines = ["/**"]
    for i, paragraph in enumerate(paragraphs):
        if i:
            lines.append(" *")
        for line in paragraph.split("\n"):
            label = re.match(r"([A-Z][\w ]*: +)", line)
            hang = " " * len(label[1]) if label else ""
            lines += [f" * {part}" for part in textwrap.wrap(line, 97, subsequent_indent=hang,
                                                              break_on_hyphens=False)]
    lines.append(" */")
    return "\n".join(lines) + "\n"


def _function_section(spec, function, declarations):
    domain = function.domain + ("" if function.domain.startswith("all ") else "; outside it the result is NaN")
    errors = ", ".join(s.c for s in spec.statuses if s.value != 0)
    out = [f"/* ---- {function.name} " + "-" * (88 - len(function.name)) + " */\n\n"]
    out.append(_comment([
        f"{function.name}({function.variable}) = {function.definition}",
        f"Domain: {domain}.\n"
        f"Special values: " + "; ".join(function.special) + ".\n" + accuracy.summary(spec.formats),
    ]))
    for entry in spec.entry_points:
        if entry.function != function:
            continue
        fmt = entry.format
        if entry.is_array:
            doc = (f"out[i] = sp_{function.name}_{fmt.suffix}(x[i]) for i < n, bitwise identical. Returns "
                   f"SP_OK, or, having written nothing to out: {errors}.")
        else:
            doc = f"{function.name}({function.variable}) in {fmt.c_type}."
        out.append(_comment([doc]) + declarations[entry.c_name] + ";\n")
    return "".join(out)


def _kernel_isa_comment(kernels):
    paths = kernels.x86_64
    isa_names = ", ".join(f'"{path.isa}"' for path in paths)
    values = "|".join(path.environment for path in paths)
    return _comment([
        f"The instruction set of the kernels in use (scalar and array forms): on x86-64 one of {isa_names}, "
        "the best the processor and the operating system support (cpuid and xgetbv, read once); "
        f'"{kernels.portable}" on other architectures. Every path returns the same bits.',
        f"{kernels.environment_variable}={values} (or one of the names above), set before the library's first "
        "call, forces a path (for tests and comparisons); a path the processor cannot run is refused and the "
        "best supported one runs instead, as it does for any other value. Never NULL; static, do not free."])


def render(spec, declarations):
    major, minor, patch = spec.version_numbers
    enum_cases = ",\n".join(f"    /** {s.message} */\n    {s.c} = {s.value}" for s in spec.statuses) + "\n"
    names = ", ".join(f.name for f in spec.functions)
    header = [
        "/*\n"
        " * softplus.h: the C interface of libsoftplus, numerically stable softplus-family functions.\n"
        " *\n"
        " * GENERATED by tools/header/generate.py from the Swift compiler's header of Sources/SoftplusCABI\n"
        " * and the documentation in spec/softplus.json. Do not edit: run\n"
        " * `cmake --build build --target header` (or `python3 tools/header/generate.py header`).\n"
        " * Tests/header fails while this file is stale.\n"
        " */\n"
        "#ifndef SOFTPLUS_H\n"
        "#define SOFTPLUS_H\n"
        "\n"
        "#include <stddef.h>\n"
        "\n"
        f"#define SP_VERSION_MAJOR {major}\n"
        f"#define SP_VERSION_MINOR {minor}\n"
        f"#define SP_VERSION_PATCH {patch}\n"
        f'#define SP_VERSION_STRING "{spec.version}"\n'
        "\n"
        "#ifdef __cplusplus\n"
        'extern "C" {\n'
        "#endif\n"
        "\n",
        _comment([
            f"Functions: {names}; each as <name>_f64 (double), <name>_f32 (float) and their _array forms.",
            "Scalar forms never fail: outside a function's domain, and for a NaN argument, they return NaN.",
            "Array forms compute out[i] = f(x[i]) for i < n and return a status code. n == 0 is SP_OK even "
            "with null pointers; out == x (in place) is allowed; arrays of any alignment are accepted. The "
            "checks, in order, run before anything is written: a null pointer while n > 0, n elements larger "
            "than PTRDIFF_MAX bytes, out overlapping x without being equal to it. On an error nothing is "
            "written to out.",
        ]),
        "typedef enum " + C_ENUM_NAME + " {\n" + enum_cases + "} " + C_ENUM_NAME + ";\n\n",
        _comment(["A fixed English message for a status code (\"unknown status\" for a code outside sp_status). "
                  "Never NULL; static, do not free."]) + declarations[spec_module.STATUS_STRING] + ";\n\n",
        _comment(["The library's version at run time, \"MAJOR.MINOR.PATCH\"; compare with SP_VERSION_STRING. "
                  "Never NULL; static, do not free."]) + declarations[spec_module.VERSION] + ";\n\n",
        _kernel_isa_comment(spec.kernels) + declarations[spec.kernels.query] + ";\n\n",
        "\n".join(_function_section(spec, function, declarations) for function in spec.functions),
        "\n"
        "#ifdef __cplusplus\n"
        "}\n"
        "#endif\n"
        "\n"
        "#endif /* SOFTPLUS_H */\n",
    ]
    return "".join(header)


def generate(spec, swiftc, repository):
    """File name -> text of the two headers: softplus.h (the family) and softplus_training.h."""
    enums, declarations = extract(compiler_header(swiftc, repository))
    check(spec, enums, declarations)
    return {"softplus.h": render(spec, declarations),
            "softplus_training.h": training.render_header(spec.training or {}, spec.formats, declarations, _comment)}
