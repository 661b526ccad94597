"""Browsing a space as a user does: right-click its icon (or the button over a space's list),
see its rooms — the joined one with Open, the other with Join — filter them, join one, open one.
Against a real Synapse, through the real window; the join is checked on the server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.space_browser import ROLES
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_actions import _members
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


async def _space_with_two_rooms(bob: Credentials, alice: Credentials) -> tuple[RoomId, RoomId, RoomId]:
    """Bob's space with two child rooms; Alice is in the space and in the first room only."""
    inside = await _room_with(bob, alice, "Members corner", ("hello members",))
    transport = HttpxTransport()
    try:
        b = MatrixApi(bob.homeserver, transport, access_token=bob.access_token)
        a = MatrixApi(alice.homeserver, transport, access_token=alice.access_token)
        other = await b.create_room(
            name="Open forum", preset="public_chat", extra={"topic": "Anyone welcome"}
        )
        space = await b.create_room(
            name="Club space",
            invite=(alice.user_id,),
            preset="private_chat",
            extra={"creation_content": {"type": "m.space"}},
        )
        server = bob.user_id.split(":", 1)[1]
        await b.send_state(space, "m.space.child", inside, {"via": [server], "order": "a"})
        await b.send_state(space, "m.space.child", other, {"via": [server], "order": "b"})
        await a.join(space)
        return space, inside, other
    finally:
        await transport.aclose()


def _space_button(shell: Shell, space: str) -> QQuickItem | None:
    try:
        button = shell.inside(shell.find("spaceBar"), f"space_{space}")
    except AssertionError:
        return None
    return button if button.height() > 0 else None


def _button(shell: Shell, room: str, text: str) -> QQuickItem | None:
    """The row's action button (``join_<room>``) when it says ``text``."""
    found = _in_browser(shell, f"join_{room}")
    return found if found is not None and found.property("text") == text else None


def _in_browser(shell: Shell, name: str) -> QQuickItem | None:
    for item in shell.visual_children("spaceBrowserList"):
        if item.objectName() == name and item.isVisible():
            return item
    return None


def _shown_rooms(shell: Shell) -> set[str]:
    browser = shell.session.spaceBrowser
    return {browser.data(browser.index(i), ROLES["roomId"]) for i in range(browser.rowCount())}


def test_browsing_a_space_and_joining_one_of_its_rooms(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    space, inside, other = shell.run(_space_with_two_rooms(bob, alice))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [inside], what="the one joined room")
    shell.wait(lambda: _space_button(shell, space) is not None, what="the space's icon")

    # right-click the space's icon: Browse rooms
    button = _space_button(shell, space)
    assert button is not None
    shell.tap(button, Qt.MouseButton.RightButton)
    shell.wait(lambda: shell.is_open("spaceMenu"), what="the space's menu")
    shell.click("spaceMenuBrowse")
    shell.wait(lambda: shell.is_open("spaceBrowser"), what="the space browser")
    browser = shell.session.spaceBrowser
    assert browser.property("spaceName") == "Club space"
    shell.wait(lambda: browser.property("state") == "ready", what="the space's rooms")
    assert _shown_rooms(shell) == {inside, other}
    shell.wait(lambda: _button(shell, other, "Join") is not None, what="Join on the other room")
    assert _button(shell, inside, "Open") is not None
    forum = _in_browser(shell, f"browsed_{other}")
    assert forum is not None
    assert forum.property("name") == "Open forum"
    assert forum.property("topic") == "Anyone welcome"
    assert forum.property("membersText") == "1 member"

    # the filter narrows by name
    assert shell.find("spaceBrowserFilter").hasActiveFocus()
    shell.type("forum")
    shell.wait(lambda: _shown_rooms(shell) == {other}, what="only the forum")
    shell.find("spaceBrowserFilter").setProperty("text", "")
    shell.wait(lambda: _shown_rooms(shell) == {inside, other}, what="both again")

    # Join: under way at once, then Open once sync has brought the room
    shell.wait(lambda: _button(shell, other, "Join") is not None, what="the rows again")
    join = _button(shell, other, "Join")
    forum = _in_browser(shell, f"browsed_{other}")
    assert join is not None and forum is not None
    shell.tap(join)
    assert forum.property("joining") is True
    assert join.property("text") == "Joining…" and join.property("enabled") is False
    shell.wait(lambda: _button(shell, other, "Open") is not None, what="Open instead of Join")
    opened = _button(shell, other, "Open")
    assert opened is join  # the same button
    assert other in _room_ids(shell)
    assert shell.run(_members(bob, other)).get(alice.user_id) == "join"

    # Open: the browser closes on the conversation
    shell.tap(opened)
    shell.wait(lambda: not shell.is_open("spaceBrowser"), what="the browser to close")
    assert shell.session.property("currentRoomId") == other

    # the space's own list has it too, and the button over it browses the space again
    shell.tap(button)
    shell.wait(lambda: set(_room_ids(shell)) == {inside, other}, what="the space's two rooms")
    shell.wait(
        lambda: shell.has("browseSpaceButton") and shell.find("browseSpaceButton").isVisible(), what="Browse"
    )
    shell.click("browseSpaceButton")
    shell.wait(lambda: shell.is_open("spaceBrowser"), what="the space browser again")
    shell.wait(lambda: browser.property("state") == "ready", what="the space's rooms")
    shell.wait(lambda: _button(shell, other, "Open") is not None, what="both rooms joined")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.is_open("spaceBrowser"), what="Esc to close the browser")


def test_a_space_that_cannot_be_loaded_says_why_and_can_be_retried(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    space, inside, _other = shell.run(_space_with_two_rooms(bob, alice))
    shell.start(alice)
    shell.wait(lambda: _space_button(shell, space) is not None, what="the space's icon")
    button = _space_button(shell, space)
    assert button is not None
    shell.tap(button)
    shell.click("browseSpaceButton")
    shell.wait(lambda: shell.is_open("spaceBrowser"), what="the space browser")
    browser = shell.session.spaceBrowser
    shell.wait(lambda: browser.property("state") == "ready", what="the space's rooms")

    # a space the server will not show (a made-up one): one sentence and Try again
    server = alice.user_id.split(":", 1)[1]
    browser.browse(f"!nowhere:{server}", "Nowhere")
    shell.wait(lambda: browser.property("state") == "error", what="the error")
    shell.wait(lambda: shell.find("spaceBrowserError").isVisible(), what="the error on screen")
    assert browser.property("error")
    assert shell.find("spaceBrowserRetry").isVisible()
    shell.click("spaceBrowserRetry")
    shell.wait(lambda: browser.property("state") in ("loading", "error"), what="another try")
    shell.wait(lambda: browser.property("state") == "error", what="the error again")
    assert inside in _room_ids(shell)
