"""The user's own reading position in a room: the ``m.fully_read`` marker (room account data), and
the newest event there is to read."""

from __future__ import annotations

import sqlite3

import orjson

from ..api.ids import EventId, RoomId


def fully_read(conn: sqlite3.Connection, room_id: RoomId) -> EventId | None:
    """The event the user has read everything up to, as last synced (None if never set)."""
    row = conn.execute(
        "SELECT content FROM room_account_data WHERE room_id = ? AND type = 'm.fully_read'", (room_id,)
    ).fetchone()
    if row is None:
        return None
    content = orjson.loads(row[0])
    event_id = content.get("event_id") if isinstance(content, dict) else None
    return EventId(event_id) if isinstance(event_id, str) and event_id.startswith("$") else None


def latest_event(conn: sqlite3.Connection, room_id: RoomId) -> EventId | None:
    """The room's newest cached event from the server (the one to mark read up to)."""
    row = conn.execute(
        "SELECT event_id FROM events WHERE room_id = ? AND substr(event_id, 1, 1) = '$'"
        " ORDER BY chunk DESC, pos DESC LIMIT 1",
        (room_id,),
    ).fetchone()
    return None if row is None else EventId(row[0])
