"""Renders the generated Swift sources of the C-ABI layer (Sources/SoftplusCABI) from the spec.

EntryPoints.swift: the 4 entry points of every function, each a single call of the dispatched kernel.
Dispatch.swift:    the dispatched kernels (`Kernels`): on x86-64 with CMake, each routes to the copy of
                   Sources/SoftplusKernels for the path Sources/SoftplusCPU chose; elsewhere the one copy.
                   And sp_kernel_isa, which names the path.
Status.swift:      the status codes and sp_status_string.
Version.swift:     sp_version.
Sources/SoftplusKernelExports/KernelExports.swift: the C names of every x86-64 copy's kernels.
TrainingEntryPoints.swift: the training entry points (spec "training", tools/header/training.py).
"""

import textwrap
from dataclasses import dataclass

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
               "Checks (ArrayMap.swift) run before anything is written: see `checkArrays` for the status codes."]
        signature = (f"public func {entry.swift_name}(\n"
                     f"    _ x: UnsafePointer<{t}>?, _ out: UnsafeMutablePointer<{t}>?, _ n: UInt\n"
                     f") -> CInt {{\n"
                     f"    runKernel(x, out, n, Kernels.{fn.swift} as {_array_kernel_type(t)})\n"
                     f"}}\n")
    else:
        doc = [summary, "Special values: " + "; ".join(fn.special) + ".", accuracy.statement(fmt)]
        v = fn.variable
        signature = f"public func {entry.swift_name}(_ {v}: {t}) -> {t} {{ Kernels.{fn.swift}({v}) }}\n"
    return _doc(doc) + f"@c({entry.c_name})\n" + signature


def _array_kernel_type(t):
    return f"(UnsafePointer<{t}>, UnsafeMutablePointer<{t}>, Int) -> Void"


def entry_points(spec):
    return (GENERATED_NOTE + "//\n"
            "// The C entry points of every function of the spec: double (f64) and float (f32), scalar and\n"
            "// array. Each is one call of the dispatched kernel (Dispatch.swift); the array forms first run the\n"
            "// checks of `checkArrays`, then the array kernel once.\n\n"
            "#if !SOFTPLUS_DISPATCH_X86_64\n"
            "import SoftplusKernels  // `Kernels` is its VectorKernels (Dispatch.swift)\n"
            "#endif\n\n"
            + "\n".join(_entry_point(entry) for entry in spec.entry_points))


@dataclass(frozen=True)
class BackwardKernel:
    """The array kernel of a backward product with a "kernel" in spec "training" (SoftplusKernels'
    BackwardKernels.swift), named like an EntryPoint for the code below."""
    name: str         # the family function, e.g. softplus
    swift: str        # the kernel, e.g. softplusBackward
    format: object

    @property
    def function(self):
        return self

    @property
    def c_name(self):
        return f"sp_{self.name}_backward_{self.format.suffix}_array"

    @property
    def swift_name(self):
        return self.swift + self.format.suffix.upper() + "Array"


def backward_kernels(spec):
    """Every format's BackwardKernel of every backward entry with a "kernel", in spec order."""
    return [BackwardKernel(entry["function"], entry["swift"], fmt)
            for entry in (spec.training or {}).get("backward", []) if entry.get("kernel")
            for fmt in spec.formats]


@dataclass(frozen=True)
class UnaryKernel:
    """The scalar or array kernel of a unary training entry with "kernel": true in spec "training"
    (SoftplusKernels' DerivativeKernels.swift), or of a parameterized one with a "kernel" (its parameters
    after x), named like an EntryPoint for the code below."""
    name: str         # the entry, e.g. sigmoid_deriv or softplus_beta
    swift: str        # the kernel, e.g. sigmoidDerivative or parameterizedSoftplus
    format: object
    is_array: bool
    parameters: tuple = ()  # the C names of a parameterized entry's parameters, e.g. ("beta", "threshold")

    @property
    def function(self):
        return self

    @property
    def c_name(self):
        return f"sp_{self.name}_{self.format.suffix}" + ("_array" if self.is_array else "")

    @property
    def swift_name(self):
        return self.swift + self.format.suffix.upper() + ("Array" if self.is_array else "")


def unary_kernels(spec):
    """The scalar and array UnaryKernel of every format of every unary entry with "kernel": true."""
    return [UnaryKernel(entry["id"], entry["swift"], fmt, is_array)
            for entry in (spec.training or {}).get("unary", []) if entry.get("kernel") is True
            for fmt in spec.formats for is_array in (False, True)]


@dataclass(frozen=True)
class LossKernel:
    """A kernel of a loss with "kernel": true in spec "training" (SoftplusKernels'
    CrossEntropyKernels.swift), named like an EntryPoint for the code below: the elementwise loss
    (kind "loss": reduction none, Kernels.<swift>), the double-double total of the losses that the sum and
    the mean round ("total": Kernels.<swift>Total), or the gradient of every reduction ("gradient":
    Kernels.<gradient_swift>); no entry point of its own has the C names of the last two."""
    name: str         # the loss, e.g. bce_with_logits
    loss_swift: str   # the loss's Swift name, e.g. binaryCrossEntropyWithLogits
    gradient_swift: str  # its gradient's, e.g. binaryCrossEntropyWithLogitsGradient
    format: object
    kind: str         # "loss", "total" or "gradient"

    @property
    def function(self):
        return self

    @property
    def swift(self):
        """The kernel: e.g. binaryCrossEntropyWithLogits, ...Total or ...Gradient."""
        return {"loss": self.loss_swift, "total": self.loss_swift + "Total", "gradient": self.gradient_swift}[self.kind]

    @property
    def c_name(self):
        return f"sp_{self.name}" + {"loss": "", "total": "_total", "gradient": "_gradient"}[self.kind] + f"_{self.format.suffix}"

    @property
    def swift_name(self):
        return self.swift + self.format.suffix.upper()


def loss_kernels(spec):
    """Every format's three LossKernels of every loss with a "kernel", in spec order."""
    return [LossKernel(entry["id"], entry["swift"], entry["gradient_swift"], fmt, kind)
            for entry in (spec.training or {}).get("losses", []) if entry.get("kernel")
            for fmt in spec.formats for kind in ("loss", "total", "gradient")]


def parameterized_kernels(spec):
    """The scalar and array UnaryKernel of every format of every parameterized entry with a "kernel"
    (SoftplusKernels' ParameterizedSoftplusKernels.swift): the parameters follow x."""
    return [UnaryKernel(entry["id"], entry["kernel"], fmt, is_array, tuple(p for p, _ in entry["parameters"]))
            for entry in (spec.training or {}).get("parameterized", []) if entry.get("kernel")
            for fmt in spec.formats for is_array in (False, True)]


def _kernel_signatures(spec):
    """(entry point, parameter list, result type or None, argument list) of every function of SoftplusKernels."""
    signatures = []
    for entry in list(spec.entry_points) + unary_kernels(spec) + parameterized_kernels(spec):
        t = entry.format.swift_type
        names = getattr(entry, "parameters", ())
        parameters = "".join(f", _ {p}: {t}" for p in names)
        arguments = "".join(f", {p}" for p in names)
        if entry.is_array:
            signatures.append((entry, f"_ x: UnsafePointer<{t}>, _ out: UnsafeMutablePointer<{t}>, _ count: Int{parameters}",
                               None, f"x, out, count{arguments}"))
        else:
            signatures.append((entry, f"_ x: {t}{parameters}", t, f"x{arguments}"))
    for kernel in backward_kernels(spec):
        t = kernel.format.swift_type
        signatures.append((kernel, f"_ x: UnsafePointer<{t}>, _ gradOut: UnsafePointer<{t}>, "
                                   f"_ gradIn: UnsafeMutablePointer<{t}>, _ count: Int",
                           None, "x, gradOut, gradIn, count"))
    for kernel in loss_kernels(spec):
        t = kernel.format.swift_type
        inputs = (f"_ x: UnsafePointer<{t}>, _ target: UnsafePointer<{t}>, "
                  f"_ weight: UnsafePointer<{t}>?, _ positiveWeight: UnsafePointer<{t}>?, ")
        if kernel.kind == "total":
            signatures.append((kernel, inputs + "_ count: Int, _ total: UnsafeMutablePointer<Double>",
                               None, "x, target, weight, positiveWeight, count, total"))
        elif kernel.kind == "gradient":
            signatures.append((kernel, inputs + f"_ gradOut: UnsafePointer<{t}>?, _ gradOutValue: {t}, _ divisor: Int, "
                                                f"_ gradIn: UnsafeMutablePointer<{t}>, _ count: Int",
                               None, "x, target, weight, positiveWeight, gradOut, gradOutValue, divisor, gradIn, count"))
        else:
            signatures.append((kernel, inputs + f"_ out: UnsafeMutablePointer<{t}>, _ count: Int",
                               None, "x, target, weight, positiveWeight, out, count"))
    return signatures


def _export_name(path, entry):
    """The C name under which the copy of `path` exports the kernel of `entry` (never sp_*: not exported)."""
    return f"softplus_kernels_{path.environment}_{entry.c_name.removeprefix('sp_')}"


def _result(result):
    return f" -> {result}" if result else ""


def _prefixed(prefix, entry):
    """The entry point's Swift name after a prefix, e.g. avx2SoftplusF64Array."""
    return prefix + entry.swift_name[0].upper() + entry.swift_name[1:]


def _extern_name(path, entry):
    """The Swift name of a copy's kernel in Dispatch.swift, e.g. avx2SoftplusF64Array."""
    return _prefixed(path.environment, entry)


def _declaration(head, parameters, result):
    """`head(parameters) -> result`, the parameters on a line of their own when it would pass 100 columns."""
    line = f"{head}({parameters}){_result(result)}"
    return line if len(line) <= 96 else f"{head}(\n    {parameters}\n){_result(result)}"


def kernel_exports(spec):
    """Sources/SoftplusKernelExports/KernelExports.swift: compiled into every x86-64 copy of the kernels, it
    gives each kernel a C name of that copy's own, which Dispatch.swift calls."""
    blocks = []
    for i, path in enumerate(spec.kernels.x86_64):
        condition = ("#if" if i == 0 else "#elseif") + f" SOFTPLUS_KERNELS_{path.environment.upper()}\n"
        functions = "".join(
            f"@c({_export_name(path, entry)})\n"
            + _declaration(f"public func {_prefixed('exported', entry)}", parameters, result)
            + f" {{\n    VectorKernels.{entry.function.swift}({arguments})\n}}\n"
            for entry, parameters, result, arguments in _kernel_signatures(spec))
        blocks.append(condition + functions)
    return (GENERATED_NOTE + "//\n"
            "// The C names of the kernels of one x86-64 copy of Sources/SoftplusKernels (cmake/kernels.cmake\n"
            "// compiles this file into each copy with -DSOFTPLUS_KERNELS_<PATH>). The entry points call the copies\n"
            "// through these C symbols (Dispatch.swift), not through the Swift modules: Embedded Swift serializes\n"
            "// every function body into its module, and an importer would inline the kernels and compile them\n"
            "// for its own, baseline, instruction set.\n\n"
            + "".join(blocks) + "#endif\n")


def dispatch(spec):
    kernels = spec.kernels
    paths = kernels.x86_64
    if not paths:
        raise ValueError('spec "kernels": no x86_64 paths')
    baseline, upper = paths[0], paths[1:]
    signatures = _kernel_signatures(spec)

    def route(entry, arguments):
        cases = "".join(f"        case {path.c_constant}: {_extern_name(path, entry)}({arguments})\n"
                        for path in reversed(upper))
        return ("        switch softplus_cpu_path() {\n" + cases +
                f"        default: {_extern_name(baseline, entry)}({arguments})\n"
                "        }\n")

    externs = "".join(f'@_extern(c, "{_export_name(path, entry)}")\n'
                      + _declaration(f"func {_extern_name(path, entry)}", parameters, result) + "\n"
                      for path in paths for entry, parameters, result, _ in signatures)
    routed = "\n".join(f"    @inline(__always)\n"
                       f"    static func {entry.function.swift}({parameters}){_result(result)} {{\n"
                       + route(entry, arguments) + "    }\n"
                       for entry, parameters, result, arguments in signatures)
    isa_cases = "".join(f"    case {path.c_constant}: cString({_swift_string(path.isa)})\n" for path in reversed(upper))
    names = ", ".join(f"{path.environment} ({path.isa})" for path in paths)
    about = textwrap.fill(
        "With CMake on x86-64 (cmake/kernels.cmake sets SOFTPLUS_DISPATCH_X86_64), Sources/SoftplusKernels is "
        f"compiled once per path, {names}, each exporting its kernels under C names of its own "
        "(Sources/SoftplusKernelExports); every kernel here asks Sources/SoftplusCPU which path this processor "
        "runs (cpuid and xgetbv once, then one relaxed load and a predictable branch per call) and calls that "
        "copy. Every copy returns the same bits (Tests/dispatch). Elsewhere (SwiftPM, other architectures) "
        "`Kernels` is the one copy, module SoftplusKernels.",
        97, initial_indent="// ", subsequent_indent="// ", break_on_hyphens=False)
    return (GENERATED_NOTE + "//\n"
            "// The kernels the C entry points call, `Kernels.<name>` (spec \"kernels\").\n"
            "//\n"
            f"{about}\n\n"
            "#if SOFTPLUS_DISPATCH_X86_64\n"
            "import SoftplusCPU\n"
            "\n"
            f"{externs}"
            "\n"
            "/// The kernels of the path in use.\n"
            "enum Kernels {\n"
            f"{routed}"
            "}\n"
            "#else\n"
            "import SoftplusKernels\n"
            "\n"
            "/// The kernels: the one copy.\n"
            "typealias Kernels = VectorKernels\n"
            "#endif\n"
            "\n"
            "/// The instruction set of the kernels in use: " + ", ".join(map(_swift_string, kernels.isa_names)) + ".\n"
            "/// Static, never NULL.\n"
            f"@c({kernels.query})\n"
            "public func kernelISA() -> UnsafePointer<CChar> {\n"
            "#if SOFTPLUS_DISPATCH_X86_64\n"
            "    switch softplus_cpu_path() {\n"
            f"{isa_cases}"
            f"    default: cString({_swift_string(baseline.isa)})\n"
            "    }\n"
            "#else\n"
            f"    cString({_swift_string(kernels.portable)})\n"
            "#endif\n"
            "}\n")


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
    """Path under Sources/ -> contents, for every generated Swift source."""
    cabi = {"EntryPoints.swift": entry_points(spec), "Dispatch.swift": dispatch(spec), "Status.swift": status(spec),
            "Version.swift": version(spec),
            "TrainingEntryPoints.swift": training.swift_source(spec.training or {}, spec.formats)}
    return {**{f"SoftplusCABI/{name}": text for name, text in cabi.items()},
            "SoftplusKernelExports/KernelExports.swift": kernel_exports(spec)}
