"""What is uploaded when a user sets an avatar: the picture's centred square, at most
:data:`AVATAR_SIDE` pixels a side, upright (EXIF orientation applied), as a new file that carries
none of the original's metadata (no GPS position, no camera).

Avatars are shown round and small everywhere, so the square is cut here rather than left to each
client, and a 20-megapixel photo is not uploaded to be shown at 48 pixels. An animation keeps its
first frame. PNG when the picture has transparency, JPEG otherwise."""

from __future__ import annotations

import io
from typing import Final

from PIL import Image

from messenger_desktop.media.image_guard import EXTENSIONS, opened, oriented_size, refusing
from messenger_desktop.media.image_pixels import blurhash_of_image, first_frame
from messenger_desktop.media.image_upload import JPEG_QUALITY, PreparedImage

AVATAR_SIDE: Final = 512
"""Sharp at the largest size an avatar is shown (a profile card, a call) on a 2× screen."""


def prepare_avatar(data: bytes, side: int = AVATAR_SIDE) -> PreparedImage:
    """``data``'s centred square, scaled down to ``side`` pixels (never up), ready to upload.
    Raises :class:`~messenger_desktop.media.image_guard.ImageRefused` for what is not an image
    that could be shown."""
    with opened(data) as image, refusing():
        width, height = oriented_size(image)
        short = min(width, height)
        # decode just big enough for the square to come out at ``side`` (JPEG draft mode helps)
        scale = min(1.0, side / short)
        pixels = first_frame(image, max(1, round(width * scale)), max(1, round(height * scale)))
        square = min(pixels.size)
        left, top = (pixels.width - square) // 2, (pixels.height - square) // 2
        pixels = pixels.crop((left, top, left + square, top + square))
        if square > side:
            pixels = pixels.resize((side, side), Image.Resampling.LANCZOS)
        transparent = pixels.mode in ("LA", "RGBA") and _min_alpha(pixels) < 255
        out = io.BytesIO()
        if transparent:
            pixels.save(out, "PNG", optimize=True)
            mime = "image/png"
        else:
            pixels.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY)
            mime = "image/jpeg"
        return PreparedImage(
            out.getvalue(), mime, pixels.width, pixels.height, blurhash_of_image(pixels), EXTENSIONS[mime]
        )


def _min_alpha(image: Image.Image) -> int:
    low = image.getchannel("A").getextrema()[0]  # one band: (min, max)
    return 0 if isinstance(low, tuple) else int(low)
