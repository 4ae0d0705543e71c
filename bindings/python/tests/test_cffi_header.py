"""The cffi test: cffi's cdef is fed the declarations parsed from include/softplus.h itself (not a copy),
and every function the spec lists is called through them, scalar and array, on the shared vectors.
The library is $SOFTPLUS_LIBRARY (default: build/libsoftplus.so)."""

import json
import os

import cffi
import pytest

import header_declarations
import vector_cases

REPOSITORY = vector_cases.REPOSITORY
SPEC = json.loads((REPOSITORY / "spec" / "softplus.json").read_text())
HEADER = REPOSITORY / "include" / "softplus.h"
ENTRY_POINTS = [(f["name"], fmt["suffix"], fmt["c_type"]) for f in SPEC["functions"] for fmt in SPEC["formats"]]


@pytest.fixture(scope="module")
def declared():
    return header_declarations.declarations(HEADER.read_text())


@pytest.fixture(scope="module")
def ffi_lib(declared):
    ffi = cffi.FFI()
    ffi.cdef(declared)
    return ffi, ffi.dlopen(os.environ.get("SOFTPLUS_LIBRARY", str(REPOSITORY / "build" / "libsoftplus.so")))


def test_header_declares_exactly_the_spec(declared):
    expected = {f"sp_{name}_{suffix}{form}" for name, suffix, _ in ENTRY_POINTS for form in ("", "_array")}
    assert set(header_declarations.function_names(declared)) == expected | {"sp_status_string", "sp_version", "sp_kernel_isa"}


def test_status_codes_and_strings(ffi_lib):
    ffi, lib = ffi_lib
    for status in SPEC["status"]:
        assert getattr(lib, status["c"]) == status["value"]
        assert ffi.string(lib.sp_status_string(status["value"])).decode() == status["message"]
    assert ffi.string(lib.sp_status_string(-1)) == b"unknown status"
    assert ffi.string(lib.sp_version()).decode() == SPEC["version"]


@pytest.mark.parametrize("name,suffix,c_type", ENTRY_POINTS, ids=[f"{n}_{s}" for n, s, _ in ENTRY_POINTS])
def test_function(ffi_lib, name, suffix, c_type):
    ffi, lib = ffi_lib
    scalar = getattr(lib, f"sp_{name}_{suffix}")
    array = getattr(lib, f"sp_{name}_{suffix}_array")
    cases = vector_cases.read(name, suffix)
    if cases is None:
        pytest.skip(f"no vectors for {name}_{suffix}")
    x = ffi.new(f"{c_type}[]", [vector_cases.from_bits(suffix, bits) for bits, _ in cases])
    out = ffi.new(f"{c_type}[]", len(cases))
    assert array(x, out, len(cases)) == lib.SP_OK
    wrong = []
    for i, (x_bits, expected_bits) in enumerate(cases):
        got_bits = vector_cases.to_bits(suffix, scalar(x[i]))
        if not vector_cases.within_bound(suffix, got_bits, expected_bits):
            wrong.append(f"{x_bits:#x}: got {got_bits:#x}, want {expected_bits:#x}")
        if vector_cases.to_bits(suffix, out[i]) != got_bits:
            wrong.append(f"{x_bits:#x}: array {vector_cases.to_bits(suffix, out[i]):#x}, scalar {got_bits:#x}")
    assert not wrong, f"{len(wrong)} wrong, first: {wrong[:5]}"
    assert array(ffi.NULL, out, 1) == lib.SP_ERR_NULL_POINTER
    assert array(ffi.NULL, ffi.NULL, 0) == lib.SP_OK
