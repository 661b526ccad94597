"""Reading a room's power levels: a user's level, the level an action needs, the spec's defaults.

The defaults are the spec's for keys missing from an ``m.room.power_levels`` content: ``ban``,
``kick`` and ``redact`` 50, ``invite`` 0, ``events_default`` 0, ``state_default`` 50,
``users_default`` 0, ``notifications.room`` 50. A room without that event at all gives its creator
100, everyone else 0, and makes ``state_default`` 0. From room version 12 the creators (the sender
of ``m.room.create`` and its ``additional_creators``) outrank every level a content can hold.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..api.events import is_user_id

CREATOR_LEVEL = 2**53
"""A v12+ room creator's level: above anything a power levels event can hold (canonical JSON
integers stop at 2**53 - 1)."""

ACTION_DEFAULTS = {"ban": 50, "kick": 50, "redact": 50, "invite": 0}
"""The level each membership or moderation action needs when the content does not say."""

STATE_DEFAULT, EVENTS_DEFAULT, USERS_DEFAULT, NOTIFY_ROOM_DEFAULT = 50, 0, 0, 50

_KEY_DEFAULTS = {
    "events_default": EVENTS_DEFAULT,
    "state_default": STATE_DEFAULT,
    "users_default": USERS_DEFAULT,
}

_INTEGER = re.compile(r"^\s*[+-]?\d{1,16}\s*$")


class PowerLevels(dict[str, Any]):
    """The ``m.room.power_levels`` content (or the spec's defaults) as a plain dict, carrying the
    room's creators when they outrank every level (room version 12+). Sending it back as content
    sends only the dict: the creators are not part of it."""

    __slots__ = ("creators",)

    def __init__(self, content: Mapping[str, Any], creators: frozenset[str] = frozenset()) -> None:
        super().__init__(content)
        self.creators = creators

    def __reduce__(self) -> tuple[Any, ...]:
        return (PowerLevels, (dict(self), self.creators))


def level_value(value: object) -> int | None:
    """A power level as an int, or None for what is not one. Rooms older than version 10 may hold
    a level as a string of digits, which servers read as the number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INTEGER.match(value):
        return int(value)
    return None


def _room_version(value: object) -> int:
    """A room version as a number; an unknown (experimental) one counts as old."""
    return int(value) if isinstance(value, str) and value.isdigit() and len(value) < 6 else 0


def room_levels(
    content: object, create: Mapping[str, Any] | None = None, create_sender: str = ""
) -> PowerLevels:
    """The levels of a room from its ``m.room.power_levels`` content (None when the room has no
    such event) and its ``m.room.create`` content and sender."""
    create = create if isinstance(create, Mapping) else {}
    creator = create.get("creator")
    if not isinstance(creator, str) or not creator:  # room v11+ dropped it: the sender created it
        creator = create_sender
    creators: frozenset[str] = frozenset()
    if _room_version(create.get("room_version")) >= 12:
        extra = create.get("additional_creators")
        others = [u for u in extra if isinstance(u, str) and is_user_id(u)] if isinstance(extra, list) else []
        creators = frozenset(u for u in (create_sender, *others) if u)
    if content is not None:
        return PowerLevels(content if isinstance(content, Mapping) else {}, creators)
    defaults: dict[str, Any] = {
        **ACTION_DEFAULTS,
        "events": {},
        "events_default": 0,
        "state_default": 0,
        "users": {creator: 100} if creator and not creators else {},
        "users_default": 0,
    }
    return PowerLevels(defaults, creators)


def _number(levels: Mapping[str, Any], key: str, default: int) -> int:
    level = level_value(levels.get(key))
    return default if level is None else level


def user_level(levels: Mapping[str, Any], user_id: str) -> int:
    """``user_id``'s power level in a room with these ``levels``."""
    if user_id in getattr(levels, "creators", ()):
        return CREATOR_LEVEL
    users = levels.get("users")
    if isinstance(users, Mapping) and user_id in users:
        level = level_value(users[user_id])
        if level is not None:
            return level
    return _number(levels, "users_default", USERS_DEFAULT)


def event_level(levels: Mapping[str, Any], event_type: str, *, state: bool) -> int:
    """The level sending an event of ``event_type`` needs (a state event when ``state``)."""
    events = levels.get("events")
    if isinstance(events, Mapping) and event_type in events:
        level = level_value(events[event_type])
        if level is not None:
            return level
    if state:
        return _number(levels, "state_default", STATE_DEFAULT)
    return _number(levels, "events_default", EVENTS_DEFAULT)


def notification_level(levels: Mapping[str, Any], key: str = "room") -> int:
    """The level a sender needs to notify everyone with ``@room`` (``notifications[key]``)."""
    notifications = levels.get("notifications")
    level = level_value(notifications.get(key)) if isinstance(notifications, Mapping) else None
    return NOTIFY_ROOM_DEFAULT if level is None else level


def needed_level(levels: Mapping[str, Any], action: str) -> int | None:
    """The level ``action`` needs: "redact", "kick", "ban", "invite", "state:<event type>",
    "event:<event type>", "notify:<key>", or one of the defaults ("events_default" for an event
    type no table lists); None for an action this does not know."""
    if action in ACTION_DEFAULTS:
        return _number(levels, action, ACTION_DEFAULTS[action])
    if action in _KEY_DEFAULTS:
        return _number(levels, action, _KEY_DEFAULTS[action])
    kind, _, name = action.partition(":")
    if not name:
        return None
    if kind == "state" or kind == "event":
        return event_level(levels, name, state=kind == "state")
    if kind == "notify":
        return notification_level(levels, name)
    return None


def can(levels: Mapping[str, Any], user_id: str, action: str) -> bool:
    """May ``user_id`` do ``action`` (see :func:`needed_level`)? "redact" is for other people's
    events: anyone may redact their own (given "event:m.room.redaction")."""
    needed = needed_level(levels, action)
    return needed is not None and user_level(levels, user_id) >= needed


def outranks(levels: Mapping[str, Any], actor: str, target: str) -> bool:
    """Kicking, banning or changing someone's level also needs a level above theirs."""
    return user_level(levels, actor) > user_level(levels, target)
