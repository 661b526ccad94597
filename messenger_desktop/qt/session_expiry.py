"""The "session expired" bar: after a soft logout the user types the password and carries on.

A soft logout (the server's ``soft_logout: true`` when the access token could not be renewed)
keeps the account and the device: nothing is removed, the window stays, messages written
meanwhile wait in the outbox. :meth:`SessionExpiry.signIn` signs in on the same device
(:meth:`~messenger_desktop.session.session.Session.sign_in_again`); syncing and sending resume.
"""

from __future__ import annotations

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..session.session import Session
from .formatting import tr
from .login_controller import login_error_sentence
from .tasks import TaskGroup


class SessionExpiry(QObject):
    changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._expired = False
        self._busy = False
        self._error = ""
        self._tasks = TaskGroup(on_error=self._failed)

    def _get_expired(self) -> bool:
        return self._expired

    expired = QtProperty(bool, _get_expired, notify=changed)
    """The server ended the session softly: the bar asks for the password."""

    def _get_busy(self) -> bool:
        return self._busy

    busy = QtProperty(bool, _get_busy, notify=changed)

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=changed)
    """Why the last attempt failed, in one sentence ("" when there is nothing to say)."""

    def _get_user_id(self) -> str:
        return self._session.user_id

    userId = QtProperty(str, _get_user_id, constant=True)

    def expire(self) -> None:
        """The session controller saw the soft logout."""
        if not self._expired:
            self._expired = True
            self._error = ""
            self.changed.emit()

    @Slot(str)
    def signIn(self, password: str) -> None:
        if self._busy or not self._expired:
            return
        if not password:
            self._set(error=tr("Enter your password."))
            return
        self._set(busy=True, error="")
        self._tasks.spawn(self._sign_in(password), name="sign-in-again")

    async def _sign_in(self, password: str) -> None:
        try:
            await self._session.sign_in_again(password)
        except Exception as exc:
            self._failed(exc)
            return
        self._expired = False
        self._set(busy=False, error="")

    def _failed(self, error: BaseException) -> None:
        self._set(busy=False, error=login_error_sentence(error))

    def _set(self, *, busy: bool | None = None, error: str | None = None) -> None:
        if busy is not None:
            self._busy = busy
        if error is not None:
            self._error = error
        self.changed.emit()

    async def close(self) -> None:
        await self._tasks.cancel_all()
