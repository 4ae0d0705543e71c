"""The training functions of the package (softplus.training, issue 6) against the MPFR vectors of
Tests/vectors/training (tools/reference/training*.py): the derivatives, log1mexp and log1pexp, the
backward products, binary cross-entropy (loss, gradient, sum, mean) and the parameterized softplus,
each through the C entry points of include/softplus_training.h. Bounds: float64 within 1 ULP,
float32 correctly rounded (zeros of either sign accepted for the loss and its gradient, whose
sign is not specified; the gradient within 2^-96 of its terms where they cancel; softplus_through
in float64 within 1 ULP only)."""

import json

import numpy as np
import pytest

from package_support import REPO as REPOSITORY, within_contract
from softplus import training

VECTORS = REPOSITORY / "Tests" / "vectors" / "training"
SPEC = json.loads((REPOSITORY / "spec" / "softplus.json").read_text())
DTYPES = {"f64": (np.float64, np.uint64), "f32": (np.float32, np.uint32)}


def read_rows(file_name, suffix):
    """The rows of a training vector file as arrays of the format's dtype, one per column."""
    dtype, unsigned = DTYPES[suffix]
    rows = [[int(field, 16) for field in line.split()]
            for line in (VECTORS / file_name).read_text().splitlines() if line and not line.startswith("#")]
    columns = np.array(rows, dtype=unsigned).T
    return [column.view(dtype) for column in columns]


def comment(file_name, key, suffix):
    dtype, unsigned = DTYPES[suffix]
    for line in (VECTORS / file_name).read_text().splitlines():
        if line.startswith(f"# {key} "):
            return np.array([int(line.split()[2], 16)], unsigned).view(dtype)[0]
    raise LookupError(key)


def test_unary_names_are_the_spec_training_unary_list():
    assert list(training.UNARY_NAMES) == [entry["id"] for entry in SPEC["training"]["unary"]]


@pytest.mark.parametrize("suffix", ["f64", "f32"])
@pytest.mark.parametrize("name", training.UNARY_NAMES)
def test_unary_agrees_with_mpfr(name, suffix):
    inputs, want = read_rows(f"{name}_{suffix}.txt", suffix)
    got = getattr(training, name)(inputs)
    assert got.dtype == inputs.dtype
    ok = within_contract(got, want)
    assert ok.all(), [(inputs[i], got[i], want[i]) for i in np.flatnonzero(~ok)[:5]]


@pytest.mark.parametrize("suffix", ["f64", "f32"])
@pytest.mark.parametrize("name", [entry["function"] for entry in SPEC["training"]["backward"]])
def test_backward_agrees_with_mpfr(name, suffix):
    x, grad_out, want = read_rows(f"{name}_backward_{suffix}.txt", suffix)
    got = training.backward(name, x, grad_out)
    ok = within_contract(got, want)
    assert ok.all(), [(x[i], grad_out[i], got[i], want[i]) for i in np.flatnonzero(~ok)[:5]]


def test_grad_is_the_derivative():
    assert training.grad("sigmoid", 40.0) == training.sigmoid_deriv(40.0) > 0
    with pytest.raises(ValueError):
        training.grad("tanh", 0.0)


@pytest.mark.parametrize("suffix", ["f64", "f32"])
def test_bce_agrees_with_mpfr(suffix):
    x, t, w, pw, loss, gradient = read_rows(f"bce_{suffix}.txt", suffix)
    got = training.bce_with_logits(x, t, w, pw, reduction="none")
    zero = (got == 0) & (loss == 0)
    ok = within_contract(got, loss) | zero
    assert ok.all(), [(x[i], t[i], got[i], loss[i]) for i in np.flatnonzero(~ok)[:5]]
    got_gradient = training.bce_with_logits_grad(x, t, w, pw, reduction="none")
    scale = (np.abs(w * pw * t) + np.abs(w * (1 - t))).astype(np.float64) * 2.0 ** -96
    with np.errstate(invalid="ignore"):
        cancelled = np.abs(got_gradient.astype(np.float64) - gradient) <= scale
    ok = within_contract(got_gradient, gradient) | ((got_gradient == 0) & (gradient == 0)) | cancelled
    assert ok.all(), [(x[i], t[i], got_gradient[i], gradient[i]) for i in np.flatnonzero(~ok)[:5]]


@pytest.mark.parametrize("suffix", ["f64", "f32"])
def test_bce_reductions_are_correctly_rounded(suffix):
    x, t, w, pw, _, _ = read_rows(f"bce_{suffix}.txt", suffix)
    finite = np.isfinite(x)
    arguments = (x[finite], t[finite], w[finite], pw[finite])
    assert training.bce_with_logits(*arguments, reduction="sum") == comment(f"bce_{suffix}.txt", "sum", suffix)
    assert training.bce_with_logits(*arguments, reduction="mean") == comment(f"bce_{suffix}.txt", "mean", suffix)


def test_bce_mean_gradient_is_the_elementwise_one_over_n():
    x = np.array([-3.0, 0.5, 2.0, 40.0])
    t = np.array([0.0, 1.0, 0.25, 1.0])
    elementwise = training.bce_with_logits_grad(x, t, reduction="none")
    assert np.array_equal(training.bce_with_logits_grad(x, t, reduction="sum"), elementwise)
    assert np.allclose(training.bce_with_logits_grad(x, t, reduction="mean"), elementwise / 4, rtol=1e-15, atol=0)


def test_bce_at_the_logits_pytorch_gets_wrong():
    assert training.bce_with_logits(-np.inf, 0.0, reduction="none") == 0.0
    assert training.bce_with_logits(-120.0, 1.0, pos_weight=3.0, reduction="none") == 360.0
    assert training.bce_with_logits_grad(-np.inf, 1.0, reduction="none") == -1.0
    with pytest.raises(ValueError):
        training.bce_with_logits(0.0, 1.0, reduction="average")


@pytest.mark.parametrize("suffix", ["f64", "f32"])
@pytest.mark.parametrize("name", ["softplus_beta", "softplusinv_beta"])
def test_parameterized_agrees_with_mpfr(name, suffix):
    x, beta, threshold, want = read_rows(f"{name}_{suffix}.txt", suffix)
    function = getattr(training, name)
    got = np.array([function(x[i:i + 1], beta[i], threshold[i])[0] for i in range(len(x))], dtype=x.dtype)
    ok = within_contract(got, want)
    assert ok.all(), [(x[i], beta[i], threshold[i], got[i], want[i]) for i in np.flatnonzero(~ok)[:5]]


@pytest.mark.parametrize("suffix", ["f64", "f32"])
def test_softplus_through_agrees_with_mpfr(suffix):
    x, c, want = read_rows(f"softplus_through_{suffix}.txt", suffix)
    got = np.array([training.softplus_through(x[i:i + 1], c[i])[0] for i in range(len(x))], dtype=x.dtype)
    ok = within_contract(got, want)
    assert ok.all(), [(x[i], c[i], got[i], want[i]) for i in np.flatnonzero(~ok)[:5]]


def test_status_codes_and_overlap_rules_of_the_c_entry_points():
    """The checks of TrainingArrays.swift: n == 0 is SP_OK with null pointers, a null required pointer
    is SP_ERR_NULL_POINTER, an output overlapping an input other than exactly is SP_ERR_OVERLAP and
    leaves the output untouched, in place (grad_in == x or grad_out, out == x) gives the same values."""
    import ctypes

    pointer = ctypes.POINTER(ctypes.c_double)
    backward = training._ENTRY_POINTS["sp_sigmoid_backward_f64_array"]
    loss = training._ENTRY_POINTS["sp_bce_with_logits_f64"]
    mean = training._ENTRY_POINTS["sp_bce_with_logits_mean_f64"]

    def at(array, offset=0):
        return ctypes.cast(array.ctypes.data + 8 * offset, pointer)

    x = np.array([-40.0, -1.0, 0.0, 2.0, 40.0, 800.0])
    g = np.array([1.0, -2.0, 0.5, 3.0, 1e300, 1e300])
    t = np.array([0.0, 1.0, 0.5, 0.25, 1.0, 0.0])
    expected = training.backward("sigmoid", x, g)
    assert backward(None, None, None, 0) == 0
    assert backward(None, at(g), at(np.empty(6)), 6) == 1
    buffer = np.concatenate([x, g])
    before = buffer.copy()
    assert backward(at(buffer), at(buffer, 6), at(buffer, 1), 6) == 2
    assert np.array_equal(buffer, before)
    assert backward(at(buffer), at(buffer, 6), at(buffer), 6) == 0
    assert np.array_equal(buffer[:6], expected)
    buffer = np.concatenate([x, g])
    assert backward(at(buffer), at(buffer, 6), at(buffer, 6), 6) == 0
    assert np.array_equal(buffer[6:], expected)

    elementwise = training.bce_with_logits(x, t, reduction="none")
    assert loss(None, None, None, None, 0, None) == 0
    assert loss(at(x), None, None, None, 6, at(np.empty(6))) == 1
    in_place = x.copy()
    assert loss(at(in_place), at(t), None, None, 6, at(in_place)) == 0
    assert np.array_equal(in_place, elementwise)
    out = np.full(1, 7.0)
    assert mean(at(x), at(t), None, None, 0, at(out)) == 0 and np.isnan(out[0])
    assert mean(at(x), at(t), None, None, 6, None) == 1
    assert mean(at(x), at(t), None, None, 6, at(t, 2)) == 2


def test_scalar_logits_and_targets_broadcast_against_array_weights():
    """Every argument counts for the result's shape: Python scalars x and target with an array weight,
    pos_weight or grad_out give an array of the broadcast shape, element by element the scalar loss
    with that element's weight (found by a review: the first element alone came back, as a float)."""
    weight = np.array([1.0, 2.0, 0.5])
    loss = training.bce_with_logits(0.25, 1.0, weight=weight, reduction="none")
    single = training.bce_with_logits(0.25, 1.0, reduction="none")
    assert isinstance(single, float)
    assert loss.shape == (3,)
    assert np.array_equal(loss, [training.bce_with_logits(0.25, 1.0, weight=w, reduction="none") for w in weight])
    assert training.bce_with_logits(0.25, 1.0, pos_weight=[1.0, 3.0], reduction="none").shape == (2,)
    grad = training.bce_with_logits_grad(0.25, 1.0, weight=weight, reduction="none")
    assert grad.shape == (3,)
    assert np.array_equal(grad, [training.bce_with_logits_grad(0.25, 1.0, weight=w, reduction="none") for w in weight])
    scaled = training.bce_with_logits_grad(0.25, 1.0, reduction="none", grad_out=np.array([1.0, 2.0]))
    assert scaled.shape == (2,)
    assert scaled[1] == 2 * scaled[0]
    # The reductions see every broadcast element: the sum over weights [1, 2, 0.5] is 3.5 losses.
    assert training.bce_with_logits(0.0, 0.0, weight=weight, reduction="sum") == pytest.approx(3.5 * np.log(2), rel=1e-15)


def test_shapes_of_scalar_and_zero_dimensional_arguments():
    """0-d arrays stay 0-d, NumPy scalars give NumPy scalars of the computing dtype, Python scalars a
    float: the rule of the module doc (and of the family's functions)."""
    zero_d = np.array(1.0)
    assert training.backward("sigmoid", zero_d, np.array(2.0)).shape == ()
    assert isinstance(training.backward("sigmoid", zero_d, 2.0), np.ndarray)
    assert training.softplus_beta(zero_d, 2.0).shape == ()
    assert training.bce_with_logits(zero_d, np.array(1.0), reduction="none").shape == ()
    assert training.bce_with_logits_grad(zero_d, 1.0, reduction="none").shape == ()
    assert type(training.softplus_beta(np.float64(1.0), 2.0)) is np.float64
    assert type(training.softplus_beta(np.float32(1.0), 2.0)) is np.float32
    assert type(training.backward("softplus", np.float32(1.0), np.float32(2.0))) is np.float32
    assert type(training.bce_with_logits(np.float64(0.5), 1.0, reduction="none")) is np.float64
    assert type(training.softplus_beta(1.0, 2.0)) is float
    assert type(training.backward("softplus", 1.0, 2)) is float
    assert training.backward("sigmoid", np.ones((2, 3)), np.ones(3)).shape == (2, 3)
