"""The account menu's Help: the keyboard shortcuts sheet (also F1 and Ctrl+/), the log folder,
diagnostics for a bug report and About — opened as a user does, against a real Synapse. The
profile's log keeps no token, no password and nothing anyone wrote."""

from __future__ import annotations

import logging
import secrets
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from messenger_desktop.diagnostics.logfiles import LOG_NAME
from messenger_desktop.diagnostics.redact import REDACTED
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.shortcut_table import SHORTCUTS, native
from tests.support.core import login, server_bodies
from tests.support.keyring_env import require_secret_service
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration

SHORTCUTS_ITEM, LOG_FOLDER_ITEM, DIAGNOSTICS_ITEM, ABOUT_ITEM = range(4)


def _help(shell: Shell, entry: int) -> None:
    """Account menu → Help → ``entry``, by keyboard: Down to the last entry (Help), Right opens it
    on its first entry."""
    shell.click("accountMenuButton")
    shell.wait(lambda: shell.is_open("accountMenu"), what="the account menu")
    menu = shell.obj("accountMenu")
    before = None
    while menu.property("currentIndex") != before:
        before = menu.property("currentIndex")
        shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Right)
    shell.wait(lambda: shell.is_open("helpMenu"), what="the Help submenu")
    for _ in range(entry):
        shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Return, text="\r")
    shell.wait(lambda: not shell.is_open("accountMenu"), what="the menu to close")


class _FileManager(QObject):
    """Stands in for the desktop's file manager: what ``QDesktopServices.openUrl`` hands over."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


def _log_text(shell: Shell) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(shell.profile.logs.glob(f"{LOG_NAME}*")))


@pytest.mark.keyring
def test_diagnostics_and_the_log_folder_from_the_menu_and_the_log_keeps_no_secret(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    require_secret_service()
    alice_id, alice_pw = new_user("alice", displayname="Alice")
    bob_id, bob_pw = new_user("bob", displayname="Bob")
    bob = shell.run(login(synapse.base_url, bob_id, bob_pw))
    alice_first = shell.run(login(synapse.base_url, alice_id, alice_pw))
    room = shell.run(_room_with(bob, alice_first, "Plans", ("hello",)))

    shell.start()  # signed in through the form: the password passes through the app
    shell.focus("loginHomeserver")
    shell.type(synapse.base_url)
    shell.focus("loginUser")
    shell.type(alice_id)
    shell.focus("loginPassword")
    shell.type(alice_pw)
    shell.click("loginButton")
    shell.wait(lambda: shell.controller.screen == "main", what="the main window")
    shell.wait(lambda: room in _room_ids(shell), what="the room in the list")
    alice = shell.session.session.credentials

    word = f"zanzibar{secrets.token_hex(4)}"
    shell.session.openRoom(room)
    timeline = shell.session.timeline
    shell.wait(lambda: timeline.rowCount() > 0 and not timeline.property("loading"), what="history")
    shell.focus("composer")
    shell.type(f"the code word is {word}\n")
    shell.wait(lambda: timeline.row(0)["eventId"].startswith("$"), what="the message sent")
    assert f"the code word is {word}" in shell.run(server_bodies(synapse.base_url, bob, room))
    # What a careless log line would leak, through the app's own logger: redacted in the file.
    logging.getLogger("messenger_desktop.qt.test_help").warning(
        "event %s sent with %s", {"body": f"again {word}"}, f"Authorization: Bearer {alice.access_token}"
    )

    QGuiApplication.clipboard().clear()
    _help(shell, DIAGNOSTICS_ITEM)
    shell.wait(lambda: "Homeserver:" in QGuiApplication.clipboard().text(), what="the diagnostics copied")
    report = QGuiApplication.clipboard().text()
    assert f"Homeserver: {synapse.base_url}" in report
    assert "Spec versions: " in report and ", v1.1," in report
    assert "Rooms: 1" in report
    assert "Sync: simplified sliding sync (MSC4186)" in report  # Synapse offers it
    assert "PySide6: " in report and "Python: " in report and "OS: " in report
    for secret in (alice.access_token, alice_pw, word, alice_id):
        assert secret not in report
    assert "copied" in shell.session.property("notice")

    manager = _FileManager()
    QDesktopServices.setUrlHandler("file", manager, "show")
    try:
        _help(shell, LOG_FOLDER_ITEM)
        shell.wait(lambda: manager.opened, what="the log folder handed to the file manager")
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert Path(manager.opened[0].toLocalFile()) == shell.profile.logs

    log = _log_text(shell)
    assert (shell.profile.logs / LOG_NAME).is_file()
    assert f"event {{'body': '{REDACTED}'}} sent with Authorization: Bearer {REDACTED}" in log
    for secret, kind in (
        (alice.access_token, "access token"),
        (alice_first.access_token, "another access token"),
        (alice_pw, "password"),
        (word, "the message's text"),
    ):
        assert secret not in log, f"the log holds {kind}"


def test_f1_and_ctrl_slash_open_the_shortcuts_sheet_and_esc_closes_it(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Keys"))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell), what="the list")
    shell.session.openRoom(room)
    shell.wait(lambda: shell.find("composer").hasActiveFocus(), what="the composer's focus")

    shell.key(Qt.Key.Key_F1)
    shell.wait(lambda: shell.is_open("shortcutsSheet"), what="the sheet")
    rows = shell.find("shortcutsList")
    assert rows.property("count") == len(SHORTCUTS)
    assert rows.hasActiveFocus()
    shown = {i.property("text") for i in shell.visual_children("shortcutsList") if i.property("text")}
    assert {"Keyboard shortcuts", "Find a conversation or a person", native("Ctrl+K"), "General"} <= shown
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.obj("shortcutsSheet").property("visible"), what="the sheet to close")
    shell.wait(lambda: shell.find("composer").hasActiveFocus(), what="the focus back in the composer")

    shell.key(Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier, "/")
    shell.wait(lambda: shell.is_open("shortcutsSheet"), what="the sheet by Ctrl+/")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.obj("shortcutsSheet").property("visible"), what="the sheet to close")

    _help(shell, SHORTCUTS_ITEM)
    shell.wait(lambda: shell.is_open("shortcutsSheet"), what="the sheet from the menu")
    shell.tap(shell.find("closeShortcuts"))
    shell.wait(lambda: not shell.obj("shortcutsSheet").property("visible"), what="the sheet to close")


def test_about_names_the_version_and_pyside_with_its_licence(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, _ = _people(shell, synapse, new_user)
    shell.start(alice)
    _help(shell, ABOUT_ITEM)
    shell.wait(lambda: shell.is_open("aboutDialog"), what="About")
    assert shell.prop("aboutVersion", "text") == f"Version {metadata.version('messenger-desktop')}"
    shell.wait(lambda: shell.find("aboutComponents").property("count") > 10, what="the components")
    licences = {
        i.objectName(): i.property("text")
        for i in shell.visual_children("aboutComponents")
        if i.objectName().startswith("licence_")
    }
    assert "LGPL-3.0" in licences["licence_Qt for Python (PySide6)"]
    assert licences["licence_HTTPX"] == "BSD-3-Clause"
    assert shell.find("closeAbout").hasActiveFocus()
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.obj("aboutDialog").property("visible"), what="About to close")

    _help(shell, ABOUT_ITEM)
    shell.wait(lambda: shell.is_open("aboutDialog"), what="About again")
    shell.key(Qt.Key.Key_Return, text="\r")  # on Close
    shell.wait(lambda: not shell.obj("aboutDialog").property("visible"), what="About to close by Enter")
