"""Browsing a space: its rooms one level down as the server knows them, joined or not, to open
or to join (the space bar only filters the list to the rooms the user is already in).

The hierarchy comes from the server, so the browser has a loading and an error state. A join
goes through the session's join and shows as under way until sync brings the room — only then
is it in the conversation list, so only then does its button turn into "Open". A refused join
says why on its own row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.ids import RoomId
from ..session.changes import ChangeSet
from ..session.session import Session
from ..session.spaces import SpaceRoom
from .formatting import avatar_color, initials, members_text, tr
from .media_images import avatar_url
from .row_model import RowListModel, role_table
from .space_adder import SpaceAdder
from .space_creator import SpaceCreator
from .tasks import TaskGroup

ROLE_NAMES = (
    "roomId",
    "name",
    "initials",
    "avatarColor",
    "topic",
    "membersText",
    "isSpace",
    "joined",
    "joining",
    "error",
    "avatarSource",
    "suggested",
)
ROLES = role_table(ROLE_NAMES)
log = logging.getLogger(__name__)
JOINED, JOINING, ERROR = (ROLE_NAMES.index(r) for r in ("joined", "joining", "error"))


def shown_name(room: SpaceRoom) -> str:
    """The room's name, else its address, else its id."""
    return room.name or room.canonical_alias or room.room_id


@dataclass(frozen=True, slots=True)
class BrowsedRow:
    room: SpaceRoom
    search_text: str
    values: tuple[Any, ...]

    def with_state(self, joined: bool, joining: bool, error: str) -> BrowsedRow:
        values = list(self.values)
        values[JOINED], values[JOINING], values[ERROR] = joined, joining, error
        return BrowsedRow(self.room, self.search_text, tuple(values))


def browsed_row(room: SpaceRoom) -> BrowsedRow:
    name = shown_name(room)
    is_space = room.room_type == "m.space"
    values = (
        room.room_id,
        name,
        initials(name),
        avatar_color(room.room_id),
        room.topic,
        members_text(room.num_joined_members),
        is_space,
        room.joined,
        False,
        "",
        avatar_url(room.avatar_url),
        room.suggested,
    )
    search = " ".join((room.name, room.canonical_alias, room.room_id)).casefold()
    return BrowsedRow(room, search, values)


def via_for(room: SpaceRoom, space_id: str) -> tuple[str, ...]:
    """Servers to join through: the space's own list for the room, else the servers in the room's
    and the space's ids (a server that made them is likely still in them)."""
    if room.via:
        return room.via
    servers = [rid.split(":", 1)[1] for rid in (room.room_id, space_id) if ":" in rid]
    return tuple(dict.fromkeys(servers))


class SpaceBrowser(RowListModel):
    """The rooms of one space (``session.spaceBrowser``): ``browse`` loads them, ``join`` joins."""

    ROLE_NAMES = ROLE_NAMES

    spaceChanged = Signal()
    stateChanged = Signal()
    filterTextChanged = Signal()
    countChanged = Signal()

    def __init__(
        self,
        session: Session,
        describe: Callable[[BaseException], str],
        space_name: Callable[[str], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._describe = describe
        self._space_name_of = space_name
        self._space = ""
        self._space_name = ""
        self._state = ""
        self._error = ""
        self._filter = ""
        self._all: list[BrowsedRow] = []
        self._rows: list[BrowsedRow] = []
        self._generation = 0
        self._tasks = TaskGroup()
        self._joins = TaskGroup()
        # -- arranging the space (admins): see the "arranging" group below
        self._edit_why = ""
        self._edits = TaskGroup()
        self._creator = SpaceCreator(session, describe, self)
        self._adder = SpaceAdder(session, describe, self)

    # -- properties ------------------------------------------------------------------------------

    def _get_space(self) -> str:
        return self._space

    spaceId = QtProperty(str, _get_space, notify=spaceChanged)

    def _get_space_name(self) -> str:
        return self._space_name

    spaceName = QtProperty(str, _get_space_name, notify=spaceChanged)

    def _get_state(self) -> str:
        return self._state

    state = QtProperty(str, _get_state, notify=stateChanged)
    """"loading", "ready" or "error" ("" before anything was asked)."""

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=stateChanged)
    """Why the rooms could not be loaded, in one sentence."""

    def _get_filter(self) -> str:
        return self._filter

    def _set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self._show()
            self.filterTextChanged.emit()

    filterText = QtProperty(str, _get_filter, _set_filter, notify=filterTextChanged)

    def _get_count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _get_count, notify=countChanged)

    def _get_total(self) -> int:
        return len(self._all)

    total = QtProperty(int, _get_total, notify=countChanged)
    """Rooms before filtering: tells "the space is empty" apart from "nothing matches"."""

    @Slot(str, result=str)
    def nameOf(self, space_id: str) -> str:
        """A joined space's name (for the button that browses the space the list shows)."""
        return self._space_name_of(space_id) if space_id else ""

    # -- actions ---------------------------------------------------------------------------------

    @Slot(str, str)
    def browse(self, space_id: str, name: str) -> None:
        """Show the rooms of ``space_id`` (named ``name`` in the title), loaded afresh."""
        self._space, self._space_name = space_id, name or space_id
        self._filter = ""
        self.filterTextChanged.emit()
        self.spaceChanged.emit()
        self._all = []
        self._show()
        self.retry()

    @Slot()
    def retry(self) -> None:
        if not self._space:
            return
        self._generation += 1
        self._set_state("loading", "")
        self._tasks.spawn(self._load(self._generation, RoomId(self._space)), name="space-hierarchy")

    @Slot(str)
    def join(self, room_id: str) -> None:
        index = self._find(room_id)
        if index is None:
            return
        row = self._all[index]
        if row.values[JOINED] or row.values[JOINING]:
            return
        self._replace(index, row.with_state(False, True, ""))
        via = via_for(row.room, self._space)

        async def join() -> None:
            try:
                await self._session.join(room_id, via)
            except Exception as exc:
                log.info("joining %s failed: %s", room_id, exc)
                found = self._find(room_id)
                if found is not None:
                    sentence = tr("Could not join: %1").replace("%1", self._describe(exc))
                    self._replace(found, self._all[found].with_state(False, False, sentence))

        self._joins.spawn(join(), name="space-join")

    def apply_changes(self, changes: ChangeSet) -> None:
        """Sync says the user joined or left rooms: their buttons follow. A change of the space
        itself (a room added, removed or suggested) loads its rooms again."""
        if self._space and self._state == "ready" and any(s.room_id == self._space for s in changes.rooms):
            self._refresh()
        for summary in changes.rooms:
            index = self._find(summary.room_id)
            if index is not None and summary.membership == "join" and not self._all[index].values[JOINED]:
                self._replace(index, self._all[index].with_state(True, False, ""))
        for room_id in changes.removed_rooms:
            index = self._find(room_id)
            if index is not None and self._all[index].values[JOINED]:
                self._replace(index, self._all[index].with_state(False, False, ""))

    async def wait_idle(self) -> None:
        await self._tasks.wait()
        await self._joins.wait()
        await self._edits.wait()
        await self._creator.wait_idle()
        await self._adder.wait_idle()

    async def close(self) -> None:
        await self._tasks.cancel_all()
        await self._joins.cancel_all()
        await self._edits.cancel_all()
        await self._creator.close()
        await self._adder.close()

    # -- arranging the space: create one, add, remove, suggest (admins) --------------------------

    def _get_creator(self) -> SpaceCreator:
        return self._creator

    creator = QtProperty(QObject, _get_creator, constant=True)

    def _get_adder(self) -> SpaceAdder:
        return self._adder

    adder = QtProperty(QObject, _get_adder, constant=True)

    def _get_can_edit(self) -> bool:
        return self._state == "ready" and not self._edit_why

    canEdit = QtProperty(bool, _get_can_edit, notify=stateChanged)

    def _get_edit_why(self) -> str:
        return self._edit_why

    editWhy = QtProperty(str, _get_edit_why, notify=stateChanged)
    """Why the user may not add or remove rooms ('' when they may)."""

    @Slot()
    def openAdder(self) -> None:
        """Fill the "Add rooms" list: what the user is in and the space is not."""
        self._adder.load(self._space, (r.room.room_id for r in self._all))

    @Slot(str)
    def remove(self, room_id: str) -> None:
        work = self._session.remove_from_space(RoomId(self._space), RoomId(room_id))
        self._edit(room_id, work, tr("Could not remove: %1"))

    @Slot(str)
    def toggleSuggested(self, room_id: str) -> None:
        index = self._find(room_id)
        if index is None:
            return
        on = not self._all[index].room.suggested
        work = self._session.set_suggested(RoomId(self._space), RoomId(room_id), on)
        self._edit(room_id, work, tr("Could not change it: %1"))

    def _edit(self, room_id: str, work: Coroutine[Any, Any, None], failure: str) -> None:
        """Send a change of the space; the rows follow from sync (a reload), a refusal shows on
        the row."""

        async def edit() -> None:
            try:
                await work
            except Exception as exc:
                log.info("changing %s in %s failed: %s", room_id, self._space, exc)
                found = self._find(room_id)
                if found is not None:
                    row = self._all[found]
                    sentence = failure.replace("%1", self._describe(exc))
                    self._replace(found, row.with_state(row.values[JOINED], False, sentence))

        self._edits.spawn(edit(), name="space-edit")

    def _refresh(self) -> None:
        """The space's state changed (sync): load its rooms again, without the loading state."""
        self._generation += 1
        load = self._load(self._generation, RoomId(self._space), quiet=True)
        self._tasks.spawn(load, name="space-hierarchy")

    # -- inside ----------------------------------------------------------------------------------

    async def _load(self, generation: int, space: RoomId, quiet: bool = False) -> None:
        try:
            rooms = await self._session.space_hierarchy(space)
            why = await self._session.space_edit_refusal(space)
        except Exception as exc:
            log.info("the rooms of %s could not be loaded: %s", space, exc)
            if generation == self._generation:
                self._set_state("error", self._describe(exc))
            return
        if generation != self._generation:
            return
        self._edit_why = tr("Only the space's admins can add or remove rooms.") if why else ""
        joining = {r.room.room_id for r in self._all if r.values[JOINING]} if quiet else set()
        fresh = [browsed_row(room) for room in rooms]
        self._all = [r.with_state(False, True, "") if r.room.room_id in joining else r for r in fresh]
        self._show()
        self._set_state("ready", "")
        self.stateChanged.emit()

    def _set_state(self, state: str, error: str) -> None:
        if (state, error) != (self._state, self._error):
            self._state, self._error = state, error
            self.stateChanged.emit()

    def _find(self, room_id: str) -> int | None:
        for index, row in enumerate(self._all):
            if row.room.room_id == room_id:
                return index
        return None

    def _replace(self, index: int, row: BrowsedRow) -> None:
        """One row's state changed: a ``dataChanged`` for it (its delegate keeps the focus)."""
        old = self._all[index]
        self._all[index] = row
        for shown, candidate in enumerate(self._rows):
            if candidate is old:
                self._rows[shown] = row
                model_index = self.index(shown)
                self.dataChanged.emit(model_index, model_index)
                break

    def _show(self) -> None:
        needle = self._filter.casefold().strip()
        self.beginResetModel()
        self._rows = [r for r in self._all if not needle or needle in r.search_text]
        self.endResetModel()
        self.countChanged.emit()


__all__ = ["ROLES", "SpaceBrowser", "browsed_row", "via_for"]
