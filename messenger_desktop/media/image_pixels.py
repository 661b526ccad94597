"""From an opened image to the pixels shown: the first frame, turned as its EXIF says, scaled
down to fit a box (JPEG's draft mode lets libjpeg decode at 1/2, 1/4 or 1/8 scale, so a
20-megapixel photo is never decoded whole for a thumbnail), in one of the few modes that convert
to RGBA correctly. And blurhash, both ways, on tiny images."""

from __future__ import annotations

from typing import Final

import blurhash
from PIL import Image

from messenger_desktop.media.image_guard import apply_orientation, orientation, swaps_sides

BLURHASH_SIZE: Final = 64
"""Blurhashes are computed on, and decoded to, at most this many pixels a side."""
BLURHASH_COMPONENTS: Final = (4, 3)
_BLURHASH_MAX_CHARS: Final = 100
_BASE83_DIGITS: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~"
_BASE83: Final = frozenset(_BASE83_DIGITS)
_FLAT_BACKGROUND: Final = (128, 128, 128, 255)
"""Transparent pixels are flattened on mid grey for a blurhash: it reads in light and dark themes."""


def fit(size: tuple[int, int], max_width: int, max_height: int) -> tuple[int, int]:
    """``size`` scaled down (never up), keeping its aspect ratio, to fit ``max_width`` ×
    ``max_height``; a bound of 0 or less does not constrain."""
    width, height = size
    scale = 1.0
    if max_width > 0:
        scale = min(scale, max_width / width)
    if max_height > 0:
        scale = min(scale, max_height / height)
    if scale >= 1.0:
        return size
    return max(1, round(width * scale)), max(1, round(height * scale))


def first_frame(
    image: Image.Image, max_width: int = 0, max_height: int = 0, *, draft: bool = True
) -> Image.Image:
    """The first frame as shown, fitted to the box, in mode L, LA, RGB or RGBA. Decodes: call
    inside :func:`~messenger_desktop.media.image_guard.refusing`."""
    turn = orientation(image)
    width, height = fit(
        (image.height, image.width) if swaps_sides(turn) else image.size, max_width, max_height
    )
    target = (height, width) if swaps_sides(turn) else (width, height)
    if draft and target != image.size:
        image.draft(None, target)  # JPEG only; other formats ignore it
    image.load()
    pixels = displayable(image)
    if pixels.size != target:
        pixels = pixels.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    return apply_orientation(pixels, turn)


def displayable(image: Image.Image) -> Image.Image:
    """``image`` in L, LA, RGB or RGBA: modes that resize with proper filtering (palette images
    resize with nearest neighbour) and convert to RGBA without surprises (16-bit grey would be
    clipped rather than scaled)."""
    mode = image.mode
    if mode in ("L", "LA", "RGB", "RGBA"):
        return image
    if mode == "I" or mode.startswith("I;16"):
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if mode in ("P", "PA"):
        return image.convert("RGBA")
    if mode == "1":
        return image.convert("L")
    return image.convert("RGB")  # CMYK, YCbCr, LAB, HSV


def rgba_bytes(image: Image.Image) -> bytes:
    """Straight RGBA8888, row-major, stride 4 × width."""
    return (image if image.mode == "RGBA" else image.convert("RGBA")).tobytes()


def blurhash_of_image(image: Image.Image) -> str:
    """The blurhash of an already decoded image (scaled down to :data:`BLURHASH_SIZE` first)."""
    small = displayable(image)
    if max(small.size) > BLURHASH_SIZE:
        small = small.resize(fit(small.size, BLURHASH_SIZE, BLURHASH_SIZE), Image.Resampling.BOX)
    if small.mode in ("LA", "RGBA"):
        flat = Image.new("RGBA", small.size, _FLAT_BACKGROUND)
        flat.alpha_composite(small.convert("RGBA"))
        small = flat
    encoded = blurhash.encode(small.convert("RGB"), *BLURHASH_COMPONENTS)
    assert isinstance(encoded, str)
    return encoded


def blurhash_image(hash: str, width: int, height: int) -> Image.Image | None:
    """The image a blurhash from the network describes, ``width`` × ``height`` clamped to
    1..:data:`BLURHASH_SIZE`; None for anything that is not a well-formed blurhash."""
    if not isinstance(hash, str) or not 6 <= len(hash) <= _BLURHASH_MAX_CHARS:
        return None
    if not _BASE83.issuperset(hash):
        return None
    size_flag = _BASE83_DIGITS.index(hash[0])
    x_components, y_components = size_flag % 9 + 1, size_flag // 9 + 1
    if len(hash) != 4 + 2 * x_components * y_components:
        return None
    try:
        width = max(1, min(BLURHASH_SIZE, int(width)))
        height = max(1, min(BLURHASH_SIZE, int(height)))
        decoded = blurhash.decode(hash, width, height)
        assert isinstance(decoded, Image.Image)
        return decoded.convert("RGBA")  # a copy: the decoded buffer belongs to the C library
    except Exception:  # a library on data from the network: nothing may escape
        return None
