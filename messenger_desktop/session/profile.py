"""A profile: one account's directory (cache, settings, logs); its secrets are in the OS keyring."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "messenger-desktop"


@dataclass(frozen=True)
class Profile:
    path: Path

    @classmethod
    def at(cls, path: str | os.PathLike[str]) -> Profile:
        resolved = Path(path).expanduser().resolve()
        resolved.mkdir(parents=True, exist_ok=True, mode=0o700)
        return cls(resolved)

    @classmethod
    def default(cls) -> Profile:
        return cls.at(Path(platformdirs.user_data_dir(APP_NAME)) / "profiles" / "default")

    @property
    def key(self) -> str:
        """Identifies the profile in the keyring."""
        return str(self.path)

    @property
    def database(self) -> Path:
        return self.path / "cache.sqlite3"

    @property
    def settings(self) -> Path:
        return self.path / "settings.json"

    @property
    def logs(self) -> Path:
        return self.path / "logs"

    def remove_cache(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            target = self.database.with_name(self.database.name + suffix)
            target.unlink(missing_ok=True)

    LOCAL_DATA = ("media-cache", "outbox-files", "pasted")
    """The account's folders besides the cache database: downloaded media, copies of files
    being sent, pasted pictures."""

    def remove_local_data(self) -> None:
        """Forget the account on this computer (signing out, or the device signed out elsewhere):
        the cache database and :data:`LOCAL_DATA`. The profile's settings, spelling words and
        logs stay: they are this computer's choices, not the account's messages (the logs are
        redacted: no message text, no token)."""
        self.remove_cache()
        for name in self.LOCAL_DATA:
            shutil.rmtree(self.path / name, ignore_errors=True)
