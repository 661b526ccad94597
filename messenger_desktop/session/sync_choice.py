"""Which sync the session runs: simplified sliding sync when the server offers it, else v2 ``/sync``.

The choice is made when syncing starts, from ``/versions`` (``org.matrix.simplified_msc3575`` in
``unstable_features``); a start that resumes from a stored position syncs at once with the loop
that left it, and ``/versions`` is asked beside it. ``MESSENGER_SYNC=v2`` (or ``=sliding``) in the
environment forces one, for comparisons and for servers that advertise what they do badly. When
``/versions`` cannot be read (offline at start), the loop that left a position in the cache
resumes; with none, v2.

Both loops write the same store and emit the same change sets; each keeps its own position
(``next_batch``, ``sliding_pos``), so switching never hands one's token to the other.
:class:`ChosenSync` has the loops' interface, so the session needs to know nothing of this.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from typing import Any

from ..api.client import MatrixApi
from ..api.errors import ApiError
from ..api.ids import UserId
from ..api.sliding_sync import FEATURE
from ..store.database import Database, get_meta, set_meta
from ..store.sliding_ingest import POS_KEY
from .sliding_sync_loop import SlidingSyncLoop
from .sync_loop import SyncLoop

log = logging.getLogger(__name__)

ENV = "MESSENGER_SYNC"
V2 = "v2"
SLIDING = "sliding"

VERSIONS_TIMEOUT = 10.0


def forced() -> str | None:
    """The sync the environment forces ("v2" or "sliding"), or None."""
    value = os.environ.get(ENV, "").strip().lower()
    return value if value in (V2, SLIDING) else None


class ChosenSync:
    """The sync loop for this server; :attr:`loop` is the one that runs (v2 until chosen)."""

    def __init__(self, api: MatrixApi, db: Database, own_user: UserId, **options: Any) -> None:
        self._api = api
        self._db = db
        self._make: Callable[[str], SyncLoop] = lambda kind: (
            SlidingSyncLoop if kind == SLIDING else SyncLoop
        )(api, db, own_user, **options)
        self.kind = forced() or V2
        self.loop = self._make(self.kind)
        self._choice: asyncio.Task[None] | None = None

    @property
    def token(self) -> str | None:
        return self.loop.token

    @property
    def mode(self) -> str:
        return self.loop.mode

    async def load_token(self) -> str | None:
        """Load the stored position; until ``/versions`` says otherwise, the loop that has one is
        the likely choice (so ``token`` tells whether this start resumes)."""
        if forced() is None and await self._db.run(get_meta, POS_KEY) is not None:
            self._use(SLIDING)
        return await self.loop.load_token()

    def prefetch(self) -> None:
        """On a fresh sign-in (no stored position), choose now and let sliding sync send its first
        request at once: the server answers while the app builds its window."""
        if self.token is None and self._choice is None:
            self._choice = asyncio.get_running_loop().create_task(
                self._settle(early=True), name="sync-choice"
            )

    async def run(self) -> None:
        if self._choice is None and self.token is not None and forced() is None:
            await self._resume()
            return
        if self._choice is None:
            self._choice = asyncio.get_running_loop().create_task(
                self._settle(early=False), name="sync-choice"
            )
        await self._choice
        await self.loop.run()

    async def _resume(self) -> None:
        """A start with a stored position: the loop that left it syncs at once (T_ready does not
        wait for a round trip to ``/versions``), while ``/versions`` is asked beside it; a server
        that no longer offers that sync has the loop switched. A loop that ends meanwhile (the
        session expired) ends this too, so that syncing can be started again at once."""
        loop = asyncio.get_running_loop()
        running = loop.create_task(self.loop.run(), name=f"sync-{self.kind}")
        choosing = loop.create_task(self._choose(), name="sync-choice")
        try:
            await asyncio.wait((running, choosing), return_when=asyncio.FIRST_COMPLETED)
            if not running.done():
                kind = choosing.result()
                if kind != self.kind:
                    running.cancel()
                    await asyncio.gather(running, return_exceptions=True)
                    await self._switch(kind)
                    running = loop.create_task(self.loop.run(), name=f"sync-{kind}")
                log.info("syncing with %s", self.loop.mode)
            await running
        finally:
            for task in (running, choosing):
                task.cancel()
            await asyncio.gather(running, choosing, return_exceptions=True)

    async def _settle(self, *, early: bool) -> None:
        kind = await self._choose()
        if kind != self.kind:
            await self._switch(kind)
        log.info("syncing with %s", self.loop.mode)
        if early and isinstance(self.loop, SlidingSyncLoop):
            self.loop.prefetch()

    async def _switch(self, kind: str) -> None:
        """Run the loop for ``kind`` from its stored position. Leaving sliding sync for v2 (the
        server no longer offers it) forgets the sliding position, so that the next start does
        not try it first."""
        if self.kind == SLIDING and kind == V2:
            await self._db.run(set_meta, POS_KEY, None)
        self._use(kind)
        await self.loop.load_token()

    async def _choose(self) -> str:
        kind = forced()
        if kind is not None:
            return kind
        try:
            # asyncio.timeout, not wait_for: Python 3.11's wait_for can swallow a cancellation
            # that arrives as the answer does, and syncing would then never stop
            async with asyncio.timeout(VERSIONS_TIMEOUT):
                versions = await self._api.versions()
        except (ApiError, TimeoutError) as exc:
            log.info("/versions unreadable (%s): keeping %s", exc, self.kind)
            return self.kind
        return SLIDING if versions.has_unstable(FEATURE) else V2

    def _use(self, kind: str) -> None:
        if kind != self.kind:
            # the old loop's worker may still be ingesting a large catch-up: it finishes on its
            # own, and the UI thread switches at once instead of waiting for it
            self.loop.close(wait=False)
            self.kind, self.loop = kind, self._make(kind)

    def close(self) -> None:
        if self._choice is not None:
            self._choice.cancel()
        self.loop.close()
