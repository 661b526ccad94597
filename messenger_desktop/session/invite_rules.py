"""What happens to an invitation, and which cached events the user sees: pure decisions of the
safety features (ignored people, invitations from strangers, spam-like invitations).

Ignored people's *messages* go (their reactions too); state events they sent (joining, leaving,
renaming the room) stay, as the server keeps sending those (the spec filters only non-state
events of ignored users).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Mapping

from ..api.ids import EventId, UserId
from ..store.rows import Aggregate, TimelineRow
from .suspicious import looks_like_spam


class Verdict(enum.Enum):
    SHOW = "show"
    COLLAPSE = "collapse"
    """Listed collapsed ("looks like spam") with the inviter visible, until the user asks to see it."""
    DECLINE = "decline"
    """Declined on the server (the user only accepts invitations from people they know)."""
    DROP = "drop"
    """From someone the user ignores: hidden, and declined on the server silently."""


def judge_invite(
    inviter: str,
    room_name: str,
    *,
    ignored: frozenset[UserId],
    known_inviter: bool,
    strangers_declined: bool,
) -> Verdict:
    """``known_inviter``: the user shares a conversation with the inviter."""
    if inviter in ignored:
        return Verdict.DROP
    if known_inviter:
        return Verdict.SHOW
    if strangers_declined:
        return Verdict.DECLINE
    return Verdict.COLLAPSE if looks_like_spam(room_name) else Verdict.SHOW


def is_hidden(row: TimelineRow, ignored: frozenset[UserId]) -> bool:
    """An event the user does not see: a non-state event from someone they ignore."""
    return row.state_key is None and row.sender in ignored


def visible(rows: Iterable[TimelineRow], ignored: frozenset[UserId]) -> tuple[TimelineRow, ...]:
    return tuple(r for r in rows if not is_hidden(r, ignored))


def without_ignored(
    aggregates: Mapping[EventId, Aggregate], ignored: frozenset[UserId]
) -> dict[EventId, Aggregate]:
    """``aggregates`` with the ignored people's reactions taken out (an emptied key goes)."""
    cleaned: dict[EventId, Aggregate] = {}
    for event_id, found in aggregates.items():
        if not any(s in ignored for r in found.reactions for s in r.senders):
            cleaned[event_id] = found
            continue
        reactions = tuple(
            dataclasses.replace(r, senders=kept)
            for r in found.reactions
            if (kept := tuple(s for s in r.senders if s not in ignored))
        )
        cleaned[event_id] = dataclasses.replace(found, reactions=reactions)
    return cleaned
