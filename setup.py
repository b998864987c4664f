"""The build step of the package: everything else is in pyproject.toml.

build_py also compiles the translations and copies the run-time resources (build_resources.py),
so that a wheel, an sdist's wheel or `pip install .` carries them, never only `make`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_resources import ROOT, build_resources


class BuildPyWithResources(build_py):
    """build_py, then the resources: into the build folder, or in place for an editable
    install (which reads the package from the source tree)."""

    def run(self) -> None:
        super().run()
        package = ROOT if self.editable_mode else Path(self.build_lib)
        build_resources(package / "spt_field")


setup(cmdclass={"build_py": BuildPyWithResources})
