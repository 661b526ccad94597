"""What is sent when a user sends an image: by default without the metadata a photo carries
(EXIF with GPS position, camera make and model, XMP, IPTC, comments), its EXIF orientation
applied to the pixels so it still shows upright, and with the edits made in the preview (quarter
turns, crop). The ICC profile stays: without it the colours change.

A JPEG is re-encoded at quality 90 with its chroma subsampling, a PNG stays PNG (lossless), a
WebP stays WebP (lossless if it was). Animations are not re-encoded: they are sent as they are,
with the metadata chunks of a PNG or WebP taken out; they cannot be edited. GIF and BMP carry no
EXIF and are sent as they are unless edited (then they become PNG)."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any, Final

from PIL import ExifTags, Image, JpegImagePlugin

from messenger_desktop.media.image_chunks import without_metadata
from messenger_desktop.media.image_guard import (
    EXTENSIONS,
    ImageRefused,
    apply_orientation,
    frame_count,
    mime_of,
    opened,
    orientation,
    oriented_size,
    refusing,
)
from messenger_desktop.media.image_pixels import blurhash_of_image, displayable, first_frame

JPEG_QUALITY: Final = 90
ANIMATION_NOT_EDITABLE: Final = "Animated images can't be rotated or cropped."
_CLOCKWISE: Final = {
    1: Image.Transpose.ROTATE_270,
    2: Image.Transpose.ROTATE_180,
    3: Image.Transpose.ROTATE_90,
}
_PNG_MODES: Final = frozenset({"1", "L", "LA", "P", "RGB", "RGBA", "I;16"})
_BLURHASH_DRAFT: Final = 64


@dataclass(frozen=True, slots=True)
class PreparedImage:
    """The bytes to upload and what the event's ``info`` says about them (size as shown)."""

    data: bytes
    mime: str
    width: int
    height: int
    blurhash: str | None
    extension: str


def prepare_for_upload(
    data: bytes,
    *,
    strip_metadata: bool = True,
    quarter_turns: int = 0,
    crop: tuple[float, float, float, float] | None = None,
) -> PreparedImage:
    """``data`` ready to send. ``quarter_turns`` turns it clockwise by 90° steps; ``crop`` is
    (left, top, right, bottom) as fractions 0..1 of the turned image. With nothing to change and
    ``strip_metadata`` False the original bytes are returned. Raises :class:`ImageRefused` for an
    image that would be refused for display, and for an edit of an animation; ValueError for a
    crop that leaves nothing."""
    turns = quarter_turns % 4
    box = _crop_fractions(crop)
    edited = turns != 0 or box is not None
    with opened(data) as image:
        mime = mime_of(image)
        animated = frame_count(image, data) > 1
        if animated and edited:
            raise ImageRefused(ANIMATION_NOT_EDITABLE)
        if animated or (not edited and (not strip_metadata or image.format in ("GIF", "BMP"))):
            width, height = oriented_size(image)
            sent = without_metadata(data) if strip_metadata and animated else data
            with refusing():
                placeholder = blurhash_of_image(first_frame(image, _BLURHASH_DRAFT, _BLURHASH_DRAFT))
            return PreparedImage(sent, mime, width, height, placeholder, EXTENSIONS[mime])
        with refusing():
            return _reencoded(image, data, strip_metadata=strip_metadata, turns=turns, box=box)


def _reencoded(
    image: Image.Image,
    data: bytes,
    *,
    strip_metadata: bool,
    turns: int,
    box: tuple[float, float, float, float] | None,
) -> PreparedImage:
    turn = orientation(image)
    options: dict[str, Any] = {}
    if icc := image.info.get("icc_profile"):
        options["icc_profile"] = icc
    if not strip_metadata:
        exif = Image.Image.getexif(image)
        exif.pop(ExifTags.Base.Orientation, None)  # applied to the pixels below
        if exif:
            options["exif"] = exif.tobytes()
        if comment := image.info.get("comment"):
            options["comment"] = comment
    image_format = image.format
    if image_format in ("JPEG", "MPO"):
        image_format = "JPEG"
        options["quality"] = JPEG_QUALITY
        if (subsampling := JpegImagePlugin.get_sampling(image)) >= 0:
            options["subsampling"] = subsampling
    elif image_format == "WEBP":
        if _webp_is_lossless(data):
            options["lossless"] = True
        else:
            options["quality"] = JPEG_QUALITY
    else:
        image_format = "PNG"
        if (transparency := image.info.get("transparency")) is not None:
            options["transparency"] = transparency
    image.load()
    pixels = apply_orientation(image, turn)
    if turns:
        pixels = pixels.transpose(_CLOCKWISE[turns])
    if box is not None:
        pixels = pixels.crop(_pixel_box(box, pixels.size))
    pixels.info = {}  # what a save would carry over by itself (a JPEG's comment, XMP)
    if image_format == "PNG" and pixels.mode not in _PNG_MODES:
        pixels = displayable(pixels)
    out = io.BytesIO()
    pixels.save(out, image_format, **options)
    mime = Image.MIME[image_format]
    return PreparedImage(
        out.getvalue(), mime, pixels.width, pixels.height, blurhash_of_image(pixels), EXTENSIONS[mime]
    )


def _webp_is_lossless(data: bytes) -> bool:
    """Whether the WebP's picture is VP8L (lossless) rather than VP8: walks the RIFF chunks."""
    pos = 12
    while pos + 8 <= len(data):
        name = data[pos : pos + 4]
        if name == b"VP8L":
            return True
        if name == b"VP8 ":
            return False
        length = int.from_bytes(data[pos + 4 : pos + 8], "little")
        pos += 8 + length + (length & 1)
    return False


def _crop_fractions(
    crop: tuple[float, float, float, float] | None,
) -> tuple[float, float, float, float] | None:
    """The crop clamped to 0..1; None when it keeps the whole image."""
    if crop is None:
        return None
    left, top, right, bottom = (min(1.0, max(0.0, float(value))) for value in crop)
    if not all(math.isfinite(value) for value in crop) or left >= right or top >= bottom:
        raise ValueError(f"a crop of {crop} leaves nothing")
    if (left, top, right, bottom) == (0.0, 0.0, 1.0, 1.0):
        return None
    return left, top, right, bottom


def _pixel_box(box: tuple[float, float, float, float], size: tuple[int, int]) -> tuple[int, int, int, int]:
    width, height = size
    left = min(width - 1, round(box[0] * width))
    top = min(height - 1, round(box[1] * height))
    return left, top, max(left + 1, round(box[2] * width)), max(top + 1, round(box[3] * height))
