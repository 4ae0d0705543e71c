"""The ctypes smoke test, run as `env -i python3 -I ctypes_smoke.py path/to/libsoftplus.so`: with an empty
environment (no LD_LIBRARY_PATH, nothing Swift on any path), the library must load, map no Swift runtime,
and give every function of the spec, scalar and array, within the contract's bound on the shared vectors.
Standard library only."""

import ctypes
import json
import os
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))  # -I leaves the script's directory out
import vector_cases  # noqa: E402

SPEC = json.loads((vector_cases.REPOSITORY / "spec" / "softplus.json").read_text())
C_TYPES = {"f64": ctypes.c_double, "f32": ctypes.c_float}

failures = []


def check(ok, message):
    if not ok and len(failures) < 40:
        print(f"FAIL: {message}")
    if not ok:
        failures.append(message)


def mapped_files():
    with open("/proc/self/maps") as maps:
        return {line.split()[-1] for line in maps if "/" in line}


def test_function(library, name, suffix):
    c_type = C_TYPES[suffix]
    scalar = getattr(library, f"sp_{name}_{suffix}")
    scalar.argtypes, scalar.restype = [c_type], c_type
    array = getattr(library, f"sp_{name}_{suffix}_array")
    array.argtypes = [ctypes.POINTER(c_type), ctypes.POINTER(c_type), ctypes.c_size_t]
    array.restype = ctypes.c_int
    cases = vector_cases.read(name, suffix)
    if cases is None:
        cases = [(vector_cases.to_bits(suffix, x), None) for x in (0.0, 0.5, 1.0, -1.0)]
    inputs = (c_type * len(cases))(*(vector_cases.from_bits(suffix, x) for x, _ in cases))
    outputs = (c_type * len(cases))()
    check(array(inputs, outputs, len(cases)) == 0, f"sp_{name}_{suffix}_array failed")
    for i, (x_bits, expected_bits) in enumerate(cases):
        got_bits = vector_cases.to_bits(suffix, scalar(vector_cases.from_bits(suffix, x_bits)))
        if expected_bits is not None:
            check(vector_cases.within_bound(suffix, got_bits, expected_bits),
                  f"sp_{name}_{suffix}({x_bits:#x}) = {got_bits:#x}, want {expected_bits:#x}")
        check(vector_cases.to_bits(suffix, outputs[i]) == got_bits,
              f"sp_{name}_{suffix}_array differs from the scalar form at {x_bits:#x}")
    return len(cases)


def main():
    path = sys.argv[1]
    check(set(os.environ) <= {"LC_CTYPE"}, f"the environment is not empty: {sorted(os.environ)}")
    library = ctypes.CDLL(path)
    swift = sorted(f for f in mapped_files() if "swift" in f.lower())
    check(not swift, f"Swift libraries are mapped: {swift}")
    library.sp_version.restype = ctypes.c_char_p
    library.sp_status_string.restype = ctypes.c_char_p
    library.sp_status_string.argtypes = [ctypes.c_int]
    check(library.sp_version().decode() == SPEC["version"], f"sp_version() = {library.sp_version()!r}")
    for status in SPEC["status"]:
        check(library.sp_status_string(status["value"]).decode() == status["message"],
              f"sp_status_string({status['value']})")
    cases = sum(test_function(library, function["name"], fmt["suffix"])
                for function in SPEC["functions"] for fmt in SPEC["formats"])
    # Python itself may set LC_CTYPE (PEP 538 locale coercion) in an empty environment.
    print(f"loaded {path} with the environment {sorted(os.environ)}, no Swift library mapped; "
          f"{len(SPEC['functions']) * 4} entry points, {cases} vector cases")
    print("FAIL" if failures else "ok", f"({len(failures)} failures)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
