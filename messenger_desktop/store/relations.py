"""Edits, reactions and threads, added up from the relation events stored in the cache.

Nothing is pre-aggregated: the totals are computed when rows are read, from every relation event
the cache holds, so a reaction or an edit that arrived before its target (back-pagination runs
newest first) counts as soon as the target is there, and a redacted relation simply stops
counting. One query serves a whole page (the ``rel_event`` index finds the children).

The spec's rules:

- an edit (``m.replace``) counts when it has an ``m.new_content`` object, the same sender, type and
  room as the original, neither is a state event, the original is not itself an edit, and neither
  is redacted; the latest by ``origin_server_ts`` (then by event id) wins;
- a reaction is an ``m.reaction`` with an ``m.annotation`` relation and a ``key`` string of at
  most 100 characters; each sender counts once per key;
- a thread counts the events with an ``m.thread`` relation to its root.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

import orjson

from ..api.events import EventKind
from ..api.ids import EventId, RoomId, TxnId, UserId
from .batches import batches, marks
from .rows import Aggregate, Reaction, TimelineRow

__all__ = [
    "AGGREGATED",
    "EVENT_COLUMNS",
    "MAX_KEY",
    "Aggregate",
    "Reaction",
    "aggregate",
    "load_events",
    "load_thread",
    "own_reaction",
    "row_from_db",
]

AGGREGATED = frozenset({"m.replace", "m.annotation", "m.thread"})
"""Relation types whose children add up to an :class:`Aggregate` of their target."""

MAX_KEY = 100
"""The longest reaction key that counts."""

EVENT_COLUMNS = (
    "event_id, room_id, chunk, pos, type, kind, sender, ts, state_key, txn_id, rel_type,"
    " rel_event, redacted, problem, json, reply_to"
)

_CHILDREN = """
SELECT r.event_id, r.rel_event, r.rel_type, r.type, r.sender, r.ts, r.state_key,
    CASE
        WHEN r.rel_type = 'm.annotation' THEN json_extract(r.json, '$.content."m.relates_to".key')
        WHEN r.rel_type = 'm.replace' AND json_type(r.json, '$.content."m.new_content"') = 'object'
            THEN json_extract(r.json, '$.content."m.new_content"')
    END,
    t.sender, t.type, t.state_key, t.rel_type, t.redacted
FROM events r LEFT JOIN events t ON t.event_id = r.rel_event AND t.room_id = r.room_id
WHERE r.rel_event IN ({marks}) AND +r.room_id = ? AND r.redacted = 0
    AND r.rel_type IN ('m.replace', 'm.annotation', 'm.thread')
ORDER BY r.ts, r.event_id
"""


def row_from_db(row: Sequence[Any]) -> TimelineRow:
    """A :class:`TimelineRow` from a record of :data:`EVENT_COLUMNS`."""
    raw = orjson.loads(row[14])
    content = raw.get("content") if isinstance(raw, dict) else None
    unsigned = raw.get("unsigned") if isinstance(raw, dict) else None
    prev = unsigned.get("prev_content") if isinstance(unsigned, dict) else None
    return TimelineRow(
        event_id=EventId(row[0]),
        room_id=RoomId(row[1]),
        chunk=row[2],
        pos=row[3],
        type=row[4],
        kind=EventKind(row[5]),
        sender=UserId(row[6]),
        ts=row[7],
        content=content if isinstance(content, dict) else {},
        state_key=row[8],
        txn_id=TxnId(row[9]) if row[9] else None,
        rel_type=row[10],
        rel_event=EventId(row[11]) if row[11] else None,
        redacted=bool(row[12]),
        problem=row[13],
        prev_content=prev if isinstance(prev, dict) and row[8] is not None else None,
        reply_to=EventId(row[15]) if len(row) > 15 and row[15] else None,
    )


class _Totals:
    __slots__ = ("edit", "edit_key", "reactions", "seen", "thread_count", "thread_last")

    def __init__(self) -> None:
        self.edit: tuple[EventId, str] | None = None
        self.edit_key: tuple[int, str] = (-1, "")
        self.reactions: dict[str, tuple[list[UserId], list[EventId | None]]] = {}
        self.seen: set[tuple[str, str]] = set()
        self.thread_count = 0
        self.thread_last: tuple[int, str, UserId] | None = None


def aggregate(
    conn: sqlite3.Connection, room_id: RoomId, event_ids: Sequence[EventId], own_user: UserId
) -> dict[EventId, Aggregate]:
    """The totals of the relations pointing at ``event_ids``: only the ids that have any."""
    totals: dict[str, _Totals] = {}
    for part in batches(event_ids):
        query = _CHILDREN.format(marks=marks(part))
        for (
            event_id,
            target,
            rel_type,
            etype,
            sender,
            ts,
            state_key,
            value,
            t_sender,
            t_type,
            t_state_key,
            t_rel_type,
            t_redacted,
        ) in conn.execute(query, (*part, room_id)):
            entry = totals.get(target)
            if entry is None:
                entry = totals[target] = _Totals()
            if rel_type == "m.annotation":
                if etype != "m.reaction" or not isinstance(value, str) or not 0 < len(value) <= MAX_KEY:
                    continue
                if (sender, value) in entry.seen:
                    continue  # one reaction per sender and key
                entry.seen.add((sender, value))
                senders, own = entry.reactions.setdefault(value, ([], [None]))
                senders.append(UserId(sender))
                if sender == own_user:
                    own[0] = EventId(event_id)
            elif rel_type == "m.replace":
                if (
                    value is None
                    or t_sender is None
                    or sender != t_sender
                    or etype != t_type
                    or state_key is not None
                    or t_state_key is not None
                    or t_rel_type == "m.replace"
                    or t_redacted
                ):
                    continue
                key = (ts, event_id)
                if key > entry.edit_key:
                    entry.edit_key, entry.edit = key, (EventId(event_id), value)
            else:  # m.thread
                entry.thread_count += 1
                last = (ts, event_id, UserId(sender))
                if entry.thread_last is None or last[:2] > entry.thread_last[:2]:
                    entry.thread_last = last
    result: dict[EventId, Aggregate] = {}
    for target, entry in totals.items():
        reactions = tuple(
            Reaction(key, tuple(senders), own[0]) for key, (senders, own) in entry.reactions.items()
        )
        edit_content: dict[str, Any] | None = None
        edit_event: EventId | None = None
        if entry.edit is not None:
            content = orjson.loads(entry.edit[1])
            if isinstance(content, dict):
                edit_event, edit_content = entry.edit[0], content
        found = Aggregate(
            edit_content=edit_content,
            edit_event=edit_event,
            reactions=reactions,
            thread_count=entry.thread_count,
            thread_last_sender=entry.thread_last[2] if entry.thread_last else None,
            thread_last_ts=entry.thread_last[0] if entry.thread_last else 0,
        )
        if found:
            result[EventId(target)] = found
    return result


def load_events(
    conn: sqlite3.Connection, room_id: RoomId, event_ids: Sequence[EventId]
) -> dict[EventId, TimelineRow]:
    """The rows of ``event_ids`` that the cache holds for ``room_id`` (e.g. the originals of
    replies)."""
    found: dict[EventId, TimelineRow] = {}
    for part in batches(event_ids):
        for record in conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE event_id IN ({marks(part)}) AND +room_id = ?",
            (*part, room_id),
        ):
            row = row_from_db(record)
            found[row.event_id] = row
    return found


def load_thread(conn: sqlite3.Connection, room_id: RoomId, root: EventId) -> tuple[TimelineRow, ...]:
    """The thread replies to ``root`` that the cache holds, oldest first (redacted ones too, as
    placeholders)."""
    return tuple(
        row_from_db(record)
        for record in conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE rel_event = ? AND +room_id = ?"
            " AND rel_type = 'm.thread' ORDER BY chunk, pos",
            (root, room_id),
        )
    )


def own_reaction(
    conn: sqlite3.Connection, room_id: RoomId, target: EventId, key: str, own_user: UserId
) -> EventId | None:
    """The user's own (unredacted) reaction to ``target`` with ``key``: the event to redact to
    take the reaction back."""
    row = conn.execute(
        "SELECT event_id FROM events WHERE rel_event = ? AND +room_id = ? AND rel_type = 'm.annotation'"
        " AND type = 'm.reaction' AND sender = ? AND redacted = 0"
        " AND json_extract(json, '$.content.\"m.relates_to\".key') = ?"
        " ORDER BY ts, event_id LIMIT 1",
        (target, room_id, own_user, key),
    ).fetchone()
    return None if row is None else EventId(row[0])
