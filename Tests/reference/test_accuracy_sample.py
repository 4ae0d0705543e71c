"""The accuracy tool on a small random sample, so that CI fails when a function loses its bound.

2,000 random inputs per function and format (10 % of them around the zeros of logit,
softplusinv and softminusinv) plus every vector; the tool's own verdict applies:
double within 1 ULP of the exact value, float correctly rounded, scalar == array.
Then 500 per function and format under each directed rounding mode of the caller, where the
documented bound is DIRECTED_ROUNDING_BOUND_ULP (tools/accuracy/__main__.py).
"""

import pytest

from vector_checks import library_path
from tools.accuracy.__main__ import main

SAMPLE = 2000
DIRECTED_SAMPLE = 500


def test_accuracy_tool_passes_on_a_random_sample(library, capsys):
    status = main(["--library", library_path(), "--n", str(SAMPLE), "--seed", "20261129"])
    report = capsys.readouterr().out
    assert status == 0, report


@pytest.mark.parametrize("rounding", ["upward", "downward", "towardzero"])
def test_accuracy_tool_passes_under_a_directed_rounding_mode(library, capsys, rounding):
    status = main(["--library", library_path(), "--n", str(DIRECTED_SAMPLE), "--seed", "20261130",
                   "--rounding", rounding])
    report = capsys.readouterr().out
    assert status == 0, report
