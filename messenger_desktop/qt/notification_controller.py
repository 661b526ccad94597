"""From a sync's notifications to what the desktop shows, and back from the user's answers.

The push rules already ran during ingest (:mod:`messenger_desktop.store.notifications`); this
decides what reaches the screen: nothing while notifications are off or Do not disturb is on,
nothing for the conversation the user is looking at, one notification per conversation (replaced
as more arrive, with the newest lines), and only "New message" when the privacy setting hides
content. A conversation read anywhere (its unread count drops to zero) takes its notification
away. Clicking opens the conversation; Reply answers the newest message; Mark as read marks it.

A notification carries the conversation's picture (:mod:`.notification_pictures`), except when
content is hidden: the picture would say who wrote. While the picture is on its way (a moment at
most), newer messages of that conversation only update the text it goes out with.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal, Slot

from ..api.ids import EventId, RoomId, UserId
from ..store.rows import Notification, RoomSummary
from .dnd import dnd_active
from .formatting import tr, trn
from .notification_pictures import Loading
from .platform.notifier import CALL_KEY_PREFIX, Notifier
from .settings import Settings
from .tasks import TaskGroup

log = logging.getLogger(__name__)

MAX_LINES = 3
"""A conversation's notification shows at most its newest three messages."""


@dataclass
class _Shown:
    """What the notification of one conversation says now."""

    lines: list[str] = field(default_factory=list)
    count: int = 0
    latest: EventId | None = None
    latest_sender: UserId | None = None
    title: str = ""
    body: str = ""
    private: bool = False
    """Content hidden (the privacy setting): no picture either."""


class NotificationController(QObject):
    openRoomRequested = Signal(str)
    """The user clicked a notification: show the window and open this conversation."""

    def __init__(
        self,
        notifier: Notifier,
        settings: Settings,
        *,
        watching: Callable[[str], bool],
        reply: Callable[[RoomId, EventId, UserId | None, str], None],
        mark_read: Callable[[RoomId, EventId], None],
        picture: Callable[[RoomId], Loading | None] = lambda room_id: None,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._settings = settings
        self._watching = watching
        self._reply = reply
        self._mark_read = mark_read
        self._picture = picture
        self._clock = clock
        self._shown: dict[RoomId, _Shown] = {}
        self._waiting: set[RoomId] = set()
        """Conversations whose notification waits for its picture."""
        self._tasks = TaskGroup()
        notifier.activated.connect(self._on_activated)
        notifier.replied.connect(self._on_replied)
        notifier.markedRead.connect(self._on_marked_read)

    # -- incoming --------------------------------------------------------------------------------

    def show_new(self, notifications: Iterable[Notification]) -> None:
        """Show what a sync brought (oldest first), grouped per conversation."""
        if not self._settings.value("notifications"):
            return
        if dnd_active(float(self._settings.value("doNotDisturbUntil")), self._clock() * 1000):
            return
        touched: dict[RoomId, Notification] = {}
        for item in notifications:
            if self._watching(item.room_id):
                continue
            shown = self._shown.setdefault(item.room_id, _Shown())
            shown.count += 1
            shown.lines.append(self._line(item))
            del shown.lines[:-MAX_LINES]
            shown.latest, shown.latest_sender = item.event_id, item.sender
            touched[item.room_id] = item
        for room_id, newest in touched.items():
            self._present(room_id, newest, self._shown[room_id])

    def rooms_changed(self, summaries: Iterable[RoomSummary]) -> None:
        """A conversation read anywhere (no unread left) takes its notification away."""
        for summary in summaries:
            if summary.room_id in self._shown and summary.notification_count == 0:
                self.withdraw(summary.room_id)

    @Slot(str)
    def withdraw(self, room_id: str) -> None:
        if self._shown.pop(RoomId(room_id), None) is not None:
            self._notifier.withdraw(room_id)

    def withdraw_all(self) -> None:
        for room_id in list(self._shown):
            self.withdraw(room_id)

    # -- what is shown ---------------------------------------------------------------------------

    def _line(self, item: Notification) -> str:
        if item.is_direct:
            return item.body
        return f"{item.sender_name}: {item.body}"

    def _present(self, room_id: RoomId, newest: Notification, shown: _Shown) -> None:
        if not self._settings.value("notificationPreview"):
            title = tr("Messenger")
            body = tr("New message") if shown.count == 1 else trn("%n new message(s)", shown.count)
        else:
            title = newest.sender_name if newest.is_direct else newest.room_name
            if shown.count > 1:
                title = tr("%1 (%2 new)").replace("%1", title).replace("%2", str(shown.count))
            body = "\n".join(shown.lines)
        shown.title, shown.body = title, body
        shown.private = not self._settings.value("notificationPreview")
        if room_id in self._waiting:
            return  # goes out with the picture, with this newest text
        loading = None if shown.private else self._picture(room_id)
        if loading is None:
            self._notifier.show(room_id, title, body, can_reply=True)
            return
        self._waiting.add(room_id)
        self._tasks.spawn(self._present_with(room_id, loading), name=f"notification picture {room_id}")

    async def _present_with(self, room_id: RoomId, loading: Loading) -> None:
        try:
            picture = await loading
        finally:
            self._waiting.discard(room_id)
        shown = self._shown.get(room_id)
        if shown is None:
            return  # read meanwhile
        picture = None if shown.private else picture
        self._notifier.show(room_id, shown.title, shown.body, can_reply=True, picture=picture)

    # -- the user's answers ----------------------------------------------------------------------

    @Slot(str)
    def _on_activated(self, key: str) -> None:
        if key.startswith(CALL_KEY_PREFIX):
            return  # an incoming call's (see CallAlerts)
        self.withdraw(key)
        self.openRoomRequested.emit(key)

    @Slot(str, str)
    def _on_replied(self, key: str, text: str) -> None:
        shown = self._shown.get(RoomId(key))
        if shown is None or shown.latest is None or not text.strip():
            log.info("a reply to a notification no longer on screen was dropped")
            return
        self._reply(RoomId(key), shown.latest, shown.latest_sender, text)
        self.withdraw(key)

    @Slot(str)
    def _on_marked_read(self, key: str) -> None:
        shown = self._shown.get(RoomId(key))
        if shown is not None and shown.latest is not None:
            self._mark_read(RoomId(key), shown.latest)
        self.withdraw(key)
