"""A room's members and their power levels, from the cache. What a level allows is
:mod:`messenger_desktop.power`'s (the spec's rules); this reads the state it works on."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass

import orjson

from ..api.ids import RoomId, UserId
from ..power import PowerLevels, can, room_levels, user_level
from .summaries import clean_text, disambiguated


@dataclass(frozen=True, slots=True)
class Member:
    user_id: UserId
    name: str
    """The display name to show, with the user id added when another member shares it."""
    avatar_url: str
    membership: str
    """"join" or "invite"."""
    power_level: int


def power_levels(conn: sqlite3.Connection, room_id: RoomId | str) -> PowerLevels:
    """The room's power levels (a :class:`PowerLevels`), from the cached state."""
    found: dict[str, tuple[str, object]] = {}
    for etype, sender, text in conn.execute(
        "SELECT type, sender, content FROM state WHERE room_id = ? AND state_key = ''"
        " AND type IN ('m.room.power_levels', 'm.room.create')",
        (room_id,),
    ):
        found[etype] = (sender, orjson.loads(text))
    create_sender, create = found.get("m.room.create", ("", {}))
    content = found["m.room.power_levels"][1] if "m.room.power_levels" in found else None
    return room_levels(content, create if isinstance(create, dict) else None, create_sender)


def may_redact(conn: sqlite3.Connection, room_id: str, redactor: str, original_sender: str) -> bool:
    """Does a redaction by ``redactor`` apply to an event of ``original_sender``? The spec lets it
    when both are on the same server, or when the redactor may redact others' events."""
    if redactor.split(":", 1)[-1] == original_sender.split(":", 1)[-1]:
        return True
    return can(power_levels(conn, room_id), redactor, "redact")


def member_avatars(conn: sqlite3.Connection, room_id: RoomId | str) -> dict[str, str]:
    """The avatar (``mxc://``, unchecked) of everyone the cache knows in the room who has one,
    members who left included (their messages are still on screen)."""
    return {
        user: clean_text(avatar)
        for user, avatar in conn.execute(
            "SELECT user_id, avatar_url FROM members WHERE room_id = ? AND avatar_url != ''", (room_id,)
        )
        if isinstance(avatar, str)
    }


def load_members(conn: sqlite3.Connection, room_id: RoomId) -> list[Member]:
    """Joined and invited members the cache knows, by power level (highest first), then name."""
    found = conn.execute(
        "SELECT user_id, membership, displayname, avatar_url FROM members"
        " WHERE room_id = ? AND membership IN ('join', 'invite')",
        (room_id,),
    ).fetchall()
    levels = power_levels(conn, room_id)
    names = {user: clean_text(name) for user, _, name, _ in found}
    shared = Counter(name for name in names.values() if name)
    members = [
        Member(
            user_id=UserId(user),
            name=disambiguated(names[user], user, shared[names[user]] > 1),
            avatar_url=avatar if isinstance(avatar, str) else "",
            membership=membership,
            power_level=user_level(levels, user),
        )
        for user, membership, _, avatar in found
    ]
    members.sort(key=lambda m: (-m.power_level, m.name.casefold(), m.user_id))
    return members
