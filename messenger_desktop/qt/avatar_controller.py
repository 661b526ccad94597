"""Setting avatars from QML (``session.avatars``): the user's own and a conversation's.

Slots return at once; the picture is prepared, uploaded and named as the avatar in a task, and a
failure becomes one sentence in the session's notice. The user's own avatar is read from their
profile when the session starts and follows what this controller sets; a conversation's avatar
comes back through sync into the conversation list like any other change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, QUrl, Signal, Slot

from ..api.errors import ApiError
from ..api.ids import RoomId
from ..session.errors import UserFacingError
from ..session.session import Session
from .formatting import avatar_color, initials, tr
from .media_images import avatar_url

log = logging.getLogger(__name__)

Spawn = Callable[[Coroutine[Any, Any, Any]], object]


class AvatarController(QObject):
    ownAvatarChanged = Signal()
    busyChanged = Signal()

    def __init__(
        self,
        session: Session,
        spawn: Spawn,
        notice: Callable[[str], None],
        describe: Callable[[BaseException], str],
        parent: QObject | None = None,
    ) -> None:
        """``spawn`` runs a coroutine as a task the owner cancels on close; ``notice`` shows one
        sentence; ``describe`` turns a server error into one."""
        super().__init__(parent)
        self._session = session
        self._spawn = spawn
        self._notice = notice
        self._describe = describe
        self._own = ""
        self._busy = 0

    # -- for QML ---------------------------------------------------------------------------------

    def _get_own(self) -> str:
        return avatar_url(self._own)

    ownAvatar = QtProperty(str, _get_own, notify=ownAvatarChanged)
    """The user's avatar as an ``image://media/avatar/…`` address, "" when they have none."""

    def _get_own_initials(self) -> str:
        return initials(self._session.user_id)

    ownInitials = QtProperty(str, _get_own_initials, constant=True)

    def _get_own_color(self) -> str:
        return avatar_color(self._session.user_id)

    ownColor = QtProperty(str, _get_own_color, constant=True)

    def _get_busy(self) -> bool:
        return self._busy > 0

    busy = QtProperty(bool, _get_busy, notify=busyChanged)
    """A picture is being prepared or uploaded."""

    @Slot()
    def refresh(self) -> None:
        """Read the user's avatar from their profile (at start; another device may change it)."""

        async def read() -> None:
            try:
                self._set_own(await self._session.own_avatar())
            except ApiError as exc:  # nobody asked: the initials stay, no notice
                log.info("own avatar not available: %s", exc)

        self._spawn(read())

    @Slot(QUrl)
    def setOwnAvatar(self, file: QUrl) -> None:
        """The picture the user picked becomes their avatar."""
        path = self._local(file)
        if path is not None:
            self._run(self._set_own_avatar(path))

    @Slot()
    def removeOwnAvatar(self) -> None:
        self._run(self._set_own_avatar(None))

    @Slot(str, QUrl)
    def setRoomAvatar(self, room_id: str, file: QUrl) -> None:
        """The picture the user picked becomes the conversation's avatar."""
        path = self._local(file)
        if path is not None and room_id:
            self._run(self._session.set_room_avatar(RoomId(room_id), path))

    @Slot(str)
    def removeRoomAvatar(self, room_id: str) -> None:
        if room_id:
            self._run(self._session.set_room_avatar(RoomId(room_id), None))

    # -- the work --------------------------------------------------------------------------------

    async def _set_own_avatar(self, path: Path | None) -> None:
        self._set_own(await self._session.set_avatar(path))

    def _local(self, file: QUrl) -> Path | None:
        if not file.isLocalFile():
            self._notice(tr("Only a picture on this computer can be an avatar."))
            return None
        return Path(file.toLocalFile())

    def _run(self, work: Coroutine[Any, Any, Any]) -> None:
        async def guarded() -> None:
            self._add_busy(1)
            try:
                await work
            except (UserFacingError, ApiError) as exc:
                self._notice(self._describe(exc))
            finally:
                self._add_busy(-1)

        self._spawn(guarded())

    def _add_busy(self, step: int) -> None:
        before = self._busy > 0
        self._busy += step
        if (self._busy > 0) != before:
            self.busyChanged.emit()

    def _set_own(self, uri: str) -> None:
        if uri != self._own:
            self._own = uri
            self.ownAvatarChanged.emit()
