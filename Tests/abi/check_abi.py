#!/usr/bin/env python3
"""The shared object's ABI, read with binutils:

  - nm -D --defined-only: exactly the spec's entry points, sp_status_string and sp_version, each under the
    version node SOFTPLUS_1, and nothing else (no swift_* runtime symbols);
  - nm -D --undefined-only: only glibc's versioned symbols (and the weak hooks every image carries);
  - readelf -d: SONAME libsoftplus.so.<major>, NEEDED only libc.so.6 and libm.so.6, no TEXTREL, and no
    RPATH/RUNPATH (nothing points into the build machine, such as the Swift toolchain);
  - readelf -l: the stack is not executable (hardened systems refuse to load such a library);
  - the development symlink chain libsoftplus.so -> libsoftplus.so.<major> -> libsoftplus.so.<version>.

    check_abi.py LIBRARY        (LIBRARY: the build's libsoftplus.so)
"""

import os
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "header"))
import spec as spec_module  # noqa: E402

ALLOWED_NEEDED = {"libc.so.6", "libm.so.6"}
# Weak references the C runtime start files put in every shared object (glibc's crtbegin/crti).
WEAK_HOOKS = {"_ITM_deregisterTMCloneTable", "_ITM_registerTMCloneTable", "__gmon_start__", "__cxa_finalize"}

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)
        print(f"FAIL: {message}")


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main():
    library = pathlib.Path(sys.argv[1])
    spec = spec_module.load()
    major = spec.version_numbers[0]

    defined = [line.split()[-1] for line in run("nm", "-D", "--defined-only", str(library)).splitlines()]
    symbols = {name.split("@")[0]: name for name in defined if name != "SOFTPLUS_1"}
    check(set(symbols) == set(spec.c_names),
          f"exported {sorted(set(symbols) - set(spec.c_names))} beyond the spec, "
          f"missing {sorted(set(spec.c_names) - set(symbols))}")
    check("SOFTPLUS_1" in defined, "no version definition SOFTPLUS_1")
    unversioned = [name for name in symbols.values() if not name.endswith("@@SOFTPLUS_1")]
    check(not unversioned, f"symbols outside the version node SOFTPLUS_1: {unversioned}")

    undefined = [line.split()[-1] for line in run("nm", "-D", "--undefined-only", str(library)).splitlines()]
    foreign = [name for name in undefined if "@GLIBC_" not in name and name.split("@")[0] not in WEAK_HOOKS]
    check(not foreign, f"undefined symbols not from glibc: {foreign}")

    dynamic = run("readelf", "-d", str(library))
    needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))
    soname = re.findall(r"\(SONAME\)\s+Library soname: \[(.+?)\]", dynamic)
    check(needed <= ALLOWED_NEEDED, f"NEEDED {sorted(needed)}: only {sorted(ALLOWED_NEEDED)} are allowed")
    check(soname == [f"libsoftplus.so.{major}"], f"SONAME {soname}, want libsoftplus.so.{major}")
    check("TEXTREL" not in dynamic, "the library has text relocations (not position-independent)")
    check("RPATH" not in dynamic and "RUNPATH" not in dynamic, "the library has an RPATH or RUNPATH")
    stack = [line for line in run("readelf", "-lW", str(library)).splitlines() if "GNU_STACK" in line]
    check(len(stack) == 1 and not stack[0].split()[-2].endswith("E"), f"the stack is executable or undeclared: {stack}")

    directory = library.parent
    check(os.readlink(directory / "libsoftplus.so") == f"libsoftplus.so.{major}",
          "libsoftplus.so does not link to the SONAME")
    check(os.readlink(directory / f"libsoftplus.so.{major}") == f"libsoftplus.so.{spec.version}",
          f"libsoftplus.so.{major} does not link to libsoftplus.so.{spec.version}")
    real = directory / f"libsoftplus.so.{spec.version}"
    check(real.is_file() and not real.is_symlink(), f"{real.name} is not the library file")

    print(f"{len(symbols)} symbols exported under SOFTPLUS_1; NEEDED {sorted(needed)}; SONAME {soname[0] if soname else '-'}; "
          f"{real.stat().st_size} bytes")
    print("FAIL" if failures else "ok", f"({len(failures)} failures)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
