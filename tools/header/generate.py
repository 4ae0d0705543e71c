#!/usr/bin/env python3
"""Generates the files that follow spec/softplus.json, and checks the committed ones are up to date.

  generate.py sources [--into DIR]          Sources/SoftplusCABI/{EntryPoints,Dispatch,Status,Version,
                                            TrainingEntryPoints}.swift and
                                            Sources/SoftplusKernelExports/KernelExports.swift
  generate.py header [--swiftc S] [--into DIR]   include/softplus.h and include/softplus_training.h, from
                                            the compiler's header
  generate.py test-table OUTPUT             the C X-macro table the C, C++ and libffi tests include
  generate.py check [--swiftc S]            regenerates sources and header into a temporary directory
                                            and fails (exit 1, with a diff) if any committed file differs

Python 3 standard library only.
"""

import argparse
import difflib
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import c_header  # noqa: E402
import spec as spec_module  # noqa: E402
import swift_sources  # noqa: E402
import test_table  # noqa: E402

REPOSITORY = spec_module.REPOSITORY
SOURCES_DIR = REPOSITORY / "Sources"
HEADER_PATH = REPOSITORY / "include" / "softplus.h"
HEADER_NAMES = ("softplus.h", "softplus_training.h")


def write_sources(spec, directory):
    for name, text in swift_sources.render_all(spec).items():
        _write(directory / name, text)


def write_header(spec, swiftc, directory):
    for name, text in c_header.generate(spec, swiftc, REPOSITORY).items():
        _write(directory / name, text)


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def check(spec, swiftc):
    """The header is generated from the committed Swift sources, which are themselves checked first."""
    stale = []
    with tempfile.TemporaryDirectory(prefix="softplus-check-") as tmp:
        tmp = pathlib.Path(tmp)
        write_sources(spec, tmp)
        for name in swift_sources.render_all(spec):
            stale += _diff(SOURCES_DIR / name, tmp / name)
        write_header(spec, swiftc, tmp)
        for name in HEADER_NAMES:
            stale += _diff(HEADER_PATH.parent / name, tmp / name)
    if stale:
        sys.stdout.writelines(stale)
        print("FAIL: generated files are stale; run `python3 tools/header/generate.py sources` and "
              "`python3 tools/header/generate.py header` (or `cmake --build build --target header`)")
        return 1
    print(f"ok: {len(swift_sources.render_all(spec))} Swift sources, include/softplus.h and softplus_training.h "
          "match the spec and "
          f"the compiler ({len(spec.c_names)} declarations)")
    return 0


def _diff(committed, fresh):
    old = committed.read_text().splitlines(keepends=True) if committed.exists() else []
    return list(difflib.unified_diff(old, fresh.read_text().splitlines(keepends=True),
                                     str(committed.relative_to(REPOSITORY)), "regenerated"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["sources", "header", "test-table", "check"])
    parser.add_argument("output", nargs="?", type=pathlib.Path, help="test-table: the file to write")
    parser.add_argument("--swiftc", default="swiftc", help="the Swift compiler (default: swiftc on PATH)")
    parser.add_argument("--into", type=pathlib.Path, help="write into this directory instead of the repository")
    args = parser.parse_args()
    spec = spec_module.load()
    try:
        if args.command == "sources":
            write_sources(spec, args.into or SOURCES_DIR)
        elif args.command == "header":
            write_header(spec, args.swiftc, args.into or HEADER_PATH.parent)
        elif args.command == "test-table":
            if args.output is None:
                parser.error("test-table needs an OUTPUT file")
            _write(args.output, test_table.render(spec))
        else:
            return check(spec, args.swiftc)
    except c_header.HeaderError as error:
        print(f"FAIL: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
