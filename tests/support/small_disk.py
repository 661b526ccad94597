"""A real small disk for the cache's fault tests: a tmpfs of a few megabytes mounted for the test,
filled to make writes fail with "disk is full", or remounted read-only.

Mounting needs root (or CAP_SYS_ADMIN); without it the tests that need a disk are skipped, and
``PRAGMA max_page_count`` (SQLite's own "database or disk is full") covers the full disk instead.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


class SmallDisk:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._filler = path / "filler"

    def fill(self) -> None:
        """Take every free byte (the next write that needs space fails)."""
        with contextlib.suppress(OSError), self._filler.open("ab") as file:
            while True:
                file.write(b"\0" * (64 * 1024))
                file.flush()

    def free(self) -> None:
        self._filler.unlink(missing_ok=True)

    def read_only(self, on: bool = True) -> None:
        _mount("-o", f"remount,{'ro' if on else 'rw'}", str(self.path))


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@contextlib.contextmanager
def small_disk(path: Path, size_mb: int = 8) -> Iterator[SmallDisk]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    path.mkdir(parents=True, exist_ok=True)
    try:
        _mount("-t", "tmpfs", "-o", f"size={size_mb}m,mode=0700", "tmpfs", str(path))
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot mount a small disk here: {exc}")
    try:
        yield SmallDisk(path)
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)
