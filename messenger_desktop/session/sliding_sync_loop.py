"""The sliding sync loop: the first screen of conversations first, the rest behind it, then live.

Simplified sliding sync (MSC4186) lists the user's rooms by activity. A first sign-in goes:

1. the first :data:`FIRST_WINDOW` rooms (what a window shows) with everything a room needs;
2. the *index*: every room with only its name, picture and kind (no timeline), which a server
   sends many times faster — from then on the list's filter finds any room (rows not yet filled
   wait at the bottom of the list, without a preview);
3. :data:`PAGE` more rooms with everything each time, until the list's ``count`` is covered;
4. long polls with ``pos`` for changes to any room.

Every answer goes through the same ingest and change sets as v2
(:mod:`messenger_desktop.store.sliding_ingest`). Each room arrives with :data:`TIMELINE_LIMIT`
events; opening it fetches older ones on demand from its ``prev_batch`` (:mod:`.timeline`), as for
a v2 gap. A room's request stays the same but for the ranges, so the server sends every room once
(an index row is sent again, filled, when its page comes).

A position the server no longer knows (``M_UNKNOWN_POS``: it dropped the connection) starts over
without one; the cache keeps what it has and the rooms come again as first sightings, which
notify nothing. Failures are handled as in :class:`~.sync_loop.SyncLoop`, whose loop this one shares.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from ..api.client import MatrixApi
from ..api.errors import MatrixError
from ..api.ids import UserId
from ..api.sliding_sync import UNKNOWN_POS, request_body
from ..store.database import Database, get_meta
from ..store.rows import IngestResult
from ..store.sliding_ingest import POS_KEY, SlidingResult, ingest_sliding_bytes
from .backoff import Backoff
from .changes import Connection, ConnectionState
from .ingest_worker import SyncIngestor
from .sync_loop import SyncLoop

log = logging.getLogger(__name__)

FIRST_WINDOW = 20
"""Rooms in the first answer: a window's worth of rows."""

PAGE = 200
"""Rooms each following answer fills, until the whole list is."""

WHOLE_LIST = 1_000_000
"""The last index asked for once every room is known, so rooms joined later are in range too."""

TIMELINE_LIMIT = 5
"""Events per room: enough for a row's preview (past reactions and edits); the server's time per
room grows with it (opening a room fetches a page of history anyway)."""


class SlidingSyncLoop(SyncLoop):
    """:class:`~.sync_loop.SyncLoop`'s interface and error handling, over simplified sliding sync."""

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
        super().__init__(
            api,
            db,
            own_user,
            on_result=on_result,
            on_connection=on_connection,
            on_request=on_request,
            poll_timeout_ms=poll_timeout_ms,
            backoff=backoff,
        )
        self.ingestor = SyncIngestor(db, own_user, ingest=ingest_sliding_bytes)
        self.window = FIRST_WINDOW
        """How many rooms of the list the next request covers."""
        self.count: int | None = None
        """How many rooms the list has, by the last answer."""
        self.complete = False
        """An answer covered the whole list: every room is known, the loop long-polls."""
        self.indexed = False
        """The index came (or is not needed): every room's name is known."""
        self._first: asyncio.Task[bytes] | None = None

    @property
    def mode(self) -> str:
        return (
            f"simplified sliding sync (MSC4186), long polling {self._poll_timeout_ms / 1000:g} s,"
            f" timeline limit {TIMELINE_LIMIT}, first {FIRST_WINDOW} rooms, then every room's name,"
            f" then pages of {PAGE}"
        )

    async def load_token(self) -> str | None:
        self.token = await self._db.run(get_meta, POS_KEY)
        if self.token is not None:
            self.window, self.indexed = WHOLE_LIST, True  # resuming: what changed anywhere in the list
        return self.token

    def prefetch(self) -> None:
        """Send the first request now (a fresh start); :meth:`sync_once` takes its answer."""
        if self.token is None and self._first is None:
            self._on_request(None)
            self._first = asyncio.get_running_loop().create_task(
                self._request(live=False, index=False), name="first-sync"
            )
            self._first.add_done_callback(lambda task: task.cancelled() or task.exception())

    async def _request(self, *, live: bool, index: bool) -> bytes:
        return await self._api.sliding_sync_raw(
            request_body(self.window - 1, TIMELINE_LIMIT, index_to=WHOLE_LIST - 1 if index else None),
            pos=self.token,
            timeout_ms=self._poll_timeout_ms if live else 0,
        )

    async def sync_once(self) -> IngestResult:
        first, self._first = self._first, None
        index = self.token is not None and not self.indexed  # the answer after the first screen's
        try:
            if first is not None:
                body = await first
            else:
                self._on_request(self.token)
                body = await self._request(
                    live=self.complete and self._state is Connection.ONLINE, index=index
                )
        except MatrixError as exc:
            if exc.errcode != UNKNOWN_POS or self.token is None:
                raise
            log.info("the server forgot the sliding sync position; starting the list again")
            self.token, self.window, self.count, self.complete = None, FIRST_WINDOW, None, False
            self.indexed = False
            return await self.sync_once()
        received = time.perf_counter()
        result = await self.ingestor.ingest(body)
        self.token = result.next_batch
        log.debug(
            "answer for %d rooms%s: %d kB, %d rooms in it, ingested in %.3f s",
            self.window,
            " and the index" if index else "",
            len(body) // 1024,
            len(result.rooms),
            time.perf_counter() - received,
        )
        if isinstance(result, SlidingResult):
            self._grow(result.count, result.listed, indexed=index)
        self._backoff.reset()
        self._set_state(ConnectionState(Connection.ONLINE))
        if result.problems:
            log.debug("sliding sync had malformed parts: %s", result.problems[:5])
        self._on_result(result)
        return result

    def close(self, *, wait: bool = True) -> None:
        if self._first is not None:
            self._first.cancel()
        super().close(wait=wait)

    def _grow(self, count: int | None, listed: int | None, *, indexed: bool) -> None:
        """After an answer: the list is complete when it covered every room (by the list's count,
        or placing fewer rooms than asked for); otherwise the index comes next (after the first
        answer), then the window widens by a page, or to the whole list when that page reaches
        its end."""
        self.count = count
        ended = (count is not None and self.window >= count) or (listed is not None and listed < self.window)
        if self.window == WHOLE_LIST or ended:
            self.window, self.complete, self.indexed = WHOLE_LIST, True, True
            return
        if indexed:
            self.indexed = True
        if not self.indexed:
            return  # the next request brings the index; the window stays
        wider = self.window + PAGE
        self.window = WHOLE_LIST if count is None or wider >= min(count, WHOLE_LIST) else wider
