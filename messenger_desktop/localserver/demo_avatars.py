"""Pictures for the local demo, drawn with Pillow when the demo is set up (nothing is fetched from
anywhere): a simple portrait for each demo person and a picture for two of the groups, so the
conversation list, the header and the member list look like a real account's."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Final

from PIL import Image, ImageDraw

from ..api.client import MatrixApi
from ..api.ids import EventId, RoomId, UserId

SIDE: Final = 256
_SCALE: Final = 4
"""Drawn this many times larger, then scaled down: smooth edges without an anti-aliasing library."""

RGB = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Look:
    background: RGB
    skin: RGB
    hair: RGB
    shirt: RGB
    long_hair: bool = False
    beard: bool = False


LOOKS: Final[dict[str, Look]] = {
    "alice": Look((255, 204, 153), (241, 194, 160), (110, 62, 36), (38, 150, 140), long_hair=True),
    "bob": Look((150, 196, 250), (141, 90, 60), (30, 24, 22), (236, 120, 52)),
    "carol": Look((204, 178, 240), (232, 190, 150), (24, 22, 30), (245, 196, 60), long_hair=True),
    "dave": Look((176, 220, 160), (245, 206, 176), (196, 92, 40), (44, 62, 120), beard=True),
}


def portrait(look: Look, side: int = SIDE) -> bytes:
    """A head and shoulders on a plain background, as PNG; made for a round crop (the face sits
    in the middle, nothing important near the corners)."""
    big = side * _SCALE
    image = Image.new("RGB", (big, big), look.background)
    draw = ImageDraw.Draw(image)

    def box(left: float, top: float, right: float, bottom: float) -> tuple[int, int, int, int]:
        return (round(left * big), round(top * big), round(right * big), round(bottom * big))

    if look.long_hair:  # behind the head and down to the shoulders
        draw.rounded_rectangle(box(0.27, 0.2, 0.73, 0.74), radius=round(0.2 * big), fill=look.hair)
    draw.ellipse(box(0.14, 0.7, 0.86, 1.3), fill=look.shirt)  # shoulders
    draw.rectangle(box(0.44, 0.56, 0.56, 0.74), fill=look.skin)  # neck
    draw.ellipse(box(0.31, 0.22, 0.69, 0.66), fill=look.skin)  # face
    draw.chord(box(0.29, 0.16, 0.71, 0.58), 180, 360, fill=look.hair)  # hair on top
    if look.beard:
        draw.chord(box(0.31, 0.3, 0.69, 0.66), 0, 180, fill=look.hair)
        draw.ellipse(box(0.4, 0.48, 0.6, 0.56), fill=look.skin)  # the mouth's space
    for eye in (0.42, 0.58):
        draw.ellipse(box(eye - 0.018, 0.41, eye + 0.018, 0.445), fill=(40, 34, 30))
    draw.arc(box(0.44, 0.47, 0.56, 0.56), 20, 160, fill=(150, 60, 50), width=round(0.012 * big))  # a smile
    return _png(image, side)


def tent(side: int = SIDE) -> bytes:
    """The weekend trip: a tent under a sunset sky."""
    big = side * _SCALE
    image = Image.new("RGB", (big, big), (255, 183, 120))
    draw = ImageDraw.Draw(image)
    draw.ellipse((int(big * 0.58), int(big * 0.16), int(big * 0.82), int(big * 0.4)), fill=(255, 236, 170))
    draw.rectangle((0, int(big * 0.68), big, big), fill=(70, 140, 90))
    draw.polygon(
        [(big * 0.18, big * 0.78), (big * 0.5, big * 0.3), (big * 0.82, big * 0.78)], fill=(214, 84, 60)
    )
    draw.polygon(
        [(big * 0.43, big * 0.78), (big * 0.5, big * 0.55), (big * 0.57, big * 0.78)], fill=(90, 40, 36)
    )
    return _png(image, side)


def books(side: int = SIDE) -> bytes:
    """The book club: three books on a shelf."""
    big = side * _SCALE
    image = Image.new("RGB", (big, big), (120, 170, 210))
    draw = ImageDraw.Draw(image)
    draw.rectangle((int(big * 0.12), int(big * 0.74), int(big * 0.88), int(big * 0.8)), fill=(120, 78, 50))
    for left, top, colour in (
        (0.22, 0.28, (230, 80, 70)),
        (0.4, 0.34, (250, 210, 90)),
        (0.58, 0.24, (60, 90, 160)),
    ):
        draw.rectangle(
            (int(big * left), int(big * top), int(big * (left + 0.16)), int(big * 0.74)), fill=colour
        )
        draw.rectangle(
            (int(big * left), int(big * (top + 0.08)), int(big * (left + 0.16)), int(big * (top + 0.11))),
            fill=(250, 245, 235),
        )
    return _png(image, side)


def _png(image: Image.Image, side: int) -> bytes:
    out = io.BytesIO()
    image.resize((side, side), Image.Resampling.LANCZOS).save(out, "PNG", optimize=True)
    return out.getvalue()


async def set_person_avatar(api: MatrixApi, user: UserId, person: str) -> str:
    """Upload the demo person's portrait and make it their avatar; returns its ``mxc://`` URI."""
    uri = await api.upload(portrait(LOOKS[person]), "image/png", f"{person}.png")
    await api.set_avatar_url(user, uri)
    return uri


async def set_room_picture(api: MatrixApi, room: RoomId, picture: bytes, name: str) -> EventId:
    """Upload ``picture`` (PNG) and make it the room's avatar."""
    uri = await api.upload(picture, "image/png", name)
    info = {"mimetype": "image/png", "size": len(picture), "w": SIDE, "h": SIDE}
    return await api.send_state(room, "m.room.avatar", "", {"url": uri, "info": info})
