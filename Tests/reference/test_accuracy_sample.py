"""The accuracy tool on a small random sample, so that CI fails when a function loses its bound.

2,000 random inputs per function and format (10 % of them around the zeros of logit,
softplusinv and softminusinv) plus every vector; the tool's own verdict applies:
double within 1 ULP of the exact value, float correctly rounded, scalar == array.
"""

from vector_checks import library_path
from tools.accuracy.__main__ import main

SAMPLE = 2000


def test_accuracy_tool_passes_on_a_random_sample(library, capsys):
    status = main(["--library", library_path(), "--n", str(SAMPLE), "--seed", "20261129"])
    report = capsys.readouterr().out
    assert status == 0, report
