"""Bundles libsoftplus.so into the package when it is built (wheel or install).

Which library is bundled:
- SOFTPLUS_BUNDLE_LIBRARY=/path/to/libsoftplus.so: that file (an error if it
  does not exist); SOFTPLUS_BUNDLE_LIBRARY= (empty): none;
- unset: the CMake build's ../../build/libsoftplus.so when it exists, else none.

The file is copied (symlinks resolved) to softplus/libsoftplus.so in the built
package, where softplus/_library.py looks after SOFTPLUS_LIBRARY. A wheel with
the library inside is tagged py3-none-<platform> (the code is pure Python over
ctypes, the library is not); one without stays py3-none-any and finds the
library through SOFTPLUS_LIBRARY or the system.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py

try:
    from setuptools.command.bdist_wheel import bdist_wheel
except ImportError:  # setuptools < 70.1
    from wheel.bdist_wheel import bdist_wheel

HERE = Path(__file__).resolve().parent
CMAKE_BUILD_LIBRARY = HERE.parents[1] / "build" / "libsoftplus.so"
BUNDLE_VARIABLE = "SOFTPLUS_BUNDLE_LIBRARY"


def library_to_bundle() -> Path | None:
    chosen = os.environ.get(BUNDLE_VARIABLE)
    if chosen is None:
        return CMAKE_BUILD_LIBRARY.resolve() if CMAKE_BUILD_LIBRARY.is_file() else None
    if not chosen:
        return None
    path = Path(chosen)
    if not path.is_file():
        raise SystemExit(f"{BUNDLE_VARIABLE}={chosen!r}: no such file")
    return path.resolve()


class BuildPyBundlingLibrary(build_py):
    def run(self) -> None:
        super().run()
        library = library_to_bundle()
        if library is not None:
            self.copy_file(str(library), str(Path(self.build_lib) / "softplus" / "libsoftplus.so"))


class DistributionWithLibrary(Distribution):
    """Not pure when it carries the library: installed as platform code."""

    def has_ext_modules(self) -> bool:
        return library_to_bundle() is not None


class BdistWheelTaggedForLibrary(bdist_wheel):
    """Tagged for the platform only, not for a Python version or ABI: the
    Python code talks to the library through ctypes."""

    def get_tag(self) -> tuple[str, str, str]:
        python, abi, platform = super().get_tag()
        if library_to_bundle() is not None:
            return "py3", "none", platform
        return python, abi, platform


setup(
    distclass=DistributionWithLibrary,
    cmdclass={"build_py": BuildPyBundlingLibrary, "bdist_wheel": BdistWheelTaggedForLibrary},
)
