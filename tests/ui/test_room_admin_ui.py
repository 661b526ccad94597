"""Roles, moderation and channels in the real window against a real Synapse, with three people:
the owner (Alice, admin), a moderator and a member. What the user clicks reaches the server, the
window follows the server's echo, and what a role does not allow is not offered (or says why)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixError, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.power import PowerLevels, can, channel_levels, is_channel, right_level, room_levels
from messenger_desktop.power.rights import BY_KEY
from tests.support.core import api_for, login, until_async
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_shell import _room_ids

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def _people(
    app: Shell,
    synapse: LocalSynapse,
    new_user: UserFactory,
    names: tuple[str, ...] = ("Alice", "Bob", "Carol"),
) -> dict[str, Credentials]:
    found = {}
    for name in names:
        user_id, password = new_user(name.lower(), displayname=name)
        found[name] = app.run(login(synapse.base_url, user_id, password))
    return found


async def _room(
    owner: Credentials, others: list[Credentials], name: str, levels: dict[str, Any] | None = None
) -> RoomId:
    """``owner`` creates a group (with ``levels``), the ``others`` join it."""
    async with api_for(owner) as api:
        extra = {"power_level_content_override": levels} if levels else None
        room = await api.create_room(
            name=name, invite=tuple(o.user_id for o in others), preset="private_chat", extra=extra
        )
    for other in others:
        async with api_for(other) as api:
            await api.join(room)
    return room


async def _levels(creds: Credentials, room: RoomId) -> dict[str, Any]:
    async with api_for(creds) as api:
        return await api.state_event(room, "m.room.power_levels")


async def _power(creds: Credentials, room: RoomId) -> PowerLevels:
    """The room's levels as the server has them, its creators included (room version 12+)."""
    async with api_for(creds) as api:
        state = await api.room_state(room)
    create = next(e for e in state if e["type"] == "m.room.create")
    content = next(e["content"] for e in state if e["type"] == "m.room.power_levels")
    return room_levels(content, create["content"], create["sender"])


async def _membership(creds: Credentials, room: RoomId, user_id: str) -> dict[str, Any]:
    async with api_for(creds) as api:
        return await api.state_event(room, "m.room.member", user_id)


async def _say(creds: Credentials, room: RoomId, text: str) -> str:
    async with api_for(creds) as api:
        txn = f"say-{asyncio.get_running_loop().time()}"
        return await api.send(room, "m.room.message", txn, {"msgtype": "m.text", "body": text})


def _open(app: Shell, me: Credentials, room: RoomId) -> None:
    app.start(me)
    app.wait(lambda: room in _room_ids(app), what="the conversation", timeout=30)
    app.session.openRoom(room)
    app.wait(lambda: app.session.timeline.rowCount() >= 1, what="the timeline")


def _members_panel(app: Shell, count: int) -> None:
    app.click("membersButton")
    members = app.session.panels.property("members")
    app.wait(lambda: members.rowCount() == count, what=f"{count} members", timeout=30)
    pane = app.find("rightPanel")
    app.wait(lambda: pane.width() == pane.property("paneWidth"), what="the pane to open")


def _member(app: Shell, user_id: str) -> QQuickItem:
    return next(
        i
        for i in app.visual_children("memberListView")
        if i.objectName() == "memberDelegate" and i.property("userId") == user_id
    )


def _profile(app: Shell, user_id: str) -> None:
    app.wait(lambda: app.session.roomAdmin.property("loaded"), what="the rights")
    app.tap(_member(app, user_id))
    app.wait(lambda: app.is_open("profilePopup"), what="the profile")


def _on_server(
    app: Shell,
    read: Callable[[], Awaitable[dict[str, Any]]],
    check: Callable[[dict[str, Any]], bool],
    what: str,
) -> None:
    """Until what the server holds (``read``) passes ``check``."""

    async def probe() -> bool:
        return check(await read())

    app.run(until_async(probe, what=what))


def _moderate(app: Shell, user_id: str, button: str, reason: str) -> None:
    """On ``user_id``'s card, press ``button`` (Remove, Ban) and confirm with ``reason``."""
    _profile(app, user_id)
    app.tap(app.find(button))
    app.wait(lambda: app.is_open("moderationDialog"), what="the confirmation")
    app.focus("moderationReason")
    app.type(reason)


def _items(app: Shell, popup: str) -> list[QQuickItem]:
    """Every item drawn in the popup ``popup`` (Repeater delegates have no QObject parent)."""
    return Shell.descendants(app.obj(popup).property("contentItem"))


def _in(app: Shell, popup: str, name: str) -> QQuickItem:
    found = [i for i in _items(app, popup) if i.objectName() == name]
    if not found:
        raise AssertionError(f"no {name} in {popup}")
    return found[0]


def _shown(app: Shell, popup: str, name: str) -> bool:
    """Is ``name`` on screen in ``popup`` (there, and it and every parent visible)?"""
    return any(i.objectName() == name and i.isVisible() for i in _items(app, popup))


def _visible(app: Shell, name: str) -> bool:
    return app.has(name) and app.find(name).isVisible()


def test_an_admin_makes_a_member_moderator_and_the_list_follows_the_servers_echo(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user)
    alice, bob = p["Alice"], p["Bob"]
    room = app.run(_room(alice, [bob, p["Carol"]], "Club"))
    _open(app, alice, room)
    _members_panel(app, 3)
    _profile(app, bob.user_id)
    assert _shown(app, "profilePopup", "roleSegment0")  # the segment of his role now: Member
    assert app.prop("adminReason", "text") == ""

    app.tap(_in(app, "profilePopup", "roleSegment50"))
    _on_server(
        app,
        lambda: _levels(alice, room),
        lambda c: c.get("users", {}).get(bob.user_id) == 50,
        "Bob moderator",
    )
    app.wait(lambda: _member(app, bob.user_id).property("badge") == "Moderator", what="the badge")
    app.wait(
        lambda: _in(app, "profilePopup", "roleSegment50").property("current") is True,
        what="the segment to follow",
    )


def test_an_admin_gives_a_member_a_custom_level(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user)
    alice, bob = p["Alice"], p["Bob"]
    room = app.run(_room(alice, [bob, p["Carol"]], "Club"))
    _open(app, alice, room)
    _members_panel(app, 3)
    _profile(app, bob.user_id)
    assert not _shown(app, "profilePopup", "customRoleLevel")

    app.tap(_in(app, "profilePopup", "roleSegment-1"))  # "Custom…"
    app.wait(lambda: _shown(app, "profilePopup", "customRoleLevel"), what="the level field")
    app.wait(lambda: _in(app, "profilePopup", "levelInput").hasActiveFocus(), what="the field")
    app.type("75")
    app.key(Qt.Key.Key_Return)
    _on_server(
        app,
        lambda: _levels(alice, room),
        lambda c: c.get("users", {}).get(bob.user_id) == 75,
        "Bob at 75",
    )
    # the list's badge is by threshold (75 moderates); the card names the exact level
    app.wait(lambda: _member(app, bob.user_id).property("badge") == "Moderator", what="the badge")
    app.wait(
        lambda: _in(app, "profilePopup", "roleSegment75").property("current") is True,
        what="the custom segment, current",
    )
    assert _in(app, "profilePopup", "roleSegment75").property("text") == "Custom (75)"
    assert not _shown(app, "profilePopup", "customRoleLevel")  # it closes once sent


def test_a_custom_level_above_ones_own_is_refused_before_it_is_sent(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user)
    alice, bob, carol = p["Alice"], p["Bob"], p["Carol"]
    # moderators may change roles here, up to their own level
    levels = {"users": {bob.user_id: 50}, "events": {"m.room.power_levels": 50}}
    room = app.run(_room(alice, [bob, carol], "Club", levels))
    _open(app, bob, room)
    _members_panel(app, 3)
    _profile(app, carol.user_id)
    app.tap(_in(app, "profilePopup", "roleSegment-1"))
    app.wait(lambda: _in(app, "profilePopup", "levelInput").hasActiveFocus(), what="the level field")
    app.type("60")
    refusal = _in(app, "profilePopup", "levelRefusal")
    app.wait(lambda: refusal.isVisible(), what="the reason")
    assert refusal.property("text") == "Nobody can give a role above their own."
    assert not _in(app, "profilePopup", "levelSet").isEnabled()
    app.key(Qt.Key.Key_Return)  # refused: nothing is sent

    app.key(Qt.Key.Key_Backspace)
    app.key(Qt.Key.Key_Backspace)
    app.type("40")
    app.wait(lambda: not refusal.isVisible(), what="the reason to go")
    app.tap(_in(app, "profilePopup", "levelSet"))
    _on_server(
        app,
        lambda: _levels(bob, room),
        lambda c: c.get("users", {}).get(carol.user_id) == 40,
        "Carol at 40",
    )
    history = app.run(_power_changes(bob, room))
    assert [c.get("users", {}).get(carol.user_id) for c in history] == [None, 40]  # 60 never went out


async def _power_changes(creds: Credentials, room: RoomId) -> list[dict[str, Any]]:
    """Every power-levels content the room has had, oldest first."""
    async with api_for(creds) as api:
        page = await api.messages(room, from_token=None, direction="b", limit=100)
    events = [e for e in page.chunk if e.get("type") == "m.room.power_levels"]
    return [e["content"] for e in reversed(events)]


def test_a_moderator_cannot_touch_an_admin_and_is_told_why(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob", "Carol", "Dave"))
    alice, bob, carol, dave = p["Alice"], p["Bob"], p["Carol"], p["Dave"]
    levels = {"users": {bob.user_id: 50, carol.user_id: 100}}  # Alice created it: its owner
    room = app.run(_room(alice, [bob, carol, dave], "Club", levels))
    _open(app, bob, room)
    _members_panel(app, 4)

    for other, why in (
        (carol, "Their role is the same as yours or higher."),
        (alice, "The owner of this conversation outranks everyone, for good."),
    ):
        _profile(app, other.user_id)
        assert not _shown(app, "profilePopup", "roleSegment0")  # roles need 100: not offered to a moderator
        assert not app.find("kickButton").isEnabled()
        assert not app.find("banButton").isEnabled()
        assert app.prop("adminReason", "text") == why
        app.key(Qt.Key.Key_Escape)
        app.wait(lambda: not app.obj("profilePopup").property("visible"), what="the profile to close")

    _profile(app, dave.user_id)
    assert app.find("kickButton").isEnabled()
    assert app.find("banButton").isEnabled()
    assert app.prop("adminReason", "text") == ""


def test_a_member_is_offered_no_moderation_at_all(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user)
    alice, bob, carol = p["Alice"], p["Bob"], p["Carol"]
    room = app.run(_room(alice, [bob, carol], "Club"))
    _open(app, carol, room)
    _members_panel(app, 3)
    _profile(app, bob.user_id)
    assert not _shown(app, "profilePopup", "kickButton")
    assert not _shown(app, "profilePopup", "banButton")
    assert not _shown(app, "profilePopup", "deleteRecentButton")
    assert not _shown(app, "profilePopup", "roleSegment0")
    assert _shown(app, "profilePopup", "profileMessageButton")


def test_removing_someone_with_a_reason(app: Shell, synapse: LocalSynapse, new_user: UserFactory) -> None:
    p = _people(app, synapse, new_user)
    alice, carol = p["Alice"], p["Carol"]
    room = app.run(_room(alice, [p["Bob"], carol], "Club"))
    _open(app, alice, room)
    _members_panel(app, 3)
    _moderate(app, carol.user_id, "kickButton", "off topic")
    app.key(Qt.Key.Key_Return)  # Return in the reason field confirms
    _on_server(
        app,
        lambda: _membership(alice, room, carol.user_id),
        lambda c: c.get("membership") == "leave",
        "removal",
    )
    assert app.run(_membership(alice, room, carol.user_id)).get("reason") == "off topic"
    members = app.session.panels.property("members")
    app.wait(lambda: members.rowCount() == 2, what="the list to drop her")


def test_banning_shows_the_ban_list_and_unban_lifts_it(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user)
    alice, carol = p["Alice"], p["Carol"]
    room = app.run(_room(alice, [p["Bob"], carol], "Club"))
    _open(app, alice, room)
    _members_panel(app, 3)
    _moderate(app, carol.user_id, "banButton", "spam")
    app.click("confirmModerationButton")
    _on_server(
        app,
        lambda: _membership(alice, room, carol.user_id),
        lambda c: c.get("membership") == "ban",
        "the ban",
    )

    def banned_rows() -> list[QQuickItem]:
        return [
            i
            for i in app.visual_children("memberListView")
            if i.objectName() == "bannedDelegate" and i.isVisible()
        ]

    app.wait(banned_rows, what="the ban list")
    assert app.session.roomAdmin.property("banned")[0]["reason"] == "spam"
    unban = next(i for i in app.visual_children("memberListView") if i.objectName() == "unbanButton")
    app.tap(unban)
    _on_server(
        app,
        lambda: _membership(alice, room, carol.user_id),
        lambda c: c.get("membership") == "leave",
        "unban",
    )
    app.wait(lambda: not banned_rows(), what="the ban list to empty")


def test_deleting_a_spammers_recent_messages(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user)
    alice, bob, carol = p["Alice"], p["Bob"], p["Carol"]
    room = app.run(_room(alice, [bob, carol], "Club"))
    spam = [app.run(_say(carol, room, f"buy now {n}")) for n in range(3)]
    kept = app.run(_say(bob, room, "hello"))
    _open(app, alice, room)
    app.wait(lambda: app.session.timeline.rowCount() >= 4, what="the messages")
    _members_panel(app, 3)
    _profile(app, carol.user_id)
    app.tap(app.find("deleteRecentButton"))
    app.wait(lambda: app.is_open("moderationDialog"), what="the confirmation")
    app.wait(
        lambda: app.prop("moderationText", "text") == "3 messages will be deleted for everyone.",
        what="the count",
    )
    app.click("confirmModerationButton")

    async def redacted(event_id: str) -> bool:
        async with api_for(alice) as api:
            event = await api.get_event(room, event_id)
        return not event.get("content")

    async def all_gone() -> bool:
        return all([await redacted(e) for e in spam])

    app.run(until_async(all_gone, what="the spam to be deleted"))
    assert not app.run(redacted(kept))


def test_the_role_editor_changes_what_a_right_needs_and_locks_it_for_others(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    p = _people(app, synapse, new_user)
    alice, bob = p["Alice"], p["Bob"]
    room = app.run(_room(alice, [bob], "Club", {"users": {bob.user_id: 50}}))
    _open(app, alice, room)
    _members_panel(app, 2)
    app.click("rolesButton")
    app.wait(lambda: app.is_open("powerLevelEditor"), what="the editor")

    def pin_row() -> QQuickItem:
        return next(i for i in app.visual_children("rightsList") if i.objectName() == "right_pin")

    app.tap(app.inside(pin_row(), "level100"))
    _on_server(app, lambda: _levels(alice, room), lambda c: right_level(c, BY_KEY["pin"]) == 100, "pin level")
    app.wait(lambda: app.inside(pin_row(), "level100").property("current") is True, what="the editor")

    # the moderator sees the same table, greyed out, and is told why
    bob_app = Shell(app.loop, tmp_path / "bob")
    try:
        _open(bob_app, bob, room)
        _members_panel(bob_app, 2)
        bob_app.click("rolesButton")
        bob_app.wait(lambda: bob_app.is_open("powerLevelEditor"), what="the editor")
        assert bob_app.prop("powerLevelEditorNote", "text").startswith("Your role does not allow")
        row = next(i for i in bob_app.visual_children("rightsList") if i.objectName() == "right_pin")
        assert bob_app.inside(row, "level100").property("current") is True
        assert not bob_app.inside(row, "level0").isEnabled()
    finally:
        bob_app.close()


def test_a_right_set_to_a_custom_level_and_back_to_a_role(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    room = app.run(_room(alice, [bob], "Club"))
    _open(app, alice, room)
    _members_panel(app, 2)
    app.click("rolesButton")
    app.wait(lambda: app.is_open("powerLevelEditor"), what="the editor")

    def pin_row() -> QQuickItem:
        return next(i for i in app.visual_children("rightsList") if i.objectName() == "right_pin")

    app.tap(app.inside(pin_row(), "levelCustom"))
    app.wait(lambda: app.inside(pin_row(), "levelInput").hasActiveFocus(), what="the level field")
    app.type("25")
    app.key(Qt.Key.Key_Return)
    _on_server(app, lambda: _levels(alice, room), lambda c: right_level(c, BY_KEY["pin"]) == 25, "pin at 25")
    custom = app.inside(pin_row(), "levelCustom")
    app.wait(lambda: custom.property("current") is True, what="the custom segment")
    assert custom.property("text") == "Level 25"

    app.tap(app.inside(pin_row(), "level50"))  # the roles are still offered beside a custom level
    _on_server(app, lambda: _levels(alice, room), lambda c: right_level(c, BY_KEY["pin"]) == 50, "pin at 50")
    app.wait(lambda: app.inside(pin_row(), "level50").property("current") is True, what="Moderators")
    assert app.inside(pin_row(), "levelCustom").property("text") == "Custom…"


def test_in_a_channel_only_admins_post_and_readers_see_why(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user)
    alice, bob = p["Alice"], p["Bob"]
    room = app.run(_room(bob, [alice], "News", channel_levels()))
    app.run(_say(bob, room, "first post"))
    _open(app, alice, room)
    app.wait(lambda: _visible(app, "readOnlyBar"), what="the read-only bar")
    assert app.prop("readOnlyLabel", "text") == "Only admins can post in this channel"
    assert not app.find("composer").isVisible()
    app.wait(lambda: app.prop("roomStatus", "text") == "2 subscribers", what="the subscriber count")
    with pytest.raises(MatrixError) as refused:  # what the UI does not offer, the server refuses
        app.run(_say(alice, room, "may I?"))
    assert refused.value.errcode == "M_FORBIDDEN"


def test_creating_a_channel_from_the_new_conversation_dialog(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user)
    alice = p["Alice"]
    app.start(alice)
    app.wait(lambda: app.session.property("userId") == alice.user_id, what="the session")
    app.click("newChatButton")
    app.wait(lambda: app.is_open("newChatDialog"), what="the dialog")
    app.tap(_in(app, "newChatDialog", "createChannel"))
    app.focus("newChannelName")
    app.type("Release notes")
    app.key(Qt.Key.Key_Return)
    app.wait(
        lambda: app.session.property("currentRoomName") == "Release notes",
        what="the channel to open",
        timeout=30,
    )
    room = RoomId(app.session.property("currentRoomId"))
    levels = app.run(_power(alice, room))
    assert is_channel(levels)
    assert can(levels, alice.user_id, "event:m.room.message")
    assert app.find("composer").isVisible()  # its admin posts
    app.wait(lambda: app.prop("roomStatus", "text") == "1 subscriber", what="the subscriber count")


def test_screenshots_of_roles_moderation_and_a_channel(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """A member's card as an admin sees it, the roles editor, and a channel as a reader sees it;
    in ``docs/screenshots`` with ``MESSENGER_SCREENSHOTS=1``."""
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    p = _people(app, synapse, new_user, ("Alice", "Bob", "Carol", "Dave"))
    alice, bob, carol, dave = p["Alice"], p["Bob"], p["Carol"], p["Dave"]
    club = app.run(_room(alice, [bob, carol, dave], "Climbing club", {"users": {bob.user_id: 50}}))
    for who, line in (
        (bob, "Who is in for Saturday?"),
        (carol, "Me! Bringing the rope."),
        (dave, "Can't, sorry"),
    ):
        app.run(_say(who, club, line))
    news = app.run(_room(bob, [alice, carol], "Crag news", channel_levels()))
    app.run(_say(bob, news, "The north wall reopens on Monday. Helmets on, please."))
    _open(app, alice, club)
    app.wait(lambda: app.session.timeline.rowCount() >= 4, what="the talk")
    _members_panel(app, 4)
    _profile(app, dave.user_id)
    app.tap(_in(app, "profilePopup", "roleSegment-1"))  # with the custom level field open
    app.wait(lambda: _shown(app, "profilePopup", "customRoleLevel"), what="the level field")
    app.run(app.session.wait_idle())
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"member-admin-{theme}.png")
    app.key(Qt.Key.Key_Escape)
    app.wait(lambda: not app.obj("profilePopup").property("visible"), what="the card to close")
    app.click("rolesButton")
    app.wait(lambda: app.is_open("powerLevelEditor"), what="the editor")
    pin = next(i for i in app.visual_children("rightsList") if i.objectName() == "right_pin")
    app.tap(app.inside(pin, "levelCustom"))
    app.wait(lambda: app.inside(pin, "levelInput").hasActiveFocus(), what="the level field")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"roles-{theme}.png")
    app.key(Qt.Key.Key_Escape)
    app.wait(lambda: not app.obj("powerLevelEditor").property("visible"), what="the editor to close")
    app.session.panels.togglePanel("members")
    app.session.openRoom(news)
    app.wait(lambda: _visible(app, "readOnlyBar"), what="the channel's bar")
    app.wait(lambda: app.prop("roomStatus", "text") == "3 subscribers", what="the subscribers")
    app.run(app.session.wait_idle())
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"channel-{theme}.png")
    app.click("newChatButton")
    app.wait(lambda: app.is_open("newChatDialog"), what="the dialog")
    app.tap(_in(app, "newChatDialog", "createChannel"))
    app.focus("newChannelName")
    app.type("Route setting")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"new-channel-{theme}.png")
    assert all(
        (out / f"{n}-{t}.png").stat().st_size > 10_000
        for n in ("member-admin", "roles", "channel", "new-channel")
        for t in ("light", "dark")
    )
