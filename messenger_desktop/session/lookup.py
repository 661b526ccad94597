"""Reading beyond the loaded timeline: single events, threads, context, search, the member list.

The cache answers first; the server fills in what it lacks. Events fetched from the server but
not stored in the cache's timeline (they belong nowhere in its chunks yet) come back as rows with
``chunk`` :data:`OUTSIDE` — shown, never used as a paging position.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

import orjson

from ..api.client import MatrixApi, SearchPage
from ..api.errors import MatrixError, TransportError
from ..api.events import EventKind, parse_event
from ..api.ids import EventId, RoomId, UserId
from ..store import members as member_rows
from ..store import relations
from ..store.database import Database, transaction
from ..store.ingest import event_row
from ..store.people import Person, known_people
from ..store.rows import TimelineRow
from ..store.summaries import clean_text, load_summary

log = logging.getLogger(__name__)

OUTSIDE = -1
"""``chunk`` of rows that came from the server and are not part of the cached timeline."""

THREAD_PAGES = 5
"""Pages of ``/relations`` fetched when a thread is first opened (50 events each)."""


def row_from_server(raw: dict[str, Any], room_id: RoomId, pos: int = 0) -> TimelineRow | None:
    """A timeline row for an event dict from the server; ``None`` when it is malformed."""
    event = parse_event(raw, room_id)
    if event.kind is EventKind.BAD or not event.event_id:
        return None
    return event_row(event, event.event_id, room_id, OUTSIDE, pos)


def rows_from_server(events: Iterable[dict[str, Any]], room_id: RoomId) -> list[TimelineRow]:
    rows = []
    for pos, raw in enumerate(events):
        row = row_from_server(raw, room_id, pos)
        if row is not None:
            rows.append(row)
    return rows


@dataclasses.dataclass(frozen=True, slots=True)
class Context:
    """An event with its neighbours (``before`` newest first, ``after`` oldest first)."""

    event: TimelineRow
    before: tuple[TimelineRow, ...]
    after: tuple[TimelineRow, ...]
    start: str | None
    end: str | None


class Lookup:
    def __init__(self, api: MatrixApi, db: Database) -> None:
        self._api = api
        self._db = db
        self._threads: dict[tuple[RoomId, EventId], dict[EventId, TimelineRow]] = {}
        """Thread replies fetched from the server, per thread, for the events the cache lacks."""
        self._members_refreshed: set[RoomId] = set()

    async def fetch_event(self, room_id: RoomId, event_id: EventId) -> TimelineRow | None:
        """The cached row, else the server's event (``None`` if it has none we may see)."""
        cached = await self._db.run(relations.load_events, room_id, (event_id,))
        row = cached.get(event_id)
        if row is not None:
            return row
        try:
            raw = await self._api.get_event(room_id, event_id)
        except MatrixError as exc:
            if exc.status in (403, 404) or exc.errcode in ("M_NOT_FOUND", "M_FORBIDDEN"):
                return None
            raise
        return row_from_server(raw, room_id)

    async def thread(self, room_id: RoomId, root: EventId) -> tuple[TimelineRow, ...]:
        """The replies of a thread, oldest first: the cache's, plus — fetched from the server the
        first time the thread is opened in this session — those the cache does not hold."""
        key = (room_id, root)
        if key not in self._threads:
            fetched = await self._fetch_thread(room_id, root)
            if fetched is not None:
                self._threads[key] = fetched
        cached = await self._db.run(relations.load_thread, room_id, root)
        have = {row.event_id for row in cached}
        extra = [row for event_id, row in self._threads.get(key, {}).items() if event_id not in have]
        if not extra:
            return cached
        return tuple(sorted((*cached, *extra), key=lambda r: (r.ts, r.event_id)))

    async def _fetch_thread(self, room_id: RoomId, root: EventId) -> dict[EventId, TimelineRow] | None:
        """The thread's events on the server (``None`` when it could not be asked: try again
        next time)."""
        found: dict[EventId, TimelineRow] = {}
        token: str | None = None
        try:
            for _ in range(THREAD_PAGES):
                page = await self._api.relations(room_id, root, rel_type="m.thread", from_token=token)
                for row in rows_from_server(page.chunk, room_id):
                    found[row.event_id] = row
                token = page.next_batch
                if token is None:
                    break
        except (MatrixError, TransportError) as exc:
            log.info("thread %s not fetched: %s", root, exc)
            if not found:
                return None  # offline: the cache is all there is for now
        return found

    def forget_thread(self, room_id: RoomId, root: EventId) -> None:
        self._threads.pop((room_id, root), None)

    async def context(self, room_id: RoomId, event_id: EventId, limit: int = 20) -> Context | None:
        """An event far back with ``limit`` events around it, for jumping to it."""
        try:
            page = await self._api.context(room_id, event_id, limit)
        except MatrixError as exc:
            if exc.status in (403, 404):
                return None
            raise
        event = row_from_server(page.event, room_id)
        if event is None:
            return None
        return Context(
            event=event,
            before=tuple(rows_from_server(page.events_before, room_id)),
            after=tuple(rows_from_server(page.events_after, room_id)),
            start=page.start,
            end=page.end,
        )

    async def search(self, room_id: RoomId, term: str, next_batch: str | None = None) -> SearchPage:
        """Messages of the room containing ``term``, newest first, with one event of context
        either side (server-side search: raw event dicts, as untrusted as any)."""
        return await self._api.search(room_id, term, next_batch)

    async def people(self, own_user: UserId) -> list[Person]:
        """Everyone the user shares a conversation with (the cache's view), for the quick switcher."""
        return await self._db.run(known_people, own_user)

    async def members(self, room_id: RoomId) -> list[member_rows.Member]:
        """Joined and invited members. Sync lazy-loads members (only recent senders come with
        it): when the cache knows fewer than the room's counts, the full list is fetched once per
        session."""
        members = await self._db.run(member_rows.load_members, room_id)
        if room_id in self._members_refreshed:
            return members
        summary = await self._db.run(load_summary, room_id)
        expected = (summary.joined_count + summary.invited_count) if summary is not None else 0
        if summary is not None and len(members) >= expected:
            return members
        try:
            events = await self._api.members(room_id, not_membership="leave")
        except (MatrixError, TransportError) as exc:
            log.info("members of %s not fetched: %s", room_id, exc)
            return members
        self._members_refreshed.add(room_id)
        await self._db.run(remember_members, room_id, events)
        return await self._db.run(member_rows.load_members, room_id)


def remember_members(conn: sqlite3.Connection, room_id: RoomId, events: Sequence[dict[str, Any]]) -> None:
    """Store member events from ``/members`` that the cache lacks. Members it already has came
    with sync, which is at least as recent: they are kept."""
    member_params = []
    state_params = []
    for event in events:
        content, key, event_id, sender = (
            event.get("content"),
            event.get("state_key"),
            event.get("event_id"),
            event.get("sender"),
        )
        if (
            event.get("type") != "m.room.member"
            or not isinstance(content, dict)
            or not isinstance(key, str)
            or not key.startswith("@")
        ):
            continue
        membership = content.get("membership")
        avatar = content.get("avatar_url")
        member_params.append(
            (
                room_id,
                key,
                membership if isinstance(membership, str) else "leave",
                clean_text(content.get("displayname")) or None,
                avatar if isinstance(avatar, str) else None,
            )
        )
        if isinstance(event_id, str) and isinstance(sender, str):
            state_params.append(
                (room_id, "m.room.member", key, event_id, sender, orjson.dumps(content).decode())
            )
    with transaction(conn):
        conn.executemany(
            "INSERT OR IGNORE INTO members (room_id, user_id, membership, displayname, avatar_url)"
            " VALUES (?, ?, ?, ?, ?)",
            member_params,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO state (room_id, type, state_key, event_id, sender, content)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            state_params,
        )
