"""Driving the real app window in tests: build it, find items, type, wait for conditions."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import PySide6.QtQuick  # noqa: F401  (rootObjects() are QQuickWindows only with QtQuick imported)
import shiboken6
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QCoreApplication, QEvent, QMetaObject, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from messenger_desktop.api.client import Credentials
from messenger_desktop.qt.app_controller import AppController
from messenger_desktop.qt.desktop_controller import DesktopController
from messenger_desktop.qt.engine import build_engine
from messenger_desktop.qt.session_controller import SessionController
from messenger_desktop.qt.settings import Settings
from messenger_desktop.session.profile import Profile
from messenger_desktop.session.session import Session

T = TypeVar("T")


async def until(predicate: Callable[[], object], timeout: float = 20.0, what: str = "condition") -> None:
    """Let the loop run until ``predicate()`` is true."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def per_instance_metaobjects(root: QObject) -> list[str]:
    """Our QObjects under ``root`` whose metaobject is not their class's.

    PySide gives an object a metaobject of its own when one of its signals' receivers is a plain
    method of it (not a ``@Slot`` with the signal's arguments). That metaobject is freed with the
    object, while QML keeps caching by its address: the next object allocated there is read with
    the old one's properties, and QML finds no ``loadOlder`` on a TimelineModel."""
    found = []
    for obj in (root, *root.findChildren(QObject)):
        kind = type(obj)
        if not kind.__module__.startswith("messenger_desktop"):
            continue
        if shiboken6.getCppPointer(obj.metaObject())[0] != shiboken6.getCppPointer(kind.staticMetaObject)[0]:
            found.append(f"{kind.__qualname__}")
    return sorted(set(found))


def _settle(item: QQuickItem) -> None:
    """Lay out ``item`` and its ancestors now: a button that just appeared in a Row is placed at
    the next polish, and a click aimed before it would land where the button is not yet."""
    ancestors: list[QQuickItem] = []
    current: QQuickItem | None = item
    while current is not None:
        ancestors.append(current)
        current = current.parentItem()
    for each in reversed(ancestors):
        each.ensurePolished()


def _scroll_into_view(item: QQuickItem) -> None:
    """Scroll every Flickable around ``item`` whose view its middle is outside of, as a user
    scrolls to a control before clicking it (a click aimed outside the view lands elsewhere)."""
    parent = item.parentItem()
    while parent is not None:
        if parent.inherits("QQuickFlickable"):
            middle = item.mapToItem(parent, QPointF(item.width() / 2, item.height() / 2)).y()
            if not 0 <= middle <= parent.height():
                content_y = float(parent.property("contentY"))
                origin = float(parent.property("originY"))  # below 0 in a bottom-to-top list
                lowest = origin + float(parent.property("contentHeight")) - parent.height()
                wanted = content_y + middle - parent.height() / 2
                parent.setProperty("contentY", max(origin, min(wanted, lowest)))
                parent.ensurePolished()
        parent = parent.parentItem()


class Shell:
    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        profile_dir: Path,
        *,
        poll_ms: int = 1000,
        desktop: Callable[[Settings], DesktopController] | None = None,
    ) -> None:
        self.loop = loop
        self.profile = Profile.at(profile_dir)
        self.settings = Settings(self.profile.settings)

        def session_factory(profile: Profile, creds: Credentials, trace: Callable[[str], None]) -> Session:
            return Session(
                profile, creds, trace=trace, poll_timeout_ms=poll_ms, call_host_addresses=("127.0.0.1",)
            )

        self.desktop = desktop(self.settings) if desktop is not None else None
        self.controller = AppController(
            self.profile, self.settings, session_factory=session_factory, desktop=self.desktop
        )
        self.engine: QQmlApplicationEngine = build_engine(self.controller)
        window = self.engine.rootObjects()[0]
        assert isinstance(window, QQuickWindow)
        self.window = window
        self.window.requestActivate()

    # -- running ---------------------------------------------------------------------------------

    def run(self, awaitable: Awaitable[T], timeout: float = 60.0) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(awaitable, timeout))  # type: ignore[arg-type]

    def wait(self, predicate: Callable[[], object], timeout: float = 20.0, what: str = "condition") -> None:
        self.run(until(predicate, timeout, what), timeout + 5)

    def start(self, credentials: Credentials | None = None) -> None:
        self.run(self.controller.start(credentials))
        self.wait(lambda: self.controller.screen != "starting", what="the first screen")

    @property
    def session(self) -> SessionController:
        controller = self.controller.session_controller
        assert controller is not None, "not signed in"
        return controller

    def close(self) -> None:
        own = per_instance_metaobjects(self.controller)
        assert not own, (
            f"{own} got a metaobject of their own: a signal is connected to a method that is not a "
            "@Slot taking the signal's arguments (QML then reads a freed metaobject later)"
        )
        self.run(self.controller.close())
        self.engine.deleteLater()
        self.window.deleteLater()
        self.run(asyncio.sleep(0.01))  # deliver the deferred deletes inside the loop

    # -- finding and using items -----------------------------------------------------------------

    def find(self, name: str) -> QQuickItem:
        found = self.window.findChild(QObject, name)
        if not isinstance(found, QQuickItem):
            raise AssertionError(f"no item named {name!r} on screen")
        return found

    def has(self, name: str) -> bool:
        return isinstance(self.window.findChild(QObject, name), QQuickItem)

    def obj(self, name: str) -> QObject:
        """Any object by name, popups and menus included (they are not items of the window)."""
        found = self.window.findChild(QObject, name)
        if found is None:
            raise AssertionError(f"no object named {name!r}")
        return found

    def is_open(self, name: str) -> bool:
        """Whether the popup or menu ``name`` is open (visible, not just opening). Dialogs are
        made the first time they open (LazyPopup): one not made yet is not open."""
        found = self.window.findChild(QObject, name)
        return found is not None and bool(found.property("opened"))

    def visual_children(self, name: str) -> list[QQuickItem]:
        """Every item drawn inside ``name`` (list delegates have no QObject parent: findChildren
        misses them)."""
        return self.descendants(self.find(name))

    @staticmethod
    def descendants(parent: QQuickItem) -> list[QQuickItem]:
        """Every item drawn inside ``parent``, made or not yet shown."""
        found: list[QQuickItem] = []
        pending = list(parent.childItems())
        while pending:
            item = pending.pop()
            found.append(item)
            pending.extend(item.childItems())
        return found

    def settings_section(self, key: str) -> QQuickItem:
        """The settings window's section ``key`` in its list, once drawn and laid out: a list
        draws its rows in a frame after the window opens, as a user sees them before clicking."""

        def drawn() -> QQuickItem | None:
            rows = self.visual_children("settingsSections")
            return next((i for i in rows if i.objectName() == f"settingsSection_{key}"), None)

        self.wait(lambda: self.is_open("settingsDialog") and drawn() is not None, what=f"the {key} section")
        self.run(asyncio.sleep(0.05))
        found = drawn()
        assert found is not None
        return found

    def prop(self, name: str, prop: str) -> Any:
        return self.find(name).property(prop)

    def focus(self, name: str) -> QQuickItem:
        item = self.find(name)
        item.forceActiveFocus()
        assert item.hasActiveFocus(), f"{name} did not take the focus"
        return item

    def type(self, text: str) -> None:
        """Type ``text`` into the focused item, key by key, as a keyboard would."""

        async def typing() -> None:
            for char in text:
                key = Qt.Key.Key_Return if char == "\n" else _key_for(char)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    typed = "\r" if char == "\n" else char
                    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, typed)
                    QCoreApplication.sendEvent(self.window, event)

        self.run(typing())

    def key(
        self,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        text: str = "",
        *,
        then: Callable[[], T] | None = None,
    ) -> T | None:
        """Press and release ``key`` while the loop runs (as in the app, where slots may start
        tasks); ``then`` runs right after, in the same loop step — "in the same frame"."""

        async def press() -> T | None:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(self.window, QKeyEvent(kind, key, modifiers, text))
            return then() if then is not None else None

        return self.run(press())

    def click(self, name: str) -> None:
        """Activate a button the way the keyboard does (Space on the focused button)."""
        self.focus(name)
        self.key(Qt.Key.Key_Space, text=" ")

    def tap(self, item: QQuickItem, button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
        """Click the middle of ``item`` with the left (or ``button``) mouse button (inside the
        running loop)."""

        async def clicking() -> None:
            _settle(item)
            centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
            none = Qt.MouseButton.NoButton
            for kind, buttons in (
                (QEvent.Type.MouseButtonPress, button),
                (QEvent.Type.MouseButtonRelease, none),
            ):
                event = QMouseEvent(kind, centre, centre, button, buttons, Qt.KeyboardModifier.NoModifier)
                QCoreApplication.sendEvent(self.window, event)

        self.run(clicking())

    def scroll_to(self, item: QQuickItem) -> None:
        """Scroll ``item`` into view in the Flickables around it, as a user scrolls to a control
        before clicking it (a tap aimed outside the view lands on whatever is drawn there)."""
        _settle(item)
        _scroll_into_view(item)

    def tap_link(self, text_item: QQuickItem, url: str) -> None:
        """Click the link to ``url`` in a Text or TextEdit, where it is drawn (found with the
        item's own ``linkAt``), as a user clicks a link in a message."""

        async def clicking() -> None:
            _settle(text_item)
            spot = None
            step = 3.0
            y = step / 2
            while spot is None and y < text_item.height():
                x = step / 2
                while x < text_item.width():
                    if _link_at(text_item, x, y) == url:
                        spot = QPointF(x + step, y)  # a little inside the link's first letters
                        break
                    x += step
                y += step
            assert spot is not None, f"no link to {url} drawn in {text_item}"
            at = text_item.mapToScene(spot)
            left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
            for kind, buttons in (
                (QEvent.Type.MouseButtonPress, left),
                (QEvent.Type.MouseButtonRelease, none),
            ):
                event = QMouseEvent(kind, at, at, left, buttons, Qt.KeyboardModifier.NoModifier)
                QCoreApplication.sendEvent(self.window, event)

        self.run(clicking())

    def hold(
        self,
        item: QQuickItem,
        seconds: float,
        offset: tuple[float, float] = (0.0, 0.0),
        during: Callable[[], object] | None = None,
        until: Callable[[], object] | None = None,
    ) -> None:
        """Press the left button on the middle of ``item``, keep it down ``seconds`` (the loop runs)
        and then until ``until()`` holds (20 s at most), call ``during`` (the button still down),
        move ``offset`` away in a few steps and let go there."""

        async def holding() -> None:
            _settle(item)
            centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
            left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton

            def send(kind: QEvent.Type, at: QPointF, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
                event = QMouseEvent(kind, at, at, button, buttons, Qt.KeyboardModifier.NoModifier)
                QCoreApplication.sendEvent(self.window, event)

            send(QEvent.Type.MouseButtonPress, centre, left, left)
            await asyncio.sleep(seconds)
            deadline = time.monotonic() + 20
            while until is not None and not until():
                assert time.monotonic() < deadline, "held 20 s without it happening"
                await asyncio.sleep(0.02)
            at = centre
            for step in range(1, 5):
                at = centre + QPointF(offset[0] * step / 4, offset[1] * step / 4)
                send(QEvent.Type.MouseMove, at, none, left)
                await asyncio.sleep(0.02)
            if during is not None:
                during()
            send(QEvent.Type.MouseButtonRelease, at, left, none)

        self.run(holding())

    def hover(self, item: QQuickItem) -> None:
        """Move the mouse over the middle of ``item`` (hover handlers react, nothing is pressed)."""

        async def moving() -> None:
            _settle(item)
            centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
            none = Qt.MouseButton.NoButton
            event = QMouseEvent(
                QEvent.Type.MouseMove, centre, centre, none, none, Qt.KeyboardModifier.NoModifier
            )
            QCoreApplication.sendEvent(self.window, event)
            await asyncio.sleep(0.05)

        self.run(moving())

    def inside(self, parent: QQuickItem, name: str) -> QQuickItem:
        """The item called ``name`` drawn inside ``parent`` (delegates' children have no names
        reachable through findChild)."""
        for item in self.descendants(parent):
            if item.objectName() == name:
                return item
        raise AssertionError(f"no {name!r} inside {parent}")

    def grab(self, path: Path) -> None:
        """Save the window as it looks now. Everything happens while the loop runs: Qt events
        processed outside it would step asyncio tasks with no running loop and break them."""

        async def render() -> None:
            await asyncio.sleep(0.05)  # let bindings and layouts settle
            image = self.window.grabWindow()
            path.parent.mkdir(parents=True, exist_ok=True)
            assert image.save(str(path)), f"could not save {path}"

        self.run(render())


def _key_for(char: str) -> Qt.Key:
    if char.isascii() and char.isalnum():
        return Qt.Key(ord(char.upper()))
    if char == " ":
        return Qt.Key.Key_Space
    return Qt.Key.Key_unknown


def _link_at(item: QQuickItem, x: float, y: float) -> str:
    """The link under (x, y) of a Text or TextEdit ('' for none)."""
    found = QMetaObject.invokeMethod(
        item,
        "linkAt",
        Qt.ConnectionType.DirectConnection,
        Q_RETURN_ARG(str),
        Q_ARG(float, x),
        Q_ARG(float, y),
    )
    return str(found or "")
