"""The people the user ignores (``m.ignored_user_list``), and what the cache answers about them.

The list is account data, so it is whatever the server last echoed through sync: the same on
every device, and still there after a restart. Their events stay in the cache (unignoring brings
them back); the session hides them when it reads (:mod:`messenger_desktop.session.ignoring`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

import orjson

from ..api.events import EventKind, is_user_id, parse_event
from ..api.ids import RoomId, UserId
from .batches import batches, marks
from .summaries import clean_text, member_name, preview_text

IGNORED_TYPE = "m.ignored_user_list"


def ignored_in(content: object) -> frozenset[UserId]:
    """The user ids of an ``m.ignored_user_list`` content (anything malformed is left out)."""
    users = content.get("ignored_users") if isinstance(content, dict) else None
    if not isinstance(users, dict):
        return frozenset()
    return frozenset(UserId(u) for u in users if isinstance(u, str) and is_user_id(u))


def with_ignored(content: Mapping[str, Any] | None, user_id: UserId, ignore: bool) -> dict[str, Any]:
    """``content`` with ``user_id`` added to (or taken off) the list, every other field and
    entry kept as the server had it (another client may have put something there)."""
    updated = dict(content or {})
    users = updated.get("ignored_users")
    entries = dict(users) if isinstance(users, dict) else {}
    if ignore:
        entries.setdefault(user_id, {})
    else:
        entries.pop(user_id, None)
    updated["ignored_users"] = entries
    return updated


def load_ignored(conn: sqlite3.Connection) -> frozenset[UserId]:
    row = conn.execute("SELECT content FROM account_data WHERE type = ?", (IGNORED_TYPE,)).fetchone()
    return ignored_in(orjson.loads(row[0])) if row is not None else frozenset()


def visible_preview(
    conn: sqlite3.Connection, room_id: RoomId, ignored: frozenset[UserId]
) -> tuple[str, str, str, str] | None:
    """``(event id, sender, sender's name, preview)`` of the room's newest message whose sender is
    not ignored, from the cache; None when it holds none."""
    hidden = sorted(ignored)
    found = conn.execute(
        "SELECT event_id, sender, json FROM events WHERE room_id = ? AND kind IN (?, ?) AND redacted = 0"
        " AND (rel_type IS NULL OR rel_type != 'm.replace')"
        f" AND sender NOT IN ({marks(hidden)}) ORDER BY chunk DESC, pos DESC LIMIT 1",
        (room_id, int(EventKind.MESSAGE), int(EventKind.ENCRYPTED), *hidden),
    ).fetchone()
    if found is None:
        return None
    event_id, sender, raw = found
    event = parse_event(orjson.loads(raw), room_id)
    return event_id, sender, member_name(conn, room_id, sender), preview_text(event)


def shares_conversation(conn: sqlite3.Connection, user_id: str, own_user: UserId) -> bool:
    """Is ``user_id`` a member of a conversation the user is in (as far as the cache knows:
    lazily loaded members of large rooms may be missing)?"""
    if not user_id or user_id == own_user:
        return bool(user_id)
    found = conn.execute(
        "SELECT 1 FROM members m JOIN rooms r ON r.room_id = m.room_id AND r.membership = 'join'"
        " WHERE m.user_id = ? AND m.membership IN ('join', 'invite') LIMIT 1",
        (user_id,),
    ).fetchone()
    return found is not None


def display_names(conn: sqlite3.Connection, users: Iterable[str]) -> dict[str, str]:
    """A display name the cache knows for each of ``users`` ("" for those it knows none of)."""
    wanted = sorted(set(users))
    names = dict.fromkeys(wanted, "")
    for part in batches(wanted):
        for user, name in conn.execute(
            "SELECT user_id, MAX(COALESCE(displayname, '')) FROM members"
            f" WHERE user_id IN ({marks(part)}) GROUP BY user_id",
            part,
        ):
            names[user] = clean_text(name)
    return names
