"""softplus: numerically stable softplus, sigmoid, logit and their relatives,
NumPy-aware, over the C library libsoftplus (ctypes, no compiled extension).

Every function takes a Python scalar, a NumPy scalar or an array-like of any
shape and an optional out= array, like a one-input NumPy ufunc; see
help(softplus.softplus) for the rules, the domain and the accuracy.

The library is loaded at import from SOFTPLUS_LIBRARY (a path), else the copy
bundled in this package, else the system's libsoftplus; ImportError lists the
places tried.
"""

from ._errors import StatusError
from ._functions import _LIBRARY
from ._library import bind_kernel_isa
from ._functions import (
    LIBRARY_VERSION,
    VERSION,
    log_one_minus_sigmoid,
    log_sigmoid,
    logit,
    one_minus_sigmoid,
    sigmoid,
    softminus,
    softminusinv,
    softplus,
    softplusinv,
)

__version__ = VERSION

__all__ = [
    "StatusError",
    "__version__",
    "kernel_isa",
    "library_version",
    "log_one_minus_sigmoid",
    "log_sigmoid",
    "logit",
    "one_minus_sigmoid",
    "sigmoid",
    "softminus",
    "softminusinv",
    "softplus",
    "softplusinv",
]


def kernel_isa() -> str:
    """The instruction set of the kernels in use (sp_kernel_isa): "x86-64", "x86-64-v3" or "x86-64-v4",
    chosen when the library loads from what the processor supports, or forced by the environment
    variable SOFTPLUS_ISA=baseline|avx2|avx512 set before the import; "portable" off x86-64. Every
    choice returns the same bits; only the speed differs."""
    return _KERNEL_ISA


_KERNEL_ISA = bind_kernel_isa(_LIBRARY)


def library_version() -> str:
    """The loaded libsoftplus's version string (sp_version), e.g. "1.0.0"."""
    return LIBRARY_VERSION
