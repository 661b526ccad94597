"""Turning a file the user picked into a message: the bytes to upload and the event content.

Runs in an executor (it reads the file and may re-encode an image). An image is sent as ``m.image``
with its size and a blurhash in ``info`` so receivers lay it out before it loads; its metadata
(EXIF location, camera) is stripped unless the user turned that off. A video or audio file says
how long it lasts (a video also its size, with a still uploaded as its thumbnail). Whatever Pillow
cannot decode safely, and anything the user chose to "send as file", goes as ``m.file``. Nothing about the
file's name or type is trusted: the name is made safe, the image type comes from its content.
The prepared bytes are written into the outbox folder, where the outbox finds them after a restart.
"""

from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..api.ids import TxnId
from ..media import clips, images
from ..media.filenames import safe_file_name
from ..store.rows import Attachment
from .errors import UserFacingError

MAX_FILE_BYTES = 512 << 20
"""The largest file the app sends (it is read into memory to be uploaded)."""


class CannotSend(UserFacingError):
    """The file cannot be sent; ``str()`` is one sentence for the user."""


@dataclass(frozen=True, slots=True)
class OutgoingFile:
    """What the user chose in the send preview."""

    path: Path
    caption: str = ""
    as_file: bool = False
    quarter_turns: int = 0
    """Clockwise turns of an image (the preview's rotate button)."""
    crop: tuple[float, float, float, float] | None = None
    """(left, top, right, bottom) as fractions of the turned image."""


def prepare(
    outgoing: OutgoingFile, folder: Path, txn_id: TxnId, *, strip_metadata: bool = True
) -> tuple[dict[str, Any], Attachment]:
    """The content (without ``url``: the outbox adds it after the upload) and the attachment
    written to ``folder/txn_id/``. Raises :class:`CannotSend`."""
    data = _read(outgoing.path)
    name = safe_file_name(outgoing.path.name, fallback="file")
    msgtype, mime = "m.file", _guess_type(name)
    info: dict[str, Any] = {}
    if not outgoing.as_file:
        try:
            prepared = images.prepare_for_upload(
                data,
                strip_metadata=strip_metadata,
                quarter_turns=outgoing.quarter_turns,
                crop=outgoing.crop,
            )
        except images.ImageRefused:
            prepared = None  # not an image we can show: it goes as a file (or as video/audio)
        if prepared is not None:
            data, mime = prepared.data, prepared.mime
            name = _with_extension(name, prepared.extension)
            msgtype = "m.image"
            info = {"w": prepared.width, "h": prepared.height}
            if prepared.blurhash:
                info["xyz.amorgan.blurhash"] = prepared.blurhash
        elif mime.startswith("video/"):
            msgtype = "m.video"
        elif mime.startswith("audio/"):
            msgtype = "m.audio"
    still = None
    if msgtype in ("m.video", "m.audio"):
        info, still = _recording_info(data, msgtype)
    info = {"mimetype": mime, "size": len(data), **info}
    target = folder / txn_id / name
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    target.write_bytes(data)
    thumbnail = ""
    if still is not None:
        thumbnail = str(target.with_name(f".thumbnail-{txn_id}.jpg"))
        Path(thumbnail).write_bytes(still.data)
    caption = outgoing.caption.strip()
    content: dict[str, Any] = {"msgtype": msgtype, "body": caption or name, "filename": name, "info": info}
    return content, Attachment(path=str(target), name=name, mime=mime, size=len(data), thumbnail=thumbnail)


def _recording_info(data: bytes, msgtype: str) -> tuple[dict[str, Any], clips.Still | None]:
    """A recording's ``info`` (duration in ms; a video's size and its thumbnail's) and the still
    to upload as its thumbnail; whatever FFmpeg cannot read is left out."""
    probed = clips.probe(data)
    info: dict[str, Any] = {}
    if probed.duration_ms:
        info["duration"] = probed.duration_ms
    if msgtype != "m.video" or not probed.has_picture:
        return info, None
    info["w"], info["h"] = probed.width, probed.height
    still = clips.still(data)
    if still is not None:
        info["thumbnail_info"] = {
            "w": still.width,
            "h": still.height,
            "mimetype": "image/jpeg",
            "size": len(still.data),
        }
    return info, still


def _read(path: Path) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise CannotSend(f"{path.name} is larger than {MAX_FILE_BYTES >> 20} MB.")
        return path.read_bytes()
    except FileNotFoundError:
        raise CannotSend(f"{path.name} is not there any more.") from None
    except IsADirectoryError:
        raise CannotSend(f"{path.name} is a folder; only files can be sent.") from None
    except OSError as exc:
        raise CannotSend(f"{path.name} could not be read ({exc.strerror or exc}).") from None


def _guess_type(name: str) -> str:
    kind, encoding = mimetypes.guess_type(name, strict=False)
    return kind if kind and not encoding else "application/octet-stream"


_SAME_EXTENSION = {"jpeg": "jpg", "jpe": "jpg"}


def _with_extension(name: str, extension: str) -> str:
    """``photo.jpeg`` stays, ``photo.png`` holding a JPEG becomes ``photo.jpg``."""
    extension = extension.lstrip(".").lower()
    stem, dot, current = name.rpartition(".")
    same = dot and _SAME_EXTENSION.get(current.lower(), current.lower()) == _SAME_EXTENSION.get(
        extension, extension
    )
    if not extension or same:
        return name
    return f"{stem if dot else name}.{extension}"
