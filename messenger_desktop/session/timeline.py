"""A room's history: pages from the cache, gaps filled from the server on demand."""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..api.client import MatrixApi
from ..api.errors import MatrixError, TransportError
from ..api.events import parse_event
from ..api.ids import EventId, RoomId, TxnId
from ..store import timeline as cache
from ..store.database import Database
from ..store.timeline import TimelinePage

log = logging.getLogger(__name__)

PAGE = 50
MAX_ROUNDS = 5
MESSAGES_FILTER = '{"lazy_load_members": true}'
"""Pages bring the members of their senders, as the sync filter does."""


async def load_page(
    api: MatrixApi,
    db: Database,
    room_id: RoomId,
    before: tuple[int, int] | None = None,
    limit: int = PAGE,
    on_settled: Callable[[dict[TxnId, EventId]], None] | None = None,
) -> TimelinePage:
    """Up to ``limit`` rows older than ``before`` (newest first); fetches from the server when the
    cache runs into a gap or the start of what it has. ``on_settled`` hears of outbox items the
    fill settled (sent messages whose echo had fallen into the gap)."""
    page = await db.run(cache.load_page, room_id, before, limit)
    rounds = 0
    while page.gap is not None and len(page.rows) < limit and rounds < MAX_ROUNDS:
        rounds += 1
        gap = page.gap
        try:
            response = await api.messages(
                room_id,
                from_token=gap.prev_batch or None,  # "": history never seen, from the newest
                direction="b",
                limit=max(limit - len(page.rows), 20),
                filter_json=MESSAGES_FILTER,
            )
        except (TransportError, MatrixError) as exc:
            if not page.rows:
                raise  # nothing to show: the caller says why
            # Offline (or the server refuses): show what the cache has; the gap stays for later.
            log.info("older history of %s not fetched: %s", room_id, exc)
            return page
        events = [parse_event(e, room_id) for e in response.chunk]
        settled: dict[TxnId, EventId] = {}
        await db.run(cache.insert_backfill, gap, events, response.end, response.state, settled)
        if settled and on_settled is not None:
            on_settled(settled)
        page = await db.run(cache.load_page, room_id, before, limit)
    return page


__all__ = ["PAGE", "TimelinePage", "load_page"]
