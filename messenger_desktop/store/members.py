"""A room's members and their rights: the member list, power levels and what each level allows.

Power levels follow the spec: the ``m.room.power_levels`` content, with the spec's defaults for
missing keys (``ban``/``kick``/``redact`` 50, ``invite`` 0, ``events_default`` 0,
``state_default`` 50, ``users_default`` 0). A room without that event at all gives its creator 100,
everyone else 0 and makes ``state_default`` 0. From room version 12 the creators (the sender of
``m.room.create`` and its ``additional_creators``) outrank every level; :func:`power_levels`
returns them alongside the content (see :class:`PowerLevels`).
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any

import orjson

from ..api.events import is_user_id
from ..api.ids import RoomId, UserId
from .summaries import clean_text, disambiguated

CREATOR_LEVEL = 2**53
"""A v12+ room creator's level: above anything a power levels event can hold (canonical JSON
integers stop at 2**53 - 1)."""

_DEFAULT_NEEDED = {"ban": 50, "kick": 50, "redact": 50, "invite": 0}
_INTEGER = re.compile(r"^\s*[+-]?\d{1,16}\s*$")


@dataclass(frozen=True, slots=True)
class Member:
    user_id: UserId
    name: str
    """The display name to show, with the user id added when another member shares it."""
    avatar_url: str
    membership: str
    """"join" or "invite"."""
    power_level: int


class PowerLevels(dict[str, Any]):
    """The ``m.room.power_levels`` content (or the spec's defaults) as a plain dict, carrying the
    room's creators when they outrank every level (room version 12+). Sending it back as content
    sends only the dict: the creators are not part of it."""

    __slots__ = ("creators",)

    def __init__(self, content: dict[str, Any], creators: frozenset[str] = frozenset()) -> None:
        super().__init__(content)
        self.creators = creators

    def __reduce__(self) -> tuple[Any, ...]:
        return (PowerLevels, (dict(self), self.creators))


def power_levels(conn: sqlite3.Connection, room_id: RoomId | str) -> dict[str, Any]:
    """The room's power levels (a :class:`PowerLevels`), from the cached state."""
    found: dict[str, tuple[str, object]] = {}
    for etype, sender, text in conn.execute(
        "SELECT type, sender, content FROM state WHERE room_id = ? AND state_key = ''"
        " AND type IN ('m.room.power_levels', 'm.room.create')",
        (room_id,),
    ):
        found[etype] = (sender, orjson.loads(text))
    create_sender, create = found.get("m.room.create", ("", {}))
    create = create if isinstance(create, dict) else {}
    creator = create.get("creator")
    if not isinstance(creator, str) or not creator:  # room v11+ dropped it: the sender created it
        creator = create_sender
    creators: frozenset[str] = frozenset()
    if _version(create.get("room_version")) >= 12:
        extra = create.get("additional_creators")
        others = [u for u in extra if isinstance(u, str) and is_user_id(u)] if isinstance(extra, list) else []
        creators = frozenset(u for u in (create_sender, *others) if u)
    if "m.room.power_levels" in found:
        content = found["m.room.power_levels"][1]
        return PowerLevels(content if isinstance(content, dict) else {}, creators)
    defaults: dict[str, Any] = {
        **_DEFAULT_NEEDED,
        "events": {},
        "events_default": 0,
        "state_default": 0,
        "users": {creator: 100} if creator and not creators else {},
        "users_default": 0,
    }
    return PowerLevels(defaults, creators)


def _version(value: object) -> int:
    """A room version as a number; an unknown (experimental) one counts as old."""
    return int(value) if isinstance(value, str) and value.isdigit() and len(value) < 6 else 0


def _level(value: object) -> int | None:
    """A power level: an integer (old rooms may hold it as a string of digits)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INTEGER.match(value):
        return int(value)
    return None


def user_level(levels: dict[str, Any], user_id: str) -> int:
    """``user_id``'s power level in a room with these ``levels``."""
    if user_id in getattr(levels, "creators", ()):
        return CREATOR_LEVEL
    users = levels.get("users")
    if isinstance(users, dict) and user_id in users:
        level = _level(users[user_id])
        if level is not None:
            return level
    level = _level(levels.get("users_default"))
    return 0 if level is None else level


def needed_level(levels: dict[str, Any], action: str) -> int | None:
    """The level ``action`` needs: "redact", "kick", "ban", "invite", "state:<event type>" or
    "event:<event type>"; None for an action this does not know."""
    if action in _DEFAULT_NEEDED:
        level = _level(levels.get(action))
        return _DEFAULT_NEEDED[action] if level is None else level
    kind, _, etype = action.partition(":")
    if kind not in ("state", "event") or not etype:
        return None
    events = levels.get("events")
    if isinstance(events, dict) and etype in events:
        level = _level(events[etype])
        if level is not None:
            return level
    key, fallback = ("state_default", 50) if kind == "state" else ("events_default", 0)
    level = _level(levels.get(key))
    return fallback if level is None else level


def can(levels: dict[str, Any], user_id: str, action: str) -> bool:
    """May ``user_id`` do ``action`` (see :func:`needed_level`)? "redact" is for other people's
    events: anyone may redact their own (given "event:m.room.redaction")."""
    needed = needed_level(levels, action)
    return needed is not None and user_level(levels, user_id) >= needed


def outranks(levels: dict[str, Any], actor: str, target: str) -> bool:
    """Kicking, banning or changing someone's level also needs a level above theirs."""
    return user_level(levels, actor) > user_level(levels, target)


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
