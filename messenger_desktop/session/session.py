"""One signed-in account: the cache, the sync loop, the outbox and the actions a user can take.

The UI layer talks only to this object: it reads summaries and pages, calls actions, and listens
to :class:`~messenger_desktop.session.changes.ChangeSet` callbacks. Everything here runs on the
asyncio loop; blocking work goes to the store's writer thread or the ingest process.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..api.client import Credentials, MatrixApi, SearchPage
from ..api.errors import ApiError, MatrixError
from ..api.http import Transport
from ..api.ids import EventId, RoomId, TxnId, UserId
from ..api.mxc import parse_mxc
from ..api.proxy import Proxy
from ..api.transport import HttpxTransport
from ..media.disk_cache import DiskCache
from ..media.loader import MediaLoader, MediaRequest
from ..power import SIGNATURES_EVENT, channel_levels, signatures_content
from ..store import outbox as outbox_rows
from ..store import summaries
from ..store.database import Database, get_meta, set_meta
from ..store.direct import direct_map
from ..store.drafts import Draft, load_draft, load_drafts, save_draft
from ..store.folders import Folder
from ..store.members import Member
from ..store.people import Person
from ..store.rows import Attachment, IngestResult, OutboxItem, RoomSummary, TimelineRow
from ..store.timeline import TimelinePage, member_names
from . import (
    avatars,
    compose,
    directory,
    invite_links,
    moderation,
    organise,
    push_settings,
    room_preview,
    room_settings,
    room_state,
    spaces,
    timeline,
    upgrades,
)
from .attachments import OutgoingFile
from .attachments import prepare as prepare_attachment
from .call_service import CallInfo, CallService
from .changes import ChangeSet, Connection, ConnectionState
from .commands import parse_command
from .lookup import Context, Lookup
from .messaging import Messaging
from .outbox import Outbox, new_txn_id
from .packs import PackEditor
from .profile import Profile
from .renewal import Renewal
from .room_preview import RoomPreview
from .safety import Safety
from .space_edit import (
    add_child,
    canonical_parent,
    create_space,
    edit_refusal,
    remove_child,
    set_parent,
    set_suggested,
)
from .spaces import SpaceRoom
from .stickers import StickerSender
from .sync_choice import ChosenSync
from .typing import TypingNotifier
from .voice_messages import send_voice

log = logging.getLogger(__name__)

Listener = Callable[[ChangeSet], None]

OUTBOX_WAITS_FOR_SYNC = 30.0
"""Seconds the outbox waits for the first sync before sending anyway."""

_NO_MENTIONS: Mapping[str, str] = {}

SHARED_HISTORY = {
    "type": "m.room.history_visibility",
    "state_key": "",
    "content": {"history_visibility": "shared"},
}
"""Everyone who joins reads the history from the start (a channel's posts)."""


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
        send_typing: bool = True,
        call_host_addresses: Sequence[str] | None = None,
    ) -> None:
        self.profile = profile
        self.credentials = credentials
        self.user_id: UserId = credentials.user_id
        self._transport = transport or HttpxTransport()
        self.api = MatrixApi(credentials.homeserver, self._transport, access_token=credentials.access_token)
        self._renewal = Renewal(self)  # issue 8: refresh tokens, signing in again after a soft logout
        self.db = Database(profile.database)
        self._listeners: list[Listener] = []
        self._trace = trace or (lambda milestone: None)
        self.connection = ConnectionState(Connection.CONNECTING)
        self.outbox = Outbox(
            self.api, self.db, self._emit, files=profile.path / "outbox-files", on_uploaded=self._uploaded
        )
        self.media: MediaLoader | None = None
        """Pictures and files, cached on disk and in memory (made by :meth:`open`)."""
        self.stickers = StickerSender(self.db, self.outbox)
        self.packs = PackEditor(self.api, self.db, self.user_id)
        """Stickers and custom emoji: the packs, and editing them."""
        self.typing_notifier = TypingNotifier(self._send_typing, enabled=send_typing)
        """Set ``typing_notifier.enabled`` to follow the ``send_typing`` setting."""
        self._messaging = Messaging(self.outbox, self.db, self.user_id, self.typing_notifier)
        self._lookup = Lookup(self.api, self.db)
        self.calls = CallService(
            self.api, self.user_id, credentials.device_id, host_addresses=call_host_addresses
        )
        """Voice and video calls; ``call_host_addresses`` limits ICE host candidates (loopback setups)."""
        self.sync = ChosenSync(  # sliding sync when the server offers it, else v2 (sync_choice.py)
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
        self._background: set[asyncio.Task[None]] = set()
        self._saved_messages_lock = asyncio.Lock()
        self.synced = asyncio.Event()
        """Set after the first successful sync of this run."""
        self.safety = Safety(self.api, self.db, self.user_id, self._emit)
        """Ignored people, reports and invitation screening (``safety.strangers_declined`` follows
        the setting)."""
        self.read_receipt_type = "m.read"
        """The receipt :meth:`mark_read` sends: "m.read.private" when the user keeps how far they
        read to themselves (the setting); their other devices still clear the unread count."""

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
        await self.safety.load()
        loop = asyncio.get_running_loop()
        disk = await loop.run_in_executor(None, DiskCache, self.profile.path / "media-cache")
        self.media = MediaLoader(self._fetch_media, disk)
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
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        await self.safety.close()
        await self.calls.close()
        await self.typing_notifier.close()
        await self.outbox.close()
        if self.media is not None:
            self.media.close()
        self.sync.close()
        await self.db.close()
        await self._transport.aclose()

    # -- issue 8: renewed tokens, signing in again after a soft logout -------------------------------

    @property
    def credential_listeners(self) -> list[Callable[[Credentials], None]]:
        """Told of every new access/refresh token pair before it is used (the log's redactor)."""
        return self._renewal.listeners

    async def sign_in_again(self, password: str) -> None:
        """After a soft logout: sign in on the same device and carry on where the session stopped
        (cache, outbox and sync position kept). Raises :class:`ApiError` (a wrong password...)."""
        await self._renewal.sign_in_again(password)

    def restart_sync(self) -> None:
        """Sync again after it stopped for a token the server no longer accepted."""
        if self._sync_task is not None and self._sync_task.done():
            self._sync_task = asyncio.get_running_loop().create_task(self.sync.run(), name="sync")

    # -- network proxy -----------------------------------------------------------------------------

    def use_proxy(self, proxy: Proxy) -> None:
        """Requests from now on (sync, sending, media up and down) go through ``proxy``; those under
        way finish on the connections they have. A transport of another kind (a test's) has none."""
        if isinstance(self._transport, HttpxTransport):
            self._transport.use_proxy(proxy)

    async def _fetch_media(self, request: MediaRequest) -> bytes:
        if request.is_thumbnail:
            media = await self.api.thumbnail(
                request.mxc, request.width, request.height, method=request.method
            )
        else:
            media = await self.api.download(request.mxc)
        return media.data

    def _uploaded(self, uri: str, attachment: Attachment) -> None:
        """The file just sent is the file behind ``uri``: the cache keeps it, so nobody downloads
        what this computer already has."""
        self.stickers.uploaded(uri, attachment)
        mxc = parse_mxc(uri)
        if self.media is not None and mxc is not None:
            self.media.remember_file(MediaRequest(mxc), Path(attachment.path))

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
        for rows in result.appended.values():
            self._messaging.note_thread_rows(rows)
        try:
            self.calls.on_timeline(result.appended)
        except Exception:  # calls must never stop syncing
            log.exception("call events could not be handled")
        big = not result.appended and result.event_count > 0
        reset = result.gapped_rooms | (frozenset(r.room_id for r in result.rooms) if big else frozenset())
        changes = ChangeSet(
            rooms=result.rooms,
            removed_rooms=result.removed_rooms,
            appended=result.appended,
            reset_rooms=reset,
            outbox_removed=dict(result.resolved_echoes),
            aggregates=result.aggregates,
            redacted=result.redacted,
            receipts=result.receipts,
            typing=result.typing,
            fully_read=result.fully_read,
            presence=result.presence,
            notifications=result.notifications,
            folders=result.folders,
            packs_changed=result.packs_changed,
        )
        self._emit(self.safety.screen(changes, result.ignored))
        self.synced.set()
        if result.resolved_echoes:
            sweep = asyncio.get_running_loop().create_task(self.outbox.sweep_files(), name="sweep-files")
            self._background.add(sweep)
            sweep.add_done_callback(self._background.discard)

    def _on_connection(self, state: ConnectionState) -> None:
        self.connection = state
        self._emit(ChangeSet(connection=state))
        if state.state is Connection.ONLINE:
            self.outbox.wake()

    def _on_sync_request(self, token: str | None) -> None:
        if not self._first_request_traced:
            self._first_request_traced = True
            self._trace("first sync request sent" + (" (incremental)" if token else " (initial)"))

    # -- issue 8: echoes settled by back-fill ---------------------------------------------------------

    def _echoes_settled(self, settled: dict[TxnId, EventId]) -> None:
        """Sent messages whose echo had fallen into a gap came back with the older page that
        filled it: they are done, as when sync brings them (the screen drops their echo)."""
        self._emit(ChangeSet(outbox_removed=settled))
        sweep = asyncio.get_running_loop().create_task(self.outbox.sweep_files(), name="sweep-files")
        self._background.add(sweep)
        sweep.add_done_callback(self._background.discard)

    # -- reading ---------------------------------------------------------------------------------

    async def rooms(self) -> list[RoomSummary]:
        """Joined rooms and invitations as the user sees them (see :mod:`.safety`)."""
        return await self.safety.summaries(await self.db.run(summaries.load_summaries))

    async def room(self, room_id: RoomId) -> RoomSummary | None:
        return await self.db.run(summaries.load_summary, room_id)

    async def page(
        self, room_id: RoomId, before: tuple[int, int] | None = None, limit: int = timeline.PAGE
    ) -> TimelinePage:
        settled = self._echoes_settled
        page = await timeline.load_page(self.api, self.db, room_id, before, limit, settled)
        return await self.safety.page(
            page, lambda older: timeline.load_page(self.api, self.db, room_id, older, limit, settled), limit
        )

    async def pending(self, room_id: RoomId | None = None) -> list[OutboxItem]:
        return await self.db.run(outbox_rows.load, room_id)

    async def member_names(self, room_id: RoomId) -> dict[str, str]:
        return await self.db.run(member_names, room_id)

    async def draft(self, room_id: RoomId) -> Draft | None:
        return await self.db.run(load_draft, room_id)

    async def drafts(self) -> dict[RoomId, Draft]:
        return await self.db.run(load_drafts)

    async def save_draft(self, draft: Draft) -> None:
        """Keep what the composer holds (an empty draft deletes the room's)."""
        await self.db.run(save_draft, draft)

    async def fetch_event(self, room_id: RoomId, event_id: EventId) -> TimelineRow | None:
        """One event, from the cache or else the server (a reply's original far back)."""
        return self.safety.shows(await self._lookup.fetch_event(room_id, event_id))

    async def thread(self, room_id: RoomId, root: EventId) -> tuple[TimelineRow, ...]:
        """A thread's replies, oldest first (completed from the server the first time)."""
        rows = await self._lookup.thread(room_id, root)
        self._messaging.note_thread_rows(rows)
        return self.safety.rows(rows)

    async def event_context(self, room_id: RoomId, event_id: EventId, limit: int = 20) -> Context | None:
        """An event with its neighbours, from the server (for jumping to a message far back)."""
        found = await self._lookup.context(room_id, event_id, limit)
        if found is None or self.safety.shows(found.event) is None:
            return None
        return dataclasses.replace(
            found, before=self.safety.rows(found.before), after=self.safety.rows(found.after)
        )

    async def search(self, room_id: RoomId, term: str, next_batch: str | None = None) -> SearchPage:
        """The room's messages containing ``term``, newest first; pass ``next_batch`` back for more.
        Hits from people the user blocked are left out (the count is the server's, theirs included)."""
        page = await self._lookup.search(room_id, term, next_batch)
        return self.safety.search_page(page)

    async def people(self) -> list[Person]:
        """Everyone the user shares a joined conversation with (from the cache)."""
        return await self._lookup.people(self.user_id)

    async def members(self, room_id: RoomId) -> list[Member]:
        """Joined and invited members (the full list is fetched once when lazy loading left
        the cache's incomplete)."""
        return await self._lookup.members(room_id)

    # -- acting ----------------------------------------------------------------------------------

    def send_text(self, room_id: RoomId, text: str) -> OutboxItem:
        """Queue a plain text message; its local echo is returned (and announced) immediately."""
        return self.send_message(room_id, text, markdown=False)

    def send_message(
        self,
        room_id: RoomId,
        text: str,
        *,
        mentions: Mapping[str, str] = _NO_MENTIONS,
        reply_to: EventId | None = None,
        thread_root: EventId | None = None,
        markdown: bool = True,
        reply_sender: UserId | None = None,
        thread_latest: EventId | None = None,
        emote: bool = False,
    ) -> OutboxItem:
        """Queue a message (markdown unless ``markdown=False``; ``emote`` for ``/me``: an
        ``m.emote``, "* Alice waves"); the echo is returned at once.

        ``mentions``: the names the completer put into the text → the user ids they stand for.
        ``reply_sender`` (the author of ``reply_to``) is mentioned so they are notified;
        ``thread_latest`` is the newest event of the thread, which clients without threads show
        the message as answering (by default the newest this session has seen)."""
        return self._messaging.send_message(
            room_id,
            text,
            mentions=mentions,
            reply_to=reply_to,
            reply_sender=reply_sender,
            thread_root=thread_root,
            thread_latest=thread_latest,
            markdown=markdown,
            emote=emote,
        )

    async def send_file(
        self,
        room_id: RoomId,
        outgoing: OutgoingFile,
        *,
        strip_metadata: bool = True,
        reply_to: EventId | None = None,
        reply_sender: UserId | None = None,
        thread_root: EventId | None = None,
        thread_latest: EventId | None = None,
    ) -> OutboxItem:
        """Queue a file (an image, video, audio or any file), an answer to ``reply_to`` if given,
        in thread ``thread_root`` if given (``thread_latest``: the thread's newest event, which
        clients without threads show it answering; the root if not given). It is prepared and
        copied into the profile off the loop, then shown as an echo that uploads and sends exactly
        once. Raises :class:`CannotSend` with a sentence for the user."""
        txn_id = new_txn_id()
        folder = self.outbox.files
        assert folder is not None
        loop = asyncio.get_running_loop()
        work = functools.partial(prepare_attachment, outgoing, folder, txn_id, strip_metadata=strip_metadata)
        content, attachment = await loop.run_in_executor(None, work)
        content = compose.as_reply(
            content, reply_to, reply_sender, thread_root=thread_root, thread_latest=thread_latest
        )
        return self.outbox.submit(room_id, "m.room.message", content, attachment, txn_id)

    async def send_voice(
        self,
        room_id: RoomId,
        pcm: bytes,
        rate: int = 48_000,
        *,
        reply_to: EventId | None = None,
        reply_sender: UserId | None = None,
    ) -> OutboxItem:
        """Queue a voice message recorded as ``pcm`` (s16 mono at ``rate``), an answer to
        ``reply_to`` if given: encoded with its waveform off the loop, then sent like a file,
        exactly once. Raises :class:`CannotSend`."""
        return await send_voice(self.outbox, room_id, pcm, rate, reply_to=reply_to, reply_sender=reply_sender)

    def edit_message(
        self,
        room_id: RoomId,
        target: EventId,
        text: str,
        *,
        mentions: Mapping[str, str] = _NO_MENTIONS,
        previous_mentions: tuple[str, ...] = (),
        emote: bool = False,
    ) -> OutboxItem:
        """Replace one of the user's messages with ``text``. ``previous_mentions`` (the ids the
        message mentioned before) are not notified again."""
        return self._messaging.edit_message(
            room_id, target, text, mentions=mentions, previous_mentions=previous_mentions, emote=emote
        )

    async def react(self, room_id: RoomId, target: EventId, key: str) -> OutboxItem | None:
        """React to ``target`` with ``key``; ``None`` if the user already has."""
        return await self._messaging.react(room_id, target, key)

    async def unreact(self, room_id: RoomId, target: EventId, key: str) -> OutboxItem | None:
        """Take back the user's ``key`` reaction to ``target`` (redacts it); ``None`` if there
        was none to redact."""
        return await self._messaging.unreact(room_id, target, key)

    def redact(self, room_id: RoomId, event_id: EventId, reason: str | None = None) -> OutboxItem:
        """Remove a message (through the outbox: sent once, retried with the same id)."""
        return self._messaging.redact(room_id, event_id, reason)

    def forward(
        self, room_id: RoomId, content: Mapping[str, Any], event_type: str = "m.room.message"
    ) -> OutboxItem:
        """Post a copy of a message's content (without its relations and mentions) in ``room_id``."""
        return self._messaging.forward(room_id, content, event_type)

    def typing(self, room_id: RoomId, composing: bool) -> None:
        """Every keystroke: whether ``room_id``'s composer holds text (see :class:`TypingNotifier`)."""
        self.typing_notifier.changed(room_id, composing)

    async def _send_typing(self, room_id: RoomId, typing: bool, timeout_ms: int) -> None:
        await self.api.typing(room_id, self.user_id, typing, timeout_ms)

    async def set_pinned(self, room_id: RoomId, event_id: EventId, pinned: bool) -> list[EventId]:
        """Pin or unpin a message; returns the pinned list as written."""
        return await room_state.set_pinned(self.api, self.db, room_id, event_id, pinned)

    async def set_topic(self, room_id: RoomId, topic: str) -> EventId:
        return await room_state.set_topic(self.api, room_id, topic)

    async def set_room_nick(self, room_id: RoomId, name: str) -> EventId:
        """The user's name in this room only (empty: the profile's name again)."""
        return await room_state.set_room_nick(self.api, self.db, self.user_id, room_id, name)

    async def own_avatar(self) -> str:
        """The user's avatar (``mxc://``) as their profile has it, "" for none."""
        return await avatars.own_avatar(self.api, self.user_id)

    async def set_avatar(self, picture: Path | None) -> str:
        """Make the picture at ``picture`` the user's avatar (None removes it); returns its URI.
        Raises :class:`~messenger_desktop.session.avatars.CannotSetAvatar` with a sentence."""
        return await avatars.set_own_avatar(self.api, self.user_id, picture)

    async def set_room_avatar(self, room_id: RoomId, picture: Path | None) -> EventId:
        """Make the picture at ``picture`` the room's avatar (None removes it)."""
        return await avatars.set_room_avatar(self.api, room_id, picture)

    # -- moderation ------------------------------------------------------------------------------

    async def set_user_level(self, room_id: RoomId, user_id: UserId, level: int) -> EventId:
        """Give ``user_id`` a role (a power level) in ``room_id``."""
        return await moderation.set_user_level(self.api, self.db, room_id, user_id, level)

    async def set_right_level(self, room_id: RoomId, right: str, level: int) -> EventId:
        """Make a right of :data:`messenger_desktop.power.RIGHTS` need ``level`` in ``room_id``."""
        return await moderation.set_right_level(self.api, self.db, room_id, right, level)

    async def moderate(self, room_id: RoomId, action: str, user_id: UserId, reason: str = "") -> None:
        """Remove ("kick"), ban or unban someone."""
        await moderation.moderate(self.api, room_id, action, user_id, reason)

    async def recent_messages(self, room_id: RoomId, sender: UserId) -> list[EventId]:
        """What ``sender`` posted in ``room_id`` that this device holds, not yet deleted."""
        return await self.db.run(moderation.recent_messages, room_id, sender)

    async def banned(self, room_id: RoomId) -> list[moderation.Banned]:
        return await self.db.run(moderation.banned, room_id)

    async def knocking(self, room_id: RoomId) -> list[moderation.Knock]:
        return await self.db.run(moderation.knocking, room_id)

    # -- a room's settings -----------------------------------------------------------------------

    async def read_room_settings(self, room_id: RoomId) -> room_settings.RoomSettings:
        return await self.db.run(room_settings.read_settings, room_id)

    async def set_room_name(self, room_id: RoomId, name: str) -> EventId:
        return await room_settings.set_name(self.api, room_id, name)

    async def set_join_rule(self, room_id: RoomId, rule: str, spaces: tuple[RoomId, ...] = ()) -> EventId:
        return await room_settings.set_join_rule(self.api, room_id, rule, spaces)

    async def set_history(self, room_id: RoomId, history: str) -> EventId:
        return await room_settings.set_history(self.api, room_id, history)

    async def set_guests(self, room_id: RoomId, allowed: bool) -> EventId:
        return await room_settings.set_guests(self.api, room_id, allowed)

    async def add_alias(self, room_id: RoomId, alias: str) -> EventId:
        """Give the room the address ``alias`` ("climbing" or "#climbing:server"), as its main one."""
        full = room_settings.full_alias(alias, self.user_id.split(":", 1)[-1])
        if not full:
            raise room_settings.BadAlias(alias)
        return await room_settings.add_alias(self.api, self.db, room_id, full)

    async def published(self, room_id: RoomId) -> bool:
        """Is the room listed in the server's public directory?"""
        return await self.api.directory_visibility(room_id)

    async def set_published(self, room_id: RoomId, public: bool) -> None:
        await self.api.set_directory_visibility(room_id, public)

    async def run_command(
        self,
        room_id: RoomId,
        text: str,
        *,
        mentions: Mapping[str, str] = _NO_MENTIONS,
        reply_to: EventId | None = None,
        reply_sender: UserId | None = None,
        thread_root: EventId | None = None,
        thread_latest: EventId | None = None,
    ) -> str | OutboxItem | None:
        """Run what the composer holds: a slash command, or (no command) send it as a message.

        Returns the queued message for the commands that send one, ``None`` for the others once
        done, and a sentence for the user when the command is wrong or the server refused it."""
        command = parse_command(text)
        if command is None:
            command_kind, argument = "message", text
        elif command.kind == "error":
            return command.message
        else:
            command_kind, argument = command.kind, command.argument

        def send(body: str, *, emote: bool = False, markdown: bool = True) -> OutboxItem:
            return self._messaging.send_message(
                room_id,
                body,
                mentions=mentions,
                reply_to=reply_to,
                reply_sender=reply_sender,
                thread_root=thread_root,
                thread_latest=thread_latest,
                markdown=markdown,
                emote=emote,
            )

        if command_kind == "message":
            return send(argument)
        if command_kind == "me":
            return send(argument, emote=True)
        if command_kind == "plain":
            return send(argument, markdown=False)
        if command_kind == "shrug":
            return send(compose.shrug(argument), markdown=False)
        self.typing_notifier.stop(room_id)
        try:
            if command_kind == "join":
                await self.join(argument)
            elif command_kind == "invite":
                await self.invite(room_id, UserId(argument), reason=command.reason if command else None)
            elif command_kind == "leave":
                await self.leave(room_id)
            elif command_kind == "topic":
                await self.set_topic(room_id, argument)
            elif command_kind == "nick":
                await self.set_room_nick(room_id, argument)
        except ApiError as exc:
            return _command_failed(command_kind, argument, exc)
        return None

    async def retry(self, txn_id: TxnId) -> None:
        await self.outbox.retry(txn_id)

    async def delete_pending(self, txn_id: TxnId) -> None:
        await self.outbox.delete(txn_id)

    async def create_group(self, name: str, invite: tuple[UserId, ...] = ()) -> RoomId:
        return await self.api.create_room(name=name, invite=invite, preset="private_chat")

    async def create_channel(self, name: str, topic: str = "", *, public: bool = False) -> RoomId:
        """A channel: the user (its admin) and moderators post, everyone else reads and reacts.
        A public one can be joined by anyone with its link; history is readable from the start."""
        return await self.api.create_room(
            name=name,
            topic=topic or None,
            preset="public_chat" if public else "private_chat",
            initial_state=(SHARED_HISTORY,),
            extra={"power_level_content_override": channel_levels()},
        )

    async def set_signs_posts(self, room_id: RoomId, sign: bool) -> EventId:
        """Show (or stop showing) who wrote each of a channel's posts."""
        return await self.api.send_state(room_id, SIGNATURES_EVENT, "", signatures_content(sign))

    async def start_direct_chat(self, user_id: UserId) -> RoomId:
        """Open a direct chat with ``user_id`` (and record it in ``m.direct``)."""
        room_id = await self.api.create_room(invite=(user_id,), is_direct=True, preset="trusted_private_chat")
        await self._remember_direct(user_id, room_id)
        return room_id

    async def invite(self, room_id: RoomId, user_id: UserId, reason: str | None = None) -> None:
        """Invite someone who exists. Synapse accepts invitations for users who do not, so the
        profile is asked first: a definite "not found" raises that :class:`MatrixError`; a hidden
        profile or an unreachable server is no proof, and the invitation goes ahead."""
        try:
            await self.api.get_profile(user_id)
        except MatrixError as exc:
            if exc.status == 404 or exc.errcode == "M_NOT_FOUND":
                raise
            log.info("profile of %s not available: %s", user_id, exc)
        await self.api.invite(room_id, user_id, reason or None)

    async def join(self, room_id_or_alias: str, via: tuple[str, ...] = ()) -> RoomId:
        """Join a room, or accept an invitation. Accepting a direct chat records it in
        ``m.direct`` so it is shown as one on every device. ``via``: servers that know the room
        (a room id alone may not be enough for a room the user's server is not in)."""
        invite = await self.room(RoomId(room_id_or_alias)) if room_id_or_alias.startswith("!") else None
        room_id = await self.api.join(room_id_or_alias, via=via)
        if invite is not None and invite.membership == "invite" and invite.is_direct and invite.inviter:
            await self._remember_direct(UserId(invite.inviter), room_id)
        return room_id

    async def _remember_direct(self, user_id: UserId, room_id: RoomId) -> None:
        direct = await self.db.run(direct_map)
        rooms = direct.setdefault(user_id, [])
        if room_id not in rooms:
            rooms.append(room_id)
            await self.api.set_account_data(self.user_id, "m.direct", direct)

    async def leave(self, room_id: RoomId) -> None:
        await self.api.leave(room_id)

    async def mark_read(self, room_id: RoomId, event_id: EventId) -> None:
        """The user has read ``room_id`` up to ``event_id``: read markers, and a "marked unread"
        flag, if the room has one, is taken away."""
        await self.api.read_markers(
            room_id, fully_read=event_id, read=event_id, read_type=self.read_receipt_type
        )
        await organise.clear_marked_unread(self.api, self.db, self.user_id, room_id)

    # -- organising conversations (summaries follow through sync) --------------------------------

    async def set_favourite(self, room_id: RoomId, on: bool) -> None:
        """Tag the room ``m.favourite`` (removing low priority), or untag it."""
        await organise.set_favourite(self.api, self.user_id, room_id, on)

    async def set_low_priority(self, room_id: RoomId, on: bool) -> None:
        """Tag the room ``m.lowpriority`` (removing favourite), or untag it."""
        await organise.set_low_priority(self.api, self.user_id, room_id, on)

    async def set_marked_unread(self, room_id: RoomId, on: bool) -> None:
        await organise.set_marked_unread(self.api, self.user_id, room_id, on)

    async def mark_all_read(self) -> int:
        """Mark every unread (or marked unread) joined room read; returns how many there were.
        Every room is tried; the first failure is raised afterwards."""
        return await organise.mark_all_read(self.api, self.db, self.user_id, self.read_receipt_type)

    async def notification_level(self, room_id: RoomId) -> str:
        """The room's level by the synced push rules: "all", "mentions" or "mute"."""
        return await push_settings.level(self.db, self.user_id, room_id)

    async def set_notification_level(self, room_id: RoomId, level: str) -> None:
        """Set the room's level ("all", "mentions" or "mute"; anything else is a ValueError)."""
        await push_settings.set_level(self.api, self.user_id, room_id, level)

    async def keywords(self) -> tuple[str, ...]:
        """Words that notify wherever they are written (the user's keyword push rules)."""
        return await push_settings.keywords(self.db, self.user_id)

    async def set_keywords(self, words: Iterable[str]) -> tuple[str, ...]:
        """Make the keywords exactly ``words``; returns the ones kept (trimmed, no repeats, no
        slash or leading dot, which the server refuses)."""
        return await push_settings.set_keywords(self.api, self.user_id, words)

    async def folders(self) -> tuple[Folder, ...]:
        """The user's folders, as last synced (changes arrive in ``ChangeSet.folders``)."""
        return await organise.folders(self.db)

    async def set_folders(self, folders: Iterable[Folder]) -> None:
        await organise.set_folders(self.api, self.user_id, folders)

    async def saved_messages_room(self) -> RoomId:
        """The user's note-to-self room, created (once, for every device) when there is none."""
        return await organise.saved_messages(self.api, self.db, self.user_id, self._saved_messages_lock)

    async def space_hierarchy(self, space_id: RoomId) -> list[SpaceRoom]:
        """A space's rooms one level down, from the server (joined or not)."""
        return await spaces.space_hierarchy(self.api, self.db, space_id)

    # -- spaces: making them and arranging their rooms (see session/space_edit.py) -----------------

    async def create_space(
        self, name: str, topic: str = "", *, public: bool = False, announcements: str = ""
    ) -> RoomId:
        """A space where only its admins add rooms; a public one anyone can find and join. With
        ``announcements`` (its name), the space starts with an announcements channel."""
        return await create_space(self.api, name, topic, public, announcements, self.user_id)

    async def space_edit_refusal(self, space_id: RoomId) -> str:
        """Why the user may not add or remove the rooms of ``space_id`` ('' when they may)."""
        refusal = await self.db.run(edit_refusal, space_id, self.user_id)
        return "" if refusal is None else str(refusal)

    async def add_to_space(self, space_id: RoomId, room_id: RoomId) -> None:
        await add_child(self.api, self.db, self.user_id, space_id, room_id)

    async def remove_from_space(self, space_id: RoomId, room_id: RoomId) -> None:
        await remove_child(self.api, self.db, self.user_id, space_id, room_id)

    async def set_suggested(self, space_id: RoomId, room_id: RoomId, suggested: bool) -> None:
        await set_suggested(self.api, self.user_id, space_id, room_id, suggested)

    async def space_parent(self, room_id: RoomId) -> str:
        """The space the room names as its own ('' for none)."""
        return await self.db.run(canonical_parent, room_id)

    async def set_space_parent(self, room_id: RoomId, space_id: RoomId | None) -> None:
        await set_parent(self.api, self.db, self.user_id, room_id, space_id)

    # -- public room directory -------------------------------------------------------------------

    async def public_rooms(
        self, server: str = "", search: str = "", since: str | None = None, limit: int = directory.PAGE_SIZE
    ) -> directory.DirectoryPage:
        """One page of ``server``'s public room directory (the user's own when ''), searched."""
        return await directory.public_rooms(
            self.api, self.db, server=server, search=search, since=since, limit=limit
        )

    async def look_up_address(self, address: directory.Address) -> directory.PublicRoom:
        """The room at an address the user typed (``M_NOT_FOUND`` when there is none)."""
        return await directory.look_up(self.api, self.db, address)

    # -- invite links ----------------------------------------------------------------------------

    async def preview_room(self, room_id_or_alias: str, via: tuple[str, ...] = ()) -> RoomPreview:
        """What the room behind an invite link looks like, from the server."""
        return await room_preview.preview_room(self.api, room_id_or_alias, via)

    async def invite_link(self, room_id: RoomId) -> str:
        """The link that shows ``room_id`` to others and lets them join it."""
        return await self.db.run(invite_links.room_invite_link, room_id, invite_links.server_of(self.user_id))

    async def follow_replacement(self, room_id: RoomId) -> RoomId | None:
        """Join the room that replaced ``room_id`` (a room upgrade); its id, or None when the
        room was not replaced."""
        successor = await self.db.run(upgrades.replacement, room_id)
        if successor is None:
            return None
        return await self.join(successor.room_id, successor.via)

    async def knock(self, room_id_or_alias: str, reason: str = "", via: tuple[str, ...] = ()) -> None:
        """Ask to join a room whose join rule is "knock"; its admins see the request (and
        ``reason``) and answer with an invitation or a refusal."""
        await self.api.knock(room_id_or_alias, reason=reason, via=via)

    async def start_call(self, room_id: RoomId, *, video: bool) -> CallInfo | None:
        """Call the other person of a conversation of two. ``None`` when the user is already in a
        call; :class:`ValueError` when the conversation is not between two people."""
        others = [m.user_id for m in await self.members(room_id) if m.user_id != self.user_id]
        if len(others) != 1:
            raise ValueError("Calls are for conversations between two people")
        return self.calls.place(room_id, others[0], video=video)

    async def archived_rooms(self) -> list[RoomSummary]:
        """Rooms the user left or was removed from that the cache still holds (not in
        :meth:`rooms`)."""
        return await organise.archived_rooms(self.db)

    async def forget_room(self, room_id: RoomId) -> bool:
        """Forget a room the user left, on the server and in the cache (its history goes)."""
        return await organise.forget_room(self.api, self.db, room_id)

    # -- safety: blocking, reporting, invitations (see session/safety.py) -------------------------

    async def set_ignored(self, user_id: UserId, ignore: bool) -> None:
        """Block (ignore) someone, or unblock them; it takes effect when sync echoes the list."""
        await self.safety.set_ignored(user_id, ignore)

    async def blocked_people(self) -> list[tuple[UserId, str]]:
        """``(user id, name)`` of everyone the user ignores."""
        return await self.safety.blocked()

    async def report_event(self, room_id: RoomId, event_id: EventId, reason: str) -> None:
        """Tell the server's admins about a message, with the user's reason."""
        await self.safety.report_event(room_id, event_id, reason)

    async def report_user(self, user_id: UserId, reason: str) -> None:
        """Tell the server's admins about a person, with the user's reason."""
        await self.safety.report_user(user_id, reason)

    def reveal_invite(self, room_id: RoomId) -> None:
        """Show a collapsed (spam-like) invitation in full."""
        self.safety.reveal_invite(room_id)


def _command_failed(kind: str, argument: str, error: ApiError) -> str:
    """One sentence for a command the server refused (or could not be reached for)."""
    what = {
        "join": f"Could not join {argument}",
        "invite": f"Could not invite {argument}",
        "leave": "Could not leave the conversation",
        "topic": "Could not change the topic",
        "nick": "Could not change your name here",
    }.get(kind, "The command failed")
    if isinstance(error, MatrixError):
        if error.errcode == "M_FORBIDDEN":
            return f"{what}: you are not allowed to."
        if error.status == 404 or error.errcode == "M_NOT_FOUND":
            missing = {"invite": "there is no such user", "join": "there is no such room"}
            return f"{what}: {missing.get(kind, 'it was not found')}."
        return f"{what}: {error.error or error.errcode}."
    return f"{what}: the server could not be reached."
