"""The invite link dialog's data (``session.inviteLinks``): a room's or a person's matrix.to link,
a QR code of it to scan with a phone, and Copy.

The QR code is drawn by :mod:`.qr_codes`: nothing is fetched to show it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from ..api.ids import RoomId
from ..richtext import user_link
from ..session.session import Session
from .qr_codes import qr_source
from .tasks import TaskGroup

log = logging.getLogger(__name__)


class InviteLinks(QObject):
    """``forRoom`` / ``forUser`` choose what the link is for; ``copy`` puts it on the clipboard."""

    changed = Signal()
    copied = Signal()
    shareUserRequested = Signal(str, str)
    """(user id, name): show the link to this person (the dialog listens)."""

    def __init__(
        self, session: Session, describe: Callable[[BaseException], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._describe = describe
        self._link = ""
        self._qr = ""
        self._error = ""
        self._generation = 0
        self._tasks = TaskGroup()

    def _get_link(self) -> str:
        return self._link

    link = QtProperty(str, _get_link, notify=changed)

    def _get_qr(self) -> str:
        return self._qr

    qrSource = QtProperty(str, _get_qr, notify=changed)
    """The QR code of :attr:`link`, as an image source."""

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=changed)

    @Slot(str)
    def forRoom(self, room_id: str) -> None:
        """The link to ``room_id``: its address if it has one, else its id and servers to join by."""
        self._generation += 1
        generation = self._generation
        self._set("", "")

        async def building() -> None:
            try:
                link = await self._session.invite_link(RoomId(room_id))
            except Exception as exc:
                log.info("no invite link for %s: %s", room_id, exc)
                if generation == self._generation:
                    self._set("", self._describe(exc))
                return
            if generation == self._generation:
                self._set(link, "")

        self._tasks.spawn(building(), name="invite-link")

    @Slot(str)
    def forUser(self, user_id: str) -> None:
        """The link to a person: opening it starts a chat with them."""
        self._generation += 1
        self._set(user_link(user_id) if user_id else "", "")

    @Slot(str, str)
    def shareUser(self, user_id: str, name: str) -> None:
        """A person's card asks to share the link to them: the link dialog opens with it."""
        self.shareUserRequested.emit(user_id, name)

    @Slot()
    def copy(self) -> None:
        if self._link:
            QGuiApplication.clipboard().setText(self._link)
            self.copied.emit()

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        await self._tasks.cancel_all()

    def _set(self, link: str, error: str) -> None:
        self._link, self._qr, self._error = link, qr_source(link), error
        self.changed.emit()


__all__ = ["InviteLinks"]
