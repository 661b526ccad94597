"""The Settings window as a user meets it: Ctrl+, or the account menu opens it, a switch or a
choice applies at once (checked in the settings file, and for the theme on screen), and keywords
typed there become push rules on the server. Against a real Synapse, through the real window."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixApi
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from tests.support.fault_proxy import FaultProxy, Mode
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_actions import _pick
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


async def _content_rules(creds: Credentials) -> list[dict[str, Any]]:
    """The user's keyword rules as the server has them."""
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        rules = await api.request("GET", "/_matrix/client/v3/pushrules/")
        return [r for r in rules["global"]["content"] if not r["rule_id"].startswith(".")]
    finally:
        await transport.aclose()


async def _add_rule(creds: Credentials, word: str) -> None:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        await api.put_push_rule("content", word, {"pattern": word, "actions": ["notify"]})
    finally:
        await transport.aclose()


def _row(shell: Shell, key: str) -> QQuickItem:
    return shell.inside(shell.find("settingsPage"), f"setting_{key}")


def _section(shell: Shell, key: str) -> QQuickItem:
    return shell.settings_section(key)


def _wait_open(shell: Shell) -> None:
    """Until the window is open and laid out (its sections drawn)."""
    shell.settings_section("window")


def _show_section(shell: Shell, key: str) -> None:
    """Click the section ``key`` (the window opens on Account when signed in)."""
    shell.tap(_section(shell, key))
    _settle(shell)


def _settle(shell: Shell) -> None:
    """Let the page just shown lay out (in the next frame), as it has before a user can click."""
    shell.run(asyncio.sleep(0.05))


def _open_with_ctrl_comma(shell: Shell) -> None:
    shell.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, ",")
    _wait_open(shell)


def _chip(shell: Shell, word: str) -> QQuickItem | None:
    for item in shell.visual_children("keywordChips"):
        if item.objectName() == f"keyword_{word}" and item.isVisible():
            return item
    return None


def test_ctrl_comma_opens_settings_where_a_switch_and_a_choice_apply_at_once(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Chatter", ("hi",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room], what="the list")
    shell.settings.set_value("theme", "light")
    # the window starts without building its dialogs (start-up time and memory): each is made
    # the first time it opens
    dialogs = (
        "settingsDialog",
        "aboutDialog",
        "shortcutsSheet",
        "emojiPicker",
        "stickerPicker",
        "roomSettings",
        "mediaViewer",
        "quickSwitcher",
        "newChatDialog",
        "publicRoomDirectory",
    )
    assert [name for name in dialogs if shell.window.findChild(QObject, name) is not None] == []
    objects = shell.window.findChildren(QObject)
    lazy = [o for o in objects if o.metaObject().className().startswith("LazyPopup")]
    assert len(lazy) >= len(dialogs) and not any(o.property("made") for o in lazy)

    _open_with_ctrl_comma(shell)
    assert [o.property("made") for o in lazy].count(True) == 1  # the settings, and only they
    assert shell.prop("settingsTitle", "text") == "Account"  # signed in, the account comes first
    shell.key(Qt.Key.Key_Down)
    assert shell.prop("settingsTitle", "text") == "Notifications"
    _settle(shell)
    desktop = _row(shell, "notifications")
    toggle = shell.inside(desktop, "toggle")
    assert desktop.isVisible() and not _row(shell, "theme").isVisible()  # another section's row
    assert toggle.property("text") == "Desktop notifications"
    assert toggle.property("checked") is True

    shell.tap(toggle)  # the whole row is the switch
    assert shell.settings.value("notifications") is False
    assert json.loads(shell.profile.settings.read_text())["notifications"] is False
    assert toggle.property("checked") is False

    # by keyboard: back to the sections, Down twice is Appearance, Tab along System, Light, Dark
    shell.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert shell.find("settingsSections").hasActiveFocus()
    shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Down)
    assert shell.prop("settingsTitle", "text") == "Appearance"
    theme = _row(shell, "theme")
    assert theme.isVisible() and not desktop.isVisible()
    for _ in range(3):
        shell.key(Qt.Key.Key_Tab)
    assert shell.inside(theme, "choice_dark").hasActiveFocus()
    shell.key(Qt.Key.Key_Space, text=" ")
    assert shell.settings.value("theme") == "dark"
    assert json.loads(shell.profile.settings.read_text())["theme"] == "dark"
    assert shell.window.property("darkTheme") is True
    assert shell.inside(theme, "choice_dark").property("checked") is True
    _settle(shell)
    shell.tap(shell.inside(theme, "choice_system"))
    assert shell.settings.value("theme") == "system"

    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.obj("settingsDialog").property("visible"), what="the settings to close")


def test_settings_from_the_account_menu_and_keywords_saved_as_push_rules(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    shell.run(_add_rule(alice, "cheese"))
    room = shell.run(_room_with(bob, alice, "Chatter", ("hi",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room], what="the list")

    shell.click("accountMenuButton")
    _pick(shell, "accountMenu", 4)  # Saved messages, Archive, New folder…, New space…, Settings, …
    _wait_open(shell)
    _show_section(shell, "notifications")
    shell.wait(lambda: _chip(shell, "cheese") is not None, what="the keyword already set")

    shell.focus("keywordInput")
    shell.type("pineapple\n")
    assert shell.prop("keywordInput", "text") == ""
    shell.wait(lambda: _chip(shell, "pineapple") is not None, what="the new keyword's chip")
    shell.wait(lambda: not shell.session.keywords.property("busy"), what="the keywords saved")
    rules = shell.run(_content_rules(alice))
    assert {r["pattern"] for r in rules} == {"cheese", "pineapple"}
    assert shell.prop("keywordError", "text") == ""

    chip = _chip(shell, "cheese")
    assert chip is not None
    shell.tap(shell.inside(chip, "removeKeyword"))
    shell.wait(lambda: _chip(shell, "cheese") is None, what="the chip gone")
    shell.wait(lambda: not shell.session.keywords.property("busy"), what="the removal saved")
    assert [r["pattern"] for r in shell.run(_content_rules(alice))] == ["pineapple"]

    shell.type("a/b\n")  # the input keeps the focus
    assert "slash" in shell.prop("keywordError", "text")
    assert shell.prop("keywordInput", "text") == "a/b"

    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.obj("settingsDialog").property("visible"), what="the settings to close")
    _open_with_ctrl_comma(shell)
    shell.wait(lambda: _chip(shell, "pineapple") is not None, what="the keyword on reopening")
    assert shell.prop("keywordError", "text") == ""


def test_a_keyword_the_server_could_not_save_goes_away_with_a_reason(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Chatter", ("hi",)))
    proxy = FaultProxy("127.0.0.1", synapse.port)
    shell.run(proxy.start())
    try:
        shell.start(Credentials(proxy.url, alice.user_id, alice.device_id, alice.access_token))
        shell.wait(lambda: _room_ids(shell) == [room], what="the list")
        _open_with_ctrl_comma(shell)
        _show_section(shell, "notifications")
        shell.focus("keywordInput")

        shell.run(proxy.set_mode(Mode.REFUSE))
        shell.type("offline\n")
        shell.wait(lambda: shell.prop("keywordError", "text") != "", what="the reason")
        assert "could not be reached" in shell.prop("keywordError", "text")
        assert _chip(shell, "offline") is None
        assert shell.run(_content_rules(alice)) == []

        shell.run(proxy.set_mode(Mode.PASS))
        shell.type("online\n")
        shell.wait(lambda: _chip(shell, "online") is not None, what="the chip")
        assert shell.prop("keywordError", "text") == ""
        shell.wait(lambda: not shell.session.keywords.property("busy"), what="the keyword saved")
        assert [r["pattern"] for r in shell.run(_content_rules(alice))] == ["online"]
    finally:
        shell.run(proxy.stop())


def test_settings_before_signing_in_have_no_keywords(shell: Shell) -> None:
    shell.start()
    assert shell.controller.screen == "login"
    _open_with_ctrl_comma(shell)
    assert not shell.has("keywordsBlock")
    window_section = _section(shell, "window")
    shell.tap(window_section)
    assert shell.prop("settingsTitle", "text") == "Window"
    _settle(shell)
    start_at_login = shell.inside(_row(shell, "startAtLogin"), "toggle")
    assert start_at_login.property("checked") is False
    shell.tap(shell.inside(_row(shell, "startMinimised"), "toggle"))
    assert shell.settings.value("startMinimised") is True
    assert json.loads(shell.profile.settings.read_text()) == {"startMinimised": True}
    shell.tap(window_section)
    shell.key(Qt.Key.Key_Tab)  # from the sections to the first switch
    assert shell.inside(_row(shell, "closeToTray"), "toggle").hasActiveFocus()
    shell.key(Qt.Key.Key_Space, text=" ")
    assert shell.settings.value("closeToTray") is False
