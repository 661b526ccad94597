"""Videos and files that download by themselves (``session.media.autoDownload``).

A video or file message shown on screen asks :meth:`AutoDownload.ask`: when its ``info.size`` is
within the "Download automatically" setting, its file is fetched into the media cache at once
(the one loader: authenticated, deduplicated, size-capped), so Play, Open and Save start without a
wait. A larger file waits for the user: its row shows "Download (12 MB)" and :meth:`download`
fetches it. A file whose size is not given is neither fetched nor held back: Play, Open and Save
fetch it when used, as they always do. Pictures are not held back either: what the timeline shows
of them is a small server-made thumbnail.

States, per file (by mxc URI, so a row scrolled back in gets its answer at once): "ready" (in the
cache, or fetched by asking), "waiting" (for a click), "downloading", "failed" (a click tries
again); "" for a message that has no file, or whose size is not known.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ..api.mxc import Mxc, parse_mxc
from ..media.loader import MediaRequest
from ..session.session import Session
from .media_lists import ShownContent
from .tasks import TaskGroup

log = logging.getLogger(__name__)

KINDS = ("m.video", "m.file", "m.audio")
"""Message types whose file is held back over the limit (voice messages are small: they play)."""
DEFAULT_LIMIT = 20 << 20


def file_size(content: dict[str, Any]) -> int:
    """The size the sender gave (``info.size``), 0 when unknown or not a sane number."""
    info = content.get("info")
    size = info.get("size") if isinstance(info, dict) else None
    return size if isinstance(size, int) and not isinstance(size, bool) and 0 < size < 1 << 50 else 0


def fetched_by_itself(content: dict[str, Any], limit: int) -> bool:
    """Whether the file downloads without a click: a known size within ``limit`` (0: never)."""
    size = file_size(content)
    return 0 < size <= limit


class AutoDownload(QObject):
    changed = Signal(str, str)
    """(event id, state): the file of that message is now "ready", "downloading" or "failed"."""

    def __init__(self, session: Session, shown: ShownContent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._shown = shown
        """The messages on screen (the timeline, the open thread)."""
        self._limit = DEFAULT_LIMIT
        self._states: dict[str, str] = {}
        """mxc URI → "ready", "downloading" or "failed" (no entry: not fetched yet)."""
        self._tasks = TaskGroup()

    def set_limit(self, limit_bytes: int) -> None:
        """The setting (bytes; 0: nothing downloads by itself). Rows asking from now on follow it."""
        self._limit = max(0, limit_bytes)

    def forget(self) -> None:
        """The cache was emptied: every file is to be fetched again."""
        self._states.clear()

    @Slot(str, result=str)
    def ask(self, event_id: str) -> str:
        """The state of the message's file; within the limit, the download starts now."""
        found = self._file(event_id)
        if found is None:
            return ""
        mxc, content = found
        state = self._states.get(str(mxc))
        if state is not None:
            return state
        if not file_size(content):
            return ""
        if not fetched_by_itself(content, self._limit):
            return "waiting"
        return self._start(event_id, mxc)

    @Slot(str)
    def download(self, event_id: str) -> None:
        """The user clicked Download (or Try again)."""
        found = self._file(event_id)
        if found is not None and self._states.get(str(found[0])) in (None, "failed"):
            self._start(event_id, found[0])

    async def wait_idle(self) -> None:
        """Until the downloads under way are done (tests)."""
        await self._tasks.wait()

    async def close(self) -> None:
        await self._tasks.cancel_all()

    def _file(self, event_id: str) -> tuple[Mxc, dict[str, Any]] | None:
        shown = self._shown.item_content(event_id)
        if shown is None or self._session.media is None:
            return None
        content = shown[1]
        mxc = parse_mxc(content.get("url"))
        if mxc is None or content.get("msgtype") not in KINDS:
            return None
        return mxc, content

    def _start(self, event_id: str, mxc: Mxc) -> str:
        self._states[str(mxc)] = "downloading"
        self._tasks.spawn(self._fetch(event_id, mxc), name="auto-download")
        return "downloading"

    async def _fetch(self, event_id: str, mxc: Mxc) -> None:
        loader = self._session.media
        state = "failed"
        try:
            if loader is not None:
                await loader.file(MediaRequest(mxc))
                state = "ready"
        except Exception as exc:  # the row offers to try again; opening says why if it fails again
            log.info("file %s not downloaded: %s", mxc, exc)
        self._states[str(mxc)] = state
        self.changed.emit(event_id, state)
