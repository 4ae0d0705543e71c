#!/usr/bin/env python3
"""Logistic regression on synthetic data with NumPy + libsoftplus: the loss and its gradient come
from the library (softplus.training.bce_with_logits and bce_with_logits_grad, PyTorch's BCEWithLogitsLoss
semantics), NumPy does the linear algebra. The gradient is checked against central finite
differences before training, and the loss is shown finite where the naive formula is not.

    SOFTPLUS_LIBRARY=build/libsoftplus.so python3 examples/logistic_regression/train.py

Exits 1 if the gradient check fails or training does not reduce the loss.
"""

import pathlib
import sys

import numpy as np

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY / "bindings" / "python"))

import softplus  # noqa: E402
from softplus import training  # noqa: E402

SAMPLES, FEATURES = 2000, 5
STEPS, LEARNING_RATE = 300, 0.5
# Central differences with step h have truncation error O(h^2 f''') and rounding error
# O(eps f / h): h = 1e-5 balances them at about 1e-10 relative for this smooth loss.
STEP = 1e-5
GRADIENT_TOLERANCE = 1e-7


def synthetic_data(rng):
    x = rng.standard_normal((SAMPLES, FEATURES))
    true_weights = rng.standard_normal(FEATURES) * 2
    true_bias = -0.5
    probabilities = softplus.sigmoid(x @ true_weights + true_bias)
    labels = (rng.uniform(size=SAMPLES) < probabilities).astype(np.float64)
    return x, labels


def loss(weights, bias, x, labels, pos_weight):
    return training.bce_with_logits(x @ weights + bias, labels, pos_weight=pos_weight, reduction="mean")


def gradient(weights, bias, x, labels, pos_weight):
    """d loss / d(weights, bias) by the chain rule: the library gives d loss / d logits (already divided
    by the number of samples for the mean), the logits are x @ weights + bias."""
    per_logit = training.bce_with_logits_grad(x @ weights + bias, labels, pos_weight=pos_weight, reduction="mean")
    return x.T @ per_logit, per_logit.sum()


def finite_difference(weights, bias, x, labels, pos_weight):
    parameters = np.append(weights, bias)
    result = np.empty_like(parameters)
    for i in range(len(parameters)):
        up, down = parameters.copy(), parameters.copy()
        up[i] += STEP
        down[i] -= STEP
        result[i] = (loss(up[:-1], up[-1], x, labels, pos_weight)
                     - loss(down[:-1], down[-1], x, labels, pos_weight)) / (2 * STEP)
    return result


def main():
    rng = np.random.default_rng(6)
    x, labels = synthetic_data(rng)
    pos_weight = np.full(SAMPLES, 1.5)
    weights, bias = rng.standard_normal(FEATURES) * 0.1, 0.0

    analytic = np.append(*gradient(weights, bias, x, labels, pos_weight))
    numeric = finite_difference(weights, bias, x, labels, pos_weight)
    relative = np.max(np.abs(analytic - numeric)) / np.max(np.abs(analytic))
    print(f"gradient check: max |library - finite difference| / max |gradient| = {relative:.2e}")
    ok = relative < GRADIENT_TOLERANCE

    start = loss(weights, bias, x, labels, pos_weight)
    for step in range(STEPS):
        grad_weights, grad_bias = gradient(weights, bias, x, labels, pos_weight)
        weights -= LEARNING_RATE * grad_weights
        bias -= LEARNING_RATE * grad_bias
        if step % 100 == 0 or step == STEPS - 1:
            print(f"step {step:3d}: loss {loss(weights, bias, x, labels, pos_weight):.6f}")
    final = loss(weights, bias, x, labels, pos_weight)
    accuracy = np.mean(((x @ weights + bias) > 0) == (labels == 1))
    print(f"loss {start:.6f} -> {final:.6f}, training accuracy {accuracy:.3f}")
    ok &= final < start

    # A model far too confident: logits in the thousands. The naive loss is NaN; the library's is finite.
    logits = (x @ weights + bias) * 300
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        p = 1 / (1 + np.exp(-logits))
        naive = -np.mean(labels * np.log(p) + (1 - labels) * np.log(1 - p))
    library = training.bce_with_logits(logits, labels, reduction="mean")
    print(f"logits up to {np.max(np.abs(logits)):.0f}: naive NumPy loss {naive}, library {library:.6f}")
    ok &= bool(np.isfinite(library))

    print("ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
