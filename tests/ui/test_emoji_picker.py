"""The emoji picker on its own: the real EmojiPicker.qml and EmojiModel in a small window, driven
with the keyboard and the mouse as a person would; screenshots in both themes."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import PySide6.QtQuick  # noqa: F401  (rootObjects() are QQuickWindows only with QtQuick imported)
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from messenger_desktop.qt.emoji import EmojiModel
from messenger_desktop.qt.engine import resources_dir
from messenger_desktop.qt.settings import Settings
from tests.ui.shell import until

HARNESS = b"""
import QtQuick

Window {
    id: window
    required property var emojiModel
    property string themeMode: "light"
    property list<string> picks: []

    width: 400
    height: 448
    visible: true
    color: Theme.chatBackground

    Binding { target: Theme; property: "mode"; value: window.themeMode }

    EmojiPicker {
        x: 24
        y: 24
        emojiModel: window.emojiModel
        onPicked: function(emoji) { window.picks = window.picks.concat([emoji]) }
    }
}
"""


class Harness:
    def __init__(self, loop: asyncio.AbstractEventLoop, model: EmojiModel) -> None:
        self.loop = loop
        self.model = model
        self.engine = QQmlApplicationEngine()
        qml = resources_dir() / "qml"
        self.engine.addImportPath(str(qml))
        self.engine.setInitialProperties({"emojiModel": model})
        # loaded as if it were a file next to the app's QML: Theme and EmojiPicker resolve as there
        self.engine.loadData(HARNESS, QUrl.fromLocalFile(str(qml / "EmojiPickerHarness.qml")))
        window = self.engine.rootObjects()[0]
        assert isinstance(window, QQuickWindow)
        self.window = window
        self.window.requestActivate()
        picker = self.window.findChild(QObject, "emojiPicker")
        assert picker is not None
        self.picker = picker

    def run(self, coroutine: Any, timeout: float = 10.0) -> Any:
        return self.loop.run_until_complete(asyncio.wait_for(coroutine, timeout))

    def wait(self, predicate: Any, what: str) -> None:
        self.run(until(predicate, 5.0, what))

    def settle(self) -> None:
        self.run(asyncio.sleep(0.05))

    @property
    def picks(self) -> list[str]:
        return list(self.window.property("picks"))

    def open(self) -> None:
        QCoreApplication.sendPostedEvents()
        self.picker.setProperty("visible", True)
        self.wait(lambda: self.picker.property("opened") and self.model.loaded, "the picker to open and load")
        self.settle()

    def find(self, name: str) -> QQuickItem:
        """An item by name, delegates included (they have no QObject parent: walk the items)."""
        pending = [self.window.contentItem()]
        while pending:
            item = pending.pop()
            if item.objectName() == name:
                return item
            pending.extend(item.childItems())
        raise AssertionError(f"no item named {name!r}")

    def cells(self) -> list[QQuickItem]:
        """The grid's emoji cells on screen (delegates have no QObject parent: walk the items)."""
        content = self.find("emojiGrid").property("contentItem")
        assert isinstance(content, QQuickItem)
        return [item for item in content.childItems() if item.property("emoji") and item.isVisible()]

    def key(self, key: Qt.Key, text: str = "") -> None:
        async def press() -> None:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(
                    self.window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
                )

        self.run(press())

    def type(self, text: str) -> None:
        for char in text:
            key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_Space
            self.key(key, char)

    def mouse(self, item: QQuickItem, *kinds: QEvent.Type) -> None:
        async def send() -> None:
            centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
            left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
            for kind in kinds:
                button = none if kind == QEvent.Type.MouseMove else left
                buttons = left if kind == QEvent.Type.MouseButtonPress else none
                event = QMouseEvent(kind, centre, centre, button, buttons, Qt.KeyboardModifier.NoModifier)
                QCoreApplication.sendEvent(self.window, event)

        self.run(send())

    def grab(self) -> QImage:
        self.run(asyncio.sleep(0.2))  # let the opening transition end
        return self.window.grabWindow()

    def close(self) -> None:
        self.engine.deleteLater()
        self.window.deleteLater()
        self.run(asyncio.sleep(0.01))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


@pytest.fixture
def harness(loop: asyncio.AbstractEventLoop, settings: Settings) -> Iterator[Harness]:
    model = EmojiModel(settings=settings)
    shell = Harness(loop, model)
    yield shell
    shell.close()
    model.deleteLater()


def test_typing_a_name_and_enter_picks_the_first_result(harness: Harness, settings: Settings) -> None:
    harness.open()
    assert harness.find("emojiSearch").hasActiveFocus()
    assert harness.find("emojiHeading").property("text") == "Smileys & emotion"  # no recents yet
    harness.type("thumbs")
    assert harness.model.query == "thumbs"
    assert harness.model.emojiAt(0) == "👍"
    assert harness.find("emojiPreviewName").property("text") == "Thumbs up"
    harness.key(Qt.Key.Key_Return, "\r")
    assert harness.picks == ["👍"]
    harness.wait(lambda: not harness.picker.property("visible"), "the picker to close")
    assert settings.value("recentEmoji") == ["👍"]

    harness.open()  # again: the recent tab first, the search cleared
    assert harness.find("emojiSearch").property("text") == ""
    assert harness.find("emojiHeading").property("text") == "Recently used"
    assert [cell.property("emoji") for cell in harness.cells()] == ["👍"]


def test_a_click_on_a_cell_picks_it_and_hovering_shows_its_name(harness: Harness) -> None:
    harness.open()
    grinning = next(cell for cell in harness.cells() if cell.property("emoji") == "😀")
    harness.mouse(grinning, QEvent.Type.MouseMove)
    assert harness.find("emojiPreviewName").property("text") == "Grinning face"
    harness.mouse(grinning, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)
    assert harness.picks == ["😀"]
    assert harness.model.recent == ["😀"]


def test_arrows_move_through_the_grid_and_enter_picks(harness: Harness) -> None:
    harness.open()
    harness.type("cat")
    results = [harness.model.emojiAt(i) for i in range(3)]
    harness.key(Qt.Key.Key_Down)
    grid = harness.find("emojiGrid")
    assert grid.hasActiveFocus()
    harness.key(Qt.Key.Key_Right)
    assert grid.property("currentIndex") == 1
    harness.key(Qt.Key.Key_Right)
    harness.key(Qt.Key.Key_Left)
    harness.key(Qt.Key.Key_Return, "\r")
    assert harness.picks == [results[1]]


def test_the_grid_scrolls_to_follow_the_keyboard(harness: Harness) -> None:
    harness.open()
    grid = harness.find("emojiGrid")
    harness.key(Qt.Key.Key_Down)  # from the search field into the grid
    for _ in range(12):
        harness.key(Qt.Key.Key_Down)
    assert grid.property("currentIndex") == 12 * 8
    harness.settle()
    cell = grid.property("currentItem")
    assert isinstance(cell, QQuickItem)
    top = cell.y() - grid.property("contentY")
    assert top >= 0, "the current cell is above the view"
    assert top + cell.height() <= grid.height() + 1, "the current cell is below the view"


def test_typing_in_the_grid_goes_on_in_the_search_and_esc_closes(harness: Harness) -> None:
    harness.open()
    harness.key(Qt.Key.Key_Down)
    assert harness.find("emojiGrid").hasActiveFocus()
    harness.type("fr")
    assert harness.find("emojiSearch").hasActiveFocus()
    assert harness.model.query == "fr"
    harness.key(Qt.Key.Key_Escape)
    harness.wait(lambda: not harness.picker.property("visible"), "Esc to close the picker")
    assert harness.picks == []


def test_tabs_switch_categories(harness: Harness) -> None:
    harness.open()
    harness.mouse(
        harness.find("emojiTab_flags"), QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease
    )
    assert harness.model.category == "flags"
    assert harness.find("emojiHeading").property("text") == "Flags"
    assert "🏁" in [cell.property("emoji") for cell in harness.cells()]


def test_the_skin_tone_chosen_in_the_footer_applies_to_picks(harness: Harness, settings: Settings) -> None:
    harness.open()
    tone_button = harness.find("emojiToneButton")
    tone_button.forceActiveFocus()
    harness.key(Qt.Key.Key_Space, " ")
    assert harness.find("emojiTone0").hasActiveFocus()
    harness.key(Qt.Key.Key_Escape)  # closes the tone choice only
    assert harness.picker.property("visible")
    assert tone_button.hasActiveFocus()
    harness.key(Qt.Key.Key_Space, " ")
    for _ in range(3):
        harness.key(Qt.Key.Key_Right)
    assert harness.find("emojiTone3").hasActiveFocus()
    harness.key(Qt.Key.Key_Return, "\r")
    assert harness.model.skinTone == 3
    assert settings.value("emojiSkinTone") == 3
    harness.find("emojiSearch").forceActiveFocus()
    harness.type("thumbs up")
    harness.key(Qt.Key.Key_Return, "\r")
    assert harness.picks == ["👍🏽"]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot_shows_colour_emoji(harness: Harness, theme: str, tmp_path: Path) -> None:
    """Saved to ``$EMOJI_PICKER_SCREENSHOTS/emoji-picker-<theme>.png`` when that is set (look at
    them after changing the picker); the test proves the emoji are drawn in colour."""
    harness.window.setProperty("themeMode", theme)
    for emoji in ("👍", "❤️", "😂", "🎉"):
        harness.model.recordUse(emoji)
    harness.open()
    smileys = harness.find("emojiTab_smileys")
    harness.mouse(smileys, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)
    harness.mouse(harness.cells()[9], QEvent.Type.MouseMove)
    image = harness.grab()
    folder = Path(os.environ.get("EMOJI_PICKER_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert image.save(str(folder / f"emoji-picker-{theme}.png"))

    grid = harness.find("emojiGrid")
    top_left = grid.mapToScene(QPointF(0, 0))
    ratio = image.devicePixelRatio()
    colourful = 0
    for y in range(int(top_left.y()), int(top_left.y() + grid.height()), 3):
        for x in range(int(top_left.x()), int(top_left.x() + grid.width()), 3):
            colour = QColor(image.pixel(int(x * ratio), int(y * ratio)))
            if colour.hsvSaturation() > 120 and colour.value() > 120:
                colourful += 1
    assert colourful > 500, "the emoji are not drawn in colour (is fonts-noto-color-emoji installed?)"
