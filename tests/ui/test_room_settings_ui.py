"""The conversation's settings dialog in the real window against a real Synapse: what the admin
changes reaches the server as the spec's state events (and the directory), the dialog shows the
server's echo, and someone whose role may not change them sees them greyed out with why."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixError, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.power import SIGNATURES_EVENT, channel_levels
from tests.support.core import api_for
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_room_admin_ui import REPO, _in, _items, _on_server, _open, _people, _room, _say

pytestmark = pytest.mark.integration


async def _state(creds: Credentials, room: RoomId, event_type: str, state_key: str = "") -> dict[str, Any]:
    """The room's ``event_type`` state as the server has it ({} while there is none)."""
    async with api_for(creds) as api:
        try:
            return await api.state_event(room, event_type, state_key)
        except MatrixError as exc:
            if exc.errcode != "M_NOT_FOUND":
                raise
            return {}


async def _listed(creds: Credentials, room: RoomId) -> dict[str, Any]:
    async with api_for(creds) as api:
        return {"public": await api.directory_visibility(room)}


def _open_settings(app: Shell) -> None:
    app.click("conversationMenuButton")
    app.wait(lambda: app.is_open("conversationMenu"), what="the menu")
    app.click("roomSettingsMenuItem")
    app.wait(lambda: app.is_open("roomSettings"), what="the settings")
    app.wait(lambda: app.session.roomSettings.property("loaded"), what="the settings to load")


def _settings_of(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, name: str = "Club", *, admin: bool = True
) -> tuple[Credentials, RoomId]:
    """Alice's group ``name`` with Bob in it, its settings open in the window of Alice (the admin)
    or of Bob (a member); returns Alice and the room."""
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    room = app.run(_room(p["Alice"], [p["Bob"]], name))
    _open(app, p["Alice"] if admin else p["Bob"], room)
    _open_settings(app)
    return p["Alice"], room


def _choice(app: Shell, row: str, value: str) -> QQuickItem:
    found = [i for i in _items(app, "roomSettings") if i.objectName() == row]
    assert found, row
    choice = app.inside(found[0], f"choice_{value}")
    app.scroll_to(choice)  # the dialog scrolls: a row further down is scrolled to, as a user does
    return choice


def _toggle(app: Shell, row: str) -> QQuickItem:
    toggle = app.inside(_in(app, "roomSettings", row), "toggle")
    app.scroll_to(toggle)
    return toggle


def test_an_admin_renames_the_conversation_and_changes_who_may_join_and_read(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, room = _settings_of(app, synapse, new_user)
    assert app.find("roomSettingsName").property("text") == "Club"
    assert app.prop("roomSettingsReason", "text") == ""

    app.focus("roomSettingsName")
    app.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    app.type("Climbing club")
    app.focus("roomSettingsTopic")
    app.type("Saturdays at the crag")
    app.click("roomSettingsSave")
    _on_server(
        app, lambda: _state(alice, room, "m.room.name"), lambda c: c.get("name") == "Climbing club", "name"
    )
    _on_server(
        app,
        lambda: _state(alice, room, "m.room.topic"),
        lambda c: c.get("topic") == "Saturdays at the crag",
        "topic",
    )
    app.wait(lambda: app.session.property("currentRoomName") == "Climbing club", what="the header")

    app.tap(_choice(app, "joinRuleRow", "knock"))
    _on_server(
        app,
        lambda: _state(alice, room, "m.room.join_rules"),
        lambda c: c.get("join_rule") == "knock",
        "knock",
    )
    app.wait(lambda: _choice(app, "joinRuleRow", "knock").property("checked"), what="the choice to follow")

    app.tap(_choice(app, "historyRow", "joined"))
    _on_server(
        app,
        lambda: _state(alice, room, "m.room.history_visibility"),
        lambda c: c.get("history_visibility") == "joined",
        "history",
    )

    guests = bool(app.session.roomSettings.property("guests"))
    app.tap(_toggle(app, "guestsRow"))
    wanted = "forbidden" if guests else "can_join"
    _on_server(
        app,
        lambda: _state(alice, room, "m.room.guest_access"),
        lambda c: c.get("guest_access") == wanted,
        "guests",
    )
    app.wait(lambda: app.session.roomSettings.property("guests") is (not guests), what="the toggle to follow")


def test_an_address_and_the_directory_listing(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, room = _settings_of(app, synapse, new_user)
    assert app.prop("roomSettingsAlias", "text") == "No address yet"

    app.focus("aliasField")
    app.type("two words")
    app.key(Qt.Key.Key_Return)
    app.wait(lambda: "cannot be an address" in app.prop("roomSettingsError", "text"), what="the refusal")

    name = f"club-{secrets.token_hex(3)}"
    app.focus("aliasField")
    app.type(name)
    app.key(Qt.Key.Key_Return)
    alias = f"#{name}:localhost"
    _on_server(
        app, lambda: _state(alice, room, "m.room.canonical_alias"), lambda c: c.get("alias") == alias, "alias"
    )
    app.wait(lambda: app.prop("roomSettingsAlias", "text") == alias, what="the address")

    app.tap(_toggle(app, "publishRow"))
    _on_server(app, lambda: _listed(alice, room), lambda c: c["public"], "the listing")
    app.wait(lambda: app.session.roomSettings.property("published") is True, what="the toggle to follow")
    assert _toggle(app, "publishRow").property("checked") is True


def test_a_member_sees_the_settings_greyed_out_and_why(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _settings_of(app, synapse, new_user, admin=False)
    why = "Your role in this conversation does not allow this."
    app.wait(lambda: app.prop("roomSettingsReason", "text") == why, what="the reason")
    assert not app.find("roomSettingsName").isEnabled()
    assert not app.find("aliasField").isEnabled()
    assert not _choice(app, "joinRuleRow", "public").isEnabled()
    assert not _toggle(app, "publishRow").isEnabled()
    app.click("roomSettingsLeave")
    app.wait(lambda: app.is_open("confirmLeave"), what="the leave confirmation")


def test_screenshots_of_the_settings(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """In ``docs/screenshots`` with ``MESSENGER_SCREENSHOTS=1``."""
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    _settings_of(app, synapse, new_user, "Climbing club")
    app.focus("roomSettingsTopic")
    app.type("Saturdays at the crag")
    app.run(app.session.wait_idle())
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"room-settings-{theme}.png")
    assert all((out / f"room-settings-{t}.png").stat().st_size > 10_000 for t in ("light", "dark"))


def test_an_admin_puts_the_conversation_in_a_space_and_takes_it_out(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice = p["Alice"]
    room = app.run(_room(alice, [p["Bob"]], "Club"))

    async def make_space() -> RoomId:
        async with api_for(alice) as api:
            return await api.create_room(name="Climbers", extra={"creation_content": {"type": "m.space"}})

    space = app.run(make_space())
    _open(app, alice, room)
    app.wait(lambda: app.session.spaces.rowCount() == 1, what="the space", timeout=30)
    _open_settings(app)
    assert app.prop("spaceParentName", "text") == "Not in a space"

    app.click("spaceParentButton")
    app.wait(lambda: app.is_open("spaceParentMenu"), what="the spaces")
    app.tap(_in(app, "spaceParentMenu", f"spaceParent_{space}"))
    _on_server(app, lambda: _parent(alice, room, space), lambda c: c.get("canonical") is True, "the parent")
    _on_server(app, lambda: _child(alice, space, room), lambda c: bool(c.get("via")), "the space's child")
    app.wait(lambda: app.prop("spaceParentName", "text") == "Climbers", what="the space's name")

    app.click("spaceParentButton")
    app.wait(lambda: app.is_open("spaceParentMenu"), what="the spaces")
    app.click("spaceParentNone")
    _on_server(app, lambda: _parent(alice, room, space), lambda c: c == {}, "the parent gone")
    _on_server(app, lambda: _child(alice, space, room), lambda c: c == {}, "the child gone")
    app.wait(lambda: app.prop("spaceParentName", "text") == "Not in a space", what="no space")


async def _parent(creds: Credentials, room: RoomId, space: RoomId) -> dict[str, Any]:
    return await _state(creds, room, "m.space.parent", space)


async def _child(creds: Credentials, space: RoomId, room: RoomId) -> dict[str, Any]:
    return await _state(creds, space, "m.space.child", room)


def test_a_channel_signs_its_posts_when_its_admin_says_so(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    room = app.run(_room(alice, [bob], "News", channel_levels()))
    app.run(_say(alice, room, "The north wall reopens on Monday"))
    _open(app, alice, room)
    app.wait(lambda: app.session.roomAdmin.property("isChannel"), what="the channel")

    def post() -> QQuickItem:
        found = app.visual_children("timeline")
        return next(i for i in found if i.property("body") == "The north wall reopens on Monday")

    # unsigned, a post is the channel's: no name above it, no signature
    assert not app.inside(post(), "postSignature").isVisible()
    _open_settings(app)
    app.tap(_toggle(app, "signPostsRow"))
    _on_server(
        app,
        lambda: _state(alice, room, SIGNATURES_EVENT),
        lambda c: c.get("sign_posts") is True,
        "signatures",
    )
    signature = app.inside(post(), "postSignature")
    app.wait(lambda: signature.isVisible(), what="the signature")
    assert signature.property("text") == "Alice"
    app.wait(lambda: _toggle(app, "signPostsRow").property("checked") is True, what="the switch to follow")
    app.click("roomSettingsClose")
    app.wait(lambda: not app.is_open("roomSettings"), what="the settings to close")
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else None
    for theme in ("light", "dark") if out else ():
        app.settings.set_value("theme", theme)
        app.grab(out / f"channel-signed-{theme}.png")


def test_a_reader_sees_signed_posts_but_cannot_change_signing(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    room = app.run(_room(alice, [bob], "News", channel_levels()))

    async def sign() -> None:
        async with api_for(alice) as api:
            await api.send_state(room, SIGNATURES_EVENT, "", {"sign_posts": True})

    app.run(sign())
    app.run(_say(alice, room, "Helmets on, please"))
    _open(app, bob, room)

    def post() -> QQuickItem:
        return next(i for i in app.visual_children("timeline") if i.property("body") == "Helmets on, please")

    app.wait(lambda: app.inside(post(), "postSignature").isVisible(), what="the signature")
    assert app.inside(post(), "postSignature").property("text") == "Alice"
    _open_settings(app)
    assert not _toggle(app, "signPostsRow").isEnabled()
    assert _toggle(app, "signPostsRow").property("checked") is True
