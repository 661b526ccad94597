"""Pictures added to a pack are made sticker-sized: a big photo is scaled into 512 px and sent as
PNG with its transparency; a small one is sent as it is (metadata stripped); a non-picture is
refused with a sentence."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from messenger_desktop.media.image_guard import ImageRefused
from messenger_desktop.media.pack_image import PACK_SIDE, prepare_pack_image


def _png(size: tuple[int, int], mode: str = "RGBA") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (10, 200, 30, 128) if mode == "RGBA" else (10, 200, 30)).save(out, "PNG")
    return out.getvalue()


def test_a_big_picture_is_scaled_into_the_pack_side_keeping_transparency() -> None:
    prepared = prepare_pack_image(_png((2000, 1000)))
    assert (prepared.width, prepared.height, prepared.mime) == (PACK_SIDE, 256, "image/png")
    with Image.open(io.BytesIO(prepared.data)) as image:
        assert image.size == (PACK_SIDE, 256)
        assert image.mode == "RGBA" and image.getpixel((10, 10))[3] == 128


def test_a_small_picture_keeps_its_size() -> None:
    prepared = prepare_pack_image(_png((200, 120), "RGB"))
    assert (prepared.width, prepared.height) == (200, 120)


def test_text_is_refused() -> None:
    with pytest.raises(ImageRefused):
        prepare_pack_image(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
