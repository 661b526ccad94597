"""The sign-in form's logic: find the homeserver, sign in, keep the session in the keyring.

Errors come back as one sentence in :attr:`LoginController.error`, next to the form.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, Signal, Slot

from ..api.client import Credentials, MatrixApi
from ..api.discovery import DiscoveryError, discover_homeserver
from ..api.errors import ApiError, CertificateRejected, MatrixError, ProxyFailed, TransportError
from ..api.http import Transport
from ..api.transport import HttpxTransport
from ..session import credentials as keychain
from ..session.profile import Profile
from .formatting import tr
from .tasks import TaskGroup

log = logging.getLogger(__name__)


def login_error_sentence(error: BaseException) -> str:
    if isinstance(error, DiscoveryError):
        return str(error)
    if isinstance(error, MatrixError):
        if error.errcode == "M_FORBIDDEN":
            return tr("Wrong user name or password.")
        if error.errcode == "M_USER_DEACTIVATED":
            return tr("This account has been deactivated.")
        if error.errcode == "M_LIMIT_EXCEEDED":
            return tr("Too many attempts. Wait a minute and try again.")
        return tr("The server refused to sign in: %1").replace("%1", error.error or error.errcode)
    if isinstance(error, CertificateRejected):
        return tr(
            "The server's security certificate is not valid, so Messenger did not connect."
            " Check the address, or ask the server's administrator."
        )
    if isinstance(error, ProxyFailed):  # the proxy of Settings, Network
        return tr("Could not reach the server through the proxy. Check it in Settings, Network.")
    if isinstance(error, TransportError):
        return tr("Could not reach the server. Check the address and your connection.")
    if isinstance(error, ApiError):
        return tr("The server's answer was not understood. Is this a Matrix server?")
    return tr("Could not sign in: %1").replace("%1", str(error) or type(error).__name__)


class LoginController(QObject):
    busyChanged = Signal()
    errorChanged = Signal()
    signedIn = Signal(object)
    """Emitted with the new :class:`~messenger_desktop.api.client.Credentials`."""

    def __init__(
        self,
        profile: Profile,
        *,
        transport_factory: Callable[[], Transport] = HttpxTransport,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._transport_factory = transport_factory
        self._busy = False
        self._error = ""
        self._warning = ""
        self._tasks = TaskGroup(on_error=self._failed)

    def _get_busy(self) -> bool:
        return self._busy

    busy = QtProperty(bool, _get_busy, notify=busyChanged)

    def _get_error(self) -> str:
        return self._error

    error = QtProperty(str, _get_error, notify=errorChanged)

    @property
    def warning(self) -> str:
        """Set when the session could not be stored (no secure keyring): it lives in memory only."""
        return self._warning

    def set_error(self, text: str) -> None:
        if text != self._error:
            self._error = text
            self.errorChanged.emit()

    def _set_busy(self, value: bool) -> None:
        if value != self._busy:
            self._busy = value
            self.busyChanged.emit()

    @Slot(str, str, str)
    def signIn(self, homeserver: str, user: str, password: str) -> None:
        if self._busy:
            return
        user = user.strip()
        server = homeserver.strip() or (user if user.startswith("@") and ":" in user else "")
        if not server:
            self.set_error(tr("Enter your homeserver, for example matrix.org."))
            return
        if not user or not password:
            self.set_error(tr("Enter your user name and password."))
            return
        self.set_error("")
        self._set_busy(True)
        self._tasks.spawn(self._sign_in(server, user, password), name="sign-in")

    async def _sign_in(self, server: str, user: str, password: str) -> None:
        transport = self._transport_factory()
        try:
            found = await discover_homeserver(server, transport)
            previous = await self._stored()
            device = previous.device_id if previous and previous.homeserver == found.base_url else None
            api = MatrixApi(found.base_url, transport)
            creds = await api.login_password(user, password, device_id=device, refresh=True)
        except ApiError as exc:
            self.set_error(login_error_sentence(exc))
            self._set_busy(False)
            return
        finally:
            await transport.aclose()
        try:
            await keychain.save_async(self._profile.key, creds)
            self._warning = ""
        except keychain.NoSecureKeyring as exc:
            self._warning = str(exc)
        self._set_busy(False)
        self.signedIn.emit(creds)

    async def _stored(self) -> Credentials | None:
        try:
            return await keychain.load_async(self._profile.key)
        except keychain.NoSecureKeyring:
            return None

    def _failed(self, error: BaseException) -> None:
        self.set_error(login_error_sentence(error))
        self._set_busy(False)

    async def wait_idle(self) -> None:
        await self._tasks.wait()

    async def close(self) -> None:
        await self._tasks.cancel_all()
