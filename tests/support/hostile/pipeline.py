"""The app's path for one ``/sync`` body, without a server: parse → ingest into a real profile
cache (SQLite, every migration) → the rows the timeline and the conversation list read back.

:class:`CacheSource` is the timeline model's source over that cache, made of the same store
functions the session uses (without its server round trips: a gap stays a gap).
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from messenger_desktop.api.errors import BadResponse
from messenger_desktop.api.ids import EventId, RoomId, UserId
from messenger_desktop.api.sync import parse_sync
from messenger_desktop.power import can
from messenger_desktop.qt.timeline_source import ReadState
from messenger_desktop.store import outbox
from messenger_desktop.store.database import connect, set_meta
from messenger_desktop.store.ingest import ingest_sync
from messenger_desktop.store.members import member_avatars, power_levels
from messenger_desktop.store.read_markers import fully_read
from messenger_desktop.store.receipts import load_receipts
from messenger_desktop.store.relations import load_events
from messenger_desktop.store.rows import IngestResult, OutboxItem, TimelineRow
from messenger_desktop.store.timeline import TimelinePage, load_page, member_names

from .values import ME


@contextmanager
def fresh_cache(own_user: str = ME) -> Iterator[sqlite3.Connection]:
    """A new profile cache in a temporary folder (hypothesis examples cannot share ``tmp_path``)."""
    with tempfile.TemporaryDirectory(prefix="hostile-") as folder:
        conn = connect(Path(folder) / "cache.sqlite3")
        try:
            set_meta(conn, "user_id", own_user)
            yield conn
        finally:
            conn.close()


def ingest_body(conn: sqlite3.Connection, body: bytes, own_user: str = ME) -> IngestResult | None:
    """Parse and store one ``/sync`` body; None when its envelope is unusable (no ``next_batch``),
    which the sync loop retries — the only refusal allowed."""
    try:
        sync = parse_sync(body)
    except BadResponse as refused:
        if "no next_batch" not in str(refused):
            raise
        return None
    return ingest_sync(conn, sync, UserId(own_user))


class CacheSource:
    """:class:`~messenger_desktop.qt.timeline_source.TimelineSource` over a cache connection."""

    def __init__(self, conn: sqlite3.Connection, own_user: str = ME) -> None:
        self._conn = conn
        self._own = UserId(own_user)

    async def page(
        self, room_id: RoomId, before: tuple[int, int] | None = None, limit: int = 50
    ) -> TimelinePage:
        return load_page(self._conn, room_id, before, limit)

    async def pending(self, room_id: RoomId | None = None) -> list[OutboxItem]:
        return outbox.load(self._conn, room_id)

    async def member_names(self, room_id: RoomId) -> dict[str, str]:
        return member_names(self._conn, room_id)

    async def fetch_event(self, room_id: RoomId, event_id: EventId) -> TimelineRow | None:
        return load_events(self._conn, room_id, [event_id]).get(event_id)

    async def read_state(self, room_id: RoomId) -> ReadState:
        levels = power_levels(self._conn, room_id)
        return ReadState(
            fully_read=fully_read(self._conn, room_id),
            receipts=load_receipts(self._conn, room_id),
            can_redact_others=can(levels, self._own, "redact"),
            avatars=member_avatars(self._conn, room_id),
        )
