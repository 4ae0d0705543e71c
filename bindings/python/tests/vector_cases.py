"""The shared MPFR vectors (Tests/vectors, format in CONTRACT.md) and the contract's bound, for the Python
tests. Standard library only: the ctypes smoke test runs it under `env -i python3 -I`."""

import math
import pathlib
import struct

REPOSITORY = pathlib.Path(__file__).resolve().parents[3]
VECTORS = REPOSITORY / "Tests" / "vectors"

FORMATS = {
    "f64": {"bits": 64, "pack": "<d", "unsigned": "<Q"},
    "f32": {"bits": 32, "pack": "<f", "unsigned": "<I"},
}


def read(name, suffix, directory=VECTORS):
    """[(input bits, expected bits)] of <name>_<suffix>.txt, or None when the file does not exist."""
    path = pathlib.Path(directory) / f"{name}_{suffix}.txt"
    if not path.exists():
        return None
    digits = FORMATS[suffix]["bits"] // 4
    cases = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split()
        if len(fields) != 2 or any(len(field) != digits for field in fields):
            raise ValueError(f"{path}:{number}: not two {digits}-digit hex words: {line!r}")
        cases.append((int(fields[0], 16), int(fields[1], 16)))
    return cases


def from_bits(suffix, bits):
    fmt = FORMATS[suffix]
    return struct.unpack(fmt["pack"], struct.pack(fmt["unsigned"], bits))[0]


def to_bits(suffix, value):
    fmt = FORMATS[suffix]
    return struct.unpack(fmt["unsigned"], struct.pack(fmt["pack"], value))[0]


def within_bound(suffix, got_bits, expected_bits):
    """f64 within 1 ULP of the correctly rounded value (ULP at that value), f32 equal to it; any NaN for
    NaN; zeros and infinities exact, sign included."""
    got, expected = from_bits(suffix, got_bits), from_bits(suffix, expected_bits)
    if math.isnan(expected):
        return math.isnan(got)
    if suffix == "f32" or math.isinf(expected) or expected == 0:
        return got_bits == expected_bits
    if math.isnan(got) or math.isinf(got) or math.copysign(1, got) != math.copysign(1, expected):
        return False
    return abs(got - expected) <= math.ulp(expected)
