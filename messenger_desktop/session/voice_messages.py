"""Sending a voice message (MSC3245): the recording encoded, drawn as a waveform and sent through
the outbox like any file — persisted before the network sees it, delivered exactly once.

An ``m.audio`` message marked ``org.matrix.msc3245.voice``, with ``org.matrix.msc1767.audio``
holding its duration (ms) and waveform, so receivers draw it before they download anything;
clients that know nothing of voice messages show an audio file.
"""

from __future__ import annotations

import asyncio
import functools
from pathlib import Path
from typing import Any

from ..api.ids import EventId, RoomId, TxnId, UserId
from ..media.voice import SAMPLE_RATE, VOICE_MIME, VOICE_NAME, NothingRecorded, VoiceClip, encode_voice
from ..store.rows import Attachment, OutboxItem
from .attachments import CannotSend
from .compose import as_reply
from .outbox import Outbox, new_txn_id

FILE_NAME = "voice-message.ogg"


def voice_content(clip: VoiceClip) -> dict[str, Any]:
    """The event content, without ``url`` (the outbox adds it after the upload). No ``filename``:
    the body would otherwise read as a caption."""
    return {
        "msgtype": "m.audio",
        "body": VOICE_NAME,
        "info": {"mimetype": VOICE_MIME, "size": len(clip.data), "duration": clip.duration_ms},
        "org.matrix.msc1767.text": VOICE_NAME,
        "org.matrix.msc1767.audio": {"duration": clip.duration_ms, "waveform": list(clip.waveform)},
        "org.matrix.msc3245.voice": {},
    }


def prepare_voice(pcm: bytes, rate: int, folder: Path, txn_id: TxnId) -> tuple[dict[str, Any], Attachment]:
    """Encode ``pcm`` and write it into ``folder/txn_id/`` (in an executor). Raises
    :class:`CannotSend`."""
    try:
        clip = encode_voice(pcm, rate)
    except NothingRecorded:
        raise CannotSend("Nothing was recorded.") from None
    target = folder / txn_id / FILE_NAME
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    target.write_bytes(clip.data)
    attachment = Attachment(path=str(target), name=FILE_NAME, mime=VOICE_MIME, size=len(clip.data))
    return voice_content(clip), attachment


async def send_voice(
    outbox: Outbox,
    room_id: RoomId,
    pcm: bytes,
    rate: int = SAMPLE_RATE,
    *,
    reply_to: EventId | None = None,
    reply_sender: UserId | None = None,
) -> OutboxItem:
    """Queue ``pcm`` (s16 mono at ``rate``) as a voice message in ``room_id`` (an answer to
    ``reply_to`` if given); its echo shows once it is encoded. Raises :class:`CannotSend` with a
    sentence for the user."""
    folder = outbox.files
    assert folder is not None
    txn_id = new_txn_id()
    loop = asyncio.get_running_loop()
    work = functools.partial(prepare_voice, pcm, rate, folder, txn_id)
    content, attachment = await loop.run_in_executor(None, work)
    return outbox.submit(
        room_id, "m.room.message", as_reply(content, reply_to, reply_sender), attachment, txn_id
    )
