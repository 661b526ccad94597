"""Plain, immutable rows read from the cache and handed up to the session and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..api.events import EventKind
from ..api.ids import EventId, RoomId, TxnId, UserId
from .folders import Folder


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
    favourite: bool = False
    """The room carries the ``m.favourite`` tag."""
    low_priority: bool = False
    """The room carries the ``m.lowpriority`` tag (and not ``m.favourite``, which wins)."""
    tag_order: float = 1.0
    """The favourite (else low-priority) tag's ``order``, 0..1 (1.0 when absent or invalid)."""
    marked_unread: bool = False
    """The user marked the room unread (``m.marked_unread`` room account data)."""
    is_space: bool = False
    """A space (``m.room.create`` type ``m.space``), not a conversation."""
    children: tuple[str, ...] = ()
    """For a space: its child rooms (``m.space.child`` with a ``via``), in the spec's order."""
    notification_level: str = "all"
    """"all" | "mentions" | "mute", from the user's push rules."""
    saved_messages: bool = False
    """The user's note-to-self room (account data ``im.messenger-desktop.saved_messages``)."""
    replacement_room: str = ""
    """The room that replaced this one (``m.room.tombstone``), or ''."""
    spam_invite: bool = False
    """An invitation to show collapsed: from a stranger, to a room whose name looks like spam
    (worked out by the session's safety screening, never stored)."""


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
    reply_to: EventId | None = None
    """The event this one answers (``m.in_reply_to``): a plain reply, or a reply inside a thread
    (not a thread's fallback reply, which carries ``is_falling_back``)."""

    @property
    def order(self) -> tuple[int, int]:
        return (self.chunk, self.pos)

    @property
    def thread_root(self) -> EventId | None:
        """The root of the thread this event belongs to, if it is a thread reply."""
        return self.rel_event if self.rel_type == "m.thread" else None


@dataclass(frozen=True, slots=True)
class Reaction:
    """Everyone who reacted to an event with one key (an emoji, or short text)."""

    key: str
    senders: tuple[UserId, ...]
    """In the order they reacted."""
    own_event: EventId | None
    """The user's own reaction event with this key (redact it to take the reaction back)."""


@dataclass(frozen=True, slots=True)
class Aggregate:
    """What the relations pointing at one event add up to (edits, reactions, a thread)."""

    edit_content: dict[str, Any] | None = None
    """``m.new_content`` of the latest valid edit: the content to show instead of the original."""
    edit_event: EventId | None = None
    reactions: tuple[Reaction, ...] = ()
    """Ordered by each key's first reaction."""
    thread_count: int = 0
    thread_last_sender: UserId | None = None
    thread_last_ts: int = 0

    def __bool__(self) -> bool:
        return bool(self.edit_event or self.reactions or self.thread_count)


@dataclass(frozen=True, slots=True)
class Attachment:
    """The file of a message being sent, copied into the profile (so a restart can upload it again)."""

    path: str
    """Inside the profile's outbox folder; the bytes to upload (already prepared: metadata stripped)."""
    name: str
    """The file name the receiver sees (``filename`` of the content)."""
    mime: str
    size: int
    thumbnail: str = ""
    """A JPEG next to it, uploaded first as the content's ``info.thumbnail_url`` (a video's still)."""


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
    attachment: Attachment | None = None

    @property
    def uploading(self) -> bool:
        """Its file has not reached the server yet (the content has no ``url``)."""
        return self.attachment is not None and "url" not in self.content


@dataclass(frozen=True, slots=True)
class Notification:
    """A new event of a joined room that the user's push rules say should notify (desktop
    notification, tray), from an incremental sync."""

    room_id: RoomId
    event_id: EventId
    sender: UserId
    sender_name: str
    """The sender's display name in the room (disambiguated), or their user id."""
    room_name: str
    body: str
    """A plain one-line preview ("Photo", "Encrypted message", the text…), at most 200 characters."""
    ts: int
    highlight: bool
    """A mention or keyword (or another highlighting rule)."""
    sound: str | None
    """The rule's ``sound`` tweak ("default", "ring"), None for a silent notification."""
    is_direct: bool


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
    aggregates: dict[RoomId, dict[EventId, Aggregate]] = field(default_factory=dict)
    """New totals for the events whose relations this sync changed (a relation arrived, or one
    was redacted), and for new rows that already had relations (which arrived before them). An
    empty :class:`Aggregate` means "nothing any more". Only for syncs that carry rows up."""
    redacted: dict[RoomId, tuple[EventId, ...]] = field(default_factory=dict)
    """Events whose content this sync removed."""
    receipts: dict[RoomId, dict[UserId, EventId]] = field(default_factory=dict)
    """Read receipts that moved: user → the event they have read up to."""
    typing: dict[RoomId, tuple[UserId, ...]] = field(default_factory=dict)
    """Who types now, for the rooms whose ``m.typing`` came in (empty: nobody)."""
    fully_read: dict[RoomId, EventId] = field(default_factory=dict)
    """The user's ``m.fully_read`` marker, for the rooms where it came in."""
    presence: dict[UserId, str] = field(default_factory=dict)
    """"online" / "unavailable" / "offline" for the users whose presence came in."""
    notifications: tuple[Notification, ...] = ()
    """What notifies by the user's push rules: new events of joined rooms from others, oldest first,
    at most the newest 50. Empty for the initial sync (nothing was stored before it)."""
    folders: tuple[Folder, ...] | None = None
    """The user's folders, when their account data came in with this sync (else None)."""
    packs_changed: bool = False
    """An image pack (the user's, a room's, or the list of enabled ones) came in with this sync."""
    ignored: frozenset[UserId] | None = None
    """The people the user ignores, when ``m.ignored_user_list`` came in with this sync (else None)."""
