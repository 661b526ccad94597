"""Desktop notifications from the real app: a message from a real Synapse becomes a notification on a
fake org.freedesktop.Notifications server (a private session bus), and the user's answers there —
click, Reply, Mark as read — act on the real server."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import pytest
from PIL import Image
from PySide6.QtGui import QColor

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.platform.freedesktop import FreedesktopNotifier
from tests.support.notification_server import FakeNotificationServer, pixels
from tests.support.synapse import UserFactory
from tests.ui.desktop_harness import Desktop
from tests.ui.shell import Shell
from tests.ui.test_organise import _role, _row_item
from tests.ui.test_shell import _people, _room_ids, _room_with, _say

pytestmark = pytest.mark.integration


def _notified(server: FakeNotificationServer) -> list[tuple[str, str]]:
    """(summary, body) of every Notify call so far."""
    return [(call["args"][3], call["args"][4]) for call in server.calls("Notify")]


async def _messages(creds: Credentials, room: RoomId) -> list[dict[str, Any]]:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        page = await api.messages(room, from_token=None, limit=20)
        return [e for e in page.chunk if e.get("type") == "m.room.message"]
    finally:
        await transport.aclose()


def first_id(app: Shell, room: RoomId) -> int:
    """The id the notification server gave the conversation's notification.

    The server records a Notify call before its reply reaches the app, so wait for the reply."""
    notifier = app.desktop._notifier  # type: ignore[union-attr]
    assert isinstance(notifier, FreedesktopNotifier)
    app.wait(lambda: room in notifier._ids, what="the notification server's reply")
    return notifier._ids[room]


def _two_rooms(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> tuple[Credentials, Credentials, RoomId, RoomId]:
    alice, bob = _people(app, synapse, new_user)
    garden = app.run(_room_with(bob, alice, "Garden club", ("hi all",)))
    books = app.run(_room_with(bob, alice, "Book club", ("chapter 3",)))
    app.start(alice)
    app.wait(lambda: set(_room_ids(app)) == {garden, books}, what="the list")
    app.session.openRoom(books)
    app.run(asyncio.sleep(0.5))  # past the first sync: what comes now is news
    return alice, bob, garden, books


def test_a_message_elsewhere_notifies_and_the_open_conversation_does_not(
    app: Shell, server: FakeNotificationServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, garden, books = _two_rooms(app, synapse, new_user)
    app.run(_say(bob, books, "in the open room"))
    app.run(_say(bob, garden, "the roses are out"))
    app.run(server.wait_for_calls("Notify", 1, timeout=15))
    app.run(asyncio.sleep(0.5))
    assert _notified(server) == [("Garden club", "Bob: the roses are out")]

    app.run(_say(bob, garden, "and the tulips"))
    app.run(server.wait_for_calls("Notify", 2, timeout=15))
    summary, body = _notified(server)[-1]
    assert summary == "Garden club (2 new)"
    assert body == "Bob: the roses are out\nBob: and the tulips"
    first, second = server.calls("Notify")
    assert first["args"][1] == 0
    assert second["args"][1] == first_id(app, garden)  # replaces the first, never stacks


def test_clicking_opens_the_conversation_and_brings_up_the_window(
    app: Shell, desktop: Desktop, server: FakeNotificationServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, garden, _books = _two_rooms(app, synapse, new_user)
    desktop.active = False  # the window is in the background: even the open room notifies
    app.run(_say(bob, garden, "look at this"))
    app.run(server.wait_for_calls("Notify", 1, timeout=15))
    server.emit("ActionInvoked", first_id(app, garden), "default")
    app.wait(lambda: app.session.property("currentRoomId") == garden, what="the conversation to open")
    assert desktop.raised == 1
    app.run(server.wait_for_calls("CloseNotification", 1))


def test_reply_from_the_notification_answers_in_that_conversation(
    app: Shell, server: FakeNotificationServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, garden, books = _two_rooms(app, synapse, new_user)
    app.run(_say(bob, garden, "coming on Sunday?"))
    app.run(server.wait_for_calls("Notify", 1, timeout=15))
    question = app.run(_messages(bob, garden))[0]
    server.emit("NotificationReplied", first_id(app, garden), "yes, at ten")

    async def replied() -> None:
        for _ in range(75):
            if (await _messages(bob, garden))[0]["content"].get("body") == "yes, at ten":
                return
            await asyncio.sleep(0.2)

    app.run(replied(), timeout=15)
    answer = app.run(_messages(bob, garden))[0]
    assert answer["content"]["m.relates_to"]["m.in_reply_to"]["event_id"] == question["event_id"]
    assert answer["content"]["m.mentions"] == {"user_ids": [bob.user_id]}
    assert app.session.property("currentRoomId") == books  # the user stayed where they were


def test_with_previews_off_nobody_reads_over_the_shoulder(
    app: Shell, server: FakeNotificationServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    app.settings.set_value("notificationPreview", False)
    _alice, bob, garden, _books = _two_rooms(app, synapse, new_user)
    app.run(_say(bob, garden, "the secret plan"))
    app.run(server.wait_for_calls("Notify", 1, timeout=15))
    assert _notified(server) == [("Messenger", "New message")]


def test_unread_count_is_one_figure_for_title_and_tray(
    app: Shell, desktop: Desktop, server: FakeNotificationServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, garden, _books = _two_rooms(app, synapse, new_user)
    # The open conversation is read; the other has its one message unread.
    app.wait(lambda: app.desktop.property("unreadCount") == 1, what="one unread")
    assert app.window.property("title") == "Messenger (1)"
    assert desktop.tray.unread == 1
    app.run(_say(bob, garden, "more"))
    app.wait(lambda: app.desktop.property("unreadCount") == 2, what="two unread")
    assert app.window.property("title") == "Messenger (2)"
    assert desktop.tray.unread == 2
    assert desktop.tray.tray_icon.toolTip() == "Messenger — 2 unread"
    assert app.session.rooms.property("unreadTotal") == 2
    app.session.openRoom(garden)
    app.wait(lambda: app.desktop.property("unreadCount") == 0, what="all read")
    assert app.window.property("title") == "Messenger"
    assert desktop.tray.unread == 0


BOB_COLOUR = (200, 40, 160)


def _png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 200), colour).save(out, "PNG")
    return out.getvalue()


async def _direct_chat_with_picture(bob: Credentials, alice: Credentials) -> RoomId:
    """Bob, whose profile has a picture, starts a direct chat (no picture of its own) with Alice."""
    transport = HttpxTransport()
    try:
        b = MatrixApi(bob.homeserver, transport, access_token=bob.access_token)
        a = MatrixApi(alice.homeserver, transport, access_token=alice.access_token)
        await b.set_avatar_url(bob.user_id, await b.upload(_png(BOB_COLOUR), "image/png", "bob.png"))
        room = await b.create_room(invite=(alice.user_id,), is_direct=True, preset="trusted_private_chat")
        await a.join(room)
        return room
    finally:
        await transport.aclose()


def _image_data(call: dict[str, Any]) -> list[Any] | None:
    hints: dict[str, Any] = call["args"][6]
    return hints.get("image-data")


def test_a_notification_shows_the_conversations_picture(
    app: Shell, desktop: Desktop, server: FakeNotificationServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(app, synapse, new_user)
    direct = app.run(_direct_chat_with_picture(bob, alice))
    garden = app.run(_room_with(bob, alice, "Garden club", ("hi all",)))
    app.start(alice)
    app.wait(lambda: set(_room_ids(app)) == {direct, garden}, what="the list")
    avatar = app.inside(_row_item(app, direct), "roomAvatar")
    app.wait(lambda: avatar.property("loaded"), what="Bob's picture in the list")
    desktop.active = False  # the window is in the background
    app.run(asyncio.sleep(0.5))  # past the first sync: what comes now is news

    app.run(_say(bob, direct, "lunch?"))
    (call,) = app.run(server.wait_for_calls("Notify", 1, timeout=15))
    assert call["args"][3] == "Bob"
    image_data = _image_data(call)
    assert image_data is not None, call["args"][6].keys()
    width, height, at = pixels(image_data)
    assert (width, height) == (96, 96)
    red, green, blue, alpha = at(48, 48)
    assert alpha == 255
    assert all(abs(got - want) <= 8 for got, want in zip((red, green, blue), BOB_COLOUR, strict=True))
    assert at(0, 0)[3] == 0 and at(95, 95)[3] == 0  # a circle: the corners are see-through

    app.run(_say(bob, garden, "the roses are out"))  # a group with no picture: its initials
    app.run(server.wait_for_calls("Notify", 2, timeout=15))
    group_call = server.calls("Notify")[-1]
    assert group_call["args"][3] == "Garden club"
    group_image = _image_data(group_call)
    assert group_image is not None
    width, height, at = pixels(group_image)
    assert (width, height) == (96, 96) and at(0, 0)[3] == 0  # a disc, as in the list
    colour = QColor(_role(app, garden, "avatarColor"))
    red, green, blue, _alpha = at(48, 10)  # above the letters: the room's colour
    assert all(
        abs(got - want) <= 8 for got, want in zip((red, green, blue), colour.getRgb()[:3], strict=True)
    )
    letters = [at(x, 48) for x in range(20, 76)]
    assert any(min(p[:3]) > 230 for p in letters)  # white initials across the middle

    app.settings.set_value("notificationPreview", False)  # the picture would tell who wrote
    app.run(_say(bob, direct, "see you at one"))
    app.run(server.wait_for_calls("Notify", 3, timeout=15))
    private = server.calls("Notify")[-1]
    assert private["args"][3:5] == ["Messenger", "2 new messages"]
    assert private["args"][1] == first_id(app, direct)  # replaces Bob's, without his picture
    assert _image_data(private) is None


def test_a_picture_that_cannot_be_had_costs_the_notification_nothing(
    app: Shell, desktop: Desktop, server: FakeNotificationServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(app, synapse, new_user)

    async def gone_picture() -> RoomId:
        transport = HttpxTransport()
        try:
            b = MatrixApi(bob.homeserver, transport, access_token=bob.access_token)
            a = MatrixApi(alice.homeserver, transport, access_token=alice.access_token)
            server_name = bob.user_id.split(":", 1)[1]
            await b.set_avatar_url(bob.user_id, f"mxc://{server_name}/NoSuchPicture")  # never uploaded
            room = await b.create_room(invite=(alice.user_id,), is_direct=True, preset="trusted_private_chat")
            await a.join(room)
            return room
        finally:
            await transport.aclose()

    direct = app.run(gone_picture())
    app.start(alice)
    app.wait(lambda: direct in _room_ids(app), what="the list")
    app.wait(lambda: _role(app, direct, "avatarSource"), what="Bob's (missing) picture in the list")
    desktop.active = False
    app.run(asyncio.sleep(0.5))
    app.run(_say(bob, direct, "lunch?"))
    (call,) = app.run(server.wait_for_calls("Notify", 1, timeout=15))
    assert call["args"][3] == "Bob"
    assert _image_data(call) is None
