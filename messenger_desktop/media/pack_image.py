"""A picture the user adds to a sticker or emoji pack, made the size stickers are.

Stickers show at most 256 logical pixels (512 on a HiDPI screen) and emoticons at text height, so
a 12-megapixel photo added to a pack is scaled down to fit :data:`PACK_SIDE` and sent as PNG
(transparency kept); a picture that already fits is sent as :func:`prepare_for_upload` makes it
(metadata stripped). Animations are kept as they are — they are the point of an animated sticker —
unless over :data:`MAX_ANIMATION_BYTES`.
"""

from __future__ import annotations

import io
from typing import Final

from .image_guard import ImageRefused, opened, refusing
from .image_pixels import first_frame
from .image_upload import PreparedImage, prepare_for_upload

PACK_SIDE: Final = 512
MAX_ANIMATION_BYTES: Final = 4 << 20
ANIMATION_TOO_BIG: Final = "This animation is too large for a sticker."


def prepare_pack_image(data: bytes) -> PreparedImage:
    """``data`` ready to upload into a pack. Raises :class:`ImageRefused` with a sentence."""
    prepared = prepare_for_upload(data, strip_metadata=True)
    if max(prepared.width, prepared.height) <= PACK_SIDE:
        return prepared
    with opened(prepared.data) as image:
        if getattr(image, "is_animated", False):
            if len(prepared.data) > MAX_ANIMATION_BYTES:
                raise ImageRefused(ANIMATION_TOO_BIG)
            return prepared
        with refusing():
            small = first_frame(image, PACK_SIDE, PACK_SIDE)
    out = io.BytesIO()
    if small.mode not in ("RGBA", "RGB", "L", "LA"):  # pragma: no cover - first_frame's modes
        small = small.convert("RGBA")
    small.save(out, format="PNG", optimize=False)
    return PreparedImage(out.getvalue(), "image/png", small.width, small.height, prepared.blurhash, "png")
