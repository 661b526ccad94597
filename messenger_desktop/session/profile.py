"""A profile: one account's directory (cache, settings, logs); its secrets are in the OS keyring."""

from __future__ import annotations

import os
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
