"""The proxy of the Settings window (Network), for every connection to the server.

The session's transport follows the settings live (new requests use the new proxy, those under
way finish where they are), and so does each sign-in attempt. The password is a ``secret`` option:
the registry keeps it in memory only, this module keeps it in the OS keyring (loaded at start-up,
saved when it changes), never in ``settings.json``.
"""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import QObject

from ..api.proxy import Proxy, ProxyKind
from ..api.transport import HttpxTransport
from ..session import credentials as keychain
from ..session.session import Session
from .settings import Settings
from .tasks import TaskGroup

log = logging.getLogger(__name__)

PASSWORD = "proxy-password"
"""The password's name among the profile's secrets in the keyring."""

KEYS = ("proxyMode", "proxyHost", "proxyPort", "proxyUser", "proxyPassword")


class NetworkProxy(QObject):
    def __init__(self, settings: Settings, profile_key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._profile_key = profile_key
        self._session: Session | None = None
        self._stored_password = ""  # what the keyring holds, so loading it does not write it back
        self._tasks = TaskGroup()
        for key in KEYS:
            settings.subscribe(key, lambda _value: self._apply())
        settings.subscribe("proxyPassword", self._password_changed)

    def proxy(self) -> Proxy:
        value = self._settings.value
        return Proxy(
            kind=cast(ProxyKind, value("proxyMode")),
            host=value("proxyHost").strip(),
            port=value("proxyPort"),
            username=value("proxyUser").strip(),
            password=value("proxyPassword"),
        )

    def transport(self) -> HttpxTransport:
        """A transport through the proxy as set now (sign-in, sign-out)."""
        return HttpxTransport(proxy=self.proxy())

    async def load(self) -> None:
        """The password from the keyring, when a proxy with a user name is set (no keyring call
        otherwise: most people have no proxy, and each call is a D-Bus round trip)."""
        if not self.proxy().explicit or not self._settings.value("proxyUser"):
            return
        try:
            self._stored_password = await keychain.load_secret_async(self._profile_key, PASSWORD)
        except keychain.NoSecureKeyring as exc:
            log.info("proxy password not loaded: %s", exc)
            return
        self._settings.set_value("proxyPassword", self._stored_password)

    def attach(self, session: Session | None) -> None:
        """Send ``session``'s requests through the proxy, now and after each change (None: none)."""
        self._session = session
        self._apply()

    def _apply(self) -> None:
        if self._session is not None:
            proxy = self.proxy()
            log.info("proxy: %s %s", proxy.kind, proxy.address if proxy.explicit else "")
            self._session.use_proxy(proxy)

    def _password_changed(self, password: str) -> None:
        if password != self._stored_password:
            self._stored_password = password
            self._tasks.spawn(self._save(password), name="save-proxy-password")

    async def _save(self, password: str) -> None:
        try:
            await keychain.save_secret_async(self._profile_key, PASSWORD, password)
        except keychain.NoSecureKeyring as exc:  # kept for this run only; the sentence says why
            log.warning("proxy password kept in memory only: %s", exc)

    async def close(self) -> None:
        await self._tasks.wait()
        self._session = None
