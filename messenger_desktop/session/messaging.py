"""What the user sends into a conversation: messages, replies, thread messages, edits, reactions,
redactions, forwards. Everything goes through the outbox (persisted first, sent exactly once);
the returned :class:`OutboxItem` is the local echo, announced at once — for reactions, edits and
redactions the UI overlays it on the target row.

Sending a message stays synchronous (the echo is on screen in the same frame as the key press),
so what it would need from the cache comes from the caller, which shows the rows: the sender of
the message replied to (``reply_sender``), the latest thread event (``thread_latest``), and the
mentions of the message being edited (``previous_mentions``).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from ..api.ids import EventId, RoomId, UserId
from ..store import outbox as outbox_rows
from ..store import relations
from ..store.database import Database
from ..store.rows import OutboxItem, TimelineRow
from . import compose
from .outbox import REDACTION, Outbox
from .typing import TypingNotifier

_NO_MENTIONS: Mapping[str, str] = {}

MESSAGE = "m.room.message"
REACTION = "m.reaction"


class Messaging:
    def __init__(self, outbox: Outbox, db: Database, user_id: UserId, typing: TypingNotifier) -> None:
        self._outbox = outbox
        self._db = db
        self._user_id = user_id
        self._typing = typing
        self._reacting = asyncio.Lock()
        """Reactions are looked up and queued one at a time: a double click reacts once."""
        self._thread_latest: dict[EventId, EventId] = {}
        """The newest event seen in each thread (the fallback reply of the next thread message)."""

    def note_thread_rows(self, rows: Iterable[TimelineRow]) -> None:
        """Remember the newest event of the threads these rows (oldest first) belong to."""
        for row in rows:
            if row.rel_type == "m.thread" and row.rel_event is not None:
                self._thread_latest[row.rel_event] = row.event_id

    def _submit(self, room_id: RoomId, event_type: str, content: Mapping[str, Any]) -> OutboxItem:
        return self._outbox.submit(room_id, event_type, content)

    def _without_self(self, content: dict[str, Any]) -> dict[str, Any]:
        """Outgoing messages cannot notify their sender: the user's own id leaves ``m.mentions``."""
        for block in (content.get("m.mentions"), content.get("m.new_content", {}).get("m.mentions")):
            if isinstance(block, dict) and self._user_id in block.get("user_ids", ()):
                ids = [u for u in block["user_ids"] if u != self._user_id]
                if ids:
                    block["user_ids"] = ids
                else:
                    del block["user_ids"]
        return content

    def send_message(
        self,
        room_id: RoomId,
        text: str,
        *,
        mentions: Mapping[str, str] = _NO_MENTIONS,
        reply_to: EventId | None = None,
        reply_sender: UserId | None = None,
        thread_root: EventId | None = None,
        thread_latest: EventId | None = None,
        markdown: bool = True,
        emote: bool = False,
    ) -> OutboxItem:
        content = compose.text_content(
            text,
            mentions=mentions,
            emote=emote,
            reply_to=reply_to,
            thread_root=thread_root,
            thread_latest=thread_latest or (self._thread_latest.get(thread_root) if thread_root else None),
            markdown=markdown,
            also_mention=(reply_sender,) if reply_sender and reply_to else (),
        )
        self._typing.stop(room_id)
        return self._submit(room_id, MESSAGE, self._without_self(content))

    def edit_message(
        self,
        room_id: RoomId,
        target: EventId,
        text: str,
        *,
        mentions: Mapping[str, str] = _NO_MENTIONS,
        previous_mentions: Iterable[str] = (),
        emote: bool = False,
        markdown: bool = True,
    ) -> OutboxItem:
        content = compose.edit_content(
            target,
            text,
            mentions=mentions,
            previous_mentions=previous_mentions,
            emote=emote,
            markdown=markdown,
        )
        self._typing.stop(room_id)
        return self._submit(room_id, MESSAGE, self._without_self(content))

    def redact(self, room_id: RoomId, event_id: EventId, reason: str | None = None) -> OutboxItem:
        return self._submit(room_id, REDACTION, compose.redaction_content(event_id, reason))

    def forward(self, room_id: RoomId, content: Mapping[str, Any], event_type: str = MESSAGE) -> OutboxItem:
        return self._submit(room_id, event_type, compose.forward_content(content))

    async def react(self, room_id: RoomId, target: EventId, key: str) -> OutboxItem | None:
        """React with ``key``; ``None`` when the user already has (in the cache or on its way)."""
        async with self._reacting:
            existing, pending = await self._db.run(_own_reaction, room_id, target, key, self._user_id)
            if existing is not None or pending is not None:
                return None
            return await self._outbox.send(room_id, REACTION, compose.reaction_content(target, key))

    async def unreact(self, room_id: RoomId, target: EventId, key: str) -> OutboxItem | None:
        """Take a reaction back by redacting it. A reaction still waiting in the outbox is simply
        deleted there (``None``, as when there is no such reaction)."""
        async with self._reacting:
            existing, pending = await self._db.run(_own_reaction, room_id, target, key, self._user_id)
            if existing is None and pending is not None:
                existing = pending.event_id
                if existing is None and await self._outbox.withdraw(pending.txn_id):
                    return None  # it never left: taking it back is enough
                if existing is None:  # on the wire right now: redact it once the server names it
                    existing = await self._outbox.event_id_of(pending.txn_id)
                if existing is None:  # settled by its echo meanwhile: the cache has it now
                    existing, _ = await self._db.run(_own_reaction, room_id, target, key, self._user_id)
            if existing is None:
                return None
            return await self._outbox.send(room_id, REDACTION, compose.redaction_content(existing))


def _own_reaction(
    conn: sqlite3.Connection, room_id: RoomId, target: EventId, key: str, own_user: UserId
) -> tuple[EventId | None, OutboxItem | None]:
    """The user's reaction with ``key`` to ``target``: the stored event, and/or the outbox item
    that sends it. A reaction whose redaction is queued counts as gone."""
    items = outbox_rows.load(conn, room_id)
    redacting = {item.content.get("redacts") for item in items if item.event_type == REDACTION}
    stored = relations.own_reaction(conn, room_id, target, key, own_user)
    if stored in redacting:
        stored = None
    pending = None
    for item in items:
        relates = item.content.get("m.relates_to")
        if (
            item.event_type == REACTION
            and item.state != "failed"
            and isinstance(relates, dict)
            and relates.get("event_id") == target
            and relates.get("key") == key
            and (item.event_id is None or item.event_id not in redacting)
        ):
            pending = item
    return stored, pending
