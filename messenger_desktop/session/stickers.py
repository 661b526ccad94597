"""Sending stickers: ``m.sticker`` events through the outbox (persisted first, sent exactly once).

A sticker from a pack is already on the server (its ``mxc://``), so it is sent as is. A sticker of
the pack that ships with the app is a file on this computer: the first time it is sent on an
account it goes up like any attachment (the outbox uploads, then sends), and the address it got is
remembered by the file's SHA-256, so later sends of the same sticker upload nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import shutil
from pathlib import Path
from typing import Any

from ..api.ids import EventId, RoomId, TxnId, UserId
from ..api.mxc import parse_mxc
from ..media import images
from ..media.filenames import safe_file_name
from ..store.database import Database, get_meta, set_meta
from ..store.packs import PackImage
from ..store.rows import Attachment, OutboxItem
from . import compose
from .attachments import CannotSend
from .outbox import Outbox, new_txn_id

log = logging.getLogger(__name__)

STICKER = "m.sticker"
MAX_STICKER_FILE = 4 << 20
_UPLOADED_KEY = "bundled-sticker:"


def sticker_content(image: PackImage) -> dict[str, Any]:
    """The ``m.sticker`` content for a pack image (``info`` as the pack gives it)."""
    return {"body": image.body, "url": image.url, "info": dict(image.info)}


class StickerSender:
    def __init__(self, db: Database, outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox
        self._uploading: dict[str, str] = {}
        """Transaction id → the meta key its uploaded address is remembered under."""

    async def send(
        self,
        room_id: RoomId,
        image: PackImage,
        *,
        reply_to: EventId | None = None,
        reply_sender: UserId | None = None,
    ) -> OutboxItem:
        """Send a pack's sticker, an answer to ``reply_to`` if given."""
        content = compose.as_reply(sticker_content(image), reply_to, reply_sender)
        return await self._outbox.send(room_id, STICKER, content)

    async def send_file(
        self,
        room_id: RoomId,
        path: Path,
        body: str,
        *,
        reply_to: EventId | None = None,
        reply_sender: UserId | None = None,
    ) -> OutboxItem:
        """Send the picture at ``path`` (a sticker shipped with the app) as a sticker, an answer to
        ``reply_to`` if given."""
        loop = asyncio.get_running_loop()
        data, probe = await loop.run_in_executor(None, _read_sticker, path)
        key = _UPLOADED_KEY + hashlib.sha256(data).hexdigest()
        info = {"w": probe.width, "h": probe.height, "mimetype": probe.mime, "size": len(data)}
        content = compose.as_reply({"body": body, "info": info}, reply_to, reply_sender)
        known = await self._db.run(get_meta, key)
        if known is not None and parse_mxc(known) is not None:
            return await self._outbox.send(room_id, STICKER, {**content, "url": known})
        txn_id = new_txn_id()
        folder = self._outbox.files
        assert folder is not None
        name = safe_file_name(path.name, fallback="sticker.png")
        target = folder / txn_id / name
        await loop.run_in_executor(None, _copy, path, target)
        self._uploading[txn_id] = key
        attachment = Attachment(path=str(target), name=name, mime=probe.mime, size=len(data))
        return self._outbox.submit(room_id, STICKER, content, attachment, TxnId(txn_id))

    def uploaded(self, uri: str, attachment: Attachment) -> None:
        """The outbox uploaded ``attachment``: if it was a shipped sticker, remember where it went."""
        key = self._uploading.pop(Path(attachment.path).parent.name, None)
        if key is None:
            return
        task = asyncio.get_running_loop().create_task(self._db.run(set_meta, key, uri))
        task.add_done_callback(_log_failure)


def _read_sticker(path: Path) -> tuple[bytes, images.Probe]:
    try:
        if path.stat().st_size > MAX_STICKER_FILE:
            raise CannotSend("This sticker is too large.")
        data = path.read_bytes()
        return data, images.probe(data)
    except OSError:
        raise CannotSend("This sticker could not be read.") from None
    except images.ImageRefused as refused:
        raise CannotSend(refused.reason) from None


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    shutil.copyfile(source, target)


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("the address of an uploaded sticker was not remembered: %s", task.exception())
