"""The library fixture of the tests of Tests/reference (path from $SOFTPLUS_LIBRARY)."""

import os

import pytest

from vector_checks import library_path


@pytest.fixture(scope="session")
def library():
    from tools.accuracy.library import SoftplusLibrary

    path = library_path()
    if not os.path.exists(path):
        pytest.fail(f"no library at {path}: build it or set SOFTPLUS_LIBRARY")
    return SoftplusLibrary(path)
