"""Audio and video files being sent: how long they last, how large a video is, and a still for its
thumbnail — what a receiver needs to lay the message out before anything downloads.

Read with PyAV (FFmpeg), in an executor; PyAV is imported on first use. Nothing here trusts the
file: whatever FFmpeg cannot read, or reads as nonsense (a negative or absurd duration, a video of
a billion pixels), is left out rather than raised — the file is still sent, just without it.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from .image_guard import MAX_PIXELS

log = logging.getLogger(__name__)

MAX_DURATION_MS = 7 * 24 * 3600 * 1000
"""Longer than this is a broken header, not a recording."""
MAX_SIDE = 16_384
THUMBNAIL_SIDE = 800
"""The longest side of a video's thumbnail."""
THUMBNAIL_QUALITY = 80
MAX_PACKETS = 500
"""Packets read looking for the first picture before giving up (a file with no decodable one)."""


@dataclass(frozen=True, slots=True)
class ClipInfo:
    """What could be read of an audio or video file (0: unknown)."""

    duration_ms: int = 0
    width: int = 0
    height: int = 0

    @property
    def has_picture(self) -> bool:
        return self.width > 0 and self.height > 0


@dataclass(frozen=True, slots=True)
class Still:
    """A video's first picture as a JPEG."""

    data: bytes
    width: int
    height: int


def probe(data: bytes) -> ClipInfo:
    """The duration of an audio or video file and a video's size; :class:`ClipInfo` ``()`` when
    FFmpeg cannot read it."""
    import av  # loaded when a recording is sent, not with the app

    try:
        with av.open(io.BytesIO(data), "r") as container:
            duration = _duration_ms(container)
            width = height = 0
            if container.streams.video:
                context = container.streams.video[0].codec_context
                width, height = context.width or 0, context.height or 0
                if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE) or width * height > MAX_PIXELS:
                    width = height = 0
            return ClipInfo(duration, width, height)
    except (av.FFmpegError, OSError, ValueError, IndexError) as error:
        log.debug("not a readable recording: %s", error)
        return ClipInfo()


def _duration_ms(container: object) -> int:
    """The container's duration, else its first stream's; 0 when neither is believable."""
    duration = getattr(container, "duration", None)  # microseconds
    if isinstance(duration, int) and duration > 0:
        ms = duration // 1000
    else:
        ms = 0
        streams = getattr(container, "streams", None)
        for stream in getattr(streams, "audio", ()) or getattr(streams, "video", ()):
            if stream.duration and stream.time_base:
                ms = int(stream.duration * stream.time_base * 1000)
                break
    return ms if 0 < ms <= MAX_DURATION_MS else 0


def still(data: bytes, max_side: int = THUMBNAIL_SIDE) -> Still | None:
    """The first picture of a video, at most ``max_side`` on its longest side, as a JPEG; None
    when there is no picture that can be decoded safely."""
    import av

    try:
        with av.open(io.BytesIO(data), "r") as container:
            if not container.streams.video:
                return None
            stream = container.streams.video[0]
            context = stream.codec_context
            if not context.width or not context.height or context.width * context.height > MAX_PIXELS:
                return None
            for count, packet in enumerate(container.demux(stream)):
                if count >= MAX_PACKETS:
                    return None
                for frame in packet.decode():
                    return _jpeg(frame.to_image(), max_side)  # type: ignore[no-untyped-call]
    except (av.FFmpegError, OSError, ValueError, IndexError) as error:
        log.debug("no still from this video: %s", error)
    return None


def _jpeg(image: object, max_side: int) -> Still:
    from PIL import Image

    assert isinstance(image, Image.Image)
    picture = image.convert("RGB")
    picture.thumbnail((max_side, max_side))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=THUMBNAIL_QUALITY)
    return Still(out.getvalue(), picture.width, picture.height)
