"""One conversation's timeline for a bottom-to-top ``ListView``: the newest row is index 0.

Rows are cache events plus local echoes of what the user is sending. An echo appears in the same
call that submitted it and is replaced *in place* by the server's event when sync (or the send
response) identifies it, so nothing jumps. Older history is appended at the end (the visual top)
which, with a bottom-to-top view, never moves what the reader is looking at.

Relations do not get rows of their own: an edit, a reaction, a redaction or a thread reply
changes the row of its target (one ``dataChanged``). The user's own pending reactions, edits and
deletions are *overlays* on their target until the server's aggregate replaces them.

A call is one row, on its invite, worded from all the call's events (:mod:`.call_lines`); its other
events have no rows and reword that row as they arrive.

Grouping and date separators depend on the older neighbour only, so an insert at the top touches
one row and a page of history touches the rows it adds plus the one that used to be oldest.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal, Slot

from ..api.events import EventKind
from ..api.ids import EventId, RoomId, TxnId, UserId
from ..richtext.bidi import display_name
from ..store.call_history import call_id_of
from ..store.relations import Aggregate
from ..store.rows import OutboxItem, TimelineRow
from .call_lines import CallLine, CallLog
from .event_text import describe, run_entry, run_summary
from .formatting import avatar_color, clock, day_label, initials, local_time, tr
from .media_images import avatar_url
from .media_rows import media_view
from .message_view import reaction_chips, reply_preview, thread_text, view_message
from .row_model import RowListModel, role_table
from .tasks import TaskGroup
from .timeline_source import ReadState, TimelineSource

log = logging.getLogger(__name__)

GROUP_WINDOW_MS = 5 * 60 * 1000
MIN_RUN = 3
"""Consecutive state lines (on one day) that collapse into one summary line, at least."""
PAGE_SIZE = 50
MAX_EMPTY_PAGES = 5
MAX_JUMP_PAGES = 40
"""How far back (in pages) a jump to an older message loads history before giving up."""
MAX_READERS = 3
HIGHLIGHT_MS = 1600
MAX_TIMER_MS = 2**31 - 1
"""The longest a QTimer waits (about 24 days); a longer wait is taken in steps."""

ROLE_NAMES = (
    "eventId",
    "txnId",
    "sender",
    "senderName",
    "senderColor",
    "body",
    "timeText",
    "kind",
    "isOwn",
    "sendState",
    "groupedWithPrevious",
    "showDateSeparator",
    "dateText",
    "error",
    "runCount",
    "runText",
    "runExpanded",
    "collapsed",
    "html",
    "edited",
    "msgtype",
    "replyTo",
    "replySender",
    "replyColor",
    "replyBody",
    "reactions",
    "threadCount",
    "threadText",
    "mentionsMe",
    "readers",
    "moreReaders",
    "unreadAbove",
    "highlighted",
    "canEdit",
    "canRedact",
    "callVideo",
    "callMissed",
    "media",
    "senderAvatar",
    "senderInitials",
)
ROLES = role_table(ROLE_NAMES)
_UNREAD = ROLE_NAMES.index("unreadAbove")
_CAN_EDIT = ROLE_NAMES.index("canEdit")
_SEND_STATES = {"queued": "sending", "sending": "sending", "sent": "sent", "failed": "failed"}
EDITABLE = frozenset({"m.text", "m.emote", "m.notice"})


def relation_kind(event_type: str, content: dict[str, Any]) -> str:
    """ "reaction", "edit", "redaction", "thread" for events that change another row; "" otherwise."""
    if event_type == "m.reaction":
        return "reaction"
    if event_type == "m.room.redaction":
        return "redaction"
    relates = content.get("m.relates_to")
    rel_type = relates.get("rel_type") if isinstance(relates, dict) else None
    if rel_type == "m.replace":
        return "edit"
    if rel_type == "m.thread":
        return "thread"
    return ""


def relation_target(content: dict[str, Any]) -> str:
    if isinstance(content.get("redacts"), str):
        return str(content["redacts"])
    relates = content.get("m.relates_to")
    target = relates.get("event_id") if isinstance(relates, dict) else None
    return target if isinstance(target, str) else ""


@dataclass(slots=True)
class _Item:
    event_id: str  # "" for an echo the server has not confirmed yet
    txn_id: str
    order: tuple[int, int] | None  # None: a local echo
    sender: str
    ts: int
    kind: str
    base_kind: str = ""
    """What the row was made as ("message", …): a deletion that fails turns it back."""
    event_type: str = "m.room.message"
    content: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    html: str = ""
    msgtype: str = ""
    edited: bool = False
    mentions_me: bool = False
    reply_to: str = ""
    redacted: bool = False
    send_state: str = ""
    error: str = ""
    run_entry: tuple[str, str] = ("", "")
    run: tuple[int, str, bool, bool] = (0, "", False, False)
    """runCount, runText, runExpanded (on the oldest row of a collapsible run), collapsed (the others)."""
    call: TimelineRow | None = None
    """For a call's row: its invite (the call log words it)."""
    call_line: CallLine | None = None
    local_file: bool = False
    """An echo whose file is on this computer (its picture shows from there)."""
    values: tuple[Any, ...] = field(default=())

    @property
    def is_echo(self) -> bool:
        return self.order is None

    @property
    def day(self) -> date:
        return local_time(self.ts).date()


class TimelineModel(RowListModel):
    ROLE_NAMES = ROLE_NAMES

    roomIdChanged = Signal()
    loadingChanged = Signal()
    atStartChanged = Signal()
    countChanged = Signal()
    newestChanged = Signal()
    """Index 0 changed to another row: something new arrived or was sent."""
    unreadChanged = Signal()
    positionRequested = Signal(int)
    """Show row ``index`` (a jump to a reply's original, a search result, the first unread)."""
    jumpFailed = Signal(str)
    opened = Signal()
    """The first page of the room is in (the view may go to the first unread message)."""
    othersArrived = Signal(list)
    """Messages from other people arrived live, oldest first, as ``[sender name, text]`` pairs:
    one emission per sync, never for history loaded on scrolling or the user's own messages."""

    def __init__(self, source: TimelineSource, own_user: UserId, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._own = own_user
        self._room: RoomId | None = None
        self._rows: list[_Item] = []
        self._names: dict[str, str] = {}
        self._known_events: set[str] = set()
        self._expanded: set[str] = set()
        self._oldest: tuple[int, int] | None = None
        self._at_start = False
        self._loading = False
        self._loading_older = False
        self._pending_changes: list[tuple[str, tuple[Any, ...]]] = []
        self._aggregates: dict[EventId, Aggregate] = {}
        self._replies: dict[EventId, TimelineRow | None] = {}
        """Reply targets: the row, or None while it is being fetched / when it cannot be found."""
        self._fetching: set[str] = set()
        self._overlays: dict[str, OutboxItem] = {}
        self._uploads: dict[str, float] = {}
        """How far the uploads of this room's echoes are (txn id → 0..1)."""
        """The user's own reactions, edits and deletions not yet confirmed, by transaction id."""
        self._delivered: dict[str, str] = {}
        """Overlay transaction id → the event id the server gave it (awaiting the aggregate)."""
        self._receipts: dict[str, str] = {}
        self._read_upto: tuple[int, int] | None = None
        self._read_state = ReadState()
        self._unread_anchor: str | None = None
        self._highlight = ""
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(HIGHLIGHT_MS)
        self._highlight_timer.timeout.connect(self._clear_highlight)
        self._calls = CallLog()
        self._call_timer = QTimer(self)
        self._call_timer.setSingleShot(True)
        self._call_timer.timeout.connect(self._reword_all_calls)
        self._generation = 0
        self._tasks = TaskGroup()

    # -- properties ------------------------------------------------------------------------------

    def _get_room(self) -> str:
        return self._room or ""

    roomId = QtProperty(str, _get_room, notify=roomIdChanged)

    def _get_loading(self) -> bool:
        return self._loading or self._loading_older

    loading = QtProperty(bool, _get_loading, notify=loadingChanged)

    def _get_at_start(self) -> bool:
        return self._at_start

    atStart = QtProperty(bool, _get_at_start, notify=atStartChanged)

    def _get_count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _get_count, notify=countChanged)

    def _get_unread_index(self) -> int:
        """The row under the "New messages" line (-1: none loaded)."""
        for index, item in enumerate(self._rows):
            if item.values and item.values[_UNREAD]:
                return index
        return -1

    unreadIndex = QtProperty(int, _get_unread_index, notify=unreadChanged)

    def _get_has_unread(self) -> bool:
        return self._unread_anchor is not None

    hasUnread = QtProperty(bool, _get_has_unread, notify=unreadChanged)

    def _get_newest_event(self) -> str:
        """The newest event from the server (what a read receipt would point at)."""
        for item in self._rows:
            if not item.is_echo and item.event_id:
                return item.event_id
        return ""

    newestEventId = QtProperty(str, _get_newest_event, notify=newestChanged)

    # -- for tests and controllers ---------------------------------------------------------------

    def row(self, index: int) -> dict[str, Any]:
        """One row as ``{role name: value}`` (tests, debugging)."""
        return dict(zip(ROLE_NAMES, self._rows[index].values, strict=True))

    @Slot(str, result=int)
    def indexOf(self, event_id: str) -> int:
        if not event_id:
            return -1
        for index, item in enumerate(self._rows):
            if item.event_id == event_id:
                return index
        return -1

    def item_content(self, event_id: str) -> tuple[str, dict[str, Any]] | None:
        """``(event type, content shown)`` of a loaded row — the latest edit applied."""
        index = self.indexOf(event_id)
        if index < 0:
            return None
        item = self._rows[index]
        edit = self._edit_of(item)
        return item.event_type, edit if edit is not None else item.content

    def last_own_editable(self) -> str:
        """The newest message the user may edit ("" if none is loaded): Up in an empty composer."""
        for item in self._rows:
            if item.event_id and item.values and item.values[_CAN_EDIT]:
                return item.event_id
        return ""

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    # -- opening a room --------------------------------------------------------------------------

    def open(self, room_id: RoomId | None) -> None:
        """Show ``room_id`` (None: nothing). Loading continues in a task; changes that arrive
        meanwhile are queued and applied on top of the loaded page."""
        self._generation += 1
        self.beginResetModel()
        self._room = room_id
        self._rows = []
        self._known_events = set()
        self._expanded = set()
        self._oldest = None
        self._pending_changes = []
        self._aggregates = {}
        self._replies = {}
        self._fetching = set()
        self._overlays = {}
        self._delivered = {}
        self._receipts = {}
        self._read_upto = None
        self._read_state = ReadState()
        self._unread_anchor = None
        self._highlight = ""
        self._calls = CallLog()
        self._call_timer.stop()
        self.endResetModel()
        self._set_at_start(False)
        self.roomIdChanged.emit()
        self.countChanged.emit()
        self.unreadChanged.emit()
        if room_id is None:
            self._set_loading(False)
            return
        self._set_loading(True)
        self._tasks.spawn(self._load(room_id, self._generation), name="timeline-open")

    async def _load(self, room_id: RoomId, generation: int) -> None:
        try:
            names = await self._source.member_names(room_id)
            read_state = await self._source.read_state(room_id)
            page = await self._source.page(room_id, limit=PAGE_SIZE)
            pending = await self._source.pending(room_id)
        except Exception:
            if generation == self._generation:
                self._set_loading(False)
            raise
        if generation != self._generation:
            return
        self._names = names
        self._read_state = read_state
        self._receipts = {u: e for u, e in read_state.receipts.items() if u != self._own}
        self._unread_anchor = read_state.fully_read
        self._aggregates.update(page.aggregates)
        self._replies.update(page.replies)
        self._take_calls(page.rows, page.calls)
        self.beginResetModel()
        echoes = []
        for item in sorted(pending, key=lambda i: i.seq, reverse=True):
            if relation_kind(item.event_type, item.content):
                if item.state != "failed":
                    self._overlays[item.txn_id] = item
            else:
                echoes.append(self._echo_item(item))
        remote = self._items_from_page(page.rows)
        self._rows = [*echoes, *remote]
        self._known_events = {i.event_id for i in remote}
        self._oldest = page.rows[-1].order if page.rows else None
        self._refresh_read_upto()
        for i in range(len(self._rows) - 1, -1, -1):
            self._render(i)
        self._refresh_runs(0, len(self._rows) - 1, notify=False)
        self.endResetModel()
        self._set_at_start(page.at_start)
        self._set_loading(False)
        self._schedule_call_rewording()
        self._fetch_missing_replies()
        queued, self._pending_changes = self._pending_changes, []
        for what, args in queued:
            self._apply_queued(what, args)
        self.countChanged.emit()
        self.newestChanged.emit()
        self.unreadChanged.emit()
        self.opened.emit()
        if not remote and not page.at_start:
            self.loadOlder()

    # -- history ---------------------------------------------------------------------------------

    @Slot()
    def loadOlder(self) -> None:
        """Fetch the page before the oldest row (the view calls this near its top)."""
        if self._room is None or self._loading or self._loading_older or self._at_start:
            return
        self._loading_older = True
        self.loadingChanged.emit()
        self._tasks.spawn(self._load_older(self._room, self._generation), name="timeline-older")

    async def _load_older(self, room_id: RoomId, generation: int) -> None:
        try:
            await self._older_pages(room_id, generation)
        finally:
            if generation == self._generation:
                self._loading_older = False
                self.loadingChanged.emit()

    async def _older_pages(self, room_id: RoomId, generation: int) -> bool:
        """Load one page of older rows (skipping empty ones); False when nothing more came."""
        for _ in range(MAX_EMPTY_PAGES):
            page = await self._source.page(room_id, before=self._oldest, limit=PAGE_SIZE)
            if generation != self._generation:
                return False
            if page.rows:
                self._oldest = page.rows[-1].order
            self._aggregates.update(page.aggregates)
            self._replies.update({k: v for k, v in page.replies.items() if v is not None})
            if called := self._take_calls(page.rows, page.calls):
                self._reword_calls(called)
            fresh = [r for r in page.rows if r.event_id not in self._known_events]
            self._drop_echoes_of(fresh)
            items = self._items_from_page(fresh)
            self._append_oldest(items)
            self._set_at_start(page.at_start)
            self._fetch_missing_replies()
            if items or page.at_start or not page.rows:
                return bool(items)
        return False

    # -- issue 8: a sent message whose echo fell into a gap -----------------------------------------

    def _drop_echoes_of(self, rows: list[TimelineRow]) -> None:
        """An older page brings the server's copy of a message still shown as an echo (sent, but
        its copy fell into the gap of a limited sync): the copy shows in its place in history and
        the echo, below newer messages, goes."""
        txns = {r.txn_id for r in rows if r.txn_id}
        events = {r.event_id for r in rows}
        for index in range(len(self._rows) - 1, -1, -1):
            item = self._rows[index]
            if item.is_echo and (item.txn_id in txns or (item.event_id and item.event_id in events)):
                self._remove(index)

    def _append_oldest(self, items: list[_Item]) -> None:
        if not items:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self._rows.extend(items)
        self._known_events.update(i.event_id for i in items)
        self._refresh_read_upto()
        for i in range(len(self._rows) - 1, first - 1, -1):
            self._render(i)
        self.endInsertRows()
        if first > 0:  # the formerly oldest row may now group with, or share a day with, its new neighbour
            self._rerender(first - 1)
        self._refresh_runs(max(0, first - 1), len(self._rows) - 1)
        self.countChanged.emit()
        self._refresh_unread()
        # rows that reply to the new ones can now quote them
        new_ids = {i.event_id for i in items}
        for index, item in enumerate(self._rows[:first]):
            if item.reply_to in new_ids:
                self._rerender(index)

    @Slot(str)
    def jumpTo(self, event_id: str) -> None:
        """Bring ``event_id`` into view (loading older history as needed) and highlight it."""
        if self._room is None or not event_id:
            return
        self._tasks.spawn(self._jump(self._room, self._generation, event_id), name="timeline-jump")

    async def _jump(self, room_id: RoomId, generation: int, event_id: str) -> None:
        pages = 0
        while self.indexOf(event_id) < 0:
            if self._at_start or pages >= MAX_JUMP_PAGES:
                self.jumpFailed.emit(tr("That message is too far back to show here."))
                return
            while self._loading or self._loading_older:
                await asyncio.sleep(0.02)
                if generation != self._generation:
                    return
            self._loading_older = True
            self.loadingChanged.emit()
            try:
                await self._older_pages(room_id, generation)
            finally:
                if generation == self._generation:
                    self._loading_older = False
                    self.loadingChanged.emit()
            if generation != self._generation:
                return
            pages += 1
        self._set_highlight(event_id)
        self.positionRequested.emit(self.indexOf(event_id))

    @Slot()
    def jumpToFirstUnread(self) -> None:
        if self._unread_anchor:
            index = self.indexOf(self._unread_anchor)
            if index > 0:
                self.positionRequested.emit(index - 1)
            else:
                self.jumpTo(self._unread_anchor)

    @Slot()
    def clearUnread(self) -> None:
        """The user has seen everything: the "New messages" line goes at the next opening."""
        if self._unread_anchor is not None:
            self._unread_anchor = None
            self._refresh_unread()

    def _set_highlight(self, event_id: str) -> None:
        old, self._highlight = self._highlight, event_id
        for target in (old, event_id):
            index = self.indexOf(target)
            if index >= 0:
                self._rerender(index)
        self._highlight_timer.start()

    @Slot()
    def _clear_highlight(self) -> None:
        self._set_highlight("")
        self._highlight_timer.stop()

    # -- live changes ----------------------------------------------------------------------------

    def apply(
        self,
        appended: Mapping[RoomId, tuple[TimelineRow, ...]],
        outbox: Iterable[OutboxItem],
        outbox_removed: Mapping[TxnId, EventId | None],
    ) -> None:
        if self._room is None:
            return
        mine = tuple(i for i in outbox if i.room_id == self._room)
        rows = appended.get(self._room, ())
        if not (rows or mine or outbox_removed):
            return
        self._queue_or_run("rows", (rows, mine, dict(outbox_removed)))

    def apply_uploads(self, uploads: Mapping[TxnId, float]) -> None:
        """Upload progress of echoes: their rows' bars move."""
        for index, item in enumerate(self._rows):
            if item.is_echo and item.txn_id in uploads:
                self._uploads[item.txn_id] = uploads[TxnId(item.txn_id)]
                self._rerender(index)

    def apply_relations(
        self,
        aggregates: Mapping[RoomId, Mapping[EventId, Aggregate]],
        redacted: Mapping[RoomId, tuple[EventId, ...]],
        receipts: Mapping[RoomId, Mapping[UserId, EventId]],
    ) -> None:
        """New totals of relations, deletions and read receipts from a sync."""
        room = self._room
        if room is None or not (room in aggregates or room in redacted or room in receipts):
            return
        args = (dict(aggregates.get(room, {})), tuple(redacted.get(room, ())), dict(receipts.get(room, {})))
        self._queue_or_run("relations", args)

    def _queue_or_run(self, what: str, args: tuple[Any, ...]) -> None:
        if self._loading:
            self._pending_changes.append((what, args))
        else:
            self._apply_queued(what, args)

    def _apply_queued(self, what: str, args: tuple[Any, ...]) -> None:
        if what == "rows":
            self._apply_rows(*args)
        else:
            self._apply_relations(*args)

    def _apply_rows(
        self,
        rows: tuple[TimelineRow, ...],
        outbox: tuple[OutboxItem, ...],
        outbox_removed: Mapping[TxnId, EventId | None],
    ) -> None:
        newest = self._rows[0] if self._rows else None
        for item in outbox:
            if relation_kind(item.event_type, item.content):
                self._set_overlay(item)
            else:
                self._upsert_echo(item)
        arrived: list[str] = []
        for row in rows:
            fresh = row.event_id not in self._known_events
            self._add_remote(row)
            if fresh and row.sender != self._own and row.event_id in self._known_events:
                arrived.append(row.event_id)
        for txn_id, event_id in outbox_removed.items():
            if txn_id in self._overlays:
                if event_id is None:
                    self._drop_overlay(txn_id)
                else:
                    self._delivered[txn_id] = event_id
                continue
            index = self._find_echo(txn_id)
            if index < 0:
                continue
            if event_id is None or event_id in self._known_events:
                self._remove(index)  # withdrawn, or its server copy already shows (a filled gap)
            else:  # delivered; the server's copy will replace it when sync brings it
                echo = self._rows[index]
                echo.event_id, echo.send_state, echo.error = event_id, "sent", ""
                self._rerender(index)
        if (self._rows[0] if self._rows else None) is not newest:
            self.newestChanged.emit()
        if arrived:
            self._tell_arrivals(arrived)

    def _apply_relations(
        self,
        aggregates: dict[EventId, Aggregate],
        redacted: tuple[EventId, ...],
        receipts: dict[UserId, EventId],
    ) -> None:
        touched: set[str] = set()
        for target, aggregate in aggregates.items():
            self._aggregates[target] = aggregate
            touched.add(target)
        for redacted_id in redacted:
            index = self.indexOf(redacted_id)
            if index >= 0:
                self._rows[index].redacted = True
                touched.add(redacted_id)
            self._replies.pop(redacted_id, None)
        # overlays the server has now answered for
        for txn_id, delivered in list(self._delivered.items()):
            overlay = self._overlays.get(txn_id)
            if overlay is None or self._answered(overlay, delivered, redacted):
                self._drop_overlay(txn_id, rerender=False)
                if overlay is not None:
                    touched.add(relation_target(overlay.content))
                    touched.update(self._reaction_holders(relation_target(overlay.content)))
        if receipts:
            before = set(self._receipts.values())
            self._receipts.update({u: e for u, e in receipts.items() if u != self._own})
            touched |= before | set(self._receipts.values())
            old = self._refresh_read_upto()
            low, high = sorted((old or (-(2**62), 0), self._read_upto or (-(2**62), 0)))
            touched |= {
                item.event_id
                for item in self._rows
                if item.sender == self._own and item.order is not None and low < item.order <= high
            }
        for index, item in enumerate(self._rows):
            if item.event_id in touched:
                self._recompose(item)
                self._rerender(index)
            elif item.reply_to and item.reply_to in redacted:
                self._rerender(index)

    def _answered(self, overlay: OutboxItem, delivered: str, redacted: tuple[EventId, ...]) -> bool:
        """The server's totals now include this change of the user's (its overlay can go)."""
        target = relation_target(overlay.content)
        kind = relation_kind(overlay.event_type, overlay.content)
        aggregate = self._aggregates.get(EventId(target))
        if kind == "reaction":
            return aggregate is not None and any(r.own_event == delivered for r in aggregate.reactions)
        if kind == "edit":
            return aggregate is not None and aggregate.edit_event == delivered
        if kind == "redaction":
            if target in redacted:
                return True
            holders = self._reaction_holders(target)
            return not holders and self.indexOf(target) < 0
        return True

    def _reaction_holders(self, reaction_event: str) -> list[str]:
        """The messages whose totals still count the reaction event ``reaction_event``."""
        return [
            event_id
            for event_id, aggregate in self._aggregates.items()
            if any(r.own_event == reaction_event for r in aggregate.reactions)
        ]

    def _set_overlay(self, item: OutboxItem) -> None:
        if item.state == "failed":
            self._drop_overlay(item.txn_id)
            self.jumpFailed.emit(item.error or tr("That change could not be sent."))
            return
        self._overlays[item.txn_id] = item
        if item.event_id:
            self._delivered[item.txn_id] = item.event_id
        self._refresh_target(relation_target(item.content))

    def _drop_overlay(self, txn_id: str, *, rerender: bool = True) -> None:
        item = self._overlays.pop(txn_id, None)
        self._delivered.pop(txn_id, None)
        if item is not None and rerender:
            self._refresh_target(relation_target(item.content))

    def _refresh_target(self, target: str) -> None:
        """Re-render the row a relation changes; for the redaction of a reaction, the row the
        reaction was on."""
        index = self.indexOf(target)
        if index < 0:
            for event_id, aggregate in self._aggregates.items():
                if any(r.own_event == target for r in aggregate.reactions):
                    index = self.indexOf(event_id)
                    break
        if index < 0:
            for overlay in self._overlays.values():
                if overlay.event_id == target or self._delivered.get(overlay.txn_id) == target:
                    index = self.indexOf(relation_target(overlay.content))
                    break
        if index >= 0:
            self._recompose(self._rows[index])
            self._rerender(index)

    def _upsert_echo(self, item: OutboxItem) -> None:
        index = self._find_echo(item.txn_id)
        if index >= 0:
            echo = self._rows[index]
            echo.send_state = _SEND_STATES.get(item.state, "sending")
            echo.error = item.error
            if item.event_id:
                echo.event_id = item.event_id
            self._rerender(index)
            return
        if any(r.txn_id == item.txn_id for r in self._rows):
            return  # the server's event is already shown
        self._insert(0, self._echo_item(item))

    def _add_remote(self, row: TimelineRow) -> None:
        if called := self._calls.add((row,)):
            self._reword_calls(called)
        if row.kind is EventKind.MEMBER and row.state_key:
            self._rename(row.state_key, row.content.get("displayname"))
            self._read_state.avatars[row.state_key] = str(row.content.get("avatar_url") or "")
        if row.event_id in self._known_events:
            return
        if row.txn_id and row.txn_id in self._overlays:
            self._delivered[row.txn_id] = row.event_id
        for index, item in enumerate(self._rows):
            same_txn = bool(row.txn_id) and item.txn_id == row.txn_id
            if item.is_echo and (same_txn or (bool(item.event_id) and item.event_id == row.event_id)):
                replacement = self._item_from_row(row)
                if replacement is None:
                    self._remove(index)
                else:
                    replacement.txn_id = item.txn_id
                    self._rows[index] = replacement
                    self._known_events.add(row.event_id)
                    self._rerender(index)
                    if index > 0:
                        self._rerender(index - 1)
                    self._refresh_runs(max(0, index - 1), min(len(self._rows) - 1, index + 1))
                return
        new = self._item_from_row(row)
        if new is None:
            return
        self._known_events.add(row.event_id)
        # New events go below the echoes still waiting for the server, which stay newest.
        position, rows = 0, self._rows
        while position < len(rows) and rows[position].is_echo and not rows[position].event_id:
            position += 1
        self._insert(position, new)
        if new.reply_to:
            self._fetch_missing_replies()
        if new.call_line is not None and new.call_line.changes_at:
            self._schedule_call_rewording()

    def _insert(self, position: int, item: _Item) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, item)
        self._render(position)
        self.endInsertRows()
        if position > 0:
            self._rerender(position - 1)
        self._refresh_runs(max(0, position - 1), min(len(self._rows) - 1, position + 1))
        self.countChanged.emit()

    def _remove(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._rows[index]
        self.endRemoveRows()
        if index > 0:
            self._rerender(index - 1)
        if self._rows:
            self._refresh_runs(max(0, index - 1), min(len(self._rows) - 1, index))
        self.countChanged.emit()

    def _find_echo(self, txn_id: str) -> int:
        for index, item in enumerate(self._rows):
            if item.is_echo and item.txn_id == txn_id:
                return index
        return -1

    def find_txn(self, txn_id: str) -> int:
        """The row showing transaction ``txn_id`` (echo or the server's copy), or -1."""
        for index, item in enumerate(self._rows):
            if item.txn_id == txn_id:
                return index
        return -1

    # -- reply targets ---------------------------------------------------------------------------

    def _fetch_missing_replies(self) -> None:
        """Quote the originals of replies: from the loaded rows, the cache, or the server."""
        room = self._room
        if room is None:
            return
        loaded = {item.event_id for item in self._rows}
        for item in self._rows:
            target = item.reply_to
            known = target in loaded or EventId(target) in self._replies or target in self._fetching
            if target and not known:
                self._fetching.add(target)
                self._tasks.spawn(self._fetch_reply(room, self._generation, target), name="reply-target")

    async def _fetch_reply(self, room_id: RoomId, generation: int, target: str) -> None:
        try:
            row = await self._source.fetch_event(room_id, EventId(target))
        except Exception as exc:  # offline, forbidden: the quote says it is not available
            log.info("reply target %s not fetched: %s", target, exc)
            row = None
        if generation != self._generation:
            return
        self._fetching.discard(target)
        self._replies[EventId(target)] = row
        for index, item in enumerate(self._rows):
            if item.reply_to == target:
                self._rerender(index)

    def _reply_values(self, item: _Item) -> tuple[str, str, str]:
        target = item.reply_to
        if not target or item.redacted:
            return "", "", ""
        index = self.indexOf(target)
        if index >= 0:
            other = self._rows[index]
            if other.redacted:
                text = tr("Message deleted")
            else:
                text = " ".join(other.body.split())
                text = text if len(text) <= 140 else text[:139] + "…"
            return self._name_of(other.sender), avatar_color(other.sender), text
        row = self._replies.get(EventId(target))
        return reply_preview(row, self._name_of, loading=target in self._fetching)

    # -- arrivals, for screen readers ------------------------------------------------------------

    def _tell_arrivals(self, event_ids: list[str]) -> None:
        """Emit :attr:`othersArrived` for the shown messages among ``event_ids`` (state lines and
        calls are left out: a call rings on its own). New rows are the newest, so the search
        stops as soon as all are found."""
        wanted = set(event_ids)
        items: list[_Item] = []
        for item in self._rows:
            if not wanted:
                break
            if item.event_id in wanted:
                wanted.discard(item.event_id)
                if item.kind in ("message", "placeholder"):
                    items.append(item)
        unnamed = {item.sender for item in items} - self._names.keys()
        if unnamed and self._room is not None:
            self._tasks.spawn(
                self._name_then_tell(self._room, self._generation, items, unnamed), name="timeline-names"
            )
        elif items:
            self._emit_arrivals(items)

    async def _name_then_tell(
        self, room_id: RoomId, generation: int, items: list[_Item], unnamed: set[str]
    ) -> None:
        """Members are lazy-loaded: someone's first message since the room was opened brings
        their name in the sync's state, which the cache holds by now. Their rows and the
        announcement get the name instead of the user ID."""
        names = await self._source.member_names(room_id)
        if generation != self._generation:
            return
        learnt = {user_id for user_id in unnamed if user_id in names}
        for user_id in learnt:
            self._names[user_id] = names[user_id]
        if learnt:
            for index, item in enumerate(self._rows):
                if item.sender in learnt:
                    self._rerender(index)
        self._emit_arrivals(items)

    def _emit_arrivals(self, items: list[_Item]) -> None:
        self.othersArrived.emit([[self._name_of(item.sender), item.body] for item in reversed(items)])

    # -- building rows ---------------------------------------------------------------------------

    def _rename(self, user_id: str, value: object) -> None:
        """A member changed their name while the room is open: apply the spec's rule at once —
        a name another member has too shows with the user ID."""
        name = " ".join(value.split())[:255] if isinstance(value, str) else ""
        if not name:
            self._names[user_id] = user_id
            return
        key = name.casefold()
        clashes = [u for u, n in self._names.items() if u != user_id and n.split(" (@")[0].casefold() == key]
        self._names[user_id] = f"{name} ({user_id})" if clashes else name
        for other in clashes:
            self._names[other] = f"{name} ({other})"

    def _name_of(self, user_id: str) -> str:
        return display_name(self._names.get(user_id) or user_id)

    def name_of(self, user_id: str) -> str:
        """The display name of a member of the open room (their ID when unknown)."""
        return self._name_of(user_id)

    def _edit_of(self, item: _Item) -> dict[str, Any] | None:
        """The content to show instead of the original: a pending edit, else the latest edit."""
        pending = None
        for overlay in self._overlays.values():
            is_edit = relation_kind(overlay.event_type, overlay.content) == "edit"
            if is_edit and relation_target(overlay.content) == item.event_id:
                new = overlay.content.get("m.new_content")
                pending = new if isinstance(new, dict) else pending
        if pending is not None:
            return pending
        aggregate = self._aggregates.get(EventId(item.event_id))
        return aggregate.edit_content if aggregate is not None else None

    def _pending_redaction(self, event_id: str) -> bool:
        return any(
            o.event_type == "m.room.redaction" and relation_target(o.content) == event_id
            for o in self._overlays.values()
        )

    def _pending_reactions(self, event_id: str) -> dict[str, int]:
        changes: dict[str, int] = {}
        reactions = {
            self._delivered.get(o.txn_id) or str(o.event_id): o
            for o in self._overlays.values()
            if o.event_type == "m.reaction"
        }
        for overlay in self._overlays.values():
            target = relation_target(overlay.content)
            if overlay.event_type == "m.reaction" and target == event_id:
                relates = overlay.content.get("m.relates_to")
                key = relates.get("key") if isinstance(relates, dict) else None
                if isinstance(key, str):
                    changes[key] = 1
            elif overlay.event_type == "m.room.redaction":
                # un-reacting: the redaction's target is the user's own reaction event
                aggregate = self._aggregates.get(EventId(event_id))
                for reaction in aggregate.reactions if aggregate else ():
                    if reaction.own_event and reaction.own_event == target:
                        changes[reaction.key] = -1
                sent = reactions.get(target)
                if sent is not None and relation_target(sent.content) == event_id:
                    relates = sent.content.get("m.relates_to")
                    key = relates.get("key") if isinstance(relates, dict) else None
                    if isinstance(key, str):
                        changes[key] = -1
        return changes

    def _recompose(self, item: _Item) -> None:
        """Recompute what a message says (after an edit, a deletion, a name change)."""
        if item.kind not in ("message", "placeholder", "call") or (not item.content and not item.redacted):
            return
        if item.redacted or self._pending_redaction(item.event_id):
            item.kind, item.body, item.html, item.edited, item.reply_to = (
                "placeholder",
                tr("Message deleted"),
                "",
                False,
                "",
            )
            return
        item.kind = "message"
        view = view_message(
            item.content,
            item.event_type,
            self._name_of(item.sender),
            edit_content=self._edit_of(item),
            own_user=self._own,
            own_name=self._names.get(self._own, ""),
            name_of=self._name_of,
        )
        item.body, item.html, item.msgtype = view.body, view.html, view.msgtype
        item.edited, item.mentions_me, item.reply_to = view.edited, view.mentions_me, view.reply_to

    def _item_from_row(self, row: TimelineRow) -> _Item | None:
        if relation_kind(row.type, row.content) == "thread" and not row.redacted:
            return None  # shown in the thread panel; the root shows the summary
        described = describe(row, self._name_of)
        if described is None:
            return None
        kind, text = described
        own = row.sender == self._own
        call_line = self._call_line(row) if kind == "call" else None
        if kind == "call" and call_line is None:
            kind, text = "placeholder", tr("This call could not be shown")
        item = _Item(
            event_id=row.event_id,
            txn_id=row.txn_id or "",
            order=row.order,
            sender=row.sender,
            ts=row.ts,
            kind=kind,
            base_kind=kind,
            event_type=row.type,
            content=row.content if kind == "message" else {},
            body=text,
            redacted=row.redacted,
            send_state="sent" if own and kind == "message" else "",
            run_entry=run_entry(row, self._name_of) if kind == "state" else ("", ""),
            call=row if call_line is not None else None,
            call_line=call_line,
        )
        if call_line is not None:
            item.body = call_line.text
        self._recompose(item)
        return item

    # -- calls -----------------------------------------------------------------------------------

    def _take_calls(
        self, rows: Iterable[TimelineRow], calls: Mapping[str, Iterable[TimelineRow]]
    ) -> set[str]:
        """Remember a page's call events (its own rows, and the whole call of each invite on it);
        return the calls that gained events."""
        changed = self._calls.add(rows)
        for events in calls.values():
            changed |= self._calls.add(events)
        return changed

    def _call_line(self, invite: TimelineRow) -> CallLine | None:
        return self._calls.line(invite, self._own, int(time.time() * 1000))

    def _reword_calls(self, call_ids: set[str] | None = None) -> None:
        """Reword the rows of ``call_ids`` (None: every call row), e.g. when a hangup arrives."""
        for index, item in enumerate(self._rows):
            invite = item.call
            if item.kind != "call" or invite is None:
                continue
            if call_ids is not None and call_id_of(invite.type, invite.content) not in call_ids:
                continue
            line = self._call_line(invite)
            if line is not None and line != item.call_line:
                item.call_line, item.body = line, line.text
                self._rerender(index)
        self._schedule_call_rewording()

    @Slot()
    def _reword_all_calls(self) -> None:
        self._reword_calls(None)

    def _schedule_call_rewording(self) -> None:
        """Wake up when the first ringing call stops ringing (its invite expires unanswered)."""
        soonest = min(
            (i.call_line.changes_at for i in self._rows if i.call_line and i.call_line.changes_at),
            default=None,
        )
        if soonest is None:
            self._call_timer.stop()
        else:  # an invite dated in the future (a server's clock says so) expires later than a timer goes
            wait = max(0, soonest - int(time.time() * 1000)) + 100
            self._call_timer.start(min(wait, MAX_TIMER_MS))

    def _items_from_page(self, rows: Iterable[TimelineRow]) -> list[_Item]:
        return [item for row in rows if (item := self._item_from_row(row)) is not None]

    def _echo_item(self, item: OutboxItem) -> _Item:
        echo = _Item(
            event_id=item.event_id or "",
            txn_id=item.txn_id,
            order=None,
            sender=self._own,
            ts=item.created_ts,
            kind="message",
            base_kind="message",
            event_type=item.event_type,
            content=item.content,
            send_state=_SEND_STATES.get(item.state, "sending"),
            error=item.error,
            local_file=item.attachment is not None,
        )
        if not item.uploading:
            self._uploads.pop(item.txn_id, None)
        self._recompose(echo)
        return echo

    def _readers(self, item: _Item) -> list[dict[str, str]]:
        if not item.event_id or item.is_echo:
            return []
        people = sorted(u for u, e in self._receipts.items() if e == item.event_id and u != item.sender)
        return [
            {"name": self._name_of(u), "initials": initials(self._name_of(u)), "color": avatar_color(u)}
            for u in people
        ]

    def _read_by_others(self, item: _Item) -> bool:
        """Someone else's receipt is at this own message or a newer row."""
        return item.order is not None and self._read_upto is not None and item.order <= self._read_upto

    def _refresh_read_upto(self) -> tuple[int, int] | None:
        """The newest loaded row someone else has read (one pass over the rows); returns the old."""
        old = self._read_upto
        receipted = set(self._receipts.values())
        orders = [i.order for i in self._rows if i.order is not None and i.event_id in receipted]
        self._read_upto = max(orders) if orders else None
        return old

    def _render(self, index: int) -> None:
        item = self._rows[index]
        older = self._rows[index + 1] if index + 1 < len(self._rows) else None
        new_day = older is None or older.day != item.day
        unread_above = (
            self._unread_anchor is not None
            and older is not None
            and older.event_id == self._unread_anchor
            and not item.is_echo
            and item.sender != self._own
        )
        grouped = (
            older is not None
            and not new_day
            and not unread_above
            and item.kind == "message"
            and older.kind == "message"
            and older.sender == item.sender
            and 0 <= item.ts - older.ts <= GROUP_WINDOW_MS
        )
        own = item.sender == self._own
        message = item.kind == "message"
        aggregate = self._aggregates.get(EventId(item.event_id)) if item.event_id else None
        reactions: list[dict[str, Any]] = []
        thread_count, thread_line = 0, ""
        if message and item.event_id:
            reactions = reaction_chips(
                aggregate.reactions if aggregate else (),
                self._own,
                self._pending_reactions(item.event_id),
                self._name_of,
            )
            if aggregate is not None and aggregate.thread_count:
                thread_count = aggregate.thread_count
                last = aggregate.thread_last_sender
                thread_line = thread_text(thread_count, self._name_of(last) if last else "")
        send_state = item.send_state
        if own and message and send_state == "sent" and self._read_by_others(item):
            send_state = "read"
        readers = self._readers(item)
        reply = self._reply_values(item) if message else ("", "", "")
        item.values = (
            item.event_id,
            item.txn_id,
            item.sender,
            self._name_of(item.sender),
            avatar_color(item.sender),
            item.body,
            clock(item.ts),
            item.kind,
            own,
            send_state,
            grouped,
            new_day,
            day_label(item.day) if new_day else "",
            item.error,
            *item.run,
            item.html,
            item.edited,
            item.msgtype,
            item.reply_to if message else "",
            *reply,
            reactions,
            thread_count,
            thread_line,
            item.mentions_me and not own,
            readers[:MAX_READERS],
            max(0, len(readers) - MAX_READERS),
            unread_above,
            bool(item.event_id) and item.event_id == self._highlight,
            message and own and item.event_id.startswith("$") and item.msgtype in EDITABLE,
            message and item.event_id.startswith("$") and (own or self._read_state.can_redact_others),
            item.call_line is not None and item.call_line.video,
            item.call_line is not None and item.call_line.missed,
            media_view(
                item.event_type,
                item.content,
                txn_id=item.txn_id,
                local_file=item.local_file,
                progress=self._uploads.get(item.txn_id, -1.0) if item.is_echo else -1.0,
            )
            if message and not item.redacted
            else {},
            avatar_url(self._read_state.avatars.get(item.sender, "")),
            initials(self._name_of(item.sender)),
        )

    def _rerender(self, index: int) -> None:
        before = self._rows[index].values
        self._render(index)
        if self._rows[index].values != before:
            model_index = self.index(index)
            self.dataChanged.emit(model_index, model_index)

    def _refresh_unread(self) -> None:
        """Move the "New messages" line to where the anchor is now (or remove it)."""
        for index, item in enumerate(self._rows):
            if item.values and item.values[_UNREAD]:
                self._rerender(index)
        if self._unread_anchor is not None:
            index = self.indexOf(self._unread_anchor)
            if index > 0:
                self._rerender(index - 1)
        self.unreadChanged.emit()

    # -- runs of state lines ---------------------------------------------------------------------

    def _linked(self, index: int) -> bool:
        """Row ``index`` and its older neighbour belong to one run of state lines."""
        if index + 1 >= len(self._rows):
            return False
        item, older = self._rows[index], self._rows[index + 1]
        return item.kind == "state" and older.kind == "state" and item.day == older.day

    def _refresh_runs(self, first: int, last: int, *, notify: bool = True) -> None:
        """Recompute the runs touching rows ``first..last`` (index order, newest first)."""
        if not self._rows:
            return
        while first > 0 and self._linked(first - 1):
            first -= 1
        while last + 1 < len(self._rows) and self._linked(last):
            last += 1
        start = first
        while start <= last:
            end = start
            while self._linked(end):
                end += 1
            self._set_run(start, end, notify)
            start = end + 1

    def _set_run(self, newest: int, oldest: int, notify: bool) -> None:
        members = self._rows[newest : oldest + 1]
        if len(members) < MIN_RUN:
            runs = [(0, "", False, False)] * len(members)
        else:
            expanded = any(m.event_id in self._expanded for m in members)
            text = run_summary([m.run_entry for m in reversed(members)])
            runs = [(0, "", False, not expanded)] * (len(members) - 1) + [
                (len(members), text, expanded, False)
            ]
        for offset, run in enumerate(runs):
            item = self._rows[newest + offset]
            if item.run != run:
                item.run = run
                if notify:
                    self._rerender(newest + offset)
                else:
                    self._render(newest + offset)

    @Slot(int)
    def toggleRun(self, index: int) -> None:
        """Expand the collapsed run of state lines around row ``index``, or collapse it again."""
        if not 0 <= index < len(self._rows) or self._rows[index].kind != "state":
            return
        newest = index
        while newest > 0 and self._linked(newest - 1):
            newest -= 1
        oldest = index
        while self._linked(oldest):
            oldest += 1
        ids = {item.event_id for item in self._rows[newest : oldest + 1] if item.event_id}
        if ids & self._expanded:
            self._expanded -= ids
        else:
            self._expanded |= ids
        self._set_run(newest, oldest, notify=True)

    # -- state -----------------------------------------------------------------------------------

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loadingChanged.emit()

    def _set_at_start(self, value: bool) -> None:
        if value != self._at_start:
            self._at_start = value
            self.atStartChanged.emit()

    async def close(self) -> None:
        self._generation += 1
        self._highlight_timer.stop()
        await self._tasks.cancel_all()


__all__ = ["ROLES", "TimelineModel", "TimelineSource"]
