"""Plain, immutable rows read from the cache and handed up to the session and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..api.events import EventKind
from ..api.ids import EventId, RoomId, TxnId, UserId


@dataclass(frozen=True, slots=True)
class RoomSummary:
    room_id: RoomId
    membership: str
    name: str
    topic: str = ""
    avatar_url: str = ""
    is_direct: bool = False
    joined_count: int = 0
    invited_count: int = 0
    notification_count: int = 0
    highlight_count: int = 0
    last_event_id: str = ""
    last_sender: str = ""
    last_sender_name: str = ""
    last_body: str = ""
    last_ts: int = 0
    inviter: str = ""
    explicit_name: bool = False
    """The name comes from ``m.room.name`` or an alias, not from the members."""


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One event of a room's timeline, ordered by ``(chunk, pos)``."""

    event_id: EventId
    room_id: RoomId
    chunk: int
    pos: int
    type: str
    kind: EventKind
    sender: UserId
    ts: int
    content: dict[str, Any]
    state_key: str | None = None
    txn_id: TxnId | None = None
    rel_type: str | None = None
    rel_event: EventId | None = None
    redacted: bool = False
    problem: str = ""
    prev_content: dict[str, Any] | None = None
    """For state events: the content this event replaced (from ``unsigned.prev_content``)."""

    @property
    def order(self) -> tuple[int, int]:
        return (self.chunk, self.pos)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A message the user sent, persisted before the network sees it."""

    seq: int
    txn_id: TxnId
    room_id: RoomId
    event_type: str
    content: dict[str, Any]
    created_ts: int
    state: str  # "queued" | "sending" | "sent" | "failed"
    attempts: int = 0
    error: str = ""
    event_id: EventId | None = None


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one sync changed, for the session to turn into a change set."""

    next_batch: str
    rooms: tuple[RoomSummary, ...] = ()
    removed_rooms: tuple[RoomId, ...] = ()
    appended: dict[RoomId, tuple[TimelineRow, ...]] = field(default_factory=dict)
    gapped_rooms: frozenset[RoomId] = frozenset()
    resolved_echoes: dict[TxnId, EventId] = field(default_factory=dict)
    event_count: int = 0
    problems: tuple[str, ...] = ()
