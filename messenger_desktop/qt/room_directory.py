"""The public room directory as QML sees it (``session.roomDirectory``): search a server's
public rooms as one types, page on at the end of the list, join a room (or ask to join one that
lets people knock), and join by an address typed into the search field.

Searches wait for a pause in the typing and the newest one wins: an older answer arriving late is
dropped. A join shows as under way until sync brings the room — only then is it a conversation
the app can open, so only then does :attr:`RoomDirectory.roomReady` ask QML to open it. A refused
join or knock says why on its own row, in one sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal, Slot

from ..api.errors import MatrixError
from ..api.ids import RoomId
from ..session.changes import ChangeSet
from ..session.directory import (
    PAGE_SIZE,
    Address,
    PublicRoom,
    join_target,
    parse_address,
    refusal,
    server_name,
)
from ..session.session import Session
from ..session.spaces import SpaceRoom
from .formatting import avatar_color, initials, members_text, tr
from .media_images import avatar_url
from .row_model import RowListModel, role_table
from .tasks import TaskGroup

ROLE_NAMES = (
    "roomId",
    "name",
    "initials",
    "avatarColor",
    "topic",
    "address",
    "membersText",
    "isSpace",
    "askToJoin",
    "joined",
    "busy",
    "knocked",
    "error",
    "avatarSource",
    "byAddress",
)
ROLES = role_table(ROLE_NAMES)
JOINED, BUSY, KNOCKED, ERROR = (ROLE_NAMES.index(r) for r in ("joined", "busy", "knocked", "error"))
SEARCH_DELAY_MS = 300
MAX_ROWS = 1000
"""Paging stops here, whatever tokens the server keeps handing out."""
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DirectoryRow:
    key: str
    """The room id; for an address not looked up yet, the address."""
    room: PublicRoom
    target: str
    """What a join or knock names: the room's address or id."""
    via: tuple[str, ...]
    values: tuple[Any, ...]

    def with_state(
        self, *, joined: bool | None = None, busy: bool = False, knocked: bool | None = None, error: str = ""
    ) -> DirectoryRow:
        values = list(self.values)
        values[JOINED] = self.values[JOINED] if joined is None else joined
        values[KNOCKED] = self.values[KNOCKED] if knocked is None else knocked
        values[BUSY], values[ERROR] = busy, error
        return replace(self, values=tuple(values))


def directory_row(
    room: PublicRoom, server: str, knocked: bool = False, address: Address | None = None, key: str = ""
) -> DirectoryRow:
    info = room.room
    name = info.name or info.canonical_alias or info.room_id
    if address is not None:
        target, via = address.id, address.via
    else:
        target, via = join_target(room, server)
    values = (
        key or info.room_id,
        name,
        initials(name),
        avatar_color(info.room_id),
        info.topic,
        info.canonical_alias if info.canonical_alias != name else "",
        members_text(info.num_joined_members),
        info.room_type == "m.space",
        room.may_knock,
        info.joined,
        False,
        knocked or room.membership == "knock",
        tr("You are banned from this room.") if room.membership == "ban" else "",
        avatar_url(info.avatar_url),
        address is not None,
    )
    return DirectoryRow(key or info.room_id, room, target, via, values)


def address_row(address: Address) -> DirectoryRow:
    """The row an address shows before the server has said what is there."""
    unknown = SpaceRoom(RoomId(""), address.id, "", "", 0, "", False)
    room = PublicRoom(unknown, "")
    row = directory_row(room, "", address=address, key=address.id)
    values = list(row.values)
    values[ROLE_NAMES.index("membersText")] = ""
    values[ROLE_NAMES.index("avatarColor")] = avatar_color(address.id)
    return replace(row, values=tuple(values))


class RoomDirectory(RowListModel):
    """Rows: the room at a typed address (first, when there is one), then the directory's rooms."""

    ROLE_NAMES = ROLE_NAMES

    searchTextChanged = Signal()
    serverChanged = Signal()
    stateChanged = Signal()
    countChanged = Signal()
    roomReady = Signal(str, bool)
    """``(room id, is a space)``: a room the user asked to join is now theirs — open it."""

    def __init__(
        self,
        session: Session,
        describe: Callable[[BaseException], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._describe = describe
        self._own_server = session.user_id.split(":", 1)[-1]
        self._search = ""
        self._server = self._own_server
        self._searched_server = ""
        self._address: Address | None = None
        self._state = ""
        self._error = ""
        self._more_error = ""
        self._loading_more = False
        self._next: str | None = None
        self._seen_tokens: set[str] = set()
        self._rows: list[DirectoryRow] = []
        self._knocked: set[str] = set()
        self._opening: str | None = None
        self._generation = 0
        self.page_size = PAGE_SIZE
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._tasks = TaskGroup()
        self._requests = TaskGroup()

    # -- properties ------------------------------------------------------------------------------

    def _get_search(self) -> str:
        return self._search

    def _set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.searchTextChanged.emit()
            self._search_soon()

    searchText = QtProperty(str, _get_search, _set_search, notify=searchTextChanged)
    """What the user typed: words to search for, or a room's address to join."""

    def _get_server(self) -> str:
        return self._server

    def _set_server(self, text: str) -> None:
        if text != self._server:
            self._server = text
            self.serverChanged.emit()
            self._search_soon()

    server = QtProperty(str, _get_server, _set_server, notify=serverChanged)
    """The server whose directory is shown (the user's own to begin with)."""

    def _get_own_server(self) -> str:
        return self._own_server

    ownServer = QtProperty(str, _get_own_server, constant=True)

    def _get_state(self) -> str:
        return self._state

    state = QtProperty(str, _get_state, notify=stateChanged)
    """"loading", "ready" or "error" ("" before the first search)."""

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=stateChanged)
    """Why the directory could not be loaded, in one sentence."""

    def _get_loading_more(self) -> bool:
        return self._loading_more

    loadingMore = QtProperty(bool, _get_loading_more, notify=stateChanged)

    def _get_has_more(self) -> bool:
        return self._next is not None

    hasMore = QtProperty(bool, _get_has_more, notify=stateChanged)

    def _get_more_error(self) -> str:
        return self._more_error

    moreError = QtProperty(str, _get_more_error, notify=stateChanged)
    """Why the next page could not be loaded (the rooms shown stay)."""

    def _get_address(self) -> str:
        return self._address.id if self._address is not None else ""

    address = QtProperty(str, _get_address, notify=stateChanged)
    """The room address the search field holds, or ''."""

    def _get_count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _get_count, notify=countChanged)

    # -- actions ---------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Search now (the field's text on the field's server), from the first page."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self._next, self._seen_tokens, self._more_error, self._loading_more = None, set(), "", False
        server = server_name(self._server)
        if server is None:
            self._address = None
            self._show([])
            self._set_state("error", tr("“%1” is not a server name.").replace("%1", self._server.strip()))
            return
        self._searched_server = "" if server == self._own_server else server
        self._address = parse_address(self._search)
        self._show([address_row(self._address)] if self._address is not None else [])
        self._set_state("loading", "")
        term = self._address.id if self._address is not None else self._search
        self._tasks.spawn(self._load(generation, term, None), name="public-rooms")
        if self._address is not None:
            self._tasks.spawn(self._look_up(generation, self._address), name="room-address")

    @Slot()
    def loadMore(self) -> None:
        """The list reached its end: the next page, if there is one."""
        if self._state != "ready" or self._next is None or self._loading_more:
            return
        self._loading_more, self._more_error = True, ""
        self.stateChanged.emit()
        term = self._address.id if self._address is not None else self._search
        self._tasks.spawn(self._load(self._generation, term, self._next), name="public-rooms-more")

    @Slot(str)
    def join(self, key: str) -> None:
        """Join the room of row ``key`` — or, when the user is in it already, open it."""
        index = self._find(key)
        if index is None:
            return
        row = self._rows[index]
        if row.values[JOINED]:
            self.roomReady.emit(row.room.room.room_id, bool(row.values[ROLE_NAMES.index("isSpace")]))
            return
        if row.values[BUSY]:
            return
        self._replace(index, row.with_state(busy=True))
        self._requests.spawn(self._join(row), name="directory-join")

    @Slot(str, str)
    def knock(self, key: str, reason: str) -> None:
        """Ask to join the room of row ``key`` (its moderators see ``reason``)."""
        index = self._find(key)
        if index is None or self._rows[index].values[BUSY] or self._rows[index].values[KNOCKED]:
            return
        row = self._rows[index]
        self._replace(index, row.with_state(busy=True))
        self._requests.spawn(self._knock(row, reason.strip()), name="directory-knock")

    def apply_changes(self, changes: ChangeSet) -> None:
        """Sync says the user joined or left rooms: their rows follow, and a room the user asked
        to join opens."""
        for summary in changes.rooms:
            joined = summary.membership == "join"
            self._mark_joined(summary.room_id, joined)
            if joined and summary.room_id == self._opening:
                self._ready(summary.room_id)
        for room_id in changes.removed_rooms:
            self._mark_joined(room_id, False)

    async def wait_idle(self) -> None:
        await self._tasks.wait()
        await self._requests.wait()

    async def close(self) -> None:
        self._timer.stop()
        await self._tasks.cancel_all()
        await self._requests.cancel_all()

    # -- inside ----------------------------------------------------------------------------------

    def _search_soon(self) -> None:
        """Search once the typing pauses; until then the shown rooms are an old answer: loading."""
        self._timer.start()
        self._generation += 1  # an answer still on its way is for words no longer there
        self._set_state("loading", "")

    async def _load(self, generation: int, term: str, since: str | None) -> None:
        server = self._searched_server
        try:
            page = await self._session.public_rooms(server, term, since, self.page_size)
        except Exception as exc:
            log.info("the directory of %s could not be loaded: %s", server or "the own server", exc)
            if generation == self._generation:
                if since is None:
                    self._set_state("error", self._describe(exc))
                else:
                    self._loading_more, self._more_error = False, self._describe(exc)
                    self.stateChanged.emit()
            return
        if generation != self._generation:
            return
        known = {row.room.room.room_id for row in self._rows}
        fresh = [
            directory_row(room, server, room.room.room_id in self._knocked)
            for room in page.rooms
            if room.room.room_id not in known
        ][: max(0, MAX_ROWS - len(self._rows))]
        self._append(fresh)
        token = page.next_batch
        stop = token is None or token in self._seen_tokens or len(self._rows) >= MAX_ROWS
        self._next = None if stop else token
        if token is not None:
            self._seen_tokens.add(token)
        self._loading_more = False
        self._set_state("ready", "")
        self.stateChanged.emit()

    async def _look_up(self, generation: int, address: Address) -> None:
        try:
            room = await self._session.look_up_address(address)
        except Exception as exc:
            log.info("the address %s could not be looked up: %s", address.id, exc)
            if generation == self._generation and (index := self._find(address.id)) is not None:
                self._replace(index, self._rows[index].with_state(error=self._address_error(exc, address)))
            return
        index = self._find(address.id)
        if generation != self._generation or index is None:
            return
        old = self._rows[index]
        knocked = room.room.room_id in self._knocked
        row = directory_row(room, "", knocked, address=address, key=address.id)
        row = row.with_state(busy=bool(old.values[BUSY]), error=str(row.values[ERROR] or old.values[ERROR]))
        self._replace(index, row)
        for other, listed in enumerate(self._rows):  # the same room found by the search: once
            if other != index and listed.room.room.room_id == room.room.room_id:
                self._remove(other)
                break

    async def _join(self, row: DirectoryRow) -> None:
        try:
            room_id = await self._session.join(row.target, row.via)
        except Exception as exc:
            log.info("joining %s failed: %s", row.target, exc)
            self._settle(row, error=self._join_error(exc, row))
            return
        self._opening = room_id
        summary = await self._session.room(RoomId(room_id))
        if summary is not None and summary.membership == "join" and self._opening == room_id:
            self._mark_joined(room_id, True)
            self._ready(room_id)

    async def _knock(self, row: DirectoryRow, reason: str) -> None:
        try:
            await self._session.knock(row.target, reason, row.via)
        except Exception as exc:
            log.info("knocking on %s failed: %s", row.target, exc)
            self._settle(row, error=self._join_error(exc, row))
            return
        self._knocked.add(row.room.room.room_id)
        self._settle(row, knocked=True)

    def _settle(self, row: DirectoryRow, *, error: str = "", knocked: bool | None = None) -> None:
        """A join or knock of ``row`` finished: its row (found again: the list may have changed)."""
        for key in (row.key, row.room.room.room_id, row.target):
            index = self._find(key)
            if index is not None:
                self._replace(index, self._rows[index].with_state(knocked=knocked, error=error))
                return

    def _ready(self, room_id: str) -> None:
        self._opening = None
        is_space = any(
            r.room.room.room_id == room_id and r.room.room.room_type == "m.space" for r in self._rows
        )
        self.roomReady.emit(room_id, is_space)

    def _join_error(self, error: BaseException, row: DirectoryRow) -> str:
        if not isinstance(error, MatrixError):
            return self._describe(error)
        why = refusal(error, row.room.join_rule)
        if why == "not_found":
            if row.target.startswith("#"):
                return tr("No room has the address %1.").replace("%1", row.target)
            return tr("This room could not be found.")
        if why == "banned":
            return tr("You are banned from this room.")
        if why == "invite_only":
            return tr("This room is invite only.")
        return self._describe(error)

    def _address_error(self, error: BaseException, address: Address) -> str:
        if isinstance(error, MatrixError) and refusal(error) == "not_found":
            return tr("No room has the address %1.").replace("%1", address.id)
        return self._describe(error)

    def _mark_joined(self, room_id: str, joined: bool) -> None:
        for index, row in enumerate(self._rows):
            if row.room.room.room_id == room_id and bool(row.values[JOINED]) != joined:
                self._replace(index, row.with_state(joined=joined, busy=False))

    def _set_state(self, state: str, error: str) -> None:
        if (state, error) != (self._state, self._error):
            self._state, self._error = state, error
            self.stateChanged.emit()

    def _find(self, key: str) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.key == key), None)

    def _replace(self, index: int, row: DirectoryRow) -> None:
        """One row changed: a ``dataChanged`` for it (its delegate keeps the focus)."""
        self._rows[index] = row
        model_index = self.index(index)
        self.dataChanged.emit(model_index, model_index)

    def _append(self, rows: list[DirectoryRow]) -> None:
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self.countChanged.emit()

    def _remove(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._rows[index]
        self.endRemoveRows()
        self.countChanged.emit()

    def _show(self, rows: list[DirectoryRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()


__all__ = ["ROLES", "RoomDirectory", "address_row", "directory_row"]
