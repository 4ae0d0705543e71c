#!/usr/bin/env python3
"""The x86-64 dispatch paths of libsoftplus (spec "kernels"), each forced with SOFTPLUS_ISA.

  run_paths.py forced PATH --library L --test-c T --vectors V --python-tests D
      runs the C test, the Python ctypes smoke test and the cffi header test with SOFTPLUS_ISA=PATH, after
      checking with sp_kernel_isa (through path_bits) that PATH is the one running, and that SOFTPLUS_ISA set
      to the name sp_kernel_isa returns for PATH forces it too; exit 77 (ctest: skipped) when this processor
      cannot run PATH.
  run_paths.py same-bits --bits B --vectors V [--count N]
      runs path_bits (scalar == array within a path) on every path this processor runs, and requires the
      same hashes from all of them: every path gives the same bits.
  run_paths.py refused --bits B --vectors V
      a path the processor cannot run is refused: under valgrind, whose emulated CPU has AVX2 but no
      AVX-512, SOFTPLUS_ISA=avx512 must run the x86-64-v3 path, to the end, with no illegal instruction and
      no memcheck error; exit 77 without valgrind.

Python 3 standard library only.
"""

import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
SKIPPED = 77


def paths():
    spec = json.loads((REPOSITORY / "spec" / "softplus.json").read_text())
    return {path["environment"]: path["isa"] for path in spec["kernels"]["x86_64"]}


def forced_environment(path):
    return {**os.environ, "SOFTPLUS_ISA": path}


def running_isa(bits, vectors, path):
    """sp_kernel_isa() with SOFTPLUS_ISA=path (path_bits prints it first; 0 random inputs: fast)."""
    result = subprocess.run([bits, vectors, "0"], env=forced_environment(path), capture_output=True, text=True)
    first = result.stdout.splitlines()[0] if result.stdout else ""
    if not first.startswith("isa "):
        sys.exit(f"FAIL: path_bits printed no isa line:\n{result.stdout}{result.stderr}")
    return first.removeprefix("isa ")


def forced(args):
    isa = paths()[args.path]
    got = running_isa(args.bits, args.vectors, args.path)
    if got != isa:
        print(f"skipped: this processor cannot run the {args.path} path ({isa}); sp_kernel_isa says {got}")
        return SKIPPED
    print(f"SOFTPLUS_ISA={args.path}: sp_kernel_isa() = {got}")
    env = forced_environment(args.path)
    failed = []
    # The name sp_kernel_isa() returns forces the same path.
    by_name = running_isa(args.bits, args.vectors, isa)
    print(f"SOFTPLUS_ISA={isa}: sp_kernel_isa() = {by_name}")
    if by_name != isa:
        failed.append(f"SOFTPLUS_ISA={isa}")
    if subprocess.run([args.test_c, args.vectors], env=env).returncode != 0:
        failed.append("C test")
    # The smoke test wants an empty environment; SOFTPLUS_ISA is the one variable it may see here.
    smoke = subprocess.run(["env", "-i", f"SOFTPLUS_ISA={args.path}", args.python, "-I",
                            str(pathlib.Path(args.python_tests) / "ctypes_smoke.py"), args.library],
                           capture_output=True, text=True)
    unexpected = [line for line in smoke.stdout.splitlines()
                  if line.startswith("FAIL: ") and not line.startswith("FAIL: the environment is not empty")]
    print(smoke.stdout, end="")
    if unexpected or "loaded" not in smoke.stdout:
        failed.append("ctypes smoke test")
    # The cffi tests that call the library; the one about the header's list of declarations does not depend
    # on the path and runs once, in the test python_cffi_header.
    cffi = subprocess.run([args.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_cffi_header.py",
                           "-k", "not test_header_declares_exactly_the_spec"],
                          env={**env, "SOFTPLUS_LIBRARY": args.library}, cwd=args.python_tests)
    if cffi.returncode != 0:
        failed.append("cffi header test")
    print(f"{args.path} ({isa}): " + ("FAIL: " + ", ".join(failed) if failed else "C, ctypes and cffi tests ok"))
    return 1 if failed else 0


def same_bits(args):
    results = {}
    for path, isa in paths().items():
        got = running_isa(args.bits, args.vectors, path)
        if got != isa:
            print(f"{path} ({isa}): not run, this processor cannot (sp_kernel_isa says {got})")
            continue
        result = subprocess.run([args.bits, args.vectors, str(args.count)], env=forced_environment(path),
                                capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout + result.stderr)
            print(f"FAIL: {path}: scalar and array results differ, or path_bits failed")
            return 1
        results[path] = result.stdout.splitlines()[1:]
        inputs = sum(int(line.split()[1]) for line in results[path])
        print(f"{path} ({isa}): {len(results[path])} forms, {inputs} inputs, scalar == array")
    if len(results) < 2:
        print("skipped: fewer than two paths run on this processor")
        return SKIPPED
    first, *others = results
    differing = [f"{path}: {a} vs {first}: {b}" for path in others
                 for a, b in zip(results[path], results[first]) if a != b]
    for line in differing:
        print("FAIL: " + line)
    if differing:
        return 1
    print(f"ok: {', '.join(results)} give the same bits on every form")
    return 0


def refused(args):
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("skipped: no valgrind")
        return SKIPPED
    isa = paths()
    top, below = list(isa)[-1], list(isa)[-2]
    # No vectors (a directory that does not exist): the special values and 1000 random inputs per form.
    result = subprocess.run([valgrind, "-q", "--error-exitcode=99", args.bits, "/nonexistent", "1000"],
                            env=forced_environment(top), capture_output=True, text=True)
    lines = result.stdout.splitlines()
    print(f"SOFTPLUS_ISA={top} under valgrind: {lines[0] if lines else '(no output)'}, {len(lines) - 1} forms, "
          f"exit {result.returncode}")
    if result.returncode != 0 or not lines or lines[0] != f"isa {isa[below]}" or len(lines) < 2:
        print(result.stdout + result.stderr)
        print(f"FAIL: the {top} path was not refused for the {below} path ({isa[below]})")
        return 1
    print(f"ok: valgrind's CPU cannot run {top}; the library ran {below} ({isa[below]}) instead")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["forced", "same-bits", "refused"])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--bits", required=True, help="the path_bits program")
    parser.add_argument("--vectors", required=True, help="Tests/vectors")
    parser.add_argument("--count", type=int, default=1 << 20, help="random inputs per form (same-bits)")
    parser.add_argument("--library")
    parser.add_argument("--test-c")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--python-tests", help="bindings/python/tests")
    args = parser.parse_args()
    if args.command == "forced":
        if args.path not in paths():
            parser.error(f"PATH must be one of {sorted(paths())}")
        return forced(args)
    return same_bits(args) if args.command == "same-bits" else refused(args)


if __name__ == "__main__":
    sys.exit(main())
