"""This computer's parts for the app on the desktop, picked once at start-up: the tray icon, the
launcher badge, start at login, and the best notification service there is.

Linux uses ``org.freedesktop.Notifications`` when a notification daemon answers (actions, inline
reply); everywhere else, or without a daemon, notifications become tray balloons.
"""

from __future__ import annotations

import logging
import sys

from .platform.autostart import AutostartSync
from .platform.launcher import LauncherBadge, launcher_badge
from .platform.notifier import Notifier
from .platform.tray import TrayController
from .platform.tray_notifier import TrayNotifier
from .settings import Settings

log = logging.getLogger(__name__)


class DesktopPlatform:
    def __init__(self, settings: Settings) -> None:
        self.tray = TrayController(settings)
        self.launcher: LauncherBadge = launcher_badge()
        self.autostart = AutostartSync(settings)
        self._notifier: Notifier | None = None
        self._desktop_notifier: object | None = None

    async def start_notifier(self) -> Notifier:
        """The notification service to use (asks the session bus on Linux; quick)."""
        if sys.platform.startswith("linux"):
            from .platform.freedesktop import FreedesktopNotifier

            desktop = FreedesktopNotifier()
            if await desktop.start():
                self._desktop_notifier = desktop
                self._notifier = desktop
                return desktop
            await desktop.close()
            log.info("no notification daemon: notifications become tray messages")
        self._notifier = TrayNotifier(self.tray)
        return self._notifier

    async def close(self) -> None:
        self.autostart.close()
        self.tray.close()
        self.launcher.close()
        desktop = self._desktop_notifier
        if desktop is not None:
            from .platform.freedesktop import FreedesktopNotifier

            if isinstance(desktop, FreedesktopNotifier):
                await desktop.close()
