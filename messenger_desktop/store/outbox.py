"""Persistence of outgoing messages: written before the network sees them, removed when the server's
copy comes back through sync (matched by ``unsigned.transaction_id``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

import orjson

from ..api.ids import EventId, RoomId, TxnId
from .database import transaction
from .rows import Attachment, OutboxItem

QUEUED = "queued"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"

_COLUMNS = (
    "seq, txn_id, room_id, event_type, content, created_ts, state, attempts, error, event_id, attachment"
)


def _item(row: tuple[Any, ...]) -> OutboxItem:
    return OutboxItem(
        seq=row[0],
        txn_id=TxnId(row[1]),
        room_id=RoomId(row[2]),
        event_type=row[3],
        content=orjson.loads(row[4]),
        created_ts=row[5],
        state=row[6],
        attempts=row[7],
        error=row[8],
        event_id=EventId(row[9]) if row[9] else None,
        attachment=_attachment(row[10]),
    )


def _attachment(text: str | None) -> Attachment | None:
    if not text:
        return None
    data = orjson.loads(text)
    return Attachment(
        path=data["path"],
        name=data["name"],
        mime=data["mime"],
        size=data["size"],
        thumbnail=data.get("thumbnail", ""),
    )


def _attachment_json(attachment: Attachment | None) -> str | None:
    if attachment is None:
        return None
    data = {
        "path": attachment.path,
        "name": attachment.name,
        "mime": attachment.mime,
        "size": attachment.size,
    }
    if attachment.thumbnail:
        data["thumbnail"] = attachment.thumbnail
    return orjson.dumps(data).decode()


def enqueue(
    conn: sqlite3.Connection,
    txn_id: TxnId,
    room_id: RoomId,
    event_type: str,
    content: Mapping[str, Any],
    created_ts: int,
    attachment: Attachment | None = None,
) -> OutboxItem:
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO outbox (txn_id, room_id, event_type, content, created_ts, state, attachment)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                txn_id,
                room_id,
                event_type,
                orjson.dumps(dict(content)).decode(),
                created_ts,
                QUEUED,
                _attachment_json(attachment),
            ),
        )
    return OutboxItem(
        seq=cursor.lastrowid or 0,
        txn_id=txn_id,
        room_id=room_id,
        event_type=event_type,
        content=dict(content),
        created_ts=created_ts,
        state=QUEUED,
        attachment=attachment,
    )


def set_content(conn: sqlite3.Connection, txn_id: TxnId, content: Mapping[str, Any]) -> OutboxItem | None:
    """The item's content once its file is on the server (with the ``url``): a restart sends it as
    it is, never uploading again."""
    with transaction(conn):
        conn.execute(
            "UPDATE outbox SET content = ? WHERE txn_id = ?", (orjson.dumps(dict(content)).decode(), txn_id)
        )
    return get(conn, txn_id)


def attachment_paths(conn: sqlite3.Connection) -> set[str]:
    """The files the outbox still needs (everything else in the outbox folder is left over)."""
    rows = conn.execute("SELECT attachment FROM outbox WHERE attachment IS NOT NULL").fetchall()
    return {a.path for (text,) in rows if (a := _attachment(text)) is not None}


def load(conn: sqlite3.Connection, room_id: RoomId | None = None) -> list[OutboxItem]:
    """Items still in the outbox, oldest first (all rooms, or one)."""
    if room_id is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM outbox ORDER BY seq").fetchall()
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE room_id = ? ORDER BY seq", (room_id,)
        ).fetchall()
    return [_item(r) for r in rows]


def get(conn: sqlite3.Connection, txn_id: TxnId) -> OutboxItem | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE txn_id = ?", (txn_id,)).fetchone()
    return None if row is None else _item(row)


def update(
    conn: sqlite3.Connection,
    txn_id: TxnId,
    state: str,
    attempts: int | None = None,
    error: str = "",
) -> OutboxItem | None:
    with transaction(conn):
        if attempts is None:
            conn.execute("UPDATE outbox SET state = ?, error = ? WHERE txn_id = ?", (state, error, txn_id))
        else:
            conn.execute(
                "UPDATE outbox SET state = ?, error = ?, attempts = ? WHERE txn_id = ?",
                (state, error, attempts, txn_id),
            )
    return get(conn, txn_id)


def mark_sent(conn: sqlite3.Connection, txn_id: TxnId, event_id: EventId) -> OutboxItem | None:
    """The server accepted it. If sync already stored the event, the item is done and removed."""
    with transaction(conn):
        if conn.execute("SELECT 1 FROM events WHERE event_id = ?", (event_id,)).fetchone():
            conn.execute("DELETE FROM outbox WHERE txn_id = ?", (txn_id,))
            return None
        conn.execute(
            "UPDATE outbox SET state = ?, error = '', event_id = ? WHERE txn_id = ?",
            (SENT, event_id, txn_id),
        )
    return get(conn, txn_id)


def delete(conn: sqlite3.Connection, txn_id: TxnId) -> bool:
    with transaction(conn):
        return conn.execute("DELETE FROM outbox WHERE txn_id = ?", (txn_id,)).rowcount > 0


def delete_unsent(conn: sqlite3.Connection, txn_id: TxnId) -> bool:
    """Delete an item only while nothing of it has gone out (queued or failed) — in one statement,
    so a sender that has just picked it up is never undercut."""
    with transaction(conn):
        return (
            conn.execute(
                "DELETE FROM outbox WHERE txn_id = ? AND state IN (?, ?)", (txn_id, QUEUED, FAILED)
            ).rowcount
            > 0
        )
