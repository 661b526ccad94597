"""Typed change sets: what the session tells the UI layer after each piece of work.

The UI applies them with fine-grained model updates; nothing here says "reload everything" except
``reset_rooms``, for timelines whose cached history changed shape (a gap, a very large sync).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..api.ids import EventId, RoomId, TxnId, UserId
from ..store.folders import Folder
from ..store.relations import Aggregate
from ..store.rows import Notification, OutboxItem, RoomSummary, TimelineRow


class Connection(enum.Enum):
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"
    SIGNED_OUT = "signed_out"
    """The server no longer accepts the access token; the user must sign in again."""


@dataclass(frozen=True, slots=True)
class ConnectionState:
    state: Connection
    reason: str = ""
    retry_in: float | None = None
    keep_data: bool = False
    """With SIGNED_OUT: a *soft* logout (the token expired, the account and device live on): keep
    the cache and the device id, sign in again on the same device."""


@dataclass(frozen=True, slots=True)
class ChangeSet:
    rooms: tuple[RoomSummary, ...] = ()
    """Rooms added or changed (summary rows, already sorted by nothing in particular)."""
    removed_rooms: tuple[RoomId, ...] = ()
    appended: Mapping[RoomId, tuple[TimelineRow, ...]] = field(default_factory=dict)
    """New timeline rows per room, oldest first."""
    reset_rooms: frozenset[RoomId] = frozenset()
    outbox: tuple[OutboxItem, ...] = ()
    """Outgoing messages added or changed (local echoes)."""
    outbox_removed: Mapping[TxnId, EventId | None] = field(default_factory=dict)
    """Echoes that are gone: replaced by the server's event (its id) or deleted (None)."""
    uploads: Mapping[TxnId, float] = field(default_factory=dict)
    """How far the files of messages being sent have gone up (0..1)."""
    connection: ConnectionState | None = None
    aggregates: Mapping[RoomId, Mapping[EventId, Aggregate]] = field(default_factory=dict)
    """Relations (edits, reactions, thread replies) of these events changed: their new totals."""
    redacted: Mapping[RoomId, tuple[EventId, ...]] = field(default_factory=dict)
    """Events whose content was removed (their rows become "Message deleted")."""
    receipts: Mapping[RoomId, Mapping[UserId, EventId]] = field(default_factory=dict)
    """Read receipts that moved: user → the event they have read up to."""
    typing: Mapping[RoomId, tuple[UserId, ...]] = field(default_factory=dict)
    """Who is typing now, for the rooms whose typing list changed."""
    fully_read: Mapping[RoomId, EventId] = field(default_factory=dict)
    """The user's own fully-read marker moved (perhaps on another device)."""
    presence: Mapping[UserId, str] = field(default_factory=dict)
    notifications: tuple[Notification, ...] = ()
    """New events the user's push rules say should notify (oldest first; none for the initial sync)."""
    folders: tuple[Folder, ...] | None = None
    """The user's folders, when they changed (perhaps on another device); None: unchanged."""
    packs_changed: bool = False
    """Stickers or custom emoji may have changed (an image pack came in): pickers reload."""
    ignored: frozenset[UserId] | None = None
    """The people the user ignores, when the list changed (perhaps on another device); None: unchanged."""
