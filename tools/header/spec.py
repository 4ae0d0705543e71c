"""The one list of the library's functions, spec/softplus.json, read and expanded into C entry points.

Everything the generators write (the Swift entry points, the C header, the test tables) follows the
EntryPoint list built here, so adding a function to the spec is the only edit they need.
"""

import json
import pathlib
import re
import struct
from dataclasses import dataclass

import training

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
SPEC_PATH = REPOSITORY / "spec" / "softplus.json"

# The entry points that are not generated per function: their C declarations as the header states them.
STATUS_STRING = "sp_status_string"
VERSION = "sp_version"


@dataclass(frozen=True)
class Format:
    suffix: str
    c_type: str
    swift_type: str
    bits: int


@dataclass(frozen=True)
class Status:
    swift: str
    c: str
    value: int
    message: str


@dataclass(frozen=True)
class KernelPath:
    """One x86-64 copy of the array kernels (spec "kernels"): SOFTPLUS_ISA's value, module name, -march."""
    environment: str
    module: str
    isa: str

    @property
    def c_constant(self):
        """Its constant in Sources/SoftplusCPU/include/softplus_cpu.h."""
        return "SOFTPLUS_PATH_" + self.environment.upper()


@dataclass(frozen=True)
class Kernels:
    """Spec "kernels": the query function, the environment variable, the portable name, the x86-64 paths."""
    query: str
    environment_variable: str
    portable: str
    x86_64: tuple

    @property
    def isa_names(self):
        """Every string the query can return."""
        return [path.isa for path in self.x86_64] + [self.portable]


@dataclass(frozen=True)
class Function:
    name: str
    argument: str
    swift: str
    definition: str
    domain: str
    special: tuple

    @property
    def variable(self):
        """The argument's name ("p" for logit), the parameter name of the scalar forms."""
        return self.argument


@dataclass(frozen=True)
class EntryPoint:
    function: Function
    format: Format
    is_array: bool

    @property
    def c_name(self):
        return f"sp_{self.function.name}_{self.format.suffix}" + ("_array" if self.is_array else "")

    @property
    def swift_name(self):
        """The Swift name of the @c function: the core's name plus the format, e.g. softplusInverseF32Array."""
        return self.function.swift + self.format.suffix.upper() + ("Array" if self.is_array else "")

    @property
    def c_signature(self):
        """The declaration the contract requires, with parameter names, in the header's spelling."""
        t = self.format.c_type
        if self.is_array:
            return f"int {self.c_name}(const {t} *x, {t} *out, size_t n)"
        return f"{t} {self.c_name}({t} {self.function.variable})"


@dataclass(frozen=True)
class Spec:
    version: str
    formats: tuple
    statuses: tuple
    functions: tuple
    kernels: Kernels
    training: dict = None  # spec "training" as read (tools/header/training.py expands it)

    @property
    def version_numbers(self):
        major, minor, patch = (int(part) for part in self.version.split("."))
        return major, minor, patch

    @property
    def entry_points(self):
        """Per function, in spec order: every format's scalar form, then every format's array form."""
        return [EntryPoint(function, fmt, is_array)
                for function in self.functions
                for is_array in (False, True)
                for fmt in self.formats]

    @property
    def training_entries(self):
        """The training entry points (include/softplus_training.h), in spec order."""
        return training.entries(self.training or {}, self.formats)

    @property
    def c_names(self):
        """Every symbol the library exports: softplus.h's in header order, then softplus_training.h's."""
        return ([STATUS_STRING, VERSION, self.kernels.query] + [entry.c_name for entry in self.entry_points]
                + [entry.c_name for entry in self.training_entries])


def load(path=SPEC_PATH):
    data = json.loads(pathlib.Path(path).read_text())
    if not re.fullmatch(r"\d+\.\d+\.\d+", data["version"]):
        raise ValueError(f"spec version {data['version']!r} is not MAJOR.MINOR.PATCH")
    return Spec(
        version=data["version"],
        formats=tuple(Format(f["suffix"], f["c_type"], f["swift_type"], f["bits"]) for f in data["formats"]),
        statuses=tuple(Status(s["swift"], s["c"], s["value"], s["message"]) for s in data["status"]),
        functions=tuple(_function(f) for f in data["functions"]),
        kernels=_kernels(data["kernels"]),
        training=data.get("training", {}),
    )


def _kernels(entry):
    return Kernels(entry["query"], entry["environment_variable"], entry["portable"],
                   tuple(KernelPath(p["environment"], p["module"], p["isa"]) for p in entry["x86_64"]))


def _function(entry):
    function = Function(entry["name"], entry["argument"], entry["swift"], entry["definition"], entry["domain"],
                        tuple(entry["special"]))
    if domain_bounds(function.domain)[0] != function.argument:
        raise ValueError(f"{function.name}: the domain {function.domain!r} is not about {function.argument!r}")
    return function


_NUMBER = r"[+-]?(?:inf|\d+(?:\.\d+)?(?:e[+-]?\d+)?)"
_DOMAIN_FORMS = [
    (re.compile(r"all (\w+)"), lambda m: (m[1], None, None)),
    (re.compile(rf"({_NUMBER}) <= (\w+) <= ({_NUMBER})"), lambda m: (m[2], float(m[1]), float(m[3]))),
    (re.compile(rf"(\w+) >= ({_NUMBER})"), lambda m: (m[1], float(m[2]), None)),
    (re.compile(rf"(\w+) <= ({_NUMBER})"), lambda m: (m[1], None, float(m[2]))),
]


def domain_bounds(domain):
    """(variable, lowest, highest) of a spec domain; None where it is unbounded. Unknown forms are an error,
    so a new function whose domain the tests cannot check fails the generator instead of going untested."""
    for pattern, bounds in _DOMAIN_FORMS:
        match = pattern.fullmatch(domain)
        if match:
            return bounds(match)
    raise ValueError(f"domain {domain!r} is not one of: all x | a <= x <= b | x >= a | x <= b")


_EXACT_SPECIAL = re.compile(rf"(\w+)\(({_NUMBER})\) = ({_NUMBER})")


def exact_special_values(function):
    """The special values of the spec stated as an exact equation `name(number) = number`, as
    (text, argument, result). The other entries ("NaN -> NaN", approximate or prose ones) are checked by
    the domain and NaN tests and by the MPFR vectors."""
    values = []
    for text in function.special:
        match = _EXACT_SPECIAL.fullmatch(text)
        if match and match[1] == function.name:
            values.append((text, float(match[2]), float(match[3])))
    return values


def fits_float32(value):
    """True when a double is exactly representable as a float (so a special value applies to f32 too)."""
    try:
        return struct.unpack("<f", struct.pack("<f", value))[0] == value
    except OverflowError:
        return False
