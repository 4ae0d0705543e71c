#!/usr/bin/env python3
"""kernel_ops: the vector instructions in the AVX-512 array loop of each family function, and what they
cost in multiply-add slots (op_costs.c), per 8 elements: the floor under each kernel's time on this
processor (benchmarks/README.md, "What bounds the Float kernels").

    make -C benchmarks op-costs && build-bench/op_costs > build-bench/op_costs.md
    python3 benchmarks/kernel_ops.py --costs build-bench/op_costs.md [--object build/kernels/SoftplusKernelsAVX512.o]

The loop is found in the disassembly (objdump) of the AVX-512 copy of the kernels: the specialization
of VectorKernels.<name>(_:_:_:) that the entry point jumps to, and in it the largest backward jump
(the loop over the array, whose body is the lane kernel inlined). Only vector and mask instructions
are counted (those starting with v or k); the scalar loop bookkeeping and the out-of-line call on a
block with a slow lane are left out. Register-to-register moves, loads and stores count as 0 slots;
every other instruction is priced from op_costs' table (or a row it names as alike), and one it lacks
is listed under the table. The floor is slots times op_costs' cycles per multiply-add (1 on Zen 4,
which has one 512-bit multiply-add per cycle), per element, at its clock.
"""
import argparse
import collections
import re
import subprocess
import sys

# The family in the Swift names of VectorKernels (VectorKernels.swift), in the header's order.
FUNCTIONS = ["softplus", "softminus", "sigmoid", "oneMinusSigmoid", "logit", "softplusInverse",
             "softminusInverse", "logSigmoid", "logOneMinusSigmoid"]
# Elements per loop step on the AVX-512 copy (ArrayLoops.swift: 32 Doubles, 64 Floats).
STEP = {"f64": 32, "f32": 64}
# How the mnemonics objdump prints map onto the rows op_costs measures (same pipes and cost).
SAME_AS = [
    (r"vf(n?m(add|sub))(132|213|231)[ps][sd]", "vfmadd231pd"),
    (r"v(sub|max|min)p[sd]", "vaddpd"),
    (r"vpsubq", "vpaddq"),
    (r"vp(or|xor|andn)[dq]?", "vpandq"),
    (r"vp(sra|srl)q", "vpsllq"),
    (r"vpcmp\w*[dq]|vcmp\w*p[sd]", "vpcmpgtq"),
    (r"vptestm[dq]", "vptestnmq"),
    (r"vpternlogd", "vpternlogq"),
    (r"vpermi2pd", "vpermt2pd"),
    (r"v(and|andn|or|xor)p[sd]", "vpandq"),
    (r"vblendmp[sd]", "vmovapd{k}"),
    (r"vpm(in|ax)u[dq]", "vpminuq"),
    (r"vp?broadcast\w+", "vbroadcastsd"),
    (r"vinsert[fi]64x4|vextract[fi]64x4", "vinsertf64x4"),
    (r"kunpck\w+", "kunpckbw"),
    (r"kortest[bwdq]", "kortestw"),
    (r"k(or|and|andn|xor|xnor)[bwdq]", "korw"),
]
# Register moves (renamed away), loads and stores: no pipe time. Anything else not in op_costs' table is
# reported (and the smoke test fails), not guessed.
FREE = re.compile(r"vmov(apd|aps|dqa64|dqu64|upd|ups|dqa|dqu)$|vzeroupper|kmov\w")


def read_costs(path):
    """(clock in Hz, cycles per multiply-add, {mnemonic: multiply-add slots}) from op_costs' output."""
    text = open(path).read()
    clock = re.search(r"Clock ([0-9.]+) GHz.* take [0-9.]+ cycles, ([0-9.]+) each", text)
    if not clock:
        sys.exit(f"kernel_ops: no clock line in {path}: is it op_costs' output?")
    costs = {}
    for row in re.finditer(r"^\| (\S+) \| [^|]* \| ([0-9.]+) \| ([0-9.]+) \|$", text, re.M):
        costs[row.group(1)] = float(row.group(3))
    return float(clock.group(1)) * 1e9, float(clock.group(2)), costs


def symbol_body(lines, start):
    """The instructions (address, mnemonic, operands) after the symbol line `start`."""
    body = []
    for line in lines[start + 1:]:
        if not line.strip():
            break
        match = re.match(r"\s*([0-9a-f]+):\s+(\S+)\s*(.*)", line)
        if match:
            body.append((int(match.group(1), 16), match.group(2), match.group(3)))
    return body


def function_body(disassembly, name, element):
    """The instructions of the function that holds the array loop of VectorKernels.<name> on element."""
    letter = "f" if element == "f32" else "d"
    symbol = re.compile(rf"<\$e\w*VectorB0O{len(name)}{name}yySPyS{letter}G_SpyS{letter}GSitFZ(Tf4nnnd_n)?(Tm)?>:$")
    lines = disassembly.splitlines()
    starts = [i for i, line in enumerate(lines) if symbol.search(line)]
    # The specialization if there is one (the plain symbol only jumps to it); "Tm" marks a body LLVM
    # merged with an identical one (softminus is log_sigmoid, and so on).
    starts.sort(key=lambda i: "Tf4nnnd_n" not in lines[i])
    if not starts:
        sys.exit(f"kernel_ops: no array function {name} {element} in the disassembly")
    body = symbol_body(lines, starts[0])
    # A function whose body is another's (merged by LLVM: log_sigmoid's is softminus's) only calls or
    # jumps there, the target resolved or left to a relocation in the object file: follow it.
    if len(body) < 12:
        for _, mnemonic, operands in body:
            target = re.fullmatch(r"[0-9a-f]+ <([^+>]+)>", operands)
            if mnemonic in ("call", "jmp") and target:
                symbol_name = target.group(1)
            elif mnemonic == "R_X86_64_PLT32":
                symbol_name = operands.rsplit("-", 1)[0]
            else:
                continue
            header = f"<{symbol_name}>:"
            target_lines = [i for i, line in enumerate(lines) if line.endswith(header)]
            if not target_lines:
                sys.exit(f"kernel_ops: {name} {element} goes to {symbol_name}, which is not in the disassembly")
            return symbol_body(lines, target_lines[0])
    return body


def loop_mnemonics(body):
    """The vector and mask mnemonics between the target and the source of the largest backward jump."""
    loop = None
    for address, mnemonic, operands in body:
        target = re.match(r"([0-9a-f]+) <", operands)
        if mnemonic.startswith("j") and target and int(target.group(1), 16) < address:
            if loop is None or address - int(target.group(1), 16) > loop[1] - loop[0]:
                loop = (int(target.group(1), 16), address)
    if loop is None:
        sys.exit("kernel_ops: no loop found")
    return [(m + ("{k}" if "{%k" in ops and m.startswith("vmov") else ""))
            for a, m, ops in body if loop[0] <= a <= loop[1] and m[0] in "vk" and not m.startswith("R_")]


def slots(mnemonic, costs, unknown):
    if mnemonic in costs:
        return costs[mnemonic]
    for pattern, row in SAME_AS:
        if re.fullmatch(pattern, mnemonic) and row in costs:
            return costs[row]
    if FREE.fullmatch(mnemonic):
        return 0.0
    unknown.add(mnemonic)
    return 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--costs", required=True, help="op_costs' output (a markdown table)")
    parser.add_argument("--object", default="build/kernels/SoftplusKernelsAVX512.o",
                        help="the AVX-512 copy of the kernels (CMake build)")
    args = parser.parse_args()
    clock, cycles_per_slot, costs = read_costs(args.costs)
    disassembly = subprocess.run(["objdump", "-dr", "--no-show-raw-insn", args.object],
                                 check=True, capture_output=True, text=True).stdout
    unknown = set()
    print(f"Clock {clock / 1e9:.2f} GHz ({args.costs}); {args.object}.\n")
    print("| function | format | vector instructions per 8 elements | multiply-add slots per 8 elements "
          "| of them: divisions | mask writes | floor, ns per element |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for element in ("f32", "f64"):
        for name in FUNCTIONS:
            mnemonics = loop_mnemonics(function_body(disassembly, name, element))
            per8 = 8 / STEP[element]
            count = collections.Counter(mnemonics)
            total = sum(slots(m, costs, unknown) * n for m, n in count.items()) * per8
            division = sum(slots(m, costs, unknown) * n for m, n in count.items() if m.startswith("vdiv")) * per8
            masks = sum(n for m, n in count.items()
                        if re.fullmatch(r"vpcmp\w*|vcmp\w*|vptestn?m\w*|vpmov[dq]2m", m)) * per8
            ops = sum(n for m, n in count.items() if not FREE.fullmatch(m)) * per8
            print(f"| {name} | {element} | {ops:.1f} | {total:.1f} | {division:.1f} | {masks:.1f} "
                  f"| {total * cycles_per_slot / 8 / clock * 1e9:.2f} |")
    if unknown:
        print(f"\nNot in the cost table, counted as 0: {', '.join(sorted(unknown))}")


if __name__ == "__main__":
    main()
