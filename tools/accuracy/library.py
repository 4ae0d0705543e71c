"""The built libsoftplus.so seen through ctypes: array and scalar entry points on bit patterns."""

import contextlib
import ctypes
import ctypes.util
import platform

import numpy

NUMPY_TYPES = {"f64": (numpy.float64, numpy.uint64), "f32": (numpy.float32, numpy.uint32)}
CTYPES_SCALARS = {"f64": ctypes.c_double, "f32": ctypes.c_float}
# <fenv.h> rounding-mode macros of glibc (fesetround lives in libm), which differ per architecture.
ROUNDING_MODES = {
    "x86_64": {"nearest": 0x000, "downward": 0x400, "upward": 0x800, "towardzero": 0xC00},
    "aarch64": {"nearest": 0x000000, "upward": 0x400000, "downward": 0x800000, "towardzero": 0xC00000},
}
_LIBM = ctypes.CDLL(ctypes.util.find_library("m"))


@contextlib.contextmanager
def rounding_mode(name):
    """Run the body with the C floating-point rounding mode `name` (fesetround), then restore nearest."""
    modes = ROUNDING_MODES[platform.machine()]
    if _LIBM.fesetround(modes[name]) != 0:
        raise RuntimeError(f"fesetround({name}) failed")
    try:
        yield
    finally:
        _LIBM.fesetround(modes["nearest"])


class SoftplusLibrary:
    """Entry points called under the caller's rounding mode `rounding` (see ROUNDING_MODES)."""

    def __init__(self, path, rounding="nearest"):
        self.path = path
        self.rounding = rounding
        self._lib = ctypes.CDLL(path)
        self._arrays = {}
        self._scalars = {}

    def version(self):
        function = getattr(self._lib, "sp_version", None)
        if function is None:
            return "unknown"
        function.restype = ctypes.c_char_p
        function.argtypes = []
        return function().decode()

    def _array_function(self, name, suffix):
        key = (name, suffix)
        if key not in self._arrays:
            function = getattr(self._lib, f"sp_{name}_{suffix}_array")
            function.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
            function.restype = ctypes.c_int
            self._arrays[key] = function
        return self._arrays[key]

    def _scalar_function(self, name, suffix):
        key = (name, suffix)
        if key not in self._scalars:
            function = getattr(self._lib, f"sp_{name}_{suffix}")
            function.argtypes = [CTYPES_SCALARS[suffix]]
            function.restype = CTYPES_SCALARS[suffix]
            self._scalars[key] = function
        return self._scalars[key]

    def array_bits(self, name, suffix, input_bits):
        """Result bit patterns of sp_<name>_<suffix>_array on a numpy array of input bit patterns."""
        float_type, bits_type = NUMPY_TYPES[suffix]
        x = numpy.ascontiguousarray(input_bits, dtype=bits_type).view(float_type)
        out = numpy.empty_like(x)
        function = self._array_function(name, suffix)
        with rounding_mode(self.rounding):
            status = function(x.ctypes.data, out.ctypes.data, x.size)
        if status != 0:
            raise RuntimeError(f"sp_{name}_{suffix}_array returned status {status}")
        return out.view(bits_type)

    def scalar_bits(self, name, suffix, input_bits):
        """Result bit patterns of the scalar sp_<name>_<suffix>, called once per input."""
        float_type, bits_type = NUMPY_TYPES[suffix]
        function = self._scalar_function(name, suffix)
        x = numpy.asarray(input_bits, dtype=bits_type).view(float_type)
        arguments = [float(v) for v in x]
        with rounding_mode(self.rounding):
            results = [function(v) for v in arguments]
        out = numpy.array(results, dtype=float_type)
        return out.view(bits_type)
