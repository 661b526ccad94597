"""Organising the conversation list as a user does it: the row's right-click menu (pin, mark as
unread, notifications, low priority), folder tabs, a new folder, saved messages and the space bar.
Against a real Synapse, through the real window; each change is checked where it lives (the
server's account data or push rules), not only on screen."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.list_filters import TAB_ROLES
from messenger_desktop.qt.rooms_model import ROLES as ROOM_ROLES
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_actions import _pick
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


def _role(shell: Shell, room: str, role: str) -> Any:
    rooms = shell.session.rooms
    row = rooms.indexOf(room)
    assert row >= 0, f"{room} is not in the list"
    return rooms.data(rooms.index(row), ROOM_ROLES[role])


def _find_row(shell: Shell, room: str) -> QQuickItem | None:
    for item in shell.visual_children("roomList"):
        if item.property("roomId") == room and item.property("name") is not None:
            return item
    return None


def _row_item(shell: Shell, room: str) -> QQuickItem:
    """The row on screen (the list lays out its delegates in the next frame after a change)."""
    shell.wait(lambda: _find_row(shell, room) is not None, what=f"the row of {room}")
    found = _find_row(shell, room)
    assert found is not None
    return found


def _row_menu(shell: Shell, room: str) -> None:
    shell.tap(_row_item(shell, room), Qt.MouseButton.RightButton)
    shell.wait(lambda: shell.is_open("roomMenu"), what="the conversation's menu")


async def _account_data(creds: Credentials, room: RoomId, kind: str) -> dict[str, Any]:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        path = f"/_matrix/client/v3/user/{creds.user_id}/rooms/{room}/{kind}"
        return await api.request("GET", path)
    finally:
        await transport.aclose()


def test_pin_to_top_from_the_row_menu(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> None:
    alice, bob = _people(shell, synapse, new_user)
    old = shell.run(_room_with(bob, alice, "Old news", ("a",)))
    new = shell.run(_room_with(bob, alice, "Fresh", ("b",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [new, old], what="the list by activity")
    _row_menu(shell, old)
    shell.click("roomMenuFavourite")
    shell.wait(lambda: _room_ids(shell) == [old, new], what="the pinned room on top")
    assert _role(shell, old, "favourite") is True
    tags = shell.run(_account_data(alice, old, "tags"))["tags"]
    assert "m.favourite" in tags

    _row_menu(shell, old)
    assert shell.obj("roomMenuFavourite").property("text") == "Unpin"
    shell.click("roomMenuFavourite")
    shell.wait(lambda: _room_ids(shell) == [new, old], what="back in activity order")


def test_mark_as_unread_then_read(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(alice, bob, "Notes", ("mine",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room], what="the list")
    _row_menu(shell, room)
    shell.click("roomMenuMarkUnread")
    shell.wait(lambda: _role(shell, room, "markedUnread") is True, what="the unread mark")
    assert shell.inside(_row_item(shell, room), "markedUnreadDot").isVisible()
    assert shell.session.rooms.property("unreadRooms") == 1
    content = shell.run(_account_data(alice, room, "account_data/m.marked_unread"))
    assert content == {"unread": True}

    _row_menu(shell, room)
    assert shell.obj("roomMenuMarkUnread").property("text") == "Mark as read"
    shell.click("roomMenuMarkUnread")
    shell.wait(lambda: _role(shell, room, "markedUnread") is False, what="the mark gone")
    assert shell.session.rooms.property("unreadRooms") == 0


def test_mute_from_the_notifications_submenu(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Noisy group", ("hi",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room], what="the list")
    _row_menu(shell, room)
    for _ in range(3):  # Pin, Mark as …, Notifications ▸
        shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Right)
    _pick(shell, "notificationLevel", 1)  # the third entry: Mute
    shell.wait(lambda: _role(shell, room, "level") == "mute", what="the room muted")

    async def rule() -> dict[str, Any]:
        transport = HttpxTransport()
        try:
            api = MatrixApi(alice.homeserver, transport, access_token=alice.access_token)
            return await api.request("GET", f"/_matrix/client/v3/pushrules/global/override/{room}")
        finally:
            await transport.aclose()

    assert shell.run(rule())["actions"] == []


def test_folder_tabs_and_a_new_folder(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> None:
    alice, bob = _people(shell, synapse, new_user)
    quiet = shell.run(_room_with(alice, bob, "Quiet", ("mine",)))
    busy = shell.run(_room_with(bob, alice, "Busy", ("news",)))
    shell.start(alice)
    shell.wait(lambda: set(_room_ids(shell)) == {quiet, busy}, what="the list")
    shell.wait(lambda: shell.session.folderTabs.rowCount() == 4, what="the built-in tabs")

    shell.tap(shell.inside(shell.find("folderTabs"), "folderTab_unread"))
    shell.wait(lambda: _room_ids(shell) == [busy], what="only the unread conversation")
    shell.tap(shell.inside(shell.find("folderTabs"), "folderTab_all"))
    shell.wait(lambda: set(_room_ids(shell)) == {quiet, busy}, what="everything again")

    shell.click("accountMenuButton")
    shell.wait(lambda: shell.is_open("accountMenu"), what="the account menu")
    shell.click("newFolderButton")
    shell.wait(lambda: shell.is_open("folderDialog"), what="the new-folder dialog")
    shell.type("Calm")
    for item in shell.visual_children("folderRooms"):
        if item.property("text") == "Quiet" and item.property("checkable"):
            shell.tap(item)
            break
    else:
        raise AssertionError("Quiet is not offered")
    shell.click("folderSave")
    shell.wait(lambda: shell.session.rooms.property("folder") != "all", what="the new folder's tab")
    assert _room_ids(shell) == [quiet]
    assert shell.session.folderTabs.rowCount() == 5

    shell.run(shell.session.wait_idle())
    (folder,) = shell.run(_stored_folders(alice))
    assert (folder["name"], folder["rooms"]) == ("Calm", [quiet])


async def _stored_folders(creds: Credentials) -> list[dict[str, Any]]:
    """The folders as the server holds them (what the user's other devices get)."""
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        path = f"/_matrix/client/v3/user/{creds.user_id}/account_data/im.messenger-desktop.folders"
        folders: list[dict[str, Any]] = (await api.request("GET", path))["folders"]
        return folders
    finally:
        await transport.aclose()


def _tab_keys(shell: Shell) -> list[str]:
    tabs = shell.session.folderTabs
    return [tabs.data(tabs.index(row), TAB_ROLES["key"]) for row in range(tabs.rowCount())]


def _tab_in_view(shell: Shell, key: str) -> QQuickItem | None:
    tabs = shell.find("folderTabs")
    try:
        tab = shell.inside(tabs, f"folderTab_{key}")
    except AssertionError:
        return None
    left = tab.mapToItem(tabs, QPointF(0, 0)).x()
    return tab if left >= -1 and left + tab.width() <= tabs.width() + 1 else None  # 1 px: rounding


def _wheel(shell: Shell, item: QQuickItem, delta: int) -> None:
    """Turn the mouse wheel over ``item`` (negative: down), as a user without a touchpad does."""

    async def turning() -> None:
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        event = QWheelEvent(
            centre,
            centre,
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QCoreApplication.sendEvent(shell.window, event)
        await asyncio.sleep(0.3)

    shell.run(turning())


def _folder_menu(shell: Shell, key: str) -> None:
    """Right-click the folder's tab (once the tab has scrolled into view)."""
    shell.wait(lambda: _tab_in_view(shell, key) is not None, what=f"the tab of {key} in view")
    tab = _tab_in_view(shell, key)
    assert tab is not None
    shell.tap(tab, Qt.MouseButton.RightButton)
    shell.wait(lambda: shell.is_open("folderMenu"), what="the folder's menu")


def test_a_folder_made_from_a_conversation_then_edited_moved_and_deleted(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    quiet = shell.run(_room_with(alice, bob, "Quiet", ("mine",)))
    busy = shell.run(_room_with(bob, alice, "Busy", ("news",)))
    shell.start(alice)
    shell.wait(lambda: set(_room_ids(shell)) == {quiet, busy}, what="the list")

    # the conversation's menu: Add to folder ▸ New folder… starts with that conversation chosen
    _row_menu(shell, quiet)
    for _ in range(5):  # Pin, Mark as …, Notifications ▸, Low priority, Add to folder ▸
        shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Right)
    _pick(shell, "roomMenuFolders", 0)  # no folder yet: only "New folder…"
    shell.wait(lambda: shell.is_open("folderDialog"), what="the new-folder dialog")
    assert shell.obj("folderDialog").property("chosenCount") == 1
    shell.type("Calm")
    shell.key(Qt.Key.Key_Return, text="\r")
    shell.wait(lambda: _room_ids(shell) == [quiet], what="the new folder's tab with Quiet")
    calm = shell.session.rooms.property("folder")
    assert _tab_keys(shell)[4:] == [calm]

    # edit it: everything unread joins, and the name changes
    _folder_menu(shell, calm)
    shell.click("editFolderButton")
    shell.wait(lambda: shell.is_open("folderDialog"), what="the folder to edit")
    assert shell.prop("folderName", "text") == "Calm"
    shell.tap(shell.inside(shell.find("folderName").parentItem(), "folderInclude_unread"))
    shell.focus("folderName").setProperty("text", "Calm and new")
    shell.click("folderSave")
    shell.wait(lambda: set(_room_ids(shell)) == {quiet, busy}, what="unread conversations in the folder")
    tabs = shell.session.folderTabs
    assert tabs.data(tabs.index(4), TAB_ROLES["name"]) == "Calm and new"
    shell.run(shell.session.wait_idle())
    (stored,) = shell.run(_stored_folders(alice))
    assert (stored["name"], stored["rooms"], stored["include"]) == ("Calm and new", [quiet], ["unread"])

    # Busy goes in by hand from its own menu
    _row_menu(shell, busy)
    for _ in range(5):
        shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Right)
    _pick(shell, "roomMenuFolders", 0)  # "Calm and new", then New folder…
    shell.run(shell.session.wait_idle())
    (stored,) = shell.run(_stored_folders(alice))
    assert stored["rooms"] == [quiet, busy]

    # a second folder, moved to the left of the first
    shell.session.folderEditor.create("Later", [busy])
    shell.wait(lambda: len(_tab_keys(shell)) == 6, what="a second folder")
    later = _tab_keys(shell)[5]
    _folder_menu(shell, later)
    shell.click("moveFolderLeft")
    shell.wait(lambda: _tab_keys(shell)[4:] == [later, calm], what="the folders reordered")
    shell.run(shell.session.wait_idle())
    assert [f["name"] for f in shell.run(_stored_folders(alice))] == ["Later", "Calm and new"]

    # delete asks first; its tab is past the right edge now: the mouse wheel scrolls the tabs there
    before = shell.find("folderTabs").property("contentX")
    for _ in range(5):
        if _tab_in_view(shell, calm) is not None:
            break
        _wheel(shell, shell.find("folderTabs"), -120)
    assert shell.find("folderTabs").property("contentX") > before
    _folder_menu(shell, calm)
    shell.click("deleteFolderButton")
    shell.wait(lambda: shell.is_open("confirmDeleteFolder"), what="the question")
    assert "Calm and new" in shell.obj("confirmDeleteFolder").property("title")
    shell.click("confirmDeleteFolderButton")
    shell.wait(lambda: _tab_keys(shell)[4:] == [later], what="the folder gone")
    shell.run(shell.session.wait_idle())
    assert [f["name"] for f in shell.run(_stored_folders(alice))] == ["Later"]
    assert set(_room_ids(shell)) >= {busy}


def test_saved_messages_is_always_on_top(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> None:
    alice, bob = _people(shell, synapse, new_user)
    other = shell.run(_room_with(bob, alice, "Chatter", ("hey",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [other], what="the list")
    shell.click("accountMenuButton")
    _pick(shell, "accountMenu", 0)
    shell.wait(lambda: len(_room_ids(shell)) == 2, what="the saved-messages conversation")
    saved = shell.session.property("currentRoomId") or _room_ids(shell)[0]
    shell.wait(
        lambda: _room_ids(shell)[0] == saved and _role(shell, saved, "savedMessages"), what="it on top"
    )
    assert _role(shell, saved, "name") == "Saved messages"
    shell.wait(lambda: shell.session.property("currentRoomId") == saved, what="it to open")
    shell.run(_room_with(bob, alice, "Newer chatter", ("later",)))
    shell.wait(lambda: len(_room_ids(shell)) == 3, what="a newer conversation")
    assert _room_ids(shell)[0] == saved


def test_the_space_bar_narrows_the_list_to_a_space(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    inside = shell.run(_room_with(bob, alice, "Inside", ("in",)))
    outside = shell.run(_room_with(bob, alice, "Outside", ("out",)))

    async def make_space() -> RoomId:
        transport = HttpxTransport()
        try:
            a = MatrixApi(bob.homeserver, transport, access_token=bob.access_token)
            b = MatrixApi(alice.homeserver, transport, access_token=alice.access_token)
            space = await a.create_room(
                name="Club space",
                invite=(alice.user_id,),
                preset="private_chat",
                extra={"creation_content": {"type": "m.space"}},
            )
            server = bob.user_id.split(":", 1)[1]
            await a.send_state(space, "m.space.child", inside, {"via": [server]})
            await b.join(space)
            return space
        finally:
            await transport.aclose()

    space = shell.run(make_space())
    shell.start(alice)
    shell.wait(lambda: set(_room_ids(shell)) == {inside, outside}, what="the list without the space")
    shell.wait(lambda: shell.find("spaceBar").isVisible(), what="the space bar")

    def space_button() -> QQuickItem | None:
        try:
            return shell.inside(shell.find("spaceBar"), f"space_{space}")
        except AssertionError:
            return None

    shell.wait(lambda: space_button() is not None and space_button().height() > 0, what="the space's button")
    button = space_button()
    assert button is not None
    shell.tap(button)
    shell.wait(lambda: _room_ids(shell) == [inside], what="the space's conversation only")
    shell.run(asyncio.sleep(0))
