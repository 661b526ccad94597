"""Desktop notifications from the real app: a message from a real Synapse becomes a notification on a
fake org.freedesktop.Notifications server (a private session bus), and the user's answers there —
click, Reply, Mark as read — act on the real server."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.platform.freedesktop import FreedesktopNotifier
from tests.support.notification_server import FakeNotificationServer
from tests.support.synapse import UserFactory
from tests.ui.desktop_harness import Desktop
from tests.ui.shell import Shell
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
