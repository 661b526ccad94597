"""Sending messages exactly once.

1. :meth:`Outbox.submit` creates the item with a fresh transaction id and shows it as a local echo
   at once; it is written to the cache before any network call.
2. One sender task per room sends its items in order with ``PUT /send/{type}/{txnId}`` (a redaction,
   ``m.room.redaction`` with content ``{"redacts": id, "reason"?: text}``, with
   ``PUT /redact/{eventId}/{txnId}``), retrying
   transient failures (network, 5xx, 429) with back-off and *the same* transaction id, so the server
   deduplicates a retry of a request whose answer was lost — even across a crash and restart.
   A message with a file (an :class:`Attachment`, copied into the profile's outbox folder) uploads
   it first; the content with the new ``url`` is saved before the event is sent, so a restart during
   the upload uploads again and a restart after it only sends — the event still exactly once.
3. The echo is replaced when sync brings the server's event with our ``transaction_id``.
4. Permanent errors, or too many transient ones, mark the item failed with a reason; the user can
   Retry (same id) or Delete it.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import secrets
import shutil
import sqlite3
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..api.client import MatrixApi
from ..api.errors import ApiError, MatrixError, TransportError
from ..api.ids import EventId, RoomId, TxnId
from ..store import outbox as rows
from ..store.database import WRITE_FAULTS, Database
from ..store.recovery import FULL, classify
from ..store.rows import Attachment, OutboxItem
from .backoff import Backoff
from .changes import ChangeSet

log = logging.getLogger(__name__)

PERSIST_ATTEMPTS = 5
"""Tries to write a new message to the cache (about 15 s in all) before showing it as failed."""

MAX_ATTEMPTS = 12
"""Transient failures before an item is marked failed (about five minutes of back-off)."""


REDACTION = "m.room.redaction"

PROGRESS_STEP = 0.01
"""Upload progress is reported in steps of at least this much (not for every chunk)."""

Uploaded = Callable[[str, Attachment], None]
"""Told the ``mxc://`` URI a file got (the media cache keeps the local copy under it)."""


def new_txn_id() -> TxnId:
    return TxnId(f"md{time.time_ns() // 1_000_000}.{secrets.token_hex(6)}")


class Outbox:
    def __init__(
        self,
        api: MatrixApi,
        db: Database,
        emit: Callable[[ChangeSet], None],
        *,
        max_attempts: int = MAX_ATTEMPTS,
        backoff: Callable[[], Backoff] = lambda: Backoff(base=0.5, cap=60.0),
        files: Path | None = None,
        on_uploaded: Uploaded | None = None,
    ) -> None:
        self._api = api
        self.files = files
        """The folder of the files of messages being sent (each in a folder of its own)."""
        self._on_uploaded = on_uploaded
        self._uploads: dict[TxnId, asyncio.Task[OutboxItem]] = {}
        self._db = db
        self._emit = emit
        self._max_attempts = max_attempts
        self._new_backoff = backoff
        self._tasks: dict[RoomId, asyncio.Task[None]] = {}
        self._wakeups: dict[RoomId, asyncio.Event] = {}
        self._persisting: set[asyncio.Task[OutboxItem]] = set()
        self._network_back = asyncio.Event()
        self._unsaved: dict[TxnId, OutboxItem] = {}
        self._paused = False
        self._ready = asyncio.Event()
        """Set once the session has caught up (see :meth:`set_ready`)."""
        self._saving: set[TxnId] = set()
        """Messages being written now (a disk coming back does not write them twice)."""
        db.subscribe_faults(self._disk_fault)
        """Messages the cache refused to store: shown as failed, kept for Retry."""

    # -- issue 8: a disk that cannot be written ---------------------------------------------------

    def _disk_fault(self, fault: str | None) -> None:
        """The disk can be written again: messages it refused are saved and sent now, and rooms
        whose sender stopped on a write carry on (nothing waits for the user to press Retry)."""
        if fault is not None:
            return
        for item in [i for i in self._unsaved.values() if i.txn_id not in self._saving]:
            task = asyncio.get_running_loop().create_task(
                self._persist(dataclasses.replace(item, state=rows.QUEUED, error=""))
            )
            self._persisting.add(task)
            task.add_done_callback(self._persisting.discard)
        for room_id in list(self._tasks):
            self._kick(room_id)

    async def start(self) -> list[OutboxItem]:
        """Resume every item left from an earlier run (after a crash too)."""
        items = await self._db.run(rows.load)
        for item in items:
            if item.state in (rows.QUEUED, rows.SENDING):
                self._kick(item.room_id)
        await self.sweep_files()
        return items

    def submit(
        self,
        room_id: RoomId,
        event_type: str,
        content: Mapping[str, Any],
        attachment: Attachment | None = None,
        txn_id: TxnId | None = None,
    ) -> OutboxItem:
        """Queue a message; returns its local echo at once (persisting continues in a task).
        With an ``attachment`` (in :attr:`files`, named by ``txn_id``), the file is uploaded first."""
        item = _new_item(room_id, event_type, content, attachment, txn_id)
        self._emit(ChangeSet(outbox=(item,)))
        task = asyncio.get_running_loop().create_task(self._persist(item))
        self._persisting.add(task)
        task.add_done_callback(self._persisting.discard)
        return item

    async def send(self, room_id: RoomId, event_type: str, content: Mapping[str, Any]) -> OutboxItem:
        """Like :meth:`submit`, returning once the item is safely in the cache."""
        return await self._persist(_new_item(room_id, event_type, content))

    async def _persist(self, item: OutboxItem) -> OutboxItem:
        """Write the item before anything is sent. The cache may be busy (a large sync being
        written) or full: try a few times, then show the message as failed — it is kept in memory,
        and Retry writes it again — rather than lose it silently."""
        self._saving.add(item.txn_id)
        try:
            return await self._persist_now(item)
        finally:
            self._saving.discard(item.txn_id)

    async def _persist_now(self, item: OutboxItem) -> OutboxItem:
        backoff = self._new_backoff()
        for attempt in range(PERSIST_ATTEMPTS):
            try:
                stored = await self._db.run(
                    rows.enqueue,
                    item.txn_id,
                    item.room_id,
                    item.event_type,
                    item.content,
                    item.created_ts,
                    item.attachment,
                )
            except sqlite3.Error as exc:
                log.warning("could not save %s (attempt %d): %s", item.txn_id, attempt + 1, exc)
                fault = classify(exc)
                if attempt + 1 < PERSIST_ATTEMPTS and fault not in WRITE_FAULTS:
                    await asyncio.sleep(backoff.next_delay())
                    continue
                failed = dataclasses.replace(item, state=rows.FAILED, error=_unsaved_reason(fault))
                self._unsaved[item.txn_id] = failed
                self._emit(ChangeSet(outbox=(failed,)))
                return failed
            self._unsaved.pop(item.txn_id, None)
            self._emit(ChangeSet(outbox=(stored,)))
            self._kick(item.room_id)
            return stored
        raise AssertionError("unreachable")  # pragma: no cover

    async def retry(self, txn_id: TxnId) -> None:
        unsaved = self._unsaved.get(txn_id)
        if unsaved is not None:
            await self._persist(dataclasses.replace(unsaved, state=rows.QUEUED, error=""))
            return
        item = await self._db.run(rows.update, txn_id, rows.QUEUED, 0)
        if item is not None:
            self._emit(ChangeSet(outbox=(item,)))
            self._kick(item.room_id)

    async def delete(self, txn_id: TxnId) -> None:
        if self._unsaved.pop(txn_id, None) is not None or await self._db.run(rows.delete, txn_id):
            self._emit(ChangeSet(outbox_removed={txn_id: None}))
            await self.sweep_files()

    async def cancel(self, txn_id: TxnId) -> bool:
        """The user cancels a message: an upload in progress stops and the message is gone; one
        that is not on its way is withdrawn. False when it is already being delivered."""
        upload = self._uploads.get(txn_id)
        if upload is not None:
            upload.cancel()  # the sender sees it cancelled and removes the item
            return True
        withdrawn = await self.withdraw(txn_id)
        if withdrawn:
            await self.sweep_files()
        return withdrawn

    async def sweep_files(self) -> None:
        """Remove the files of messages that are done (sent and echoed, or deleted)."""
        if self.files is None:
            return
        needed = {Path(p).parent.name for p in await self._db.run(rows.attachment_paths)}
        needed |= {i.txn_id for i in self._unsaved.values()} | set(self._uploads)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, _remove_leftovers, self.files, needed)

    async def withdraw(self, txn_id: TxnId) -> bool:
        """Take back an item that has not gone out yet; False when it is (or was) on its way."""
        if self._unsaved.pop(txn_id, None) is not None or await self._db.run(rows.delete_unsent, txn_id):
            self._emit(ChangeSet(outbox_removed={txn_id: None}))
            return True
        return False

    async def event_id_of(self, txn_id: TxnId, timeout: float = 60.0) -> EventId | None:
        """The event id the server gives an item being sent (None if it fails or takes too long)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            item = await self._db.run(rows.get, txn_id)
            if item is None or item.state == rows.FAILED:
                return None
            if item.event_id is not None:
                return item.event_id
            await asyncio.sleep(0.1)
        return None

    def set_ready(self) -> None:
        """Sending may start. The session calls this after its first sync: a message accepted just
        before a crash then comes back as our echo and is settled instead of sent again (the
        server's memory of transaction ids is only about a day)."""
        self._ready.set()

    async def resume(self) -> None:
        """Signed in again after the session ended (issue 8, soft logout): the items it left
        queued go out now, each once (same device, same transaction ids)."""
        self._paused = False
        items = await self._db.run(rows.load)
        for room_id in {i.room_id for i in items if i.state in (rows.QUEUED, rows.SENDING)}:
            self._kick(room_id)

    def wake(self) -> None:
        """The connection is back: items waiting out a back-off are retried now."""
        self._network_back.set()
        self._network_back = asyncio.Event()

    async def _sleep_unless_woken(self, delay: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._network_back.wait(), delay)

    def _kick(self, room_id: RoomId) -> None:
        self._wakeups.setdefault(room_id, asyncio.Event()).set()
        task = self._tasks.get(room_id)
        if task is None or task.done():
            self._tasks[room_id] = asyncio.get_running_loop().create_task(self._drain(room_id))

    async def _drain(self, room_id: RoomId) -> None:
        """Send this room's items strictly in order, one at a time."""
        wakeup = self._wakeups.setdefault(room_id, asyncio.Event())
        await self._ready.wait()
        while True:
            wakeup.clear()
            items = await self._db.run(rows.load, room_id)
            pending = [i for i in items if i.state in (rows.QUEUED, rows.SENDING)]
            if not pending or self._paused:
                return
            try:
                await self._send_one(pending[0])
            except sqlite3.Error as exc:  # the disk: the room carries on once it can be written
                log.warning("sending in %s stopped: the cache cannot be written (%s)", room_id, exc)
                return

    async def _send_one(self, item: OutboxItem) -> None:
        backoff = self._new_backoff()
        attempts = item.attempts
        if item.event_type == REDACTION and not _redaction_target(item):
            await self._fail(item.txn_id, attempts, "Not removed: it does not say which message to remove.")
            return
        while True:
            current = await self._db.run(rows.update, item.txn_id, rows.SENDING, attempts)
            if current is None:
                return  # deleted meanwhile, or already echoed by sync
            self._emit(ChangeSet(outbox=(current,)))
            stage = "upload" if current.uploading else item.event_type
            try:
                if current.uploading:
                    uploaded = await self._upload(current)
                    if uploaded is None:
                        return  # cancelled by the user, or its file is gone
                    current = item = uploaded
                event_id = await self._deliver(item)
            except asyncio.CancelledError:
                raise
            except (TransportError, MatrixError) as exc:
                if isinstance(exc, MatrixError) and exc.errcode == "M_UNKNOWN_TOKEN":
                    # The session ended: not the message's fault. It stays queued and is sent by the
                    # session that follows signing in again.
                    await self._db.run(rows.update, item.txn_id, rows.QUEUED, attempts)
                    self._paused = True
                    return
                transient = isinstance(exc, TransportError) or exc.is_transient
                attempts += 1
                if not transient or attempts >= self._max_attempts:
                    await self._fail(item.txn_id, attempts, _failure_reason(exc, transient, stage))
                    return
                wait = exc.retry_after if isinstance(exc, MatrixError) else None
                delay = backoff.next_delay(wait)
                log.info("send %s failed (%s); retry %d in %.1f s", item.txn_id, exc, attempts, delay)
                await self._db.run(rows.update, item.txn_id, rows.QUEUED, attempts)
                await self._sleep_unless_woken(delay)
                continue
            except ApiError as exc:
                await self._fail(item.txn_id, attempts + 1, f"The server's answer was not understood: {exc}")
                return
            await self._sent(item.txn_id, event_id)
            return

    async def _upload(self, item: OutboxItem) -> OutboxItem | None:
        """Upload the item's file and save the content with its ``url``; None when the user
        cancelled (the item is removed) or the file cannot be read (the item failed)."""
        attachment = item.attachment
        assert attachment is not None
        task = asyncio.get_running_loop().create_task(self._upload_file(item, attachment))
        self._uploads[item.txn_id] = task
        try:
            await asyncio.wait({task})
        except asyncio.CancelledError:
            task.cancel()  # the outbox is closing: the upload stops with it
            raise
        finally:
            self._uploads.pop(item.txn_id, None)
        if task.cancelled():
            if await self._db.run(rows.delete, item.txn_id):
                self._emit(ChangeSet(outbox_removed={item.txn_id: None}))
            await self.sweep_files()
            return None
        try:
            return task.result()
        except OSError as exc:
            log.warning("the file of %s cannot be read: %s", item.txn_id, exc)
            await self._fail(item.txn_id, item.attempts + 1, "Not sent: the file could not be read.")
            return None

    async def _upload_file(self, item: OutboxItem, attachment: Attachment) -> OutboxItem:
        loop = asyncio.get_running_loop()
        data = await loop.run_in_executor(None, Path(attachment.path).read_bytes)
        reported = -1.0

        def progress(done: int, total: int) -> None:
            nonlocal reported
            fraction = done / total if total else 1.0
            if fraction - reported >= PROGRESS_STEP or fraction >= 1.0 > reported:
                reported = fraction
                self._emit(ChangeSet(uploads={item.txn_id: fraction}))

        content = {**item.content}
        if attachment.thumbnail:
            thumbnail_url = await self._upload_thumbnail(attachment)
            content["info"] = {**content.get("info", {}), "thumbnail_url": thumbnail_url}
        uri = await self._api.upload(data, attachment.mime, attachment.name, progress=progress)
        content["url"] = uri
        stored = await self._db.run(rows.set_content, item.txn_id, content)
        if stored is None:
            raise asyncio.CancelledError  # deleted meanwhile
        if self._on_uploaded is not None:
            self._on_uploaded(uri, attachment)
        return stored

    async def _upload_thumbnail(self, attachment: Attachment) -> str:
        """The still of a video: small, uploaded before the file (no progress of its own)."""
        loop = asyncio.get_running_loop()
        data = await loop.run_in_executor(None, Path(attachment.thumbnail).read_bytes)
        return await self._api.upload(data, "image/jpeg", "thumbnail.jpg")

    async def _deliver(self, item: OutboxItem) -> EventId:
        """One request with the item's transaction id: ``PUT /send``, or ``PUT /redact`` for a
        redaction (content ``{"redacts": id, "reason"?: text}``) — both idempotent per id."""
        if item.event_type == REDACTION:
            reason = item.content.get("reason")
            return await self._api.redact(
                item.room_id,
                EventId(_redaction_target(item) or ""),
                item.txn_id,
                reason if isinstance(reason, str) else None,
            )
        return await self._api.send(item.room_id, item.event_type, item.txn_id, item.content)

    async def _sent(self, txn_id: TxnId, event_id: EventId) -> None:
        item = await self._db.run(rows.mark_sent, txn_id, event_id)
        if item is None:
            self._emit(ChangeSet(outbox_removed={txn_id: event_id}))
        else:
            self._emit(ChangeSet(outbox=(item,)))

    async def _fail(self, txn_id: TxnId, attempts: int, reason: str) -> None:
        item = await self._db.run(rows.update, txn_id, rows.FAILED, attempts, reason)
        if item is not None:
            self._emit(ChangeSet(outbox=(item,)))

    async def wait_idle(self) -> None:
        """Until every room's sender has nothing left to send (tests, clean shutdown)."""
        while self._persisting or any(not t.done() for t in self._tasks.values()):
            await asyncio.gather(*self._persisting, *self._tasks.values(), return_exceptions=True)

    async def close(self) -> None:
        for task in [*self._tasks.values(), *self._persisting]:
            task.cancel()
        await asyncio.gather(*self._tasks.values(), *self._persisting, return_exceptions=True)
        self._tasks.clear()


def _remove_leftovers(files: Path, needed: set[str]) -> None:
    """Remove everything in ``files`` but the folders named in ``needed`` (in an executor)."""
    if not files.is_dir():
        return
    for folder in files.iterdir():
        if folder.name in needed:
            continue
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
        else:
            folder.unlink(missing_ok=True)


def _new_item(
    room_id: RoomId,
    event_type: str,
    content: Mapping[str, Any],
    attachment: Attachment | None = None,
    txn_id: TxnId | None = None,
) -> OutboxItem:
    return OutboxItem(
        seq=0,
        txn_id=txn_id or new_txn_id(),
        room_id=room_id,
        event_type=event_type,
        content=dict(content),
        created_ts=int(time.time() * 1000),
        state=rows.QUEUED,
        attachment=attachment,
    )


def _redaction_target(item: OutboxItem) -> str | None:
    target = item.content.get("redacts")
    return target if isinstance(target, str) and target else None


def _unsaved_reason(fault: str | None) -> str:
    if fault == FULL:
        return "Not sent yet: the disk is full."  # the strip above says the rest
    if fault in WRITE_FAULTS:
        return "Not sent yet: it cannot be saved to disk."
    return "Not sent: it could not be saved on this computer."


def _failure_reason(error: Exception, transient: bool, event_type: str = "") -> str:
    if event_type == REDACTION:
        if transient:
            return "Not removed: the server could not be reached. Retry or delete it."
        if isinstance(error, MatrixError) and error.errcode == "M_FORBIDDEN":
            return "Not removed: you are not allowed to remove this message."
        if isinstance(error, MatrixError):
            return f"Not removed: {error.error or error.errcode}."
        return f"Not removed: {error}."
    if transient:
        return "Not sent: the server could not be reached. Retry or delete it."
    if isinstance(error, MatrixError):
        if error.errcode == "M_FORBIDDEN":
            return "Not sent: you are not allowed to post in this conversation."
        if error.errcode == "M_TOO_LARGE":
            if event_type == "upload":
                return "Not sent: the file is larger than the server accepts."
            return "Not sent: the message is too large."
        return f"Not sent: {error.error or error.errcode}."
    return f"Not sent: {error}."
