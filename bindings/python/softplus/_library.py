"""Finding libsoftplus and binding its C entry points with ctypes.

The library is looked up in this order:

1. the path in the environment variable SOFTPLUS_LIBRARY; when it is set it is
   the only place tried, so a wrong path is an error rather than a silent
   fall-back to some other copy of the library;
2. the copy bundled inside this package (softplus/libsoftplus.so, copied in
   by setup.py when the package is built: pip install or pip wheel);
3. the system's library search, ctypes.util.find_library("softplus").

ctypes.CDLL releases the GIL for the duration of every foreign call, so array
calls from several threads run in parallel.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from pathlib import Path
from typing import Any, Callable, NamedTuple

from ._errors import StatusError

LIBRARY_VARIABLE = "SOFTPLUS_LIBRARY"
BUNDLED_LIBRARY = Path(__file__).with_name("libsoftplus.so")
SYSTEM_NAME = "softplus"

# C type names of spec/softplus.json "formats" -> their ctypes types.
_CTYPES = {"double": ctypes.c_double, "float": ctypes.c_float}


class Kernels(NamedTuple):
    """One function's C entry points, keyed by format suffix ("f64", "f32")."""

    name: str
    scalar: dict[str, Callable[[float], float]]
    array: dict[str, Callable[[Any, Any, int], int]]
    status_error: Callable[[str, int], StatusError]


def load_library() -> ctypes.CDLL:
    """Load libsoftplus from the first place that has it (see the module doc);
    raise ImportError listing every place tried."""
    chosen = os.environ.get(LIBRARY_VARIABLE)
    if chosen:
        try:
            return ctypes.CDLL(chosen)
        except OSError as error:
            raise ImportError(
                f"softplus: cannot load libsoftplus from {LIBRARY_VARIABLE}={chosen!r}: {error}\n"
                f"(when {LIBRARY_VARIABLE} is set, it is the only place tried)"
            ) from error
    tried = [f"{LIBRARY_VARIABLE}: not set"]
    if BUNDLED_LIBRARY.is_file():
        try:
            return ctypes.CDLL(str(BUNDLED_LIBRARY))
        except OSError as error:
            tried.append(f"bundled copy {BUNDLED_LIBRARY}: {error}")
    else:
        tried.append(f"bundled copy {BUNDLED_LIBRARY}: not present")
    found = ctypes.util.find_library(SYSTEM_NAME)
    if found:
        try:
            return ctypes.CDLL(found)
        except OSError as error:
            tried.append(f"system library {found} (ctypes.util.find_library({SYSTEM_NAME!r})): {error}")
    else:
        tried.append(f"system library: ctypes.util.find_library({SYSTEM_NAME!r}) found nothing")
    places = "".join(f"\n  - {place}" for place in tried)
    raise ImportError(
        f"softplus: cannot find libsoftplus. Tried:{places}\n"
        f"Build it (cmake -S . -B build -G Ninja && cmake --build build) and set "
        f"{LIBRARY_VARIABLE}=/path/to/build/libsoftplus.so, install it, or install a wheel that bundles it."
    )


def _entry_point(library: ctypes.CDLL, symbol: str) -> Any:
    try:
        return getattr(library, symbol)
    except AttributeError as error:
        raise ImportError(
            f"softplus: {library._name} has no {symbol}: it is not a libsoftplus of this version"
        ) from error


def element_type(c_type: str) -> Any:
    """The ctypes type of a spec format's C type."""
    return _CTYPES[c_type]


def bind_functions(
    library: ctypes.CDLL,
    names: tuple[str, ...],
    formats: tuple[tuple[str, str], ...],
    status_names: dict[int, str],
) -> dict[str, Kernels]:
    """Set argtypes/restype of every entry point, once, from the spec's list of
    function names, its (suffix, C type) formats and its status names."""
    status_error = _bind_status_error(library, status_names)
    kernels = {}
    for name in names:
        scalars = {}
        arrays = {}
        for suffix, c_type in formats:
            element = element_type(c_type)
            scalar = _entry_point(library, f"sp_{name}_{suffix}")
            scalar.argtypes = (element,)
            scalar.restype = element
            scalars[suffix] = scalar
            # Pointers typed as element pointers, so that a ctypes element made
            # with element.from_buffer(array) is passed by reference: the cheapest
            # way ctypes offers to pass a NumPy array's address.
            array = _entry_point(library, f"sp_{name}_{suffix}_array")
            array.argtypes = (ctypes.POINTER(element), ctypes.POINTER(element), ctypes.c_size_t)
            array.restype = ctypes.c_int
            arrays[suffix] = array
        kernels[name] = Kernels(name, scalars, arrays, status_error)
    return kernels


def _bind_status_error(library: ctypes.CDLL, status_names: dict[int, str]) -> Callable[[str, int], StatusError]:
    """A maker of the StatusError for a status returned by an entry point, with
    the library's sp_status_string message."""
    status_string = _entry_point(library, "sp_status_string")
    status_string.argtypes = (ctypes.c_int,)
    status_string.restype = ctypes.c_char_p

    def status_error(symbol: str, status: int) -> StatusError:
        name = status_names.get(status, "an unknown status")
        return StatusError(symbol, status, name, status_string(status).decode())

    return status_error


def bind_kernel_isa(library: ctypes.CDLL) -> str:
    """The instruction set of the kernels the library chose for this processor, sp_kernel_isa():
    "x86-64", "x86-64-v3", "x86-64-v4" (or "portable" off x86-64); SOFTPLUS_ISA forces one."""
    kernel_isa = _entry_point(library, "sp_kernel_isa")
    kernel_isa.argtypes = ()
    kernel_isa.restype = ctypes.c_char_p
    return str(kernel_isa().decode())


def bind_version(library: ctypes.CDLL) -> str:
    """The library's run-time version string, sp_version()."""
    version = _entry_point(library, "sp_version")
    version.argtypes = ()
    version.restype = ctypes.c_char_p
    return str(version().decode())
