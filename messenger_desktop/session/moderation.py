"""Moderating a room: roles, what each role may do, removing and banning people, cleaning up after
a spammer.

Role and right changes read the room's power levels from the cache, change one thing
(:mod:`messenger_desktop.power`) and send the whole content back; sync then brings the new state
like any other. Nothing is changed locally before the server's echo. The server checks every
request against the sender's power, whatever the UI offered.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import orjson

from ..api.client import MatrixApi
from ..api.ids import EventId, RoomId, UserId
from ..power import with_right_level, with_user_level
from ..power.rights import BY_KEY
from ..store.database import Database
from ..store.members import power_levels
from ..store.summaries import clean_text

MODERATION_ACTIONS = ("kick", "ban", "unban")

RECENT_LIMIT = 500
"""The most messages one "delete recent messages" removes."""


@dataclass(frozen=True, slots=True)
class Banned:
    user_id: UserId
    name: str
    reason: str
    banned_by: UserId


@dataclass(frozen=True, slots=True)
class Knock:
    """Someone asking to join: admins answer with an invitation (Approve) or a kick (Deny)."""

    user_id: UserId
    name: str
    reason: str


async def set_user_level(
    api: MatrixApi, db: Database, room_id: RoomId, user_id: UserId, level: int
) -> EventId:
    """Give ``user_id`` the power ``level`` (a role) in ``room_id``."""
    levels = await db.run(power_levels, room_id)
    return await api.send_state(room_id, "m.room.power_levels", "", with_user_level(levels, user_id, level))


async def set_right_level(api: MatrixApi, db: Database, room_id: RoomId, right: str, level: int) -> EventId:
    """Make the right named ``right`` (see :data:`messenger_desktop.power.RIGHTS`) need ``level``."""
    levels = await db.run(power_levels, room_id)
    return await api.send_state(
        room_id, "m.room.power_levels", "", with_right_level(levels, BY_KEY[right], level)
    )


async def moderate(api: MatrixApi, room_id: RoomId, action: str, user_id: UserId, reason: str = "") -> None:
    """Remove ("kick"), ban or unban ``user_id``, with the reason the others will read."""
    await api.moderate(action, room_id, user_id, reason.strip())


def recent_messages(conn: sqlite3.Connection, room_id: RoomId, sender: UserId) -> list[EventId]:
    """What ``sender`` posted in ``room_id`` that this device holds and is not yet deleted (newest
    first, at most :data:`RECENT_LIMIT`): messages, stickers, reactions, polls, encrypted events."""
    rows = conn.execute(
        "SELECT event_id FROM events WHERE room_id = ? AND sender = ? AND state_key IS NULL"
        " AND redacted = 0 AND type != 'm.room.redaction' AND event_id LIKE '$%'"
        " ORDER BY chunk DESC, pos DESC LIMIT ?",
        (room_id, sender, RECENT_LIMIT),
    )
    return [EventId(event_id) for (event_id,) in rows]


def banned(conn: sqlite3.Connection, room_id: RoomId) -> list[Banned]:
    """The people banned from ``room_id``, by name, with the reason given and who banned them."""
    return [
        Banned(user_id=user, name=name, reason=reason, banned_by=sender)
        for user, name, reason, sender in _with_membership(conn, room_id, "ban")
    ]


def knocking(conn: sqlite3.Connection, room_id: RoomId) -> list[Knock]:
    """The people asking to join ``room_id`` (a knock), by name, with what they wrote."""
    return [
        Knock(user_id=user, name=name, reason=reason)
        for user, name, reason, _ in _with_membership(conn, room_id, "knock")
    ]


def _with_membership(
    conn: sqlite3.Connection, room_id: RoomId, membership: str
) -> list[tuple[UserId, str, str, UserId]]:
    """(user, shown name, reason, sender of the event) of everyone whose membership in
    ``room_id`` is ``membership``, by name."""
    found = []
    for user, shown, sender, text in conn.execute(
        "SELECT m.user_id, m.displayname, s.sender, s.content FROM members m JOIN state s"
        " ON s.room_id = m.room_id AND s.type = 'm.room.member' AND s.state_key = m.user_id"
        " WHERE m.room_id = ? AND m.membership = ?",
        (room_id, membership),
    ):
        content = orjson.loads(text)
        content = content if isinstance(content, dict) else {}
        reason = content.get("reason")
        name = shown or content.get("displayname")
        found.append(
            (
                UserId(user),
                clean_text(name) if isinstance(name, str) and name.strip() else user,
                clean_text(reason) if isinstance(reason, str) else "",
                UserId(sender),
            )
        )
    found.sort(key=lambda entry: (entry[1].casefold(), entry[0]))
    return found
