"""Packaging: a wheel built from bindings/python bundles the library named by
SOFTPLUS_BUNDLE_LIBRARY and is tagged for the platform; installed, it imports
without SOFTPLUS_LIBRARY and computes. Without a library the wheel is pure.
Built from a copy of the package directory, so the source tree is left
untouched; offline with the installed setuptools when it can build wheels
(setuptools >= 70.1, or the wheel package), else pip fetches the
pyproject.toml's build requirements from the package index."""

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile

import pytest

from package_support import BINDINGS, LIBRARY


def offline_build_possible():
    return any(importlib.util.find_spec(name) for name in ("setuptools.command.bdist_wheel", "wheel"))


ISOLATION = ["--no-build-isolation"] if offline_build_possible() else []


def build_wheel(tmp_path, bundle):
    source = tmp_path / "source"
    shutil.copytree(
        BINDINGS, source, ignore=shutil.ignore_patterns("build", "dist", "*.egg-info", "__pycache__", "*.so*", "tests")
    )
    env = dict(os.environ, SOFTPLUS_BUNDLE_LIBRARY=bundle, PIP_DISABLE_PIP_VERSION_CHECK="1")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", *ISOLATION, "-w", str(tmp_path / "dist"), str(source)],
        env=env, check=True, capture_output=True, timeout=300,
    )
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    return wheel


@pytest.fixture(scope="module")
def bundling_wheel(tmp_path_factory):
    return build_wheel(tmp_path_factory.mktemp("bundling"), LIBRARY)


def test_the_wheel_bundles_the_library_and_is_tagged_for_the_platform(bundling_wheel):
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    assert bundling_wheel.name.endswith(f"-py3-none-{platform}.whl")
    with zipfile.ZipFile(bundling_wheel) as archive:
        names = set(archive.namelist())
        assert {"softplus/__init__.py", "softplus/_functions.py", "softplus/py.typed"} <= names
        with open(LIBRARY, "rb") as library:
            assert archive.read("softplus/libsoftplus.so") == library.read()


def test_the_installed_wheel_loads_its_bundled_library(bundling_wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(bundling_wheel)],
        check=True, capture_output=True, timeout=300,
    )
    env = {key: value for key, value in os.environ.items() if key != "SOFTPLUS_LIBRARY"}
    env["PYTHONPATH"] = str(site)
    program = (
        "import numpy as np, softplus\n"
        "print(softplus._functions._LIBRARY._name)\n"
        "print(softplus.softplus(np.float32([1, 2])).dtype)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", program], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True
    )
    assert completed.stdout.split() == [str(site / "softplus" / "libsoftplus.so"), "float32"]


def test_without_a_library_the_wheel_is_pure(tmp_path):
    wheel = build_wheel(tmp_path, "")
    assert wheel.name.endswith("-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert not [name for name in archive.namelist() if ".so" in name]
