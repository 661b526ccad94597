"""The desktop shell against a real Synapse: what a user sees and does, driven through the QML."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.rooms_model import ROLES as ROOM_ROLES
from tests.support.core import login
from tests.support.fault_proxy import FaultProxy, Mode
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell

pytestmark = pytest.mark.integration


async def _room_with(
    creator: Credentials, other: Credentials, name: str, messages: tuple[str, ...] = ()
) -> RoomId:
    """``creator`` makes a room, ``other`` joins; ``creator`` posts ``messages`` (plain API clients)."""
    transport = HttpxTransport()
    try:
        a = MatrixApi(creator.homeserver, transport, access_token=creator.access_token)
        b = MatrixApi(other.homeserver, transport, access_token=other.access_token)
        room = await a.create_room(name=name, invite=(other.user_id,), preset="private_chat")
        await b.join(room)
        for number, text in enumerate(messages):
            await a.send(room, "m.room.message", f"seed-{number}-{room}", {"msgtype": "m.text", "body": text})
        return room
    finally:
        await transport.aclose()


async def _say(creds: Credentials, room: RoomId, text: str) -> None:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        txn = f"say-{asyncio.get_running_loop().time()}"
        await api.send(room, "m.room.message", txn, {"msgtype": "m.text", "body": text})
    finally:
        await transport.aclose()


def _room_ids(shell: Shell) -> list[str]:
    rooms = shell.session.rooms
    return [rooms.data(rooms.index(i), ROOM_ROLES["roomId"]) for i in range(rooms.rowCount())]


def _people(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> tuple[Credentials, Credentials]:
    alice_id, alice_pw = new_user("alice", displayname="Alice")
    bob_id, bob_pw = new_user("bob", displayname="Bob")
    alice = shell.run(login(synapse.base_url, alice_id, alice_pw))
    bob = shell.run(login(synapse.base_url, bob_id, bob_pw))
    return alice, bob


def test_signing_in_through_the_form_shows_the_conversation_list(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Weekend plans", ("See you Saturday",)))
    alice_id, alice_pw = new_user("carol", displayname="Carol")
    carol = shell.run(login(synapse.base_url, alice_id, alice_pw))
    shell.run(_invite_and_join(bob, carol, room))

    shell.start()
    assert shell.controller.screen == "login"
    shell.focus("loginHomeserver")
    shell.type(synapse.base_url)
    shell.focus("loginUser")
    shell.type(alice_id)
    shell.focus("loginPassword")
    shell.type(alice_pw)
    shell.click("loginButton")

    shell.wait(lambda: shell.controller.screen == "main", what="the main window")
    shell.wait(lambda: room in _room_ids(shell), what="the room in the list")
    assert shell.find("roomList").property("count") == 1
    assert not shell.has("loginButton")


async def _invite_and_join(inviter: Credentials, invitee: Credentials, room: RoomId) -> None:
    transport = HttpxTransport()
    try:
        inviting = MatrixApi(inviter.homeserver, transport, access_token=inviter.access_token)
        await inviting.invite(room, invitee.user_id)
        await MatrixApi(invitee.homeserver, transport, access_token=invitee.access_token).join(room)
    finally:
        await transport.aclose()


def test_a_wrong_password_says_so_under_the_form(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    user_id, _ = new_user("dave")
    shell.start()
    shell.focus("loginHomeserver")
    shell.type(synapse.base_url)
    shell.focus("loginUser")
    shell.type(user_id)
    shell.focus("loginPassword")
    shell.type("not-the-password")
    shell.key(Qt.Key.Key_Return, text="\r")  # Enter in the password field signs in

    login = shell.controller.login
    shell.wait(lambda: not login.property("busy") and shell.prop("loginError", "text"), what="the error")
    assert shell.prop("loginError", "text") == "Wrong user name or password."
    assert shell.prop("loginError", "visible") is True
    assert shell.controller.screen == "login"


def test_an_unreachable_server_is_named_in_the_error(shell: Shell) -> None:
    shell.start()
    shell.focus("loginHomeserver")
    shell.type("http://127.0.0.1:9")
    shell.focus("loginUser")
    shell.type("alice")
    shell.focus("loginPassword")
    shell.type("pw")
    shell.click("loginButton")
    shell.wait(lambda: shell.prop("loginError", "text"))
    assert "Could not reach" in shell.prop("loginError", "text")


def test_a_sent_message_shows_at_once_and_then_as_sent(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(alice, bob, "Project", ("first",)))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell), what="the room in the list")
    shell.session.openRoom(room)
    timeline = shell.session.timeline
    shell.wait(lambda: timeline.rowCount() > 0 and not timeline.property("loading"), what="history")
    assert timeline.row(0)["body"] == "first"

    shell.focus("composer")
    shell.type("Hello from the shell")
    # Same frame: the echo is the newest row as soon as the key event has been handled.
    echo = shell.key(Qt.Key.Key_Return, text="\r", then=lambda: timeline.row(0))
    assert echo is not None
    assert (echo["body"], echo["isOwn"], echo["sendState"]) == ("Hello from the shell", True, "sending")
    assert shell.prop("composer", "text") == ""

    txn = echo["txnId"]
    shell.wait(lambda: timeline.row(timeline.find_txn(txn))["sendState"] == "sent", what="sent")
    shell.wait(lambda: timeline.row(timeline.find_txn(txn))["eventId"].startswith("$"), what="server event")
    assert [timeline.row(i)["body"] for i in range(2)] == ["Hello from the shell", "first"]


def test_shift_enter_adds_a_line_instead_of_sending(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(alice, bob, "Lines"))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell))
    shell.session.openRoom(room)
    shell.wait(lambda: not shell.session.timeline.property("loading"))
    before = shell.session.timeline.rowCount()
    shell.focus("composer")
    shell.type("one")
    shell.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier, "\r")
    shell.type("two")
    assert shell.prop("composer", "text") == "one\ntwo"
    assert shell.session.timeline.rowCount() == before


def test_an_incoming_message_appears_and_moves_its_room_to_the_top(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    older = shell.run(_room_with(bob, alice, "Older", ("old news",)))
    newer = shell.run(_room_with(bob, alice, "Newer", ("fresh news",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [newer, older], what="both rooms, newest first")
    shell.session.openRoom(older)
    timeline = shell.session.timeline
    shell.wait(lambda: timeline.rowCount() > 0 and timeline.row(0)["body"] == "old news")

    shell.run(_say(bob, older, "Are you there?"))
    shell.wait(lambda: timeline.row(0)["body"] == "Are you there?", what="the message in the open room")
    assert timeline.row(0)["senderName"] == "Bob"
    assert timeline.row(0)["isOwn"] is False
    shell.wait(lambda: _room_ids(shell) == [older, newer], what="the room moving to the top")
    rooms = shell.session.rooms
    assert rooms.data(rooms.index(0), ROOM_ROLES["lastBody"]) == "Are you there?"


def test_the_offline_banner_shows_while_the_server_cannot_be_reached(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(alice, bob, "Flaky"))
    proxy = FaultProxy("127.0.0.1", synapse.port)
    shell.run(proxy.start())
    try:
        via_proxy = Credentials(proxy.url, alice.user_id, alice.device_id, alice.access_token)
        shell.start(via_proxy)
        shell.wait(lambda: room in _room_ids(shell))
        assert shell.prop("offlineBanner", "visible") is False

        shell.run(proxy.set_mode(Mode.REFUSE))
        shell.wait(lambda: shell.prop("offlineBanner", "visible"), timeout=30, what="the banner")
        assert "No connection" in shell.session.property("offlineText")

        shell.run(proxy.set_mode(Mode.PASS))
        shell.wait(lambda: not shell.prop("offlineBanner", "visible"), timeout=60, what="the banner to go")
    finally:
        shell.run(shell.controller.close())
        shell.run(proxy.stop())


def test_alt_down_opens_the_next_conversation(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    first = shell.run(_room_with(bob, alice, "One", ("1",)))
    second = shell.run(_room_with(bob, alice, "Two", ("2",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [second, first])
    shell.focus("composer") if shell.prop("composer", "visible") else shell.focus("roomFilter")
    shell.key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shell.session.property("currentRoomId") == second
    shell.key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shell.session.property("currentRoomId") == first
    shell.key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shell.session.property("currentRoomId") == second


def test_typing_in_the_filter_box_filters_the_list(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    shell.run(_room_with(bob, alice, "Garden club"))
    books = shell.run(_room_with(bob, alice, "Book club"))
    shell.start(alice)
    shell.wait(lambda: len(_room_ids(shell)) == 2)
    shell.focus("roomFilter")
    shell.type("book")
    assert _room_ids(shell) == [books]
    assert shell.find("roomList").property("count") == 1
