"""This computer's parts for the app on the desktop, picked once at start-up: the tray icon, the
launcher badge, start at login, and the best notification service there is.

Linux uses ``org.freedesktop.Notifications`` when a notification daemon answers (actions, inline
reply); everywhere else, or without a daemon, notifications become tray balloons.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Awaitable, Callable

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
        self._close_notifier: Callable[[], Awaitable[None]] | None = None

    async def start_notifier(self) -> Notifier:
        """The notification service to use (asks the session bus on Linux; quick)."""
        if sys.platform.startswith("linux"):
            from .platform.freedesktop import FreedesktopNotifier

            desktop = FreedesktopNotifier()
            if await desktop.start():
                self._close_notifier = desktop.close
                return desktop
            await desktop.close()
            log.info("no notification daemon: notifications become tray messages")
        return TrayNotifier(self.tray)

    async def close(self) -> None:
        self.autostart.close()
        self.tray.close()
        self.launcher.close()
        if self._close_notifier is not None:
            await self._close_notifier()
