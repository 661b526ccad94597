"""Direct chats as the account records them: the ``m.direct`` account data (user → rooms)."""

from __future__ import annotations

import sqlite3

import orjson

from ..api.ids import RoomId, UserId


def direct_map(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """``m.direct`` as stored: user ID → room IDs (malformed entries left out)."""
    row = conn.execute("SELECT content FROM account_data WHERE type = 'm.direct'").fetchone()
    data = orjson.loads(row[0]) if row else {}
    if not isinstance(data, dict):
        return {}
    return {k: [r for r in v if isinstance(r, str)] for k, v in data.items() if isinstance(v, list)}


def direct_room_with(conn: sqlite3.Connection, user_id: UserId) -> RoomId | None:
    """A direct chat with ``user_id`` the account is in, the most recently active first."""
    candidates = direct_map(conn).get(user_id, [])
    if not candidates:
        return None
    marks = ",".join("?" * len(candidates))
    found = conn.execute(
        f"SELECT r.room_id FROM rooms r JOIN members m ON m.room_id = r.room_id AND m.user_id = ?"
        f" WHERE r.room_id IN ({marks}) AND r.membership = 'join' AND m.membership IN ('join', 'invite')"
        " ORDER BY r.last_ts DESC LIMIT 1",
        (user_id, *candidates),
    ).fetchone()
    return RoomId(found[0]) if found else None


def pinned_events(conn: sqlite3.Connection, room_id: RoomId) -> tuple[str, ...]:
    """The room's pinned events (``m.room.pinned_events``), newest pin first, without duplicates."""
    row = conn.execute(
        "SELECT content FROM state WHERE room_id = ? AND type = 'm.room.pinned_events' AND state_key = ''",
        (room_id,),
    ).fetchone()
    content = orjson.loads(row[0]) if row else {}
    pinned = content.get("pinned") if isinstance(content, dict) else None
    if not isinstance(pinned, list):
        return ()
    return tuple(dict.fromkeys(v for v in reversed(pinned) if isinstance(v, str) and v.startswith("$")))
