"""Which files of ``resources/`` ship with the app, for the wheel and for the PyInstaller bundles.

``resources/`` sits at the top of the source tree, next to the package, where the app finds it
when run from source. Installed, it must be *inside* the package (``messenger_desktop/resources``,
see ``qt/engine.resources_dir``). setuptools has no option to map a folder outside the package
into it, so :class:`BuildPy` (named in pyproject.toml's ``[tool.setuptools.cmdclass]``) adds the
files to the package data it copies; the sdist lists them through the same hook, so a wheel
built from the sdist has them too.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = {"qml": "*", "icons": "*", "stickers": "*", "translations": "*.qm"}
"""The folders the app reads at run time, and which of their files: of the translations only the
compiled ``.qm`` files (``scripts/translations build`` makes them from the ``.ts`` sources)."""
LEFT_OUT = {"__pycache__", "src", ".qmlls.ini"}
"""Never shipped: caches, the stickers' SVG drawings (``scripts/make-stickers`` renders them)."""


def shipped_files(resources: Path = ROOT / "resources") -> list[Path]:
    """The files to ship, relative to ``resources``, in a stable order."""
    found = []
    for folder, pattern in SHIPPED.items():
        for path in sorted((resources / folder).rglob(pattern)):
            relative = path.relative_to(resources)
            if path.is_file() and not LEFT_OUT & set(relative.parts):
                found.append(relative)
    return found


class BuildPy(build_py):  # type: ignore[misc]  # setuptools ships no complete type information
    """build_py that also copies ``resources/`` into ``messenger_desktop/resources``."""

    def _resources_entry(self) -> tuple[str, str, str, list[str]]:
        files = [path.as_posix() for path in shipped_files(Path("resources"))]
        return (
            "messenger_desktop",
            "resources",
            os.path.join(self.build_lib, "messenger_desktop", "resources"),
            files,
        )

    def _get_data_files(self) -> list[tuple[str, str, str, list[str]]]:
        return [*super()._get_data_files(), self._resources_entry()]

    def get_data_files_without_manifest(self) -> list[tuple[str, str, str, list[str]]]:
        return [*super().get_data_files_without_manifest(), self._resources_entry()]

    def get_source_files(self) -> list[str]:
        """The sdist needs this file too, to build the wheel from it."""
        return [*super().get_source_files(), os.path.relpath(__file__, os.getcwd())]

    # -- translations (issue 9): the .qm are build products, compiled before the files are listed

    def run(self) -> None:
        compile_translations()
        super().run()


def compile_translations(resources: Path = ROOT / "resources") -> list[Path]:
    """``translations/messenger_<code>.ts`` into ``messenger_<code>.qm`` beside them (never
    committed), with PySide6's lrelease (a build requirement): every build — a wheel, ``pip
    install .`` or ``-e .`` — has them where the app looks (qt/translations.py), and what ships
    ``resources/translations`` ships them."""
    import subprocess
    import sys

    import PySide6

    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    compiled = []
    for ts in sorted((resources / "translations").glob("messenger_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled
