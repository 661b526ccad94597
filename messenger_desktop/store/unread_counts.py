"""Unread counts worked out on the client, for syncs whose server does not send them.

Simplified sliding sync leaves a room's notification and highlight counts to the client (Synapse
sends zeros in their place). So the store counts them as the server would: the events of others
after the point the user has read to — their read receipt, or their own newest message, whichever
is later — that the user's push rules say notify (and, of those, highlight).

The count sees only what the cache holds: a room whose read point is older than its cached events
counts those events (at most :data:`SCAN`), a lower bound that is right for the common case of a
few new messages. Redacted events and the user's own never count.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable

import orjson

from ..api.events import EventKind
from ..api.ids import RoomId, UserId
from ..push import PushContext, PushRules, evaluate
from .database import transaction
from .members import power_levels
from .organise import load_push_rules
from .rows import RoomSummary

SCAN = 100
"""At most this many of a room's newest events are looked at."""


def count_unread(
    conn: sqlite3.Connection, room_id: RoomId, own_user: UserId, rules: PushRules, joined_count: int
) -> tuple[int, int]:
    """``(notifications, highlights)`` of ``room_id`` by the cache and the push rules."""
    read_to = _receipt_point(conn, room_id, own_user)
    context: PushContext | None = None
    notifications = highlights = 0
    for chunk, pos, sender, kind, redacted, text in conn.execute(
        "SELECT chunk, pos, sender, kind, redacted, json FROM events WHERE room_id = ?"
        " ORDER BY chunk DESC, pos DESC LIMIT ?",
        (room_id, SCAN),
    ):
        if sender == own_user or (read_to is not None and (chunk, pos) <= read_to):
            break  # what the user wrote, they have read up to
        if redacted or kind == EventKind.BAD:
            continue
        if context is None:
            context = _context(conn, room_id, own_user, joined_count)
        raw = orjson.loads(text)
        actions = evaluate(rules, raw, context) if isinstance(raw, dict) else None
        if actions is not None and actions.notify:
            notifications += 1
            highlights += int(actions.highlight)
    return notifications, highlights


def recount(
    conn: sqlite3.Connection, rooms: Iterable[RoomSummary], own_user: UserId
) -> dict[RoomId, RoomSummary]:
    """Count the joined ``rooms`` again and store the counts; the summaries whose counts changed,
    with the new counts (one transaction)."""
    changed: dict[RoomId, RoomSummary] = {}
    with transaction(conn):
        rules = load_push_rules(conn, own_user)
        for summary in rooms:
            if summary.membership != "join":
                continue
            counts = count_unread(conn, summary.room_id, own_user, rules, summary.joined_count)
            if counts == (summary.notification_count, summary.highlight_count):
                continue
            conn.execute(
                "UPDATE rooms SET notification_count = ?, highlight_count = ? WHERE room_id = ?",
                (*counts, summary.room_id),
            )
            changed[summary.room_id] = dataclasses.replace(
                summary, notification_count=counts[0], highlight_count=counts[1]
            )
    return changed


def _receipt_point(conn: sqlite3.Connection, room_id: RoomId, own_user: UserId) -> tuple[int, int] | None:
    """Where the user's read receipt is in the cache's order; None when the cache lacks its event."""
    row = conn.execute(
        "SELECT e.chunk, e.pos FROM receipts r JOIN events e ON e.event_id = r.event_id"
        " WHERE r.room_id = ? AND r.user_id = ? AND e.room_id = r.room_id",
        (room_id, own_user),
    ).fetchone()
    return None if row is None else (row[0], row[1])


def _context(conn: sqlite3.Connection, room_id: RoomId, own_user: UserId, joined: int) -> PushContext:
    row = conn.execute(
        "SELECT displayname FROM members WHERE room_id = ? AND user_id = ?", (room_id, own_user)
    ).fetchone()
    levels = power_levels(conn, room_id)
    return PushContext(
        user_id=own_user,
        display_name=row[0] if row and row[0] else None,
        room_member_count=joined,
        power_levels=levels,
        room_id=room_id,
        creators=getattr(levels, "creators", frozenset()),
    )
