"""The open conversation's side panels and its pinned-message bar, as QML sees them.

One :class:`RoomPanels` per signed-in account (``session.panels`` in QML). It follows the open
conversation (:meth:`RoomPanels.setRoom`) and the session's change sets
(:meth:`RoomPanels.apply_changes`), and shows at most one panel at a time on the right of the
chat: the members, one thread, or a search. Slots return at once; the network work runs as tasks
whose results are dropped when the user has moved on (another room, thread or search term).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.errors import ApiError, MatrixError
from ..api.events import EventKind
from ..api.ids import EventId, RoomId, TxnId, UserId
from ..power import can
from ..session.changes import ChangeSet
from ..store.direct import direct_room_with, pinned_events
from ..store.members import member_avatars, power_levels
from ..store.rows import OutboxItem, RoomSummary, TimelineRow
from .event_text import message_body
from .formatting import tr
from .members_model import MemberLike, MembersModel
from .search_model import SearchModel, SearchResults
from .tasks import TaskGroup
from .thread_model import ThreadModel, thread_of

log = logging.getLogger(__name__)

PANELS = ("", "members", "thread", "search")
PINNED_SHOWN = 50
"""The newest pinned events the bar cycles through (a room may pin many more)."""
PIN_PREVIEW = 200


class PanelSession(Protocol):
    """What the panels use of a :class:`~messenger_desktop.session.session.Session`."""

    @property
    def user_id(self) -> UserId: ...
    @property
    def db(self) -> Any: ...

    async def members(self, room_id: RoomId) -> Sequence[MemberLike]: ...
    async def member_names(self, room_id: RoomId) -> dict[str, str]: ...
    async def thread(self, room_id: RoomId, root_event_id: EventId) -> tuple[TimelineRow, ...]: ...
    async def fetch_event(self, room_id: RoomId, event_id: EventId) -> TimelineRow | None: ...
    async def pending(self, room_id: RoomId | None = None) -> list[OutboxItem]: ...
    async def search(self, room_id: RoomId, term: str, next_batch: str | None = None) -> SearchResults: ...
    async def set_pinned(self, room_id: RoomId, event_id: EventId, pinned: bool) -> object: ...
    async def start_direct_chat(self, user_id: UserId) -> RoomId: ...
    async def retry(self, txn_id: TxnId) -> None: ...
    async def room(self, room_id: RoomId) -> RoomSummary | None: ...

    def send_message(
        self,
        room_id: RoomId,
        text: str,
        *,
        mentions: Mapping[str, str] = ...,
        reply_to: EventId | None = None,
        thread_root: EventId | None = None,
        thread_latest: EventId | None = None,
    ) -> OutboxItem: ...


def sentence(error: BaseException) -> str:
    """What went wrong, in one sentence (the same words as the rest of the app)."""
    # imported here: the session controller imports this module
    from .session_controller import error_sentence

    return error_sentence(error)


# -- reading the cache (on the store's writer thread) -------------------------------------------


@dataclass(frozen=True, slots=True)
class PinnedState:
    event_ids: tuple[EventId, ...]
    """Newest pin first (the spec's list is in pinning order, oldest first)."""
    can_pin: bool


def read_pinned(conn: sqlite3.Connection, room_id: RoomId, own_user: UserId) -> PinnedState:
    ids = tuple(EventId(e) for e in pinned_events(conn, room_id))
    return PinnedState(ids, can(power_levels(conn, room_id), own_user, "state:m.room.pinned_events"))


def pin_preview(row: TimelineRow | None, name_of: Callable[[str], str]) -> tuple[str, str]:
    """``(sender name, one line)`` for the pinned bar."""
    if row is None:
        return "", tr("Message not available")
    name = name_of(row.sender)
    if row.redacted:
        return name, tr("Message deleted")
    if row.problem or row.kind not in (EventKind.MESSAGE, EventKind.ENCRYPTED):
        return name, tr("This message could not be shown")
    if row.kind is EventKind.ENCRYPTED:
        return name, tr("Encrypted message")
    line = " ".join(message_body(row.content, name, row.type).split())
    if len(line) > PIN_PREVIEW:
        line = line[: PIN_PREVIEW - 1] + "…"
    return name, line


# -- the controller -----------------------------------------------------------------------------


class RoomPanels(QObject):
    panelChanged = Signal()
    roomChanged = Signal()
    pinnedChanged = Signal()
    busyChanged = Signal()
    jumpRequested = Signal(str)
    """Show this event in the timeline (a search result or a pinned message was activated)."""
    openRoomRequested = Signal(str)
    """Open this conversation (the direct chat "Message" in a profile found or created)."""
    noticeRequested = Signal(str)
    """An action failed where no panel can say so (unpinning, starting a chat): one sentence."""

    def __init__(self, session: PanelSession, own_user: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._own = UserId(own_user)
        self._room: RoomId | None = None
        self._panel = ""
        self._members = MembersModel(own_user, self)
        self._thread = ThreadModel(own_user, self)
        self._search = SearchModel(self)
        self._names: dict[str, str] = {}
        self._members_room: RoomId | None = None
        """The room the member list was loaded for (None: not loaded, or stale)."""
        self._members_again = False
        self._pinned: tuple[EventId, ...] = ()
        self._link_handler: Callable[[str, str], None] | None = None
        self._pinned_rows: dict[EventId, TimelineRow | None] = {}
        self._pinned_index = 0
        self._can_pin = False
        self._messaging = False
        self._generation = {"room": 0, "members": 0, "thread": 0, "search": 0, "pinned": 0}
        self._tasks = TaskGroup(on_error=lambda error: self.noticeRequested.emit(sentence(error)))

    # -- life cycle (Python) ---------------------------------------------------------------------

    @property
    def thread_model(self) -> ThreadModel:
        return self._thread

    def set_link_handler(self, handler: Callable[[str, str], None]) -> None:
        """Who opens links clicked in the panels (the message actions' link policy)."""
        self._link_handler = handler

    @Slot(str, str)
    def openLink(self, url: str, event_id: str) -> None:
        if self._link_handler is not None:
            self._link_handler(url, event_id)

    def is_pinned(self, event_id: str) -> bool:
        return event_id in self._pinned

    def setRoom(self, room_id: str | None) -> None:
        """The user opened another conversation (or none: "" / None)."""
        room = RoomId(room_id) if room_id else None
        if room == self._room:
            return
        self._room = room
        for key in self._generation:
            self._generation[key] += 1
        self._names = {}
        self._members_room = None
        self._members.clear()
        self._thread.open("")
        self._search.clear()
        self._pinned, self._pinned_rows, self._pinned_index, self._can_pin = (), {}, 0, False
        self.pinnedChanged.emit()
        self.roomChanged.emit()
        if room is None or self._panel == "thread":
            self._set_panel("")
        elif self._panel == "members":
            self._load_members()
        if room is not None:
            self._load_pinned()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Keep the panels current: pinned bar, thread replies, member list, presence."""
        if changes.presence:
            self.apply_presence(changes.presence)
        room = self._room
        if room is None:
            return
        rows = changes.appended.get(room, ())
        types = {r.type for r in rows if r.state_key is not None}
        if "m.room.pinned_events" in types or "m.room.power_levels" in types:
            self._load_pinned()
        if any(r.kind is EventKind.MEMBER for r in rows) or "m.room.power_levels" in types:
            for row in rows:
                name = row.content.get("displayname") if row.kind is EventKind.MEMBER else None
                if row.state_key and isinstance(name, str) and name.strip():
                    self._names[row.state_key] = " ".join(name.split())[:255]
            self._members_changed()
        redacted = set(changes.redacted.get(room, ()))
        if redacted & set(self._pinned):
            self._pinned_rows = {k: v for k, v in self._pinned_rows.items() if k not in redacted}
            self._load_pinned()
        if self._thread.root_id and changes.ignored is not None:
            # blocking or unblocking someone: the open thread is read again without (or with) them
            root = self._thread.root_id
            self._generation["thread"] += 1
            self._thread.open(root)
            self._spawn(self._load_thread(room, EventId(root), self._generation["thread"]), "thread")
        elif self._thread.root_id:
            if rows:
                self._thread.add_rows(rows)
            for item in changes.outbox:
                if item.room_id == room:
                    self._thread.upsert_echo(item)
            for txn_id, event_id in changes.outbox_removed.items():
                self._thread.echo_removed(txn_id, event_id)
            if changes.uploads:
                self._thread.apply_uploads(changes.uploads)
            if redacted:
                self._thread.redact(redacted)

    def apply_presence(self, presence: Mapping[UserId, str]) -> None:
        """ "online" / "unavailable" / "offline" per user, as sync reports them."""
        self._members.apply_presence(presence)

    async def wait_idle(self) -> None:
        """Until every task started so far has finished (tests)."""
        await self._tasks.wait()

    async def aclose(self) -> None:
        for key in self._generation:
            self._generation[key] += 1
        await self._tasks.cancel_all()

    # -- properties ------------------------------------------------------------------------------

    def _get_members(self) -> MembersModel:
        return self._members

    members = QtProperty(QObject, _get_members, constant=True)

    def _get_thread(self) -> ThreadModel:
        return self._thread

    threadMessages = QtProperty(QObject, _get_thread, constant=True)
    """The open thread (``thread`` would hide :meth:`QObject.thread`)."""

    def _get_search(self) -> SearchModel:
        return self._search

    searchResults = QtProperty(QObject, _get_search, constant=True)
    """The search model (``search`` is the slot that starts a search)."""

    def _get_panel(self) -> str:
        return self._panel

    panel = QtProperty(str, _get_panel, notify=panelChanged)
    """"" (closed), "members", "thread" or "search"."""

    def _get_room(self) -> str:
        return self._room or ""

    roomId = QtProperty(str, _get_room, notify=roomChanged)

    def _get_pinned_count(self) -> int:
        return len(self._pinned)

    pinnedCount = QtProperty(int, _get_pinned_count, notify=pinnedChanged)

    def _get_pinned_index(self) -> int:
        return self._pinned_index

    pinnedIndex = QtProperty(int, _get_pinned_index, notify=pinnedChanged)
    """0 for the newest pin; the bar reads "%1 of %2" with index + 1."""

    def _current_pin(self) -> EventId | None:
        return self._pinned[self._pinned_index] if self._pinned else None

    def _get_pinned_event(self) -> str:
        return self._current_pin() or ""

    pinnedEventId = QtProperty(str, _get_pinned_event, notify=pinnedChanged)

    def _pinned_preview(self) -> tuple[str, str]:
        if not self._pinned:
            return "", ""
        event_id = self._pinned[self._pinned_index]
        if event_id not in self._pinned_rows:
            return "", tr("Loading…")
        return pin_preview(self._pinned_rows[event_id], self._name_of)

    def _get_pinned_text(self) -> str:
        return self._pinned_preview()[1]

    pinnedText = QtProperty(str, _get_pinned_text, notify=pinnedChanged)

    def _get_pinned_sender(self) -> str:
        return self._pinned_preview()[0]

    pinnedSender = QtProperty(str, _get_pinned_sender, notify=pinnedChanged)

    def _get_can_pin(self) -> bool:
        return self._can_pin

    canPin = QtProperty(bool, _get_can_pin, notify=pinnedChanged)
    """The user may change the room's pinned messages (the unpin action shows)."""

    def _get_messaging(self) -> bool:
        return self._messaging

    messaging = QtProperty(bool, _get_messaging, notify=busyChanged)
    """A direct chat is being found or created (the profile's Message button waits)."""

    def _get_user_id(self) -> str:
        return self._own

    userId = QtProperty(str, _get_user_id, constant=True)

    # -- showing panels --------------------------------------------------------------------------

    def _set_panel(self, panel: str) -> None:
        if panel != self._panel:
            self._panel = panel
            self.panelChanged.emit()

    @Slot()
    def showMembers(self) -> None:
        if self._room is None:
            return
        self._set_panel("members")
        if self._members_room != self._room:
            self._load_members()

    @Slot()
    def showSearch(self) -> None:
        if self._room is not None:
            self._set_panel("search")

    @Slot(str)
    def openThread(self, event_id: str) -> None:
        room = self._room
        if room is None or not event_id:
            return
        self._set_panel("thread")
        if event_id == self._thread.root_id and not self._thread.failed:
            return
        self._generation["thread"] += 1
        self._thread.open(event_id)
        self._spawn(self._load_thread(room, EventId(event_id), self._generation["thread"]), "thread")

    @Slot()
    def close(self) -> None:
        self._set_panel("")

    @Slot(str)
    def togglePanel(self, panel: str) -> None:
        """The header's buttons: open ``panel`` ("members", "search"), or close it if it is open."""
        if panel == self._panel:
            self.close()
        elif panel == "members":
            self.showMembers()
        elif panel == "search":
            self.showSearch()

    @Slot(str)
    def jumpTo(self, event_id: str) -> None:
        """Ask for ``event_id`` to be shown in the timeline (emits :attr:`jumpRequested`)."""
        if event_id:
            self.jumpRequested.emit(event_id)

    # -- members ---------------------------------------------------------------------------------

    def _members_changed(self) -> None:
        if self._members_room == self._room:
            self._load_members()

    def _load_members(self) -> None:
        room = self._room
        if room is None:
            return
        self._members_room = room
        self._generation["members"] += 1
        generation = self._generation["members"]
        if not self._members.is_loaded:
            self._members.set_state(loading=True)
        self._spawn(self._fetch_members(room, generation), "members")

    async def _fetch_members(self, room: RoomId, generation: int) -> None:
        try:
            members = await self._session.members(room)
        except Exception as exc:  # the panel says so rather than spinning for ever
            _log_unexpected(exc, "members")
            if generation == self._generation["members"]:
                self._members_room = None
                self._members.set_state(loading=False, error=sentence(exc))
            return
        if generation == self._generation["members"]:
            self._members.load(members)
            for member in members:
                self._names.setdefault(member.user_id, member.name)

    @Slot(str)
    def messageUser(self, user_id: str) -> None:
        """Open the direct chat with ``user_id``, starting one if there is none."""
        user = UserId(user_id.strip())
        if not user or user == self._own or self._messaging:
            return
        self._set_messaging(True)
        self._spawn(self._message(user), "message-user")

    async def _message(self, user: UserId) -> None:
        try:
            room = await self._session.db.run(direct_room_with, user)
            if room is None:
                room = await self._session.start_direct_chat(user)
        finally:
            self._set_messaging(False)
        self.close()
        self.openRoomRequested.emit(room)

    def _set_messaging(self, value: bool) -> None:
        if value != self._messaging:
            self._messaging = value
            self.busyChanged.emit()

    # -- thread ----------------------------------------------------------------------------------

    async def _load_thread(self, room: RoomId, root: EventId, generation: int) -> None:
        try:
            names = await self._session.member_names(room)
            avatars: dict[str, str] = await self._session.db.run(member_avatars, room)
            rows = await self._session.thread(room, root)
            root_row = next((r for r in rows if r.event_id == root), None)
            if root_row is None:
                root_row = await self._session.fetch_event(room, root)
            pending = [p for p in await self._session.pending(room) if thread_of(p.content) == root]
        except Exception as exc:
            _log_unexpected(exc, "thread")
            if generation == self._generation["thread"]:
                self._thread.fail(sentence(exc))
            return
        if generation != self._generation["thread"]:
            return
        self._names.update(names)
        if root_row is None:
            self._thread.fail(tr("This thread's first message could not be found."))
            return
        self._thread.load(root_row, [r for r in rows if r.event_id != root], pending, self._names, avatars)

    @Slot(str, result=bool)
    def sendInThread(self, text: str) -> bool:
        """Send ``text`` as a reply in the open thread; its echo is in the thread on return."""
        room, root = self._room, self._thread.root_id
        body = text.strip("\n")
        if room is None or not root or not body.strip():
            return False
        latest = self._thread.latest_event_id() or root
        item = self._session.send_message(
            room, body, thread_root=EventId(root), thread_latest=EventId(latest)
        )
        self._thread.upsert_echo(item)
        return True

    @Slot(str)
    def retrySend(self, txn_id: str) -> None:
        """Send a thread reply that failed again (same transaction id: never a duplicate)."""
        if txn_id:
            self._spawn(self._session.retry(TxnId(txn_id)), "retry")

    # -- search ----------------------------------------------------------------------------------

    @Slot(str)
    def search(self, term: str) -> None:
        """Search the open conversation for ``term`` (the first page of results)."""
        room = self._room
        if room is None:
            return
        self._set_panel("search")
        term = " ".join(term.split())
        self._generation["search"] += 1
        self._search.begin(term)
        if term:
            self._spawn(self._run_search(room, term, None, self._generation["search"]), "search")

    @Slot()
    def loadMoreResults(self) -> None:
        room, token = self._room, self._search.next_batch
        if room is None or token is None or self._search.is_busy:
            return
        self._search.set_busy()
        term = self._search.term_text
        self._spawn(self._run_search(room, term, token, self._generation["search"]), "search-more")

    @Slot()
    def retrySearch(self) -> None:
        if self._search.rowCount() > 0:
            self.loadMoreResults()
        else:
            self.search(self._search.term_text)

    async def _run_search(self, room: RoomId, term: str, token: str | None, generation: int) -> None:
        try:
            if not self._names:
                self._names = await self._session.member_names(room)
            page = await self._session.search(room, term, token)
            avatars: dict[str, str] = await self._session.db.run(member_avatars, room)
        except Exception as exc:
            _log_unexpected(exc, "search")
            if generation == self._generation["search"]:
                self._search.fail(search_sentence(exc))
            return
        if generation == self._generation["search"]:
            self._search.add_page(page, self._name_of, lambda user: avatars.get(user, ""))

    # -- pinned messages -------------------------------------------------------------------------

    def _load_pinned(self) -> None:
        room = self._room
        if room is None:
            return
        self._generation["pinned"] += 1
        self._spawn(self._fetch_pinned(room, self._generation["pinned"]), "pinned")

    async def _fetch_pinned(self, room: RoomId, generation: int) -> None:
        state: PinnedState = await self._session.db.run(read_pinned, room, self._own)
        if generation != self._generation["pinned"]:
            return
        if not self._names:
            self._names = await self._session.member_names(room)
        current = self._current_pin()
        self._pinned = state.event_ids[:PINNED_SHOWN]
        self._can_pin = state.can_pin
        self._pinned_index = self._pinned.index(current) if current in self._pinned else 0
        self.pinnedChanged.emit()
        missing = [e for e in self._pinned if e not in self._pinned_rows]
        # the one on show first, so the bar fills as soon as it can
        missing.sort(key=lambda e: e != self._current_pin())
        for event_id in missing:
            try:
                row = await self._session.fetch_event(room, event_id)
            except MatrixError as exc:
                log.info("pinned event %s not available: %s", event_id, exc)
                row = None
            if generation != self._generation["pinned"]:
                return
            self._pinned_rows[event_id] = row
            if event_id == self._current_pin():
                self.pinnedChanged.emit()

    @Slot()
    def nextPinned(self) -> None:
        """Show the next older pin (after the oldest, the newest again)."""
        if len(self._pinned) > 1:
            self._pinned_index = (self._pinned_index + 1) % len(self._pinned)
            self.pinnedChanged.emit()

    @Slot(str)
    def unpin(self, event_id: str) -> None:
        room = self._room
        if room is None or event_id not in self._pinned:
            return
        self._pinned = tuple(e for e in self._pinned if e != event_id)
        self._pinned_index = min(self._pinned_index, max(0, len(self._pinned) - 1))
        self.pinnedChanged.emit()

        async def unpinning() -> None:
            try:
                await self._session.set_pinned(room, EventId(event_id), False)
            except ApiError:
                if self._room == room:  # the cache still has the list the server kept
                    self._load_pinned()
                raise

        self._spawn(unpinning(), "unpin")

    # -- helpers ---------------------------------------------------------------------------------

    def _name_of(self, user_id: str) -> str:
        return self._names.get(user_id) or user_id

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        return self._tasks.spawn(coro, name=f"panels-{name}")


def _log_unexpected(error: Exception, what: str) -> None:
    if isinstance(error, ApiError):
        log.info("%s not loaded: %s", what, error)
    else:
        log.error("%s not loaded", what, exc_info=error)


def search_sentence(error: BaseException) -> str:
    if isinstance(error, MatrixError) and error.errcode == "M_UNRECOGNIZED":
        return tr("This server does not offer searching in conversations.")
    return sentence(error)


__all__ = ["PanelSession", "PinnedState", "RoomPanels", "pin_preview", "read_pinned"]
