"""Typed room events parsed from untrusted JSON.

Parsing never raises. An event whose envelope is broken (no event id, sender or type of the right
shape) becomes a ``BAD`` event carrying the reason and whatever raw source there was; an event of a
type we do not interpret is kept as ``UNKNOWN`` with its source, so later versions can render it
from the cache.
"""

from __future__ import annotations

import enum
import re
from typing import Any, NamedTuple

from .ids import EventId, RoomId, TxnId, UserId

_USER_ID = re.compile(r"^@[^:\s]+:[^\s]+$")
_valid_users: dict[str, bool] = {}


def is_user_id(value: str) -> bool:
    """``@localpart:server`` with no white space; memoised (a sync repeats the same senders)."""
    known = _valid_users.get(value)
    if known is None:
        known = len(value) <= 255 and _USER_ID.match(value) is not None
        if len(_valid_users) < 100_000:
            _valid_users[value] = known
    return known


MAX_BODY_PREVIEW = 4000
MAX_TS = 2**53
"""Timestamps beyond this are nonsense (and would not fit SQLite's 64-bit integers): read as 0."""


class EventKind(enum.IntEnum):
    MESSAGE = 1  # m.room.message, m.sticker
    MEMBER = 2  # m.room.member
    STATE = 3  # any other state event
    REACTION = 4  # m.reaction
    REDACTION = 5  # m.room.redaction
    ENCRYPTED = 6  # m.room.encrypted
    UNKNOWN = 7  # a well-formed event of a type we do not interpret
    BAD = 8  # malformed: rendered as a placeholder


MESSAGE_TYPES = frozenset({"m.room.message", "m.sticker"})


class RoomEvent(NamedTuple):
    """One timeline or state event. ``content`` is the raw content dict (untrusted).

    A named tuple rather than a frozen dataclass: a first sync builds tens of thousands of these,
    and a frozen dataclass costs three times as much to construct.
    """

    event_id: EventId
    sender: UserId
    type: str
    ts: int
    kind: EventKind
    content: dict[str, Any]
    state_key: str | None = None
    txn_id: TxnId | None = None
    rel_type: str | None = None
    rel_event: EventId | None = None
    redacts: EventId | None = None
    problem: str = ""
    raw: dict[str, Any] | None = None

    @property
    def is_state(self) -> bool:
        return self.state_key is not None

    @property
    def body(self) -> str:
        body = self.content.get("body")
        return body[:MAX_BODY_PREVIEW] if isinstance(body, str) else ""

    @property
    def msgtype(self) -> str:
        value = self.content.get("msgtype")
        return value if isinstance(value, str) else ""

    @property
    def membership(self) -> str:
        value = self.content.get("membership")
        return value if isinstance(value, str) else ""

    @property
    def displayname(self) -> str | None:
        value = self.content.get("displayname")
        return value if isinstance(value, str) and value.strip() else None


def parse_event(raw: object, room_id: RoomId | str = "") -> RoomEvent:
    """Turn one event dict from the server into a :class:`RoomEvent`; never raises."""
    if not isinstance(raw, dict):
        return _bad(f"event is a {type(raw).__name__}, not an object", {})
    event_id = raw.get("event_id")
    sender = raw.get("sender")
    etype = raw.get("type")
    if not isinstance(event_id, str) or not event_id.startswith("$") or len(event_id) > 255:
        return _bad("missing or invalid event_id", raw)
    if not isinstance(etype, str) or not etype or len(etype) > 255:
        return _bad("missing or invalid type", raw, event_id)
    if not isinstance(sender, str) or not is_user_id(sender):
        return _bad("missing or invalid sender", raw, event_id)
    ts = raw.get("origin_server_ts")
    if not isinstance(ts, int) or isinstance(ts, bool) or not 0 <= ts <= MAX_TS:
        ts = 0
    content = raw.get("content")
    if not isinstance(content, dict):
        # Redacted events keep an empty content; anything else is malformed.
        return _bad("content is not an object", raw, event_id, sender, etype)
    state_key = raw.get("state_key")
    if state_key is not None and not isinstance(state_key, str):
        return _bad("state_key is not a string", raw, event_id, sender, etype)
    unsigned = raw.get("unsigned")
    txn_id = None
    if isinstance(unsigned, dict):
        value = unsigned.get("transaction_id")
        if isinstance(value, str):
            txn_id = TxnId(value)
    rel_type = rel_event = None
    relates = content.get("m.relates_to")
    if isinstance(relates, dict):
        rt = relates.get("rel_type")
        target = relates.get("event_id")
        if isinstance(rt, str) and isinstance(target, str):
            rel_type, rel_event = rt, EventId(target)
        else:
            reply = relates.get("m.in_reply_to")
            if isinstance(reply, dict) and isinstance(reply.get("event_id"), str):
                rel_type, rel_event = "m.in_reply_to", EventId(reply["event_id"])
    redacts = None
    kind: EventKind
    if state_key is not None:
        kind = EventKind.MEMBER if etype == "m.room.member" else EventKind.STATE
        if kind is EventKind.MEMBER and not is_user_id(state_key):
            return _bad("member event for an invalid user id", raw, event_id, sender, etype)
    elif etype in MESSAGE_TYPES:
        kind = EventKind.MESSAGE
    elif etype == "m.reaction":
        kind = EventKind.REACTION
    elif etype == "m.room.redaction":
        kind = EventKind.REDACTION
        target = raw.get("redacts", content.get("redacts"))
        redacts = EventId(target) if isinstance(target, str) else None
    elif etype == "m.room.encrypted":
        kind = EventKind.ENCRYPTED
    else:
        kind = EventKind.UNKNOWN
    return RoomEvent(
        event_id=EventId(event_id),
        sender=UserId(sender),
        type=etype,
        ts=ts,
        kind=kind,
        content=content,
        state_key=state_key,
        txn_id=txn_id,
        rel_type=rel_type,
        rel_event=rel_event,
        redacts=redacts,
        raw=raw,
    )


def _bad(
    problem: str,
    raw: dict[str, Any],
    event_id: str | None = None,
    sender: str | None = None,
    etype: str | None = None,
) -> RoomEvent:
    ts = raw.get("origin_server_ts") if isinstance(raw, dict) else None
    if not isinstance(ts, int) or isinstance(ts, bool) or not 0 <= ts <= MAX_TS:
        ts = 0
    return RoomEvent(
        event_id=EventId(event_id or ""),
        sender=UserId(sender if isinstance(sender, str) else ""),
        type=etype if isinstance(etype, str) else "",
        ts=ts,
        kind=EventKind.BAD,
        content={},
        problem=problem,
        raw=raw,
    )
