"""Generate bindings/python/softplus/_functions.py and _training_functions.py
from spec/softplus.json.

The Python functions, their docstrings and type hints, the version and the
lists the ctypes binding loops over all come from the spec, the one list of
the library's functions; the training module's lists (softplus.training: the
one-argument functions, the backward products, the losses, the parameterized
functions with their parameters) come from its "training" section. The output
is committed; tests/test_package_drift.py regenerates it and fails on any
difference.

    python3 bindings/python/tools/generate_functions.py           # rewrite
    python3 bindings/python/tools/generate_functions.py --check   # exit 1 on drift
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

BINDINGS = Path(__file__).resolve().parents[1]
SPEC = BINDINGS.parents[1] / "spec" / "softplus.json"
OUTPUT = BINDINGS / "softplus" / "_functions.py"
TRAINING_OUTPUT = BINDINGS / "softplus" / "_training_functions.py"

# The project's accuracy promise (plan/CONTRACT.md, the header's doc comments);
# the measured figures live in docs/ACCURACY.md.
ACCURACY = (
    "float64: within 1 ULP of the correctly rounded result; float32: correctly "
    "rounded; float16: computed in float64 and rounded once to float16. "
    "Checked against MPFR (Tests/vectors, docs/ACCURACY.md)."
)

HEADER = '''\
# GENERATED from spec/softplus.json by bindings/python/tools/generate_functions.py.
# Do not edit: change the spec and run  python3 bindings/python/tools/generate_functions.py
"""The library's functions as NumPy-aware Python functions (see _elementwise)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._elementwise import apply
from ._library import bind_functions, bind_version, load_library

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np
    import numpy.typing as npt

    _Floating = TypeVar("_Floating", bound=np.floating[Any])
    _Out = TypeVar("_Out", bound=npt.NDArray[np.floating[Any]])

'''


def domain(function: dict) -> str:
    if function["domain"].startswith("all "):
        return f"{function['domain']}."
    return f"{function['domain']}; outside it the result is NaN."


def docstring(function: dict, formats: list[dict]) -> str:
    argument = function["argument"]
    special = "\n".join(
        textwrap.fill(value, width=76, initial_indent="    ", subsequent_indent="        ")
        for value in function["special"]
    )
    entry_points = ", ".join(
        f"sp_{function['name']}_{fmt['suffix']}{kind}" for fmt in formats for kind in ("", "_array")
    )
    accuracy = textwrap.fill(ACCURACY, width=76, initial_indent="    ", subsequent_indent="    ")
    summary = textwrap.fill(
        f"Identity: {function['identity']}. Replaces the naive NumPy one-liner {function['naive']}, "
        "which overflows or loses accuracy at the ends of the range.",
        width=80,
    )
    return f'''{function["name"]}({argument}) = {function["definition"]}.

{summary}

Domain: {domain(function)}

Special values:
{special}

Accuracy:
{accuracy}

Parameters
----------
{argument} : float or array_like
    A Python scalar, a NumPy scalar or anything numpy.asarray accepts, of any
    shape and memory layout; float16/float32/float64, integer or bool.
out : numpy.ndarray, optional
    Where to write the result: writeable, of {argument}'s shape and of the
    result dtype (float64 for float64, integer and bool input; float32 for
    float32; float16 for float16). May be {argument} itself (in place).

Returns
-------
float or numpy.ndarray
    A Python float for a Python scalar, a NumPy scalar for a NumPy scalar,
    otherwise an array of {argument}'s shape (out, when given).

Raises
------
TypeError
    {argument} has another dtype (complex, object, string, ...) or out has the
    wrong type or dtype.
ValueError
    out has the wrong shape or is read-only.
StatusError
    The library returned a status other than SP_OK.

{textwrap.fill(f"C entry points: {entry_points}.", width=80)}'''


def function_source(function: dict, formats: list[dict]) -> str:
    name = function["name"]
    argument = function["argument"]
    doc = textwrap.indent(docstring(function, formats), "    ").lstrip()
    return f'''

@overload
def {name}({argument}: float, /, out: None = None) -> float: ...
@overload
def {name}({argument}: _Floating, /, out: None = None) -> _Floating: ...
@overload
def {name}({argument}: np.integer[Any] | np.bool_, /, out: None = None) -> np.float64: ...
@overload
def {name}({argument}: npt.NDArray[Any] | Sequence[Any], /, out: None = None) -> npt.NDArray[np.floating[Any]]: ...
@overload
def {name}({argument}: npt.ArrayLike, /, out: _Out) -> _Out: ...
def {name}({argument}: npt.ArrayLike, /, out: npt.NDArray[np.floating[Any]] | None = None) -> Any:
    """{doc}
    """
    return apply(_KERNELS["{name}"], {argument}, out)
'''


def render(spec: dict) -> str:
    names = tuple(function["name"] for function in spec["functions"])
    formats = tuple((fmt["suffix"], fmt["c_type"]) for fmt in spec["formats"])
    status_names = {status["value"]: status["c"] for status in spec["status"]}
    listed_names = "".join(f"\n    {name!r}," for name in names)
    data = f'''VERSION = {spec["version"]!r}
FUNCTION_NAMES = ({listed_names}
)
# (suffix, C type) of each format, in the spec's order.
FORMATS = {formats!r}
STATUS_NAMES = {status_names!r}

_LIBRARY = load_library()
LIBRARY_VERSION = bind_version(_LIBRARY)
_KERNELS = bind_functions(_LIBRARY, FUNCTION_NAMES, FORMATS, STATUS_NAMES)
'''
    functions = "".join(function_source(function, spec["formats"]) for function in spec["functions"])
    return HEADER + data + functions


TRAINING_HEADER = '''\
# GENERATED from spec/softplus.json ("training") by bindings/python/tools/generate_functions.py.
# Do not edit: change the spec and run  python3 bindings/python/tools/generate_functions.py
"""The training functions' lists (softplus.training) and its one-argument functions."""

from __future__ import annotations

from typing import Any

from ._elementwise import apply
from ._functions import _LIBRARY, FORMATS, STATUS_NAMES
from ._library import bind_functions

'''


def training_function_source(entry: dict) -> str:
    name, argument = entry["id"], entry["argument"]
    special = "; ".join(entry["special"])
    doc = textwrap.fill(
        f"{name}({argument}) = {entry['definition']}. Domain: {entry['domain']}. Special values: {special}. "
        f"The library's sp_{name}_f64/_f32 (include/softplus_training.h), with the input rules of "
        "softplus.softplus (scalars, arrays, out=). Accuracy: docs/TRAINING.md.",
        width=76, subsequent_indent="    ",
    )
    return f'''

def {name}({argument}: Any, /, out: Any = None) -> Any:
    """{doc}
    """
    return apply(_KERNELS["{name}"], {argument}, out)
'''


def render_training(spec: dict) -> str:
    training = spec.get("training", {})
    unary = tuple(entry["id"] for entry in training.get("unary", ()))
    backward = tuple(entry["function"] for entry in training.get("backward", ()))
    losses = tuple(entry["id"] for entry in training.get("losses", ()))
    parameterized = tuple((entry["id"], tuple(p for p, _ in entry["parameters"]))
                          for entry in training.get("parameterized", ()))
    def listed(values: tuple[Any, ...]) -> str:
        return "(" + "".join(f"\n    {value!r}," for value in values) + "\n)"

    data = f'''# The "unary" training functions (derivatives, log1mexp, log1pexp), in the spec's order.
UNARY_NAMES = {listed(unary)}
# The family functions with a backward product sp_<name>_backward_<t>_array.
BACKWARD_NAMES = {listed(backward)}
# The losses (sp_<name>[_sum|_mean]_<t> and their _backward).
LOSS_NAMES = {listed(losses)}
# The parameterized functions and their parameters' C names (sp_<name>_<t>_array(x, out, n, ...)).
PARAMETERIZED = {listed(parameterized)}

_KERNELS = bind_functions(_LIBRARY, UNARY_NAMES, FORMATS, STATUS_NAMES)
'''
    return TRAINING_HEADER + data + "".join(training_function_source(e) for e in training.get("unary", ()))


def main() -> int:
    spec = json.loads(SPEC.read_text())
    outputs = {OUTPUT: render(spec), TRAINING_OUTPUT: render_training(spec)}
    if sys.argv[1:] == ["--check"]:
        stale = [path for path, text in outputs.items() if not path.exists() or path.read_text() != text]
        for path in stale:
            print(f"{path} differs from what {SPEC} generates; run {__file__}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
