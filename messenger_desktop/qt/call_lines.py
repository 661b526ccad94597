"""The one timeline row a call leaves: its invite's row, worded from every event of the call.

A call's events arrive apart — the answer seconds after the invite, the hangup minutes later, in
history maybe pages later — and only the invite gets a row. :class:`CallLog` gathers the events
of each call of the open room (from the pages, which bring each invite's call whole, and from
sync) so the row can be reworded whenever one arrives. The words are computed here, once per
change, never while painting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..calls.events import INVITE, Invite, parse_content
from ..calls.history import CallOutcome, history_line, summarise
from ..store.call_history import call_id_of
from ..store.rows import TimelineRow
from .formatting import tr


@dataclass(frozen=True, slots=True)
class CallLine:
    text: str
    """"Missed voice call", "Video call · 12:34"…"""
    video: bool
    missed: bool
    """An incoming call nobody answered: the row stands out."""
    changes_at: int | None = None
    """When the words change by themselves (a ringing invite expires), epoch ms; None: never."""


class CallLog:
    """The history events of the open room's calls, by call id (each event once)."""

    __slots__ = ("_calls",)

    def __init__(self) -> None:
        self._calls: dict[str, dict[str, TimelineRow]] = {}

    def add(self, rows: Iterable[TimelineRow]) -> set[str]:
        """Take the call events among ``rows``; return the calls that gained one."""
        changed: set[str] = set()
        for row in rows:
            call_id = call_id_of(row.type, row.content)
            if call_id is None:
                continue
            events = self._calls.setdefault(call_id, {})
            if row.event_id not in events:
                events[row.event_id] = row
                changed.add(call_id)
        return changed

    def line(self, invite: TimelineRow, own_user: str, now_ms: int) -> CallLine | None:
        """The words for the call ``invite`` starts, or None when the invite is malformed."""
        content = parse_content(INVITE, invite.content)
        call_id = call_id_of(invite.type, invite.content)
        if not isinstance(content, Invite) or call_id is None:
            return None
        events = self._calls.get(call_id, {})
        ordered = sorted({invite.event_id: invite, **events}.values(), key=lambda r: r.order)
        record = summarise(ordered, own_user, now_ms)
        if record is None:
            return None
        expires = invite.ts + content.lifetime_ms
        ringing = record.outcome is CallOutcome.ONGOING and now_ms < expires
        return CallLine(
            history_line(record, tr),
            record.video,
            record.outcome is CallOutcome.MISSED,
            expires if ringing else None,
        )
