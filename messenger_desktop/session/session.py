"""One signed-in account: the cache, the sync loop, the outbox and the actions a user can take.

The UI layer talks only to this object: it reads summaries and pages, calls actions, and listens
to :class:`~messenger_desktop.session.changes.ChangeSet` callbacks. Everything here runs on the
asyncio loop; blocking work goes to the store's writer thread or the ingest process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Callable

import orjson

from ..api.client import Credentials, MatrixApi
from ..api.errors import MatrixError
from ..api.http import Transport
from ..api.ids import EventId, RoomId, TxnId, UserId
from ..api.transport import HttpxTransport
from ..store import outbox as outbox_rows
from ..store import summaries
from ..store.database import Database, get_meta, set_meta
from ..store.rows import IngestResult, OutboxItem, RoomSummary
from ..store.timeline import TimelinePage, member_names
from . import timeline
from .changes import ChangeSet, Connection, ConnectionState
from .outbox import Outbox
from .profile import Profile
from .sync_loop import SyncLoop

log = logging.getLogger(__name__)

Listener = Callable[[ChangeSet], None]

OUTBOX_WAITS_FOR_SYNC = 30.0
"""Seconds the outbox waits for the first sync before sending anyway."""


class AccountMismatch(Exception):
    """The profile's cache belongs to another account."""


class Session:
    def __init__(
        self,
        profile: Profile,
        credentials: Credentials,
        *,
        transport: Transport | None = None,
        poll_timeout_ms: int = 30_000,
        trace: Callable[[str], None] | None = None,
    ) -> None:
        self.profile = profile
        self.credentials = credentials
        self.user_id: UserId = credentials.user_id
        self._transport = transport or HttpxTransport()
        self.api = MatrixApi(credentials.homeserver, self._transport, access_token=credentials.access_token)
        self.db = Database(profile.database)
        self._listeners: list[Listener] = []
        self._trace = trace or (lambda milestone: None)
        self.connection = ConnectionState(Connection.CONNECTING)
        self.outbox = Outbox(self.api, self.db, self._emit)
        self.sync = SyncLoop(
            self.api,
            self.db,
            self.user_id,
            on_result=self._on_sync,
            on_connection=self._on_connection,
            on_request=self._on_sync_request,
            poll_timeout_ms=poll_timeout_ms,
        )
        self._sync_task: asyncio.Task[None] | None = None
        self._verify_task: asyncio.Task[None] | None = None
        self._ready_task: asyncio.Task[None] | None = None
        self._first_request_traced = False
        self.synced = asyncio.Event()
        """Set after the first successful sync of this run."""

    # -- life cycle ------------------------------------------------------------------------------

    async def open(self) -> None:
        """Open the cache (without network). Raises :class:`AccountMismatch` for a foreign cache."""
        await self.db.open()
        owner = await self.db.run(get_meta, "user_id")
        if owner is None:
            await self.db.run(set_meta, "user_id", self.user_id)
        elif owner != self.user_id:
            await self.db.close()
            raise AccountMismatch(f"This profile belongs to {owner}; use another profile for {self.user_id}.")
        await self.sync.load_token()
        self._trace("cache loaded")

    async def start(self) -> None:
        """Resume the outbox and start syncing. Call :meth:`open` first."""
        await self.outbox.start()
        loop = asyncio.get_running_loop()
        self._sync_task = loop.create_task(self.sync.run(), name="sync")
        self._verify_task = loop.create_task(self._verify_cache(), name="verify-cache")
        self._ready_task = loop.create_task(self._outbox_ready(), name="outbox-ready")

    async def _outbox_ready(self) -> None:
        """Let the outbox send once caught up — or after a while anyway, should syncing keep
        failing for a reason that does not stop sending."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.synced.wait(), OUTBOX_WAITS_FOR_SYNC)
        self.outbox.set_ready()

    async def _verify_cache(self) -> None:
        """The page-by-page check of the cache, once things have settled after start-up."""
        await self.synced.wait()
        await self.db.verify()

    async def close(self) -> None:
        for task in (self._sync_task, self._verify_task, self._ready_task):
            if task is not None:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        self._sync_task = self._verify_task = self._ready_task = None
        await self.outbox.close()
        self.sync.close()
        await self.db.close()
        await self._transport.aclose()

    # -- listening -------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, changes: ChangeSet) -> None:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a broken listener must not stop the session
                log.exception("change listener failed")

    def _on_sync(self, result: IngestResult) -> None:
        big = not result.appended and result.event_count > 0
        reset = result.gapped_rooms | (frozenset(r.room_id for r in result.rooms) if big else frozenset())
        self._emit(
            ChangeSet(
                rooms=result.rooms,
                removed_rooms=result.removed_rooms,
                appended=result.appended,
                reset_rooms=reset,
                outbox_removed=dict(result.resolved_echoes),
            )
        )
        self.synced.set()

    def _on_connection(self, state: ConnectionState) -> None:
        self.connection = state
        self._emit(ChangeSet(connection=state))
        if state.state is Connection.ONLINE:
            self.outbox.wake()

    def _on_sync_request(self, token: str | None) -> None:
        if not self._first_request_traced:
            self._first_request_traced = True
            self._trace("first sync request sent" + (" (incremental)" if token else " (initial)"))

    # -- reading ---------------------------------------------------------------------------------

    async def rooms(self) -> list[RoomSummary]:
        return await self.db.run(summaries.load_summaries)

    async def room(self, room_id: RoomId) -> RoomSummary | None:
        return await self.db.run(summaries.load_summary, room_id)

    async def page(
        self, room_id: RoomId, before: tuple[int, int] | None = None, limit: int = timeline.PAGE
    ) -> TimelinePage:
        return await timeline.load_page(self.api, self.db, room_id, before, limit)

    async def pending(self, room_id: RoomId | None = None) -> list[OutboxItem]:
        return await self.db.run(outbox_rows.load, room_id)

    async def member_names(self, room_id: RoomId) -> dict[str, str]:
        return await self.db.run(member_names, room_id)

    # -- acting ----------------------------------------------------------------------------------

    def send_text(self, room_id: RoomId, text: str) -> OutboxItem:
        """Queue a text message; its local echo is returned (and announced) immediately."""
        return self.outbox.submit(room_id, "m.room.message", {"msgtype": "m.text", "body": text})

    async def retry(self, txn_id: TxnId) -> None:
        await self.outbox.retry(txn_id)

    async def delete_pending(self, txn_id: TxnId) -> None:
        await self.outbox.delete(txn_id)

    async def create_group(self, name: str, invite: tuple[UserId, ...] = ()) -> RoomId:
        return await self.api.create_room(name=name, invite=invite, preset="private_chat")

    async def start_direct_chat(self, user_id: UserId) -> RoomId:
        """Open a direct chat with ``user_id`` (and record it in ``m.direct``)."""
        room_id = await self.api.create_room(invite=(user_id,), is_direct=True, preset="trusted_private_chat")
        await self._remember_direct(user_id, room_id)
        return room_id

    async def invite(self, room_id: RoomId, user_id: UserId) -> None:
        """Invite someone who exists. Synapse accepts invitations for users who do not, so the
        profile is asked first: a definite "not found" raises that :class:`MatrixError`; a hidden
        profile or an unreachable server is no proof, and the invitation goes ahead."""
        try:
            await self.api.get_profile(user_id)
        except MatrixError as exc:
            if exc.status == 404 or exc.errcode == "M_NOT_FOUND":
                raise
            log.info("profile of %s not available: %s", user_id, exc)
        await self.api.invite(room_id, user_id)

    async def join(self, room_id_or_alias: str) -> RoomId:
        """Join a room, or accept an invitation. Accepting a direct chat records it in
        ``m.direct`` so it is shown as one on every device."""
        invite = await self.room(RoomId(room_id_or_alias)) if room_id_or_alias.startswith("!") else None
        room_id = await self.api.join(room_id_or_alias)
        if invite is not None and invite.membership == "invite" and invite.is_direct and invite.inviter:
            await self._remember_direct(UserId(invite.inviter), room_id)
        return room_id

    async def _remember_direct(self, user_id: UserId, room_id: RoomId) -> None:
        direct = await self.db.run(_direct_map)
        rooms = direct.setdefault(user_id, [])
        if room_id not in rooms:
            rooms.append(room_id)
            await self.api.set_account_data(self.user_id, "m.direct", direct)

    async def leave(self, room_id: RoomId) -> None:
        await self.api.leave(room_id)

    async def mark_read(self, room_id: RoomId, event_id: EventId) -> None:
        await self.api.read_markers(room_id, fully_read=event_id, read=event_id)


def _direct_map(conn: sqlite3.Connection) -> dict[str, list[str]]:
    row = conn.execute("SELECT content FROM account_data WHERE type = 'm.direct'").fetchone()
    data = orjson.loads(row[0]) if row else {}
    return {k: [r for r in v if isinstance(r, str)] for k, v in data.items() if isinstance(v, list)}
