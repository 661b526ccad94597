"""What a timeline row says: message bodies, one-line state changes, placeholders.

``describe`` returns ``None`` for rows the timeline does not show at all (reactions, edits,
redactions, room configuration noise, every call event but the invite: a call is one "call" row,
worded from all its events by :mod:`.call_lines`). Everything the server sent is untrusted: only strings are
used, and bodies are cut to a length a text layout handles quickly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..api.events import EventKind
from ..calls.events import INVITE, parse_content
from ..richtext.bidi import display_name
from ..store.rows import TimelineRow
from .formatting import QT_TRANSLATE_NOOP, tr

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
_MEDIA = {
    "m.image": QT_TRANSLATE_NOOP("formatting", "Photo"),
    "m.video": QT_TRANSLATE_NOOP("formatting", "Video"),
    "m.audio": QT_TRANSLATE_NOOP("formatting", "Audio"),
    "m.file": QT_TRANSLATE_NOOP("formatting", "File"),
}

NameOf = Callable[[str], str]


def fill(template: str, *values: str) -> str:
    """``tr(template)`` with %1, %2… replaced in one pass (a name containing "%2" stays as it is)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, tr(template))


def _text(content: dict[str, Any], key: str) -> str:
    """A name, topic or reason for a sentence: one line, cut, and isolated when it holds bidi
    controls or right-to-left letters (an override in a name would reverse the words after it)."""
    value = content.get(key)
    return display_name(" ".join(value.split())[:255]) if isinstance(value, str) else ""


def describe(row: TimelineRow, name_of: NameOf) -> tuple[str, str] | None:
    """``(kind, text)`` with kind "message" | "state" | "placeholder" | "call", or None to hide
    the row. A call's text is "" here: its words depend on the call's other events."""
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
    if row.type.startswith("m.call."):
        if row.type != INVITE:
            return None
        if parse_content(INVITE, row.content) is None:
            return "placeholder", tr("This call could not be shown")
        return "call", ""
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
    """One short line for an ``m.room.member`` event, using what it replaced (``prev_content``).

    Follows what Element and Telegram show: joins, leaves, invitations, removals, bans and
    profile changes; a re-sent membership that changed nothing is hidden (None).
    """
    content = row.content
    prev = row.prev_content or {}
    membership = content.get("membership")
    before = prev.get("membership")
    target_id = row.state_key or ""
    old_name = _text(prev, "displayname")
    new_name = _text(content, "displayname")
    # The target as they were called at the time: their new name on arrival, their old one on leaving.
    target = new_name or old_name or name_of(target_id)
    actor = name_of(row.sender)
    by_self = row.sender == target_id
    reason = _text(content, "reason")

    def line(template: str) -> str:
        text = fill(template, target, actor)
        return f"{text}: {reason}" if reason and not by_self else text

    if membership == "join":
        if before == "join":
            return _profile_change(prev, content, old_name or name_of(target_id))
        return fill("%1 joined", target)
    if membership == "invite":
        if before == "invite":
            return None
        return fill("%1 invited %2", actor, target)
    if membership == "leave":
        if by_self:
            if before == "invite":
                return fill("%1 declined the invitation", target)
            if before == "knock":
                return fill("%1 withdrew their request to join", target)
            if before in ("leave", "ban"):
                return None
            return fill("%1 left", target)
        if before == "ban":
            return line("%1 was unbanned by %2")
        if before == "invite":
            return line("%2 withdrew the invitation for %1")
        if before == "knock":
            return line("%2 declined the request of %1 to join")
        if before == "leave":
            return None
        return line("%1 was removed by %2")
    if membership == "ban":
        return line("%1 was banned by %2")
    if membership == "knock":
        return fill("%1 asked to join", target)
    return None


def _profile_change(prev: dict[str, Any], content: dict[str, Any], who: str) -> str | None:
    """A member who stayed changed their name and/or avatar (None when nothing visible changed)."""
    old_name, new_name = _text(prev, "displayname"), _text(content, "displayname")
    old_avatar, new_avatar = prev.get("avatar_url"), content.get("avatar_url")
    if old_name != new_name:
        if not new_name:
            return fill("%1 removed their name", who)
        if not old_name:
            return fill("%1 set their name to %2", who, new_name)
        return fill("%1 changed their name to %2", who, new_name)
    if old_avatar != new_avatar:
        if not new_avatar:
            return fill("%1 removed their avatar", who)
        if not old_avatar:
            return fill("%1 set an avatar", who)
        return fill("%1 changed their avatar", who)
    return None


def state_line(row: TimelineRow, name_of: NameOf) -> str | None:
    actor = name_of(row.sender)
    etype = row.type
    if etype in HIDDEN_STATE:
        return None
    if etype == "m.room.create":
        return fill("%1 created the conversation", actor)
    if etype == "m.room.name":
        name = _text(row.content, "name")
        if not name:
            return fill("%1 removed the conversation name", actor)
        return fill("%1 changed the name to “%2”", actor, name)
    if etype == "m.room.topic":
        topic = _text(row.content, "topic")
        if not topic:
            return fill("%1 removed the topic", actor)
        return fill("%1 changed the topic to “%2”", actor, topic)
    if etype == "m.room.avatar":
        return fill("%1 changed the conversation picture", actor)
    if etype == "m.room.encryption":
        return fill("%1 turned on end-to-end encryption", actor)
    return None


def run_entry(row: TimelineRow, name_of: NameOf) -> tuple[str, str]:
    """What a state line contributes to the summary of a run of them: ``(verb, who)``.

    verb is "joined" or "left" for a plain join or leave, "created" for the conversation's
    creation, "" for anything else.
    """
    if row.type == "m.room.create":
        return "created", name_of(row.sender)
    if row.kind is not EventKind.MEMBER or row.redacted:
        return "", ""
    membership = row.content.get("membership")
    before = (row.prev_content or {}).get("membership")
    target_id = row.state_key or ""
    who = _text(row.content, "displayname") or _text(row.prev_content or {}, "displayname")
    who = who or name_of(target_id)
    if membership == "join" and before != "join":
        return "joined", who
    if membership == "leave" and row.sender == target_id and before == "join":
        return "left", who
    return "", ""


def run_summary(entries: list[tuple[str, str]]) -> str:
    """One line for a collapsed run of state lines, oldest entry first.

    "Alice, Bob and 3 others joined" when every line is the same plain join (or leave),
    otherwise "5 changes" — or, for the run that starts the conversation, "Alice created the
    conversation" (with the set-up that followed behind the expander, as Element does).
    """
    if entries and entries[0][0] == "created":
        return fill("%1 created the conversation", entries[0][1])
    verbs = {verb for verb, _ in entries}
    if len(verbs) == 1 and "" not in verbs:
        names = list(dict.fromkeys(who for _, who in entries))
        verb = verbs.pop()
        if len(names) == 1:
            people = names[0]
        elif len(names) == 2:
            people = fill("%1 and %2", *names)
        elif len(names) == 3:
            people = fill("%1, %2 and %3", *names)
        else:
            people = fill("%1, %2 and %3 others", names[0], names[1], str(len(names) - 2))
        return fill("%1 joined" if verb == "joined" else "%1 left", people)
    return fill("%1 changes", str(len(entries)))
