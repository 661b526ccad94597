"""One conversation's timeline for a bottom-to-top ``ListView``: the newest row is index 0.

Rows are cache events plus local echoes of what the user is sending. An echo appears in the same
call that submitted it and is replaced *in place* by the server's event when sync (or the send
response) identifies it, so nothing jumps. Older history is appended at the end (the visual top)
which, with a bottom-to-top view, never moves what the reader is looking at.

Grouping and date separators depend on the older neighbour only, so an insert at the top touches
one row and a page of history touches the rows it adds plus the one that used to be oldest.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Signal,
    Slot,
)

from ..api.events import EventKind
from ..api.ids import EventId, RoomId, TxnId, UserId
from ..store.rows import OutboxItem, TimelineRow
from ..store.timeline import TimelinePage
from .event_text import describe, message_body, run_entry, run_summary
from .formatting import avatar_color, clock, day_label, local_time
from .row_model import RowListModel, role_table
from .tasks import TaskGroup

log = logging.getLogger(__name__)

GROUP_WINDOW_MS = 5 * 60 * 1000
MIN_RUN = 3
"""Consecutive state lines (on one day) that collapse into one summary line, at least."""
PAGE_SIZE = 50
MAX_EMPTY_PAGES = 5

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
)
ROLES = role_table(ROLE_NAMES)
_SEND_STATES = {"queued": "sending", "sending": "sending", "sent": "sent", "failed": "failed"}


class TimelineSource(Protocol):
    """What the model needs from a :class:`~messenger_desktop.session.session.Session`."""

    async def page(
        self, room_id: RoomId, before: tuple[int, int] | None = None, limit: int = ...
    ) -> TimelinePage: ...

    async def pending(self, room_id: RoomId | None = None) -> list[OutboxItem]: ...

    async def member_names(self, room_id: RoomId) -> dict[str, str]: ...


@dataclass(slots=True)
class _Item:
    event_id: str  # "" for an echo the server has not confirmed yet
    txn_id: str
    order: tuple[int, int] | None  # None: a local echo
    sender: str
    ts: int
    kind: str
    body: str
    send_state: str = ""
    error: str = ""
    run_entry: tuple[str, str] = ("", "")
    run: tuple[int, str, bool, bool] = (0, "", False, False)
    """runCount, runText, runExpanded (on the oldest row of a collapsible run), collapsed (the others)."""
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
        self._pending_changes: list[
            tuple[
                Mapping[RoomId, tuple[TimelineRow, ...]],
                tuple[OutboxItem, ...],
                Mapping[TxnId, EventId | None],
            ]
        ] = []
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

    # -- for tests and controllers ---------------------------------------------------------------

    def row(self, index: int) -> dict[str, Any]:
        """One row as ``{role name: value}`` (tests, debugging)."""
        return dict(zip(ROLE_NAMES, self._rows[index].values, strict=True))

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
        self.endResetModel()
        self._set_at_start(False)
        self.roomIdChanged.emit()
        self.countChanged.emit()
        if room_id is None:
            self._set_loading(False)
            return
        self._set_loading(True)
        self._tasks.spawn(self._load(room_id, self._generation), name="timeline-open")

    async def _load(self, room_id: RoomId, generation: int) -> None:
        try:
            names = await self._source.member_names(room_id)
            page = await self._source.page(room_id, limit=PAGE_SIZE)
            pending = await self._source.pending(room_id)
        except Exception:
            if generation == self._generation:
                self._set_loading(False)
            raise
        if generation != self._generation:
            return
        self._names = names
        self.beginResetModel()
        echoes = [self._echo_item(i) for i in sorted(pending, key=lambda i: i.seq, reverse=True)]
        remote = self._items_from_page(page.rows)
        self._rows = [*echoes, *remote]
        self._known_events = {i.event_id for i in remote}
        self._oldest = page.rows[-1].order if page.rows else None
        for i in range(len(self._rows) - 1, -1, -1):
            self._render(i)
        self._refresh_runs(0, len(self._rows) - 1, notify=False)
        self.endResetModel()
        self._set_at_start(page.at_start)
        self._set_loading(False)
        queued, self._pending_changes = self._pending_changes, []
        for appended, outbox, removed in queued:
            self._apply(appended, outbox, removed)
        self.countChanged.emit()
        self.newestChanged.emit()
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
            for _ in range(MAX_EMPTY_PAGES):
                page = await self._source.page(room_id, before=self._oldest, limit=PAGE_SIZE)
                if generation != self._generation:
                    return
                if page.rows:
                    self._oldest = page.rows[-1].order
                fresh = [r for r in page.rows if r.event_id not in self._known_events]
                items = self._items_from_page(fresh)
                self._append_oldest(items)
                self._set_at_start(page.at_start)
                if items or page.at_start or not page.rows:
                    return
        finally:
            if generation == self._generation:
                self._loading_older = False
                self.loadingChanged.emit()

    def _append_oldest(self, items: list[_Item]) -> None:
        if not items:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self._rows.extend(items)
        self._known_events.update(i.event_id for i in items)
        for i in range(len(self._rows) - 1, first - 1, -1):
            self._render(i)
        self.endInsertRows()
        if first > 0:  # the formerly oldest row may now group with, or share a day with, its new neighbour
            self._rerender(first - 1)
        self._refresh_runs(max(0, first - 1), len(self._rows) - 1)
        self.countChanged.emit()

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
        if self._loading:
            self._pending_changes.append(({self._room: rows}, mine, dict(outbox_removed)))
            return
        self._apply({self._room: rows}, mine, outbox_removed)

    def _apply(
        self,
        appended: Mapping[RoomId, tuple[TimelineRow, ...]],
        outbox: tuple[OutboxItem, ...],
        outbox_removed: Mapping[TxnId, EventId | None],
    ) -> None:
        newest = self._rows[0] if self._rows else None
        for item in outbox:
            self._upsert_echo(item)
        for row in appended.get(self._room, ()) if self._room else ():
            self._add_remote(row)
        for txn_id, event_id in outbox_removed.items():
            index = self._find_echo(txn_id)
            if index < 0:
                continue
            if event_id is None:
                self._remove(index)
            else:  # delivered; the server's copy will replace it when sync brings it
                echo = self._rows[index]
                echo.event_id, echo.send_state, echo.error = event_id, "sent", ""
                self._rerender(index)
        if (self._rows[0] if self._rows else None) is not newest:
            self.newestChanged.emit()

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
        if row.kind is EventKind.MEMBER and row.state_key:
            name = row.content.get("displayname")
            if isinstance(name, str) and name.strip():
                self._names[row.state_key] = " ".join(name.split())[:255]
        if row.event_id in self._known_events:
            return
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

    # -- building rows ---------------------------------------------------------------------------

    def _name_of(self, user_id: str) -> str:
        return self._names.get(user_id) or user_id

    def _item_from_row(self, row: TimelineRow) -> _Item | None:
        described = describe(row, self._name_of)
        if described is None:
            return None
        kind, text = described
        own = row.sender == self._own
        return _Item(
            event_id=row.event_id,
            txn_id=row.txn_id or "",
            order=row.order,
            sender=row.sender,
            ts=row.ts,
            kind=kind,
            body=text,
            send_state="sent" if own and kind == "message" else "",
            run_entry=run_entry(row, self._name_of) if kind == "state" else ("", ""),
        )

    def _items_from_page(self, rows: Iterable[TimelineRow]) -> list[_Item]:
        return [item for row in rows if (item := self._item_from_row(row)) is not None]

    def _echo_item(self, item: OutboxItem) -> _Item:
        return _Item(
            event_id=item.event_id or "",
            txn_id=item.txn_id,
            order=None,
            sender=self._own,
            ts=item.created_ts,
            kind="message",
            body=message_body(item.content, self._name_of(self._own), item.event_type),
            send_state=_SEND_STATES.get(item.state, "sending"),
            error=item.error,
        )

    def _render(self, index: int) -> None:
        item = self._rows[index]
        older = self._rows[index + 1] if index + 1 < len(self._rows) else None
        new_day = older is None or older.day != item.day
        grouped = (
            older is not None
            and not new_day
            and item.kind == "message"
            and older.kind == "message"
            and older.sender == item.sender
            and 0 <= item.ts - older.ts <= GROUP_WINDOW_MS
        )
        item.values = (
            item.event_id,
            item.txn_id,
            item.sender,
            self._name_of(item.sender),
            avatar_color(item.sender),
            item.body,
            clock(item.ts),
            item.kind,
            item.sender == self._own,
            item.send_state,
            grouped,
            new_day,
            day_label(item.day) if new_day else "",
            item.error,
            *item.run,
        )

    def _rerender(self, index: int) -> None:
        before = self._rows[index].values
        self._render(index)
        if self._rows[index].values != before:
            model_index = self.index(index)
            self.dataChanged.emit(model_index, model_index)

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
        await self._tasks.cancel_all()


__all__ = ["ROLES", "TimelineModel", "TimelineSource"]
