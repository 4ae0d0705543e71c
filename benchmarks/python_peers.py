"""The peers of peers.py: what a user of each library writes for each function of the spec.

A peer is a name and a `make(function, dtype, x)` that returns a callable timed as `call()`
(computing f(x) for the whole array x) and a `result(call_value)` giving the output as a NumPy
array, or None where the peer offers nothing sensible for that function. Peers write into a
preallocated output where their API has one (`out=` of a NumPy ufunc, SciPy, PyTorch; ONNX
Runtime's I/O binding; the C functions); the one-liners with temporaries, NumPy's naive forms and
JAX allocate, as a user's code does. Identities used to cover a function from a peer's
primitives are those of spec/softplus.json (e.g. softminus(x) = log_sigmoid(x)).
"""

import ctypes
import os
import shutil
import tempfile

import numpy as np

C_KERNEL = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)


class Peer:
    def __init__(self, name, make, allocates):
        self.name = name
        self.make = make            # (function, dtype, x) -> (call, to_numpy) or None
        self.allocates = allocates  # True when its calls allocate their result


def _pointer(a):
    return a.ctypes.data_as(ctypes.c_void_p)


def _c_call(fn, x):
    """A call of an out-of-place C array function on x, into a preallocated output."""
    out = np.empty_like(x)
    xp, op, n = _pointer(x), _pointer(out), x.size

    def call():
        return fn(xp, op, n)

    call.arrays = (x, out)  # the C code holds raw pointers: keep both arrays alive with the call
    return call, (lambda _: out)


def _fmt(dtype):
    return "f64" if dtype == np.float64 else "f32"


# ---- libsoftplus and the C peers (ctypes) -------------------------------------------------------

def kernel_path(lib):
    """The library's kernel path, sp_kernel_isa(): "x86-64", "x86-64-v3", "x86-64-v4" or "portable".
    The first call of a library fixes its path (SOFTPLUS_ISA is read then, and only then)."""
    lib.sp_kernel_isa.restype = ctypes.c_char_p
    return lib.sp_kernel_isa().decode()


def load_library(path, isa=None):
    """libsoftplus on its best path (isa None), or with SOFTPLUS_ISA=isa, in the same process as the
    other: a copy of the file (another inode, so the dynamic loader maps it again, with its own path),
    loaded and called once while the variable is set. Returns (library, its kernel path)."""
    if isa is None:
        lib = ctypes.CDLL(path)
        return lib, kernel_path(lib)
    copy = os.path.join(tempfile.mkdtemp(prefix="softplus-bench-"), f"libsoftplus-{isa}.so")
    shutil.copy(os.path.realpath(path), copy)
    saved = os.environ.get("SOFTPLUS_ISA")
    os.environ["SOFTPLUS_ISA"] = isa
    try:
        lib = ctypes.CDLL(copy)
        return lib, kernel_path(lib)
    finally:
        os.unlink(copy)  # the mapping stays
        os.rmdir(os.path.dirname(copy))
        if saved is None:
            del os.environ["SOFTPLUS_ISA"]
        else:
            os.environ["SOFTPLUS_ISA"] = saved


def library_peer(lib, name="libsoftplus"):
    """libsoftplus's array functions, from a library load_library returned."""
    def make(function, dtype, x):
        fn = getattr(lib, f"sp_{function}_{_fmt(dtype)}_array")
        fn.restype = ctypes.c_int
        fn.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
        call, result = _c_call(fn, x)
        status = call()
        if status != 0:
            raise RuntimeError(f"sp_{function}_{_fmt(dtype)}_array returned {status}")
        return call, result

    return Peer(name, make, allocates=False)


class _CPeerEntry(ctypes.Structure):
    _fields_ = [("function", ctypes.c_char_p), ("format", ctypes.c_char_p),
                ("peer", ctypes.c_char_p), ("kernel", ctypes.c_void_p)]


def c_peers(path):
    """The SLEEF and glibc loops and the floors of benchmarks/c_peers.h, from libbenchpeers.so."""
    lib = ctypes.CDLL(path)
    lib.c_peers.restype = ctypes.POINTER(_CPeerEntry)
    lib.c_peers_sleef_isa.restype = ctypes.c_char_p
    kernels = {}
    table = lib.c_peers()
    i = 0
    while table[i].function:
        e = table[i]
        kernels[(e.peer.decode(), e.function.decode(), e.format.decode())] = C_KERNEL(e.kernel)
        i += 1

    def peer(name):
        def make(function, dtype, x):
            kernel = kernels.get((name, function, _fmt(dtype)))
            return None if kernel is None else _c_call(kernel, x)
        return make

    isa = lib.c_peers_sleef_isa().decode()
    peers = [Peer("glibc loop", peer("glibc"), allocates=False)]
    if isa != "none":
        peers.insert(0, Peer(f"SLEEF u10 {isa}", peer("sleef"), allocates=False))
    floors = Peer("floor", peer("floor"), allocates=False)
    return peers, floors, isa


# ---- NumPy --------------------------------------------------------------------------------------

def numpy_naive_peer(spec_functions):
    """The spec's "naive" formula of each function, evaluated with NumPy: what a textbook gives."""
    formulas = {f["name"]: (f["argument"], f["naive"]) for f in spec_functions}

    def make(function, dtype, x):
        argument, formula = formulas[function]
        code = compile(formula, f"<naive {function}>", "eval")
        names = {"log": np.log, "exp": np.exp, argument: x}
        return (lambda: eval(code, {"__builtins__": {}}, names)), (lambda value: value)

    return Peer("NumPy naive", make, allocates=True)


def _stable_numpy():
    def tail(x):  # log1p(e^-|x|), the correction every softplus-like form needs
        return np.log1p(np.exp(-np.abs(x)))

    def sigmoid(x, sign):
        e = np.exp(-np.abs(x))
        return np.where(sign * x >= 0, 1, e) / (1 + e)

    return {
        "softplus": lambda x: np.maximum(x, 0) + tail(x),
        "softminus": lambda x: np.minimum(x, 0) - tail(x),
        "sigmoid": lambda x: sigmoid(x, 1),
        "one_minus_sigmoid": lambda x: sigmoid(x, -1),
        "logit": lambda p: np.log(p) - np.log1p(-p),
        "softplusinv": lambda y: y + np.log(-np.expm1(-y)),
        "softminusinv": lambda y: y - np.log(-np.expm1(y)),
        "log_sigmoid": lambda x: np.minimum(x, 0) - tail(x),
        "log_one_minus_sigmoid": lambda x: -np.maximum(x, 0) - tail(x),
    }


def numpy_stable_peer():
    formulas = _stable_numpy()

    def make(function, dtype, x):
        f = formulas.get(function)
        return None if f is None else ((lambda: f(x)), (lambda value: value))

    return Peer("NumPy stable", make, allocates=True)


def numpy_logaddexp_peer():
    """np.logaddexp(0, ±x), for the functions that are ±softplus(±x)."""
    def make(function, dtype, x):
        out = np.empty_like(x)
        zero = dtype(0)
        if function == "softplus":
            return (lambda: np.logaddexp(zero, x, out=out)), (lambda _: out)
        if function == "log_one_minus_sigmoid":
            return (lambda: np.negative(np.logaddexp(zero, x, out=out), out=out)), (lambda _: out)
        if function in ("log_sigmoid", "softminus"):
            return (lambda: np.negative(np.logaddexp(zero, np.negative(x), out=out), out=out)), (lambda _: out)
        return None

    return Peer("np.logaddexp", make, allocates=False)


# ---- SciPy --------------------------------------------------------------------------------------

def scipy_peer():
    import scipy.special as sc

    def make(function, dtype, x):
        out = np.empty_like(x)
        forms = {
            "sigmoid": lambda: sc.expit(x, out=out),
            "one_minus_sigmoid": lambda: sc.expit(np.negative(x), out=out),
            "logit": lambda: sc.logit(x, out=out),
            "log_sigmoid": lambda: sc.log_expit(x, out=out),
            "softminus": lambda: sc.log_expit(x, out=out),
            "log_one_minus_sigmoid": lambda: sc.log_expit(np.negative(x), out=out),
        }
        if hasattr(sc, "softplus"):
            forms["softplus"] = lambda: sc.softplus(x, out=out)
        call = forms.get(function)
        return None if call is None else (call, (lambda _: out))

    return Peer("SciPy", make, allocates=False)


# ---- JAX ----------------------------------------------------------------------------------------

def jax_peer():
    """JAX on the CPU, one thread (XLA_FLAGS set by peers.py before the import), jitted."""
    import jax
    import jax.numpy as jnp
    import jax.scipy.special as jsp

    jax.config.update("jax_enable_x64", True)
    forms = {
        "softplus": jax.nn.softplus,
        "softminus": jax.nn.log_sigmoid,
        "sigmoid": jax.nn.sigmoid,
        "one_minus_sigmoid": lambda x: jax.nn.sigmoid(-x),
        "logit": jsp.logit,
        "softplusinv": lambda y: y + jnp.log(-jnp.expm1(-y)),
        "softminusinv": lambda y: y - jnp.log(-jnp.expm1(y)),
        "log_sigmoid": jax.nn.log_sigmoid,
        "log_one_minus_sigmoid": lambda x: jax.nn.log_sigmoid(-x),
    }

    def make(function, dtype, x):
        f = jax.jit(forms[function])
        xj = jax.device_put(x)
        f(xj).block_until_ready()  # compile outside the timing
        return (lambda: f(xj).block_until_ready()), (lambda value: np.asarray(value))

    return Peer(f"JAX {jax.__version__}", make, allocates=True)


# ---- ONNX Runtime -------------------------------------------------------------------------------

def _onnx_graph(function, dtype):
    """A one-function ONNX model: the op itself where ONNX has it, else a Log/Exp composition."""
    from onnx import TensorProto, helper

    elem = TensorProto.DOUBLE if dtype == np.float64 else TensorProto.FLOAT
    nodes = []

    def op(kind, *inputs):
        name = f"t{len(nodes)}"
        nodes.append(helper.make_node(kind, list(inputs), [name]))
        return name

    one = helper.make_tensor("one", elem, [], [1.0])
    x = "x"
    forms = {
        "softplus": lambda: op("Softplus", x),
        "softminus": lambda: op("Neg", op("Softplus", op("Neg", x))),
        "sigmoid": lambda: op("Sigmoid", x),
        "one_minus_sigmoid": lambda: op("Sigmoid", op("Neg", x)),
        "logit": lambda: op("Log", op("Div", x, op("Sub", "one", x))),
        # ONNX has no expm1: the overflow-free composition y + log(1 - e^-y)
        "softplusinv": lambda: op("Add", x, op("Log", op("Sub", "one", op("Exp", op("Neg", x))))),
        "softminusinv": lambda: op("Sub", x, op("Log", op("Sub", "one", op("Exp", x)))),
        "log_sigmoid": lambda: op("Neg", op("Softplus", op("Neg", x))),
        "log_one_minus_sigmoid": lambda: op("Neg", op("Softplus", x)),
    }
    result = forms[function]()
    graph = helper.make_graph(
        nodes, function, [helper.make_tensor_value_info("x", elem, [None])],
        [helper.make_tensor_value_info(result, elem, [None])], initializer=[one])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), result


def onnxruntime_peer():
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.log_severity_level = 3

    def make(function, dtype, x):
        model, result = _onnx_graph(function, dtype)
        try:
            session = ort.InferenceSession(model.SerializeToString(), options,
                                           providers=["CPUExecutionProvider"])
        except Exception:  # the CPU provider lacks a kernel for this op and type
            return None
        out = np.empty_like(x)
        binding = session.io_binding()
        binding.bind_cpu_input("x", x)
        binding.bind_output(result, "cpu", 0, dtype, out.shape, out.ctypes.data)

        def call():
            return session.run_with_iobinding(binding)

        call.arrays = (x, out)  # the binding holds raw pointers: keep both arrays alive with the call
        return call, (lambda _: out)

    return Peer(f"ONNX Runtime {ort.__version__}", make, allocates=False)


# ---- PyTorch ------------------------------------------------------------------------------------

def torch_peer():
    import torch
    import torch.nn.functional as F

    torch.set_num_threads(1)

    def make(function, dtype, x):
        t = torch.from_numpy(x)
        out = torch.empty_like(t)
        forms = {
            "softplus": lambda: F.softplus(t),
            "softminus": lambda: F.logsigmoid(t),
            "sigmoid": lambda: torch.sigmoid(t, out=out),
            "one_minus_sigmoid": lambda: torch.sigmoid(-t),
            "logit": lambda: torch.logit(t, out=out),
            "softplusinv": lambda: t + torch.log(-torch.expm1(-t)),
            "softminusinv": lambda: t - torch.log(-torch.expm1(t)),
            "log_sigmoid": lambda: F.logsigmoid(t),
            "log_one_minus_sigmoid": lambda: F.logsigmoid(-t),
        }
        call = forms[function]
        return call, (lambda value: value.numpy())

    return Peer(f"PyTorch {torch.__version__}", make, allocates=True)


def optional_peers(wanted=lambda name: True):
    """JAX, ONNX Runtime and PyTorch, those `wanted` by name and that import; the names missing."""
    peers, missing = [], []
    for name, factory in (("JAX", jax_peer), ("ONNX Runtime", onnxruntime_peer), ("PyTorch", torch_peer)):
        if not wanted(name):
            continue
        try:
            peers.append(factory())
        except ImportError:
            missing.append(name)
    return peers, missing


def single_thread_environment():
    """Settings for one thread in every peer; must be in os.environ before JAX/torch import."""
    os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") +
                               " --xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1").strip()
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[variable] = "1"
