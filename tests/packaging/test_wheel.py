"""The wheel carries ``resources/`` inside the package, and the app runs from a clean venv that
has only the wheel and its dependencies (no source tree, no system site-packages)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(ROOT)],
        check=True,
        timeout=300,
    )
    (built,) = out.glob("messenger_desktop-*.whl")
    return built


def test_wheel_contains_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    inside = "messenger_desktop/resources/"
    expected = [
        *(RESOURCES / "qml").iterdir(),
        *(RESOURCES / "icons").glob("*.svg"),
        *(RESOURCES / "stickers").glob("*.png"),
        RESOURCES / "stickers" / "pack.json",
        RESOURCES / "stickers" / "LICENSE",
        *(RESOURCES / "translations").glob("*.qm"),
    ]
    missing = [p.relative_to(RESOURCES).as_posix() for p in expected if p.is_file()]
    missing = [name for name in missing if inside + name not in names]
    assert not missing
    assert inside + "qml/Main.qml" in names and inside + "stickers/pack.json" in names
    shipped = [name for name in names if name.startswith(inside)]
    assert not [name for name in shipped if "/src/" in name or "__pycache__" in name]


@pytest.fixture
def clean_venv(tmp_path: Path) -> Iterator[Path]:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, system_site_packages=False)
    yield env_dir
    shutil.rmtree(env_dir)  # some 700 MB of Qt


@pytest.mark.timeout(300)
def test_runs_from_a_clean_venv(wheel: Path, clean_venv: Path, tmp_path: Path) -> None:
    """The wheel plus its dependencies from the package index, nothing else; started away from
    the checkout, the self-test finds the resources inside the installed package."""
    python = clean_venv / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)], check=True, timeout=240)
    away = {"cwd": tmp_path, "env": {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}}
    result = subprocess.run(
        [clean_venv / "bin" / "messenger-desktop", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        **away,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    where = "import messenger_desktop, pathlib; print(pathlib.Path(messenger_desktop.__file__).parent)"
    package = subprocess.run([python, "-c", where], capture_output=True, text=True, check=True, **away)
    assert package.stdout.startswith(str(clean_venv))
    assert f"ok    resources: {package.stdout.strip()}/resources (" in result.stdout
