"""The built libsoftplus.so seen through ctypes: array and scalar entry points on bit patterns."""

import ctypes

import numpy

NUMPY_TYPES = {"f64": (numpy.float64, numpy.uint64), "f32": (numpy.float32, numpy.uint32)}
CTYPES_SCALARS = {"f64": ctypes.c_double, "f32": ctypes.c_float}


class SoftplusLibrary:
    def __init__(self, path):
        self.path = path
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
        status = self._array_function(name, suffix)(x.ctypes.data, out.ctypes.data, x.size)
        if status != 0:
            raise RuntimeError(f"sp_{name}_{suffix}_array returned status {status}")
        return out.view(bits_type)

    def scalar_bits(self, name, suffix, input_bits):
        """Result bit patterns of the scalar sp_<name>_<suffix>, called once per input."""
        float_type, bits_type = NUMPY_TYPES[suffix]
        function = self._scalar_function(name, suffix)
        x = numpy.asarray(input_bits, dtype=bits_type).view(float_type)
        out = numpy.array([function(float(v)) for v in x], dtype=float_type)
        return out.view(bits_type)
