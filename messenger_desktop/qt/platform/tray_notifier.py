"""Notifications as tray balloons: for desktops without a notification service (Windows and macOS
here, or a Linux session without a notification daemon).

A balloon has no actions and no inline reply; clicking it opens the conversation it was about.
There is only ever one balloon, so showing another replaces it, and withdrawing is a no-op.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QImage

from .notifier import Notifier
from .tray import TrayController


class TrayNotifier(Notifier):
    def __init__(self, tray: TrayController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._last_key = ""
        tray.tray_icon.messageClicked.connect(self._clicked)

    def available(self) -> bool:
        return self._tray.available

    def show(
        self, key: str, title: str, body: str, *, can_reply: bool, picture: QImage | None = None
    ) -> None:
        if self._tray.show_message(title, body, picture):
            self._last_key = key

    def withdraw(self, key: str) -> None:
        pass

    @Slot()
    def _clicked(self) -> None:
        if self._last_key:
            self.activated.emit(self._last_key)
