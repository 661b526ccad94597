"""The window in other languages: a language picked in Settings shows at once, and a
pseudo-translation (every string accented and ~40% longer, made from the .ts sources) leaves no
text cut off or overlapping on the main screens. Against a real Synapse, through the real window."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QRectF, Qt, QUrl
from PySide6.QtQml import QQmlComponent, QQmlExpression, qmlEngine
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.translations import DIRECTORY_ENV
from tests.support.synapse import UserFactory
from tests.support.translation_tool import system_language, translation_tool
from tests.ui.shell import Shell
from tests.ui.test_settings_dialog import _row, _section, _wait_open
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
ELIDE_NONE = 3  # Text.ElideNone (ElideLeft is 0)


@pytest.fixture(autouse=True)
def _system_language_afterwards() -> Iterator[None]:
    """Translators belong to the application: the tests after these see the usual language."""
    yield
    system_language()


def _signed_in_with_a_room(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> Credentials:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Weekend plans", ("See you on Saturday at the lake",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room], what="the conversation list")
    shell.session.openRoom(room)
    shell.wait(lambda: shell.session.timeline.rowCount() > 0, what="the conversation")
    shell.run(shell.session.wait_idle())
    return alice


def _open_settings_at(shell: Shell, section: str) -> None:
    shell.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, ",")
    _wait_open(shell)
    found = _section(shell, section)
    shell.tap(found)
    shell.run(asyncio.sleep(0.05))


def test_german_chosen_in_settings_shows_at_once_and_english_comes_back(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _signed_in_with_a_room(shell, synapse, new_user)
    assert shell.prop("roomFilter", "placeholderText") == "Search"
    _open_settings_at(shell, "appearance")
    assert shell.prop("settingsTitle", "text") == "Appearance"
    language = _row(shell, "language")
    assert [shell.inside(language, f"choice_{code}").property("text") for code in ("en", "de", "fr")] == [
        "English",
        "Deutsch",
        "Français",
    ]

    shell.tap(shell.inside(language, "choice_de"))
    assert shell.settings.value("language") == "de"
    shell.wait(lambda: shell.prop("settingsTitle", "text") == "Darstellung", what="the German page title")
    # QML's strings, the registry's (made in Python) and the main window behind the dialog
    shell.wait(lambda: _row(shell, "language").property("label") == "Sprache", what="the German row")
    assert shell.inside(_row(shell, "language"), "choice_system").property("text") == "Systemsprache"
    assert shell.prop("roomFilter", "placeholderText") == "Suche"
    assert shell.prop("settingsTitle", "text") == "Darstellung"  # still on the same page

    shell.tap(shell.inside(_row(shell, "language"), "choice_en"))
    shell.wait(lambda: shell.prop("settingsTitle", "text") == "Appearance", what="English again")
    shell.wait(lambda: _row(shell, "language").property("label") == "Language", what="the English row")
    assert shell.prop("roomFilter", "placeholderText") == "Search"


# -- the system's language ---------------------------------------------------------------------------


@pytest.fixture
def german_system_shell(
    loop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Shell]:
    """The window on a computer set to German, the language setting left at "system": made as the
    app is, the controller (and the settings' rows) before the translators."""
    monkeypatch.setenv("LANGUAGE", "de")  # Qt reads the system's languages from these each time
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    app_shell = Shell(loop, tmp_path / "profile")
    yield app_shell
    app_shell.close()


GERMAN_CHILD = "MESSENGER_TEST_GERMAN_SYSTEM"


def test_a_german_system_shows_the_settings_rows_in_german() -> None:
    """Rows, descriptions and choices, not only the section names (they stayed English when the
    language came from the system).

    In a process of its own: Qt reads the system's languages from the environment once it finds
    them set and keeps them for the life of the process, so a German system here would leave
    every later test in German."""
    here = f"{Path(__file__).relative_to(REPO)}::test_german_system_child"
    env = {**os.environ, GERMAN_CHILD: "1"}  # the fixture makes the system German in there
    child = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", here],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert child.returncode == 0, child.stdout[-4000:] + child.stderr[-2000:]
    assert "1 passed" in child.stdout


@pytest.mark.skipif(not os.environ.get(GERMAN_CHILD), reason="run by the test above, in its own process")
def test_german_system_child(german_system_shell: Shell) -> None:
    shell = german_system_shell
    assert shell.settings.value("language") == "system"
    shell.start()
    assert shell.prop("loginButton", "text") == "Anmelden"
    _open_settings_at(shell, "appearance")
    assert shell.prop("settingsTitle", "text") == "Darstellung"
    theme = _row(shell, "theme")
    assert theme.property("label") == "Design"
    assert theme.property("description") == "Farbschema: wie das System oder immer hell oder dunkel."
    values = ("system", "light", "dark")
    choices = [shell.inside(theme, f"choice_{value}").property("text") for value in values]
    assert choices == ["System", "Hell", "Dunkel"]
    assert shell.inside(_row(shell, "language"), "choice_system").property("text") == "Systemsprache"


# -- pseudo-locale -----------------------------------------------------------------------------------


@pytest.fixture
def pseudo_shell(
    loop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Shell]:
    """The window with every string pseudo-translated (English's slot, the source language)."""
    translation_tool().pseudo(tmp_path / "pseudo")
    monkeypatch.setenv(DIRECTORY_ENV, str(tmp_path / "pseudo"))
    app_shell = Shell(loop, tmp_path / "profile")
    app_shell.settings.set_value("language", "en")
    yield app_shell
    app_shell.close()


def _shown(item: QQuickItem) -> bool:
    return item.isVisible() and item.opacity() > 0.01 and item.width() > 0 and item.height() > 0


def _items(root: QQuickItem) -> Iterator[QQuickItem]:
    pending = [root]
    while pending:
        item = pending.pop()
        if not _shown(item):
            continue
        yield item
        pending.extend(item.childItems())


def _is_text(item: QQuickItem) -> bool:
    return item.metaObject().indexOfProperty("truncated") >= 0 and isinstance(item.property("text"), str)


def _describe(item: QQuickItem) -> str:
    chain = []
    current: QObject | None = item
    while isinstance(current, QQuickItem) and len(chain) < 6:
        chain.append(current.objectName() or type(current).__name__.replace("QQuick", ""))
        current = current.parentItem()
    return f"{item.property('text')[:60]!r} in {' < '.join(chain)}"


def _enum(item: QQuickItem, name: str) -> int:
    """An enum property as a number (PySide cannot convert QQuickText's enums), read by QML."""
    engine = qmlEngine(item)
    assert engine is not None
    value = QQmlExpression(engine.rootContext(), item, name).evaluate()[0]
    return int(value)


def _painted(text: QQuickItem) -> QRectF:
    """Where the letters are, in the text's parent's coordinates."""
    fits = _enum(text, "elide") != ELIDE_NONE or _enum(text, "wrapMode") != 0
    width = min(text.property("contentWidth"), text.width()) if fits else text.property("contentWidth")
    height = text.property("contentHeight")
    h_align = _enum(text, "effectiveHorizontalAlignment")
    x = text.x()
    if h_align & int(Qt.AlignmentFlag.AlignRight):
        x += text.width() - width
    elif h_align & int(Qt.AlignmentFlag.AlignHCenter):
        x += (text.width() - width) / 2
    y = text.y()
    v_align = _enum(text, "verticalAlignment")
    if v_align & int(Qt.AlignmentFlag.AlignBottom):
        y += text.height() - height
    elif v_align & int(Qt.AlignmentFlag.AlignVCenter):
        y += (text.height() - height) / 2
    return QRectF(x, y, width, height)


def _clipped(text: QQuickItem, painted: QRectF) -> bool:
    """Whether the nearest clipping ancestor (or the window) hides part of the letters; text in
    a list or other scrolling view is left alone (it scrolls out of sight on purpose)."""
    parent = text.parentItem()
    assert parent is not None
    rect = parent.mapRectToScene(painted)
    ancestor = parent
    while ancestor is not None:
        if ancestor.metaObject().indexOfProperty("contentY") >= 0:
            return False  # a Flickable
        if ancestor.clip() or ancestor.parentItem() is None:
            box = ancestor.mapRectToScene(QRectF(0, 0, ancestor.width(), ancestor.height()))
            return not box.adjusted(-1, -1, 1, 1).contains(rect)
        ancestor = ancestor.parentItem()
    return False


def _cut_off(root: QQuickItem) -> list[str]:
    """Texts cut where nothing says so (no elide), texts that run out of their parent (no
    ellipsis, no clip), and texts drawn over a sibling text."""
    found = []
    for item in _items(root):
        texts = [
            child
            for child in item.childItems()
            if _shown(child) and _is_text(child) and child.property("text")
        ]
        for text in texts:
            no_elide = _enum(text, "elide") == ELIDE_NONE
            if text.property("truncated") and no_elide:
                found.append(f"cut without an ellipsis: {_describe(text)}")
            painted = _painted(text)
            outside = painted.right() > item.width() + 1 or painted.left() < -1
            if no_elide and outside and not item.clip():
                found.append(f"runs out of its parent: {_describe(text)}")
            elif no_elide and _clipped(text, painted):
                found.append(f"cut by a clipping box or the window: {_describe(text)}")
        for i, first in enumerate(texts):
            for second in texts[i + 1 :]:
                overlap = _painted(first).intersected(_painted(second))
                if overlap.width() > 1 and overlap.height() > 1:
                    found.append(f"drawn over each other: {_describe(first)} / {_describe(second)}")
    return found


def _check(shell: Shell, screen: str, problems: list[str]) -> None:
    shell.run(asyncio.sleep(0.1))  # bindings and layouts settle
    problems.extend(f"{screen}: {line}" for line in _cut_off(shell.window.contentItem()))


def test_a_pseudo_translation_leaves_no_text_cut_off(
    pseudo_shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    shell = pseudo_shell
    problems: list[str] = []
    shell.start()
    shell.wait(lambda: shell.has("loginButton"), what="the sign-in page")
    assert "ñ" in shell.prop("loginButton", "text") or "í" in shell.prop("loginButton", "text")
    _check(shell, "sign-in page", problems)

    _signed_in_with_a_room(shell, synapse, new_user)
    _check(shell, "main page", problems)

    _open_settings_at(shell, "notifications")
    rows = shell.controller.property("settingsRows")
    for section in [entry["key"] for entry in rows.property("sections")]:
        tab = _section(shell, section)
        shell.tap(tab)
        _check(shell, f"settings, {section}", problems)
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.is_open("settingsDialog"), what="the settings to close")

    shell.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, "n")
    shell.wait(lambda: shell.is_open("newChatDialog"), what="the new conversation dialog")
    _check(shell, "new conversation", problems)
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.is_open("newChatDialog"), what="the dialog to close")

    shell.session.panels.togglePanel("members")
    shell.wait(lambda: shell.session.panels.property("panel") == "members", what="the members")
    shell.run(shell.session.wait_idle())
    _check(shell, "members panel", problems)

    assert not problems, "text cut off in the pseudo-locale:\n" + "\n".join(problems)


def test_the_check_finds_text_cut_off_and_text_over_text(shell: Shell) -> None:
    """The pseudo-locale test's eyes: a long text without an ellipsis in a small box, and two
    texts anchored into each other, are found; an elided one is not."""
    component = QQmlComponent(shell.engine)
    component.setData(
        b"""
        import QtQuick
        Item {
            width: 120; height: 60
            Item { objectName: "box"; width: 60; height: 20
                Text { text: "a text far too long for its box" } }
            Item { width: 120; height: 20; y: 20
                Text { id: name; text: "a long name"; anchors.left: parent.left }
                Text { text: "12:00"; anchors.left: name.horizontalCenter } }
            Item { width: 60; height: 20; y: 40
                Text { width: 60; elide: Text.ElideRight; text: "an elided text, long enough" } }
        }
        """,
        QUrl(),
    )
    item = component.create()
    assert isinstance(item, QQuickItem), component.errorString()
    item.setParentItem(shell.window.contentItem())
    try:
        found = _cut_off(item)
        assert any("runs out of its parent" in line and "far too long" in line for line in found), found
        assert any("drawn over each other" in line and "12:00" in line for line in found), found
        assert not any("elided" in line for line in found), found
    finally:
        item.setParentItem(None)
        item.deleteLater()
