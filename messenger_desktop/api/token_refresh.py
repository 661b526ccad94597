"""Refresh tokens (spec v1.3+): a short-lived access token renewed without the user noticing.

A server with refresh tokens answers an expired access token with ``401 M_UNKNOWN_TOKEN`` and
``soft_logout: true``. :class:`TokenRefresher` then trades the refresh token for a new pair at
``POST /refresh``, once for everyone: requests failing at the same time wait for that one trade
(a second trade of the same refresh token would fail, or revoke the first's result). When the
server says how long the access token lives (``expires_in_ms``), the trade happens a little
before it runs out instead, so no request has to fail first.

The new pair is handed to :attr:`TokenRefresher.on_new_tokens` (the session stores it in the
keyring) *before* the new access token is used: the server keeps the old refresh token valid until
then, so a crash at any point leaves a refresh token in the keyring that still works.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from .errors import ApiError, MatrixError

log = logging.getLogger(__name__)

EARLY = 0.2
"""Renew when this share of the access token's life is left (at most :data:`EARLY_CAP` seconds)."""
EARLY_CAP = 60.0


@dataclass(frozen=True, slots=True)
class Tokens:
    access_token: str
    refresh_token: str | None
    expires_in_ms: int | None = None
    """How long the access token lives, when the server said so."""


Exchange = Callable[[str], Awaitable[Tokens]]
"""Trades a refresh token for new tokens (``POST /refresh``)."""
SaveTokens = Callable[[Tokens], Awaitable[None]]


def refusal(error: MatrixError) -> bool:
    """The server will not renew with this refresh token (unknown, used or expired): only signing
    in again helps. Anything else (no connection, 5xx, 429) is worth trying again later."""
    return error.status in (400, 401, 403) and not error.is_transient


class TokenRefresher:
    """The refresh token of one :class:`~messenger_desktop.api.client.MatrixApi` and the one trade
    of it under way.

    ``apply`` puts a new access token into use (after :attr:`on_new_tokens` has stored the pair).
    """

    def __init__(
        self,
        exchange: Exchange,
        apply: Callable[[Tokens], None],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._exchange = exchange
        self._apply = apply
        self._clock = clock
        self.refresh_token: str | None = None
        self.on_new_tokens: SaveTokens | None = None
        """Awaited with each new pair before it is used (the session keeps it in the keyring)."""
        self._renew_at: float | None = None
        self._running: asyncio.Task[Tokens] | None = None
        self.refreshes = 0
        """How many trades succeeded (diagnostics, tests)."""

    def issued(self, refresh_token: str | None, expires_in_ms: int | None) -> None:
        """A login (or a trade) gave these; ``None`` for the refresh token keeps the one held."""
        if refresh_token:
            self.refresh_token = refresh_token
        self._renew_at = None
        if expires_in_ms is not None and expires_in_ms > 0:
            lifetime = expires_in_ms / 1000
            self._renew_at = self._clock() + lifetime - min(lifetime * EARLY, EARLY_CAP)

    @property
    def due(self) -> bool:
        """The access token is about to run out and can be renewed."""
        return bool(self.refresh_token) and self._renew_at is not None and self._clock() >= self._renew_at

    async def refresh(self) -> Tokens:
        """Trade the refresh token for a new pair, or join the trade under way.

        The trade runs to its end even when the caller is cancelled (a sync task stopped mid-way):
        a pair the server issued and nobody stored would be lost. A refusal forgets the refresh
        token (it never works again) and raises the server's :class:`MatrixError`.
        """
        if self._running is None:
            if not self.refresh_token:
                raise MatrixError(401, "M_UNKNOWN_TOKEN", "no refresh token", body={"soft_logout": True})
            self._running = asyncio.get_running_loop().create_task(self._trade(self.refresh_token))
            self._running.add_done_callback(self._finished)
        return await asyncio.shield(self._running)

    async def refresh_if_due(self) -> None:
        """Renew ahead of the expiry when it is near; a failure here is left for the request itself
        to meet (the token may still work, and a refused one ends in the usual 401)."""
        if not self.due:
            return
        try:
            await self.refresh()
        except ApiError as exc:
            log.info("renewing the access token ahead of its expiry failed: %s", exc)

    def _finished(self, task: asyncio.Task[Tokens]) -> None:
        if task is self._running:
            self._running = None
        if not task.cancelled():
            task.exception()  # retrieved: a failure nobody awaited is not "never retrieved"

    async def _trade(self, refresh_token: str) -> Tokens:
        try:
            tokens = await self._exchange(refresh_token)
        except MatrixError as exc:
            if refusal(exc) and self.refresh_token == refresh_token:
                log.info("the server refused to renew the access token: %s", exc)
                self.refresh_token = None
                self._renew_at = None
            raise
        if not tokens.refresh_token:  # "if not given, the old refresh token can be re-used"
            tokens = Tokens(tokens.access_token, refresh_token, tokens.expires_in_ms)
        if self.on_new_tokens is not None:
            try:
                await self.on_new_tokens(tokens)
            except Exception:  # not stored: still use it, this run goes on (logged in full)
                log.exception("the renewed tokens could not be stored")
        self.issued(tokens.refresh_token, tokens.expires_in_ms)
        self._apply(tokens)
        self.refreshes += 1
        return tokens
