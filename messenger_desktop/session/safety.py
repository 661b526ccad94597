"""Safety: ignoring (blocking) people, reporting messages and people to the server's admins, and
screening invitations.

The ignore list is the account data the server echoes through sync (never changed here before
the echo), so it is the same on every device and survives a restart. The server stops sending an
ignored person's new events and invitations; the cache still holds their older events, which
are hidden whenever they are read (unignoring shows them again: nothing is deleted). Invitations
are judged by :mod:`.invite_rules` as they arrive: from an ignored person they go (declined
silently), from a stranger they are declined when the user wants that, and a stranger's
spam-like one is listed collapsed until the user asks to see it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import Any

from ..api.client import MatrixApi, SearchPage
from ..api.errors import ApiError
from ..api.ids import EventId, RoomId, UserId
from ..store.database import Database
from ..store.ignored import (
    IGNORED_TYPE,
    display_names,
    load_ignored,
    shares_conversation,
    visible_preview,
    with_ignored,
)
from ..store.rows import RoomSummary, TimelineRow
from ..store.summaries import load_summaries, load_summary
from ..store.timeline import TimelinePage
from .changes import ChangeSet
from .invite_rules import Verdict, is_hidden, judge_invite, visible, without_ignored

log = logging.getLogger(__name__)

MAX_REASON = 1000
"""Synapse refuses longer report reasons."""
EXTRA_PAGES = 10
"""Pages read further back when ignored people's messages left a page empty."""


@dataclasses.dataclass(frozen=True, slots=True)
class Screened:
    """Summaries as the user sees them, and what to do about the rest."""

    shown: tuple[RoomSummary, ...]
    hidden: tuple[RoomId, ...]
    """Invitations not to list (from ignored people, or declined strangers)."""
    decline: tuple[RoomId, ...]
    """Invitations to decline on the server."""


def screen_summaries(
    conn: sqlite3.Connection,
    summaries: Iterable[RoomSummary],
    own_user: UserId,
    ignored: frozenset[UserId],
    revealed: frozenset[RoomId],
    strangers_declined: bool,
) -> Screened:
    """Previews without ignored people's messages; invitations judged (see :func:`judge_invite`)."""
    shown: list[RoomSummary] = []
    hidden: list[RoomId] = []
    decline: list[RoomId] = []
    for summary in summaries:
        if summary.membership == "invite":
            verdict = judge_invite(
                summary.inviter,
                summary.name,
                ignored=ignored,
                known_inviter=shares_conversation(conn, summary.inviter, own_user),
                strangers_declined=strangers_declined,
            )
            if verdict in (Verdict.DROP, Verdict.DECLINE):
                hidden.append(summary.room_id)
                decline.append(summary.room_id)
                continue
            spam = verdict is Verdict.COLLAPSE and summary.room_id not in revealed
            shown.append(dataclasses.replace(summary, spam_invite=spam))
        elif summary.last_sender in ignored:
            preview = visible_preview(conn, summary.room_id, ignored)
            event_id, sender, name, body = preview or ("", "", "", "")
            shown.append(
                dataclasses.replace(
                    summary, last_event_id=event_id, last_sender=sender, last_sender_name=name, last_body=body
                )
            )
        else:
            shown.append(summary)
    return Screened(tuple(shown), tuple(hidden), tuple(decline))


class Safety:
    def __init__(
        self, api: MatrixApi, db: Database, user_id: UserId, emit: Callable[[ChangeSet], None]
    ) -> None:
        self._api = api
        self._db = db
        self._user_id = user_id
        self._emit = emit
        self.ignored: frozenset[UserId] = frozenset()
        """The people the user ignores, as the server last echoed them."""
        self.strangers_declined = False
        """Invitations from people the user shares no conversation with are declined (a setting)."""
        self._revealed: set[RoomId] = set()
        self._declined: set[RoomId] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    async def load(self) -> None:
        self.ignored = await self._db.run(load_ignored)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def wait_idle(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # -- reading ---------------------------------------------------------------------------------

    def shows(self, row: TimelineRow | None) -> TimelineRow | None:
        return None if row is None or is_hidden(row, self.ignored) else row

    def rows(self, rows: Iterable[TimelineRow]) -> tuple[TimelineRow, ...]:
        return visible(rows, self.ignored)

    async def page(
        self, first: TimelinePage, older: Callable[[tuple[int, int]], Awaitable[TimelinePage]], limit: int
    ) -> TimelinePage:
        """``first`` without ignored people's messages. When they filled most of it, older pages
        are read (``older(position)``) until there is something to show or nothing more; the
        caller pages on from the oldest row it got, which is always one the user sees."""
        ignored = self.ignored
        if not ignored:
            return first
        page = first
        rows = list(visible(page.rows, ignored))
        aggregates, replies, calls = dict(page.aggregates), dict(page.replies), dict(page.calls)
        for _ in range(EXTRA_PAGES):
            if len(rows) >= limit // 2 or not page.rows or page.at_start or page.gap is not None:
                break
            page = await older(page.rows[-1].order)
            rows.extend(visible(page.rows, ignored))
            aggregates.update(page.aggregates)
            replies.update(page.replies)
            calls.update(page.calls)
        return TimelinePage(
            tuple(rows),
            page.gap,
            page.at_start,
            without_ignored(aggregates, ignored),
            {k: v for k, v in replies.items() if not is_hidden(v, ignored)},
            calls,
        )

    def search_page(self, page: SearchPage) -> SearchPage:
        """A page of server-side search without ignored people's hits, nor their context lines."""
        hidden = self.ignored
        if not hidden:
            return page

        def shown(event: dict[str, Any]) -> bool:
            sender = event.get("sender")
            return not isinstance(sender, str) or sender not in hidden  # a list would not even hash

        results = tuple(
            dataclasses.replace(r, before=tuple(filter(shown, r.before)), after=tuple(filter(shown, r.after)))
            for r in page.results
            if shown(r.event)
        )
        return dataclasses.replace(page, results=results)

    async def summaries(self, summaries: Iterable[RoomSummary]) -> list[RoomSummary]:
        """The conversation list as the user sees it (invitations from ignored people left out)."""
        screened = await self._screen(summaries, strangers_declined=False)
        return list(screened.shown)

    async def blocked(self) -> list[tuple[UserId, str]]:
        """The people the user ignores with a name the cache knows for them, by name."""
        names = await self._db.run(display_names, self.ignored)
        return sorted(((UserId(u), n) for u, n in names.items()), key=lambda p: (p[1] or p[0]).casefold())

    # -- what sync brings ------------------------------------------------------------------------

    def screen(self, changes: ChangeSet, ignored: frozenset[UserId] | None) -> ChangeSet:
        """``changes`` as the user sees them. Summaries that need the cache to be judged (an
        invitation, a preview by an ignored person) follow in a change set of their own."""
        if ignored is not None and ignored != self.ignored:
            self.ignored = ignored
            self._spawn(self._refresh_all(), "ignored-refresh")
        hidden = self.ignored
        held = [s.room_id for s in changes.rooms if s.membership == "invite" or s.last_sender in hidden]
        if held:
            self._spawn(self._screen_later(held), "screen-rooms")
        if not hidden and not held:
            return changes
        return dataclasses.replace(
            changes,
            rooms=tuple(s for s in changes.rooms if s.room_id not in held),
            appended={r: kept for r, rows in changes.appended.items() if (kept := visible(rows, hidden))},
            notifications=tuple(n for n in changes.notifications if n.sender not in hidden),
            aggregates={room: without_ignored(found, hidden) for room, found in changes.aggregates.items()},
        )

    async def _screen_later(self, room_ids: list[RoomId]) -> None:
        found = await self._db.run(_load_summaries, room_ids)
        screened = await self._screen(found, strangers_declined=self.strangers_declined)
        self._emit(ChangeSet(rooms=screened.shown, removed_rooms=screened.hidden))
        await self._decline(screened.decline)

    async def _refresh_all(self) -> None:
        """The list changed: every preview, invitation and open timeline is read again."""
        found = await self._db.run(load_summaries)
        screened = await self._screen(found, strangers_declined=False)
        joined = frozenset(s.room_id for s in found if s.membership == "join")
        self._emit(
            ChangeSet(
                rooms=screened.shown, removed_rooms=screened.hidden, reset_rooms=joined, ignored=self.ignored
            )
        )
        await self._decline(screened.decline)

    async def _screen(self, summaries: Iterable[RoomSummary], *, strangers_declined: bool) -> Screened:
        return await self._db.run(
            screen_summaries,
            list(summaries),
            self._user_id,
            self.ignored,
            frozenset(self._revealed),
            strangers_declined,
        )

    async def _decline(self, room_ids: Iterable[RoomId]) -> None:
        """Decline invitations on the server, quietly: the inviter learns nothing more than from
        any declined invitation, and a failure only leaves it hidden here."""
        for room_id in room_ids:
            if room_id in self._declined:
                continue
            self._declined.add(room_id)
            try:
                await self._api.leave(room_id)
            except ApiError as exc:
                self._declined.discard(room_id)
                log.info("invitation to %s not declined: %s", room_id, exc)

    def _spawn(self, work: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.get_running_loop().create_task(work, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("safety screening failed", exc_info=task.exception())

    # -- acting ----------------------------------------------------------------------------------

    async def set_ignored(self, user_id: UserId, ignore: bool) -> None:
        """Add ``user_id`` to the ignore list (or take them off). The list is read from the
        server first, so what another device did in the meantime is kept; the change shows when
        sync echoes it."""
        if user_id == self._user_id:
            raise ValueError("You cannot block yourself")
        current = await self._api.account_data(self._user_id, IGNORED_TYPE)
        await self._api.set_account_data(self._user_id, IGNORED_TYPE, with_ignored(current, user_id, ignore))

    async def report_event(self, room_id: RoomId, event_id: EventId, reason: str) -> None:
        await self._api.report_event(room_id, event_id, reason.strip()[:MAX_REASON])

    async def report_user(self, user_id: UserId, reason: str) -> None:
        await self._api.report_user(user_id, reason.strip()[:MAX_REASON])

    def reveal_invite(self, room_id: RoomId) -> None:
        """The user wants to see a collapsed invitation (for this run)."""
        self._revealed.add(room_id)
        self._spawn(self._screen_later([room_id]), "reveal-invite")


def _load_summaries(conn: sqlite3.Connection, room_ids: list[RoomId]) -> list[RoomSummary]:
    return [s for room_id in room_ids if (s := load_summary(conn, room_id)) is not None]
