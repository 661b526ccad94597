"""What a timeline row says: message bodies, one-line state changes, placeholders.

``describe`` returns ``None`` for rows the timeline does not show at all (reactions, edits,
redactions, room configuration noise). Everything the server sent is untrusted: only strings are
used, and bodies are cut to a length a text layout handles quickly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..api.events import EventKind
from ..store.rows import TimelineRow
from .formatting import tr

MAX_BODY = 10_000
HIDDEN_STATE = frozenset(
    {
        "m.room.power_levels",
        "m.room.join_rules",
        "m.room.history_visibility",
        "m.room.guest_access",
        "m.room.canonical_alias",
        "m.room.server_acl",
        "m.room.pinned_events",
    }
)
_MEDIA = {"m.image": "Photo", "m.video": "Video", "m.audio": "Audio", "m.file": "File"}

NameOf = Callable[[str], str]


def _text(content: dict[str, Any], key: str) -> str:
    value = content.get(key)
    return " ".join(value.split())[:255] if isinstance(value, str) else ""


def describe(row: TimelineRow, name_of: NameOf) -> tuple[str, str] | None:
    """``(kind, text)`` with kind "message" | "state" | "placeholder", or None to hide the row."""
    kind = row.kind
    if kind in (EventKind.REACTION, EventKind.REDACTION):
        return None
    if kind is EventKind.BAD or row.problem:
        return "placeholder", tr("This message could not be shown")
    if row.redacted:
        return ("placeholder", tr("Message deleted")) if row.state_key is None else None
    if kind is EventKind.MESSAGE:
        if row.rel_type == "m.replace":
            return None
        return "message", message_body(row.content, name_of(row.sender), row.type)
    if kind is EventKind.ENCRYPTED:
        return "placeholder", tr("Encrypted message — this app cannot decrypt it yet")
    if kind is EventKind.MEMBER:
        text = membership_line(row, name_of)
        return None if text is None else ("state", text)
    if kind is EventKind.STATE:
        text = state_line(row, name_of)
        return None if text is None else ("state", text)
    return "placeholder", tr("This message could not be shown")


def message_body(content: dict[str, Any], sender_name: str, event_type: str = "m.room.message") -> str:
    if event_type == "m.sticker":
        return tr("Sticker")
    body = content.get("body")
    text = body[:MAX_BODY] if isinstance(body, str) else ""
    msgtype = content.get("msgtype")
    if msgtype == "m.emote":
        return f"* {sender_name} {text}"
    if isinstance(msgtype, str) and msgtype in _MEDIA:
        label = tr(_MEDIA[msgtype])
        return f"{label}: {text}" if text else label
    return text or tr("This message could not be shown")


def membership_line(row: TimelineRow, name_of: NameOf) -> str | None:
    membership = row.content.get("membership")
    target_id = row.state_key or ""
    target = _text(row.content, "displayname") or name_of(target_id)
    actor = name_of(row.sender)
    if membership == "join":
        return tr("%1 joined").replace("%1", target)
    if membership == "invite":
        return tr("%1 invited %2").replace("%1", actor).replace("%2", target)
    if membership == "leave":
        if row.sender == target_id:
            return tr("%1 left").replace("%1", name_of(target_id))
        return tr("%1 removed %2").replace("%1", actor).replace("%2", name_of(target_id))
    if membership == "ban":
        return tr("%1 banned %2").replace("%1", actor).replace("%2", name_of(target_id))
    if membership == "knock":
        return tr("%1 asked to join").replace("%1", target)
    return None


def state_line(row: TimelineRow, name_of: NameOf) -> str | None:
    actor = name_of(row.sender)
    etype = row.type
    if etype in HIDDEN_STATE:
        return None
    if etype == "m.room.create":
        return tr("%1 created the conversation").replace("%1", actor)
    if etype == "m.room.name":
        name = _text(row.content, "name")
        if not name:
            return tr("%1 removed the conversation name").replace("%1", actor)
        return tr("%1 changed the name to “%2”").replace("%1", actor).replace("%2", name)
    if etype == "m.room.topic":
        topic = _text(row.content, "topic")
        if not topic:
            return tr("%1 removed the topic").replace("%1", actor)
        return tr("%1 changed the topic to “%2”").replace("%1", actor).replace("%2", topic)
    if etype == "m.room.avatar":
        return tr("%1 changed the conversation picture").replace("%1", actor)
    if etype == "m.room.encryption":
        return tr("%1 turned on end-to-end encryption").replace("%1", actor)
    return None
