"""Making and arranging spaces in the real window against a real Synapse: create a space from the
account menu, add rooms to it from its browser, suggest one, remove one; a plain member sees
"Add rooms" greyed out with why. What the user does is checked on the server; the window follows
the server's echo."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixError, RoomId, UserId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.power import is_channel
from messenger_desktop.qt.space_browser import ROLES
from tests.support.core import api_for
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_room_admin_ui import _on_server, _people, _room
from tests.ui.test_shell import _room_ids

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


async def _child(creds: Credentials, space: RoomId, room: RoomId) -> dict[str, Any]:
    async with api_for(creds) as api:
        try:
            return await api.state_event(space, "m.space.child", room)
        except MatrixError as exc:
            if exc.status == 404:
                return {}
            raise


async def _space(owner: Credentials, members: list[Credentials], name: str, rooms: list[RoomId]) -> RoomId:
    """``owner``'s space (only admins add rooms) holding ``rooms``; ``members`` join it."""
    server = owner.user_id.split(":", 1)[1]
    async with api_for(owner) as api:
        space = await api.create_room(
            name=name,
            preset="public_chat",
            extra={
                "creation_content": {"type": "m.space"},
                "power_level_content_override": {"events_default": 100},
            },
        )
        for room in rooms:
            await api.send_state(space, "m.space.child", room, {"via": [server]})
    for member in members:
        async with api_for(member) as api:
            await api.join(space)
    return space


def _rows(app: Shell) -> list[str]:
    browser = app.session.spaceBrowser
    return [browser.data(browser.index(i), ROLES["roomId"]) for i in range(browser.rowCount())]


def _in_list(app: Shell, listing: str, name: str) -> QQuickItem | None:
    for item in app.visual_children(listing):
        if item.objectName() == name and item.isVisible():
            return item
    return None


def _space_ids(app: Shell) -> list[str]:
    spaces = app.session.spaces
    role = next(k for k, v in spaces.roleNames().items() if bytes(v.data()) == b"roomId")
    return [spaces.data(spaces.index(i), role) for i in range(spaces.rowCount())]


def _browse(app: Shell, space: RoomId) -> None:
    """Open the space's browser as the user does: right-click its icon, Browse rooms."""
    app.wait(lambda: _space_shown(app, space), what="the space's icon")
    button = app.inside(app.find("spaceBar"), f"space_{space}")
    app.tap(button, Qt.MouseButton.RightButton)
    app.wait(lambda: app.is_open("spaceMenu"), what="the space's menu")
    app.click("spaceMenuBrowse")
    app.wait(lambda: app.is_open("spaceBrowser"), what="the space browser")
    app.wait(lambda: app.session.spaceBrowser.property("state") == "ready", what="the space's rooms")


def _space_shown(app: Shell, space: str) -> bool:
    try:
        return app.inside(app.find("spaceBar"), f"space_{space}").height() > 0
    except AssertionError:
        return False


def test_creating_a_space_from_the_account_menu(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    me = _people(app, synapse, new_user, ("Alice",))["Alice"]
    app.start(me)
    app.wait(lambda: app.has("accountMenuButton"), what="the main page")
    app.click("accountMenuButton")
    app.wait(lambda: app.is_open("accountMenu"), what="the menu")
    app.click("newSpaceMenuItem")
    app.wait(lambda: app.is_open("newSpaceDialog"), what="the dialog")
    assert app.find("newSpaceCreate").property("enabled") is False  # no name yet
    assert app.find("newSpaceName").hasActiveFocus()
    app.type("Climbers")
    app.focus("newSpaceTopic")
    app.type("All about climbing")
    app.click("newSpacePublic")
    assert app.find("newSpacePublic").property("checked") is True
    app.click("newSpaceCreate")
    app.wait(lambda: not app.is_open("newSpaceDialog"), what="the dialog to close")
    app.wait(lambda: len(_space_ids(app)) == 1, what="the new space in the bar", timeout=30)
    space = RoomId(_space_ids(app)[0])
    app.wait(lambda: _space_shown(app, space), what="its icon")

    async def state() -> dict[str, Any]:
        async with api_for(me) as api:
            events = await api.room_state(space)
        return {e["type"]: e["content"] for e in events if e.get("state_key") == ""}

    found = app.run(state())
    assert found["m.room.create"]["type"] == "m.space"
    assert found["m.room.name"]["name"] == "Climbers"
    assert found["m.room.topic"]["topic"] == "All about climbing"
    assert found["m.room.join_rules"]["join_rule"] == "public"
    assert found["m.room.power_levels"]["events_default"] == 100
    assert found["m.room.power_levels"]["events"]["m.space.child"] == 100


def test_an_admin_adds_suggests_and_removes_rooms(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    inside = app.run(_room(alice, [], "Members corner"))
    gear = app.run(_room(alice, [], "Gear swap"))
    sub = app.run(_space(alice, [], "Bouldering", []))
    space = app.run(_space(alice, [bob], "Climbers", [inside]))
    app.start(alice)
    app.wait(lambda: {inside, gear} <= set(_room_ids(app)), what="her rooms", timeout=30)
    app.wait(lambda: _space_shown(app, space) and _space_shown(app, sub), what="the spaces")
    _browse(app, space)
    assert _rows(app) == [inside]
    assert app.find("spaceBrowserAdd").property("enabled") is True
    assert not app.find("spaceBrowserWhy").isVisible()

    # Add rooms: her group and her other space, not the room already in it
    app.click("spaceBrowserAdd")
    app.wait(lambda: app.is_open("addToSpaceDialog"), what="the add dialog")
    adder = app.session.spaceBrowser.property("adder")
    app.wait(lambda: adder.rowCount() == 2, what="two candidates")
    assert _in_list(app, "addToSpaceRooms", f"addCandidate_{inside}") is None
    app.type("gear")
    app.wait(lambda: adder.rowCount() == 1, what="the search")
    row = _in_list(app, "addToSpaceRooms", f"addCandidate_{gear}")
    assert row is not None
    app.tap(row)
    app.focus("addToSpaceFilter").setProperty("text", "")
    app.wait(lambda: adder.rowCount() == 2, what="both again")
    bould = _in_list(app, "addToSpaceRooms", f"addCandidate_{sub}")
    assert bould is not None
    app.tap(bould)
    assert adder.property("selectedCount") == 2
    assert app.find("addToSpaceConfirm").property("text") == "Add (2)"
    app.click("addToSpaceConfirm")
    app.wait(lambda: not app.is_open("addToSpaceDialog"), what="the dialog to close", timeout=30)
    server = alice.user_id.split(":", 1)[1]
    _on_server(
        app, lambda: _child(alice, space, gear), lambda c: c.get("via") == [server], "gear in the space"
    )
    _on_server(app, lambda: _child(alice, space, sub), lambda c: c.get("via") == [server], "the sub-space")
    app.wait(lambda: set(_rows(app)) == {inside, gear, sub}, what="the browser to follow", timeout=30)

    # suggest the gear swap: tagged, and first
    arrange = _in_list(app, "spaceBrowserList", f"arrange_{gear}")
    assert arrange is not None
    app.tap(arrange)
    app.wait(lambda: app.is_open("spaceRowMenu"), what="the row's menu")
    assert app.obj("spaceRowSuggest").property("text") == "Suggest to members"
    app.click("spaceRowSuggest")
    _on_server(app, lambda: _child(alice, space, gear), lambda c: c.get("suggested") is True, "suggested")
    app.wait(lambda: _rows(app)[0] == gear, what="the suggested room first", timeout=30)
    app.wait(lambda: _in_list(app, "spaceBrowserList", "suggestedTag") is not None, what="the tag")

    # remove the first room
    arrange = _in_list(app, "spaceBrowserList", f"arrange_{inside}")
    assert arrange is not None
    app.tap(arrange)
    app.wait(lambda: app.is_open("spaceRowMenu"), what="the row's menu")
    app.click("spaceRowRemove")
    _on_server(app, lambda: _child(alice, space, inside), lambda c: c == {}, "the room out of the space")
    app.wait(lambda: set(_rows(app)) == {gear, sub}, what="the browser without it", timeout=30)


def test_a_member_sees_add_rooms_greyed_out_with_why(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    room = app.run(_room(alice, [bob], "Members corner"))
    space = app.run(_space(alice, [bob], "Climbers", [room]))
    app.start(bob)
    app.wait(lambda: _space_shown(app, space), what="the space", timeout=30)
    _browse(app, space)
    assert app.find("spaceBrowserAdd").property("enabled") is False
    app.wait(lambda: app.find("spaceBrowserWhy").isVisible(), what="why")
    assert app.prop("spaceBrowserWhy", "text") == "Only the space's admins can add or remove rooms."
    assert _in_list(app, "spaceBrowserList", f"arrange_{room}") is None


def test_screenshots_of_a_new_space_and_arranging_one(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """The new-space dialog, a space's browser with a suggested room, and its "Add rooms" dialog;
    in ``docs/screenshots`` with ``MESSENGER_SCREENSHOTS=1``."""
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    alice = _people(app, synapse, new_user, ("Alice",))["Alice"]
    rooms = [app.run(_room(alice, [], name)) for name in ("Route setting", "Gear swap", "Trips", "Beta")]
    space = app.run(_space(alice, [], "Climbers", rooms[:2]))
    server = alice.user_id.split(":", 1)[1]

    async def suggest() -> None:
        async with api_for(alice) as api:
            await api.send_state(space, "m.space.child", rooms[1], {"via": [server], "suggested": True})

    app.run(suggest())
    app.start(alice)
    app.wait(lambda: set(rooms) <= set(_room_ids(app)), what="her rooms", timeout=30)
    app.wait(lambda: _space_shown(app, space), what="the space")
    app.click("accountMenuButton")
    app.wait(lambda: app.is_open("accountMenu"), what="the menu")
    app.click("newSpaceMenuItem")
    app.wait(lambda: app.is_open("newSpaceDialog"), what="the dialog")
    app.type("Bouldering")
    app.focus("newSpaceTopic")
    app.type("Problems, projects and crash pads")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"new-space-{theme}.png")
    app.key(Qt.Key.Key_Escape)
    app.wait(lambda: not app.is_open("newSpaceDialog"), what="the dialog to close")
    _browse(app, space)
    app.wait(lambda: _rows(app)[:1] == [rooms[1]], what="the suggested room first")
    app.run(app.session.wait_idle())
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"space-browser-admin-{theme}.png")
    app.click("spaceBrowserAdd")
    app.wait(lambda: app.is_open("addToSpaceDialog"), what="the add dialog")
    adder = app.session.spaceBrowser.property("adder")
    app.wait(lambda: adder.rowCount() == 2, what="the candidates")
    row = _in_list(app, "addToSpaceRooms", f"addCandidate_{rooms[2]}")
    assert row is not None
    app.tap(row)
    app.run(app.session.wait_idle())
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"space-add-rooms-{theme}.png")
    assert all(
        (out / f"{n}-{t}.png").stat().st_size > 10_000
        for n in ("new-space", "space-browser-admin", "space-add-rooms")
        for t in ("light", "dark")
    )


def test_a_new_space_can_start_with_an_announcements_channel_its_members_join(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    app.start(alice)
    app.wait(lambda: app.has("accountMenuButton"), what="the main page")
    app.click("accountMenuButton")
    app.wait(lambda: app.is_open("accountMenu"), what="the menu")
    app.click("newSpaceMenuItem")
    app.wait(lambda: app.is_open("newSpaceDialog"), what="the dialog")
    app.type("Climbers")
    app.click("newSpaceAnnouncements")
    app.click("newSpaceCreate")
    app.wait(lambda: not app.is_open("newSpaceDialog"), what="the dialog to close")
    app.wait(lambda: len(_space_ids(app)) == 1, what="the new space in the bar", timeout=30)
    space = RoomId(_space_ids(app)[0])

    async def children() -> dict[str, dict[str, Any]]:
        async with api_for(alice) as api:
            events = await api.room_state(space)
        return {e["state_key"]: e["content"] for e in events if e.get("type") == "m.space.child"}

    found = app.run(children())
    assert len(found) == 1
    channel, link = next(iter(found.items()))
    assert link["suggested"] is True

    async def channel_state() -> dict[str, Any]:
        async with api_for(alice) as api:
            events = await api.room_state(RoomId(channel))
        return {(e["type"], e["state_key"]): e["content"] for e in events}

    state = app.run(channel_state())
    assert state[("m.room.name", "")]["name"] == "Announcements"
    assert is_channel(state[("m.room.power_levels", "")])
    assert state[("m.space.parent", space)]["canonical"] is True
    assert state[("m.room.join_rules", "")]["allow"] == [{"type": "m.room_membership", "room_id": space}]

    # Bob, once in the space, joins the channel without an invitation, and may not post there
    async def bob_joins_and_posts() -> MatrixError:
        async with api_for(alice) as api:
            await api.invite(space, UserId(bob.user_id))
        async with api_for(bob) as api:
            await api.join(space)
            await api.join(RoomId(channel))
            try:
                await api.send(RoomId(channel), "m.room.message", "t1", {"msgtype": "m.text", "body": "hi"})
            except MatrixError as exc:
                return exc
        raise AssertionError("a member posted in the announcements channel")

    assert app.run(bob_joins_and_posts()).status == 403
