"""Keeping a session signed in: renewed tokens go to the keyring at once, and after a soft logout
the user signs in again on the same device without losing anything.

The api layer renews the access token with the refresh token by itself
(:mod:`messenger_desktop.api.token_refresh`); here each new pair is stored in the keyring before it
is used, so a crash never leaves the keyring with a refresh token the server has since revoked.

When renewal is impossible (no refresh token, or the server refused it) the server's
``soft_logout`` still means the account and the device live on: :meth:`Renewal.sign_in_again`
signs in with the password on the *same* device id, so the cache, the outbox (transaction ids are
per device: a retried send is still recognised) and the sync position carry on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..api.client import Credentials
from ..api.token_refresh import Tokens
from . import credentials as keychain

if TYPE_CHECKING:
    from .session import Session

log = logging.getLogger(__name__)


class Renewal:
    def __init__(self, session: Session) -> None:
        self._session = session
        self.listeners: list[Callable[[Credentials], None]] = []
        """Told of every new pair before it is used (the log's redactor learns the tokens)."""
        session.api.tokens.refresh_token = session.credentials.refresh_token
        session.api.tokens.on_new_tokens = self._renewed

    async def _renewed(self, tokens: Tokens) -> None:
        creds = dataclasses.replace(
            self._session.credentials, access_token=tokens.access_token, refresh_token=tokens.refresh_token
        )
        await self._adopt(creds)

    async def _adopt(self, creds: Credentials) -> None:
        """Make ``creds`` the session's: listeners first (nothing may log a token the redactor does
        not know), then the keyring (a store that is missing keeps the session in memory only)."""
        self._session.credentials = creds
        for listener in list(self.listeners):
            try:
                listener(creds)
            except Exception:
                log.exception("a credentials listener failed")
        with contextlib.suppress(keychain.NoSecureKeyring):
            await keychain.save_async(self._session.profile.key, creds)

    async def sign_in_again(self, password: str) -> None:
        session = self._session
        old = session.credentials
        # The session's own client signs in: it takes the new tokens (and their lifetime) at once.
        creds = await session.api.login_password(old.user_id, password, device_id=old.device_id, refresh=True)
        session.api.tokens.refresh_token = creds.refresh_token
        await self._adopt(creds)
        session.restart_sync()
        await session.outbox.resume()
        log.info("signed in again on device %s", creds.device_id)
