"""New ``m.room.power_levels`` contents for what a role editor changes: one person's level, or the
level one right needs. Each returns a whole content to send (the state event replaces the old one)
and leaves everything it does not change as it was, unknown keys included."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .levels import CREATOR_LEVEL, USERS_DEFAULT, level_value
from .rights import Right

_TOP_LEVEL = frozenset(
    {"ban", "kick", "redact", "invite", "events_default", "state_default", "users_default"}
)


def _content(levels: Mapping[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(dict(levels))


def _table(content: dict[str, Any], key: str) -> dict[str, Any]:
    table = content.get(key)
    if not isinstance(table, dict):
        table = content[key] = {}
    return table


def with_user_level(levels: Mapping[str, Any], user_id: str, level: int) -> dict[str, Any]:
    """``levels`` with ``user_id`` at ``level``; a level equal to ``users_default`` drops their
    entry, so the list of people with a role stays short."""
    if level >= CREATOR_LEVEL or user_id in getattr(levels, "creators", ()):
        raise ValueError("a creator's level is not in the power levels")
    content = _content(levels)
    users = _table(content, "users")
    default = level_value(content.get("users_default"))
    if level == (USERS_DEFAULT if default is None else default):
        users.pop(user_id, None)
    else:
        users[user_id] = level
    return content


def with_right_level(levels: Mapping[str, Any], right: Right, level: int) -> dict[str, Any]:
    """``levels`` with every key of ``right`` needing ``level``."""
    content = _content(levels)
    for action in right.actions:
        if action in _TOP_LEVEL:
            content[action] = level
            continue
        kind, _, name = action.partition(":")
        if kind in ("state", "event"):
            _table(content, "events")[name] = level
        elif kind == "notify":
            _table(content, "notifications")[name] = level
        else:
            raise ValueError(f"not a power levels key: {action}")
    return content
