"""Spell checking in the composer, as a user meets it: a misspelled word is underlined as it is
typed, a right-click on it offers suggestions (one replaces the word) and "Add to dictionary", and
the switch in Settings turns it all off. Through the real QML, with the system's hunspell
dictionaries (scripts/setup-system installs them)."""

from __future__ import annotations

import asyncio
import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextDocument
from PySide6.QtQuick import QQuickItem, QQuickTextDocument

from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.spell_check import SpellHighlighter
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration

try:
    import enchant

    _missing = "" if enchant.dict_exists("en_US") else "no en_US hunspell dictionary"
except ImportError as exc:  # pyenchant finds no libenchant-2
    _missing = str(exc)
if _missing:  # scripts/setup-system installs them: CI must have them, a developer is told
    if os.environ.get("CI"):
        pytest.fail(f"spell checking cannot be tested: {_missing}", pytrace=False)
    pytest.skip(f"{_missing} (scripts/setup-system installs it)", allow_module_level=True)


_held: list[QQuickTextDocument] = []


def _document(composer: QQuickItem) -> QTextDocument:
    quick = composer.property("textDocument")
    assert isinstance(quick, QQuickTextDocument)
    _held.append(quick)  # PySide deletes the field's document wrapper with its last reference
    return quick.textDocument()


def _underlined(composer: QQuickItem) -> list[str]:
    """The words drawn underlined in the field, read from the layout's formats (what Qt draws)."""
    found: list[str] = []
    block = _document(composer).firstBlock()
    while block.isValid():
        text = block.text()
        for piece in block.layout().formats():
            if piece.format.fontUnderline():
                found.append(text[piece.start : piece.start + piece.length])
        block = block.next()
    return found


def _right_click(shell: Shell, composer: QQuickItem, position: int) -> None:
    """A right-click on the character at ``position`` of the field (found with the cursor's
    rectangle there; the cursor goes back where it was, as a right-click leaves it)."""
    typing_at = composer.property("cursorPosition")
    composer.setProperty("cursorPosition", position)
    rectangle = composer.property("cursorRectangle")
    composer.setProperty("cursorPosition", typing_at)
    at = composer.mapToScene(QPointF(rectangle.x() + 3, rectangle.y() + rectangle.height() / 2))
    right, none = Qt.MouseButton.RightButton, Qt.MouseButton.NoButton

    async def clicking() -> None:
        for kind, buttons in ((QEvent.Type.MouseButtonPress, right), (QEvent.Type.MouseButtonRelease, none)):
            event = QMouseEvent(kind, at, at, right, buttons, Qt.KeyboardModifier.NoModifier)
            QCoreApplication.sendEvent(shell.window, event)

    shell.run(clicking())


def _menu_item(shell: Shell, name: str) -> QQuickItem | None:
    """The entry ``name`` of the open text menu (entries a Repeater made are only in its list)."""
    content = shell.obj("composerTextMenu").property("contentItem")
    assert isinstance(content, QQuickItem)
    pending = list(content.childItems())
    while pending:
        item = pending.pop()
        if item.objectName() == name and item.isVisible():
            return item
        pending.extend(item.childItems())
    return None


def _open_room(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> QQuickItem:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Spelling", ("hi",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room], what="the list")
    spelling = shell.controller.spelling
    shell.run(asyncio.sleep(0.3))
    assert not spelling.property("active"), "a dictionary was loaded before any field was used"
    shell.session.openRoom(room)
    composer = shell.focus("composer")
    shell.wait(lambda: spelling.property("active"), what="the dictionary loaded")
    assert spelling.property("language") == "en_US"  # the app's language (English), no choice made
    return composer


def test_a_misspelled_word_is_underlined_and_a_suggestion_from_the_right_click_replaces_it(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    composer = _open_room(shell, synapse, new_user)
    shell.type("Ths sentence has a mistke in it")
    assert _underlined(composer) == ["Ths", "mistke"]
    highlighter = _document(composer).findChild(SpellHighlighter)
    assert highlighter is not None and highlighter.misspelled[0] == ["Ths", "mistke"]

    text = composer.property("text")
    _right_click(shell, composer, text.index("mistke") + 2)
    shell.wait(lambda: shell.is_open("composerTextMenu"), what="the menu")
    shell.wait(lambda: _menu_item(shell, "spellingSuggestion_0") is not None, what="the suggestions")
    first = _menu_item(shell, "spellingSuggestion_0")
    assert first is not None and first.property("text") == "mistake"
    assert _menu_item(shell, "addToDictionary") is not None
    assert _menu_item(shell, "composerPaste") is not None  # the field's usual entries stay
    shell.tap(first)

    assert composer.property("text") == "Ths sentence has a mistake in it"
    assert _underlined(composer) == ["Ths"]
    assert composer.hasActiveFocus()


def test_add_to_dictionary_and_the_switch_in_settings(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    composer = _open_room(shell, synapse, new_user)
    shell.type("Our Zorblex team ")
    assert _underlined(composer) == ["Zorblex"]

    _right_click(shell, composer, composer.property("text").index("Zorblex") + 1)
    shell.wait(lambda: shell.is_open("composerTextMenu"), what="the menu")
    shell.wait(lambda: _menu_item(shell, "addToDictionary") is not None, what="the suggestions looked for")
    add = _menu_item(shell, "addToDictionary")
    assert add is not None and add.property("text") == "Add to dictionary"
    shell.tap(add)
    assert _underlined(composer) == []
    assert "Zorblex" in (shell.profile.path / "words.txt").read_text()  # kept in the profile

    shell.type("and a mispeled word ")
    assert _underlined(composer) == ["mispeled"]
    shell.settings.set_value("spellCheck", False)  # the Settings switch (Chats, Check spelling)
    shell.wait(lambda: _underlined(composer) == [], what="the underlines gone")
    assert not shell.controller.spelling.property("active")
    _right_click(shell, composer, composer.property("text").index("mispeled") + 1)
    shell.wait(lambda: shell.is_open("composerTextMenu"), what="the menu")
    assert _menu_item(shell, "addToDictionary") is None  # just Cut, Copy, Paste, Select all
    shell.key(Qt.Key.Key_Escape)

    shell.settings.set_value("spellCheck", True)
    shell.wait(lambda: _underlined(composer) == ["mispeled"], what="checked again")


def test_the_spelling_language_follows_the_setting(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    if not enchant.dict_exists("de_DE"):
        pytest.skip("no de_DE hunspell dictionary")
    composer = _open_room(shell, synapse, new_user)
    shell.type("Die Nachricht ist angekommen ")
    assert _underlined(composer) == ["Nachricht", "ist", "angekommen"]
    shell.settings.set_value("spellLanguage", "de_DE")
    spelling: QObject = shell.controller.spelling
    shell.wait(lambda: spelling.property("language") == "de_DE", what="the German dictionary")
    shell.wait(lambda: _underlined(composer) == [], what="German words accepted")
