"""What a timeline model reads, in one place: the session's pages, echoes and names, plus the
reading position, receipts and the user's rights in the room from the cache."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Protocol

from ..api.ids import EventId, RoomId, UserId
from ..power import can
from ..session.session import Session
from ..store.members import member_avatars, power_levels
from ..store.read_markers import fully_read
from ..store.receipts import load_receipts
from ..store.rows import OutboxItem, TimelineRow
from ..store.timeline import TimelinePage


@dataclass(frozen=True, slots=True)
class ReadState:
    fully_read: EventId | None = None
    receipts: dict[UserId, EventId] = field(default_factory=dict)
    can_redact_others: bool = False
    avatars: dict[str, str] = field(default_factory=dict)
    """Members' ``mxc://`` avatars; the timeline model keeps it current while the room is open."""


class TimelineSource(Protocol):
    async def page(
        self, room_id: RoomId, before: tuple[int, int] | None = None, limit: int = ...
    ) -> TimelinePage: ...

    async def pending(self, room_id: RoomId | None = None) -> list[OutboxItem]: ...

    async def member_names(self, room_id: RoomId) -> dict[str, str]: ...

    async def fetch_event(self, room_id: RoomId, event_id: EventId) -> TimelineRow | None: ...

    async def read_state(self, room_id: RoomId) -> ReadState: ...


class SessionSource:
    """:class:`TimelineSource` over a :class:`Session`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def page(
        self, room_id: RoomId, before: tuple[int, int] | None = None, limit: int = 50
    ) -> TimelinePage:
        return await self._session.page(room_id, before, limit)

    async def pending(self, room_id: RoomId | None = None) -> list[OutboxItem]:
        return await self._session.pending(room_id)

    async def member_names(self, room_id: RoomId) -> dict[str, str]:
        return await self._session.member_names(room_id)

    async def fetch_event(self, room_id: RoomId, event_id: EventId) -> TimelineRow | None:
        return await self._session.fetch_event(room_id, event_id)

    async def read_state(self, room_id: RoomId) -> ReadState:
        own = self._session.user_id

        def read(conn: sqlite3.Connection) -> ReadState:
            levels = power_levels(conn, room_id)
            return ReadState(
                fully_read=fully_read(conn, room_id),
                receipts=load_receipts(conn, room_id),
                can_redact_others=can(levels, own, "redact"),
                avatars=member_avatars(conn, room_id),
            )

        return await self._session.db.run(read)
