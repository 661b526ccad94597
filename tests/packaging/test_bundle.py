"""The Linux bundle: ``scripts/build-bundle`` builds it from this checkout (1.5 to 2.5 minutes on
two cores), and the built app passes its own self-test, carries its desktop files and nothing it
must not (Synapse, unused Qt modules, the build machine's GTK)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "im.messenger_desktop.Messenger"

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
    pytest.mark.timeout(420),  # the first test to use the bundle waits for its build
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    build = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build-bundle"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=330,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    yield out / "dist" / "messenger-desktop"
    shutil.rmtree(out)  # some 400 MB


def test_bundle_passes_its_self_test(bundle: Path) -> None:
    result = subprocess.run(
        [bundle / "messenger-desktop", "--self-test"], cwd="/", capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok    resources: {bundle}/_internal/messenger_desktop/resources (" in result.stdout
    assert result.stdout.splitlines()[-1] == "self-test passed"


def test_bundle_has_the_desktop_files_and_icons(bundle: Path) -> None:
    share = bundle / "share"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(share / "applications" / "messenger-desktop.desktop")
    assert entry["Desktop Entry"]["Exec"] == "messenger-desktop %u"
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    sizes = sorted(int(p.name.split("x")[0]) for p in (share / "icons" / "hicolor").glob("*x*"))
    assert sizes == [16, 22, 24, 32, 48, 64, 96, 128, 256, 512]
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "messenger-desktop.svg").is_file()


def test_bundle_carries_only_what_the_app_uses(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert not (internal / "synapse").exists() and not (internal / "twisted").exists()
    qml = internal / "PySide6" / "Qt" / "qml"
    assert (qml / "QtQuick" / "Dialogs").is_dir() and (qml / "QtMultimedia").is_dir()
    assert not [name for name in ("QtWebEngine", "QtQuick3D", "Qt3D", "QtCharts") if (qml / name).exists()]
    assert not list(internal.glob("libgtk-3*"))
    resources = internal / "messenger_desktop" / "resources"
    translations = sorted(p.name for p in (ROOT / "resources" / "translations").glob("*.qm"))
    assert sorted(p.name for p in (resources / "translations").glob("*.qm")) == translations


def test_local_mode_explains_that_synapse_is_not_bundled(bundle: Path) -> None:
    result = subprocess.run(
        [bundle / "messenger-desktop", "--local"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "packaged app does not include" in result.stderr
    assert "pip install 'messenger-desktop[local]'" in result.stderr
