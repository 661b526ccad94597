"""The archive as a user meets it: leave a conversation, find it under Archive in the account menu,
read its history (and nothing else: no composer, nothing sent), rejoin it or forget it. Against a
real Synapse, through the real window; forgetting is checked on the server and in the cache."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixApi, MatrixError, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_actions import _members, _pick
from tests.ui.test_conversations import _bodies
from tests.ui.test_organise import _row_item
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


async def _api_call(creds: Credentials, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        return await api.request(method, path, body=body)
    finally:
        await transport.aclose()


async def _public_room(creator: Credentials, other: Credentials, name: str, lines: tuple[str, ...]) -> RoomId:
    """A room anyone may join (so leaving it is not for good), ``other`` in it, ``lines`` said."""
    transport = HttpxTransport()
    try:
        a = MatrixApi(creator.homeserver, transport, access_token=creator.access_token)
        b = MatrixApi(other.homeserver, transport, access_token=other.access_token)
        room = await a.create_room(name=name, preset="public_chat")
        await b.join(room)
        for number, text in enumerate(lines):
            await a.send(room, "m.room.message", f"pub-{number}-{room}", {"msgtype": "m.text", "body": text})
        return room
    finally:
        await transport.aclose()


def _archived_item(shell: Shell, room: str) -> QQuickItem | None:
    for item in shell.visual_children("archiveList"):
        if item.objectName() == f"archived_{room}":
            return item
    return None


def _open_archive(shell: Shell) -> None:
    shell.click("accountMenuButton")
    shell.wait(lambda: shell.is_open("accountMenu"), what="the account menu")
    shell.click("archiveButton")
    shell.wait(lambda: shell.find("archive").isVisible(), what="the archive")
    shell.wait(lambda: not shell.session.archive.property("loading"), what="the archive to load")


def _open_archived(shell: Shell, room: str) -> None:
    shell.wait(lambda: _archived_item(shell, room) is not None, what=f"{room} in the archive")
    item = _archived_item(shell, room)
    assert item is not None
    shell.tap(item)
    shell.wait(lambda: shell.session.property("currentRoomId") == room, what="the archived room to open")
    timeline = shell.session.timeline
    shell.wait(lambda: not timeline.property("loading") and timeline.rowCount() > 0, what="its history")


def _leave_from_the_menu(shell: Shell, room: str) -> None:
    shell.tap(_row_item(shell, room))
    shell.wait(lambda: shell.session.property("currentRoomId") == room, what="the room to open")
    shell.click("conversationMenuButton")
    _pick(shell, "conversationMenu", 2)  # Invite, Settings, Leave
    shell.wait(lambda: shell.is_open("confirmLeave"), what="the confirmation")
    shell.click("confirmLeaveButton")
    shell.wait(lambda: room not in _room_ids(shell), what="the room out of the list")


def test_a_left_conversation_is_read_only_in_the_archive_and_can_be_forgotten(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Book swap", ("Who has Dune?", "I do, want it?")))
    stay = shell.run(_room_with(bob, alice, "Staying", ("still here",)))
    shell.start(alice)
    shell.wait(lambda: set(_room_ids(shell)) == {room, stay}, what="the list")

    # nothing left yet: the empty state; Esc goes back to the list
    _open_archive(shell)
    shell.wait(lambda: shell.find("archiveEmpty").isVisible(), what="the empty state")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.find("archive").isVisible(), what="the archive to close")
    assert shell.find("roomList").isVisible()

    _leave_from_the_menu(shell, room)
    _open_archive(shell)
    shell.wait(lambda: _archived_item(shell, room) is not None, what="the left room in the archive")
    item = _archived_item(shell, room)
    assert item is not None
    assert (item.property("name"), item.property("leftText")) == ("Book swap", "You left")
    assert _archived_item(shell, stay) is None

    # its history, read-only: the header names it, a bar instead of the composer
    _open_archived(shell, room)
    assert _bodies(shell) == ["Who has Dune?", "I do, want it?"]
    assert shell.session.property("currentRoomName") == "Book swap"
    assert shell.session.property("currentRoomIsLeft") is True
    assert shell.find("leftRoomBar").isVisible()
    assert not shell.find("composer").isVisible()
    assert not shell.find("conversationMenuButton").isVisible()
    assert shell.find("archive").isVisible()  # the archive stays beside it
    # nothing can be sent from here, not even through the controller
    assert shell.session.sendMessage("sneaky") is False
    shell.run(shell.session.wait_idle())
    assert shell.run(shell.session.session.pending(RoomId(room))) == []
    newest = shell.run(_api_call(bob, "GET", f"/_matrix/client/v3/rooms/{room}/messages?dir=b&limit=1"))
    (last,) = newest["chunk"]
    assert (last["type"], last["state_key"], last["content"]["membership"]) == (
        "m.room.member",
        alice.user_id,
        "leave",
    )

    # Forget: asked first, then gone from the archive, the cache and (for this account) the server
    shell.click("forgetButton")
    shell.wait(lambda: shell.is_open("confirmForget"), what="the confirmation")
    assert "Book swap" in shell.obj("confirmForget").property("title")
    shell.click("confirmForgetButton")
    shell.wait(lambda: _archived_item(shell, room) is None, what="the room out of the archive")
    shell.wait(lambda: shell.session.property("currentRoomId") == "", what="the chat to close")
    shell.run(shell.session.wait_idle())
    store = shell.session.session
    assert room not in {r.room_id for r in shell.run(store.archived_rooms())}
    assert shell.run(store.room(RoomId(room))) is None
    for table in ("events", "state", "members"):
        count = f"SELECT COUNT(*) FROM {table} WHERE room_id = ?"
        assert shell.run(store.db.run(lambda conn, q=count: conn.execute(q, (room,)).fetchone()[0])) == 0
    with pytest.raises(MatrixError) as refused:
        shell.run(_api_call(alice, "GET", f"/_matrix/client/v3/rooms/{room}/messages?dir=b&limit=1"))
    assert refused.value.status == 403
    shell.wait(lambda: shell.find("archiveEmpty").isVisible(), what="the empty archive")


def test_rejoining_from_the_archive_brings_the_conversation_back(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_public_room(bob, alice, "Open house", ("come in",)))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell), what="the room in the list")
    # left on another device: sync brings the leave
    shell.run(_api_call(alice, "POST", f"/_matrix/client/v3/rooms/{room}/leave", {}))
    shell.wait(lambda: room not in _room_ids(shell), what="the room out of the list")

    _open_archive(shell)
    _open_archived(shell, room)
    assert _bodies(shell) == ["come in"]
    shell.click("rejoinButton")
    shell.wait(lambda: room in _room_ids(shell), what="the room back in the list")
    shell.wait(lambda: shell.session.property("currentRoomIsLeft") is False, what="the room writable again")
    assert shell.session.property("currentRoomId") == room
    shell.wait(lambda: _archived_item(shell, room) is None, what="the room out of the archive")
    assert shell.find("composer").isVisible()
    assert not shell.find("leftRoomBar").isVisible()
    assert shell.run(_members(bob, room)).get(alice.user_id) == "join"


def test_a_refused_rejoin_says_why_and_keeps_the_room_archived(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Invite only", ("members only",)))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell), what="the room in the list")
    shell.run(_api_call(alice, "POST", f"/_matrix/client/v3/rooms/{room}/leave", {}))
    shell.wait(lambda: room not in _room_ids(shell), what="the room out of the list")

    _open_archive(shell)
    _open_archived(shell, room)
    shell.click("rejoinButton")
    shell.wait(lambda: shell.session.property("notice") != "", what="the refusal")
    assert "not invited" in shell.session.property("notice")
    shell.run(shell.session.wait_idle())
    shell.run(asyncio.sleep(0.5))
    assert room not in _room_ids(shell)
    assert _archived_item(shell, room) is not None
    assert shell.find("rejoinButton").property("enabled") is True
    assert shell.session.property("currentRoomIsLeft") is True
