"""Avatars as the models hand them to QML: one ``image://media/avatar/…`` address per person or
room (none for what is not a valid ``mxc://``), in every list that shows an avatar; and the image
provider answering many rows at different sizes with one fetch and one decode, cut round."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from messenger_desktop.api.client import SearchResult
from messenger_desktop.api.events import EventKind
from messenger_desktop.api.ids import RoomId, UserId
from messenger_desktop.media.disk_cache import DiskCache
from messenger_desktop.media.loader import MediaLoader, MediaRequest
from messenger_desktop.qt.formatting import avatar_color
from messenger_desktop.qt.media_images import AVATAR_SIZE, MediaImages, avatar_url, circular
from messenger_desktop.qt.members_model import MembersModel
from messenger_desktop.qt.quick_switcher import person_candidate, room_candidate
from messenger_desktop.qt.rooms_model import ROLES, RoomsModel
from messenger_desktop.qt.search_model import make_row
from messenger_desktop.qt.timeline_source import ReadState
from messenger_desktop.store.members import Member
from messenger_desktop.store.people import Person
from tests.ui.shell import until
from tests.ui.test_models import BOB, ME, FakeSource, event, opened, summary

AVATAR = "mxc://example.org/abcDEF_12-3"
SHOWN = "image://media/avatar/example.org/abcDEF_12-3"


def test_an_mxc_avatar_becomes_one_address_and_anything_else_none() -> None:
    assert avatar_url(AVATAR) == SHOWN
    assert avatar_url("mxc://[::1]:8448/pic") == "image://media/avatar/%5B%3A%3A1%5D%3A8448/pic"
    for bad in (
        "",
        "https://example.org/a.png",
        "mxc://example.org/../../account",
        "mxc://hs/a b",
        "mxc://hs",
    ):
        assert avatar_url(bad) == "", bad


def test_a_picture_is_cut_to_a_circle_with_a_soft_edge() -> None:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 30))
    round_picture = circular(image)
    assert (round_picture.width(), round_picture.height()) == (80, 80)
    assert round_picture.pixelColor(0, 0).alpha() == 0  # corners are transparent
    assert round_picture.pixelColor(40, 40).alpha() == 255
    assert round_picture.pixelColor(40, 40).red() > 190
    edge = [round_picture.pixelColor(x, 40).alpha() for x in range(3)]
    assert any(0 < alpha < 255 for alpha in edge), edge  # anti-aliased, not a staircase


def test_the_room_list_shows_a_rooms_avatar_and_tells_groups_apart() -> None:
    model = RoomsModel(ME)
    model.load(
        [
            summary("!g", 300, "Team", avatar_url=AVATAR, explicit_name=True, joined_count=5),
            summary("!dm", 200, "Bob", avatar_url="mxc://example.org/bob", is_direct=True, joined_count=2),
            summary("!bad", 100, "Odd", avatar_url="mxc://example.org/../x", explicit_name=True),
        ]
    )
    rows = [
        {role: model.data(model.index(i), ROLES[role]) for role in ("roomId", "avatarSource", "isGroup")}
        for i in range(model.rowCount())
    ]
    assert rows == [
        {"roomId": "!g", "avatarSource": SHOWN, "isGroup": True},
        {"roomId": "!dm", "avatarSource": "image://media/avatar/example.org/bob", "isGroup": False},
        {"roomId": "!bad", "avatarSource": "", "isGroup": True},
    ]
    assert model.choices("tea") == [
        {"roomId": "!g", "name": "Team", "initials": "T", "color": avatar_color("!g"), "avatar": SHOWN}
    ]
    row = model.row_for("!dm")
    assert row is not None and room_candidate(row, 0).values[-1] == "image://media/avatar/example.org/bob"


def test_members_people_and_search_results_carry_avatars() -> None:
    members = MembersModel(ME)
    members.load([Member(UserId(BOB), "Bob", AVATAR, "join", 0), Member(UserId(ME), "Me", "", "join", 0)])
    assert {members.get(i)["userId"]: members.get(i)["avatarSource"] for i in range(2)} == {
        BOB: SHOWN,
        ME: "",
    }

    person = person_candidate(Person(UserId(BOB), "Bob", None, AVATAR), 0)
    assert person.values[-1] == SHOWN

    hit = SearchResult(
        event={
            "event_id": "$1",
            "sender": BOB,
            "type": "m.room.message",
            "origin_server_ts": 1,
            "content": {"msgtype": "m.text", "body": "tent"},
        },
        before=(),
    )
    row = make_row(hit, ["tent"], lambda user: "Bob", avatar_of={BOB: AVATAR}.get)  # type: ignore[arg-type]
    assert row is not None and row.values[-1] == SHOWN


def test_timeline_rows_show_their_senders_avatar_and_follow_a_change(loop: Any) -> None:
    source = FakeSource([event(1), event(2, sender=ME)])
    source.read = ReadState(avatars={BOB: AVATAR})
    model = opened(loop, source)
    assert [model.row(i)["senderAvatar"] for i in range(2)] == ["", SHOWN]
    changed = event(
        3,
        sender=BOB,
        type="m.room.member",
        kind=EventKind.MEMBER,
        state_key=BOB,
        content={"membership": "join", "displayname": "Bob", "avatar_url": "mxc://example.org/new"},
    )
    model.apply({RoomId("!room:example.org"): (changed, event(4))}, (), {})
    assert model.row(0)["senderAvatar"] == "image://media/avatar/example.org/new"


def _png(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 120, 220)).save(out, "PNG")
    return out.getvalue()


def test_many_rows_at_different_sizes_cost_one_fetch_and_one_decode(loop: Any, tmp_path: Path) -> None:
    asked: list[MediaRequest] = []

    async def fetch(request: MediaRequest) -> bytes:
        asked.append(request)
        await asyncio.sleep(0.05)
        return _png((request.width, request.height))

    loader = MediaLoader(fetch, DiskCache(tmp_path / "cache"))
    provider = MediaImages(lambda: (loader, lambda txn: None), loop)
    image_id = SHOWN.removeprefix("image://media/")
    finished: list[bool] = []
    responses = []
    for side in (48, 40, 36, 32, 88, 128, 48, 48, 48, 48):
        response = provider.requestImageResponse(image_id, QSize(side, side))
        response.finished.connect(lambda: finished.append(True))
        responses.append(response)

    loop.run_until_complete(until(lambda: len(finished) == len(responses), 10, "every row's picture"))
    assert loader.fetches == 1 and loader.decodes == 1
    assert [(r.width, r.height, r.method) for r in asked] == [(AVATAR_SIZE, AVATAR_SIZE, "crop")]
    picture = responses[0].textureFactory().image()
    assert (picture.width(), picture.height()) == (AVATAR_SIZE, AVATAR_SIZE)
    assert picture.pixelColor(0, 0).alpha() == 0 and picture.pixelColor(48, 48).alpha() == 255
    loader.close()
