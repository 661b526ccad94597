"""Writing one simplified sliding sync answer into the cache through the one ingest path.

The answer is translated into the v2 shape (:func:`~messenger_desktop.api.sliding_sync.to_sync_response`)
and ingested like a ``/sync``, atomically with its ``pos`` (kept under its own key, so v2's
``next_batch`` and sliding sync's position never stand in for each other). The unread counts the
server leaves out are then counted from the cache (:mod:`.unread_counts`) for the rooms whose
count can have moved: new events, the user's own receipt, a room seen for the first time.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Collection

from ..api.ids import RoomId, UserId
from ..api.sliding_sync import FROM_NEWEST, parse_sliding_sync, to_sync_response
from ..api.sync import SyncResponse
from .batches import batches, marks
from .ingest import ingest_sync
from .rows import IngestResult
from .unread_counts import recount

POS_KEY = "sliding_pos"
"""The meta key of sliding sync's ``pos``."""


@dataclasses.dataclass(frozen=True, slots=True)
class SlidingResult(IngestResult):
    """An ingested answer, with what the loop needs to ask for the rest of the list."""

    count: int | None = None
    """How many rooms the list has in all (None when the server did not say)."""
    listed: int | None = None
    """How many of the list's rooms the answer placed (None when it placed none)."""


def ingest_sliding_bytes(conn: sqlite3.Connection, body: bytes, own_user: UserId) -> SlidingResult:
    response = parse_sliding_sync(body)
    extra = response.extension_rooms()
    sync = _continued(conn, to_sync_response(response, own_user, _joined(conn, extra) if extra else ()))
    result = ingest_sync(conn, sync, own_user, token_key=POS_KEY)
    countable = _countable(sync, result, own_user)
    counted = recount(conn, [r for r in result.rooms if r.room_id in countable], own_user)
    rooms = tuple(counted.get(r.room_id, r) for r in result.rooms) if counted else result.rooms
    fields = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)}
    listed = len(response.order) or None
    return SlidingResult(**{**fields, "rooms": rooms}, count=response.count, listed=listed)


def _continued(conn: sqlite3.Connection, sync: SyncResponse) -> SyncResponse:
    """Rooms the server sends from scratch that the cache already knows (after a forgotten
    position, or filling an index row: ``unstable_expanded_timeline``).

    When their newest events overlap the cached ones, only the events after the newest cached one
    are new, and they continue the cached timeline — no gap, and nothing older placed after newer
    events. A room known only from the index has no events and a history to fetch from its newest
    (:data:`~messenger_desktop.api.sliding_sync.FROM_NEWEST`): its events go in there, whatever
    fetching that history later brings again is recognised and skipped."""
    history = [room for room in sync.joined if room.history and room.timeline]
    if not history:
        return sync
    ids = [e.event_id for room in history for e in room.timeline if e.event_id]
    cached: set[str] = set()
    for part in batches(ids):
        cached.update(
            r[0] for r in conn.execute(f"SELECT event_id FROM events WHERE event_id IN ({marks(part)})", part)
        )
    unseen = _index_rows(
        conn, [r.room_id for r in history if not any(e.event_id in cached for e in r.timeline)]
    )
    if not cached and not unseen:
        return sync
    rooms = []
    for room in sync.joined:
        seen = [i for i, e in enumerate(room.timeline) if e.event_id in cached] if room.history else []
        if seen:
            room = dataclasses.replace(room, timeline=room.timeline[seen[-1] + 1 :], limited=False)
        elif room.room_id in unseen and room.timeline:
            room = dataclasses.replace(room, limited=False)
        rooms.append(room)
    return dataclasses.replace(sync, joined=tuple(rooms))


def _index_rows(conn: sqlite3.Connection, room_ids: Collection[RoomId]) -> set[RoomId]:
    """Rooms among ``room_ids`` the cache knows only from the index: no event, history unknown."""
    found: set[RoomId] = set()
    for part in batches(room_ids):
        found.update(
            RoomId(r[0])
            for r in conn.execute(
                f"SELECT room_id FROM chunks c WHERE room_id IN ({marks(part)}) AND prev_batch = ?"
                " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.room_id = c.room_id)",
                (*part, FROM_NEWEST),
            )
        )
    return found


def _countable(sync: SyncResponse, result: IngestResult, own_user: UserId) -> set[RoomId]:
    """Joined rooms whose unread count can have moved with this answer."""
    return {
        room.room_id
        for room in sync.joined
        if room.timeline or room.history or own_user in result.receipts.get(room.room_id, {})
    }


def _joined(conn: sqlite3.Connection, room_ids: Collection[RoomId]) -> set[RoomId]:
    found: set[RoomId] = set()
    for part in batches(room_ids):
        found.update(
            RoomId(r[0])
            for r in conn.execute(
                f"SELECT room_id FROM rooms WHERE membership = 'join' AND room_id IN ({marks(part)})", part
            )
        )
    return found
