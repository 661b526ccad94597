"""Avatars in the real window against a real Synapse: a room's picture shows in the list and in the
chat header once loaded (the initials until then), every row showing one avatar costs one
download; choosing a picture in the file dialog sets the user's own avatar or a group's, and
"Remove" takes it away — on the server, where everyone else sees it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QPointF, Qt

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from tests.support.core import login
from tests.support.synapse import UserFactory
from tests.ui.file_dialogs import choose_file
from tests.ui.shell import Shell
from tests.ui.test_organise import _role, _row_item, _row_menu
from tests.ui.test_shell import _people, _room_ids

pytestmark = pytest.mark.integration


def _png_bytes(colour: tuple[int, int, int], size: tuple[int, int] = (200, 200)) -> bytes:
    image = Image.new("RGB", size, colour)
    image.paste((255, 255, 255), (size[0] // 4, size[1] // 4, 3 * size[0] // 4, 3 * size[1] // 4))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


async def _groups_with_one_avatar(
    owner: Credentials, member: Credentials, names: tuple[str, ...]
) -> list[RoomId]:
    """``owner`` makes the groups, all with the same picture (uploaded once); ``member`` joins."""
    transport = HttpxTransport()
    try:
        a = MatrixApi(owner.homeserver, transport, access_token=owner.access_token)
        b = MatrixApi(member.homeserver, transport, access_token=member.access_token)
        uri = await a.upload(_png_bytes((220, 90, 40)), "image/png", "club.png")
        rooms = []
        for name in names:
            room = await a.create_room(name=name, invite=(member.user_id,), preset="private_chat")
            await a.send_state(room, "m.room.avatar", "", {"url": uri})
            await b.join(room)
            rooms.append(room)
        return rooms
    finally:
        await transport.aclose()


async def _server(creds: Credentials, work: Any) -> Any:
    transport = HttpxTransport()
    try:
        return await work(MatrixApi(creds.homeserver, transport, access_token=creds.access_token))
    finally:
        await transport.aclose()


def test_a_rooms_avatar_shows_in_the_list_and_the_header_from_one_download(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(app, synapse, new_user)
    rooms = app.run(_groups_with_one_avatar(bob, alice, ("Bouldering", "Alpine", "Ice", "Gear swap")))
    app.start(alice)
    app.wait(lambda: set(rooms) <= set(_room_ids(app)), what="the four groups")
    avatars = [app.inside(_row_item(app, room), "roomAvatar") for room in rooms]
    assert all(_role(app, room, "avatarSource").startswith("image://media/avatar/") for room in rooms)
    app.wait(lambda: all(a.property("loaded") for a in avatars), what="the pictures in the list")

    app.session.openRoom(rooms[0])
    header = app.find("headerAvatar")
    app.wait(lambda: header.property("loaded"), what="the picture in the header")
    assert header.property("source") == _role(app, rooms[0], "avatarSource")
    media = app.session.session.media
    assert media is not None
    assert (media.fetches, media.decodes) == (1, 1)  # four rows and the header: one picture


@pytest.mark.usefixtures("quiet_working_folder")
def test_choosing_a_picture_sets_my_avatar_and_remove_takes_it_away(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    alice, bob = _people(app, synapse, new_user)
    picture = tmp_path / "me.png"
    picture.write_bytes(_png_bytes((40, 120, 220), (640, 480)))
    app.start(alice)

    app.click("accountMenuButton")
    app.wait(lambda: app.is_open("accountMenu"), what="the account menu")
    assert app.find("setOwnAvatarItem").property("text") == "Set my avatar…"
    assert not app.find("removeOwnAvatarItem").property("visible")
    app.click("setOwnAvatarItem")
    choose_file(app, "avatarFileDialog", picture)

    avatars = app.session.avatars
    app.wait(lambda: avatars.property("ownAvatar"), what="my avatar")
    own = app.run(_server(bob, lambda api: api.get_profile(alice.user_id)))
    assert own["avatar_url"].startswith("mxc://")  # what everyone else sees
    assert avatars.property("ownAvatar").endswith("/" + own["avatar_url"].rsplit("/", 1)[1])

    app.click("accountMenuButton")
    app.wait(lambda: app.is_open("accountMenu"), what="the account menu again")
    shown = app.find("ownAvatar")
    app.wait(lambda: shown.property("loaded"), what="my picture in the menu")
    assert app.find("setOwnAvatarItem").property("text") == "Change my avatar…"
    app.click("removeOwnAvatarItem")
    app.wait(lambda: not avatars.property("ownAvatar"), what="my avatar gone")
    gone = app.run(_server(bob, lambda api: api.get_profile(alice.user_id)))
    assert not gone.get("avatar_url")


@pytest.mark.usefixtures("quiet_working_folder")
def test_a_groups_avatar_is_set_from_its_menu(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    alice, bob = _people(app, synapse, new_user)
    picture = tmp_path / "crag.png"
    picture.write_bytes(_png_bytes((90, 160, 60), (300, 500)))

    async def group(api: MatrixApi) -> RoomId:
        room = await api.create_room(name="Crag", invite=(bob.user_id,), preset="private_chat")
        await _server(bob, lambda b: b.join(room))
        return room

    room = app.run(_server(alice, group))
    app.start(alice)
    app.wait(lambda: room in _room_ids(app), what="the group")
    _row_menu(app, room)
    assert not app.find("roomMenuRemoveAvatar").property("visible")
    app.click("roomMenuSetAvatar")
    choose_file(app, "avatarFileDialog", picture)

    avatar = app.inside(_row_item(app, room), "roomAvatar")
    app.wait(lambda: avatar.property("loaded"), timeout=30, what="the group's new picture in the list")
    state = app.run(_server(bob, lambda api: api.state_event(room, "m.room.avatar")))
    assert state["url"].startswith("mxc://") and state["info"]["w"] == state["info"]["h"] == 300

    _row_menu(app, room)
    app.click("roomMenuRemoveAvatar")
    app.wait(lambda: not _role(app, room, "avatarSource"), what="the group's avatar gone")
    assert not avatar.property("loaded")
    assert "url" not in app.run(_server(bob, lambda api: api.state_event(room, "m.room.avatar")))


def test_a_direct_chat_shows_the_other_persons_avatar(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(app, synapse, new_user)

    async def direct(api: MatrixApi) -> RoomId:
        uri = await api.upload(_png_bytes((200, 40, 160)), "image/png", "bob.png")
        await api.set_avatar_url(bob.user_id, uri)
        room = await api.create_room(invite=(alice.user_id,), is_direct=True, preset="trusted_private_chat")
        await _server(alice, lambda a: a.join(room))
        return room

    room = app.run(_server(bob, direct))
    app.start(alice)
    app.wait(lambda: room in _room_ids(app), what="the direct chat")
    avatar = app.inside(_row_item(app, room), "roomAvatar")
    app.wait(lambda: avatar.property("loaded"), what="Bob's picture on the direct chat")
    _row_menu(app, room)
    assert not app.find("roomMenuSetAvatar").property("visible")  # a person's picture, not the chat's
    app.key(Qt.Key.Key_Escape)


def test_in_a_group_other_peoples_messages_carry_their_avatar(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(app, synapse, new_user)
    carol_id, carol_pw = new_user("carol", displayname="Carol Nguyen")
    carol = app.run(login(synapse.base_url, carol_id, carol_pw))

    async def group(api: MatrixApi) -> RoomId:
        await api.set_avatar_url(
            bob.user_id, await api.upload(_png_bytes((30, 140, 90)), "image/png", "b.png")
        )
        room = await api.create_room(
            name="Crag", invite=(alice.user_id, carol.user_id), preset="private_chat"
        )
        await _server(alice, lambda a: a.join(room))
        await _server(carol, lambda c: c.join(room))
        for number, (who, text) in enumerate(
            ((bob, "Who is in for Saturday?"), (bob, "Forecast is dry"), (carol, "Me!"), (alice, "Me too"))
        ):
            await _server(
                who,
                lambda w, t=text, n=number: w.send(
                    room, "m.room.message", f"t{n}", {"msgtype": "m.text", "body": t}
                ),
            )
        return room

    room = app.run(_server(bob, group))
    app.start(alice)
    app.wait(lambda: room in _room_ids(app), what="the group")
    app.session.openRoom(room)
    app.wait(
        lambda: app.session.timeline.rowCount() > 0 and app.session.timeline.row(0)["body"] == "Me too",
        what="the messages",
    )

    def delegate(body: str) -> Any:
        return next(i for i in app.visual_children("timeline") if i.property("body") == body)

    first, second, carols, mine = (
        delegate(b) for b in ("Who is in for Saturday?", "Forecast is dry", "Me!", "Me too")
    )
    bobs = app.inside(first, "senderAvatar")
    app.wait(lambda: bobs.property("loaded"), what="Bob's picture beside his first message")
    assert not app.inside(second, "senderAvatar").isVisible()  # one avatar for a run of messages
    carol_avatar = app.inside(carols, "senderAvatar")
    assert carol_avatar.isVisible() and not carol_avatar.property("loaded")  # no picture: her initials
    assert carol_avatar.property("initials") == "CN"
    assert not app.inside(mine, "senderAvatar").isVisible()  # my own messages: none
    # the run's bubbles line up, right of the avatar
    left = {
        b: app.inside(delegate(b), "bubble").mapToScene(QPointF(0, 0)).x()
        for b in ("Who is in for Saturday?", "Forecast is dry", "Me!")
    }
    assert len(set(left.values())) == 1
    assert left["Me!"] >= bobs.mapToScene(QPointF(0, 0)).x() + bobs.width()
