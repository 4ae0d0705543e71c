"""Errors: a library status becomes StatusError with the library's own
message; a library that cannot be found is an ImportError listing every place
tried; the lookup order is SOFTPLUS_LIBRARY, the bundled copy, the system."""

import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from package_support import BINDINGS, LIBRARY, SPEC, softplus

STATUS = {status["c"]: status for status in SPEC["status"]}


def test_a_library_status_becomes_status_error_with_the_library_message():
    # The package never passes overlapping buffers (it copies first); calling
    # its internal step with overlap checking off makes the library itself
    # refuse them with SP_ERR_OVERLAP.
    from softplus import _elementwise, _functions

    storage = np.linspace(-3, 3, 16)
    with pytest.raises(softplus.StatusError) as raised:
        _elementwise._compute(
            _functions._KERNELS["softplus"], _elementwise._FLOAT64, storage[1:], storage[:-1], result_may_overlap=False
        )
    error = raised.value
    overlap = STATUS["SP_ERR_OVERLAP"]
    assert (error.status, error.status_name) == (overlap["value"], "SP_ERR_OVERLAP")
    assert error.symbol == "sp_softplus_f64_array"
    assert str(error) == f"sp_softplus_f64_array returned SP_ERR_OVERLAP ({overlap['value']}): {overlap['message']}"


def import_softplus(tmp_path, environment, bundle=False, system_library=None):
    """Import a copy of the package in a fresh interpreter; ctypes.util.find_library
    is replaced by one answering system_library. Returns (exit code, output)."""
    package = tmp_path / "softplus"
    shutil.copytree(BINDINGS / "softplus", package, ignore=shutil.ignore_patterns("*.so*", "__pycache__"))
    if bundle:
        shutil.copy(LIBRARY, package / "libsoftplus.so")
    program = (
        "import ctypes.util, sys\n"
        f"ctypes.util.find_library = lambda name: {system_library!r} if name == 'softplus' else None\n"
        "import softplus\n"
        "print(softplus._functions._LIBRARY._name)\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "SOFTPLUS_LIBRARY"}
    env.update(environment, PYTHONPATH=str(tmp_path))
    completed = subprocess.run(
        [sys.executable, "-c", program], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    return completed.returncode, completed.stdout + completed.stderr


def test_nothing_found_lists_every_place_tried(tmp_path):
    code, output = import_softplus(tmp_path, {})
    assert code != 0
    assert "ImportError: softplus: cannot find libsoftplus. Tried:" in output
    assert "SOFTPLUS_LIBRARY: not set" in output
    assert f"bundled copy {tmp_path / 'softplus' / 'libsoftplus.so'}: not present" in output
    assert "ctypes.util.find_library('softplus') found nothing" in output


def test_a_wrong_softplus_library_path_is_an_import_error_naming_it(tmp_path):
    missing = tmp_path / "no" / "libsoftplus.so"
    code, output = import_softplus(tmp_path, {"SOFTPLUS_LIBRARY": str(missing)}, bundle=True, system_library=LIBRARY)
    assert code != 0
    assert f"ImportError: softplus: cannot load libsoftplus from SOFTPLUS_LIBRARY='{missing}'" in output


def test_softplus_library_comes_first(tmp_path):
    chosen = tmp_path / "chosen.so"
    shutil.copy(LIBRARY, chosen)
    code, output = import_softplus(tmp_path, {"SOFTPLUS_LIBRARY": str(chosen)}, bundle=True, system_library=LIBRARY)
    assert (code, output.strip()) == (0, str(chosen))


def test_the_bundled_copy_comes_before_the_system(tmp_path):
    code, output = import_softplus(tmp_path, {}, bundle=True, system_library=LIBRARY)
    assert (code, output.strip()) == (0, str(tmp_path / "softplus" / "libsoftplus.so"))


def test_the_system_library_is_the_last_resort(tmp_path):
    code, output = import_softplus(tmp_path, {}, system_library=LIBRARY)
    assert (code, output.strip()) == (0, LIBRARY)
