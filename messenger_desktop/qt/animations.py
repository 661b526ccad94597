"""Animated GIF and WebP pictures playing in the conversation (``session.media.animations``).

A picture whose type can animate first shows as a still, like any other, through the image
provider. Its row then asks for the animation: the file is fetched into the disk cache (the one
loader, authenticated, size-capped) and probed off the UI thread, and only an animation within
the budget (:data:`~messenger_desktop.media.images.MAX_ANIMATION_PIXELS` of frames × width ×
height, at most :data:`MAX_FRAMES` frames) is handed
to QML's ``AnimatedImage`` as a local file — never a remote URL. A still GIF, a refused one or a
failed download keeps the still picture; nothing is said, the picture is there.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot

from ..api.mxc import parse_mxc
from ..media import images
from ..media.loader import MediaRequest
from ..session.session import Session
from .media_lists import ShownContent
from .tasks import TaskGroup

log = logging.getLogger(__name__)

MAX_ANIMATION_BYTES = 16 << 20
"""Bigger files stay still (QMovie keeps the file and decodes frame by frame)."""
MAX_FRAMES = 1500
"""A minute at 25 frames a second; a GIF of thousands of frames is not an animation people send."""


class Animations(QObject):
    ready = Signal(str, str)
    """(event id, file URL): the message's picture can play from this local file."""

    def __init__(self, session: Session, shown: ShownContent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._shown = shown
        """The messages on screen (the timeline, the open thread)."""
        self._tasks = TaskGroup()
        self._known: dict[str, str] = {}
        """mxc URI → file URL ("" for a picture that does not play), so a row scrolled back in
        (a new delegate) gets its answer at once."""

    @Slot(str, result=str)
    def ask(self, event_id: str) -> str:
        """The file URL at once if it is known, else "" and :attr:`ready` follows (if it plays)."""
        shown = self._shown.item_content(event_id)
        mxc = parse_mxc(shown[1].get("url")) if shown else None
        if mxc is None or self._session.media is None:
            return ""
        key = str(mxc)
        if key in self._known:
            return self._known[key]
        self._known[key] = ""
        self._tasks.spawn(self._fetch(event_id, key), name="fetch-animation")
        return ""

    def forget(self) -> None:
        """The media cache was emptied: the files known are gone, and are fetched again when asked."""
        self._known.clear()

    async def _fetch(self, event_id: str, key: str) -> None:
        loader, mxc = self._session.media, parse_mxc(key)
        if loader is None or mxc is None:
            return
        try:
            path = await loader.file(MediaRequest(mxc))
            loop = asyncio.get_running_loop()
            plays = await loop.run_in_executor(None, _plays, path)
        except Exception as exc:  # the still picture stays: nothing to tell the user
            log.info("animation %s stays still: %s", key, exc)
            return
        if plays:
            url = QUrl.fromLocalFile(str(path)).toString()
            self._known[key] = url
            self.ready.emit(event_id, url)

    async def wait_idle(self) -> None:
        """Until the files asked for are fetched and probed (tests)."""
        await self._tasks.wait()

    async def close(self) -> None:
        await self._tasks.cancel_all()


def _plays(path: Path) -> bool:
    """Whether the file is an animation we are willing to play (in an executor)."""
    if path.stat().st_size > MAX_ANIMATION_BYTES:
        return False
    try:
        probe = images.probe(path.read_bytes())
    except images.ImageRefused:
        return False
    pixels = probe.frames * probe.width * probe.height
    return probe.animated and probe.frames <= MAX_FRAMES and pixels <= images.MAX_ANIMATION_PIXELS
