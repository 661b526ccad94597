"""The desktop part of the app against a fake org.freedesktop.Notifications server on the
private session bus: what the notification, tray and call-alert tests share (their fixtures
``server``, ``desktop`` and ``app`` are in ``conftest.py``)."""

from __future__ import annotations

import asyncio
import os

import pytest

from messenger_desktop.qt.desktop_controller import DesktopController
from messenger_desktop.qt.platform.freedesktop import FreedesktopNotifier
from messenger_desktop.qt.platform.tray import TrayController
from messenger_desktop.qt.settings import Settings


def require_session_bus() -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if os.environ.get("CI"):
            pytest.fail("CI must provide a private session bus (scripts/with-secret-service)")
        pytest.skip("DBUS_SESSION_BUS_ADDRESS is unset: run through scripts/with-secret-service")


class Desktop:
    """The app's desktop part with a real notifier; ``active`` plays the window having focus."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.active = True
        self.notifier = FreedesktopNotifier()
        assert loop.run_until_complete(self.notifier.start())
        self.raised = 0

    def build(self, settings: Settings) -> DesktopController:
        self.tray = TrayController(settings)
        controller = DesktopController(
            settings, notifier=self.notifier, tray=self.tray, window_active=lambda: self.active
        )
        controller.showWindowRequested.connect(self._raised)
        return controller

    def _raised(self) -> None:
        self.raised += 1
