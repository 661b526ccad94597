"""Settings › Media: how much the media cache holds now, and Clear cache (``session.mediaCache``).

The size is measured by walking the cache's folder in an executor (never on the UI thread), so
it is what the disk holds, whoever wrote it. Clearing empties the media cache only — pictures,
videos and files downloaded to be shown again — and the decoded pictures kept in memory, so
what is shown next is fetched again; the database, the outbox's files and the settings stay.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..session.session import Session
from .formatting import tr
from .media_rows import file_size
from .tasks import TaskGroup

log = logging.getLogger(__name__)

FOLDER = "media-cache"
"""The cache's folder in the profile (the session's
:class:`~messenger_desktop.media.disk_cache.DiskCache`)."""


def folder_bytes(folder: Path) -> int:
    """The total size of the files under ``folder`` (blocking: run it in an executor)."""
    total = 0
    pending = [folder]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            pending.append(Path(entry.path))
                        elif entry.is_file(follow_symlinks=False):
                            total += entry.stat(follow_symlinks=False).st_size
                    except OSError:
                        continue
        except OSError:
            continue
    return total


class MediaCache(QObject):
    changed = Signal()

    def __init__(
        self,
        session: Session,
        on_cleared: Callable[[], None],
        describe: Callable[[BaseException], str],
        parent: QObject | None = None,
    ) -> None:
        """``on_cleared`` lets those who remember cached files (animations, downloads) forget them."""
        super().__init__(parent)
        self._session = session
        self._on_cleared = on_cleared
        self._used = -1
        self._busy = ""
        self._error = ""
        self._tasks = TaskGroup(on_error=lambda error: self._set(error=describe(error)))

    @property
    def folder(self) -> Path:
        return self._session.profile.path / FOLDER

    def _get_used_bytes(self) -> float:
        return float(self._used)

    usedBytes = QtProperty(float, _get_used_bytes, notify=changed)
    """What the cache holds (bytes; -1 until measured). A float: QML's int is 32 bits."""

    def _get_used_text(self) -> str:
        if self._used < 0:
            return tr("Measuring…")
        if self._used == 0:
            return tr("Empty")
        return tr("%1 used").replace("%1", file_size(self._used))

    usedText = QtProperty(str, _get_used_text, notify=changed)

    def _get_busy(self) -> str:
        return self._busy

    busy = QtProperty(str, _get_busy, notify=changed)
    """"measuring" or "clearing" while that runs, "" otherwise."""

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=changed)

    @Slot()
    def refresh(self) -> None:
        """Measure again (the Media page opens)."""
        if not self._busy:
            self._set(busy="measuring", error="")
            self._tasks.spawn(self._measure(), name="media-cache-size")

    @Slot()
    def clear(self) -> None:
        """Delete every file of the media cache (the user confirmed)."""
        if self._busy != "clearing":
            self._set(busy="clearing", error="")
            self._tasks.spawn(self._clear(), name="media-cache-clear")

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        await self._tasks.cancel_all()

    async def _measure(self) -> None:
        try:
            used = await asyncio.get_running_loop().run_in_executor(None, folder_bytes, self.folder)
        finally:
            self._set(busy="")
        self._set(used=used)

    async def _clear(self) -> None:
        loader = self._session.media
        try:
            if loader is not None:
                await loader.clear_disk()
                loader.memory.clear()
                self._on_cleared()
            used = await asyncio.get_running_loop().run_in_executor(None, folder_bytes, self.folder)
        finally:
            self._set(busy="")
        self._set(used=used)

    def _set(self, *, used: int | None = None, busy: str | None = None, error: str | None = None) -> None:
        before = (self._used, self._busy, self._error)
        if used is not None:
            self._used = used
        if busy is not None:
            self._busy = busy
        if error is not None:
            self._error = error
        if (self._used, self._busy, self._error) != before:
            self.changed.emit()
