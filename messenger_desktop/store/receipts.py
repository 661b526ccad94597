"""Read receipts: for every member, the event they have read up to.

One receipt per room and user: the unthreaded or main-timeline (``thread_id: "main"``) ``m.read``
receipt, or the user's own ``m.read.private`` (the server sends that one to its owner only);
receipts inside a thread are not kept. Sync delivers receipts as deltas; a receipt that is behind
the one stored (by timeline order when the cache holds both events, otherwise by the receipts'
``ts``) is ignored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from ..api.events import MAX_TS, is_user_id
from ..api.ids import EventId, RoomId, UserId
from .batches import batches, marks

_RECEIPT_TYPES = ("m.read", "m.read.private")

Receipt = tuple[str, int]
"""(event id, ts)"""


def store_receipts(
    conn: sqlite3.Connection, room_id: RoomId, ephemeral: Iterable[dict[str, Any]]
) -> dict[UserId, EventId]:
    """Merge the ``m.receipt`` events of a room's ephemeral section; return the receipts that
    moved (user → event)."""
    return merge_receipts(conn, room_id, ephemeral, fresh=False)


def merge_receipts(
    conn: sqlite3.Connection,
    room_id: RoomId,
    ephemeral: Iterable[dict[str, Any]],
    *,
    fresh: bool,
    writes: list[tuple[str, str, str, int]] | None = None,
) -> dict[UserId, EventId]:
    """:func:`store_receipts`; ``fresh`` says the room is new to the cache (no receipts stored),
    which spares the look-ups on a first sync. With ``writes``, the rows to store are appended
    there for the caller to write (one statement for a whole sync) instead of written here."""
    candidates = _parse(ephemeral)
    if not candidates:
        return {}
    current: dict[str, Receipt] = {}
    if not fresh:
        for part in batches(candidates):
            for user, event_id, ts in conn.execute(
                "SELECT user_id, event_id, ts FROM receipts"
                f" WHERE room_id = ? AND user_id IN ({marks(part)})",
                (room_id, *part),
            ):
                current[user] = (event_id, ts)
    positions: dict[str, tuple[int, int]] = {}
    if current or any(len(c) > 1 for c in candidates.values()):
        wanted = {e for c in candidates.values() for e, _ in c} | {e for e, _ in current.values()}
        for part in batches(wanted):
            for event_id, chunk, pos in conn.execute(
                f"SELECT event_id, chunk, pos FROM events WHERE +room_id = ? AND event_id IN ({marks(part)})",
                (room_id, *part),
            ):
                positions[event_id] = (chunk, pos)
    changed: dict[UserId, EventId] = {}
    pending = [] if writes is None else writes
    for user, receipts in candidates.items():
        old = best = current.get(user)
        for receipt in receipts:
            if best is None or (receipt[0] != best[0] and _is_ahead(receipt, best, positions)):
                best = receipt
        if best is not None and (old is None or best[0] != old[0]):
            changed[UserId(user)] = EventId(best[0])
            pending.append((room_id, user, best[0], best[1]))
    if writes is None:
        write_receipts(conn, pending)
    return changed


def write_receipts(conn: sqlite3.Connection, rows: list[tuple[str, str, str, int]]) -> None:
    """Store ``(room, user, event, ts)`` rows gathered by :func:`merge_receipts`."""
    if rows:
        conn.executemany(
            "INSERT OR REPLACE INTO receipts (room_id, user_id, event_id, ts) VALUES (?, ?, ?, ?)", rows
        )


def _is_ahead(new: Receipt, old: Receipt, positions: dict[str, tuple[int, int]]) -> bool:
    new_at, old_at = positions.get(new[0]), positions.get(old[0])
    if new_at is not None and old_at is not None:
        return new_at > old_at
    if new[1] and old[1]:
        return new[1] >= old[1]
    return True  # nothing tells them apart: deltas arrive in order


def _parse(ephemeral: Iterable[dict[str, Any]]) -> dict[str, list[Receipt]]:
    found: dict[str, list[Receipt]] = {}
    for event in ephemeral:
        if not isinstance(event, dict) or event.get("type") != "m.receipt":
            continue
        content = event.get("content")
        if not isinstance(content, dict):
            continue
        for event_id, types in content.items():
            if not event_id.startswith("$") or len(event_id) > 255 or not isinstance(types, dict):
                continue
            for receipt_type in _RECEIPT_TYPES:
                users = types.get(receipt_type)
                if not isinstance(users, dict):
                    continue
                for user, info in users.items():
                    if not isinstance(info, dict) or not is_user_id(user):
                        continue
                    thread = info.get("thread_id")
                    if thread is not None and thread != "main":
                        continue
                    ts = info.get("ts")
                    if not isinstance(ts, int) or isinstance(ts, bool) or not 0 <= ts <= MAX_TS:
                        ts = 0
                    found.setdefault(user, []).append((event_id, ts))
    return found


def load_receipts(conn: sqlite3.Connection, room_id: RoomId) -> dict[UserId, EventId]:
    """user → the event they have read up to, for every receipt the cache holds in ``room_id``."""
    return {
        UserId(user): EventId(event_id)
        for user, event_id in conn.execute(
            "SELECT user_id, event_id FROM receipts WHERE room_id = ?", (room_id,)
        )
    }
