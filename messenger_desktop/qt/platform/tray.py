"""The system tray icon and its menu: unread badge, open/hide, Do not disturb, mark all read, quit.

A QWidgets ``QSystemTrayIcon`` + ``QMenu`` rather than QML: Qt Quick has no tray type outside
Qt.labs, and on Linux Qt exports this menu over D-Bus (StatusNotifierItem + DBusMenu), on Windows
and macOS it becomes a native menu; the app never runs ``QMenu.exec`` (no nested loop).

Everything except the icon itself works without a tray (GNOME without the AppIndicator extension,
tests offscreen): the menu, its state and the signals exist regardless, so the window can offer the
same actions and tests drive them. The icon is shown only when ``isSystemTrayAvailable()``; a
panel that starts after the app (autostart at login races it) is picked up by re-checking for a
while. The app must not hide its window to a tray that is not :attr:`~TrayController.available`.

Do not disturb lives in the ``doNotDisturbUntil`` setting (see :mod:`..dnd`); this controller only
writes it from the menu and, with a timer, puts it back to 0 when the time is up, so every view of
the setting (this menu, the settings page, the notifier) sees it end at the same moment.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from messenger_desktop.qt.dnd import dnd_active, dnd_label, one_hour_from, tomorrow_morning
from messenger_desktop.qt.platform.badge import app_icon, badge_text, badged_icon
from messenger_desktop.qt.settings import Settings
from messenger_desktop.qt.translations import language_changes

log = logging.getLogger(__name__)

APP_NAME = "Messenger"
DND_KEY = "doNotDisturbUntil"
MAX_TIMER_MS = 3_600_000
"""The DND timer never waits longer than this and then looks at the clock again: QTimer intervals
are 32-bit, and a suspended laptop's timers do not count the time it slept."""
TRAY_RETRY_MS = 5_000
TRAY_RETRIES = 24
"""How long (2 minutes) to keep looking for a tray that was not there at start-up."""
MESSAGE_MS = 8_000


class TrayController(QObject):
    """The tray icon, its menu and the Do not disturb timer. Call :meth:`close` at exit."""

    toggleWindowRequested = Signal()
    """The tray icon was clicked: show the window (raised) if hidden, hide it if shown."""
    openRequested = Signal()
    markAllReadRequested = Signal()
    quitRequested = Signal()
    dndChanged = Signal(bool)
    """Do not disturb started or ended (from the menu, the settings, or the timer)."""
    availableChanged = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._base_icon = icon if icon is not None else app_icon()
        self._unread = 0
        self._mention = False
        self._dnd = False
        self._available = False

        self.menu = QMenu()  # a QWidget: it cannot be a child of this QObject; deleted in close()
        self.menu.setObjectName("trayMenu")
        self._open = self._action(self.menu, "trayOpen", self.tr("Open Messenger"), self.openRequested.emit)
        self.dnd_menu = self.menu.addMenu(self.tr("Do not disturb"))
        self.dnd_menu.setObjectName("trayDnd")
        self._dnd_hour = self._action(self.dnd_menu, "trayDndHour", self.tr("For 1 hour"), self._dnd_for_hour)
        self._dnd_tomorrow = self._action(
            self.dnd_menu, "trayDndTomorrow", self.tr("Until tomorrow"), self._dnd_until_tomorrow
        )
        self.dnd_menu.addSeparator()
        self._dnd_off = self._action(self.dnd_menu, "trayDndOff", self.tr("Off"), self._dnd_stop)
        self._mark_all_read = self._action(
            self.menu, "trayMarkAllRead", self.tr("Mark all as read"), self.markAllReadRequested.emit
        )
        self._mark_all_read.setEnabled(False)
        self.menu.addSeparator()
        self._quit = self._action(self.menu, "trayQuit", self.tr("Quit"), self.quitRequested.emit)
        self.menu.aboutToShow.connect(self._refresh_dnd)  # "Until tomorrow 08:00" becomes "Until 08:00"
        language_changes().changed.connect(self._retranslate)  # a language chosen later

        self.tray_icon = QSystemTrayIcon(self)
        self.tray_icon.setContextMenu(self.menu)
        self.tray_icon.activated.connect(self._on_activated)

        self._dnd_timer = QTimer(self)
        self._dnd_timer.setSingleShot(True)
        self._dnd_timer.timeout.connect(self._refresh_dnd)
        self._tray_retries = 0
        self._tray_timer = QTimer(self)
        self._tray_timer.setInterval(TRAY_RETRY_MS)
        self._tray_timer.timeout.connect(self._look_for_tray)
        self._unsubscribe: Callable[[], None] | None = settings.subscribe(DND_KEY, self._on_dnd_setting)

        self._refresh_dnd()
        self._update_icon()
        self._update_tooltip()
        self._look_for_tray()

    # --- state -------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """Whether an icon is in a tray (so hiding the window to it leaves a way back)."""
        return self._available

    @property
    def dnd_active(self) -> bool:
        return self._dnd

    @property
    def unread(self) -> int:
        return self._unread

    def set_unread(self, count: int, mention: bool) -> None:
        """The total unread count across conversations; ``mention`` if any of them mentions the user."""
        count = max(count, 0)
        mention = mention and count > 0
        if (count, mention) == (self._unread, self._mention) or self._unsubscribe is None:
            return
        redraw = badge_text(count, mention) != badge_text(self._unread, self._mention)
        self._unread, self._mention = count, mention
        self._mark_all_read.setEnabled(count > 0)
        if redraw:
            self._update_icon()
        self._update_tooltip()

    def show_message(self, title: str, body: str, picture: QImage | None = None) -> bool:
        """A tray balloon, for desktops without a notification service; whether it was shown.
        ``picture`` (a conversation's avatar) replaces the app's icon in it."""
        if not self._available or not QSystemTrayIcon.supportsMessages():
            return False
        icon = (
            self.tray_icon.icon()
            if picture is None or picture.isNull()
            else QIcon(QPixmap.fromImage(picture))
        )
        self.tray_icon.showMessage(title, body, icon, MESSAGE_MS)
        return True

    def close(self) -> None:
        """Hide the icon, stop the timers, let go of the settings and the menu. Idempotent; after
        it, :meth:`set_unread` and :meth:`show_message` do nothing."""
        if self._unsubscribe is None:
            return
        self._unsubscribe()
        self._unsubscribe = None
        self._available = False  # quietly: the app is going away
        self._dnd_timer.stop()
        self._tray_timer.stop()
        self.tray_icon.hide()
        self.tray_icon.setContextMenu(None)  # type: ignore[arg-type]  # None clears it
        self.menu.deleteLater()

    @Slot()
    def _retranslate(self) -> None:
        """The menu and tooltip again, in the language now shown (the texts above, once more)."""
        if self._unsubscribe is None:
            return  # closed: the menu is going away
        self._open.setText(self.tr("Open Messenger"))
        self._dnd_hour.setText(self.tr("For 1 hour"))
        self._dnd_tomorrow.setText(self.tr("Until tomorrow"))
        self._dnd_off.setText(self.tr("Off"))
        self._mark_all_read.setText(self.tr("Mark all as read"))
        self._quit.setText(self.tr("Quit"))
        self._refresh_dnd()  # the submenu's title
        self._update_tooltip()

    # --- tray --------------------------------------------------------------------------------

    @Slot()
    def _look_for_tray(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_timer.stop()
            self.tray_icon.show()
            self._set_available(True)
            return
        self._tray_retries += 1
        if self._tray_retries > TRAY_RETRIES:
            self._tray_timer.stop()
            log.info("no system tray")
        elif not self._tray_timer.isActive():
            self._tray_timer.start()

    def _set_available(self, available: bool) -> None:
        if available != self._available:
            self._available = available
            self.availableChanged.emit(available)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # On macOS a click opens the menu (the platform's convention); toggling the window too
        # would fight it.
        if reason == QSystemTrayIcon.ActivationReason.Trigger and sys.platform != "darwin":
            self.toggleWindowRequested.emit()

    def _update_icon(self) -> None:
        self.tray_icon.setIcon(badged_icon(self._base_icon, self._unread, self._mention))

    def _update_tooltip(self) -> None:
        tooltip = APP_NAME
        if self._unread:
            tooltip += " — " + self.tr("%n unread", "", self._unread)
        if self._dnd:
            tooltip += "\n" + self.tr("Do not disturb")
        self.tray_icon.setToolTip(tooltip)

    # --- Do not disturb ----------------------------------------------------------------------

    def _now_ms(self) -> float:
        return self._clock() * 1000

    def _dnd_for_hour(self) -> None:
        self._settings.set_value(DND_KEY, one_hour_from(self._now_ms()))

    def _dnd_until_tomorrow(self) -> None:
        self._settings.set_value(DND_KEY, tomorrow_morning(datetime.fromtimestamp(self._clock())))

    def _dnd_stop(self) -> None:
        self._settings.set_value(DND_KEY, 0.0)

    def _on_dnd_setting(self, _value: Any) -> None:
        self._refresh_dnd()

    @Slot()
    def _refresh_dnd(self) -> None:
        """Bring the menu, tooltip and timer in line with the setting and the clock."""
        until = float(self._settings.value(DND_KEY))
        now_ms = self._now_ms()
        active = dnd_active(until, now_ms)
        if not active and until != 0.0:
            self._settings.set_value(DND_KEY, 0.0)  # over: back to "off" (calls us again)
            return
        self._dnd_timer.stop()
        if active:
            self._dnd_timer.start(int(min(until - now_ms, MAX_TIMER_MS)) + 1)
            label = dnd_label(until, datetime.fromtimestamp(now_ms / 1000))
            self.dnd_menu.setTitle(self.tr("Do not disturb") + " — " + label[:1].lower() + label[1:])
        else:
            self.dnd_menu.setTitle(self.tr("Do not disturb"))
        self._dnd_off.setEnabled(active)
        if active != self._dnd:
            self._dnd = active
            self._update_tooltip()
            self.dndChanged.emit(active)

    @staticmethod
    def _action(menu: QMenu, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action
