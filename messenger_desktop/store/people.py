"""The people the user shares a conversation with, for the quick switcher."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..api.ids import RoomId, UserId
from .direct import direct_room_with
from .summaries import clean_text

MAX_PEOPLE = 5000


@dataclass(frozen=True, slots=True)
class Person:
    user_id: UserId
    name: str
    """The display name they use most ("" when they set none)."""
    direct_room: RoomId | None
    """A direct chat with them the user is in, if any: one in ``m.direct``, else an unnamed room
    of just the two of them (a chat someone else started without marking it direct), which the
    conversation list also shows as a direct chat."""
    avatar_url: str = ""
    """Their avatar (``mxc://``, unchecked) as one of the shared conversations has it."""


def known_people(conn: sqlite3.Connection, own_user: UserId, limit: int = MAX_PEOPLE) -> list[Person]:
    """Everyone joined to a conversation the user is in, people sharing the most conversations
    first."""
    rows = conn.execute(
        "SELECT m.user_id, MAX(COALESCE(m.displayname, '')), COUNT(*) AS shared,"
        " MAX(COALESCE(m.avatar_url, '')) FROM members m"
        " JOIN rooms r ON r.room_id = m.room_id AND r.membership = 'join'"
        " WHERE m.membership = 'join' AND m.user_id != ?"
        " GROUP BY m.user_id ORDER BY shared DESC, m.user_id LIMIT ?",
        (own_user, limit),
    ).fetchall()
    unmarked = _unmarked_direct_rooms(conn, own_user)
    return [
        Person(
            UserId(user),
            clean_text(name),
            direct_room_with(conn, UserId(user)) or unmarked.get(user),
            clean_text(avatar),
        )
        for user, name, _, avatar in rows
    ]


def _unmarked_direct_rooms(conn: sqlite3.Connection, own_user: UserId) -> dict[str, RoomId]:
    """The other person of each joined, unnamed two-person room, most recently active first."""
    found: dict[str, RoomId] = {}
    for user, room in conn.execute(
        "SELECT m.user_id, r.room_id FROM rooms r JOIN members m ON m.room_id = r.room_id"
        " WHERE r.membership = 'join' AND r.explicit_name = 0 AND r.joined_count + r.invited_count = 2"
        " AND m.user_id != ? AND m.membership IN ('join', 'invite') ORDER BY r.last_ts DESC",
        (own_user,),
    ):
        found.setdefault(user, RoomId(room))
    return found
