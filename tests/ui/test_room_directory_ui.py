"""The public room directory in the real window against a real Synapse, used as a user does:
open it from "+" (or Ctrl+Shift+J), type a search, see Bob's published room, Join — and the
conversation opens; type a room's address and join it directly; ask to join a room that lets
people knock; be told why an invite-only room refuses; page on at the end of the list.
Effects are checked where they live: on the server."""

from __future__ import annotations

import asyncio
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.localserver.demo_avatars import books, set_room_picture, tent
from tests.integration.test_directory import publish
from tests.support.core import api_for
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_actions import _members
from tests.ui.test_room_admin_ui import REPO, _on_server, _people

pytestmark = pytest.mark.integration


def _row(app: Shell, key: str) -> QQuickItem | None:
    """The directory's row for ``key`` (a room id, or the typed address), when on screen."""
    for item in app.visual_children("directoryList"):
        if item.objectName() == f"directoryRoom_{key}" and item.isVisible():
            return item
    return None


def _button(app: Shell, key: str) -> QQuickItem:
    row = _row(app, key)
    assert row is not None, f"no row {key}"
    return app.inside(row, f"directoryJoin_{key}")


def _shows_open(app: Shell, key: str) -> bool:
    """Whether ``key``'s row is laid out and offers Open (rows appear a frame after the model)."""
    row = _row(app, key)
    return row is not None and app.inside(row, f"directoryJoin_{key}").property("text") == "Open"


def _name(app: Shell, key: str) -> str | None:
    row = _row(app, key)
    return None if row is None else str(row.property("name"))


def _detail(app: Shell, key: str) -> str:
    row = _row(app, key)
    assert row is not None, f"no row {key}"
    return str(app.inside(row, "directoryDetail").property("text"))


def _keys(app: Shell) -> list[str]:
    directory = app.session.roomDirectory
    role = directory.roleNames()
    key_role = next(r for r, name in role.items() if bytes(name.data()) == b"roomId")
    return [directory.data(directory.index(i), key_role) for i in range(directory.rowCount())]


def _scroll_to_end(app: Shell, name: str) -> None:
    """Drag the list to its end (as the scroll bar does). The list lays out the rows it comes to
    frame by frame, which may show it is longer: again, until it is at its end."""

    async def scroll() -> None:
        view = app.find(name)
        for _ in range(10):
            end = view.property("originY") + view.property("contentHeight") - view.height()
            view.setProperty("contentY", end)
            app.window.grabWindow()  # a frame: the list lays out (offscreen windows may draw none)
            await asyncio.sleep(0.05)
            if view.property("atYEnd"):
                return
        raise AssertionError(f"{name} did not reach its end")

    app.run(scroll())


def _open_from_new_chat(app: Shell) -> None:
    app.click("newChatButton")
    app.wait(lambda: app.is_open("newChatDialog"), what="the new conversation dialog")
    app.click("browsePublicRooms")
    app.wait(lambda: app.is_open("publicRoomDirectory"), what="the directory")
    app.wait(lambda: app.session.roomDirectory.property("state") == "ready", what="the directory's rooms")


def _search(app: Shell, text: str) -> None:
    app.focus("directorySearch").setProperty("text", "")
    app.type(text)
    app.wait(
        lambda: (
            app.session.roomDirectory.property("searchText") == text
            and app.session.roomDirectory.property("state") == "ready"
        ),
        what=f"the search for {text}",
    )


async def _membership(creds: Credentials, room: RoomId, user_id: str) -> dict[str, Any]:
    async with api_for(creds) as api:
        return await api.state_event(room, "m.room.member", user_id)


def test_searching_the_directory_and_joining_a_room_opens_the_conversation(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(shell, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    word = uuid.uuid4().hex[:8]

    async def seed() -> RoomId:
        async with api_for(bob) as api:
            return await publish(api, f"Bouldering {word}", topic="Tuesday nights <b>at the wall</b>")

    room = shell.run(seed())
    shell.start(alice)
    _open_from_new_chat(shell)
    assert shell.find("directorySearch").hasActiveFocus()
    server = alice.user_id.split(":", 1)[1]
    assert shell.prop("directoryServer", "text") == server  # the user's own server to begin with

    shell.type(f"nothing{word}")
    shell.wait(
        lambda: shell.has("directoryEmpty") and shell.find("directoryEmpty").isVisible(), what="nothing"
    )
    assert "No public rooms match" in shell.prop("directoryEmpty", "text")

    _search(shell, f"bouldering {word}")
    shell.wait(lambda: _row(shell, room) is not None, what="Bob's room")
    row = _row(shell, room)
    assert row is not None
    assert row.property("name") == f"Bouldering {word}"
    assert _detail(shell, room) == "1 member · Tuesday nights <b>at the wall</b>"  # plain text
    join = _button(shell, room)
    assert join.property("text") == "Join"

    shell.tap(join)
    shell.wait(lambda: not shell.is_open("publicRoomDirectory"), what="the directory to close", timeout=30)
    assert shell.session.property("currentRoomId") == room
    assert shell.run(_members(bob, room)).get(alice.user_id) == "join"

    # opened again, the room says Open, and Open goes to it
    shell.session.openRoom("")
    shell.key(Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    shell.wait(lambda: shell.is_open("publicRoomDirectory"), what="Ctrl+Shift+J to open the directory")
    _search(shell, f"bouldering {word}")
    shell.wait(lambda: _row(shell, room) is not None, what="Bob's room again")
    assert _button(shell, room).property("text") == "Open"
    shell.tap(_button(shell, room))
    shell.wait(lambda: not shell.is_open("publicRoomDirectory"), what="the directory to close")
    assert shell.session.property("currentRoomId") == room


def test_joining_by_address_and_what_a_knock_or_invite_only_room_offers(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(shell, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    word = uuid.uuid4().hex[:8]
    server = alice.user_id.split(":", 1)[1]

    async def seed() -> tuple[RoomId, RoomId, RoomId]:
        async with api_for(bob) as api:
            lounge = await api.create_room(
                name="Lounge", preset="public_chat", extra={"room_alias_name": f"lounge{word}"}
            )
            knock = await publish(api, f"Ask first {word}", rule="knock")
            closed = await api.create_room(
                name="Closed", preset="private_chat", extra={"room_alias_name": f"closed{word}"}
            )
            return lounge, knock, closed

    lounge, knock, closed = shell.run(seed())
    shell.start(alice)
    shell.key(Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    shell.wait(lambda: shell.is_open("publicRoomDirectory"), what="the directory")

    # an address (not in the directory): "Join #lounge…", the room's name once looked up
    address = f"#lounge{word}:{server}"
    _search(shell, address)
    shell.wait(lambda: _row(shell, address) is not None, what="the address's row")
    assert shell.session.roomDirectory.property("address") == address
    shell.wait(lambda: _name(shell, address) == "Lounge", what="the room's name")
    assert _button(shell, address).property("text") == "Join"
    assert _keys(shell) == [address]
    shell.focus("directorySearch")
    shell.key(Qt.Key.Key_Return)  # Enter joins the address
    shell.wait(lambda: not shell.is_open("publicRoomDirectory"), what="the directory to close", timeout=30)
    assert shell.session.property("currentRoomId") == lounge
    assert shell.run(_members(bob, lounge)).get(alice.user_id) == "join"

    # a room that lets people knock: Ask to join, with a word to the moderators
    shell.key(Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    shell.wait(lambda: shell.is_open("publicRoomDirectory"), what="the directory")
    _search(shell, f"ask first {word}")
    shell.wait(lambda: _row(shell, knock) is not None, what="the knock room")
    ask = _button(shell, knock)
    assert ask.property("text") == "Ask to join"
    shell.tap(ask)
    shell.wait(lambda: shell.is_open("knockRequest"), what="the request popup")
    assert shell.find("knockReason").hasActiveFocus()
    shell.type("I climb too")
    shell.click("knockSend")
    shell.wait(lambda: _button(shell, knock).property("text") == "Request sent", what="Request sent")
    assert _button(shell, knock).property("enabled") is False
    _on_server(
        shell,
        lambda: _membership(bob, knock, alice.user_id),
        lambda m: m.get("membership") == "knock" and m.get("reason") == "I climb too",
        "Alice's knock",
    )

    # invite only: Join is refused, in one sentence on the row
    closed_address = f"#closed{word}:{server}"
    _search(shell, closed_address)
    shell.wait(lambda: _row(shell, closed_address) is not None, what="the closed room's row")
    shell.run(shell.session.wait_idle())
    shell.tap(_button(shell, closed_address))
    shell.wait(lambda: _detail(shell, closed_address) == "This room is invite only.", what="the refusal")
    assert _button(shell, closed_address).property("text") == "Join"
    assert closed not in [shell.session.property("currentRoomId")]

    # an address nobody holds
    nobody = f"#nobody{word}:{server}"
    _search(shell, nobody)
    shell.wait(lambda: _row(shell, nobody) is not None, what="the row")
    shell.wait(lambda: _detail(shell, nobody) == f"No room has the address {nobody}.", what="not found")


def test_the_list_pages_on_at_its_end_and_a_bad_server_name_is_said(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(shell, synapse, new_user, ("Alice", "Bob"))
    word = uuid.uuid4().hex[:8]

    async def seed() -> list[RoomId]:
        async with api_for(p["Bob"]) as api:
            return [await publish(api, f"Crag {n} {word}") for n in range(14)]

    rooms = shell.run(seed())
    shell.start(p["Alice"])
    directory = shell.session.roomDirectory
    directory.page_size = 10
    _open_from_new_chat(shell)
    _search(shell, word)
    shell.wait(lambda: len(_keys(shell)) == 10, what="the first page")
    assert directory.property("hasMore") is True  # the list is not at its end: no more yet
    shell.run(shell.session.wait_idle())
    assert len(_keys(shell)) == 10

    # scrolled to the end: the next page
    _scroll_to_end(shell, "directoryList")
    shell.wait(lambda: set(_keys(shell)) == set(rooms), what="the second page")
    assert directory.property("hasMore") is False
    assert len(_keys(shell)) == len(rooms)

    server = shell.focus("directoryServer")
    server.setProperty("text", "")
    shell.type("not a server")
    shell.wait(lambda: directory.property("state") == "error", what="the error")
    assert shell.find("directoryError").isVisible()
    assert shell.prop("directoryError", "text") == "“not a server” is not a server name."
    server.setProperty("text", p["Alice"].user_id.split(":", 1)[1])
    shell.wait(
        lambda: len(_keys(shell)) == 10 and set(_keys(shell)) < set(rooms), what="the first page again"
    )
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.is_open("publicRoomDirectory"), what="Esc to close")


def test_screenshots_of_the_public_room_directory(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """The directory with a few rooms (pictures, a knock room, one the user is in) and the same
    after typing an address; in ``docs/screenshots`` with ``MESSENGER_SCREENSHOTS=1``."""
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    p = _people(shell, synapse, new_user, ("Alice", "Bob", "Carol", "Dave"))
    alice, bob = p["Alice"], p["Bob"]
    server = alice.user_id.split(":", 1)[1]

    async def seed() -> None:
        async with api_for(bob) as api:
            books_room = await publish(
                api, "Book club", alias="bookclub", topic="One novel a month, spoilers in threads only"
            )
            await set_room_picture(api, books_room, books(), "books.png")
            trips = await publish(
                api, "Weekend trips 🏕️", alias="trips", topic="Hiking, camping and the odd via ferrata"
            )
            await set_room_picture(api, trips, tent(), "tent.png")
            await publish(
                api, "Climbing gear swap", rule="knock", topic="Ropes, shoes, harnesses: ask to join"
            )
            await publish(api, "Board games night", topic="Thursdays at the café on the corner")
            for other in (p["Carol"], p["Dave"]):
                async with api_for(other) as them:
                    await them.join(trips)
                    await them.join(books_room)
            async with api_for(alice) as mine:
                await mine.join(books_room)

    shell.run(seed())
    shell.start(alice)
    _open_from_new_chat(shell)
    shell.wait(lambda: len(_keys(shell)) >= 4, what="the rooms")
    shell.wait(lambda: any(_shows_open(shell, k) for k in _keys(shell)), what="Open")
    shell.run(shell.session.wait_idle())
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"room-directory-{theme}.png")
    _search(shell, f"#trips:{server}")
    shell.wait(lambda: _row(shell, f"#trips:{server}") is not None, what="the address's row")
    shell.run(shell.session.wait_idle())
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"room-directory-address-{theme}.png")
    assert all((out / f"room-directory-{theme}.png").stat().st_size > 10_000 for theme in ("light", "dark"))
