"""``messenger-desktop --self-test`` from the source tree: it passes here, and a broken
installation fails with the broken check named."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKS = ("resources", "icon", "qml", "window shown", "keyring", "sign-in screen", "worker process")


def self_test(cwd: Path, *, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "messenger_desktop", "--self-test"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_passes_from_source() -> None:
    result = self_test(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0].split(maxsplit=1)[1] for line in lines[:-1]] == list(CHECKS)
    assert all(line.startswith("ok ") for line in lines[:-1])
    assert lines[-1] == "self-test passed"
    assert f"ok    resources: {ROOT / 'resources'} (" in result.stdout


def test_names_the_failing_check(tmp_path: Path) -> None:
    """A copy of the app whose Main.qml warns while it loads, run without a keyring."""
    shutil.copytree(ROOT / "messenger_desktop", tmp_path / "messenger_desktop")
    shutil.copytree(ROOT / "resources", tmp_path / "resources")
    main = tmp_path / "resources" / "qml" / "Main.qml"
    text = main.read_text()
    assert "    id: window\n" in text
    warns = "    Component.onCompleted: console.warn('broken on purpose')\n"
    main.write_text(text.replace("    id: window\n", "    id: window\n" + warns, 1))
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = self_test(tmp_path, env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL  qml: Main.qml loaded with warnings" in result.stdout
    assert "broken on purpose" in result.stdout
    assert "FAIL  keyring: No secure password store was found" in result.stdout
    assert "skip  sign-in screen: it reads the keyring first" in result.stdout
    assert "ok    window shown:" in result.stdout  # a warning does not stop the window
    assert result.stdout.splitlines()[-1] == "self-test failed: qml, keyring"
