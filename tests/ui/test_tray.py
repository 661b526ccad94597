"""The tray controller driven through its menu, as a user would, and the badged tray icon.

Offscreen there is no system tray: everything but the icon itself must work regardless, without a
single Qt warning (pyproject fails the run on any).
"""

from __future__ import annotations

import asyncio
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from messenger_desktop.qt.dnd import tomorrow_morning
from messenger_desktop.qt.platform.badge import app_icon, badge_text, badged_icon, badged_image
from messenger_desktop.qt.platform.tray import TrayController
from messenger_desktop.qt.settings import Settings

NOW = datetime(2025, 6, 10, 13, 30)  # local time, a Tuesday
HOUR_MS = 3_600_000


class Clock:
    def __init__(self) -> None:
        self.now = NOW.timestamp()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def settings() -> Settings:
    return Settings(None)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def tray(qapp: QApplication, settings: Settings, clock: Clock) -> Iterator[TrayController]:
    controller = TrayController(settings, clock=clock)
    yield controller
    controller.close()


def action(tray: TrayController, name: str) -> QAction:
    found = tray.menu.findChild(QAction, name)
    assert found is not None, name
    return found


def dnd_menu(tray: TrayController) -> QMenu:
    found = tray.menu.findChild(QMenu, "trayDnd")
    assert found is not None
    return found


def test_menu_without_a_tray(tray: TrayController) -> None:
    assert tray.menu.objectName() == "trayMenu"
    assert [a.objectName() for a in tray.menu.actions() if not a.isSeparator()] == [
        "trayOpen",
        "",  # the Do not disturb submenu's action
        "trayMarkAllRead",
        "trayQuit",
    ]
    assert action(tray, "trayOpen").text() == "Open Messenger"
    assert [a.objectName() for a in dnd_menu(tray).actions() if not a.isSeparator()] == [
        "trayDndHour",
        "trayDndTomorrow",
        "trayDndOff",
    ]
    assert dnd_menu(tray).title() == "Do not disturb"
    assert not action(tray, "trayDndOff").isEnabled()
    assert not action(tray, "trayMarkAllRead").isEnabled()  # nothing unread
    assert not tray.available  # offscreen: no tray, and no warning about it
    assert not tray.tray_icon.isVisible()
    assert tray.tray_icon.contextMenu() is tray.menu
    assert not tray.show_message("Messenger is still running", "…")


def test_actions_ask_for_what_they_say(tray: TrayController) -> None:
    asked: list[str] = []
    tray.openRequested.connect(lambda: asked.append("open"))
    tray.quitRequested.connect(lambda: asked.append("quit"))
    tray.markAllReadRequested.connect(lambda: asked.append("mark all read"))
    tray.toggleWindowRequested.connect(lambda: asked.append("toggle"))

    action(tray, "trayOpen").trigger()
    action(tray, "trayMarkAllRead").trigger()  # disabled: nothing
    tray.set_unread(2, False)
    action(tray, "trayMarkAllRead").trigger()
    tray.tray_icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a click on the icon
    tray.tray_icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)  # the menu opens: no toggle
    action(tray, "trayQuit").trigger()
    assert asked == ["open", "mark all read", "toggle", "quit"]


def test_unread_shows_in_the_tooltip_icon_and_menu(tray: TrayController) -> None:
    plain = tray.tray_icon.icon().pixmap(QSize(32, 32), 1.0).toImage()
    assert tray.tray_icon.toolTip() == "Messenger"

    tray.set_unread(3, False)
    assert tray.tray_icon.toolTip() == "Messenger — 3 unread"
    assert action(tray, "trayMarkAllRead").isEnabled()
    three = tray.tray_icon.icon().pixmap(QSize(32, 32), 1.0).toImage()
    assert three != plain

    tray.set_unread(3, True)
    assert tray.tray_icon.icon().pixmap(QSize(32, 32), 1.0).toImage() != three

    tray.set_unread(0, True)  # a mention with nothing unread is no mention
    assert tray.tray_icon.toolTip() == "Messenger"
    assert not action(tray, "trayMarkAllRead").isEnabled()
    assert tray.tray_icon.icon().pixmap(QSize(32, 32), 1.0).toImage() == plain
    assert tray.unread == 0


def test_do_not_disturb_for_an_hour_and_off(tray: TrayController, settings: Settings, clock: Clock) -> None:
    changes: list[bool] = []
    tray.dndChanged.connect(changes.append)

    action(tray, "trayDndHour").trigger()
    assert settings.value("doNotDisturbUntil") == clock.now * 1000 + HOUR_MS
    assert tray.dnd_active
    assert dnd_menu(tray).title() == "Do not disturb — until 14:30"
    assert action(tray, "trayDndOff").isEnabled()
    assert tray.tray_icon.toolTip() == "Messenger\nDo not disturb"

    action(tray, "trayDndOff").trigger()
    assert settings.value("doNotDisturbUntil") == 0.0
    assert not tray.dnd_active
    assert dnd_menu(tray).title() == "Do not disturb"
    assert not action(tray, "trayDndOff").isEnabled()
    assert changes == [True, False]


def test_do_not_disturb_until_tomorrow(tray: TrayController, settings: Settings) -> None:
    action(tray, "trayDndTomorrow").trigger()
    assert settings.value("doNotDisturbUntil") == tomorrow_morning(NOW)
    assert dnd_menu(tray).title() == "Do not disturb — until tomorrow 08:00"


def test_the_label_follows_the_clock_when_the_menu_opens(
    tray: TrayController, settings: Settings, clock: Clock
) -> None:
    action(tray, "trayDndTomorrow").trigger()
    clock.now = datetime(2025, 6, 11, 0, 30).timestamp()  # past midnight: "tomorrow" is today
    tray.menu.aboutToShow.emit()
    assert dnd_menu(tray).title() == "Do not disturb — until 08:00"


def test_do_not_disturb_ends_by_itself(
    loop: asyncio.AbstractEventLoop, tray: TrayController, settings: Settings, clock: Clock
) -> None:
    changes: list[bool] = []
    tray.dndChanged.connect(changes.append)
    settings.set_value("doNotDisturbUntil", clock.now * 1000 + 50)  # e.g. from the settings page
    assert tray.dnd_active
    assert action(tray, "trayDndOff").isEnabled()

    clock.now += 1
    loop.run_until_complete(asyncio.sleep(0.3))  # the timer fires on the loop
    assert not tray.dnd_active
    assert settings.value("doNotDisturbUntil") == 0.0
    assert not action(tray, "trayDndOff").isEnabled()
    assert dnd_menu(tray).title() == "Do not disturb"
    assert changes == [True, False]


def test_a_timer_that_fires_early_waits_again(
    loop: asyncio.AbstractEventLoop, tray: TrayController, settings: Settings, clock: Clock
) -> None:
    settings.set_value("doNotDisturbUntil", clock.now * 1000 + 50)
    loop.run_until_complete(asyncio.sleep(0.2))  # the fake clock did not move: still on
    assert tray.dnd_active
    clock.now += 1
    loop.run_until_complete(asyncio.sleep(0.2))
    assert not tray.dnd_active


def test_state_at_start(qapp: QApplication, settings: Settings, clock: Clock) -> None:
    settings.set_value("doNotDisturbUntil", clock.now * 1000 - 1)  # ended while the app was closed
    ended = TrayController(settings, clock=clock)
    assert not ended.dnd_active
    assert settings.value("doNotDisturbUntil") == 0.0
    ended.close()

    settings.set_value("doNotDisturbUntil", clock.now * 1000 + 2 * HOUR_MS)
    running = TrayController(settings, clock=clock)
    assert running.dnd_active
    assert dnd_menu(running).title() == "Do not disturb — until 15:30"
    running.close()
    settings.set_value("doNotDisturbUntil", 0.0)  # after close: no longer followed
    assert running.dnd_active


def test_close_is_final_and_idempotent(loop: asyncio.AbstractEventLoop, tray: TrayController) -> None:
    tray.close()
    loop.run_until_complete(asyncio.sleep(0.05))
    assert not shiboken6.isValid(tray.menu)  # deleted
    tray.close()  # again (the app's shutdown paths may both close it)
    tray.set_unread(4, True)  # late updates are dropped, not errors
    assert not tray.show_message("title", "body")
    assert not tray.available


# --- the badge -------------------------------------------------------------------------------


def corner(image: QImage) -> list[QColor]:
    """The bottom-right quarter, where the badge goes."""
    half = image.width() // 2
    return [image.pixelColor(x, y) for x in range(half, image.width()) for y in range(half, image.height())]


def test_badge_text() -> None:
    assert [badge_text(n, False) for n in (0, -1, 1, 99, 100, 12345)] == ["", "", "1", "99", "99+", "99+"]
    assert badge_text(5, True) == "@"
    assert badge_text(0, True) == ""


def test_badge_is_drawn_in_the_corner(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    none = badged_image(icon, 0, False, 64)
    five = badged_image(icon, 5, False, 64)
    mention = badged_image(icon, 5, True, 64)
    assert none.size() == QSize(64, 64)
    assert corner(none) != corner(five)
    assert corner(five) != corner(mention)
    assert badged_image(icon, 120, False, 64) != badged_image(icon, 99, False, 64)
    assert badged_image(icon, 120, False, 64) == badged_image(icon, 100, False, 64)  # both "99+"

    red = [c for c in corner(five) if c.red() > 200 and c.green() < 90 and c.blue() < 90]
    assert len(red) > 64 * 64 // 4 // 4  # a real red badge, not a speck
    assert not [c for c in corner(none) if c.red() > 200 and c.green() < 90]
    assert none.pixelColor(32, 32) == five.pixelColor(32, 32)  # the middle is untouched
    assert none.pixelColor(4, 4).alpha() == 0  # the round icon keeps its transparent corners


def test_badge_from_an_image_and_at_every_size(qapp: QApplication) -> None:
    square = QImage(100, 50, QImage.Format.Format_ARGB32)
    square.fill(QColor("#3390ec"))
    image = badged_image(square, 7, False, 32)
    assert image.size() == QSize(32, 32)
    assert image.pixelColor(16, 2).alpha() == 0  # kept its aspect ratio, centred
    icon = badged_icon(square, 7, False)
    assert sorted(s.width() for s in icon.availableSizes()) == [16, 22, 24, 32, 48, 64]
    assert badged_icon(QIcon(), 0, False, 16).availableSizes() == [QSize(16, 16)]


# --- in a real panel's view: Qt's xcb platform, a StatusNotifierWatcher on the session bus -----

WATCHER = "org.kde.StatusNotifierWatcher"
ITEM = "org.kde.StatusNotifierItem"

CHILD = r"""
import sys, threading
from PySide6.QtCore import QObject, Signal, Slot, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

qInstallMessageHandler(lambda kind, context, text: print("Qt:", text, file=sys.stderr, flush=True))
app = QApplication(sys.argv)
app.setApplicationName("Messenger")
from messenger_desktop.qt.platform.tray import TrayController
from messenger_desktop.qt.settings import Settings

tray = TrayController(Settings(None))
for name in ("toggleWindowRequested", "openRequested", "markAllReadRequested", "quitRequested"):
    getattr(tray, name).connect(lambda name=name: print(name, flush=True))

class Commands(QObject):
    line = Signal(str)

    @Slot(str)
    def run(self, line):
        if not line:
            tray.close()
            app.quit()
            return
        count, mention = line.split()
        tray.set_unread(int(count), mention == "1")
        print("unread", count, flush=True)

commands = Commands()
commands.line.connect(commands.run)

def read():
    for line in sys.stdin:
        commands.line.emit(line.strip())
    commands.line.emit("")

threading.Thread(target=read, daemon=True).start()
print("available" if tray.available else "unavailable", flush=True)
sys.exit(app.exec())
"""


class FakeWatcher:
    """A StatusNotifierWatcher (what a panel runs) on the session bus: tray icons register with it."""

    def __init__(self) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.items: queue.Queue[str] = queue.Queue()
        self._connection = open_dbus_connection(bus="SESSION")
        reply = self._connection.send_and_get_reply(message_bus.RequestName(WATCHER, 4), timeout=5)
        assert reply.body == (1,), f"could not own {WATCHER}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return

        registered: list[str] = []
        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            if message.header.message_type != MessageType.method_call:
                continue
            member = message.header.fields.get(HeaderFields.member)
            properties = {
                "RegisteredStatusNotifierItems": ("as", registered),
                "IsStatusNotifierHostRegistered": ("b", True),
                "ProtocolVersion": ("i", 0),
            }
            if member == "RegisterStatusNotifierItem":
                registered.append(message.body[0])
                self._connection.send(new_method_return(message))
                self.items.put(message.body[0])
            elif member == "Get":
                self._connection.send(new_method_return(message, "v", (properties[message.body[1]],)))
            elif member == "GetAll":
                self._connection.send(new_method_return(message, "a{sv}", (properties,)))
            else:
                error = "org.freedesktop.DBus.Error.UnknownMethod"
                self._connection.send(new_error(message, error, "s", (str(member),)))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._connection.close()


class Panel:
    """Reads and clicks a registered tray item the way a desktop panel does."""

    def __init__(self, service: str) -> None:
        from jeepney import DBusAddress
        from jeepney.io.blocking import open_dbus_connection

        self._connection = open_dbus_connection(bus="SESSION")
        self.item = DBusAddress("/StatusNotifierItem", bus_name=service, interface=ITEM)
        menu_path = self.properties()["Menu"][1]
        self.menu = DBusAddress(menu_path, bus_name=service, interface="com.canonical.dbusmenu")

    def ask(self, message: Any) -> Any:
        from jeepney import MessageType

        reply = self._connection.send_and_get_reply(message, timeout=5)
        assert reply.header.message_type == MessageType.method_return, reply.body
        return reply.body

    def call(self, address: Any, member: str, signature: str = "", body: tuple[Any, ...] = ()) -> Any:
        from jeepney import new_method_call

        return self.ask(new_method_call(address, member, signature, body))

    def properties(self) -> dict[str, Any]:
        from jeepney import Properties

        return self.ask(Properties(self.item).get_all())[0]  # type: ignore[no-any-return]

    def menu_items(self) -> list[tuple[int, int, str, bool]]:
        """(depth, id, label, enabled) of every labelled entry, in order."""
        _revision, root = self.call(self.menu, "GetLayout", "iias", (0, -1, []))
        entries: list[tuple[int, int, str, bool]] = []

        def walk(node: Any, depth: int) -> None:
            item_id, props, children = node
            if "label" in props:
                entries.append((depth, item_id, props["label"][1], props.get("enabled", ("b", True))[1]))
            for child in children:
                walk(child[1], depth + 1)

        walk(root, 0)
        return entries

    def click(self, item_id: int) -> None:
        self.call(self.menu, "Event", "isvu", (item_id, "clicked", ("i", 0), 0))

    def close(self) -> None:
        self._connection.close()


@pytest.fixture
def x_display() -> Iterator[str]:
    needs = "Xvfb and a session bus (scripts/with-secret-service)"
    if shutil.which("Xvfb") is None or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide {needs}")
        pytest.skip(f"needs {needs}")
    for number in range(130, 170):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert server.poll() is None, "Xvfb exited"
        assert time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def until(condition: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)
    return result


def test_a_panel_sees_the_icon_menu_and_badge_and_clicks_them(x_display: str) -> None:
    watcher = FakeWatcher()
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=Path(__file__).parents[2],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    stdout = child.stdout

    def read() -> None:
        for line in stdout:
            lines.put(line.strip())

    threading.Thread(target=read, daemon=True).start()
    panel: Panel | None = None
    try:
        assert lines.get(timeout=30) == "available"
        panel = Panel(watcher.items.get(timeout=10))
        properties = panel.properties()
        assert properties["Title"] == ("s", "Messenger")
        assert properties["ToolTip"][1][2] == "Messenger"
        icons = {width: data for width, _height, data in properties["IconPixmap"][1]}
        assert sorted(icons) == [16, 22, 24, 32, 48, 64]

        menu = panel.menu_items()
        assert [(depth, label, enabled) for depth, _id, label, enabled in menu] == [
            (1, "Open Messenger", True),
            (1, "Do not disturb", True),
            (2, "For 1 hour", True),
            (2, "Until tomorrow", True),
            (2, "Off", False),
            (1, "Mark all as read", False),
            (1, "Quit", True),
        ]
        ids = {label: item_id for _depth, item_id, label, _enabled in menu}

        panel.click(ids["Open Messenger"])
        assert lines.get(timeout=5) == "openRequested"
        panel.call(panel.item, "Activate", "ii", (0, 0))  # a left click on the icon
        assert lines.get(timeout=5) == "toggleWindowRequested"

        child.stdin.write("5 1\n")
        child.stdin.flush()
        assert lines.get(timeout=5) == "unread 5"
        shown = panel
        until(lambda: shown.properties()["ToolTip"][1][2] == "Messenger — 5 unread")
        badged = {width: data for width, _height, data in shown.properties()["IconPixmap"][1]}
        assert badged[32] != icons[32]
        until(lambda: ("Mark all as read", True) in [(m[2], m[3]) for m in shown.menu_items()])

        panel.click(ids["For 1 hour"])
        dnd = until(lambda: [m for m in shown.menu_items() if m[2].startswith("Do not disturb — until ")])
        assert dnd[0][1] == ids["Do not disturb"]
        assert ("Off", True) in [(m[2], m[3]) for m in shown.menu_items()]
        panel.click(ids["Off"])
        until(
            lambda: {("Do not disturb", True), ("Off", False)} <= {(m[2], m[3]) for m in shown.menu_items()}
        )
        panel.click(ids["Mark all as read"])
        assert lines.get(timeout=5) == "markAllReadRequested"
        panel.click(ids["Quit"])
        assert lines.get(timeout=5) == "quitRequested"
    finally:
        if panel is not None:
            panel.close()
        child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        watcher.close()
    errors = child.stderr.read() if child.stderr is not None else ""
    assert child.returncode == 0, errors[-3000:]
    assert "Qt:" not in errors, errors  # not one Qt warning in a real session either
