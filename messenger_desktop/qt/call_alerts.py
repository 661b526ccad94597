"""An incoming call while the window is not in front: a desktop notification that answers it.

The call rings in the window (the incoming-call popup) in any case; when the window is hidden in
the tray or behind others, the desktop's notification says who is calling, with Accept and Decline
where the notification service has actions (clicking it brings the window up). It goes away when
the ringing stops: answered, declined, given up by the caller, or answered on another device.
Notifications switched off, or Do not disturb, leave only the window. It shows the caller's
picture, unless content is hidden (the privacy setting), waiting a moment at most for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot

from .call_controller import CallController
from .dnd import dnd_active
from .notification_pictures import Loading
from .platform.notifier import CALL_KEY_PREFIX, Notifier
from .settings import Settings
from .tasks import TaskGroup


def _tr(text: str) -> str:
    return QCoreApplication.translate("calls", text)


class CallAlerts(QObject):
    def __init__(
        self,
        notifier: Notifier,
        settings: Settings,
        calls: CallController,
        *,
        window_active: Callable[[], bool],
        show_window: Callable[[], None],
        picture: Callable[[str], Loading | None] = lambda source: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._settings = settings
        self._calls = calls
        self._window_active = window_active
        self._show_window = show_window
        self._picture = picture
        self._tasks = TaskGroup()
        self._shown: str | None = None
        """The key of the call notification on screen (or waiting a moment for its picture)."""
        calls.incomingChanged.connect(self._update)
        notifier.activated.connect(self._clicked)
        notifier.callAnswered.connect(self._answered)
        notifier.callDeclined.connect(self._declined)

    def close(self) -> None:
        self._calls.incomingChanged.disconnect(self._update)
        self._notifier.activated.disconnect(self._clicked)
        self._notifier.callAnswered.disconnect(self._answered)
        self._notifier.callDeclined.disconnect(self._declined)
        self._withdraw()

    @Slot()
    def _update(self) -> None:
        incoming = self._calls.incoming
        key = None if incoming is None else CALL_KEY_PREFIX + incoming.call_id
        if key == self._shown:
            return
        self._withdraw()
        if key is None or self._window_active() or not self._allowed():
            return
        name = self._calls.property("incomingName")
        video = self._calls.property("incomingVideo")
        loading = None
        if self._settings.value("notificationPreview"):
            title = _tr("%1 is calling").replace("%1", name)
            body = _tr("Incoming video call") if video else _tr("Incoming voice call")
            loading = self._picture(self._calls.property("incomingAvatar"))
        else:
            title, body = _tr("Messenger"), _tr("Incoming call")
        self._shown = key
        if loading is None:
            self._notifier.show_call(key, title, body)
        else:
            self._tasks.spawn(self._show_with(key, title, body, loading), name=f"call picture {key}")

    async def _show_with(self, key: str, title: str, body: str, loading: Loading) -> None:
        picture = await loading
        if self._shown == key:  # still ringing
            self._notifier.show_call(key, title, body, picture=picture)

    def _allowed(self) -> bool:
        if not self._settings.value("notifications"):
            return False
        return not dnd_active(float(self._settings.value("doNotDisturbUntil")), time.time() * 1000)

    def _withdraw(self) -> None:
        if self._shown is not None:
            self._notifier.withdraw(self._shown)
            self._shown = None

    def _call_id(self, key: str) -> str | None:
        if key != self._shown or not key.startswith(CALL_KEY_PREFIX):
            return None
        return key.removeprefix(CALL_KEY_PREFIX)

    @Slot(str)
    def _clicked(self, key: str) -> None:
        if self._call_id(key) is not None:
            self._show_window()

    @Slot(str)
    def _answered(self, key: str) -> None:
        call_id = self._call_id(key)
        incoming = self._calls.incoming
        if call_id is None or incoming is None or incoming.call_id != call_id:
            return
        self._withdraw()
        self._show_window()
        self._calls.accept_call(call_id, video=incoming.offered_video)

    @Slot(str)
    def _declined(self, key: str) -> None:
        call_id = self._call_id(key)
        if call_id is not None:
            self._withdraw()
            self._calls.decline_call(call_id)
