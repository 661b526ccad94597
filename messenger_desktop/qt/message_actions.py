"""What the user can do to one message of the open conversation — react, delete, pin, copy,
forward — and what happens when a link in a message is clicked.

Reactions and deletions go through the outbox (exactly once) and show at once as overlays on
their message; the rest runs as tasks that report failures through the session's notice.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from ..api.ids import EventId, RoomId
from ..richtext.links import classify_link, message_link
from ..session.compose import forward_content
from ..session.session import Session
from .formatting import tr
from .tasks import TaskGroup
from .timeline_model import TimelineModel

log = logging.getLogger(__name__)


class RowsWithHtml(Protocol):
    def indexOf(self, event_id: str) -> int: ...

    def row(self, index: int) -> dict[str, Any]: ...


QUICK_REACTIONS = ("👍", "❤️", "😂", "😮", "😢", "🙏")


class MessageActions(QObject):
    linkConfirmation = Signal(str, str)
    """(url, question): the link is not what its text says, or uses an unusual scheme: ask."""
    openRoomRequested = Signal(str, list)
    """(room id or address, servers to join it through): a link to a room was clicked."""
    userRequested = Signal(str)

    def __init__(
        self,
        session: Session,
        timeline: TimelineModel,
        current_room: Callable[[], RoomId | None],
        notify: Callable[[str], None],
        is_pinned: Callable[[str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._timeline = timeline
        self._room = current_room
        self._notify = notify
        self._last_seen: dict[RoomId, str] = {}
        self._is_pinned = is_pinned
        self._more_models: list[RowsWithHtml] = []
        self._tasks = TaskGroup(on_error=lambda error: notify(str(error)))

    def _get_quick(self) -> list[str]:
        return list(QUICK_REACTIONS)

    quickReactions = QtProperty(list, _get_quick, constant=True)

    # -- reactions -------------------------------------------------------------------------------

    @Slot(str, str)
    def toggleReaction(self, event_id: str, key: str) -> None:
        """Add ``key`` to the message, or take it back if the user already reacted with it."""
        room = self._room()
        if room is None or not event_id or not key:
            return
        index = self._timeline.indexOf(event_id)
        mine = index >= 0 and any(
            chip["key"] == key and chip["mine"] for chip in self._timeline.row(index)["reactions"]
        )
        if mine:
            self._tasks.spawn(self._session.unreact(room, EventId(event_id), key), name="unreact")
        else:
            self._tasks.spawn(self._session.react(room, EventId(event_id), key), name="react")

    # -- deleting, pinning -----------------------------------------------------------------------

    @Slot(str, str)
    def redact(self, event_id: str, reason: str) -> None:
        room = self._room()
        if room is None or not event_id:
            return
        self._session.redact(room, EventId(event_id), reason.strip() or None)

    @Slot(str, result=bool)
    def isPinned(self, event_id: str) -> bool:
        return self._is_pinned(event_id)

    @Slot(str, bool)
    def setPinned(self, event_id: str, pinned: bool) -> None:
        room = self._room()
        if room is None or not event_id:
            return
        self._tasks.spawn(self._session.set_pinned(room, EventId(event_id), pinned), name="pin")

    # -- copying, forwarding ---------------------------------------------------------------------

    @Slot(str)
    def copyText(self, event_id: str) -> None:
        index = self._timeline.indexOf(event_id)
        if index >= 0:
            QGuiApplication.clipboard().setText(str(self._timeline.row(index)["body"]))

    @Slot(str)
    def copyLink(self, event_id: str) -> None:
        room = self._room()
        if room is not None and event_id:
            QGuiApplication.clipboard().setText(message_link(room, event_id))

    @Slot(str, str)
    def forward(self, event_id: str, room_id: str) -> None:
        shown = self._timeline.item_content(event_id)
        if shown is None or not room_id:
            return
        event_type, content = shown
        self._session.forward(RoomId(room_id), forward_content(content), event_type)
        self._notify(tr("Message forwarded."))

    # -- reading ---------------------------------------------------------------------------------

    @Slot(str)
    def markSeen(self, event_id: str) -> None:
        """The newest message is on screen in an active window: send the read receipt and move
        the fully-read marker (once per event)."""
        room = self._room()
        if room is None or not event_id or self._last_seen.get(room) == event_id:
            return
        self._last_seen[room] = event_id

        async def mark() -> None:
            try:
                await self._session.mark_read(room, EventId(event_id))
            except Exception as exc:  # receipts are best effort
                log.info("read marker not sent: %s", exc)

        self._tasks.spawn(mark(), name="mark-read")

    # -- links -----------------------------------------------------------------------------------

    def _link_text(self, url: str, event_id: str) -> str:
        """The visible text of the link ``url`` in message ``event_id`` (to tell a link that
        shows one address and goes to another). When the message has several links to ``url``,
        a misleading one wins."""
        rich = ""
        for model in (self._timeline, *self._more_models):
            index = model.indexOf(event_id)
            if index >= 0:
                rich = str(model.row(index)["html"])
                break
        pattern = r'<a href="' + re.escape(html.escape(url)) + r'"[^>]*>(.*?)</a>'
        texts = [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(pattern, rich, re.S)]
        for text in texts:
            if classify_link(url, text).action != classify_link(url, "").action:
                return text
        return texts[0] if texts else ""

    def also_look_in(self, model: RowsWithHtml) -> None:
        """Another model whose messages have links (the thread panel)."""
        self._more_models.append(model)

    @Slot(str, str)
    def openLink(self, url: str, event_id: str) -> None:
        """A click on a link in message ``event_id``: the browser, a question first, or inside
        the app."""
        action = classify_link(url, self._link_text(url, event_id))
        if action.action == "open":
            QDesktopServices.openUrl(QUrl(action.url))
        elif action.action == "confirm":
            self.linkConfirmation.emit(action.url, action.reason or tr("Open this link?"))
        elif action.action == "internal" and action.target is not None:
            target = action.target
            if target.kind == "user":
                self.userRequested.emit(target.id)
            elif target.kind in ("room", "alias"):
                self.openRoomRequested.emit(target.id, list(target.via))
            elif target.kind == "event":
                if target.id == self._room():
                    self._timeline.jumpTo(target.event_id)
                else:
                    self.openRoomRequested.emit(target.id, list(target.via))
        else:
            self._notify(tr("This link was not opened: %1").replace("%1", action.reason or url[:80]))

    @Slot(str)
    def openConfirmed(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        await self._tasks.cancel_all()


__all__ = ["QUICK_REACTIONS", "MessageActions"]
