"""The picture of a desktop notification: found from the address the list shows (only an avatar's,
checked again), through the media loader (a slow, failing or refused picture is simply none), and
sent over D-Bus as the spec's ``image-data``: small, straight RGBA rows.

The network is a ``fetch`` function; the loader, its disk cache and the decoder are real."""

from __future__ import annotations

import asyncio
import io
import time
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage

from messenger_desktop.api.ids import UserId
from messenger_desktop.api.mxc import Mxc
from messenger_desktop.media.disk_cache import DiskCache
from messenger_desktop.media.loader import MediaLoader, MediaRequest
from messenger_desktop.qt.media_images import AVATAR_SIZE, avatar_mxc, avatar_url, circular, thumb_url
from messenger_desktop.qt.notification_pictures import NotificationPictures
from messenger_desktop.qt.platform.freedesktop import PICTURE_SIDE, image_data
from messenger_desktop.qt.rooms_model import RoomsModel

BOB = "mxc://example.org/bob"
DAMAGED = "mxc://example.org/damaged"
SLOW = "mxc://example.org/slow"


def test_an_avatar_address_gives_back_its_mxc() -> None:
    assert avatar_mxc(avatar_url("mxc://example.org:8448/abc_DEF-1")) == Mxc("example.org:8448", "abc_DEF-1")
    assert avatar_mxc(avatar_url("mxc://[::1]:8008/x")) == Mxc("[::1]:8008", "x")


@pytest.mark.parametrize(
    "source",
    [
        "",  # no picture: the initials
        thumb_url(Mxc("example.org", "abc"), 96, 96),  # not an avatar
        "image://media/avatar/example.org/abc/96",
        "image://media/avatar/example.org/..%2F..%2Fadmin",  # crafted: refused like any mxc
        "image://other/avatar/example.org/abc",
        "mxc://example.org/abc",
    ],
)
def test_anything_else_is_no_picture(source: str) -> None:
    assert avatar_mxc(source) is None


def _pixel(hint: tuple[str, tuple[int, int, int, bool, int, int, bytes]], x: int, y: int) -> tuple[int, ...]:
    _signature, (_width, _height, stride, *_rest, data) = hint
    return tuple(data[y * stride + 4 * x : y * stride + 4 * x + 4])


def test_a_circular_avatar_goes_as_straight_rgba_with_see_through_corners() -> None:
    square = QImage(96, 96, QImage.Format.Format_RGB32)
    square.fill(QColor(200, 40, 160))
    hint = image_data(circular(square))  # premultiplied, as the avatars are painted
    signature, (width, height, stride, has_alpha, bits, channels, data) = hint
    assert signature == "(iiibiiay)"
    assert (width, height, has_alpha, bits, channels) == (96, 96, True, 8, 4)
    assert stride >= 4 * width and len(data) == stride * height
    assert _pixel(hint, 48, 48) == (200, 40, 160, 255)
    assert _pixel(hint, 0, 0)[3] == 0
    red, green, blue, alpha = _pixel(hint, 40, 0)  # on the anti-aliased rim: half see-through...
    assert 0 < alpha < 255
    assert abs(red - 200) <= 3 and abs(green - 40) <= 3 and abs(blue - 160) <= 3  # ...not darkened


def test_a_big_picture_is_made_small_keeping_its_shape() -> None:
    wide = QImage(400, 200, QImage.Format.Format_ARGB32)
    wide.fill(QColor(10, 20, 30, 128))
    _signature, (width, height, _stride, *_rest, _data) = image_data(wide)
    assert (width, height) == (PICTURE_SIDE, PICTURE_SIDE // 2)
    assert _pixel(image_data(wide), 10, 10) == (10, 20, 30, 128)


def _png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (AVATAR_SIZE, AVATAR_SIZE), colour).save(out, "PNG")
    return out.getvalue()


class _Network:
    """The server's crop thumbnails; the slow one is held until ``release``."""

    def __init__(self) -> None:
        self.release = asyncio.Event()

    async def fetch(self, request: MediaRequest) -> bytes:
        if str(request.mxc) == SLOW:
            await self.release.wait()
        return {BOB: _png((200, 40, 160)), SLOW: _png((20, 200, 60)), DAMAGED: _png((0, 0, 0))[:60]}[
            str(request.mxc)
        ]


def test_the_picture_comes_from_the_loader_and_a_bad_or_slow_one_is_none(tmp_path: Path) -> None:
    async def scenario() -> None:
        network = _Network()
        loader = MediaLoader(network.fetch, DiskCache(tmp_path / "media"))
        pictures = NotificationPictures(lambda: loader, RoomsModel(UserId("@me:example.org")), wait=0.2)
        try:
            assert pictures.of_source("") is None  # the initials: nothing to wait for
            assert pictures.of_room("!unknown:example.org") is None

            loading = pictures.of_source(avatar_url(BOB))
            assert loading is not None
            picture = await loading
            assert picture is not None and (picture.width(), picture.height()) == (AVATAR_SIZE, AVATAR_SIZE)
            assert picture.pixelColor(48, 48).getRgb() == (200, 40, 160, 255)
            assert picture.pixelColor(0, 0).alpha() == 0  # the avatars' circle

            damaged = pictures.of_source(avatar_url(DAMAGED))
            assert damaged is not None and await damaged is None  # refused: no picture, no exception

            started = time.monotonic()
            slow = pictures.of_source(avatar_url(SLOW))
            assert slow is not None and await slow is None
            assert time.monotonic() - started < 1.0  # the notification went out without it
            network.release.set()
            await loader.idle()  # the download went on without anyone waiting...
            again = pictures.of_source(avatar_url(SLOW))
            assert again is not None and await again is not None  # ...for the next notification
        finally:
            loader.close()

    asyncio.run(scenario())


def test_signed_out_there_is_no_picture() -> None:
    pictures = NotificationPictures(lambda: None, RoomsModel(UserId("@me:example.org")))
    assert pictures.of_source(avatar_url(BOB)) is None
