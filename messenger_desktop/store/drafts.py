"""What the user was writing in each room (and what it answers, edits or continues), kept across
restarts."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

from ..api.ids import EventId, RoomId


@dataclass(frozen=True, slots=True)
class Draft:
    room_id: RoomId
    text: str
    reply_to: EventId | None = None
    edit_of: EventId | None = None
    thread_root: EventId | None = None

    @property
    def is_empty(self) -> bool:
        """Nothing worth keeping: no text (white space is none), and not in the middle of a reply
        or an edit."""
        return not self.text.strip() and self.reply_to is None and self.edit_of is None


_COLUMNS = "room_id, text, reply_to, edit_of, thread_root"


def save_draft(conn: sqlite3.Connection, draft: Draft) -> None:
    """Keep ``draft`` as the room's draft; an empty one (see :attr:`Draft.is_empty`) deletes it."""
    if draft.is_empty:
        conn.execute("DELETE FROM drafts WHERE room_id = ?", (draft.room_id,))
        return
    conn.execute(
        "INSERT OR REPLACE INTO drafts (room_id, text, reply_to, edit_of, thread_root, updated_ts)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            draft.room_id,
            draft.text,
            draft.reply_to,
            draft.edit_of,
            draft.thread_root,
            int(time.time() * 1000),
        ),
    )


def load_draft(conn: sqlite3.Connection, room_id: RoomId) -> Draft | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM drafts WHERE room_id = ?", (room_id,)).fetchone()
    return None if row is None else _draft(row)


def load_drafts(conn: sqlite3.Connection) -> dict[RoomId, Draft]:
    """Every room's draft (the conversation list marks rooms with one)."""
    return {draft.room_id: draft for draft in map(_draft, conn.execute(f"SELECT {_COLUMNS} FROM drafts"))}


def _draft(row: tuple[str, str, str | None, str | None, str | None]) -> Draft:
    return Draft(
        room_id=RoomId(row[0]),
        text=row[1],
        reply_to=EventId(row[2]) if row[2] else None,
        edit_of=EventId(row[3]) if row[3] else None,
        thread_root=EventId(row[4]) if row[4] else None,
    )
