"""Room upgrades: a room replaced through ``m.room.tombstone`` names its successor, and the user
follows it there. The successor is joined through the server of whoever upgraded the room — it
made the new room, so it is in it — and the server that answers the tombstone's sender."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import orjson

from ..api.ids import RoomId
from ..store.summaries import replacement_room
from .invite_links import server_of


@dataclass(frozen=True, slots=True)
class Replacement:
    room_id: RoomId
    """The room that carries the conversation on."""
    via: tuple[str, ...]
    """Servers to join it through."""


def replacement(conn: sqlite3.Connection, room_id: RoomId) -> Replacement | None:
    """The room that replaced ``room_id`` by its stored tombstone, or None."""
    row = conn.execute(
        "SELECT sender, content FROM state"
        " WHERE room_id = ? AND type = 'm.room.tombstone' AND state_key = ''",
        (room_id,),
    ).fetchone()
    if row is None:
        return None
    content = orjson.loads(row[1])
    successor = replacement_room(room_id, content if isinstance(content, dict) else {})
    if not successor:
        return None
    server = server_of(row[0])
    return Replacement(RoomId(successor), (server,) if server else ())


__all__ = ["Replacement", "replacement"]
