"""Safety in the real window against a real Synapse: blocking someone from their card (after a
confirmation) and unblocking them in Settings, reporting a message and a person to the server's
admins, and a stranger's spam-like invitation listed collapsed until the user asks to see it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.localserver import LocalSynapse
from tests.support.core import api_for, login
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_room_admin_ui import (
    _items,
    _members_panel,
    _on_server,
    _open,
    _people,
    _profile,
    _room,
    _say,
)
from tests.ui.test_thread_send_ui import _open_thread_below, _reply_in_thread

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def _bodies(app: Shell) -> list[str]:
    timeline = app.session.timeline
    return [str(timeline.row(i)["body"]) for i in range(timeline.rowCount())]


def _message(app: Shell, body: str) -> QQuickItem:
    return next(
        i for i in app.visual_children("timeline") if i.property("eventId") and i.property("body") == body
    )


def _room_row(app: Shell, room: RoomId) -> QQuickItem | None:
    return next((i for i in app.visual_children("roomList") if i.property("roomId") == room), None)


def _in_row(app: Shell, row: QQuickItem, name: str) -> QQuickItem:
    found = [i for i in _all(row) if i.objectName() == name]
    assert found, f"no {name} in the row"
    return found[0]


def _all(item: QQuickItem) -> list[QQuickItem]:
    found, pending = [], list(item.childItems())
    while pending:
        each = pending.pop()
        found.append(each)
        pending.extend(each.childItems())
    return found


def _shown(app: Shell, popup: str, name: str) -> bool:
    return any(i.objectName() == name and i.isVisible() for i in _items(app, popup))


def _tap_in(app: Shell, popup: str, name: str) -> None:
    app.tap(next(i for i in _items(app, popup) if i.objectName() == name and i.isVisible()))


async def _ignored(creds: Credentials) -> dict[str, Any]:
    async with api_for(creds) as api:
        return await api.account_data(creds.user_id, "m.ignored_user_list") or {}


def _block_from_card(app: Shell, user_id: str) -> None:
    _profile(app, user_id)
    button = app.find("ignoreUserButton")
    assert button.isVisible() and button.property("text") == "Block"
    app.tap(button)
    app.wait(lambda: app.is_open("blockDialog"), what="the confirmation")


def _ask_to_report_a_message(app: Shell, body: str) -> None:
    app.tap(app.inside(_message(app, body), "bubble"), Qt.MouseButton.RightButton)
    app.wait(lambda: app.find("reportMenuItem").isVisible(), what="the message menu")
    app.click("reportMenuItem")
    app.wait(lambda: app.is_open("reportDialog"), what="the report dialog")


def test_blocking_from_the_card_hides_their_messages_and_settings_unblock_them(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob", "Eve"))
    alice, bob, eve = p["Alice"], p["Bob"], p["Eve"]
    room = app.run(_room(bob, [alice, eve], "Street party"))
    app.run(_say(bob, room, "Bring chairs"))
    app.run(_say(eve, room, "Cheap loans, DM me"))
    _open(app, alice, room)
    app.wait(lambda: "Cheap loans, DM me" in _bodies(app), what="eve's message")
    _members_panel(app, 3)

    _block_from_card(app, eve.user_id)
    assert "on all your devices" in app.obj("blockDialog").property("text")
    assert not app.is_open("profilePopup")
    app.click("confirmBlockButton")
    _on_server(app, lambda: _ignored(alice), lambda c: eve.user_id in c.get("ignored_users", {}), "blocked")
    # (the timeline reloads without her: wait for bob's message too, not just an empty view)
    app.wait(
        lambda: "Cheap loans, DM me" not in (shown := _bodies(app)) and "Bring chairs" in shown,
        what="her message gone",
    )
    _profile(app, eve.user_id)
    app.wait(lambda: app.prop("ignoreUserButton", "text") == "Unblock", what="the card to say so")
    app.key(Qt.Key.Key_Escape)
    app.wait(lambda: not app.is_open("profilePopup"), what="the card to close")

    # what she writes now never shows; the list previews bob
    app.run(_say(eve, room, "Last chance!"))
    app.run(_say(bob, room, "And snacks"))
    app.wait(lambda: "And snacks" in _bodies(app), what="bob's message")
    assert "Last chance!" not in _bodies(app)
    row = _room_row(app, room)
    assert row is not None and row.property("lastBody") == "And snacks"

    # Settings › Privacy and safety lists her; Unblock brings her messages back
    app.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, ",")
    app.wait(lambda: app.is_open("settingsDialog"), what="the settings")
    app.tap(app.settings_section("privacy"))
    app.wait(lambda: app.prop("settingsTitle", "text") == "Privacy and safety", what="the page")
    entry = app.inside(app.find("settingsPage"), f"blocked_{eve.user_id}")
    app.wait(lambda: entry.isVisible(), what="her in the blocked list")
    toggle = app.inside(app.inside(app.find("settingsPage"), "setting_declineStrangerInvites"), "toggle")
    assert toggle.isVisible() and toggle.property("checked") is False
    app.tap(app.inside(entry, "unblockButton"))
    _on_server(
        app, lambda: _ignored(alice), lambda c: eve.user_id not in c.get("ignored_users", {}), "unblocked"
    )
    app.wait(
        lambda: not any(i.objectName() == f"blocked_{eve.user_id}" for i in _all(app.find("settingsPage"))),
        what="the list to empty",
    )
    app.key(Qt.Key.Key_Escape)
    app.wait(lambda: "Cheap loans, DM me" in _bodies(app), what="her old message back")


def test_reporting_a_message_and_a_person_reaches_the_servers_admins(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob", "Eve"))
    alice, eve = p["Alice"], p["Eve"]
    admin_id, admin_pw = new_user("admin", admin=True)
    admin = app.run(login(synapse.base_url, admin_id, admin_pw))
    room = app.run(_room(p["Bob"], [alice, eve], "Marketplace"))
    spam = app.run(_say(eve, room, "Fake watches here"))
    app.run(_say(alice, room, "My own message"))
    _open(app, alice, room)
    app.wait(lambda: "Fake watches here" in _bodies(app), what="eve's message")

    app.tap(app.inside(_message(app, "My own message"), "bubble"), Qt.MouseButton.RightButton)
    app.wait(lambda: app.find("copyMenuItem").isVisible(), what="the message menu")
    assert not app.find("reportMenuItem").isEnabled()  # nobody reports their own message
    app.key(Qt.Key.Key_Escape)

    _ask_to_report_a_message(app, "Fake watches here")
    assert not app.find("confirmReportButton").isEnabled()  # a reason first
    app.focus("reportReason")
    app.type("Counterfeits")
    app.click("confirmReportButton")
    app.wait(lambda: _shown(app, "reportDialog", "reportDone"), what="the confirmation")
    assert app.prop("reportDone", "text") == "Reported. The server's admins will see it."

    async def event_reports() -> dict[str, Any]:
        async with api_for(admin) as api:
            return await api.request("GET", "/_synapse/admin/v1/event_reports", query={"room_id": room})

    _on_server(
        app,
        event_reports,
        lambda r: [(x["event_id"], x["reason"]) for x in r["event_reports"]] == [(spam, "Counterfeits")],
        "the message's report",
    )
    app.click("reportCloseButton")
    app.wait(lambda: not app.is_open("reportDialog"), what="the dialog to close")

    _members_panel(app, 3)
    _profile(app, eve.user_id)
    app.click("reportButton")
    app.wait(lambda: app.is_open("reportUserDialog"), what="the report dialog")
    app.type("Spams the whole server\n")
    app.wait(lambda: _shown(app, "reportUserDialog", "reportDone"), what="the confirmation")

    async def user_reports() -> dict[str, Any]:
        async with api_for(admin) as api:
            return await api.request(
                "GET", "/_synapse/admin/v1/user_reports", query={"target_user_id": eve.user_id}
            )

    _on_server(
        app,
        user_reports,
        lambda r: (
            [(x["user_id"], x["reason"]) for x in r["user_reports"]]
            == [(alice.user_id, "Spams the whole server")]
        ),
        "the person's report",
    )


async def _invite(inviter: Credentials, invitee: Credentials, name: str) -> RoomId:
    async with api_for(inviter) as api:
        return await api.create_room(name=name, invite=(invitee.user_id,), preset="private_chat")


def test_a_message_in_a_thread_is_reported_from_its_menu(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Eve"))
    alice, eve = p["Alice"], p["Eve"]
    admin_id, admin_pw = new_user("admin", admin=True)
    admin = app.run(login(synapse.base_url, admin_id, admin_pw))
    room = app.run(_room(alice, [eve], "Marketplace"))
    root = app.run(_say(alice, room, "Selling my old rope"))
    spam = app.run(_reply_in_thread(eve, room, root, "Cheap pills here"))
    _open(app, alice, room)
    _open_thread_below(app, root)

    def reply() -> QQuickItem:
        return next(i for i in app.visual_children("threadList") if i.property("body") == "Cheap pills here")

    app.wait(
        lambda: any(i.property("body") == "Cheap pills here" for i in app.visual_children("threadList")),
        what="the reply",
    )
    app.tap(reply(), Qt.MouseButton.RightButton)
    app.wait(lambda: app.is_open("threadMessageMenu"), what="the menu")
    app.click("threadReportMenuItem")
    app.wait(lambda: app.is_open("reportDialog"), what="the report dialog")
    app.focus("reportReason")
    app.type("Spam")
    app.click("confirmReportButton")
    app.wait(lambda: _shown(app, "reportDialog", "reportDone"), what="the confirmation")

    async def event_reports() -> dict[str, Any]:
        async with api_for(admin) as api:
            return await api.request("GET", "/_synapse/admin/v1/event_reports", query={"room_id": room})

    _on_server(
        app,
        event_reports,
        lambda r: [(x["event_id"], x["reason"]) for x in r["event_reports"]] == [(spam, "Spam")],
        "the report",
    )


def test_a_strangers_spam_like_invitation_is_collapsed_until_shown(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(app, synapse, new_user, ("Alice", "Bob", "Stranger"))
    alice, bob, stranger = p["Alice"], p["Bob"], p["Stranger"]
    app.run(_room(bob, [alice], "Friends"))
    spam = app.run(_invite(stranger, alice, "FREE CRYPTO GIVEAWAY 🚀🚀🚀 claim.xyz"))
    same_name = app.run(_invite(bob, alice, "FREE CRYPTO GIVEAWAY 🚀🚀🚀 claim.xyz"))  # bob is known
    _open(app, alice, app.run(_room(bob, [alice], "Chat")))
    app.wait(
        lambda: _room_row(app, spam) is not None and _room_row(app, same_name) is not None, what="invites"
    )
    row = _room_row(app, spam)
    assert row is not None
    app.wait(lambda: row.property("spamInvite") is True, what="collapsed")
    assert _in_row(app, row, "roomName").property("text") == f"Invite from {stranger.user_id}"
    assert _in_row(app, row, "roomPreview").property("text") == "Hidden: it looks like spam"
    assert not _in_row(app, row, "inviteJoinButton").isVisible()
    assert _in_row(app, row, "spamDeclineButton").isVisible()
    known = _room_row(app, same_name)
    assert known is not None and known.property("spamInvite") is False

    app.tap(_in_row(app, row, "inviteShowButton"))
    app.wait(lambda: row.property("spamInvite") is False, what="shown in full")
    assert _in_row(app, row, "roomName").property("text") == "FREE CRYPTO GIVEAWAY 🚀🚀🚀 claim.xyz"
    assert _in_row(app, row, "inviteJoinButton").isVisible()
    assert not _in_row(app, row, "inviteShowButton").isVisible()


def test_screenshots_of_the_block_confirmation_a_report_and_a_collapsed_invitation(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """In ``docs/screenshots`` with ``MESSENGER_SCREENSHOTS=1``."""
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    p = _people(app, synapse, new_user, ("Alice", "Bob", "Eve", "Stranger"))
    alice, bob, eve = p["Alice"], p["Bob"], p["Eve"]
    room = app.run(_room(bob, [alice, eve], "Street party"))
    app.run(_say(bob, room, "Who brings the chairs?"))
    app.run(_say(eve, room, "Cheap loans, DM me 💸"))
    spam = app.run(_invite(p["Stranger"], alice, "🚀🚀🚀 FREE BTC GIVEAWAY 🚀🚀🚀"))
    _open(app, alice, room)
    app.wait(lambda: "Cheap loans, DM me 💸" in _bodies(app), what="eve's message")
    app.wait(lambda: (r := _room_row(app, spam)) is not None and r.property("spamInvite"), what="collapsed")
    app.run(app.session.wait_idle())
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"spam-invite-{theme}.png")

    _ask_to_report_a_message(app, "Cheap loans, DM me 💸")
    app.focus("reportReason")
    app.type("Scam")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"report-{theme}.png")
    app.click("reportCloseButton")
    app.wait(lambda: not app.is_open("reportDialog"), what="the dialog to close")

    _members_panel(app, 3)
    _profile(app, eve.user_id)
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"profile-safety-{theme}.png")
    app.key(Qt.Key.Key_Escape)
    app.wait(lambda: not app.is_open("profilePopup"), what="the card to close")
    _block_from_card(app, eve.user_id)
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"block-{theme}.png")
    assert all(
        (out / f"{n}-{t}.png").stat().st_size > 10_000
        for n in ("spam-invite", "report", "profile-safety", "block")
        for t in ("light", "dark")
    )
