"""The sync loop: long-polls ``/sync`` from the stored token and ingests each answer.

Failures never end the loop except a revoked token: network errors, 5xx and 429 report OFFLINE
with the wait and retry with back-off; a token the server no longer accepts reports SIGNED_OUT.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from ..api.client import MatrixApi
from ..api.errors import BadResponse, CertificateRejected, MatrixError, ProxyFailed, TransportError
from ..api.ids import UserId
from ..store.database import Database, get_meta, set_meta
from ..store.rows import IngestResult
from .backoff import Backoff
from .changes import Connection, ConnectionState
from .ingest_worker import SyncIngestor

log = logging.getLogger(__name__)

TIMELINE_LIMIT = 20

SYNC_FILTER: dict[str, Any] = {
    "room": {
        "state": {"lazy_load_members": True},
        "timeline": {"limit": TIMELINE_LIMIT, "lazy_load_members": True},
    },
    "presence": {"not_types": ["*"]},
}


class SyncLoop:
    def __init__(
        self,
        api: MatrixApi,
        db: Database,
        own_user: UserId,
        *,
        on_result: Callable[[IngestResult], None],
        on_connection: Callable[[ConnectionState], None],
        on_request: Callable[[str | None], None] = lambda token: None,
        poll_timeout_ms: int = 30_000,
        backoff: Backoff | None = None,
    ) -> None:
        self._api = api
        self._db = db
        self._own_user = own_user
        self._on_result = on_result
        self._on_connection = on_connection
        self._on_request = on_request
        self._poll_timeout_ms = poll_timeout_ms
        self._backoff = backoff or Backoff(base=0.5, cap=30.0)
        self.ingestor = SyncIngestor(db, own_user)
        self.token: str | None = None
        self._filter_id: str | None = None
        self._state = Connection.CONNECTING

    @property
    def mode(self) -> str:
        """How this loop syncs, in words for a bug report."""
        lazy = SYNC_FILTER["room"]["state"].get("lazy_load_members") is True
        return (
            f"/sync v3, long polling {self._poll_timeout_ms / 1000:g} s, timeline limit {TIMELINE_LIMIT}"
            + (", lazy-loaded members" if lazy else "")
        )

    async def load_token(self) -> str | None:
        self.token = await self._db.run(get_meta, "next_batch")
        self._filter_id = await self._db.run(get_meta, "filter_id")
        return self.token

    async def _ensure_filter(self) -> str:
        if self._filter_id is None:
            self._filter_id = await self._api.upload_filter(self._own_user, SYNC_FILTER)
            await self._db.run(set_meta, "filter_id", self._filter_id)
        return self._filter_id

    def _set_state(self, state: ConnectionState) -> None:
        if state.state is not self._state or state.state is Connection.OFFLINE:
            self._state = state.state
            self._on_connection(state)

    async def run(self) -> None:
        """Sync until cancelled (or the token is revoked)."""
        if self.token is None:
            self.ingestor.prewarm()
        while True:
            try:
                await self.sync_once()
            except asyncio.CancelledError:
                raise
            except MatrixError as exc:
                if exc.errcode == "M_UNKNOWN_TOKEN":
                    self._set_state(
                        ConnectionState(
                            Connection.SIGNED_OUT,
                            "Your session has ended. Sign in again to continue.",
                            keep_data=exc.soft_logout,
                        )
                    )
                    return
                await self._wait_after(exc, exc.retry_after)
            except (TransportError, BadResponse) as exc:
                await self._wait_after(exc, None)
            except sqlite3.Error as exc:
                # The disk, not the network (full, read-only, damaged): the store reports it as a
                # fault the window shows; saying "no connection" here would send the user looking
                # in the wrong place. The same answer is asked for again once it can be stored.
                delay = self._backoff.next_delay(None)
                log.warning("sync answer not stored (%s); retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)
            except Exception as exc:
                # Our bug or data we could not store: keep the loop alive, retry with back-off
                # (never a silent stop with the UI still saying "connecting").
                log.exception("sync failed unexpectedly")
                await self._wait_after(exc, None)

    async def sync_once(self) -> IngestResult:
        filter_id = await self._ensure_filter()
        self._on_request(self.token)
        body = await self._api.sync_raw(
            since=self.token,
            filter_=filter_id,
            timeout_ms=0
            if self.token is None or self._state is not Connection.ONLINE
            else self._poll_timeout_ms,
        )
        result = await self.ingestor.ingest(body)
        self.token = result.next_batch
        self._backoff.reset()
        self._set_state(ConnectionState(Connection.ONLINE))
        if result.problems:
            log.debug("sync had malformed parts: %s", result.problems[:5])
        self._on_result(result)
        return result

    async def _wait_after(self, error: Exception, server_wait: float | None) -> None:
        delay = self._backoff.next_delay(server_wait)
        reason = describe_error(error)
        log.info("sync failed (%s); retrying in %.1f s", reason, delay)
        self._set_state(ConnectionState(Connection.OFFLINE, reason, delay))
        await asyncio.sleep(delay)

    def close(self, *, wait: bool = True) -> None:
        self.ingestor.close(wait=wait)


PROXY_FAILED = "The proxy server could not be reached or refused the connection — retrying…"
"""The reason of an offline state caused by the proxy in the settings (the UI words it itself)."""


CERTIFICATE_REJECTED = "The server's security certificate is not valid — not connecting."
"""The reason of an offline state caused by a certificate that does not verify (an expired one,
often): retrying will not help until the server's administrator renews it."""


def describe_error(error: Exception) -> str:
    """One sentence for the user."""
    if isinstance(error, ProxyFailed):
        return PROXY_FAILED
    if isinstance(error, CertificateRejected):
        return CERTIFICATE_REJECTED
    if isinstance(error, TransportError):
        return "Offline — reconnecting…"
    if isinstance(error, MatrixError):
        if error.status == 429:
            return "The server asked us to slow down — retrying shortly."
        if error.status >= 500:
            return "The server is having trouble — reconnecting…"
        return error.error or error.errcode
    if isinstance(error, BadResponse):
        return "The server sent something unexpected — retrying…"
    return "Something went wrong while syncing — retrying…"
