"""What a role editor offers: the rights people think in ("delete others' messages", "change
settings"), each made of the power-level keys the spec checks for it.

A right made of several keys (the room's name, topic and picture) reads as the highest level among
them, which is what it takes to do all of it, and is written to every one of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .levels import needed_level


@dataclass(frozen=True, slots=True)
class Right:
    key: str
    """The name the UI knows this right by (and labels it by)."""
    actions: tuple[str, ...]
    """The actions of :func:`levels.needed_level` it is made of."""


SEND = Right("send", ("event:m.room.message", "events_default"))
REACT = Right("react", ("event:m.reaction",))
INVITE = Right("invite", ("invite",))
KICK = Right("kick", ("kick",))
BAN = Right("ban", ("ban",))
REDACT = Right("redact", ("redact",))
PIN = Right("pin", ("state:m.room.pinned_events",))
CALL = Right("call", ("event:m.call.invite",))
PROFILE = Right("profile", ("state:m.room.name", "state:m.room.topic", "state:m.room.avatar"))
SETTINGS = Right(
    "settings",
    (
        "state:m.room.join_rules",
        "state:m.room.history_visibility",
        "state:m.room.guest_access",
        "state:m.room.canonical_alias",
    ),
)
ROLES = Right("roles", ("state:m.room.power_levels",))
NOTIFY = Right("notify", ("notify:room",))

RIGHTS: tuple[Right, ...] = (
    SEND,
    REACT,
    INVITE,
    REDACT,
    PIN,
    CALL,
    NOTIFY,
    KICK,
    BAN,
    PROFILE,
    SETTINGS,
    ROLES,
)
"""Every right, in the order the editor lists them."""

BY_KEY = {right.key: right for right in RIGHTS}


def right_level(levels: Mapping[str, Any], right: Right) -> int:
    """The level it takes to use all of ``right``."""
    return max(needed_level(levels, action) or 0 for action in right.actions)
