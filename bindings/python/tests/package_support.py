"""Shared setup of the package tests (tests/test_package_*.py).

Imports the package from this source tree with the library named by
SOFTPLUS_LIBRARY, by default the CMake build's build/libsoftplus.so; reads the
shared MPFR vectors Tests/vectors and gives the shared MPFR reference module
tools/reference. Hypothesis keeps no example database and its other files in
the temporary directory, so that nothing is written into the repository, and
has no deadline (the MPFR checks are slow on purpose).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import hypothesis
import hypothesis.configuration
import numpy as np

REPO = Path(__file__).resolve().parents[3]
BINDINGS = REPO / "bindings" / "python"
SPEC = json.loads((REPO / "spec" / "softplus.json").read_text())
FUNCTION_NAMES = tuple(function["name"] for function in SPEC["functions"])

# Absolute, so that subprocesses started elsewhere find the same library.
LIBRARY = os.path.abspath(os.environ.get("SOFTPLUS_LIBRARY", REPO / "build" / "libsoftplus.so"))
os.environ["SOFTPLUS_LIBRARY"] = LIBRARY
sys.path[:0] = [str(BINDINGS), str(REPO)]

import softplus  # noqa: E402  (needs the path and the library variable above)
import tools.reference as reference  # noqa: E402, F401  (for the tests that import it from here)

hypothesis.configuration.set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "softplus-hypothesis")
hypothesis.settings.register_profile("softplus", database=None, deadline=None)
hypothesis.settings.load_profile("softplus")

# numpy dtype and unsigned integer dtype of the bit patterns of each format.
DTYPES = {"f64": (np.dtype(np.float64), np.dtype(np.uint64)), "f32": (np.dtype(np.float32), np.dtype(np.uint32))}


def function(name: str):
    """The package's Python function of a spec name."""
    return getattr(softplus, name)


def read_vectors(name: str, suffix: str) -> tuple[np.ndarray, np.ndarray]:
    """(inputs, correctly rounded results) of Tests/vectors/<name>_<suffix>.txt."""
    dtype, bits = DTYPES[suffix]
    pairs = [
        line.split()
        for line in (REPO / "Tests" / "vectors" / f"{name}_{suffix}.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    table = np.array([[int(word, 16) for word in pair] for pair in pairs], dtype=bits)
    return table[:, 0].view(dtype), table[:, 1].view(dtype)


def bits(values: np.ndarray) -> np.ndarray:
    """The bit patterns of a float array, to compare results bitwise."""
    return values.view(np.dtype(f"u{values.dtype.itemsize}"))


def within_contract(got: np.ndarray, want: np.ndarray) -> np.ndarray:
    """CONTRACT.md's bound per element: any NaN where NaN is expected; zeros
    (with their sign) and infinities exactly; otherwise within 1 ULP of the
    correctly rounded value for float64 and equal for float32."""
    got = np.asarray(got)
    want = np.asarray(want)
    nan = np.isnan(want)
    exact_kind = (want == 0) | np.isinf(want)
    same_bits = bits(got) == bits(want)
    if want.dtype == np.float32:
        close = same_bits
    else:
        with np.errstate(invalid="ignore", over="ignore"):
            close = np.abs(got.astype(np.float64) - want) <= np.spacing(np.abs(want))
    return np.where(nan, np.isnan(got), np.where(exact_kind, same_bits, close & np.isfinite(got)))


# Random inputs inside each spec domain, for the tests of the package's
# mechanics (values far out of the domain would all be NaN).
_DOMAIN_SAMPLERS = {
    "all x": lambda generator, shape: generator.standard_normal(shape) * 20,
    "0 <= p <= 1": lambda generator, shape: generator.uniform(0, 1, shape),
    "y >= 0": lambda generator, shape: generator.exponential(5, shape),
    "y <= 0": lambda generator, shape: -generator.exponential(5, shape),
}
_DOMAINS = {function["name"]: function["domain"] for function in SPEC["functions"]}


def domain_sample(name: str, dtype, shape, seed: int = 0) -> np.ndarray:
    """An array (0-d for shape ()) of random values in the domain of a function."""
    generator = np.random.default_rng(seed)
    return np.array(_DOMAIN_SAMPLERS[_DOMAINS[name]](generator, shape), dtype=dtype)
