"""Reading a room's timeline from the cache, and back-filling it from ``/messages`` pages.

Rows come newest first. A page stops at a *gap* (a chunk whose ``prev_batch`` is still set): the
caller fetches the missing events from the server with that token and hands them to
:func:`insert_backfill`, which closes the gap as soon as it meets an event the cache already has.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..api.events import EventKind, RoomEvent
from ..api.ids import EventId, RoomId, TxnId, UserId
from ..calls.events import INVITE
from .call_history import call_id_of, load_calls
from .database import get_meta, transaction
from .ingest import INSERT_EVENT, event_params, event_row, redact, settle_sent_echoes, storable
from .relations import EVENT_COLUMNS, aggregate, load_events, row_from_db
from .rows import Aggregate, TimelineRow
from .summaries import clean_text, disambiguated

__all__ = ["Gap", "TimelinePage", "insert_backfill", "load_page", "member_names", "row_from_db"]

_COLUMNS = EVENT_COLUMNS


@dataclass(frozen=True, slots=True)
class Gap:
    """Older events of ``chunk`` are not in the cache; fetch them from ``prev_batch``."""

    room_id: RoomId
    chunk: int
    prev_batch: str


@dataclass(frozen=True, slots=True)
class TimelinePage:
    rows: tuple[TimelineRow, ...]
    """Newest first."""
    gap: Gap | None
    """Set when the page stopped because older events must come from the server."""
    at_start: bool
    """True when the page reaches the very beginning of the room."""
    aggregates: dict[EventId, Aggregate] = field(default_factory=dict)
    """Edits, reactions and thread summaries of the page's rows (and of the ``replies``), for
    the events that have any."""
    replies: dict[EventId, TimelineRow] = field(default_factory=dict)
    """The events the page's rows reply to, by *their* id, for those the cache holds."""
    calls: dict[str, tuple[TimelineRow, ...]] = field(default_factory=dict)
    """For each call whose invite is on the page: its history events the cache holds (by call
    id, oldest first), however far from the invite they are — its row shows the whole call."""


def load_page(
    conn: sqlite3.Connection,
    room_id: RoomId,
    before: tuple[int, int] | None = None,
    limit: int = 50,
    own_user: UserId | None = None,
) -> TimelinePage:
    """Up to ``limit`` rows older than ``before`` (or the newest), stopping at the first gap, with
    their relations (``own_user``, by default the cache's owner, marks the user's own reactions)."""
    rows, gap, at_start = _page_rows(conn, room_id, before, limit)
    if not rows:
        return TimelinePage(rows, gap, at_start)
    if own_user is None:
        own_user = UserId(get_meta(conn, "user_id") or "")
    by_id = {r.event_id: r for r in rows}
    wanted = {r.reply_to for r in rows if r.reply_to is not None}
    replies = {t: by_id[t] for t in wanted if t in by_id}
    missing = [t for t in wanted if t not in by_id]
    if missing:
        replies.update(load_events(conn, room_id, missing))
    ids = [*by_id, *(t for t in replies if t not in by_id)]
    invites = [call for r in rows if r.type == INVITE and (call := call_id_of(r.type, r.content))]
    calls = load_calls(conn, room_id, invites) if invites else {}
    return TimelinePage(rows, gap, at_start, aggregate(conn, room_id, ids, own_user), replies, calls)


def _page_rows(
    conn: sqlite3.Connection, room_id: RoomId, before: tuple[int, int] | None, limit: int
) -> tuple[tuple[TimelineRow, ...], Gap | None, bool]:
    if before is None:
        found = conn.execute(
            f"SELECT {_COLUMNS} FROM events WHERE room_id = ? ORDER BY chunk DESC, pos DESC LIMIT ?",
            (room_id, limit),
        ).fetchall()
    else:
        found = conn.execute(
            f"SELECT {_COLUMNS} FROM events WHERE room_id = ? AND (chunk, pos) < (?, ?)"
            " ORDER BY chunk DESC, pos DESC LIMIT ?",
            (room_id, before[0], before[1], limit),
        ).fetchall()
    tokens = dict(
        conn.execute("SELECT chunk, prev_batch FROM chunks WHERE room_id = ?", (room_id,)).fetchall()
    )
    if not tokens:  # the cache knows nothing of this room's history, and has no token to ask for it
        return (), None, True
    current = before[0] if before is not None else max(tokens)
    rows: list[TimelineRow] = []
    for record in found:
        chunk = record[2]
        if chunk != current:
            # Crossing into an older chunk: only allowed when the newer one has no gap before it.
            for between in range(current, chunk, -1):
                token = tokens.get(between)
                if token is not None:
                    return tuple(rows), Gap(room_id, between, token), False
            current = chunk
        rows.append(row_from_db(record))
    if len(found) < limit:
        lowest = min(tokens)
        for between in range(current, lowest - 1, -1):
            token = tokens.get(between)
            if token is not None:
                return tuple(rows), Gap(room_id, between, token), False
        return tuple(rows), None, True
    return tuple(rows), None, False


def insert_backfill(
    conn: sqlite3.Connection,
    gap: Gap,
    events: Sequence[RoomEvent],
    end: str | None,
    state: Sequence[dict[str, Any]] = (),
    settled: dict[TxnId, EventId] | None = None,
) -> tuple[TimelineRow, ...]:
    """Store one ``/messages?dir=b`` page (newest first) below ``gap.chunk``; return new rows.

    The gap closes when the page reaches an event already stored in an older chunk, or when the
    server says there is nothing older (``end`` is ``None``); otherwise it moves to ``end``.
    Outbox items whose server copy the page brings (their echo fell into the gap) are done:
    they are removed, and added to ``settled`` (txn → event id) for the caller to announce.
    """
    room_id = gap.room_id
    rows: list[TimelineRow] = []
    with transaction(conn):
        current = conn.execute(
            "SELECT prev_batch FROM chunks WHERE room_id = ? AND chunk = ?", (room_id, gap.chunk)
        ).fetchone()
        if current is None or current[0] != gap.prev_batch:
            return ()  # someone else filled it already
        low = conn.execute(
            "SELECT MIN(pos) FROM events WHERE room_id = ? AND chunk = ?", (room_id, gap.chunk)
        ).fetchone()[0]
        pos = (low if low is not None else 0) - 1
        closed = False
        params = []
        for event in events:
            if event.event_id:
                where = conn.execute(
                    "SELECT chunk FROM events WHERE event_id = ?", (event.event_id,)
                ).fetchone()
                if where is not None:
                    if where[0] < gap.chunk:
                        closed = True
                        break
                    continue
            event_id = event.event_id or EventId(f"~bad-{uuid.uuid4().hex}")
            event, text = storable(event)
            params.append(event_params(event, event_id, room_id, gap.chunk, pos, text))
            rows.append(event_row(event, event_id, room_id, gap.chunk, pos))
            pos -= 1
        if params:
            conn.executemany(INSERT_EVENT, params)
            done = settle_sent_echoes(conn)
            if settled is not None:
                settled.update(done)
        # A redaction in the gap may hit an event stored below it (its copy there is stale); the
        # page's own events come from the server already redacted.
        for event in events:
            if event.kind is EventKind.REDACTION and event.redacts:
                redact(conn, event, room_id)
        _remember_members(conn, room_id, state)
        # An empty page with an ``end`` is not the start of the room (the server filtered a whole
        # page); only a missing ``end``, or no progress at all, ends the gap.
        token = None if closed or end is None or end == gap.prev_batch else end
        conn.execute(
            "UPDATE chunks SET prev_batch = ? WHERE room_id = ? AND chunk = ?",
            (token, room_id, gap.chunk),
        )
    return tuple(rows)


def _remember_members(conn: sqlite3.Connection, room_id: str, state: Sequence[dict[str, Any]]) -> None:
    """Lazy-loaded member events that come with a page fill in names we did not know yet."""
    for event in state:
        content, key = event.get("content"), event.get("state_key")
        if event.get("type") != "m.room.member" or not isinstance(content, dict) or not isinstance(key, str):
            continue
        membership = content.get("membership")
        avatar = content.get("avatar_url")
        conn.execute(
            "INSERT OR IGNORE INTO members (room_id, user_id, membership, displayname, avatar_url)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                room_id,
                key,
                membership if isinstance(membership, str) else "leave",
                clean_text(content.get("displayname")) or None,
                avatar if isinstance(avatar, str) else None,
            ),
        )


def member_names(conn: sqlite3.Connection, room_id: RoomId) -> dict[str, str]:
    """user id → display name for the members the cache knows (for rendering senders), as the
    spec says: the user id when there is no name, ``name (user id)`` when two current members
    share the name — so nobody can pass for someone else."""
    rows = [
        (user_id, clean_text(name), membership)
        for user_id, name, membership in conn.execute(
            "SELECT user_id, displayname, membership FROM members WHERE room_id = ?", (room_id,)
        )
    ]
    holders: dict[str, int] = {}
    for _, name, membership in rows:
        if name and membership in ("join", "invite"):
            key = name.casefold()
            holders[key] = holders.get(key, 0) + 1
    return {
        user_id: disambiguated(name, user_id, holders.get(name.casefold(), 0) > 1)
        for user_id, name, _ in rows
    }
