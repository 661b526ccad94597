"""Writing one ``/sync`` response into the cache, atomically with its ``next_batch`` token.

After a crash the client resumes from a token whose events are all on disk: the events, state,
summaries, matched outbox echoes and the token are one transaction. Re-ingesting events that are
already stored (a retried sync, an overlapping page) changes nothing.

Timeline order: each room's events live in *chunks*. A sync whose timeline is ``limited`` starts a
new chunk, leaving a gap before it that is filled later from its ``prev_batch``
(:mod:`messenger_desktop.store.timeline`). Inside a chunk, ``pos`` grows forward and back-filled
events take positions below the chunk's smallest.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import time
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

import orjson

from ..api.events import EventKind, RoomEvent, is_user_id
from ..api.ids import EventId, RoomId, TxnId, UserId
from ..api.sync import JoinedRoom, SyncResponse
from ..push import PushRules
from .batches import batches, marks
from .call_history import call_id_of
from .database import get_meta, set_meta, transaction
from .folders import FOLDERS_TYPE, Folder, load_folders
from .heroes import remember_heroes
from .ignored import IGNORED_TYPE, load_ignored
from .members import may_redact
from .notifications import collect_notifications, is_candidate
from .organise import (
    SAVED_MESSAGES_TYPE,
    load_push_rules,
    organisation,
    refresh_levels,
    refresh_saved,
    saved_messages_room,
)
from .packs import PACK_TYPES, ROOM_PACK_TYPE
from .presence import store_presence
from .receipts import merge_receipts, write_receipts
from .relations import AGGREGATED, aggregate
from .rows import Aggregate, IngestResult, Notification, RoomSummary, TimelineRow
from .summaries import clean_text, is_previewable, load_summary, store_invite, update_joined_summary

ROW_LIMIT = 2000
"""Syncs with more timeline events than this do not carry rows up (the UI reloads from the cache)."""

INSERT_EVENT = (
    "INSERT OR IGNORE INTO events (event_id, room_id, chunk, pos, type, kind, sender, ts,"
    " state_key, txn_id, rel_type, rel_event, problem, json, redacted, reply_to) VALUES"
    " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

MAX_TYPING = 100
"""At most this many typing users are reported per room (a hostile server could list thousands)."""
TOO_DEEP = "nested too deeply to store"
"""The ``problem`` of an event :func:`storable` keeps as a placeholder."""


class _Changes:
    """What the rooms of one sync changed besides their rows, collected while they are written."""

    __slots__ = ("candidates", "fully_read", "receipt_rows", "receipts", "redacted", "touched", "typing")

    def __init__(self) -> None:
        self.touched: dict[RoomId, set[EventId]] = {}
        self.redacted: dict[RoomId, tuple[EventId, ...]] = {}
        self.receipts: dict[RoomId, dict[UserId, EventId]] = {}
        self.typing: dict[RoomId, tuple[UserId, ...]] = {}
        self.fully_read: dict[RoomId, EventId] = {}
        self.receipt_rows: list[tuple[str, str, str, int]] = []
        self.candidates: list[tuple[RoomId, RoomEvent]] | None = None
        """New timeline events that may notify (None: this sync does not notify, it is the first)."""


def ingest_sync(
    conn: sqlite3.Connection, sync: SyncResponse, own_user: UserId, *, token_key: str = "next_batch"
) -> IngestResult:
    """Persist ``sync`` and its token in one transaction; return what changed. ``token_key``:
    the meta key of the token (sliding sync keeps its ``pos`` apart from v2's ``next_batch``)."""
    collect_rows = sync.event_count <= ROW_LIMIT
    rooms: list[RoomSummary] = []
    appended: dict[RoomId, tuple[TimelineRow, ...]] = {}
    gapped: set[RoomId] = set()
    resolved: dict[TxnId, EventId] = {}
    removed: list[RoomId] = []
    changes = _Changes()
    aggregates: dict[RoomId, dict[EventId, Aggregate]] = {}
    notifications: tuple[Notification, ...] = ()
    folders: tuple[Folder, ...] | None = None
    with transaction(conn):
        if get_meta(conn, token_key) is not None:  # an incremental sync: its events are news
            changes.candidates = []
        direct = _apply_account_data(conn, sync.account_data)
        # a type that is not a string (a list) is no key of anything
        arrived = {t for e in sync.account_data if isinstance(t := e.get("type"), str)}
        regrouped = _apply_direct_flags(conn, direct) if "m.direct" in arrived else []
        rules = load_push_rules(conn, own_user)
        saved = saved_messages_room(conn)
        if "m.push_rules" in arrived:  # a room's level may have changed without the room syncing
            regrouped += refresh_levels(conn, rules)
        if SAVED_MESSAGES_TYPE in arrived:
            regrouped += refresh_saved(conn, saved)
        if FOLDERS_TYPE in arrived:
            folders = load_folders(conn)
        ignored = load_ignored(conn) if IGNORED_TYPE in arrived else None
        packs_changed = not PACK_TYPES.isdisjoint(arrived) or any(
            e.type == ROOM_PACK_TYPE for r in sync.joined for e in (*r.state, *r.timeline)
        )
        for room in sync.joined:
            summary, rows, gap = _ingest_joined(
                conn, room, own_user, room.room_id in direct, resolved, collect_rows, changes, (rules, saved)
            )
            rooms.append(summary)
            if rows:
                appended[room.room_id] = rows
            if gap:
                gapped.add(room.room_id)
        listed = (
            {r.room_id for r in rooms} | {i.room_id for i in sync.invited} | {r.room_id for r in sync.left}
        )
        for room_id in dict.fromkeys(regrouped):
            flipped = load_summary(conn, room_id) if room_id not in listed else None
            if flipped is not None and flipped.membership in ("join", "invite"):
                rooms.append(flipped)
        for invite in sync.invited:
            rooms.append(store_invite(conn, invite.room_id, own_user, invite.state))
        for left in sync.left:
            membership = _own_membership(left.state + left.timeline, own_user)
            # the leave is the room's last activity for the user: the archive tells when it was
            left_at = max(
                (e.ts for e in left.timeline if e.kind is EventKind.MEMBER and e.state_key == own_user),
                default=0,
            )
            conn.execute(
                "UPDATE rooms SET membership = ?, last_ts = MAX(last_ts, ?) WHERE room_id = ?",
                (membership, left_at, left.room_id),
            )
            removed.append(left.room_id)
        write_receipts(conn, changes.receipt_rows)
        resolved.update(settle_sent_echoes(conn))
        presence = store_presence(conn, sync.presence, int(time.time() * 1000)) if sync.presence else {}
        if collect_rows:
            aggregates = _aggregates(conn, changes.touched, appended, own_user)
        if changes.candidates:
            joined_rooms = {r.room_id: r for r in rooms if r.membership == "join"}
            notifications = collect_notifications(
                conn, changes.candidates, own_user, joined_rooms, changes.redacted
            )
        set_meta(conn, token_key, sync.next_batch)
    return IngestResult(
        next_batch=sync.next_batch,
        rooms=tuple(rooms),
        removed_rooms=tuple(removed),
        appended=appended,
        gapped_rooms=frozenset(gapped),
        resolved_echoes=resolved,
        event_count=sync.event_count,
        problems=sync.problems,
        aggregates=aggregates,
        redacted=changes.redacted,
        receipts=changes.receipts,
        typing=changes.typing,
        fully_read=changes.fully_read,
        presence=presence,
        notifications=notifications,
        folders=folders,
        packs_changed=packs_changed,
        ignored=ignored,
    )


def _own_membership(events: Iterable[RoomEvent], own_user: UserId) -> str:
    """How the user left a room: "ban" when the last own member event says so, else "leave"
    (left, or kicked: a kick is a leave sent by someone else)."""
    membership = "leave"
    for event in events:
        if event.kind is EventKind.MEMBER and event.state_key == own_user and event.membership == "ban":
            membership = "ban"
        elif event.kind is EventKind.MEMBER and event.state_key == own_user:
            membership = "leave"
    return membership


def _aggregates(
    conn: sqlite3.Connection,
    touched: dict[RoomId, set[EventId]],
    appended: dict[RoomId, tuple[TimelineRow, ...]],
    own_user: UserId,
) -> dict[RoomId, dict[EventId, Aggregate]]:
    """New totals for the targets whose relations changed (an empty one when nothing is left), and
    for new rows whose relations arrived before them."""
    result: dict[RoomId, dict[EventId, Aggregate]] = {}
    for room_id in touched.keys() | appended.keys():
        targets = touched.get(room_id, set())
        ids = [*targets, *(r.event_id for r in appended.get(room_id, ()) if r.event_id not in targets)]
        found = aggregate(conn, room_id, ids, own_user)
        for target in targets:
            found.setdefault(target, Aggregate())
        if found:
            result[room_id] = found
    return result


def settle_sent_echoes(conn: sqlite3.Connection) -> dict[TxnId, EventId]:
    """Outbox items the server accepted whose event is now stored (by whatever path: sync,
    back-fill) are done; remove them and return ``txn → event id``."""
    done = {
        TxnId(txn): EventId(event)
        for txn, event in conn.execute(
            "SELECT txn_id, event_id FROM outbox WHERE state = 'sent'"
            " AND event_id IN (SELECT event_id FROM events)"
        )
    }
    if done:
        conn.executemany("DELETE FROM outbox WHERE txn_id = ?", [(t,) for t in done])
    return done


def _apply_direct_flags(conn: sqlite3.Connection, direct: set[str]) -> list[RoomId]:
    """``m.direct`` changed (perhaps on another device): re-mark every joined room; return the
    rooms whose flag changed, so their summaries go up too."""
    changed = [
        RoomId(room_id)
        for room_id, flag in conn.execute("SELECT room_id, is_direct FROM rooms WHERE membership = 'join'")
        if bool(flag) != (room_id in direct)
    ]
    conn.executemany(
        "UPDATE rooms SET is_direct = ? WHERE room_id = ?", [(int(r in direct), r) for r in changed]
    )
    return changed


def _apply_account_data(conn: sqlite3.Connection, events: Iterable[dict[str, Any]]) -> set[str]:
    for event in events:
        etype, content = event.get("type"), event.get("content")
        stored = _dumped(content) if isinstance(etype, str) and isinstance(content, dict) else None
        if stored is not None:
            conn.execute("INSERT OR REPLACE INTO account_data (type, content) VALUES (?, ?)", (etype, stored))
    row = conn.execute("SELECT content FROM account_data WHERE type = 'm.direct'").fetchone()
    direct: set[str] = set()
    if row is not None:
        mapping = orjson.loads(row[0])
        if isinstance(mapping, dict):
            for rooms in mapping.values():
                if isinstance(rooms, list):
                    direct.update(r for r in rooms if isinstance(r, str))
    return direct


def _ingest_joined(
    conn: sqlite3.Connection,
    room: JoinedRoom,
    own_user: UserId,
    is_direct: bool,
    resolved: dict[TxnId, EventId],
    collect_rows: bool,
    changes: _Changes,
    organise: tuple[PushRules, RoomId | None],
) -> tuple[RoomSummary, tuple[TimelineRow, ...], bool]:
    room_id = room.room_id
    if not room.state_after:
        _apply_state(conn, room_id, _not_superseded(conn, room_id, room.state))
    chunk, next_pos, gap, new_room = _chunk_for(conn, room, bool(room.timeline))
    timeline = room.timeline
    ids = [e.event_id for e in timeline if e.event_id]
    known: set[str] = set()
    if ids and not new_room:  # event ids are unique across rooms: a new room has none stored
        known = _existing(conn, ids)
    params = []
    rows: list[TimelineRow] = []
    last_message: RoomEvent | None = None
    last_call: RoomEvent | None = None
    last_ts = 0
    candidates = None if room.history else changes.candidates
    for event in timeline:
        if event.event_id and event.event_id in known:
            continue
        event_id = event.event_id or EventId(f"~bad-{uuid.uuid4().hex}")
        known.add(event_id)
        event, text = storable(event)
        params.append(event_params(event, event_id, room_id, chunk, next_pos, text))
        if collect_rows:
            rows.append(event_row(event, event_id, room_id, chunk, next_pos))
        next_pos += 1
        last_ts = max(last_ts, event.ts)
        if is_previewable(event):
            last_message, last_call = event, None
        elif event.event_id and call_id_of(event.type, event.content) is not None:
            last_call = event  # candidates and other noise never stand for the room
        if candidates is not None and is_candidate(event, own_user):
            candidates.append((room_id, event))
        if event.txn_id and event.sender == own_user:
            deleted = conn.execute("DELETE FROM outbox WHERE txn_id = ?", (event.txn_id,))
            if deleted.rowcount:
                resolved[event.txn_id] = event_id
    if params:
        conn.executemany(INSERT_EVENT, params)
    _apply_state(conn, room_id, (e for e in timeline if e.state_key is not None))
    if room.state_after:
        _apply_state(conn, room_id, room.state)  # the state the timeline ends with: it has the last word
    touched: set[EventId] = (
        {e.rel_event for e in timeline if e.rel_type in AGGREGATED and e.rel_event} if collect_rows else set()
    )
    redacted: list[EventId] = []
    for event in timeline:
        if event.kind is EventKind.REDACTION and event.redacts:
            hit = redact(conn, event, room_id)
            if hit is not None:
                redacted.append(hit[0])
                if collect_rows:
                    touched.add(hit[0])  # a redacted original loses its edits
                    if hit[1] in AGGREGATED and hit[2]:
                        touched.add(EventId(hit[2]))
    if redacted:
        changes.redacted[room_id] = tuple(dict.fromkeys(redacted))
        if rows:
            gone = set(redacted)
            rows = [
                dataclasses.replace(r, redacted=True, content={}) if r.event_id in gone else r for r in rows
            ]
    if touched:
        changes.touched[room_id] = touched
    for data in room.account_data:
        etype, content = data.get("type"), data.get("content")
        stored = _dumped(content) if isinstance(etype, str) and isinstance(content, dict) else None
        if stored is None or not isinstance(content, dict):
            continue
        conn.execute(
            "INSERT OR REPLACE INTO room_account_data (room_id, type, content) VALUES (?, ?, ?)",
            (room_id, etype, stored),
        )
        if etype == "m.fully_read":
            marker = content.get("event_id")
            if isinstance(marker, str) and marker.startswith("$") and len(marker) <= 255:
                changes.fully_read[room_id] = EventId(marker)
    if room.ephemeral:
        _apply_ephemeral(conn, room, own_user, new_room, changes)
    if room.hero_profiles:
        remember_heroes(conn, room, own_user)
    summary = update_joined_summary(
        conn,
        room_id,
        own_user,
        heroes=room.summary.heroes,
        joined_count=room.summary.joined_count,
        invited_count=room.summary.invited_count,
        notification_count=room.notification_count,
        highlight_count=room.highlight_count,
        last_message=last_message,
        last_activity_ts=last_ts,
        is_direct=is_direct,
        organisation=organisation(conn, room_id, *organise),
        last_call=last_call,
    )
    return summary, tuple(rows), gap


def _apply_ephemeral(
    conn: sqlite3.Connection, room: JoinedRoom, own_user: UserId, new_room: bool, changes: _Changes
) -> None:
    room_id = room.room_id
    for event in room.ephemeral:
        if event.get("type") != "m.typing":
            continue
        content = event.get("content")
        users = content.get("user_ids") if isinstance(content, dict) else None
        if isinstance(users, list):
            valid = (UserId(u) for u in users if isinstance(u, str) and u != own_user and is_user_id(u))
            changes.typing[room_id] = tuple(dict.fromkeys(valid))[:MAX_TYPING]
    moved = merge_receipts(conn, room_id, room.ephemeral, fresh=new_room, writes=changes.receipt_rows)
    if moved:
        changes.receipts[room_id] = moved


def _chunk_for(conn: sqlite3.Connection, room: JoinedRoom, has_events: bool) -> tuple[int, int, bool, bool]:
    """Pick the chunk for the new timeline events: (chunk, next position, starts a gap, new room)."""
    row = conn.execute("SELECT MAX(chunk) FROM chunks WHERE room_id = ?", (room.room_id,)).fetchone()
    latest = row[0] if row else None
    if latest is None:
        conn.execute(
            "INSERT INTO chunks (room_id, chunk, prev_batch) VALUES (?, 0, ?)",
            (room.room_id, room.prev_batch),
        )
        return 0, 0, False, True
    if room.limited and has_events:
        chunk = latest + 1
        conn.execute(
            "INSERT INTO chunks (room_id, chunk, prev_batch) VALUES (?, ?, ?)",
            (room.room_id, chunk, room.prev_batch),
        )
        return chunk, 0, True, False
    pos = conn.execute(
        "SELECT MAX(pos) FROM events WHERE room_id = ? AND chunk = ?", (room.room_id, latest)
    ).fetchone()[0]
    return latest, (pos + 1 if pos is not None else 0), False, False


def _existing(conn: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in batches(ids):
        found.update(
            r[0] for r in conn.execute(f"SELECT event_id FROM events WHERE event_id IN ({marks(part)})", part)
        )
    return found


def storable(event: RoomEvent) -> tuple[RoomEvent, str]:
    """``event`` and the JSON it is stored as. orjson writes at most 255 levels of nesting but
    reads 1024, and a server sends what it likes: an event nested deeper is stored (and shown)
    as a placeholder with its envelope only, never an error that fails the whole sync."""
    try:
        return event, orjson.dumps(event.raw if event.raw is not None else {}).decode()
    except orjson.JSONEncodeError:
        envelope = {"event_id": event.event_id, "sender": event.sender, "type": event.type, "content": {}}
        bad = RoomEvent(
            event_id=event.event_id,
            sender=event.sender,
            type=event.type,
            ts=event.ts,
            kind=EventKind.BAD,
            content={},
            problem=TOO_DEEP,
            raw=envelope,
        )
        return bad, orjson.dumps(envelope).decode()


def _dumped(content: object) -> str | None:
    """``content`` as JSON, or None when it nests deeper than orjson writes (see :func:`storable`)."""
    try:
        return orjson.dumps(content).decode()
    except orjson.JSONEncodeError:
        return None


def event_params(
    event: RoomEvent, event_id: str, room_id: str, chunk: int, pos: int, text: str | None = None
) -> tuple[object, ...]:
    """The ``events`` row of ``event``; ``text`` is its JSON when :func:`storable` made it."""
    return (
        event_id,
        room_id,
        chunk,
        pos,
        event.type,
        int(event.kind),
        event.sender,
        event.ts,
        event.state_key,
        event.txn_id,
        event.rel_type,
        event.rel_event,
        event.problem,
        text if text is not None else storable(event)[1],
        # Hot loop: most events have content, and an exact int binds faster than a bool.
        1 if not event.content and server_redacted(event) else 0,
        None if event.rel_type is None else reply_target(event),
    )


_NO_REPLY = frozenset({"m.annotation", "m.replace"})
"""Relations that never carry a reply (an edit of a reply keeps the original's ``m.relates_to``)."""


def server_redacted(event: RoomEvent) -> bool:
    """The server sent the event already redacted (``unsigned.redacted_because``)."""
    unsigned = event.raw.get("unsigned") if event.raw is not None else None
    return isinstance(unsigned, dict) and "redacted_because" in unsigned


def reply_target(event: RoomEvent) -> EventId | None:
    """The event ``event`` replies to: a plain reply's target, or the ``m.in_reply_to`` inside a
    relation (a reply within a thread) unless it is only a thread's fallback (``is_falling_back``)."""
    rel_type = event.rel_type
    if rel_type is None or rel_type in _NO_REPLY:
        return None
    if rel_type == "m.in_reply_to":
        return event.rel_event
    relates = event.content.get("m.relates_to")
    if not isinstance(relates, dict) or relates.get("is_falling_back") is True:
        return None
    reply = relates.get("m.in_reply_to")
    target = reply.get("event_id") if isinstance(reply, dict) else None
    return (
        EventId(target) if isinstance(target, str) and target.startswith("$") and len(target) <= 255 else None
    )


def event_row(event: RoomEvent, event_id: EventId, room_id: RoomId, chunk: int, pos: int) -> TimelineRow:
    return TimelineRow(
        event_id=event_id,
        room_id=room_id,
        chunk=chunk,
        pos=pos,
        type=event.type,
        kind=event.kind,
        sender=event.sender,
        ts=event.ts,
        content=event.content,
        state_key=event.state_key,
        txn_id=event.txn_id,
        rel_type=event.rel_type,
        rel_event=event.rel_event,
        problem=event.problem,
        prev_content=prev_content(event),
        redacted=server_redacted(event),
        reply_to=reply_target(event),
    )


def prev_content(event: RoomEvent) -> dict[str, Any] | None:
    if event.state_key is None or event.raw is None:
        return None
    unsigned = event.raw.get("unsigned")
    prev = unsigned.get("prev_content") if isinstance(unsigned, dict) else None
    return prev if isinstance(prev, dict) else None


def _not_superseded(
    conn: sqlite3.Connection, room_id: str, events: tuple[RoomEvent, ...]
) -> Iterable[RoomEvent]:
    """The events of a ``state`` block (the state at the timeline's start) minus those the cache
    has already seen replaced: when the room's history forked (two people changing it at once),
    a server without MSC4222 can send, as "state at the start", an event older than the one a
    previous sync's timeline put in its place. Applying it would undo a change — someone's
    new avatar or name reverting until they change it again — so it is skipped when both events
    are in the cache's timeline, in the same stretch, the stored one after it."""
    if not events:
        return events
    incoming = {(e.type, e.state_key) for e in events}
    rivals: dict[str, str] = {}  # an event of the block → the one the cache holds in its place
    held: dict[tuple[str, str], str] = {}
    keys = batches(e.state_key for e in events if e.state_key is not None)
    for kinds in batches(e.type for e in events):
        for part in keys:
            held.update(
                ((etype, key), event_id)
                for etype, key, event_id in conn.execute(  # along the primary key: no scan of the room
                    "SELECT type, state_key, event_id FROM state WHERE room_id = ?"
                    f" AND type IN ({marks(kinds)}) AND state_key IN ({marks(part)})",
                    (room_id, *kinds, *part),
                )
                if (etype, key) in incoming
            )
    for event in events:
        stored = held.get((event.type, event.state_key)) if event.state_key is not None else None
        if event.event_id and stored is not None and stored != event.event_id:
            rivals[event.event_id] = stored
    if not rivals:
        return events
    places: dict[str, tuple[int, int]] = {}
    for part in batches([*rivals, *rivals.values()]):
        places.update(
            (event_id, (chunk, pos))
            for event_id, chunk, pos in conn.execute(
                f"SELECT event_id, chunk, pos FROM events WHERE room_id = ? AND event_id IN ({marks(part)})",
                (room_id, *part),
            )
        )

    def superseded(event: RoomEvent) -> bool:
        mine, theirs = places.get(event.event_id), places.get(rivals.get(event.event_id, ""))
        return mine is not None and theirs is not None and mine[0] == theirs[0] and theirs[1] > mine[1]

    return [e for e in events if not superseded(e)]


def _apply_state(conn: sqlite3.Connection, room_id: str, events: Iterable[RoomEvent]) -> None:
    state_rows = []
    member_rows = []
    for event in events:
        if event.kind is EventKind.BAD or event.state_key is None:
            continue
        content = _dumped(event.content)
        if content is None:
            continue
        state_rows.append(
            (room_id, event.type, event.state_key, event.event_id, event.sender, content, event.ts)
        )
        if event.kind is EventKind.MEMBER:
            avatar = event.content.get("avatar_url")
            member_rows.append(
                (
                    room_id,
                    event.state_key,
                    event.membership or "leave",
                    clean_text(event.displayname) or None,
                    avatar if isinstance(avatar, str) else None,
                )
            )
    if state_rows:
        conn.executemany(
            "INSERT OR REPLACE INTO state (room_id, type, state_key, event_id, sender, content, ts)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            state_rows,
        )
    if member_rows:
        conn.executemany(
            "INSERT OR REPLACE INTO members (room_id, user_id, membership, displayname, avatar_url)"
            " VALUES (?, ?, ?, ?, ?)",
            member_rows,
        )


def redact(
    conn: sqlite3.Connection, redaction: RoomEvent, room_id: str
) -> tuple[EventId, str | None, str | None] | None:
    """Forget a redacted event's content (keep the envelope, so the timeline shows a placeholder).

    Only within the same room, and only when the spec would let the redaction apply: the same
    sender's server, or a redactor whose power level reaches the room's ``redact`` level. Returns
    ``(target, its rel_type, its rel_event)`` when the content went, None when nothing changed.
    """
    target = redaction.redacts
    if target is None:
        return None
    row = conn.execute(
        "SELECT json, sender, rel_type, rel_event, redacted FROM events WHERE event_id = ? AND room_id = ?",
        (target, room_id),
    ).fetchone()
    if row is None or row[4] or not may_redact(conn, room_id, redaction.sender, row[1]):
        return None
    raw = orjson.loads(row[0])
    if isinstance(raw, dict):
        raw["content"] = {}
    conn.execute(
        "UPDATE events SET redacted = 1, json = ? WHERE event_id = ?",
        (orjson.dumps(raw).decode(), target),
    )
    return target, row[2], row[3]
