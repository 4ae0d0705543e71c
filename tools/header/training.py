"""The training entry points of spec/softplus.json ("training", issue 6), expanded like the family's.

Four kinds, each with its C shape:
  unary          (derivatives, log1mexp, log1pexp) the family's shape: T sp_<name>_<t>(T x) and
                 int sp_<name>_<t>_array(const T *x, T *out, size_t n)
  backward       int sp_<fn>_backward_<t>_array(const T *x, const T *grad_out, T *grad_in, size_t n)
  loss           int sp_<name>[_sum|_mean]_<t>(const T *x, const T *target, const T *weight,
                     const T *pos_weight, size_t n, T *out)
                 int sp_<name>_backward_<t>(..., const T *grad_out, size_t n, T *grad_in)   (none)
                 int sp_<name>_<sum|mean>_backward_<t>(..., T grad_out, size_t n, T *grad_in)
  parameterized  T sp_<name>_<t>(T x, T p1, ...) and int sp_<name>_<t>_array(const T *x, T *out,
                 size_t n, T p1, ...)
rendered into Sources/SoftplusCABI/TrainingEntryPoints.swift and include/softplus_training.h.
"""

import textwrap
from dataclasses import dataclass

REDUCTIONS = (("", "none: out[i] is the loss of element i (n elements)"),
              ("_sum", "sum: *out is the sum of the n losses (one element)"),
              ("_mean", "mean: *out is the mean of the n losses (one element; a positive quiet NaN for n == 0)"))


@dataclass(frozen=True)
class TrainingEntry:
    c_name: str
    c_signature: str
    swift: str          # the @c function, doc comment included
    doc: str            # the header's comment for it
    section: str        # the header section it belongs to


def _doc(lines):
    return "".join(f"/// {part}\n" for line in lines for part in textwrap.wrap(line, 96, break_on_hyphens=False))


def _unary(entry, fmt):
    t, c, s = fmt.swift_type, fmt.c_type, fmt.suffix
    v = entry["argument"]
    name, swift = entry["id"], entry["swift"]
    scalar_name = f"sp_{name}_{s}"
    summary = f"{name}({v}) = {entry['definition']}. Domain: {entry['domain']}."
    special = "Special values: " + "; ".join(entry["special"]) + "."
    kernel = entry.get("kernel")
    # An entry equal to a family function ("kernel": its Swift name) runs that function's vector kernel
    # (Dispatch.swift): bitwise identical to it and as fast. One with "kernel": true runs a vector kernel of
    # its own, Kernels.<swift> (SoftplusKernels' DerivativeKernels.swift; unary_kernels below). The others
    # run their SoftplusMath function element by element.
    own = kernel is True
    if own:
        kernel = swift
    scalar_body = f"Kernels.{kernel}({v})" if kernel else f"{swift}({v})"
    array_body = (f"runKernel(x, out, n, Kernels.{kernel} as (UnsafePointer<{t}>, UnsafeMutablePointer<{t}>, Int) -> Void)"
                  if kernel else f"mapArray(x, out, n, {swift} as ({t}) -> {t})")
    accuracy = "within 1 ULP" if fmt.bits == 64 else "correctly rounded"
    same = (f"the vector kernel `Kernels.{kernel}`, {accuracy}" if own
            else f"the family's `{kernel}` kernel (bitwise identical to it)" if kernel else f"`{swift}`")
    scalar = TrainingEntry(
        scalar_name, f"{c} {scalar_name}({c} {v})",
        _doc([f"{summary} In {c}.", special] + ([f"Runs {same}."] if kernel else [])) + f"@c({scalar_name})\n"
        f"public func {swift}{s.upper()}(_ {v}: {t}) -> {t} {{ {scalar_body} }}\n",
        f"{name}({v}) in {c}" + (f", {accuracy} (a vector kernel)." if own else "."), name)
    array_name = f"{scalar_name}_array"
    array = TrainingEntry(
        array_name, f"int {array_name}(const {c} *x, {c} *out, size_t n)",
        _doc([f"out[i] = {name}(x[i]) for i < n, in {c}, bitwise identical to the scalar entry point ({same}); "
              "the checks of `checkArrays`."]) + f"@c({array_name})\n"
        f"public func {swift}{s.upper()}Array(\n"
        f"    _ x: UnsafePointer<{t}>?, _ out: UnsafeMutablePointer<{t}>?, _ n: UInt\n"
        f") -> CInt {{\n    {array_body}\n}}\n",
        f"out[i] = {scalar_name}(x[i]) for i < n, bitwise identical; the status codes of the family's "
        "arrays (out == x allowed).", name)
    return [scalar, array]


def _backward(entry, fmt):
    t, c, s = fmt.swift_type, fmt.c_type, fmt.suffix
    function, swift = entry["function"], entry["swift"]
    c_name = f"sp_{function}_backward_{s}_array"
    # A "kernel" entry runs the vector kernel Kernels.<swift> (Dispatch.swift, SoftplusKernels'
    # BackwardKernels.swift); the others call their SoftplusMath function element by element.
    if entry.get("kernel"):
        kernel_type = (f"(UnsafePointer<{t}>, UnsafePointer<{t}>, UnsafeMutablePointer<{t}>, Int) -> Void")
        accuracy = "within 1 ULP" if fmt.bits == 64 else "correctly rounded"
        how = f"the vector kernel `Kernels.{swift}`, {accuracy}"
        body = (f"    runBackwardKernel(\n        x, grad_out, grad_in, n,\n"
                f"        Kernels.{swift} as {kernel_type})\n")
        promise = ("within 1 ULP of the exact product" if fmt.bits == 64 else "correctly rounded") + " (a vector kernel)"
    else:
        how = f"`{swift}`"
        body = f"    mapBackward(x, grad_out, grad_in, n) {{ {swift}($0, gradOut: $1) }}\n"
        promise = "the product rounded once"
    return [TrainingEntry(
        c_name, f"int {c_name}(const {c} *x, const {c} *grad_out, {c} *grad_in, size_t n)",
        _doc([f"grad_in[i] = grad_out[i] * {function}'(x[i]) for i < n, in {c}, rounded once "
              f"({how}); the checks of `mapBackward`."]) + f"@c({c_name})\n"
        f"public func {swift}{s.upper()}Array(\n"
        f"    _ x: UnsafePointer<{t}>?, _ grad_out: UnsafePointer<{t}>?, _ grad_in: UnsafeMutablePointer<{t}>?,\n"
        f"    _ n: UInt\n"
        f") -> CInt {{\n"
        + body +
        f"}}\n",
        f"grad_in[i] = grad_out[i] * {function}'(x[i]) for i < n, {promise}. grad_in may "
        "be x or grad_out exactly; returns SP_OK, or, having written nothing: SP_ERR_NULL_POINTER, "
        "SP_ERR_TOO_LARGE, SP_ERR_OVERLAP.", f"{function}_backward")]


def _loss(entry, fmt):
    t, c, s = fmt.swift_type, fmt.c_type, fmt.suffix
    name, swift, gradient = entry["id"], entry["swift"], entry["gradient_swift"]
    inputs_c = f"const {c} *x, const {c} *target, const {c} *weight, const {c} *pos_weight"
    inputs_swift = (f"    _ x: UnsafePointer<{t}>?, _ target: UnsafePointer<{t}>?, _ weight: UnsafePointer<{t}>?,\n"
                    f"    _ pos_weight: UnsafePointer<{t}>?")
    call = "x, target, weight, pos_weight"
    # The loss, its sum and its mean run the vector kernels Kernels.<swift> and Kernels.<swift>Total
    # (Dispatch.swift, SoftplusKernels' CrossEntropyKernels.swift; loss_kernels in swift_sources.py).
    if not entry.get("kernel"):
        raise ValueError(f'training loss {name}: "kernel": true is required (TrainingArrays.swift has no '
                         "element-by-element loss loop)")
    entries = []
    for reduction, meaning in REDUCTIONS:
        c_name = f"sp_{name}{reduction}_{s}"
        swift_name = f"{swift}{reduction.title().replace('_', '')}{s.upper()}"
        if reduction:
            result = {"_sum": "sum", "_mean": "mean"}[reduction]
            result = result if fmt.bits == 64 else "float" + result.title()
            body = (f"    crossEntropyReduced(\n        {call}, n, out,\n        kernel: Kernels.{swift}Total as "
                    f"CrossEntropyTotalKernel<{t}>\n    ) {{ $0.{result} }}\n")
        else:
            body = (f"    crossEntropyElementwise(\n        {call}, n, out,\n        Kernels.{swift} as (UnsafePointer<{t}>, "
                    f"UnsafePointer<{t}>, UnsafePointer<{t}>?, UnsafePointer<{t}>?,\n"
                    f"            UnsafeMutablePointer<{t}>, Int) -> Void)\n")
        entries.append(TrainingEntry(
            c_name, f"int {c_name}({inputs_c}, size_t n, {c} *out)",
            _doc([f"{name}, reduction {meaning}, in {c} (`{swift}`, `BinaryCrossEntropySum`)."])
            + f"@c({c_name})\npublic func {swift_name}(\n{inputs_swift}, _ n: UInt,\n"
            f"    _ out: UnsafeMutablePointer<{t}>?\n) -> CInt {{\n{body}}}\n",
            f"Reduction {meaning}"
            + ((", a vector kernel: within 1 ULP" if fmt.bits == 64 else ", a vector kernel: correctly rounded")
               + " for targets in [0, 1] and weights >= 0 (docs/TRAINING.md)"
               if not reduction else "")
            + ((", from a vector kernel's double-double losses added in double-double: within 1 ULP"
                if fmt.bits == 64 else ", from a vector kernel's double-double losses added in double-double: "
                "correctly rounded but within 2^-33 ULP of a midpoint")
               + " for targets in [0, 1] and weights >= 0 (docs/TRAINING.md)"
               if reduction else "")
            + ". weight and pos_weight may be NULL (all 1)"
            + ("; out must not be NULL, also for n == 0 (the result is written)" if reduction else "")
            + ". Returns SP_OK, or, having written nothing: SP_ERR_NULL_POINTER, SP_ERR_TOO_LARGE, "
            "SP_ERR_OVERLAP, checked in that order.", name))
        backward_name = f"sp_{name}{reduction}_backward_{s}"
        swift_backward = f"{gradient}{reduction.title().replace('_', '')}{s.upper()}"
        mean = "true" if reduction == "_mean" else "false"
        if reduction:
            grad_c, grad_swift, grad_args = f"{c} grad_out", f"_ grad_out: {t}", "nil, requiresGradOutArray: false, gradOut: grad_out"
            incoming = "grad_out (a scalar)" + (" / n" if reduction == "_mean" else "")
        else:
            grad_c, grad_swift = f"const {c} *grad_out", f"_ grad_out: UnsafePointer<{t}>?"
            grad_args = "grad_out, requiresGradOutArray: true, gradOut: 0"
            incoming = "grad_out[i]"
        entries.append(TrainingEntry(
            backward_name, f"int {backward_name}({inputs_c}, {grad_c}, size_t n, {c} *grad_in)",
            _doc([f"grad_in[i] = {incoming} * d loss_i / dx_i, reduction {reduction[1:] or 'none'}, in {c} "
                  f"(`{gradient}`)."])
            + f"@c({backward_name})\npublic func {swift_backward}(\n{inputs_swift}, {grad_swift},\n"
            f"    _ n: UInt, _ grad_in: UnsafeMutablePointer<{t}>?\n) -> CInt {{\n"
            f"    crossEntropyBackward(\n        {call}, n, gradOutArray: {grad_args}, mean: {mean}, grad_in,\n"
            f"        kernel: Kernels.{gradient} as CrossEntropyGradientKernel<{t}>)\n}}\n",
            f"grad_in[i] = {incoming} * d loss_i / dx_i for i < n, rounded once, a vector kernel: "
            + ("within 1 ULP" if fmt.bits == 64 else "correctly rounded")
            + " for targets in [0, 1] and weights >= 0 except where the loss's two terms nearly cancel "
            "(docs/TRAINING.md). grad_in may be x, target"
            + ("" if reduction else " or grad_out") + " exactly; returns SP_OK, or, having written nothing: "
            "SP_ERR_NULL_POINTER, SP_ERR_TOO_LARGE, SP_ERR_OVERLAP, checked in that order.", name))
    return entries


def _parameterized(entry, fmt):
    t, c, s = fmt.swift_type, fmt.c_type, fmt.suffix
    name, swift, v = entry["id"], entry["swift"], entry["argument"]
    parameters = entry["parameters"]  # [[C name, Swift argument label], ...]
    c_parameters = ", ".join(f"{c} {p}" for p, _ in parameters)
    swift_parameters = ", ".join(f"_ {p}: {t}" for p, _ in parameters)
    call = ", ".join(f"{label}: {p}" for p, label in parameters)
    scalar_name = f"sp_{name}_{s}"
    array_name = f"{scalar_name}_array"
    special = "Special values: " + "; ".join(entry["special"]) + "."
    kernel = entry.get("kernel")
    arguments = ", ".join(p for p, _ in parameters)
    accuracy = "within 1 ULP" if fmt.bits == 64 else "correctly rounded"
    if kernel:
        # A "kernel" entry runs the vector kernel Kernels.<kernel> (Dispatch.swift, SoftplusKernels'
        # ParameterizedSoftplusKernels.swift), scalar and array alike; it takes the parameters per call.
        scalar_body = f"Kernels.{kernel}({v}, {arguments})"
        array_body = f"runKernel(x, out, n) {{ Kernels.{kernel}($0, $1, $2, {arguments}) }}"
    else:
        scalar_body = f"{swift}({v}, {call})"
        array_body = f"mapArray(x, out, n) {{ {swift}($0, {call}) }}"
    runs = [f"Runs the vector kernel `Kernels.{kernel}`, {accuracy}."] if kernel else []
    return [
        TrainingEntry(
            scalar_name, f"{c} {scalar_name}({c} {v}, {c_parameters})",
            _doc([f"{name}({v}) = {entry['definition']}, in {c}.", special] + runs) + f"@c({scalar_name})\n"
            f"public func {swift}{s.upper()}(_ {v}: {t}, {swift_parameters}) -> {t} {{ {scalar_body} }}\n",
            f"{name}({v}) in {c}" + (f", {accuracy} (a vector kernel)." if kernel else "."), name),
        TrainingEntry(
            array_name, f"int {array_name}(const {c} *x, {c} *out, size_t n, {c_parameters})",
            _doc([f"out[i] = {name}(x[i]) for i < n, in {c}"
                  + (f", bitwise identical to the scalar entry point (the vector kernel `Kernels.{kernel}`, "
                     f"{accuracy}); the checks of `checkArrays`." if kernel else "; the checks of `mapArray`.")])
            + f"@c({array_name})\n"
            f"public func {swift}{s.upper()}Array(\n"
            f"    _ x: UnsafePointer<{t}>?, _ out: UnsafeMutablePointer<{t}>?, _ n: UInt, {swift_parameters}\n"
            f") -> CInt {{\n    {array_body}\n}}\n",
            f"out[i] = {scalar_name}(x[i], ...) for i < n, bitwise identical; the status codes of the family's "
            "arrays (out == x allowed).", name),
    ]


_KINDS = {"unary": _unary, "backward": _backward, "losses": _loss, "parameterized": _parameterized}


def entries(training, formats):
    """Every training entry point, in spec order: per entry of each kind, every format."""
    return [e for kind, render in _KINDS.items() for item in training.get(kind, ())
            for fmt in formats for e in render(item, fmt)]


def section_docs(training):
    """Header section name -> its comment paragraphs, from the spec's definitions."""
    docs = {}
    for item in training.get("unary", ()):
        docs[item["id"]] = [f"{item['id']}({item['argument']}) = {item['definition']}",
                              f"Domain: {item['domain']}.\nSpecial values: " + "; ".join(item["special"]) + "."]
    for item in training.get("backward", ()):
        docs[f"{item['function']}_backward"] = [
            f"{item['function']}_backward: grad_in = grad_out * {item['function']}'(x), fused and rounded once"]
    for item in training.get("losses", ()):
        docs[item["id"]] = [f"{item['id']}: {item['definition']}",
                              "Special values: " + "; ".join(item["special"]) + "."]
    for item in training.get("parameterized", ()):
        docs[item["id"]] = [f"{item['id']}({item['argument']}) = {item['definition']}",
                              "Special values: " + "; ".join(item["special"]) + "."]
    return docs


SWIFT_NOTE = ("// GENERATED from spec/softplus.json (\"training\") by tools/header/generate.py. Do not edit: edit\n"
              "// the spec, then run `python3 tools/header/generate.py sources`.\n"
              "//\n"
              "// The C entry points of the training functions (issue 6): derivatives, log1mexp, log1pexp,\n"
              "// backward products, binary cross-entropy with logits and the parameterized softplus. Each is\n"
              "// one call into SoftplusMath; the checks are those of ArrayMap.swift and TrainingArrays.swift.\n\n"
              "import SoftplusMath\n\n")


def swift_source(training, formats):
    return SWIFT_NOTE + "\n".join(entry.swift for entry in entries(training, formats))


def render_header(training, formats, declarations, comment):
    """include/softplus_training.h from the compiler's declarations; `comment` renders a /** */ block."""
    out = ["/*\n"
           " * softplus_training.h: the training functions of libsoftplus (issue 6): derivatives f'(x) of\n"
           " * the nine functions, log1mexp, log1pexp, fused backward products, binary cross-entropy with\n"
           " * logits and the parameterized softplus. Include softplus.h first (status codes).\n"
           " *\n"
           " * GENERATED by tools/header/generate.py from the Swift compiler's header of Sources/SoftplusCABI\n"
           " * and spec/softplus.json (\"training\"). Do not edit. Accuracy: docs/TRAINING.md.\n"
           " */\n"
           "#ifndef SOFTPLUS_TRAINING_H\n#define SOFTPLUS_TRAINING_H\n\n#include <stddef.h>\n\n"
           "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n"]
    docs = section_docs(training)
    current = None
    for entry in entries(training, formats):
        if entry.section != current:
            current = entry.section
            out.append(f"\n/* ---- {current} " + "-" * (88 - len(current)) + " */\n\n")
            out.append(comment(docs[current]))
        out.append(comment([entry.doc]) + declarations[entry.c_name] + ";\n")
    out.append("\n#ifdef __cplusplus\n}\n#endif\n\n#endif /* SOFTPLUS_TRAINING_H */\n")
    return "".join(out)
