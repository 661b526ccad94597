"""Channels: rooms where admins post and everyone else reads, made of power levels alone, so every
Matrix client enforces them (the server refuses a member's post) and any read-only room (a space's
announcements) is one too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .levels import event_level, level_value
from .roles import ADMIN, MODERATOR

SIGNATURES_EVENT = "org.messenger_desktop.channel"
"""A channel's presentation (state, key ''): ``{"sign_posts": true}`` shows each post's author.
Other clients show the sender of every event anyway; it is ours to show a channel's posts as the
channel's, and signed when its admins chose so."""

POST_LEVEL = MODERATOR.level
"""Who posts in a channel we create: its admins and moderators."""

_CHANNEL_EVENTS = {
    "m.reaction": 0,  # readers react to posts...
    "m.room.redaction": 0,  # ...and take their reactions back
    "m.room.name": MODERATOR.level,
    "m.room.topic": MODERATOR.level,
    "m.room.avatar": MODERATOR.level,
    "m.room.pinned_events": MODERATOR.level,
    "m.room.canonical_alias": MODERATOR.level,
    "m.room.power_levels": ADMIN.level,
    "m.room.history_visibility": ADMIN.level,
    "m.room.join_rules": ADMIN.level,
    "m.room.encryption": ADMIN.level,
    "m.room.server_acl": ADMIN.level,
    "m.room.tombstone": ADMIN.level,
    SIGNATURES_EVENT: ADMIN.level,
}


def channel_levels() -> dict[str, Any]:
    """The power levels a new channel starts with (``power_level_content_override``). Without
    ``users``: the server's default gives the creator 100, or (room version 12+) leaves them out
    of the table, where naming them is refused."""
    return {
        "users_default": 0,
        "events_default": POST_LEVEL,
        "state_default": MODERATOR.level,
        "events": dict(_CHANNEL_EVENTS),
        "invite": 0,
        "kick": MODERATOR.level,
        "ban": MODERATOR.level,
        "redact": MODERATOR.level,
    }


def signs_posts(content: object) -> bool:
    """Does this :data:`SIGNATURES_EVENT` content ask for signed posts (anything else: no)?"""
    return isinstance(content, Mapping) and content.get("sign_posts") is True


def signatures_content(sign: bool) -> dict[str, Any]:
    return {"sign_posts": sign}


def is_channel(levels: Mapping[str, Any]) -> bool:
    """Is this a room where a new member may not post messages?"""
    default = level_value(levels.get("users_default"))
    return event_level(levels, "m.room.message", state=False) > (0 if default is None else default)
