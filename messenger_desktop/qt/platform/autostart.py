"""Start at login: the one registration each desktop reads, written and removed by the app itself.

- Linux/BSD: a desktop entry in ``$XDG_CONFIG_HOME/autostart/`` (XDG Autostart; GNOME, KDE, Xfce…).
- Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
- macOS: a LaunchAgent plist in ``~/Library/LaunchAgents`` with ``RunAtLoad``.

The command started is this installation's (the ``messenger-desktop`` script of this environment,
or this interpreter with ``-m``), with ``--minimised``, so the app comes up in the tray rather than
in the user's face at every login. Each of these is a small file or registry write, done on the
UI thread when the setting changes.

The setting ``startAtLogin`` is what the user sees; :class:`AutostartSync` makes the system agree
with it. At start-up the system's state wins instead: if the user removed the entry with the
desktop's own tool, the app's switch turns off rather than quietly putting it back.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from messenger_desktop.qt.settings import Settings

log = logging.getLogger(__name__)

APP_NAME = "Messenger"
DESKTOP_FILE = "messenger-desktop.desktop"
LAUNCH_AGENT_LABEL = "im.messenger-desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Messenger"
SCRIPT = "messenger-desktop"
MINIMISED = "--minimised"
SETTING = "startAtLogin"

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
"""Characters that make the Desktop Entry spec require an Exec argument to be quoted."""


# --- the command -----------------------------------------------------------------------------


def start_command(arguments: Sequence[str] = (MINIMISED,), platform: str = sys.platform) -> list[str]:
    """The command line that starts this installation of the app, with ``arguments``.

    A frozen (PyInstaller) app is its own executable; otherwise the console script installed next
    to this interpreter (a venv's ``bin``/``Scripts``) or on PATH, else ``python -m``. On Windows
    ``pythonw -m`` comes first: the console script would open a console window at every login.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    here = Path(sys.executable).parent
    if platform == "win32" and (here / "pythonw.exe").is_file():
        return [str(here / "pythonw.exe"), "-m", "messenger_desktop", *arguments]
    for name in (SCRIPT, SCRIPT + ".exe"):
        if (here / name).is_file():
            return [str(here / name), *arguments]
    found = shutil.which(SCRIPT)
    if found:
        return [found, *arguments]
    return [sys.executable, "-m", "messenger_desktop", *arguments]


# --- builders --------------------------------------------------------------------------------


def exec_quote(argument: str) -> str:
    """One argument of a desktop entry's ``Exec`` key (Desktop Entry spec, "The Exec key").

    Quoted when it has a reserved character, with ``"`` ``` ` ``` ``$`` ``\\`` escaped inside the
    quotes; ``%`` doubled (field codes); then escaped once more as any string value is, so a
    backslash ends up as four in the file.
    """
    if argument == "" or any(char in _RESERVED for char in argument):
        inner = "".join("\\" + char if char in '"`$\\' else char for char in argument)
        argument = f'"{inner}"'
    argument = argument.replace("%", "%%")
    return argument.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def entry_text(command: Sequence[str], icon: str = "messenger-desktop") -> str:
    """The XDG autostart desktop entry that runs ``command``; ``icon`` is a theme name or a path."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.0\n"
        f"Name={APP_NAME}\n"
        "Comment=Matrix messenger\n"
        f"Exec={' '.join(exec_quote(argument) for argument in command)}\n"
        f"Icon={icon}\n"
        "Terminal=false\n"
        "Categories=Network;InstantMessaging;Chat;\n"
        "StartupNotify=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=2\n"
        "X-KDE-autostart-after=panel\n"
    )


def launch_agent(command: Sequence[str]) -> bytes:
    """The macOS LaunchAgent property list that runs ``command`` at login."""
    agent = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    import plistlib  # macOS only: not worth its import on every start elsewhere

    return plistlib.dumps(agent)


def run_value(command: Sequence[str]) -> str:
    """The Windows ``Run`` value: one command line, quoted as the C runtime parses it."""
    return subprocess.list2cmdline(list(command))


# --- where each platform keeps it ------------------------------------------------------------


def autostart_path() -> Path:
    """The desktop entry's path: ``$XDG_CONFIG_HOME`` if set to an absolute path, else ~/.config."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart" / DESKTOP_FILE


def launch_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def set_start_at_login(
    on: bool, *, command: Sequence[str] | None = None, platform: str = sys.platform
) -> None:
    """Register (or remove) ``command`` (default :func:`start_command`) to run at login.

    Raises ``OSError`` when the file or registry cannot be written.
    """
    argv = list(command) if command is not None else start_command()
    if platform == "win32":
        _set_run_value(run_value(argv) if on else None)
    elif platform == "darwin":
        _write_or_remove(launch_agent_path(), launch_agent(argv) if on else None)
    else:
        _write_or_remove(autostart_path(), entry_text(argv, _icon_path()).encode() if on else None)


def starts_at_login(platform: str = sys.platform) -> bool:
    """Whether the app is registered to start at login (and not switched off by the desktop's tool)."""
    if platform == "win32":
        return _get_run_value() is not None
    if platform == "darwin":
        return launch_agent_path().is_file()
    try:
        text = autostart_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    pairs = (line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))
    keys = {key.strip(): value.strip() for key, value in pairs}
    return keys.get("Hidden", "false") != "true" and keys.get("X-GNOME-Autostart-enabled", "true") != "false"


def _write_or_remove(path: Path, content: bytes | None) -> None:
    if content is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(content)
    os.replace(temporary, path)


def _icon_path() -> str:
    """The installed ``app.svg`` (no icon theme holds the app's icon for a pip install)."""
    from messenger_desktop.qt.engine import resources_dir

    try:
        icon = resources_dir() / "icons" / "app.svg"
    except FileNotFoundError:
        return "messenger-desktop"
    return str(icon) if icon.is_file() else "messenger-desktop"


def _winreg() -> Any:  # pragma: no cover - Windows only
    return importlib.import_module("winreg")


def _set_run_value(value: str | None) -> None:  # pragma: no cover - Windows only
    winreg = _winreg()
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if value is not None:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, value)
            return
        with contextlib.suppress(FileNotFoundError):  # already gone
            winreg.DeleteValue(key, RUN_VALUE)


def _get_run_value() -> str | None:  # pragma: no cover - Windows only
    winreg = _winreg()
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, RUN_VALUE)
    except FileNotFoundError:
        return None
    return str(value)


# --- keeping the setting and the system in step ----------------------------------------------


class AutostartSync:
    """Applies the ``startAtLogin`` setting whenever it changes. Call :meth:`close` at exit.

    On creation the setting takes the system's state (see the module docstring), and an existing
    registration is rewritten, so it starts *this* installation after the app moved or upgraded.
    """

    def __init__(
        self, settings: Settings, *, command: Sequence[str] | None = None, platform: str = sys.platform
    ) -> None:
        self._settings = settings
        self._command = command
        self._platform = platform
        registered = starts_at_login(platform)
        settings.set_value(SETTING, registered)  # before subscribing: nothing to apply
        if registered:
            self._apply(True)
        self._unsubscribe: Callable[[], None] | None = settings.subscribe(SETTING, self._apply)

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _apply(self, on: Any) -> None:
        try:
            set_start_at_login(bool(on), command=self._command, platform=self._platform)
        except OSError as error:
            log.warning("could not %s start at login: %s", "turn on" if on else "turn off", error)
