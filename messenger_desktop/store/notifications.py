"""Which new events of a sync notify: the user's push rules run on them while they are ingested.

:func:`collect_notifications` runs inside the ingest transaction (off the UI thread), after every
room of the sync is written, so the rules see this sync's state: the user's display name in the
room, the joined member count, the power levels and any ``m.push_rules`` change the sync carried.
Only incremental syncs get here (the initial sync is history, not news); the candidates are the new
timeline events of joined rooms sent by others. They are evaluated newest first, and evaluation
stops at :data:`MAX_NOTIFICATIONS`, so a catch-up after a long time offline stays cheap.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from ..api.events import EventKind, RoomEvent
from ..api.ids import EventId, RoomId, UserId
from ..push import PushContext, evaluate
from .members import power_levels
from .organise import load_push_rules
from .rows import Notification, RoomSummary
from .summaries import clean_text, member_name, preview_text

MAX_NOTIFICATIONS = 50
"""At most this many notifications per sync (the newest)."""

MAX_BODY = 200

_OTHER_LABELS = {
    "m.call.invite": "Incoming call",
    "m.room.tombstone": "This room has been replaced",
    "m.room.server_acl": "The room's server access changed",
}


def notification_body(event: RoomEvent) -> str:
    """One plain line standing for ``event`` in a notification."""
    label = _OTHER_LABELS.get(event.type)
    if label is not None:
        return label
    return clean_text(preview_text(event), MAX_BODY)


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


def collect_notifications(
    conn: sqlite3.Connection,
    candidates: Sequence[tuple[RoomId, RoomEvent]],
    own_user: UserId,
    summaries: Mapping[RoomId, RoomSummary],
    redacted: Mapping[RoomId, tuple[EventId, ...]],
) -> tuple[Notification, ...]:
    """The candidates (new events of joined rooms, in sync order) that the rules say notify, oldest
    first, at most the newest :data:`MAX_NOTIFICATIONS`. ``redacted`` events (gone in this same
    sync) and events the server sent already redacted never notify."""
    if not candidates:
        return ()
    rules = load_push_rules(conn, own_user)
    gone = {event_id for ids in redacted.values() for event_id in ids}
    contexts: dict[RoomId, PushContext] = {}
    found: list[Notification] = []
    # Newest first (sync order breaks ties), so the cap keeps the newest and stops early.
    order = sorted(range(len(candidates)), key=lambda i: (candidates[i][1].ts, i), reverse=True)
    for index in order:
        room_id, event = candidates[index]
        raw = event.raw
        summary = summaries.get(room_id)
        if raw is None or summary is None or event.event_id in gone or _server_redacted(event):
            continue
        context = contexts.get(room_id)
        if context is None:
            context = contexts[room_id] = _context(conn, room_id, own_user, summary.joined_count)
        actions = evaluate(rules, raw, context)
        if not actions.notify:
            continue
        found.append(
            Notification(
                room_id=room_id,
                event_id=event.event_id,
                sender=event.sender,
                sender_name=member_name(conn, room_id, event.sender),
                room_name=summary.name,
                body=notification_body(event),
                ts=event.ts,
                highlight=actions.highlight,
                sound=actions.sound,
                is_direct=summary.is_direct,
            )
        )
        if len(found) >= MAX_NOTIFICATIONS:
            break
    found.reverse()
    return tuple(found)


def is_candidate(event: RoomEvent, own_user: UserId) -> bool:
    """Could ``event`` (new in a joined room) notify at all? Not the user's own, not a bad one."""
    return bool(event.event_id) and event.sender != own_user and event.kind is not EventKind.BAD


def _server_redacted(event: RoomEvent) -> bool:
    unsigned = event.raw.get("unsigned") if event.raw is not None else None
    return isinstance(unsigned, dict) and "redacted_because" in unsigned
