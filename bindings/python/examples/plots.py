"""The softplus family in pictures: writes docs/*.png.

    SOFTPLUS_LIBRARY=build/libsoftplus.so python3 bindings/python/examples/plots.py

- docs/softplus_and_sigmoid.png: softplus and softminus with sigmoid and
  sigmoid - 1, and their asymptotes;
- docs/log_probabilities.png: log p(x) and log(1 - p(x)), the two terms of
  binary cross-entropy, against the naive formulas that give -inf;
- docs/softplus_intercepts.png: softplus(x + softplusinv(c)), the softplus
  that passes through (0, c), for a few c;
- docs/naive_error_ulp.png: error in ULP, across x, of the naive NumPy
  one-liners of spec/softplus.json ("naive") and of this library, measured
  against the correctly rounded value from MPFR (tools/reference).

Needs matplotlib and gmpy2. Uses the package of this source tree and the
library named by SOFTPLUS_LIBRARY (default build/libsoftplus.so).
"""

from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path

import matplotlib
import matplotlib.lines
import matplotlib.ticker

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the file-only backend)
import numpy as np  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
DOCS = REPO / "docs"
SPEC = json.loads((REPO / "spec" / "softplus.json").read_text())
os.environ.setdefault("SOFTPLUS_LIBRARY", str(REPO / "build" / "libsoftplus.so"))
sys.path[:0] = [str(REPO / "bindings" / "python"), str(REPO)]

import softplus  # noqa: E402  (needs the path and the library variable above)
import tools.reference as reference  # noqa: E402

ASYMPTOTE = {"color": "0.6", "linestyle": ":", "linewidth": 1}


def save(figure: plt.Figure, name: str) -> None:
    path = DOCS / name
    figure.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(figure)
    print(f"wrote {path.relative_to(REPO)}")


def softplus_and_sigmoid() -> None:
    x = np.linspace(-6, 6, 601)
    figure, axes = plt.subplots(figsize=(7.5, 5))
    axes.plot(x, np.maximum(x, 0), **ASYMPTOTE, label="asymptotes: y = x, y = 0, y = 1, y = -1")
    axes.plot(x, np.minimum(x, 0), **ASYMPTOTE)
    for level in (1, -1):
        axes.axhline(level, **ASYMPTOTE)
    axes.plot(x, softplus.softplus(x), color="C0", linewidth=2, label="softplus(x) = log(1 + e^x)")
    axes.plot(x, softplus.softminus(x), color="C1", linewidth=2, label="softminus(x) = x - softplus(x)")
    axes.plot(x, softplus.sigmoid(x), color="C0", linestyle="--", label="sigmoid(x) = softplus'(x)")
    axes.plot(x, softplus.sigmoid(x) - 1, color="C1", linestyle="--", label="sigmoid(x) - 1")
    axes.set(xlim=(-6, 6), ylim=(-6.5, 6.5), xlabel="x", title="softplus and softminus, sigmoid and sigmoid - 1")
    axes.axhline(0, color="black", linewidth=0.5)
    axes.axvline(0, color="black", linewidth=0.5)
    axes.legend(loc="upper left", fontsize=9)
    axes.grid(alpha=0.3)
    save(figure, "softplus_and_sigmoid.png")


def log_probabilities() -> None:
    x = np.linspace(-50, 50, 2001)
    with np.errstate(divide="ignore"):
        naive_log_p = np.log(1 / (1 + np.exp(-x)))
        naive_log_q = np.log(1 - 1 / (1 + np.exp(-x)))
    figure, axes = plt.subplots(figsize=(7.5, 5))
    axes.plot(x, softplus.log_sigmoid(x), color="C0", linewidth=2, label="log p(x) = log_sigmoid(x)")
    axes.plot(x, softplus.log_one_minus_sigmoid(x), color="C1", linewidth=2,
              label="log(1 - p(x)) = log_one_minus_sigmoid(x)")
    axes.plot(x, naive_log_q, color="C3", linestyle="--",
              label="naive log(1 - 1/(1 + exp(-x))): -inf from x = 37 on")
    first_infinite = x[np.isinf(naive_log_q)].min()
    axes.axvline(first_infinite, color="C3", linewidth=0.8, linestyle=":")
    axes.annotate("naive: -inf", (first_infinite, -30), xytext=(first_infinite - 21, -42),
                  arrowprops={"arrowstyle": "->", "color": "C3"}, color="C3")
    assert np.isfinite(naive_log_p).all()  # log p only breaks below x = -745, off this plot
    axes.set(xlim=(-50, 50), ylim=(-52, 3), xlabel="x",
             title="binary cross-entropy terms: loss = -log p(x) for class 1, -log(1 - p(x)) for class 0")
    axes.title.set_fontsize(10)
    axes.legend(loc="lower center", fontsize=9)
    axes.grid(alpha=0.3)
    save(figure, "log_probabilities.png")


def softplus_intercepts() -> None:
    x = np.linspace(-5, 5, 501)
    figure, axes = plt.subplots(figsize=(7.5, 5))
    axes.plot(x, np.maximum(x, 0), **ASYMPTOTE, label="asymptotes y = 0, y = x")
    for index, c in enumerate((0.01, 0.1, 0.5, math.log(2), 2.0, 4.0)):
        axes.plot(x, softplus.softplus(x + softplus.softplusinv(c)), color=f"C{index}",
                  label=f"c = {c:.4g}" + (" (= ln 2, plain softplus)" if c == math.log(2) else ""))
        axes.plot([0], [c], "o", color=f"C{index}", markersize=4)
    axes.set(xlim=(-5, 5), ylim=(-0.2, 6), xlabel="x",
             title="softplus(x + softplusinv(c)): the softplus through (0, c)")
    axes.legend(loc="upper left", fontsize=9)
    axes.grid(alpha=0.3)
    save(figure, "softplus_intercepts.png")


# Inputs per spec domain for the error plot: the magnitudes from tiny to the
# overflow region, where naive formulas break, on a log-spaced grid.
def error_plot_inputs(domain: str) -> tuple[np.ndarray, str]:
    magnitudes = np.logspace(-10, math.log10(800), 700)
    if domain == "all x":
        return np.concatenate([-magnitudes[::-1], magnitudes]), "symlog"
    if domain == "0 <= p <= 1":
        tails = np.logspace(-15, math.log10(0.5), 700)
        return np.concatenate([tails, 1 - tails[::-1]]), "logit"
    if domain == "y >= 0":
        return magnitudes, "log"
    if domain == "y <= 0":
        return -magnitudes[::-1], "symlog"
    raise KeyError(f"no error-plot inputs for domain {domain!r}")


def ulp_errors(name: str, x: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Error in ULP of the correctly rounded value (tools/reference.ulp_error)."""
    fmt = reference.F64
    return np.array([
        reference.ulp_error(name, fmt, fmt.to_bits(float(value)), fmt.to_bits(float(candidate)))
        for value, candidate in zip(x, candidates)
    ])


TOP = 1e18  # where an infinite error (a wrong inf, NaN or zero) is drawn
BOTTOM = 1e-3  # where an exact result is drawn on the log axis


SYMLOG_TICKS = [-1e2, -1e-3, -1e-8, 1e-8, 1e-3, 1e2]
LOGIT_TICKS = {1e-12: "$10^{-12}$", 1e-6: "$10^{-6}$", 0.5: "1/2", 1 - 1e-6: "$1-10^{-6}$", 1 - 1e-12: "$1-10^{-12}$"}


def naive_error_ulp() -> None:
    figure, grid = plt.subplots(3, 3, figsize=(13, 10.5))
    for axes, function in zip(grid.flat, SPEC["functions"]):
        name = function["name"]
        x, scale = error_plot_inputs(function["domain"])
        with np.errstate(all="ignore"):
            naive = eval(function["naive"], {"log": np.log, "exp": np.exp, function["argument"]: x})
        ours = getattr(softplus, name)(x)
        for values, color in ((naive, "C3"), (ours, "C0")):
            errors = np.clip(ulp_errors(name, x, values), BOTTOM, TOP)
            axes.plot(x, errors, ".", markersize=2, color=color)
        axes.axhline(1, color="black", linewidth=0.8, linestyle="--")
        axes.set_yscale("log")
        axes.set_ylim(BOTTOM / 3, TOP * 30)
        axes.set_xscale(scale, **({"linthresh": 1e-10} if scale == "symlog" else {}))
        if x.max() < 0:  # symlog would otherwise show an empty positive half
            axes.set_xlim(right=0)
        if scale == "symlog":
            axes.set_xticks([tick for tick in SYMLOG_TICKS if x.min() <= tick <= x.max()])
        if scale == "logit":
            axes.set_xticks(list(LOGIT_TICKS), list(LOGIT_TICKS.values()))
        axes.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
        axes.set_title(f"{name}({function['argument']})\nnaive: {function['naive']}", fontsize=10)
        axes.set_xlabel(function["argument"], fontsize=9)
        axes.tick_params(labelsize=8)
        axes.grid(alpha=0.3)
    for axes in grid[:, 0]:
        axes.set_ylabel("error in ULP", fontsize=9)
    figure.legend(
        handles=[
            matplotlib.lines.Line2D([], [], marker="o", linestyle="", color="C3", label="naive NumPy one-liner"),
            matplotlib.lines.Line2D([], [], marker="o", linestyle="", color="C0", label="softplus (libsoftplus)"),
            matplotlib.lines.Line2D([], [], color="black", linestyle="--", label="1 ULP"),
        ],
        loc="upper center", ncol=3, bbox_to_anchor=(0.5, 0.975), fontsize=10,
    )
    figure.suptitle(
        "float64 error in ULP against MPFR (correctly rounded); "
        "top edge: inf, NaN or a lost result; bottom edge: exact",
        fontsize=12, y=1.0,
    )
    figure.tight_layout(rect=(0, 0, 1, 0.95))
    save(figure, "naive_error_ulp.png")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    softplus_and_sigmoid()
    log_probabilities()
    softplus_intercepts()
    naive_error_ulp()


if __name__ == "__main__":
    main()
