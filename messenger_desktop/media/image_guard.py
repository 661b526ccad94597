"""Opening image bytes from strangers without trusting them: the format is sniffed from the bytes
and limited to :data:`ALLOWED_FORMATS`, the pixel count is checked from the header before a pixel
is decoded, and every way Pillow reports a bad file becomes :class:`ImageRefused` with one short
sentence for the user.

What a sender controls: the bytes (a PNG header can claim 100000×100000, a GIF can hold 100000
frames, an "image.png" can be HTML or SVG) and the event's ``info`` (which is never read here).
"""

from __future__ import annotations

import io
import struct
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

from PIL import ExifTags, Image, UnidentifiedImageError

MAX_PIXELS: int = 64_000_000
"""width × height above this is refused before decoding: 256 MB as RGBA, a 64-megapixel photo."""
MAX_ANIMATION_PIXELS: int = 400_000_000
"""frames × width × height of an animation we are willing to play."""
MAX_FRAMES_COUNTED: Final = 10_000
"""Frames are counted up to this many: a GIF of 100000 one-pixel frames is not walked to its end."""
ALLOWED_FORMATS: Final = ("JPEG", "PNG", "GIF", "WEBP", "BMP")
"""Pillow formats we decode. Not SVG (scripts, external references), not TIFF/PSD/EPS/ICO and
the other plugins: less common decoders are where the bugs are."""

MIME_TYPES: Final = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",  # a phone's JPEG with a second picture (depth, preview) after the first
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
    "BMP": "image/bmp",
}
EXTENSIONS: Final = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/bmp": "bmp",
}

NOT_AN_IMAGE: Final = "This file is not an image that can be shown."
TOO_LARGE: Final = "This image is too large to show."
DAMAGED: Final = "This image is damaged."

_DAMAGED_ERRORS = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    struct.error,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
    MemoryError,
    RuntimeError,  # NotImplementedError for a feature a decoder lacks
)
"""What Pillow's decoders raise on bytes they cannot make sense of."""

_SWAPS_SIDES: Final = frozenset({5, 6, 7, 8})
_TRANSPOSE: Final = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

# Our own check (:func:`opened`) refuses anything over MAX_PIXELS, below Pillow's warning
# threshold: its warning would only be noise (where filters turn it into an error, refusing()
# makes it ImageRefused). ``catch_warnings`` is not thread-safe (decoding runs in a pool), so
# the filter is set once, for this one category.
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
# blurhash-python reads pixels with Image.getdata, deprecated in Pillow 13.
warnings.filterwarnings(
    "ignore", message=r".*getdata is deprecated", category=DeprecationWarning, module=r"blurhash"
)


class ImageRefused(Exception):
    """The image is not shown or sent; :attr:`reason` says why in one sentence for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@contextmanager
def refusing() -> Iterator[None]:
    """Every failure of Pillow inside the block becomes :class:`ImageRefused`."""
    try:
        yield
    except ImageRefused:
        raise
    except UnidentifiedImageError as error:
        raise ImageRefused(NOT_AN_IMAGE) from error
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageRefused(TOO_LARGE) from error
    except _DAMAGED_ERRORS as error:
        raise ImageRefused(DAMAGED) from error


@contextmanager
def opened(data: bytes) -> Iterator[Image.Image]:
    """``data`` opened from its header only (nothing decoded yet), within the pixel budget.
    Only the opening is guarded: decode inside :func:`refusing`."""
    if not data:
        raise ImageRefused(NOT_AN_IMAGE)
    with refusing():
        image = Image.open(io.BytesIO(data), formats=list(ALLOWED_FORMATS))
    with image:
        width, height = image.size
        if width <= 0 or height <= 0:
            raise ImageRefused(DAMAGED)
        if width * height > MAX_PIXELS:
            raise ImageRefused(TOO_LARGE)
        if image.format not in MIME_TYPES:
            raise ImageRefused(NOT_AN_IMAGE)
        yield image


def mime_of(image: Image.Image) -> str:
    return MIME_TYPES[image.format or ""]


def orientation(image: Image.Image) -> int:
    """The EXIF (or XMP) orientation, 1..8, from what the header holds. Read before decoding,
    so a PNG's ``eXIf`` after its pixels is ignored (the PNG spec puts it before them) and
    probe, decode and upload all agree."""
    try:
        value = Image.Image.getexif(image).get(ExifTags.Base.Orientation, 1)
    except (*_DAMAGED_ERRORS, UserWarning):  # Pillow warns of corrupt EXIF; filters may raise it
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def oriented_size(image: Image.Image) -> tuple[int, int]:
    """The size as shown: a portrait phone photo stored sideways is portrait."""
    width, height = image.size
    return (height, width) if orientation(image) in _SWAPS_SIDES else (width, height)


def swaps_sides(turn: int) -> bool:
    return turn in _SWAPS_SIDES


def apply_orientation(image: Image.Image, turn: int) -> Image.Image:
    """``image`` turned (and mirrored) as its EXIF orientation ``turn`` says."""
    method = _TRANSPOSE.get(turn)
    return image.transpose(method) if method is not None else image


def frame_count(image: Image.Image, data: bytes) -> int:
    """How many frames, at most :data:`MAX_FRAMES_COUNTED`. A JPEG with a second picture (MPO)
    is one frame: the rest are not shown in turn."""
    if image.format == "GIF":
        return _gif_frames(data)
    if image.format in ("JPEG", "MPO"):
        return 1
    with refusing():
        frames = getattr(image, "n_frames", 1)
    return max(1, min(frames, MAX_FRAMES_COUNTED)) if isinstance(frames, int) else 1


def _gif_frames(data: bytes) -> int:
    """Counts image descriptors by walking the GIF's blocks (Pillow's ``n_frames`` walks every
    frame: 100000 of them take a second). Stops at :data:`MAX_FRAMES_COUNTED` or at the first
    byte that makes no sense."""
    size = len(data)
    if size < 13:
        return 1
    pos = 13
    if data[10] & 0x80:
        pos += 3 << ((data[10] & 7) + 1)
    frames = 0
    while pos < size and frames < MAX_FRAMES_COUNTED:
        block = data[pos]
        if block == 0x2C:  # image descriptor
            if pos + 10 > size:
                break
            packed = data[pos + 9]
            pos += 10
            if packed & 0x80:
                pos += 3 << ((packed & 7) + 1)
            pos += 1  # LZW minimum code size
            frames += 1
        elif block == 0x21:  # extension: label, then data sub-blocks
            pos += 2
        else:  # 0x3B trailer, or garbage
            break
        while pos < size and data[pos]:
            pos += data[pos] + 1
        pos += 1
    return max(1, frames)
