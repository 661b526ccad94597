"""Start at login (messenger_desktop.qt.platform.autostart).

Linux for real, in a temporary ``XDG_CONFIG_HOME``; macOS's LaunchAgent for real too (it is only a
file, under a temporary HOME); Windows's Run value by its content (the registry is not here).
"""

from __future__ import annotations

import configparser
import logging
import plistlib
import sys
from pathlib import Path

import pytest

from messenger_desktop.qt.platform import autostart
from messenger_desktop.qt.platform.autostart import (
    AutostartSync,
    autostart_path,
    entry_text,
    exec_quote,
    launch_agent,
    run_value,
    set_start_at_login,
    start_command,
    starts_at_login,
)
from messenger_desktop.qt.settings import Settings

TRICKY = [
    "/home/ann marie/.venv/bin/messenger-desktop",
    "--profile=/tmp/a\"b'c",
    "$HOME",
    "`x`",
    "back\\slash",
    "100%",
    "",
    "tab\there",
    "plain",
]


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return config


def parse_exec(value: str) -> list[str]:
    """An Exec value as a launcher reads it (Desktop Entry spec): string escapes, then quoting."""
    unescaped = ""
    chars = iter(value)
    for char in chars:
        if char == "\\":
            unescaped += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[next(chars)]
        else:
            unescaped += char
    arguments: list[str] = []
    current: str | None = None
    quoted = False
    chars = iter(unescaped)
    for char in chars:
        if quoted:
            if char == "\\":
                current = (current or "") + next(chars)
            elif char == '"':
                quoted = False
            else:
                current = (current or "") + char
        elif char == '"':
            quoted, current = True, current or ""
        elif char == " ":
            if current is not None:
                arguments.append(current)
            current = None
        else:
            assert char not in autostart._RESERVED, f"unquoted reserved {char!r} in {value!r}"
            current = (current or "") + char
    if current is not None:
        arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


def desktop_entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(text)
    return parser["Desktop Entry"]


# --- builders --------------------------------------------------------------------------------


def test_exec_quoting() -> None:
    assert exec_quote("/usr/bin/messenger-desktop") == "/usr/bin/messenger-desktop"
    assert exec_quote("--minimised") == "--minimised"
    assert exec_quote("/opt/my app/run") == '"/opt/my app/run"'
    assert exec_quote('a"b') == '"a\\\\"b"'  # \" inside quotes, then the backslash escaped again
    assert exec_quote("a\\b") == '"a\\\\\\\\b"'  # four backslashes in the file for one
    assert exec_quote("$HOME") == '"\\\\$HOME"'
    assert exec_quote("100%") == "100%%"
    assert exec_quote("") == '""'


def test_exec_round_trips_through_a_spec_parser() -> None:
    line = " ".join(exec_quote(argument) for argument in TRICKY)
    assert parse_exec(line) == TRICKY


def test_desktop_entry() -> None:
    command = ["/home/ann marie/.venv/bin/messenger-desktop", "--minimised"]
    entry = desktop_entry(entry_text(command, icon="/x/app.svg"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Messenger"
    assert entry["Icon"] == "/x/app.svg"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["Terminal"] == "false"
    assert parse_exec(entry["Exec"]) == command


def test_launch_agent() -> None:
    command = ["/Applications/Messenger.app/Contents/MacOS/Messenger", "--minimised"]
    agent = plistlib.loads(launch_agent(command))
    assert agent == {
        "Label": "im.messenger-desktop",
        "ProgramArguments": command,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }


def test_windows_run_value() -> None:
    command = [r"C:\Program Files\Python311\pythonw.exe", "-m", "messenger_desktop", "--minimised"]
    expected = r'"C:\Program Files\Python311\pythonw.exe" -m messenger_desktop --minimised'
    assert run_value(command) == expected


# --- the command -----------------------------------------------------------------------------


def test_start_command_is_this_environments_script() -> None:
    script = Path(sys.executable).parent / "messenger-desktop"
    if not script.is_file():
        pytest.skip("the console script is not installed next to this interpreter")
    assert start_command() == [str(script), "--minimised"]


def test_start_command_falls_back_to_python_m(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    python = tmp_path / "bin" / "python3"
    python.parent.mkdir()
    python.touch()
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert start_command() == [str(python), "-m", "messenger_desktop", "--minimised"]
    assert start_command(("--minimised", "--profile", "/p")) == [
        str(python),
        "-m",
        "messenger_desktop",
        "--minimised",
        "--profile",
        "/p",
    ]

    (python.parent / "pythonw.exe").touch()  # a Windows venv: no console window at login
    pythonw = str(python.parent / "pythonw.exe")
    assert start_command(platform="win32") == [pythonw, "-m", "messenger_desktop", "--minimised"]

    monkeypatch.setattr(sys, "frozen", True, raising=False)  # a PyInstaller bundle
    assert start_command() == [str(python), "--minimised"]


# --- Linux, for real -------------------------------------------------------------------------


def test_linux_entry_is_written_and_removed(config_home: Path) -> None:
    path = config_home / "autostart" / "messenger-desktop.desktop"
    assert autostart_path() == path
    assert not starts_at_login("linux")

    set_start_at_login(True, platform="linux")
    assert starts_at_login("linux")
    entry = desktop_entry(path.read_text(encoding="utf-8"))
    assert parse_exec(entry["Exec"]) == start_command()
    assert parse_exec(entry["Exec"])[-1] == "--minimised"
    assert entry["Icon"].endswith("app.svg")
    assert Path(entry["Icon"]).is_file()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left

    set_start_at_login(False, platform="linux")
    assert not path.exists()
    assert not starts_at_login("linux")
    set_start_at_login(False, platform="linux")  # already off: fine


def test_relative_xdg_config_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart_path() == tmp_path / ".config" / "autostart" / "messenger-desktop.desktop"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert autostart_path() == tmp_path / ".config" / "autostart" / "messenger-desktop.desktop"


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false", "Hidden = true"])
def test_an_entry_switched_off_by_the_desktop_does_not_count(config_home: Path, line: str) -> None:
    set_start_at_login(True, command=["messenger-desktop"], platform="linux")
    path = autostart_path()
    path.write_text(path.read_text().replace("X-GNOME-Autostart-enabled=true", "") + line + "\n")
    assert not starts_at_login("linux")


# --- macOS, as files -------------------------------------------------------------------------


def test_macos_launch_agent_is_written_and_removed(config_home: Path) -> None:
    path = Path.home() / "Library" / "LaunchAgents" / "im.messenger-desktop.plist"
    set_start_at_login(
        True, command=["/Applications/M.app/Contents/MacOS/M", "--minimised"], platform="darwin"
    )
    assert starts_at_login("darwin")
    assert plistlib.loads(path.read_bytes())["ProgramArguments"][-1] == "--minimised"
    set_start_at_login(False, platform="darwin")
    assert not path.exists()
    assert not starts_at_login("darwin")


# --- the setting -----------------------------------------------------------------------------


def test_sync_follows_the_setting(config_home: Path) -> None:
    settings = Settings(None)
    sync = AutostartSync(settings, command=["messenger-desktop", "--minimised"], platform="linux")
    assert settings.value("startAtLogin") is False
    assert not autostart_path().exists()

    settings.set_value("startAtLogin", True)
    assert starts_at_login("linux")
    assert parse_exec(desktop_entry(autostart_path().read_text())["Exec"]) == [
        "messenger-desktop",
        "--minimised",
    ]

    settings.set_value("startAtLogin", False)
    assert not autostart_path().exists()

    sync.close()
    settings.set_value("startAtLogin", True)  # no longer followed
    assert not autostart_path().exists()


def test_at_start_the_system_wins_and_an_old_entry_is_refreshed(config_home: Path) -> None:
    set_start_at_login(True, command=["/old/place/messenger-desktop", "--minimised"], platform="linux")
    settings = Settings(None)  # says off
    sync = AutostartSync(settings, command=["/new/place/messenger-desktop", "--minimised"], platform="linux")
    assert settings.value("startAtLogin") is True
    exec_line = desktop_entry(autostart_path().read_text())["Exec"]
    assert parse_exec(exec_line) == ["/new/place/messenger-desktop", "--minimised"]
    sync.close()

    autostart_path().unlink()  # the user removed it with the desktop's own tool
    sync = AutostartSync(settings, command=["messenger-desktop"], platform="linux")
    assert settings.value("startAtLogin") is False
    assert not autostart_path().exists()
    sync.close()


def test_a_failed_write_is_logged_not_raised(config_home: Path, caplog: pytest.LogCaptureFixture) -> None:
    config_home.mkdir()
    (config_home / "autostart").write_text("a file where the directory should be")
    settings = Settings(None)
    sync = AutostartSync(settings, command=["messenger-desktop"], platform="linux")
    with caplog.at_level(logging.WARNING, logger=autostart.__name__):
        settings.set_value("startAtLogin", True)
    assert "could not turn on start at login" in caplog.text
    assert not starts_at_login("linux")
    sync.close()
