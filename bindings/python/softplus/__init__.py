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


def library_version() -> str:
    """The loaded libsoftplus's version string (sp_version), e.g. "1.0.0"."""
    return LIBRARY_VERSION
