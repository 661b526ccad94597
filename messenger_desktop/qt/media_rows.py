"""What a media message shows (the ``media`` role of a timeline row): its kind, the addresses of
its pictures, the size it takes before anything loads, the file's name and size; for a recording
its duration, and for a voice message (MSC3245) its waveform.

Pure functions over untrusted content: a size from ``info`` is used only when it is a sane
integer (absurd values fall back to a default box, never a 10⁹-pixel item), a ``url`` only after
:func:`~messenger_desktop.api.mxc.parse_mxc` accepts it, names only through
:func:`~messenger_desktop.media.filenames.safe_file_name`.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QLocale

from ..api.mxc import parse_mxc
from ..media.filenames import safe_file_name
from ..media.voice import clean_waveform
from .formatting import QT_TRANSLATE_NOOP, tr
from .media_images import blurhash_url, full_url, local_url, thumb_url

IMAGE_BOX = (360, 320)
"""The largest a picture shows in the timeline (logical pixels)."""
STICKER_BOX = (180, 180)
MIN_SIDE = 48
DEFAULT_BOX = (240, 180)
"""The size of a picture whose ``info`` does not say (or lies)."""
THUMBNAIL = (800, 600)
"""The server thumbnail asked for (one of Synapse's pre-made sizes; sharp on HiDPI screens)."""
MAX_INFO_SIDE = 100_000
ANIMATABLE = frozenset({"image/gif", "image/webp"})
"""Types that may hold an animation (whether one does is found out from the file)."""
MAX_DURATION_MS = 7 * 24 * 3600 * 1000
"""A longer ``duration`` is a lie: shown as unknown."""
VOICE_BARS = 40
"""Bars a voice message's waveform is drawn with, whatever number the sender gave."""
MSC1767_AUDIO = "org.matrix.msc1767.audio"
MSC3245_VOICE = "org.matrix.msc3245.voice"
_KINDS = {"m.image": "image", "m.video": "video", "m.audio": "audio", "m.file": "file"}


def media_kind(event_type: str, content: dict[str, Any]) -> str:
    """ "image", "sticker", "video", "audio", "file", or "" for a message without media."""
    if event_type == "m.sticker":
        return "sticker"
    msgtype = content.get("msgtype")
    return _KINDS.get(msgtype, "") if isinstance(msgtype, str) else ""


def media_view(
    event_type: str,
    content: dict[str, Any],
    *,
    txn_id: str = "",
    local_file: bool = False,
    progress: float = -1.0,
) -> dict[str, Any]:
    """The row's ``media`` map ({} when it has none). ``local_file``: an echo whose file is still
    on this computer (shown from there); ``progress``: how far its upload is (-1: not uploading)."""
    kind = media_kind(event_type, content)
    if not kind:
        return {}
    caption = _caption(content)
    info = content.get("info")
    info = info if isinstance(info, dict) else {}
    mxc = parse_mxc(content.get("url"))
    name = safe_file_name(content.get("filename") or content.get("body"), fallback=tr("file"))
    size = _int(info.get("size"), 1 << 50)
    mime = info.get("mimetype")
    mime = mime if isinstance(mime, str) and len(mime) < 100 else ""  # a list would not even hash
    view: dict[str, Any] = {
        "kind": kind,
        "name": name,
        "sizeText": file_size(size) if size else "",
        "mime": mime,
        "progress": progress,
        "source": "",
        "full": full_url(mxc) if mxc is not None else "",
        "placeholder": "",
        "width": 0,
        "height": 0,
        "caption": caption,
        "captionHtml": html.escape(caption).replace("\n", "<br>"),
        "broken": "" if mxc is not None or local_file else tr("This file is not available."),
        "animated": kind in ("image", "sticker") and mime in ANIMATABLE and mxc is not None,
        "duration": 0,
        "voice": False,
        "waveform": [],
        "thumbnail": "",
    }
    if kind in ("audio", "video"):
        view.update(_recording(kind, content, info))
    if kind in ("image", "sticker"):
        box = STICKER_BOX if kind == "sticker" else IMAGE_BOX
        view["width"], view["height"] = display_size(info.get("w"), info.get("h"), box)
        if local_file and txn_id:
            view["source"] = local_url(txn_id)
        elif mxc is not None:
            view["source"] = thumb_url(mxc, *THUMBNAIL)
        blurhash = info.get("xyz.amorgan.blurhash")
        if isinstance(blurhash, str) and 6 <= len(blurhash) <= 100 and blurhash.isascii():
            view["placeholder"] = blurhash_url(blurhash)
    return view


def _recording(kind: str, content: dict[str, Any], info: dict[str, Any]) -> dict[str, Any]:
    """What a player needs: ``duration`` (ms, 0 unknown), ``voice`` and its ``waveform``
    (:data:`VOICE_BARS` levels 0..1024, [] when none was sent), a video's size and ``thumbnail``."""
    audio = content.get(MSC1767_AUDIO)
    audio = audio if isinstance(audio, dict) else {}
    voice = isinstance(content.get(MSC3245_VOICE), dict)
    duration = _int(info.get("duration"), MAX_DURATION_MS) or _int(audio.get("duration"), MAX_DURATION_MS)
    extra: dict[str, Any] = {
        "duration": duration,
        "voice": voice and kind == "audio",
        "waveform": clean_waveform(audio.get("waveform"), VOICE_BARS) if voice else [],
        "thumbnail": "",
    }
    if kind == "video":
        extra["width"], extra["height"] = display_size(info.get("w"), info.get("h"), IMAGE_BOX)
        thumbnail = parse_mxc(info.get("thumbnail_url"))
        if thumbnail is not None:
            extra["thumbnail"] = thumb_url(thumbnail, *THUMBNAIL)
    return extra


def display_size(width: object, height: object, box: tuple[int, int] = IMAGE_BOX) -> tuple[int, int]:
    """The size a picture takes, from its ``info``: scaled down (never up) into ``box``,
    at least :data:`MIN_SIDE` on each side; :data:`DEFAULT_BOX` when the sizes are unusable."""
    w, h = _int(width, MAX_INFO_SIDE), _int(height, MAX_INFO_SIDE)
    if not w or not h:
        return min(DEFAULT_BOX[0], box[0]), min(DEFAULT_BOX[1], box[1])
    scale = min(1.0, box[0] / w, box[1] / h)
    return max(MIN_SIDE, round(w * scale)), max(MIN_SIDE, round(h * scale))


def file_size(size: int) -> str:
    """``532 B``, ``14 KB``, ``3.2 MB``, ``1.1 GB``."""
    if size < 1000:
        return tr("%1 B").replace("%1", str(size))
    units = ((QT_TRANSLATE_NOOP("formatting", "%1 KB"), 1e3), (QT_TRANSLATE_NOOP("formatting", "%1 MB"), 1e6))
    for unit, factor in (*units, (QT_TRANSLATE_NOOP("formatting", "%1 GB"), 1e9)):
        value = size / factor
        if value < 999.5 or factor == 1e9:
            text = QLocale().toString(value, "f", 1 if value < 10 else 0)  # 3.2 or 3,2
            return tr(unit).replace("%1", text)
    raise AssertionError("unreachable")  # pragma: no cover


def _int(value: object, limit: int) -> int:
    """A positive integer up to ``limit``; 0 for anything else (floats, bools, strings, huge)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= limit:
        return 0
    return value


def _caption(content: dict[str, Any]) -> str:
    """The text sent with the file (spec v1.10): ``body`` when a ``filename`` is given apart."""
    body, filename = content.get("body"), content.get("filename")
    if isinstance(body, str) and isinstance(filename, str) and body.strip() and body != filename:
        return body[:4000]
    return ""
