"""The archive: conversations the user left (or was removed from) whose history the cache still
holds. They are out of the conversation list; here they can be read again, rejoined, or
forgotten for good.

A left room is read-only: the session controller gives it no composer, panels or message
actions, so nothing can be sent there. Rejoining goes through the session's join; the room moves
back to the list when sync brings the membership, and only then leaves the archive (until then
its row shows the join as under way). Forgetting asks the server first and drops the cached
history only once it agreed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.ids import RoomId
from ..session.changes import ChangeSet
from ..session.session import Session
from ..store.rows import RoomSummary
from .formatting import avatar_color, clock, day_label, initials, list_time, local_time, tr
from .media_images import avatar_url
from .rooms_model import is_group
from .row_model import ReplacedRowListModel, role_table
from .tasks import TaskGroup

ROLE_NAMES = (
    "roomId",
    "name",
    "initials",
    "avatarColor",
    "timeText",
    "leftText",
    "lastBody",
    "banned",
    "avatarSource",
)
ROLES = role_table(ROLE_NAMES)


@dataclass(frozen=True, slots=True)
class ArchivedRow:
    room_id: RoomId
    values: tuple[Any, ...]
    is_group: bool
    status: str
    """The chat header's line for the room: how and when the user left."""

    def value(self, role: str, default: Any) -> Any:
        return self.values[ROLE_NAMES.index(role)] if role in ROLE_NAMES else default


def archived_row(summary: RoomSummary) -> ArchivedRow:
    name = summary.name or summary.room_id
    banned = summary.membership == "ban"
    how = tr("You were banned") if banned else tr("You left")
    when = ""
    if summary.last_ts > 0:
        when = f"{day_label(local_time(summary.last_ts).date())}, {clock(summary.last_ts)}"
    values = (
        summary.room_id,
        name,
        initials(name),
        avatar_color(summary.room_id),
        list_time(summary.last_ts),
        how,
        " ".join(summary.last_body.split())[:200],
        banned,
        avatar_url(summary.avatar_url),
    )
    return ArchivedRow(summary.room_id, values, is_group(summary), f"{how} · {when}" if when else how)


class ArchiveModel(ReplacedRowListModel):
    """The archived conversations, the most recently left first."""

    ROLE_NAMES = ROLE_NAMES

    def row_for(self, room_id: str) -> ArchivedRow | None:
        for row in self._rows:
            if isinstance(row, ArchivedRow) and row.room_id == room_id:
                return row
        return None


class Archive(QObject):
    """The archive's list and what can be done to a left room, for QML (``session.archive``)."""

    loadingChanged = Signal()
    busyChanged = Signal()
    forgotten = Signal(str)
    """A room was forgotten: its history is gone from the cache."""
    changed = Signal()
    """Rows came or went (the open room may have become read-only or writable again)."""

    def __init__(
        self, session: Session, on_error: Callable[[BaseException], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._model = ArchiveModel(self)
        self._loading = False
        self._loaded = False
        self._busy: dict[RoomId, str] = {}
        """Rooms being rejoined or forgotten → "rejoin" | "forget"."""
        self._tasks = TaskGroup(on_error=on_error)

    # -- for QML ---------------------------------------------------------------------------------

    def _get_model(self) -> ArchiveModel:
        return self._model

    model = QtProperty(QObject, _get_model, constant=True)

    def _get_loading(self) -> bool:
        return self._loading

    loading = QtProperty(bool, _get_loading, notify=loadingChanged)
    """The first read of the cache is under way (the empty state waits for it)."""

    def _get_rejoining(self) -> list[str]:
        return [room for room, what in self._busy.items() if what == "rejoin"]

    rejoining = QtProperty(list, _get_rejoining, notify=busyChanged)

    def _get_forgetting(self) -> list[str]:
        return [room for room, what in self._busy.items() if what == "forget"]

    forgetting = QtProperty(list, _get_forgetting, notify=busyChanged)

    @Slot(str, result=bool)
    def wasBanned(self, room_id: str) -> bool:
        row = self._model.row_for(room_id)
        return row is not None and bool(row.value("banned", False))

    @Slot()
    def refresh(self) -> None:
        """Read the archive from the cache (the panel opens)."""
        if not self._loaded:
            self._loading = True
            self.loadingChanged.emit()
        self._tasks.spawn(self._reload(), name="archive")

    @Slot(str)
    def rejoin(self, room_id: str) -> None:
        """Join the room again; a refusal (an invite-only room, a ban) is one sentence."""
        room = RoomId(room_id)
        if not room_id or room in self._busy or self._model.row_for(room) is None:
            return
        self._set_busy(room, "rejoin")

        async def rejoin() -> None:
            try:
                await self._session.join(room)
            except BaseException:
                self._set_busy(room, None)
                raise

        self._tasks.spawn(rejoin(), name="rejoin")

    @Slot(str)
    def forget(self, room_id: str) -> None:
        """Forget the room on the server, then drop it and its history from the cache."""
        room = RoomId(room_id)
        if not room_id or room in self._busy or self._model.row_for(room) is None:
            return
        self._set_busy(room, "forget")

        async def forget() -> None:
            try:
                await self._session.forget_room(room)
            finally:
                self._set_busy(room, None)
            await self._reload()
            self.forgotten.emit(room)

        self._tasks.spawn(forget(), name="forget")

    # -- for the session controller --------------------------------------------------------------

    def row_for(self, room_id: str | None) -> ArchivedRow | None:
        return self._model.row_for(room_id) if room_id else None

    def apply_changes(self, changes: ChangeSet) -> None:
        """Rooms left (they come in) or joined again (they go out): read the archive again, once
        it has been shown."""
        if not self._loaded:
            return
        rejoined = any(
            s.membership in ("join", "invite") and self._model.row_for(s.room_id) is not None
            for s in changes.rooms
        )
        if changes.removed_rooms or rejoined:
            self._tasks.spawn(self._reload(), name="archive")

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        await self._tasks.cancel_all()

    # -- inside ----------------------------------------------------------------------------------

    async def _reload(self) -> None:
        try:
            rows = [archived_row(s) for s in await self._session.archived_rooms()]
        finally:
            if self._loading:
                self._loading = False
                self.loadingChanged.emit()
        self._loaded = True
        listed = {row.room_id for row in rows}
        gone = [room for room, what in self._busy.items() if what == "rejoin" and room not in listed]
        for room in gone:  # rejoined: the room is back in the conversation list
            self._set_busy(room, None)
        if self._model.replace_rows(rows):
            self.changed.emit()

    def _set_busy(self, room: RoomId, what: str | None) -> None:
        if what is None:
            if self._busy.pop(room, None) is None:
                return
        else:
            self._busy[room] = what
        self.busyChanged.emit()
