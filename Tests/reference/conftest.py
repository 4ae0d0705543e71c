"""Shared fixtures: the repository on sys.path (for tools.reference / tools.accuracy) and the library."""

import os
import sys

import pytest

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, REPOSITORY)


def library_path():
    """$SOFTPLUS_LIBRARY, else build/libsoftplus.so of this repository."""
    return os.environ.get("SOFTPLUS_LIBRARY", os.path.join(REPOSITORY, "build", "libsoftplus.so"))


@pytest.fixture(scope="session")
def library():
    from tools.accuracy.library import SoftplusLibrary

    path = library_path()
    if not os.path.exists(path):
        pytest.fail(f"no library at {path}: build it or set SOFTPLUS_LIBRARY")
    return SoftplusLibrary(path)
