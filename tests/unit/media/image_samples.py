"""Images built with Pillow for the tests, honest and hostile: no binary fixture is committed."""

from __future__ import annotations

import functools
import io
import struct
import zlib
from typing import Any

from PIL import Image

RED = (255, 0, 0)
GREEN = (0, 255, 0)
BLUE = (0, 0, 255)
WHITE = (255, 255, 255)


def encode(image: Image.Image, image_format: str, **options: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, image_format, **options)
    return out.getvalue()


def marked(width: int = 40, height: int = 20, corner: tuple[int, int, int] = RED) -> Image.Image:
    """A white image with a ``corner``-coloured block in its top-left quarter: where that block
    ends up shows how the image was turned."""
    image = Image.new("RGB", (width, height), WHITE)
    image.paste(corner, (0, 0, width // 2, height // 2))
    return image


def halves(width: int = 40, height: int = 20) -> Image.Image:
    """Left half red, right half blue."""
    image = Image.new("RGB", (width, height), BLUE)
    image.paste(RED, (0, 0, width // 2, height))
    return image


def exif_with(orientation: int | None = None, *, gps: bool = False, camera: bool = False) -> Image.Exif:
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if camera:
        exif[0x010F] = "Phonemaker"  # Make
        exif[0x0110] = "Phone 12 Pro"  # Model
    if gps:
        exif[0x8825] = {1: "N", 2: (48.0, 51.0, 29.0), 3: "E", 4: (2.0, 17.0, 40.0)}
    return exif


def png_with_size(width: int, height: int) -> bytes:
    """A tiny real PNG whose IHDR claims ``width`` × ``height`` (the CRC made right): a
    decompression bomb's header without its gigabytes."""
    data = encode(Image.new("L", (8, 8)), "PNG")
    ihdr = bytearray(data[8 : 8 + 25])  # length, "IHDR", 13 bytes, CRC
    struct.pack_into(">II", ihdr, 8, width, height)
    struct.pack_into(">I", ihdr, 21, zlib.crc32(bytes(ihdr[4:21])))
    return data[:8] + bytes(ihdr) + data[33:]


def png_claiming_frames(width: int, height: int, frames: int) -> bytes:
    """A still PNG whose animation control chunk (APNG's acTL) claims ``frames`` frames."""
    data = encode(Image.new("RGB", (width, height), RED), "PNG")
    payload = b"acTL" + struct.pack(">II", frames, 0)
    chunk = struct.pack(">I", 8) + payload + struct.pack(">I", zlib.crc32(payload))
    return data[:33] + chunk + data[33:]  # after the signature and IHDR


def gif_with_frames(count: int) -> bytes:
    """An animated 8×8 GIF with ``count`` frames: Pillow writes three, the last two are repeated
    (writing thousands with Pillow takes seconds)."""
    frames = [Image.new("P", (8, 8), index) for index in (0, 1, 0)]
    for frame in frames:
        frame.putpalette([*RED, *BLUE] + [0] * 762)
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=20, loop=0)
    starts = []
    pos = data.find(b"\x21\xf9\x04")
    while pos != -1:
        starts.append(pos)
        pos = data.find(b"\x21\xf9\x04", pos + 1)
    assert len(starts) == 3, starts  # one graphic control extension per frame
    assert data.endswith(b";")
    pair = data[starts[1] : -1]
    head = data[: starts[1]]
    repeats, odd = divmod(count - 1, 2)
    return head + pair * repeats + (data[starts[1] : starts[2]] if odd else b"") + b";"


@functools.cache
def icc_profile() -> bytes:
    """One sRGB profile for the whole run: a new one carries the time it was made (its header's
    date field), so two made a second apart differ and a comparison failed now and then."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def close(pixel: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=False))


def rgba_at(rgba: bytes, width: int, x: int, y: int) -> tuple[int, int, int, int]:
    offset = 4 * (y * width + x)
    r, g, b, a = rgba[offset : offset + 4]
    return r, g, b, a
