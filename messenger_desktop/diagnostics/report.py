"""The summary "Copy diagnostics" puts on the clipboard for a bug report.

What a maintainer asks first — which version, which platform, which server speaking which spec
versions, how the app syncs and how big the account is — and nothing personal: no user id, no
token, no message, no room name. The text is run through the redactor as a last guard.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .redact import Redactor

DISTRIBUTION = "messenger-desktop"


def app_version() -> str:
    """The installed version of the app ("unknown" from a source tree never installed)."""
    from importlib import metadata  # ~0.1 s to import: only when asked (About, diagnostics)

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def project_url() -> str:
    """The project's home page, as the installed package declares it ("" when it does not)."""
    from importlib import metadata

    try:
        meta = metadata.metadata(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return ""
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    home = meta.get_all("Home-page")
    return str(home[0]).strip() if home else ""


def os_description() -> str:
    """``Linux 6.8.0 (x86_64), Ubuntu 24.04`` — the kernel and, where known, the distribution."""
    system = platform.system()
    base = f"{system} {platform.release()} ({platform.machine()})"
    if system == "Linux":
        try:
            pretty = platform.freedesktop_os_release().get("PRETTY_NAME", "")
        except OSError:
            pretty = ""
        return f"{base}, {pretty}" if pretty else base
    if system == "Darwin":
        return f"{base}, macOS {platform.mac_ver()[0]}"
    if system == "Windows":
        return f"{base}, Windows {platform.version()}"
    return base


def folder_size(folder: Path) -> int:
    """Bytes of the files under ``folder`` (0 when it does not exist). Blocking: run it off the
    UI thread."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += (Path(root) / name).stat().st_size
            except OSError:
                continue
    return total


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


@dataclass(frozen=True, slots=True)
class ServerFacts:
    """What the homeserver says about itself (``/_matrix/client/versions``); ``error`` when it
    could not be asked."""

    url: str
    versions: tuple[str, ...] = ()
    unstable_features: Mapping[str, bool] = field(default_factory=dict)
    error: str = ""


@dataclass(frozen=True, slots=True)
class Facts:
    app_version: str
    python: str
    qt: str
    pyside: str
    os: str
    qt_platform: str = ""
    server: ServerFacts | None = None
    sync_mode: str = ""
    connection: str = ""
    room_count: int | None = None
    sizes: Mapping[str, int] = field(default_factory=dict)
    """Named parts of the profile on disk ("database", "media cache", "logs") and their bytes."""


def python_description() -> str:
    return f"{platform.python_version()} ({platform.python_implementation()})"


def _features(enabled: Mapping[str, bool]) -> Iterable[str]:
    return sorted(name for name, on in enabled.items() if on is True)


def format_report(facts: Facts, redactor: Redactor | None = None) -> str:
    lines = [
        f"Messenger {facts.app_version}",
        f"Python: {facts.python}",
        f"Qt: {facts.qt}, PySide6: {facts.pyside}"
        + (f", platform plugin: {facts.qt_platform}" if facts.qt_platform else ""),
        f"OS: {facts.os}",
    ]
    server = facts.server
    if server is None:
        lines.append("Homeserver: not signed in")
    else:
        lines.append(f"Homeserver: {server.url}")
        if server.error:
            lines.append(f"Spec versions: not available ({server.error})")
        else:
            lines.append(f"Spec versions: {', '.join(server.versions) or 'none'}")
            features = list(_features(server.unstable_features))
            lines.append(f"Unstable features: {', '.join(features) or 'none'}")
    if facts.sync_mode:
        lines.append(f"Sync: {facts.sync_mode}")
    if facts.connection:
        lines.append(f"Connection: {facts.connection}")
    if facts.room_count is not None:
        lines.append(f"Rooms: {facts.room_count}")
    if facts.sizes:
        parts = ", ".join(f"{name} {human_size(size)}" for name, size in facts.sizes.items())
        lines.append(f"On disk: {parts}")
    text = "\n".join(lines) + "\n"
    return (redactor or Redactor(keep_content=True)).redact(text)
