#!/usr/bin/env python3
"""The instruction sets in libsoftplus.so and in each x86-64 copy of the kernels (objdump), so that a
processor without AVX2 or AVX-512 can never meet an instruction it lacks, and the faster copies are really
compiled for their level:
  - the baseline copy (kernels/<module>.o) has no instruction beyond x86-64 (SSE2);
  - the AVX2 copy has no AVX-512 instruction (no zmm, no opmask, no EVEX-only form, no xmm16-31);
  - the AVX2 and AVX-512 copies do use their levels (at least one instruction beyond the baseline);
  - the library holds exactly the beyond-baseline instructions of those copies, no more: none crept into the
    entry points, the math core or a shared helper (say an AVX-512 instance of a weak runtime function the
    linker kept for every caller, which cmake/kernels.cmake's symbol localisation prevents).

  check_instruction_sets.py LIBRARY KERNEL_OBJECT_DIRECTORY [--objdump OBJDUMP]

Python 3 standard library only.
"""

import argparse
import json
import pathlib
import re
import subprocess
import sys

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]

# Beyond the x86-64 baseline without the "v" prefix of VEX and EVEX: SSE3, SSSE3, SSE4.1, SSE4.2, POPCNT,
# CMPXCHG16B, LAHF/SAHF (x86-64-v2); BMI1, BMI2, LZCNT, MOVBE (x86-64-v3).
BEYOND_BASELINE = set("""
addsubpd addsubps haddpd haddps hsubpd hsubps lddqu movddup movshdup movsldup fisttp fisttpl fisttpll fisttps
pabsb pabsw pabsd palignr phaddw phaddd phaddsw phsubw phsubd phsubsw pmaddubsw pmulhrsw pshufb psignb psignw psignd
blendpd blendps blendvpd blendvps dppd dpps extractps insertps movntdqa mpsadbw packusdw pblendvb pblendw pcmpeqq
pextrb pextrd pextrq pinsrb pinsrd pinsrq pmaxsb pmaxsd pmaxud pmaxuw pminsb pminsd pminud pminuw pmovsxbw pmovsxbd
pmovsxbq pmovsxwd pmovsxwq pmovsxdq pmovzxbw pmovzxbd pmovzxbq pmovzxwd pmovzxwq pmovzxdq pmuldq pmulld ptest
roundpd roundps roundsd roundss phminposuw crc32 crc32b crc32w crc32l crc32q pcmpestri pcmpestrm pcmpistri pcmpistrm
pcmpgtq popcnt cmpxchg16b lahf sahf
andn bextr blsi blsmsk blsr bzhi mulx pdep pext rorx sarx shlx shrx lzcnt tzcnt movbe
""".split())

# AVX-512 forms that also exist for xmm and ymm registers (AVX512VL), by mnemonic prefix.
AVX512_ONLY_PREFIXES = ("vpternlog", "vpermt2", "vpermi2", "vrndscale", "vscalef", "vgetexp", "vgetmant", "vfixupimm",
                        "vrange", "vreduce", "vfpclass", "vpcompress", "vpexpand", "vcompress", "vexpand", "vpconflict",
                        "vplzcnt", "valign", "vblendm", "vpblendm", "vpmovm2", "vpabsq", "vpmaxsq", "vpmaxuq",
                        "vpminsq", "vpminuq", "vpsraq", "vprol", "vpror", "vcvtpd2qq", "vcvtpd2uqq", "vcvtqq2",
                        "vcvtuqq2", "vcvttpd2qq", "vcvttpd2uqq", "vcvtps2qq", "vcvtps2uqq", "vcvttps2qq",
                        "vcvttps2uqq", "vcvtudq2", "vcvtpd2udq", "vcvttpd2udq", "vcvtps2udq", "vcvttps2udq",
                        "vcvtusi2", "vcvtsd2usi", "vcvtss2usi", "vcvttsd2usi", "vcvttss2usi", "vpermw", "vpsllvw",
                        "vpsrlvw", "vpsravw", "vdbpsadbw", "vrcp14", "vrsqrt14", "vpmovq", "vpmovd", "vpmovw",
                        "vpmovsq", "vpmovsd", "vpmovsw", "vpmovusq", "vpmovusd", "vpmovusw", "vpmullq", "vextractf64x",
                        "vextracti64x", "vinsertf64x", "vinserti64x", "vextractf32x8", "vinsertf32x8", "vbroadcastf64x",
                        "vbroadcasti64x", "vbroadcastf32x8", "vbroadcasti32x8", "vshuff", "vshufi", "k")
AVX512_REGISTER = re.compile(r"%zmm\d|%k[0-7]\b|%[xy]mm(1[6-9]|2\d|3[01])\b|\{%k")
INSTRUCTION = re.compile(r"^\s*[0-9a-f]+:\t(\S+)\s*(.*)$")


def instructions(objdump, path):
    """(mnemonic, operands) of every instruction of the file's code."""
    text = subprocess.run([objdump, "-d", "--no-show-raw-insn", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return [(m[1], m[2]) for m in map(INSTRUCTION.match, text.splitlines()) if m]


def beyond_baseline(mnemonic, operands):
    return (mnemonic.startswith("v") and mnemonic not in ("verr", "verw")) or mnemonic in BEYOND_BASELINE


def avx512(mnemonic, operands):
    return bool(AVX512_REGISTER.search(operands)) or (
        mnemonic.startswith(AVX512_ONLY_PREFIXES) and mnemonic not in ("vpmovmskb",))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("library", type=pathlib.Path)
    parser.add_argument("kernels", type=pathlib.Path, help="the directory of the copies' objects (build/kernels)")
    parser.add_argument("--objdump", default="objdump")
    args = parser.parse_args()
    paths = json.loads((REPOSITORY / "spec" / "softplus.json").read_text())["kernels"]["x86_64"]
    failures = []
    beyond_in_copies = 0
    for level, path in enumerate(paths):
        code = instructions(args.objdump, args.kernels / f"{path['module']}.o")
        beyond = [i for i in code if beyond_baseline(*i)]
        wide = [i for i in code if avx512(*i)]
        print(f"{path['module']} ({path['isa']}): {len(code)} instructions, {len(beyond)} beyond x86-64, "
              f"{len(wide)} AVX-512")
        if level == 0 and beyond:
            failures.append(f"{path['module']} has {len(beyond)} instructions beyond x86-64, e.g. {beyond[:3]}")
        if level == 1 and wide:
            failures.append(f"{path['module']} has {len(wide)} AVX-512 instructions, e.g. {wide[:3]}")
        if level > 0 and not beyond:
            failures.append(f"{path['module']} has no instruction beyond x86-64: not compiled for {path['isa']}?")
        beyond_in_copies += len(beyond) if level > 0 else 0
    library = [i for i in instructions(args.objdump, args.library) if beyond_baseline(*i)]
    print(f"{args.library.name}: {len(library)} instructions beyond x86-64, the copies {beyond_in_copies}")
    if len(library) != beyond_in_copies:
        failures.append(f"the library has {len(library)} instructions beyond x86-64, its AVX2 and AVX-512 copies "
                        f"{beyond_in_copies}: some are outside the copies")
    for failure in failures:
        print("FAIL: " + failure)
    if not failures:
        print("ok: the baseline copy and the rest of the library stay within x86-64; each faster copy uses its level")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
