"""Calls in the cache: the events of one ``call_id`` found together, and the line a call leaves
in the conversation list.

A call is several events (invite, answer, hangup…) that arrive seconds or hours apart and, in
history, pages apart; the timeline shows it as one row, on its invite. Whoever shows that row
needs every event of the call the cache holds, so :func:`load_calls` finds them by ``call_id``
through the ``events_calls`` index (schema step 4: only ``m.call.*`` rows are in it).
Candidates and renegotiation are left out: they do not change what happened.

The wording is :mod:`messenger_desktop.calls.history`'s, so the list, the timeline and the
call's own notice agree.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Mapping
from typing import Any

from ..api.events import RoomEvent
from ..api.ids import RoomId, UserId
from ..calls.events import INVITE, is_voip_id, parse_content
from ..calls.history import CALL_HISTORY_TYPES, history_line, summarise
from .batches import batches, marks
from .relations import EVENT_COLUMNS, row_from_db
from .rows import TimelineRow

__all__ = ["HISTORY_TYPES", "call_id_of", "call_preview", "load_calls"]

HISTORY_TYPES = CALL_HISTORY_TYPES
"""The call events that decide a call's line (invite, answer, select_answer, reject, hangup)."""

_CALL_ID = "(CASE WHEN json_valid(json) THEN json_extract(json, '$.content.call_id') END)"
"""The indexed expression, word for word as in the index (SQLite matches it literally)."""

_HISTORY_MARKS = ", ".join(f"'{t}'" for t in sorted(HISTORY_TYPES))

_BATCH = 200


def call_id_of(event_type: str, content: Mapping[str, Any]) -> str | None:
    """The call a history event belongs to, or None (another type, or a malformed ``call_id``)."""
    if event_type not in HISTORY_TYPES:
        return None
    value = content.get("call_id")
    return value if isinstance(value, str) and is_voip_id(value) else None


def load_calls(
    conn: sqlite3.Connection, room_id: RoomId, call_ids: Iterable[str]
) -> dict[str, tuple[TimelineRow, ...]]:
    """The history events of each call of ``call_ids`` the cache holds, oldest first (calls with
    none are left out). Redacted events have lost their ``call_id`` and do not count."""
    wanted = list(dict.fromkeys(c for c in call_ids if is_voip_id(c)))
    found: dict[str, list[TimelineRow]] = {}
    for part in batches(wanted, _BATCH):
        for record in conn.execute(
            f"SELECT {EVENT_COLUMNS}, {_CALL_ID} FROM events WHERE room_id = ?"
            f" AND type GLOB 'm.call.*' AND {_CALL_ID} IN ({marks(part)})"
            f" AND type IN ({_HISTORY_MARKS})",
            (room_id, *part),
        ):
            found.setdefault(record[16], []).append(row_from_db(record))
    return {call: tuple(sorted(rows, key=lambda r: r.order)) for call, rows in found.items()}


def call_preview(
    conn: sqlite3.Connection, room_id: RoomId, event: RoomEvent, own_user: UserId, now_ms: int | None = None
) -> tuple[UserId, str] | None:
    """``(caller, line)`` for the conversation list when ``event`` (a history event, already
    stored) is the room's latest; None when the cache lacks the call's invite (older history)."""
    call_id = call_id_of(event.type, event.content)
    if call_id is None:
        return None
    rows = load_calls(conn, room_id, (call_id,)).get(call_id, ())
    now = int(time.time() * 1000) if now_ms is None else now_ms
    record = summarise(rows, own_user, now)
    caller = next((r.sender for r in rows if r.type == INVITE and parse_content(r.type, r.content)), None)
    if record is None or caller is None:
        return None
    return caller, history_line(record)
