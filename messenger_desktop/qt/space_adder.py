"""Adding rooms to a space: the user's joined conversations and spaces not yet in it, ticked and
added together (``session.spaceBrowser.adder``).

Each added room is one ``m.space.child`` in the space (and its ``m.space.parent`` when allowed).
The space browser shows them once sync brings the space's new state back; a refused room stays
ticked with the reason, the others are done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.ids import RoomId
from ..session.session import Session
from ..session.space_edit import add_candidates
from ..store.rows import RoomSummary
from .formatting import avatar_color, initials, tr
from .media_images import avatar_url
from .row_model import RowListModel, role_table
from .tasks import TaskGroup

ROLE_NAMES = ("roomId", "name", "initials", "avatarColor", "avatarSource", "isSpace", "ticked")
ROLES = role_table(ROLE_NAMES)
CHECKED = ROLE_NAMES.index("ticked")
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Candidate:
    room_id: str
    search_text: str
    values: tuple[Any, ...]

    def ticked(self, on: bool) -> Candidate:
        values = list(self.values)
        values[CHECKED] = on
        return Candidate(self.room_id, self.search_text, tuple(values))


def candidate(summary: RoomSummary) -> Candidate:
    name = summary.name or summary.room_id
    values = (
        summary.room_id,
        name,
        initials(name),
        avatar_color(summary.room_id),
        avatar_url(summary.avatar_url),
        summary.is_space,
        False,
    )
    return Candidate(summary.room_id, f"{name} {summary.room_id}".casefold(), values)


class SpaceAdder(RowListModel):
    """``load`` lists what may be added; ``toggle`` ticks; ``add`` sends."""

    ROLE_NAMES = ROLE_NAMES

    changed = Signal()
    """The filter, the ticks, the state or the error changed."""
    added = Signal()
    """Every ticked room was added (the dialog closes)."""

    def __init__(
        self, session: Session, describe: Callable[[BaseException], str], parent: QObject | None = None
    ):
        super().__init__(parent)
        self._session = session
        self._describe = describe
        self._space = ""
        self._all: list[Candidate] = []
        self._rows: list[Candidate] = []
        self._filter = ""
        self._busy = False
        self._error = ""
        self._tasks = TaskGroup()

    def _get_filter(self) -> str:
        return self._filter

    def _set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self._show()

    filterText = QtProperty(str, _get_filter, _set_filter, notify=changed)

    def _get_selected(self) -> int:
        return sum(1 for c in self._all if c.values[CHECKED])

    selectedCount = QtProperty(int, _get_selected, notify=changed)

    def _get_total(self) -> int:
        return len(self._all)

    total = QtProperty(int, _get_total, notify=changed)

    def _get_busy(self) -> bool:
        return self._busy

    busy = QtProperty(bool, _get_busy, notify=changed)

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=changed)

    def load(self, space_id: str, children: Iterable[str]) -> None:
        """List the rooms that could go into ``space_id`` (``children`` are in it already)."""
        self._space, self._filter, self._error, self._busy = space_id, "", "", False
        self._all = []
        self._show()
        inside = set(children)

        async def load() -> None:
            rooms = await self._session.rooms()
            if space_id != self._space:
                return
            known = next((r.children for r in rooms if r.room_id == space_id), ())
            self._all = [candidate(r) for r in add_candidates(rooms, space_id, inside | set(known))]
            self._show()

        self._tasks.spawn(load(), name="space-candidates")

    @Slot(str)
    def toggle(self, room_id: str) -> None:
        for index, row in enumerate(self._all):
            if row.room_id == room_id:
                self._all[index] = row.ticked(not row.values[CHECKED])
                self._show()
                return

    @Slot()
    def add(self) -> None:
        chosen = [c for c in self._all if c.values[CHECKED]]
        if not chosen or self._busy or not self._space:
            return
        self._busy, self._error = True, ""
        self.changed.emit()
        space = RoomId(self._space)

        async def add() -> None:
            failed: list[str] = []
            for row in chosen:
                try:
                    await self._session.add_to_space(space, RoomId(row.room_id))
                except Exception as exc:
                    log.info("adding %s to %s failed: %s", row.room_id, space, exc)
                    self._error = (
                        tr("Could not add %1: %2")
                        .replace("%1", row.values[1])
                        .replace("%2", self._describe(exc))
                    )
                    failed.append(row.room_id)
                else:
                    self._all = [c for c in self._all if c.room_id != row.room_id]
            self._busy = False
            self._show()
            if not failed:
                self.added.emit()

        self._tasks.spawn(add(), name="space-add")

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        await self._tasks.cancel_all()

    def _show(self) -> None:
        needle = self._filter.casefold().strip()
        self.beginResetModel()
        self._rows = [c for c in self._all if not needle or needle in c.search_text]
        self.endResetModel()
        self.changed.emit()


__all__ = ["ROLES", "SpaceAdder", "candidate"]
