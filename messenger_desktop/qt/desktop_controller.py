"""The app on the desktop: tray icon, launcher badge, desktop notifications, closing to the tray.

One object joins the platform parts (:mod:`.platform`) to the signed-in session. The unread figure
has one source, the conversation list's totals (:attr:`RoomsModel.unreadTotal`): the tray badge, the
launcher badge and the window title all show that number, updated in the same call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.ids import EventId, RoomId, UserId
from ..session.changes import ChangeSet
from .call_alerts import CallAlerts
from .formatting import tr
from .notification_controller import NotificationController
from .notification_pictures import NotificationPictures
from .platform.launcher import LauncherBadge, NullLauncher
from .platform.notifier import Notifier, NullNotifier
from .platform.tray import TrayController
from .session_controller import SessionController, error_sentence
from .settings import Settings
from .tasks import TaskGroup

log = logging.getLogger(__name__)


class DesktopController(QObject):
    showWindowRequested = Signal()
    """Bring the window up (raised, focused): a notification or the tray's Open was clicked."""
    toggleWindowRequested = Signal()
    quitRequested = Signal()
    unreadChanged = Signal()
    trayChanged = Signal()

    def __init__(
        self,
        settings: Settings,
        *,
        notifier: Notifier | None = None,
        tray: TrayController | None = None,
        launcher: LauncherBadge | None = None,
        window_active: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._notifier = notifier if notifier is not None else NullNotifier(self)
        self._tray = tray
        self._launcher: LauncherBadge = launcher if launcher is not None else NullLauncher()
        self._window_active = window_active
        self._session: SessionController | None = None
        self._notifications: NotificationController | None = None
        self._detach: list[Callable[[], None]] = []
        self._unread = (0, 0)
        self._tasks = TaskGroup(on_error=self._failed)
        if tray is not None:
            tray.toggleWindowRequested.connect(self.toggleWindowRequested)
            tray.openRequested.connect(self.showWindowRequested)
            tray.quitRequested.connect(self.quitRequested)
            tray.markAllReadRequested.connect(self.markAllRead)
            tray.availableChanged.connect(lambda _available: self.trayChanged.emit())

    # -- QML -------------------------------------------------------------------------------------

    def _get_unread(self) -> int:
        return self._unread[0]

    unreadCount = QtProperty(int, _get_unread, notify=unreadChanged)

    def _get_mentions(self) -> int:
        return self._unread[1]

    mentionCount = QtProperty(int, _get_mentions, notify=unreadChanged)

    def _get_tray_available(self) -> bool:
        return self._tray is not None and self._tray.available

    trayAvailable = QtProperty(bool, _get_tray_available, notify=trayChanged)

    @Slot(result=bool)
    def hideToTray(self) -> bool:
        """The user closed the window: whether it only hides (the app stays in the tray). The
        first time, a tray message says so."""
        if not self._settings.value("closeToTray") or self._tray is None or not self._tray.available:
            return False
        if not self._settings.value("trayHintShown"):
            self._settings.set_value("trayHintShown", True)
            self._tray.show_message(
                tr("Messenger is still running"),
                tr("It keeps receiving messages in the tray. Quit from the tray icon's menu."),
            )
        return True

    def set_notifier(self, notifier: Notifier) -> None:
        """The notification service found at start-up (used from the next :meth:`attach`)."""
        self._notifier = notifier

    @Slot()
    def markAllRead(self) -> None:
        session = self._session
        if session is not None:
            self._tasks.spawn(session.session.mark_all_read(), name="mark-all-read")

    # -- the session -----------------------------------------------------------------------------

    def attach(self, session: SessionController) -> None:
        """Follow a signed-in session (until :meth:`detach`)."""
        self.detach()
        self._session = session
        rooms = session.rooms_model
        pictures = NotificationPictures(lambda: session.session.media, rooms)
        notifications = NotificationController(
            self._notifier,
            self._settings,
            watching=lambda room: self._window_active() and session.property("currentRoomId") == room,
            reply=self._reply,
            mark_read=self._mark_read,
            picture=pictures.of_room,
            parent=self,
        )
        notifications.openRoomRequested.connect(self._open_room)
        self._notifications = notifications

        def on_unread() -> None:
            self._set_unread(rooms.property("unreadTotal"), rooms.property("mentionTotal"))

        def on_changes(changes: ChangeSet) -> None:
            notifications.rooms_changed(changes.rooms)
            if changes.notifications:
                notifications.show_new(changes.notifications)

        rooms.unreadChanged.connect(on_unread)
        session.roomOpened.connect(notifications.withdraw)
        unsubscribe = session.session.subscribe(on_changes)
        call_alerts = CallAlerts(
            self._notifier,
            self._settings,
            session.calls_controller,
            window_active=self._window_active,
            show_window=self.showWindowRequested.emit,
            picture=pictures.of_source,
            parent=self,
        )

        def disconnect() -> None:
            rooms.unreadChanged.disconnect(on_unread)
            session.roomOpened.disconnect(notifications.withdraw)
            call_alerts.close()
            call_alerts.deleteLater()

        self._detach = [unsubscribe, disconnect]
        on_unread()

    def detach(self) -> None:
        """The session ends: its notifications go, the badges go back to zero."""
        for undo in self._detach:
            undo()
        self._detach = []
        if self._notifications is not None:
            self._notifications.withdraw_all()
            self._notifications.deleteLater()
            self._notifications = None
        self._session = None
        self._set_unread(0, 0)

    async def close(self) -> None:
        """Let go of the session (the platform parts belong to whoever made them)."""
        self.detach()
        await self._tasks.cancel_all()

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    # -- inside ----------------------------------------------------------------------------------

    def _set_unread(self, count: int, mentions: int) -> None:
        if (count, mentions) == self._unread:
            return
        self._unread = (count, mentions)
        if self._tray is not None:
            self._tray.set_unread(count, mentions > 0)
        self._launcher.set_count(count, mentions > 0)
        self.unreadChanged.emit()

    @Slot(str)
    def _open_room(self, room_id: str) -> None:
        if self._session is not None:
            self._session.openRoom(room_id)
        self.showWindowRequested.emit()

    def _reply(self, room: RoomId, event: EventId, sender: UserId | None, text: str) -> None:
        session = self._session
        if session is None:
            return
        session.session.send_message(room, text, reply_to=event, reply_sender=sender)
        self._mark_read(room, event)

    def _mark_read(self, room: RoomId, event: EventId) -> None:
        session = self._session
        if session is not None:
            self._tasks.spawn(session.session.mark_read(room, event), name="mark-read")

    def _failed(self, error: BaseException) -> None:
        session = self._session
        if session is not None:
            session.show_notice(error_sentence(error))
        else:
            log.warning("desktop action failed: %s", error)
