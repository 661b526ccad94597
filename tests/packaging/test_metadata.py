"""The desktop integration files: they validate with the freedesktop tools, agree with each other
and with the app, and the icons render in every size the desktops ask for."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from PIL import Image

from messenger_desktop.qt.platform.autostart import DESKTOP_FILE

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "im.messenger_desktop.Messenger"
DESKTOP = LINUX / DESKTOP_FILE
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: run scripts/setup-system")
    return found


def test_desktop_entry_validates_and_opens_matrix_links() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP)
    section = entry["Desktop Entry"]
    assert "x-scheme-handler/matrix" in section["MimeType"].split(";")
    assert section["Exec"].split() == ["messenger-desktop", "%u"]
    assert section["Icon"] == "messenger-desktop"


def test_metainfo_validates_and_names_the_desktop_entry_and_version() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE
    assert component.findtext("icon") == "messenger-desktop"
    assert component.find("releases/release").get("version") == VERSION  # type: ignore[union-attr]


def test_icons_render_in_every_hicolor_size(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "icons.py"), str(tmp_path)], check=True)
    hicolor = tmp_path / "hicolor"
    for size in (16, 22, 24, 32, 48, 64, 96, 128, 256, 512):
        with Image.open(hicolor / f"{size}x{size}" / "apps" / "messenger-desktop.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            assert png.getpixel((size // 2, size // 2))[3] == 255  # drawn, not blank
            assert png.getpixel((0, 0))[3] == 0  # round, with a transparent corner
    scalable = hicolor / "scalable" / "apps" / "messenger-desktop.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    with Image.open(tmp_path / "app.ico") as ico:
        assert {(256, 256), (48, 48), (16, 16)} <= ico.info["sizes"]
    with Image.open(tmp_path / "app.icns") as icns:
        assert (512, 512, 1) in icns.info["sizes"]


def test_flatpak_manifest_matches_the_metadata() -> None:
    manifest = yaml.safe_load((LINUX / f"{APP_ID}.yml").read_text())
    assert manifest["app-id"] == APP_ID
    assert manifest["command"] == "messenger-desktop"
    assert manifest["rename-desktop-file"] == DESKTOP_FILE
    commands = "\n".join(manifest["modules"][0]["build-commands"])
    assert f"share/metainfo/{METAINFO.name}" in commands
    assert "--talk-name=org.freedesktop.secrets" in manifest["finish-args"]


def test_windows_installer_registers_matrix_links() -> None:
    script = (ROOT / "packaging" / "windows" / "messenger-desktop.iss").read_text()
    assert 'Subkey: "Software\\Classes\\matrix"; ValueType: string; ValueName: "URL Protocol"' in script
    assert 'Subkey: "Software\\Classes\\matrix\\shell\\open\\command"' in script
    assert '"""{app}\\{#AppExe}"" ""%1"""' in script
    assert "{group}\\{#AppName}" in script  # the Start menu entry


def test_ci_workflow_builds_on_every_platform() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "desktop-builds.yml").read_text())
    jobs = workflow["jobs"]
    assert set(jobs) == {"linux", "windows", "macos"}
    for job in jobs.values():
        steps = " ".join(str(step.get("run", "")) for step in job["steps"])
        assert "scripts/build-bundle" in steps and "--self-test" in steps
    assert "iscc" in str(jobs["windows"]["steps"]) and "make-dmg.sh" in str(jobs["macos"]["steps"])
