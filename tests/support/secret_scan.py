"""After the whole run, no profile may hold a secret (issue 8).

Secrets live in the OS keyring only; a token or a password in a profile's files (the SQLite cache
and its WAL, settings, logs, the media cache, files waiting to be sent) would be readable by
anything that can read the user's files, and ends up in backups and bug reports.

While the run goes, :class:`SecretBook` writes down every access token, refresh token and
password it sees: each :class:`Credentials` made (signing in, registering, loading from the
keyring, a test's own), each password a test user is created or signs in with, and each profile
folder opened. At the end of the session (before pytest's temporary directories may be cleaned)
every profile folder the run made — those opened in this process, and those other processes made
under the run's temporary directory (the CLI, the X11 smoke test), recognised by their files — is
read byte by byte, and the run fails naming each file and the kind of secret found in it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.api.client import Credentials, MatrixApi
from messenger_desktop.session.profile import Profile
from tests.support.synapse import UserFactory

SHORTEST = 16
"""Values shorter than this are tests' stand-ins ("tok"), not secrets a server handed out; they
would also turn up in files by chance."""

PREFIX = 4
PROFILE_MARKERS = ("cache.sqlite3", "settings.json", "media-cache", "logs", "outbox-files")
"""Files and folders only a profile has (a Synapse directory has none of them)."""


@dataclass(frozen=True, slots=True)
class Finding:
    path: Path
    kind: str


class SecretBook:
    """The secrets and profile folders of the run."""

    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}
        """value → kind ("access token", "refresh token", "password")"""
        self.profiles: set[Path] = set()

    def record(self, kind: str, value: object) -> None:
        if isinstance(value, str) and len(value) >= SHORTEST:
            self.secrets.setdefault(value, kind)

    def add_profile(self, path: Path) -> None:
        self.profiles.add(path)


def _index(secrets: Mapping[str, str]) -> dict[bytes, dict[int, dict[bytes, str]]]:
    """Secrets by their first bytes, then by length: a file is searched once per distinct
    beginning (a handful: Synapse's tokens all start ``syt_``), not once per secret."""
    index: dict[bytes, dict[int, dict[bytes, str]]] = {}
    for value, kind in secrets.items():
        raw = value.encode()
        index.setdefault(raw[:PREFIX], {}).setdefault(len(raw), {})[raw] = kind
    return index


def kinds_in(data: bytes, index: Mapping[bytes, Mapping[int, Mapping[bytes, str]]]) -> set[str]:
    """The kinds of secret found anywhere in ``data``, even run together with other bytes (SQLite
    stores a row's text columns back to back)."""
    found: set[str] = set()
    for prefix, by_length in index.items():
        at = data.find(prefix)
        while at != -1:
            for length, secrets in by_length.items():
                kind = secrets.get(data[at : at + length])
                if kind is not None:
                    found.add(kind)
            at = data.find(prefix, at + 1)
    return found


def scan(folders: Iterable[Path], secrets: Mapping[str, str]) -> list[Finding]:
    """Every file under ``folders`` holding one of ``secrets`` (value → kind)."""
    index = _index(secrets)
    findings = []
    seen: set[Path] = set()
    for folder in sorted(folders):
        for root, _dirs, files in os.walk(folder):
            for name in sorted(files):
                path = Path(root) / name
                if path in seen or path.is_symlink():
                    continue
                seen.add(path)
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                findings.extend(Finding(path, kind) for kind in sorted(kinds_in(data, index)))
    return findings


def profiles_under(base: Path) -> set[Path]:
    """Folders under ``base`` that look like a profile (made by another process of the run)."""
    found = set()
    for root, dirs, files in os.walk(base):
        if any(marker in files or marker in dirs for marker in PROFILE_MARKERS):
            found.add(Path(root))
            dirs.clear()  # a profile's own folders are scanned with it
    return found


def _wrap(owner: Any, name: str, after: Callable[..., None], undo: list[Callable[[], None]]) -> None:
    original = owner.__dict__[name]
    function = original.__func__ if isinstance(original, classmethod) else original

    @functools.wraps(function)
    def recording(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        after(result, *args, **kwargs)
        return result

    setattr(owner, name, classmethod(recording) if isinstance(original, classmethod) else recording)
    undo.append(lambda: setattr(owner, name, original))


class SecretScan:
    """The pytest plugin: records while the run goes, scans and reports at its end."""

    def __init__(self) -> None:
        self.book = SecretBook()
        self.findings: list[Finding] = []
        self.scanned = 0
        self._undo: list[Callable[[], None]] = []

    # -- recording -------------------------------------------------------------------------------

    def pytest_configure(self, config: pytest.Config) -> None:
        self.start()

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        self.stop()

    def start(self) -> None:
        """Wrap the places secrets and profiles come from (undone by :meth:`stop`)."""
        book = self.book

        def credentials_made(_: None, creds: Credentials, *args: Any, **kwargs: Any) -> None:
            book.record("access token", creds.access_token)
            book.record("refresh token", creds.refresh_token)

        def password_used(_coroutine: object, *args: Any, **kwargs: Any) -> None:
            # (api, user, password, ...): recorded when called, whatever becomes of the coroutine
            book.record("password", kwargs.get("password", args[2] if len(args) > 2 else None))

        def profile_opened(profile: Profile, *args: Any, **kwargs: Any) -> None:
            book.add_profile(profile.path)

        _wrap(Credentials, "__init__", credentials_made, self._undo)
        _wrap(MatrixApi, "login_password", password_used, self._undo)
        _wrap(MatrixApi, "register", password_used, self._undo)
        _wrap(Profile, "at", profile_opened, self._undo)
        _wrap(UserFactory, "__call__", lambda made, *a, **k: book.record("password", made[1]), self._undo)

    def stop(self) -> None:
        while self._undo:
            self._undo.pop()()

    # -- the scan --------------------------------------------------------------------------------

    @pytest.hookimpl(tryfirst=True)  # before pytest may delete its temporary directories
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        folders = {p for p in self.book.profiles if p.is_dir()}
        factory = getattr(session.config, "_tmp_path_factory", None)
        base = getattr(factory, "_basetemp", None)
        if isinstance(base, Path) and base.is_dir():
            folders |= profiles_under(base)
        self.scanned = len(folders)
        self.findings = scan(folders, self.book.secrets)
        if self.findings:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not self.findings:
            if self.scanned:
                terminalreporter.write_line(
                    f"secret scan: no token or password in {self.scanned} profile folder(s) "
                    f"({len(self.book.secrets)} secrets looked for)"
                )
            return
        terminalreporter.write_sep("=", "secrets left in profiles (issue 8)", red=True, bold=True)
        for finding in self.findings:
            terminalreporter.write_line(f"{finding.path}: {finding.kind}")
        terminalreporter.write_line(
            f"{len(self.findings)} finding(s) in {self.scanned} profile folder(s): "
            "secrets belong in the keyring only."
        )
