"""Images below the Qt layer, with Pillow: what a file is (:func:`probe`, header only), its pixels
for the screen (:func:`decode`, first frame, EXIF orientation applied, scaled down), blurhash
placeholders, and what is sent when a user sends a photo (:func:`prepare_for_upload`).

Every function takes bytes from anyone — a server, a sender, a file the user picked — and either
returns a result or raises :class:`ImageRefused` (the blurhash helpers return None): a hostile
file shows a placeholder, it never crashes the app or exhausts memory. They are pure and
thread-safe: call them off the UI thread (an executor), never on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from messenger_desktop.media.image_guard import (
    ALLOWED_FORMATS,
    MAX_ANIMATION_PIXELS,
    MAX_FRAMES_COUNTED,
    MAX_PIXELS,
    ImageRefused,
    frame_count,
    mime_of,
    opened,
    oriented_size,
    refusing,
)
from messenger_desktop.media.image_pixels import (
    BLURHASH_SIZE,
    blurhash_image,
    blurhash_of_image,
    first_frame,
    rgba_bytes,
)
from messenger_desktop.media.image_upload import PreparedImage, prepare_for_upload

__all__ = [
    "ALLOWED_FORMATS",
    "MAX_ANIMATION_PIXELS",
    "MAX_FRAMES_COUNTED",
    "MAX_PIXELS",
    "Decoded",
    "ImageRefused",
    "PreparedImage",
    "Probe",
    "blurhash_of",
    "decode",
    "decode_blurhash",
    "prepare_for_upload",
    "probe",
]


@dataclass(frozen=True, slots=True)
class Probe:
    """What the header says. ``width``/``height`` are as shown (after EXIF orientation);
    ``mime`` comes from the detected format, never from a file name or the event's ``info``;
    ``frames`` is counted up to :data:`MAX_FRAMES_COUNTED`."""

    width: int
    height: int
    mime: str
    frames: int

    @property
    def animated(self) -> bool:
        return self.frames > 1

    @property
    def playable(self) -> bool:
        """Whether every frame decoded fits :data:`MAX_ANIMATION_PIXELS` (a still image: always)."""
        return not self.animated or self.frames * self.width * self.height <= MAX_ANIMATION_PIXELS


@dataclass(frozen=True, slots=True)
class Decoded:
    """Straight (non-premultiplied) RGBA8888, row-major, stride ``4 * width``."""

    width: int
    height: int
    rgba: bytes


def probe(data: bytes) -> Probe:
    """The size, type and frame count of ``data`` from its header; no pixel is decoded."""
    with opened(data) as image:
        width, height = oriented_size(image)
        return Probe(width, height, mime_of(image), frame_count(image, data))


def decode(data: bytes, max_width: int = 0, max_height: int = 0, *, draft: bool = True) -> Decoded:
    """The first frame's pixels as shown (EXIF orientation applied), scaled down to fit
    ``max_width`` × ``max_height`` when they are positive. ``draft=False`` decodes a JPEG at
    full size before scaling (only for measuring what draft mode saves)."""
    with opened(data) as image, refusing():
        pixels = first_frame(image, max_width, max_height, draft=draft)
        return Decoded(pixels.width, pixels.height, rgba_bytes(pixels))


def blurhash_of(data: bytes) -> str | None:
    """The blurhash (4 × 3 components) of ``data``'s first frame, from a draft of at most
    64 pixels a side; None when the image is refused."""
    try:
        with opened(data) as image, refusing():
            return blurhash_of_image(first_frame(image, BLURHASH_SIZE, BLURHASH_SIZE))
    except (ImageRefused, ValueError):
        return None


def decode_blurhash(hash: str, width: int, height: int) -> Decoded | None:
    """The placeholder a blurhash describes, at most 64 pixels a side (it is scaled up on
    screen); None for anything that is not a blurhash. Never raises."""
    image = blurhash_image(hash, width, height)
    if image is None:
        return None
    return Decoded(image.width, image.height, image.tobytes())
