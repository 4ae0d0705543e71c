"""The demo: where the naive one-liners break and libsoftplus does not.

For every function of spec/softplus.json, at the telling inputs listed there ("demo"),
prints the naive formula evaluated in double precision (NumPy, as a user would write
it), libsoftplus's double result, and the exact value rounded to double by MPFR
(tools/reference), with each one's error in ULP of that exact value.

    python3 demo/demo.py [path/to/libsoftplus.so]      (default: build/libsoftplus.so)
"""

import ctypes
import json
import math
import sys
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from reference import F64, correctly_rounded_bits, ulp_error  # noqa: E402

# The naive formulas of the spec are written with these names; NumPy's versions
# of them are what a user would reach for (float64, IEEE overflow to inf).
NAIVE_NAMESPACE = {"log": np.log, "exp": np.exp, "log1p": np.log1p, "expm1": np.expm1}


def naive(expression, variable, value):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        return float(eval(expression, dict(NAIVE_NAMESPACE), {variable: np.float64(value)}))


def ulps(name, x, result):
    error = ulp_error(name, F64, F64.to_bits(x), F64.to_bits(result))
    if math.isinf(error):
        return "-0 vs +0" if result == 0 else "wrong"
    return f"{error:.3g}" if error < 1e6 else f"{error:.1e}"


def main():
    library_path = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build" / "libsoftplus.so")
    library = ctypes.CDLL(library_path)
    library.sp_version.restype = ctypes.c_char_p
    library.sp_kernel_isa.restype = ctypes.c_char_p
    spec = json.loads((ROOT / "spec" / "softplus.json").read_text())
    print(f"libsoftplus {library.sp_version().decode()} ({library_path}), "
          f"{library.sp_kernel_isa().decode()} kernels (SOFTPLUS_ISA=baseline|avx2|avx512 forces a path)")
    print("error = distance to the exact value in units in the last place (ULP); <= 0.5 is correctly rounded\n")
    for function in spec["functions"]:
        name = function["name"]
        variable = function["argument"]
        entry = getattr(library, f"sp_{name}_f64")
        entry.argtypes, entry.restype = [ctypes.c_double], ctypes.c_double
        print(f"{name}({variable}) = {function['definition']}   naive: {function['naive']}")
        print(f"  {variable:>22} | {'naive':>24} {'error':>8} | {'libsoftplus':>24} {'error':>6} | {'exact (MPFR)':>24}")
        for value in function["demo"]:
            x = float(value)
            exact = F64.from_bits(correctly_rounded_bits(name, F64, F64.to_bits(x)))
            naive_value = naive(function["naive"], variable, x)
            ours = entry(x)
            print(f"  {x!r:>22} | {naive_value!r:>24} {ulps(name, x, naive_value):>8} | "
                  f"{ours!r:>24} {ulps(name, x, ours):>6} | {exact!r:>24}")
        print()


if __name__ == "__main__":
    main()
