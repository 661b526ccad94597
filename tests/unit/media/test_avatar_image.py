"""What is uploaded as an avatar: the centred square, upright, small, with no metadata; what is
not a picture is refused."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from messenger_desktop.media.avatar_image import AVATAR_SIDE, prepare_avatar
from messenger_desktop.media.images import ImageRefused

from .image_samples import BLUE, RED, WHITE, close, encode, exif_with, png_with_size

GPS = 0x8825


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def three_bands(width: int = 300, height: int = 100) -> Image.Image:
    """Red, white and blue thirds side by side: the centred square is the white one."""
    image = Image.new("RGB", (width, height), WHITE)
    image.paste(RED, (0, 0, width // 3, height))
    image.paste(BLUE, (2 * width // 3, 0, width, height))
    return image


def test_a_wide_picture_becomes_its_centred_square() -> None:
    prepared = prepare_avatar(encode(three_bands(), "PNG"))
    assert (prepared.width, prepared.height, prepared.mime) == (100, 100, "image/jpeg")
    picture = opened(prepared.data).convert("RGB")
    assert picture.size == (100, 100)
    assert all(close(picture.getpixel((x, 50)), WHITE) for x in (2, 50, 97))  # type: ignore[arg-type]


def test_a_big_photo_is_made_small_upright_and_without_its_location() -> None:
    # a sideways phone photo (orientation 6: turn it clockwise to see it) with a GPS position
    photo = Image.new("RGB", (3000, 2000), WHITE)
    photo.paste(RED, (0, 0, 1500, 2000))  # the left half as stored is the top half as shown
    data = encode(photo, "JPEG", exif=exif_with(6, gps=True, camera=True), quality=80)
    prepared = prepare_avatar(data)
    assert (prepared.width, prepared.height) == (AVATAR_SIDE, AVATAR_SIDE)
    picture = opened(prepared.data)
    assert not picture.getexif() and GPS not in picture.getexif()
    rgb = picture.convert("RGB")
    assert close(rgb.getpixel((AVATAR_SIDE // 2, 10)), RED)  # type: ignore[arg-type]
    assert close(rgb.getpixel((AVATAR_SIDE // 2, AVATAR_SIDE - 10)), WHITE)  # type: ignore[arg-type]


def test_transparency_stays_as_png() -> None:
    logo = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    logo.paste((255, 0, 0, 255), (16, 16, 48, 48))
    prepared = prepare_avatar(encode(logo, "PNG"))
    assert prepared.mime == "image/png" and prepared.extension == "png"
    assert opened(prepared.data).convert("RGBA").getpixel((0, 0))[3] == 0  # type: ignore[index]


def test_what_is_not_a_picture_is_refused() -> None:
    with pytest.raises(ImageRefused):
        prepare_avatar(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    with pytest.raises(ImageRefused):
        prepare_avatar(png_with_size(100_000, 100_000))
