"""The unread count on the app's launcher/dock/taskbar icon, where the desktop has one.

Linux: the ``com.canonical.Unity.LauncherEntry`` D-Bus API, which despite its name is what Ubuntu's
dock, Dash to Dock, Plank, KDE's task manager and Latte listen to: the app broadcasts an ``Update``
signal naming its desktop entry (``application://messenger-desktop.desktop``, the desktop file
name ``app.py`` gives Qt) with the count. Nobody answers; if no dock listens nothing happens.

It is sent with jeepney's *blocking* connection: one signal is a single small write on a local
socket, so there is nothing to await and no task to track, and it works before the qasync loop
runs. The connection is opened on the first change (not at start-up) and an app without a session
bus just logs one line. Qt has ``QGuiApplication.setBadgeNumber`` for this, but on Linux it only
works under Qt's desktop platform services (not offscreen, so untestable here) and has no way to
say "urgent"; jeepney also keeps the D-Bus code of the app in one style (see ``freedesktop.py``).

**Windows and macOS**: :class:`QtLauncher`, through ``QGuiApplication.setBadgeNumber``, which Qt
(6.5 and later) implements as the taskbar button's overlay icon on Windows and the Dock tile's
badge label on macOS. A mention (``urgent``) also asks for attention once, as Telegram does:
``QWindow.alert``, which flashes the taskbar button on Windows and bounces the Dock icon on macOS,
and does nothing while the window is active. These two only run for real on those systems; here
the class is tested with Qt's offscreen platform (where the calls are accepted and do nothing) and
with recorded calls. Elsewhere :class:`NullLauncher` does nothing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Protocol

log = logging.getLogger(__name__)

INTERFACE = "com.canonical.Unity.LauncherEntry"
PATH = "/im/messenger_desktop/launcher"
APP_URI = "application://messenger-desktop.desktop"
SEND_TIMEOUT = 1.0  # seconds


class LauncherBadge(Protocol):
    def set_count(self, count: int, urgent: bool) -> None:
        """Show ``count`` unread on the launcher icon (none when 0); ``urgent`` for mentions."""

    def close(self) -> None:
        """Clear the badge and let go of any connection (at exit)."""


class NullLauncher:
    """For platforms (or sessions) without a launcher badge: does nothing."""

    def set_count(self, count: int, urgent: bool) -> None:
        pass

    def close(self) -> None:
        pass


class UnityLauncher:
    """The Unity LauncherEntry ``Update`` signal on the session bus (see the module docstring).

    Repeating an unchanged state sends nothing. Without a session bus it gives up after the first
    try (a bus does not appear later in a session); a failed send (the bus went away) drops the
    connection and the next change reconnects.
    """

    def __init__(self, *, bus: str = "SESSION", app_uri: str = APP_URI, path: str = PATH) -> None:
        self._bus = bus
        self._app_uri = app_uri
        self._path = path
        self._connection: Any = None
        self._sent: tuple[int, bool] | None = None
        self._no_bus = False

    def set_count(self, count: int, urgent: bool) -> None:
        state = (max(count, 0), urgent and count > 0)
        if state != self._sent and self._send(*state):
            self._sent = state

    def close(self) -> None:
        if self._connection is not None:
            if self._sent not in (None, (0, False)):
                self._send(0, False)  # a dock would otherwise keep showing the count
            if self._connection is not None:
                self._connection.close()
                self._connection = None
        self._sent = None

    def _send(self, count: int, urgent: bool) -> bool:
        from jeepney import DBusAddress, new_signal  # type: ignore[import-untyped]

        connection = self._connect()
        if connection is None:
            return False
        properties = {"count": ("x", count), "count-visible": ("b", count > 0), "urgent": ("b", urgent)}
        emitter = DBusAddress(self._path, interface=INTERFACE)
        try:
            connection.send(new_signal(emitter, "Update", "sa{sv}", (self._app_uri, properties)))
        except OSError as error:
            log.info("launcher badge not sent: %s", error)
            connection.close()
            self._connection = None
            return False
        return True

    def _connect(self) -> Any:
        if self._connection is None and not self._no_bus:
            from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

            try:
                connection = open_dbus_connection(bus=self._bus, auth_timeout=SEND_TIMEOUT)
            except (OSError, KeyError, ValueError) as error:  # KeyError: no bus address in the environment
                log.info("no launcher badge (no session bus): %s", error)
                self._no_bus = True
                return None
            connection.sock.settimeout(SEND_TIMEOUT)  # a stuck bus must not hold the UI thread
            self._connection = connection
        return self._connection


class QtLauncher:
    """The taskbar overlay (Windows) or Dock badge (macOS) through Qt (see the module docstring).

    ``set_number`` and ``alert`` default to ``QGuiApplication.setBadgeNumber`` and alerting the
    app's first visible window; tests pass recorders.
    """

    def __init__(
        self,
        set_number: Callable[[int], None] | None = None,
        alert: Callable[[], None] | None = None,
    ) -> None:
        self._set_number = set_number or _qt_set_badge_number
        self._alert = alert or _qt_alert
        self._sent: tuple[int, bool] | None = None

    def set_count(self, count: int, urgent: bool) -> None:
        state = (max(count, 0), urgent and count > 0)
        if state == self._sent:
            return
        was_urgent = self._sent is not None and self._sent[1]
        self._sent = state
        self._set_number(state[0])
        if state[1] and not was_urgent:
            self._alert()

    def close(self) -> None:
        if self._sent not in (None, (0, False)):
            self._set_number(0)
        self._sent = None


def _qt_set_badge_number(count: int) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setBadgeNumber(count)


def _qt_alert() -> None:
    from PySide6.QtGui import QGuiApplication

    window = next((w for w in QGuiApplication.topLevelWindows() if w.isVisible()), None)
    if window is not None:
        window.alert(0)  # until the user comes to the window; nothing if it is active


def launcher_badge(platform: str = sys.platform) -> LauncherBadge:
    """The launcher badge of this platform (see the module docstring).

    Linux through D-Bus (jeepney is a dependency there only; BSD desktops would work the same way
    once it is); Windows and macOS through Qt.
    """
    if platform.startswith("linux"):
        return UnityLauncher()
    if platform in ("win32", "darwin"):
        return QtLauncher()
    return NullLauncher()
