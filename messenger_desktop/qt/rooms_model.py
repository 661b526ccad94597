"""The conversation list: invites on top, then by last activity; filtered in Python.

Rows are precomputed tuples, so ``data()`` is an index. Changes arrive as
:class:`~messenger_desktop.store.rows.RoomSummary` rows and are applied as single inserts, moves,
removals and ``dataChanged`` — the list never resets after the first load, so QML keeps
the scroll position and the current item.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Signal,
    Slot,
)

from ..api.ids import RoomId, UserId
from ..store.rows import RoomSummary
from .formatting import avatar_color, initials, list_time, tr
from .row_model import RowListModel, role_table

ROLE_NAMES = (
    "roomId",
    "name",
    "initials",
    "avatarColor",
    "lastBody",
    "lastSender",
    "timeText",
    "unread",
    "isInvite",
)
ROLES = role_table(ROLE_NAMES)


@dataclass(frozen=True, slots=True)
class RoomRow:
    room_id: RoomId
    sort_key: tuple[int, int, str]
    search_text: str
    values: tuple[Any, ...]
    is_group: bool = True
    """A group, not a direct chat: bubbles and the list's preview show who said what."""
    members: int = 0
    invited: int = 0
    """People invited who have not joined yet (the header counts them apart from the members)."""
    topic: str = ""


def is_group(summary: RoomSummary) -> bool:
    """A group or a direct chat, as the user thinks of it.

    A room in the account's ``m.direct`` is a direct chat and a room with a name of its own is a
    group, whatever their size. Only an unnamed room nobody marked as direct (a chat someone else
    started, for instance) is judged by its size: two people make a direct chat.
    """
    if summary.is_direct:
        return False
    if summary.explicit_name:
        return True
    return summary.joined_count + summary.invited_count > 2


def make_row(summary: RoomSummary, own_user: UserId) -> RoomRow:
    invite = summary.membership == "invite"
    name = summary.name or summary.room_id
    group = is_group(summary)
    if invite:
        invited = tr("%1 invited you").replace("%1", summary.last_sender_name or summary.inviter)
        sender, body = "", (invited if summary.inviter else tr("Invitation"))
    else:
        own = summary.last_sender == own_user
        sender = tr("You") if own else (summary.last_sender_name if group else "")
        body = summary.last_body
    values = (
        summary.room_id,
        name,
        initials(name),
        avatar_color(summary.room_id),
        body,
        sender,
        list_time(summary.last_ts),
        summary.notification_count,
        invite,
    )
    sort_key = (0 if invite else 1, -summary.last_ts, summary.room_id)
    return RoomRow(
        summary.room_id,
        sort_key,
        name.casefold(),
        values,
        group,
        summary.joined_count,
        summary.invited_count,
        " ".join(summary.topic.split())[:200],
    )


class RoomsModel(RowListModel):
    ROLE_NAMES = ROLE_NAMES

    filterTextChanged = Signal()
    countChanged = Signal()
    loadedChanged = Signal()

    def __init__(self, own_user: UserId, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own_user = own_user
        self._all: list[RoomRow] = []  # every room, sorted
        self._rows: list[RoomRow] = []  # the visible (filtered) ones, same order
        self._filter = ""
        self._loaded = False

    # -- properties for QML ----------------------------------------------------------------------

    def _get_filter(self) -> str:
        return self._filter

    def _set_filter(self, text: str) -> None:
        if text == self._filter:
            return
        self._filter = text
        self._refilter()
        self.filterTextChanged.emit()

    filterText = QtProperty(str, _get_filter, _set_filter, notify=filterTextChanged)

    def _get_count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _get_count, notify=countChanged)

    def _get_total(self) -> int:
        return len(self._all)

    total = QtProperty(int, _get_total, notify=countChanged)
    """Rooms before filtering: tells "no conversations yet" apart from "nothing matches"."""

    def _get_loaded(self) -> bool:
        return self._loaded

    loaded = QtProperty(bool, _get_loaded, notify=loadedChanged)

    @Slot(int, result=str)
    def roomIdAt(self, row: int) -> str:
        return self._rows[row].room_id if 0 <= row < len(self._rows) else ""

    @Slot(str, result="QVariantList")
    def choices(self, text: str) -> list[dict[str, str]]:
        """Joined conversations whose name contains ``text``, for pickers (forwarding), without
        touching the list's own filter."""
        needle = text.casefold().strip()
        return [
            {"roomId": r.room_id, "name": r.values[1], "initials": r.values[2], "color": r.values[3]}
            for r in self._all
            if not r.values[8] and (not needle or needle in r.search_text)
        ]

    @Slot(str, result=int)
    def indexOf(self, room_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.room_id == room_id:
                return i
        return -1

    # -- applying data ---------------------------------------------------------------------------

    def load(self, summaries: Iterable[RoomSummary]) -> None:
        """The first load: the one reset this model ever does."""
        self.beginResetModel()
        rows = {s.room_id: make_row(s, self._own_user) for s in summaries if _listed(s)}
        self._all = sorted(rows.values(), key=lambda r: r.sort_key)
        self._rows = [r for r in self._all if self._matches(r)]
        self.endResetModel()
        self.countChanged.emit()
        if not self._loaded:
            self._loaded = True
            self.loadedChanged.emit()

    def apply(self, changed: Iterable[RoomSummary], removed: Iterable[RoomId] = ()) -> None:
        before = (len(self._rows), len(self._all))
        for room_id in removed:
            self._remove(room_id)
        for summary in changed:
            if _listed(summary):
                self._upsert(make_row(summary, self._own_user))
            else:
                self._remove(summary.room_id)
        if (len(self._rows), len(self._all)) != before:
            self.countChanged.emit()

    def has_unread(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and bool(self._rows[row].values[7])

    def all_rows(self) -> list[RoomRow]:
        """Every listed conversation in list order, whatever the filter shows."""
        return list(self._all)

    def row_for(self, room_id: str) -> RoomRow | None:
        for row in self._all:
            if row.room_id == room_id:
                return row
        return None

    def _matches(self, row: RoomRow) -> bool:
        return not self._filter or self._filter.casefold() in row.search_text

    def _remove(self, room_id: RoomId) -> None:
        self._all = [r for r in self._all if r.room_id != room_id]
        index = self.indexOf(room_id)
        if index >= 0:
            self.beginRemoveRows(QModelIndex(), index, index)
            del self._rows[index]
            self.endRemoveRows()

    def _upsert(self, row: RoomRow) -> None:
        self._all = [r for r in self._all if r.room_id != row.room_id]
        bisect.insort(self._all, row, key=lambda r: r.sort_key)
        old = self.indexOf(row.room_id)
        if not self._matches(row):
            if old >= 0:
                self.beginRemoveRows(QModelIndex(), old, old)
                del self._rows[old]
                self.endRemoveRows()
            return
        if old < 0:
            new = bisect.bisect_left([r.sort_key for r in self._rows], row.sort_key)
            self.beginInsertRows(QModelIndex(), new, new)
            self._rows.insert(new, row)
            self.endInsertRows()
            return
        others = [r.sort_key for i, r in enumerate(self._rows) if i != old]
        new = bisect.bisect_left(others, row.sort_key)
        if new != old:
            # Qt's move API counts the destination before the removal of the moved row.
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), new if new < old else new + 1)
            del self._rows[old]
            self._rows.insert(new, row)
            self.endMoveRows()
        else:
            self._rows[old] = row
        index = self.index(new)
        self.dataChanged.emit(index, index)

    def _refilter(self) -> None:
        """Show exactly the matching rows with removals and insertions, not a reset."""
        wanted = [r for r in self._all if self._matches(r)]
        keep = {r.room_id for r in wanted}
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].room_id not in keep:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        # What is left is a subsequence of ``wanted`` in the same order: insert the gaps.
        for i, row in enumerate(wanted):
            if i >= len(self._rows) or self._rows[i].room_id != row.room_id:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, row)
                self.endInsertRows()
        self.countChanged.emit()


def _listed(summary: RoomSummary) -> bool:
    return summary.membership in ("join", "invite")
