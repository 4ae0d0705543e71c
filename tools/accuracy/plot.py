"""PNG of the error across the input range: the naive formulas against this library (double).

For each function of spec/softplus.json, its "naive" formula is evaluated in double with
NumPy (the one-liner a user would write) and the library's sp_<name>_f64_array is called on
the same inputs; both are measured in ULP against the MPFR reference. Errors are clipped
to [CLIP_LOW, CLIP_HIGH] on the log axis: a NaN, an infinity or a zero of the wrong sign
where a finite value is due is drawn at the top.
"""

import math

import matplotlib

matplotlib.use("Agg")   # files only, no display
import matplotlib.pyplot as plt  # noqa: E402  (after the backend choice)
import numpy  # noqa: E402

from ..reference import F64  # noqa: E402
from ..reference.correct_rounding import exact_enclosure  # noqa: E402
from ..reference.ulp_error import ulp_error_against  # noqa: E402

POINTS = 1500
CLIP_LOW, CLIP_HIGH = 1e-3, 1e18
SYMLOG_TICKS = [-100, -1e-4, -1e-10, 0, 1e-10, 1e-4, 100]


def _symmetric_log_grid(largest, points):
    """+-10^k for k uniform up to log10(largest), with the region near 0 included."""
    magnitudes = numpy.logspace(-12, math.log10(largest), points // 2)
    return numpy.sort(numpy.concatenate([-magnitudes, magnitudes]))


def input_grid(name):
    """Inputs of the plot of `name` (double), chosen to show where naive formulas fail."""
    if name == "logit":
        tails = numpy.logspace(-300, math.log10(0.5), POINTS // 3)
        middle = 0.5 + _symmetric_log_grid(0.25, POINTS // 3)
        return numpy.sort(numpy.concatenate([tails, middle, 1 - tails[tails > 1e-16]]))
    if name == "softplusinv":
        return numpy.sort(numpy.concatenate([numpy.logspace(-300, math.log10(800), POINTS // 2),
                                             math.log(2) + _symmetric_log_grid(0.5, POINTS // 2)]))
    if name == "softminusinv":
        return -input_grid("softplusinv")[::-1]
    return _symmetric_log_grid(800, POINTS)


def axis_position(name, inputs):
    """Horizontal position and label: the input, except for logit, whose p in (0, 1) is shown
    through log(p / (1 - p)) so that p near 0, 1/2 and 1 each get room (position only), and
    softminusinv, whose negative y is shown as -y on a log axis."""
    if name == "logit":
        with numpy.errstate(divide="ignore"):
            return numpy.log(inputs) - numpy.log1p(-inputs), "log(p / (1 - p)) of the input p"
    if name == "softminusinv":
        return -inputs, "-y (y the input, < 0)"
    return inputs, "y" if name == "softplusinv" else "x"


def naive_values(spec_function, inputs):
    namespace = {"log": numpy.log, "exp": numpy.exp, "__builtins__": {}}
    with numpy.errstate(all="ignore"):
        return eval(spec_function["naive"], namespace, {spec_function["argument"]: inputs})


def errors_in_ulp(name, inputs, results):
    out = []
    for x, got in zip(inputs.view(numpy.uint64).tolist(), results.view(numpy.uint64).tolist()):
        lo, hi, want = exact_enclosure(name, F64, x)
        out.append(ulp_error_against(F64, lo, hi, want, got))
    return numpy.clip(numpy.array(out), CLIP_LOW, CLIP_HIGH)


def write_plot(library, spec_functions, path):
    columns = 3
    rows = math.ceil(len(spec_functions) / columns)
    figure, axes = plt.subplots(rows, columns, figsize=(5 * columns, 3.4 * rows), squeeze=False)
    for axis, function in zip(axes.flat, spec_functions):
        name = function["name"]
        inputs = numpy.ascontiguousarray(input_grid(name), dtype=numpy.float64)
        naive = numpy.asarray(naive_values(function, inputs), dtype=numpy.float64)
        ours = library.array_bits(name, "f64", inputs.view(numpy.uint64)).view(numpy.float64)
        position, label = axis_position(name, inputs)
        axis.plot(position, errors_in_ulp(name, inputs, naive), ".", markersize=2,
                  label=f"naive: {function['naive']}")
        axis.plot(position, errors_in_ulp(name, inputs, ours), ".", markersize=2, label="libsoftplus")
        axis.set_yscale("log")
        axis.set_ylim(CLIP_LOW / 2, CLIP_HIGH * 5)
        if name in ("softplusinv", "softminusinv"):
            axis.set_xscale("log")
        else:
            axis.set_xscale("symlog", linthresh=1e-12)
            axis.set_xticks(SYMLOG_TICKS, [f"{t:g}" for t in SYMLOG_TICKS])
        axis.axhline(1.0, color="gray", linewidth=0.5)
        axis.set_xlabel(label)
        axis.set_title(name)
        axis.set_ylabel("error (ULP)")
        axis.legend(fontsize=7, loc="upper left")
    for axis in list(axes.flat)[len(spec_functions):]:
        axis.axis("off")
    figure.suptitle("Error in double against MPFR: naive formula vs libsoftplus "
                    f"(clipped to [{CLIP_LOW:g}, {CLIP_HIGH:g}]; top = NaN, inf or wrong-signed zero)")
    figure.tight_layout()
    figure.savefig(path, dpi=90)
    plt.close(figure)
