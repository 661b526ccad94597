"""What is sent when a user sends an image: no location or camera in it, upright, edited as in the
preview, in the format it came in; untouched when there is nothing to change."""

from __future__ import annotations

import io

import pytest
from PIL import Image, JpegImagePlugin

from messenger_desktop.media.images import ImageRefused, decode, prepare_for_upload, probe

from .image_samples import (
    BLUE,
    RED,
    WHITE,
    close,
    encode,
    exif_with,
    gif_with_frames,
    halves,
    icc_profile,
    marked,
    png_with_size,
)

GPS, MAKE, MODEL, ORIENTATION = 0x8825, 0x010F, 0x0110, 0x0112
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>'
    b"<rdf:Description>secret place</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def phone_photo() -> bytes:
    """A sideways (orientation 6) JPEG with GPS, make, model, XMP, a comment, an ICC profile
    and 4:4:4 chroma."""
    return encode(
        marked(40, 20),
        "JPEG",
        quality=95,
        subsampling=0,
        exif=exif_with(6, gps=True, camera=True),
        xmp=XMP,
        comment=b"taken at home",
        icc_profile=icc_profile(),
    )


def test_a_phone_photo_loses_location_and_camera_and_is_turned_upright() -> None:
    original = phone_photo()
    assert {GPS, MAKE, MODEL} <= set(opened(original).getexif())
    sent = prepare_for_upload(original)
    assert (sent.mime, sent.extension, sent.width, sent.height) == ("image/jpeg", "jpg", 20, 40)
    image = opened(sent.data)
    exif = image.getexif()
    assert GPS not in exif
    assert MAKE not in exif
    assert MODEL not in exif
    assert ORIENTATION not in exif
    assert "xmp" not in image.info
    assert "comment" not in image.info
    for secret in (b"Phonemaker", b"Phone 12", b"secret place", b"taken at home"):
        assert secret not in sent.data
    assert image.info["icc_profile"] == icc_profile()
    assert JpegImagePlugin.get_sampling(image) == 0
    assert image.size == (20, 40)
    assert close(image.convert("RGB").getpixel((17, 2)), RED)
    assert close(image.convert("RGB").getpixel((2, 2)), WHITE)
    assert sent.blurhash


def test_with_stripping_off_and_no_edit_the_bytes_are_untouched() -> None:
    original = phone_photo()
    sent = prepare_for_upload(original, strip_metadata=False)
    assert sent.data == original
    assert (sent.width, sent.height, sent.mime) == (20, 40, "image/jpeg")  # as shown
    assert (
        prepare_for_upload(original, strip_metadata=False, quarter_turns=4, crop=(0, 0, 1, 1)).data
        == original
    )


def test_with_stripping_off_an_edit_keeps_the_metadata_but_not_the_orientation() -> None:
    sent = prepare_for_upload(phone_photo(), strip_metadata=False, quarter_turns=1)
    image = opened(sent.data)
    exif = image.getexif()
    assert exif[MAKE] == "Phonemaker"
    assert ORIENTATION not in exif  # applied to the pixels: a viewer must not turn it again
    assert image.size == (40, 20)  # upright (20 × 40), then a quarter turn clockwise
    assert close(image.convert("RGB").getpixel((37, 17)), RED)


@pytest.mark.parametrize(
    ("turns", "size", "red_corner"),
    [
        (1, (20, 40), (17, 2)),
        (2, (40, 20), (37, 17)),
        (3, (20, 40), (2, 37)),
        (-1, (20, 40), (2, 37)),
        (5, (20, 40), (17, 2)),
    ],
)
def test_quarter_turns_go_clockwise(turns: int, size: tuple[int, int], red_corner: tuple[int, int]) -> None:
    sent = prepare_for_upload(encode(marked(40, 20), "PNG"), quarter_turns=turns)
    image = opened(sent.data)
    assert (sent.width, sent.height) == image.size == size
    assert image.convert("RGB").getpixel(red_corner) == RED


def test_a_crop_keeps_the_chosen_part_of_the_turned_image() -> None:
    sent = prepare_for_upload(encode(halves(40, 20), "PNG"), crop=(0.5, 0.0, 1.0, 1.0))
    image = opened(sent.data).convert("RGB")
    assert (sent.width, sent.height) == image.size == (20, 20)
    assert set(image.get_flattened_data()) == {BLUE}
    turned = prepare_for_upload(encode(halves(40, 20), "PNG"), quarter_turns=1, crop=(0.0, 0.0, 1.0, 0.25))
    image = opened(turned.data).convert("RGB")
    assert image.size == (20, 10)  # the top quarter of the 20 × 40 turned image: its red part
    assert set(image.get_flattened_data()) == {RED}


@pytest.mark.parametrize("crop", [(0.5, 0.0, 0.5, 1.0), (0.8, 0.0, 0.2, 1.0), (0.0, 0.0, float("nan"), 1.0)])
def test_a_crop_that_leaves_nothing_is_a_mistake(crop: tuple[float, float, float, float]) -> None:
    with pytest.raises(ValueError, match="leaves nothing"):
        prepare_for_upload(encode(halves(), "PNG"), crop=crop)


def test_a_png_stays_a_png_with_its_transparency() -> None:
    image = Image.new("RGBA", (10, 10), (0, 0, 255, 255))
    image.putpixel((0, 0), (0, 0, 0, 0))
    sent = prepare_for_upload(encode(image, "PNG", exif=exif_with(camera=True)))
    assert (sent.mime, sent.extension) == ("image/png", "png")
    back = opened(sent.data)
    assert back.format == "PNG"
    assert MAKE not in back.getexif()
    assert back.getpixel((0, 0))[3] == 0
    assert back.getpixel((5, 5)) == (0, 0, 255, 255)


def test_a_webp_stays_webp_and_lossless_if_it_was() -> None:
    lossless = prepare_for_upload(encode(halves(), "WEBP", lossless=True, exif=exif_with(camera=True)))
    assert (lossless.mime, lossless.extension) == ("image/webp", "webp")
    back = opened(lossless.data)
    assert MAKE not in back.getexif()
    assert b"VP8L" in lossless.data
    assert back.convert("RGB").getpixel((2, 2)) == RED
    lossy = prepare_for_upload(encode(halves(), "WEBP", quality=80))
    assert b"VP8L" not in lossy.data
    assert opened(lossy.data).format == "WEBP"


def test_an_animation_is_sent_unchanged_and_cannot_be_edited() -> None:
    data = gif_with_frames(50)
    sent = prepare_for_upload(data)
    assert sent.data == data
    assert (sent.mime, sent.extension, sent.width, sent.height) == ("image/gif", "gif", 8, 8)
    assert sent.blurhash
    with pytest.raises(ImageRefused, match="Animated"):
        prepare_for_upload(data, quarter_turns=1)
    with pytest.raises(ImageRefused, match="Animated"):
        prepare_for_upload(data, crop=(0.0, 0.0, 0.5, 0.5))


def test_an_animated_webp_loses_its_exif_chunk_but_keeps_its_frames() -> None:
    frames = [Image.new("RGB", (16, 16), colour) for colour in (RED, BLUE, RED)]
    data = encode(
        frames[0],
        "WEBP",
        save_all=True,
        append_images=frames[1:],
        duration=50,
        exif=exif_with(gps=True, camera=True),
    )
    assert b"Phonemaker" in data
    sent = prepare_for_upload(data)
    assert b"Phonemaker" not in sent.data
    assert b"EXIF" not in sent.data
    back = opened(sent.data)
    assert back.n_frames == 3
    assert MAKE not in back.getexif()
    assert probe(sent.data).frames == 3
    assert decode(sent.data).width == 16
    assert prepare_for_upload(data, strip_metadata=False).data == data


def test_a_gif_or_bmp_is_sent_as_is_and_becomes_png_when_edited() -> None:
    gif = encode(marked().convert("P"), "GIF")
    assert prepare_for_upload(gif).data == gif
    turned = prepare_for_upload(gif, quarter_turns=2)
    assert (turned.mime, turned.extension, turned.width, turned.height) == ("image/png", "png", 40, 20)
    assert opened(turned.data).convert("RGB").getpixel((37, 17)) == RED
    bmp = encode(marked(), "BMP")
    assert prepare_for_upload(bmp).data == bmp
    assert prepare_for_upload(bmp, crop=(0, 0, 0.5, 0.5)).mime == "image/png"


def test_what_cannot_be_shown_cannot_be_sent_as_an_image() -> None:
    with pytest.raises(ImageRefused, match="too large"):
        prepare_for_upload(png_with_size(100_000, 100_000), strip_metadata=False)
    with pytest.raises(ImageRefused, match="not an image"):
        prepare_for_upload(b"%PDF-1.7\n", strip_metadata=False)
