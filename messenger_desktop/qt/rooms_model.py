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
from ..richtext.bidi import display_name
from ..store.folders import Folder
from ..store.rows import RoomSummary
from .formatting import avatar_color, initials, list_time, tr
from .media_images import avatar_url
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
    "favourite",
    "lowPriority",
    "markedUnread",
    "level",
    "mentions",
    "savedMessages",
    "section",
    "avatarSource",
    "isGroup",
    "spamInvite",
    "inviter",
)
ROLES = role_table(ROLE_NAMES)
_AVATAR = ROLE_NAMES.index("avatarSource")
_INVITE = ROLE_NAMES.index("isInvite")

# The list's groups, top to bottom.
INVITES, SAVED, FAVOURITES, CONVERSATIONS, LOW_PRIORITY = range(5)
BUILT_IN_FOLDERS = ("all", "unread", "people", "groups")


@dataclass(frozen=True, slots=True)
class RoomRow:
    room_id: RoomId
    sort_key: tuple[int, float, int, str]
    search_text: str
    values: tuple[Any, ...]
    is_group: bool = True
    """A group, not a direct chat: bubbles and the list's preview show who said what."""
    members: int = 0
    invited: int = 0
    """People invited who have not joined yet (the header counts them apart from the members)."""
    topic: str = ""
    highlight: int = 0
    """Unread mentions and keywords (the server's highlight count)."""
    group: int = CONVERSATIONS
    replaced_by: str = ""
    """The room that replaced this one (a room upgrade), or ''."""

    @property
    def unread(self) -> int:
        return int(self.values[7])

    @property
    def marked_unread(self) -> bool:
        return bool(self.values[11])

    @property
    def level(self) -> str:
        return str(self.values[12])


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


def list_group(summary: RoomSummary) -> int:
    """Where the conversation sits: invitations, then saved messages, favourites (pinned), the
    rest by activity, low priority at the bottom."""
    if summary.membership == "invite":
        return INVITES
    if summary.saved_messages:
        return SAVED
    if summary.favourite:
        return FAVOURITES
    if summary.low_priority:
        return LOW_PRIORITY
    return CONVERSATIONS


def make_row(summary: RoomSummary, own_user: UserId) -> RoomRow:
    invite = summary.membership == "invite"
    name = (tr("Saved messages") if summary.saved_messages else summary.name) or summary.room_id
    is_a_group = is_group(summary)
    group = list_group(summary)
    if invite:
        # isolated: an override in the inviter's name would reverse "invited you"
        inviter = display_name(summary.last_sender_name or summary.inviter)
        invited = tr("%1 invited you").replace("%1", inviter)
        sender, body = "", (invited if summary.inviter else tr("Invitation"))
    else:
        own = summary.last_sender == own_user
        sender = (
            ""
            if summary.saved_messages
            else tr("You")
            if own
            else (summary.last_sender_name if is_a_group else "")
        )
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
        summary.favourite,
        summary.low_priority,
        summary.marked_unread and summary.notification_count == 0,
        summary.notification_level,
        summary.highlight_count > 0,
        summary.saved_messages,
        tr("Low priority") if group == LOW_PRIORITY else "",
        avatar_url(summary.avatar_url),
        is_a_group,
        invite and summary.spam_invite,
        summary.inviter if invite else "",
    )
    order = summary.tag_order if group in (FAVOURITES, LOW_PRIORITY) else 0.0
    sort_key = (group, order, -summary.last_ts, summary.room_id)
    return RoomRow(
        summary.room_id,
        sort_key,
        name.casefold(),
        values,
        is_a_group,
        summary.joined_count,
        summary.invited_count,
        " ".join(summary.topic.split())[:200],
        0 if invite else summary.highlight_count,
        group,
        summary.replacement_room,
    )


class RoomsModel(RowListModel):
    ROLE_NAMES = ROLE_NAMES

    filterTextChanged = Signal()
    countChanged = Signal()
    loadedChanged = Signal()
    unreadChanged = Signal()
    """The totals over every conversation changed (the tray, the launcher, the title follow)."""
    folderChanged = Signal()
    foldersChanged = Signal()
    """The user's custom folders changed."""
    spaceChanged = Signal()
    spacesChanged = Signal()
    """Spaces were joined, left, renamed or got other children."""

    def __init__(self, own_user: UserId, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own_user = own_user
        self._all: list[RoomRow] = []  # every room, sorted
        self._by_id: dict[str, RoomRow] = {}  # the same rows by room ID
        self._rows: list[RoomRow] = []  # the visible (filtered) ones, same order
        self._filter = ""
        self._loaded = False
        self._unread = (0, 0, 0)  # messages, mentions, conversations
        self._folder = "all"
        self._folders: dict[str, Folder] = {}
        self._space = ""
        self._spaces: dict[str, RoomSummary] = {}
        self._space_rooms: frozenset[str] = frozenset()

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

    def _get_folder(self) -> str:
        return self._folder

    def _set_folder(self, key: str) -> None:
        if key not in BUILT_IN_FOLDERS and key not in self._folders:
            key = "all"
        if key != self._folder:
            self._folder = key
            self._refilter()
            self.folderChanged.emit()

    folder = QtProperty(str, _get_folder, _set_folder, notify=folderChanged)
    """The folder tab shown: "all", "unread", "people", "groups" or a custom folder's id."""

    def _get_space(self) -> str:
        return self._space

    def _set_space(self, space_id: str) -> None:
        if space_id and space_id not in self._spaces:
            space_id = ""
        if space_id != self._space:
            self._space = space_id
            self._space_rooms = self._rooms_of_space(space_id)
            self._refilter()
            self.spaceChanged.emit()

    space = QtProperty(str, _get_space, _set_space, notify=spaceChanged)
    """The space whose conversations are shown ("" for every conversation)."""

    def set_folders(self, folders: Iterable[Folder]) -> None:
        self._folders = {folder.id: folder for folder in folders}
        if self._folder not in BUILT_IN_FOLDERS and self._folder not in self._folders:
            self._set_folder("all")
        elif self._folder in self._folders:
            self._refilter()
        self.foldersChanged.emit()

    def folders(self) -> list[Folder]:
        return list(self._folders.values())

    def spaces(self) -> list[RoomSummary]:
        """The joined spaces, by name."""
        return sorted(self._spaces.values(), key=lambda s: (s.name.casefold(), s.room_id))

    def in_folder(self, row: RoomRow, key: str) -> bool:
        """Whether ``row`` belongs in folder ``key``."""
        if key == "all":
            return True
        if key == "unread":
            return row.unread > 0 or row.marked_unread
        if key == "people":
            return not row.is_group and row.group != SAVED
        if key == "groups":
            return row.is_group and row.group != SAVED
        folder = self._folders.get(key)
        if folder is None:
            return False
        if folder.exclude_muted and row.level == "mute":
            return False
        if row.room_id in folder.rooms:
            return True
        include = folder.include
        return (
            ("people" in include and not row.is_group and row.group != SAVED)
            or ("groups" in include and row.is_group and row.group != SAVED)
            or ("unread" in include and (row.unread > 0 or row.marked_unread))
            or ("favourites" in include and row.group == FAVOURITES)
        )

    def unread_in(self, key: str) -> int:
        """Conversations with something unread in folder ``key`` (the number on its tab)."""
        return sum(
            1 for row in self._all if (row.unread > 0 or row.marked_unread) and self.in_folder(row, key)
        )

    def unread_in_space(self, space_id: str) -> int:
        """Conversations of the space with something unread (the number on its icon)."""
        rooms = self._rooms_of_space(space_id)
        return sum(1 for row in self._all if row.room_id in rooms and (row.unread > 0 or row.marked_unread))

    def _rooms_of_space(self, space_id: str) -> frozenset[str]:
        """The space's children, and theirs for child spaces (cycles are cut)."""
        found: set[str] = set()
        pending = [space_id] if space_id else []
        seen: set[str] = set()
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            space = self._spaces.get(current)
            for child in space.children if space is not None else ():
                found.add(child)
                if child in self._spaces:
                    pending.append(child)
        return frozenset(found)

    def _get_unread_total(self) -> int:
        return self._unread[0]

    unreadTotal = QtProperty(int, _get_unread_total, notify=unreadChanged)
    """Unread messages in every listed conversation (the one figure the tray, the launcher and
    the window title show)."""

    def _get_mention_total(self) -> int:
        return self._unread[1]

    mentionTotal = QtProperty(int, _get_mention_total, notify=unreadChanged)

    def _get_unread_rooms(self) -> int:
        return self._unread[2]

    unreadRooms = QtProperty(int, _get_unread_rooms, notify=unreadChanged)

    def _recount(self) -> None:
        unread = mentions = rooms = 0
        for row in self._all:
            if self._superseded(row):
                continue
            count = row.values[7]
            if count:
                unread += count
                rooms += 1
            elif row.marked_unread:
                rooms += 1
            mentions += row.highlight
        totals = (unread, mentions, rooms)
        if totals != self._unread:
            self._unread = totals
            self.unreadChanged.emit()

    @Slot(int, result=str)
    def roomIdAt(self, row: int) -> str:
        return self._rows[row].room_id if 0 <= row < len(self._rows) else ""

    @Slot(str, result="QVariantList")
    def choices(self, text: str) -> list[dict[str, str]]:
        """Joined conversations whose name contains ``text``, for pickers (forwarding), without
        touching the list's own filter."""
        needle = text.casefold().strip()
        return [
            {
                "roomId": r.room_id,
                "name": r.values[1],
                "initials": r.values[2],
                "color": r.values[3],
                "avatar": r.values[_AVATAR],
            }
            for r in self._all
            if not r.values[8] and (not needle or needle in r.search_text)
        ]

    @Slot(str, result=int)
    def indexOf(self, room_id: str) -> int:
        row = self._by_id.get(room_id)
        return -1 if row is None else self._position(self._rows, row)

    # -- applying data ---------------------------------------------------------------------------

    def load(self, summaries: Iterable[RoomSummary]) -> None:
        """The first load: the one reset this model ever does."""
        self.beginResetModel()
        summaries = list(summaries)
        self._spaces = {s.room_id: s for s in summaries if s.is_space and s.membership == "join"}
        self._space_rooms = self._rooms_of_space(self._space)
        rows = {s.room_id: make_row(s, self._own_user) for s in summaries if _listed(s)}
        self._all = sorted(rows.values(), key=_sort_key)
        self._by_id = {str(room): row for room, row in rows.items()}
        self._rows = [r for r in self._all if self._matches(r)]
        self.endResetModel()
        self.countChanged.emit()
        self._recount()
        if not self._loaded:
            self._loaded = True
            self.loadedChanged.emit()

    def apply(self, changed: Iterable[RoomSummary], removed: Iterable[RoomId] = ()) -> None:
        before = (len(self._rows), len(self._all))
        changed = list(changed)
        removed = list(removed)
        if any(s.is_space or s.room_id in self._spaces for s in changed) or any(
            r in self._spaces for r in removed
        ):
            self._apply_spaces(changed, removed)
        for room_id in removed:
            self._remove(room_id)
        for summary in changed:
            if _listed(summary):
                self._upsert(make_row(summary, self._own_user))
            else:
                self._remove(summary.room_id)
        # joined (or left) a room that replaced another: the old one goes (or comes back)
        successors = {row.replaced_by for row in self._all if row.replaced_by}
        if any(s.room_id in successors for s in changed) or any(r in successors for r in removed):
            self._refilter()
        if (len(self._rows), len(self._all)) != before:
            self.countChanged.emit()
        self._recount()

    def has_unread(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and (self._rows[row].unread > 0 or self._rows[row].marked_unread)

    def all_rows(self) -> list[RoomRow]:
        """Every listed conversation in list order, whatever the filter shows."""
        return list(self._all)

    def row_for(self, room_id: str) -> RoomRow | None:
        return self._by_id.get(room_id)

    def _apply_spaces(self, changed: list[RoomSummary], removed: list[RoomId]) -> None:
        for room_id in removed:
            self._spaces.pop(room_id, None)
        for summary in changed:
            if summary.is_space and summary.membership == "join":
                self._spaces[summary.room_id] = summary
            else:
                self._spaces.pop(summary.room_id, None)
        rooms = self._rooms_of_space(self._space)
        if self._space and self._space not in self._spaces:
            self._space, rooms = "", frozenset()
            self.spaceChanged.emit()
        if rooms != self._space_rooms:
            self._space_rooms = rooms
            self._refilter()
        self.spacesChanged.emit()

    def _superseded(self, row: RoomRow) -> bool:
        """The room was upgraded and the user is in its successor: the list follows to that one."""
        if not row.replaced_by:
            return False
        successor = self._by_id.get(row.replaced_by)
        return successor is not None and not successor.values[_INVITE]

    def _matches(self, row: RoomRow) -> bool:
        if self._superseded(row):
            return False
        if self._filter and self._filter.casefold() not in row.search_text:
            return False
        if self._space and row.room_id not in self._space_rooms:
            return False
        return self._folder == "all" or self.in_folder(row, self._folder)

    def _position(self, rows: list[RoomRow], row: RoomRow) -> int:
        """Where ``row`` (by its sort key, unique: it ends with the room ID) is in ``rows``, or -1."""
        index = bisect.bisect_left(rows, row.sort_key, key=_sort_key)
        return index if index < len(rows) and rows[index].room_id == row.room_id else -1

    def _remove(self, room_id: RoomId) -> None:
        old = self._by_id.pop(room_id, None)
        if old is None:
            return
        del self._all[self._position(self._all, old)]
        index = self._position(self._rows, old)
        if index >= 0:
            self.beginRemoveRows(QModelIndex(), index, index)
            del self._rows[index]
            self.endRemoveRows()

    def _upsert(self, row: RoomRow) -> None:
        previous = self._by_id.get(row.room_id)
        old = -1
        if previous is not None:
            del self._all[self._position(self._all, previous)]
            old = self._position(self._rows, previous)
        self._by_id[row.room_id] = row
        bisect.insort(self._all, row, key=_sort_key)
        if not self._matches(row):
            if old >= 0:
                self.beginRemoveRows(QModelIndex(), old, old)
                del self._rows[old]
                self.endRemoveRows()
            return
        if old < 0:
            new = bisect.bisect_left(self._rows, row.sort_key, key=_sort_key)
            self.beginInsertRows(QModelIndex(), new, new)
            self._rows.insert(new, row)
            self.endInsertRows()
            return
        # Where it goes among the others (the old row is still in the list at ``old``).
        new = bisect.bisect_left(self._rows, row.sort_key, key=_sort_key)
        if new > old:
            new -= 1
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


def _sort_key(row: RoomRow) -> tuple[int, float, int, str]:
    return row.sort_key


def _listed(summary: RoomSummary) -> bool:
    return summary.membership in ("join", "invite") and not summary.is_space
