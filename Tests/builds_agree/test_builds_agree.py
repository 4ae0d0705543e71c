"""The SwiftPM build and the CMake (Embedded Swift) build give bitwise identical results.

Both compile the same sources, but with different compilers' modes (a normal Swift module with
the Swift runtime, debug; Embedded Swift, whole-module, -O), so a difference in floating-point
code generation (a contracted multiply-add, a reordered sum) would show here as a different bit
pattern. Inputs: every shared vector input plus 2^17 uniformly random bit patterns per function
and format (NaN payloads, subnormals, infinities included), through the array entry points and,
on a sample, the scalar ones.

    SOFTPLUS_LIBRARY=build/libsoftplus.so \\
    SOFTPLUS_SWIFTPM_LIBRARY=.build/<triple>/debug/libSoftplusCABIDynamic.so \\
    python3 -m pytest -q Tests/builds_agree
"""

import ctypes
import json
import os
from pathlib import Path

import numpy
import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "spec" / "softplus.json").read_text())
FORMATS = {"f64": (numpy.float64, numpy.uint64, ctypes.c_double),
           "f32": (numpy.float32, numpy.uint32, ctypes.c_float)}
RANDOM_INPUTS = 1 << 17
SCALAR_SAMPLE = 2000


def load(variable):
    path = os.environ.get(variable)
    if not path:
        pytest.fail(f"{variable} is not set: give the path of the library to compare")
    return ctypes.CDLL(path)


@pytest.fixture(scope="module")
def libraries():
    return load("SOFTPLUS_LIBRARY"), load("SOFTPLUS_SWIFTPM_LIBRARY")


def inputs(name, suffix):
    _, bits_type, _ = FORMATS[suffix]
    lines = (ROOT / "Tests" / "vectors" / f"{name}_{suffix}.txt").read_text().splitlines()
    vector_bits = [int(line.split()[0], 16) for line in lines if line.strip() and not line.startswith("#")]
    seed = sum(map(ord, name + suffix))
    width = numpy.iinfo(bits_type).max
    random_bits = numpy.random.default_rng(seed).integers(0, width, RANDOM_INPUTS, dtype=bits_type,
                                                           endpoint=True)
    return numpy.concatenate([numpy.array(vector_bits, dtype=bits_type), random_bits])


def array_results(library, symbol, x):
    out = numpy.empty_like(x)
    function = getattr(library, symbol)
    function.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
    function.restype = ctypes.c_int
    assert function(x.ctypes.data, out.ctypes.data, x.size) == 0
    return out


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("name", [f["name"] for f in SPEC["functions"]])
def test_swiftpm_and_cmake_builds_agree_bitwise(libraries, name, suffix):
    float_type, bits_type, c_type = FORMATS[suffix]
    bits = inputs(name, suffix)
    x = bits.view(float_type)
    cmake_out, swiftpm_out = (array_results(lib, f"sp_{name}_{suffix}_array", x) for lib in libraries)
    differ = numpy.flatnonzero(cmake_out.view(bits_type) != swiftpm_out.view(bits_type))
    assert differ.size == 0, (f"{differ.size} inputs differ, first {int(bits[differ[0]]):x}: "
                              f"cmake {int(cmake_out.view(bits_type)[differ[0]]):x}, "
                              f"swiftpm {int(swiftpm_out.view(bits_type)[differ[0]]):x}")
    for library in libraries:
        scalar = getattr(library, f"sp_{name}_{suffix}")
        scalar.argtypes, scalar.restype = [c_type], c_type
    as_bits = numpy.array([0], dtype=float_type)
    for i in range(0, x.size, max(1, x.size // SCALAR_SAMPLE)):
        for library in libraries:
            as_bits[0] = getattr(library, f"sp_{name}_{suffix}")(x[i])
            # ctypes hands back a Python float: NaN payloads do not survive it, so NaN compares as NaN.
            expected = cmake_out[i]
            if numpy.isnan(expected):
                assert numpy.isnan(as_bits[0])
            else:
                assert as_bits.view(bits_type)[0] == expected.view(bits_type), (name, suffix, hex(int(bits[i])))
