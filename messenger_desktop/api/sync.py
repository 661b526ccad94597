"""Typed view of a ``/sync`` response, parsed from bytes without ever raising on bad content.

Only the top level must be a JSON object with a string ``next_batch``; a room entry of the wrong
shape is skipped (and counted in ``problems``), an event of the wrong shape becomes a ``BAD``
:class:`~messenger_desktop.api.events.RoomEvent`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from . import lenient_json
from .errors import BadResponse
from .events import RoomEvent, parse_event
from .ids import RoomId, UserId

STATE_AFTER_KEYS = ("state_after", "org.matrix.msc4222.state_after")
"""Where a server that honours ``use_state_after`` (MSC4222) puts a joined room's state at the
end of its timeline. Only that state is right when the room's history forked: the older
``state`` (at the timeline's start) can then carry an event the timeline already replaced."""

USE_STATE_AFTER = "org.matrix.msc4222.use_state_after"
"""The ``/sync`` query parameter asking for :data:`STATE_AFTER_KEYS` (ignored by other servers)."""


@dataclass(frozen=True, slots=True)
class RoomSummaryHints:
    heroes: tuple[UserId, ...] | None = None
    joined_count: int | None = None
    invited_count: int | None = None


@dataclass(frozen=True, slots=True)
class HeroProfile:
    """A hero as simplified sliding sync names it (its name and picture; its member event is not
    sent): what the store shows an unnamed room by until the member event itself arrives."""

    user_id: UserId
    displayname: str | None = None
    avatar_url: str | None = None


@dataclass(frozen=True, slots=True)
class JoinedRoom:
    room_id: RoomId
    state: tuple[RoomEvent, ...]
    timeline: tuple[RoomEvent, ...]
    limited: bool
    prev_batch: str | None
    summary: RoomSummaryHints
    notification_count: int | None
    highlight_count: int | None
    ephemeral: tuple[dict[str, Any], ...] = ()
    """Raw ephemeral events (``m.typing``, ``m.receipt``): objects, read leniently by the store."""
    account_data: tuple[dict[str, Any], ...] = ()
    state_after: bool = False
    """True when ``state`` is the room's state at the *end* of the timeline (MSC4222's
    ``state_after``), False when it is the older ``state``: the state at its start."""
    history: bool = False
    """The timeline is history, not news: simplified sliding sync's first sight of the room
    (``initial``), even in an incremental answer. None of its events notifies."""
    hero_profiles: tuple[HeroProfile, ...] = ()
    """Simplified sliding sync's heroes with their names (v2 sends their member events instead)."""


@dataclass(frozen=True, slots=True)
class InvitedRoom:
    room_id: RoomId
    state: tuple[dict[str, Any], ...]
    """Stripped state events (no event ids): kept as dicts, read leniently by the session."""


@dataclass(frozen=True, slots=True)
class LeftRoom:
    room_id: RoomId
    timeline: tuple[RoomEvent, ...]
    state: tuple[RoomEvent, ...]


@dataclass(frozen=True, slots=True)
class SyncResponse:
    next_batch: str
    joined: tuple[JoinedRoom, ...] = ()
    invited: tuple[InvitedRoom, ...] = ()
    left: tuple[LeftRoom, ...] = ()
    account_data: tuple[dict[str, Any], ...] = ()
    problems: tuple[str, ...] = field(default=())
    presence: tuple[dict[str, Any], ...] = ()
    """Raw ``m.presence`` events (objects; their content is validated by the store)."""

    @property
    def event_count(self) -> int:
        return sum(len(r.timeline) + len(r.state) for r in self.joined)


def parse_sync(body: bytes | dict[str, Any]) -> SyncResponse:
    """Parse a ``/sync`` body. Raises :class:`BadResponse` only if the envelope is unusable."""
    data: Any
    if isinstance(body, dict):
        data = body
    else:
        try:
            data = lenient_json.loads(body)  # one unreadable value must not block every sync
        except orjson.JSONDecodeError as exc:
            raise BadResponse(f"sync response is not JSON: {exc}", status=200) from exc
    if not isinstance(data, dict) or not isinstance(data.get("next_batch"), str):
        raise BadResponse("sync response has no next_batch", status=200)
    problems: list[str] = []
    rooms = _obj(data.get("rooms"))
    joined = []
    for room_id, entry in _obj(rooms.get("join")).items():
        if not _valid_room_id(room_id) or not isinstance(entry, dict):
            problems.append(f"skipped joined room {room_id[:80]!r}")
            continue
        joined.append(_joined(RoomId(room_id), entry))
    invited = []
    for room_id, entry in _obj(rooms.get("invite")).items():
        if not _valid_room_id(room_id) or not isinstance(entry, dict):
            problems.append(f"skipped invite {room_id[:80]!r}")
            continue
        dicts = tuple(e for e in _events(_obj(entry.get("invite_state"))) if isinstance(e, dict))
        invited.append(InvitedRoom(RoomId(room_id), dicts))
    left = []
    for room_id, entry in _obj(rooms.get("leave")).items():
        if not _valid_room_id(room_id) or not isinstance(entry, dict):
            problems.append(f"skipped left room {room_id[:80]!r}")
            continue
        timeline = _obj(entry.get("timeline"))
        left.append(
            LeftRoom(
                RoomId(room_id),
                tuple(parse_event(e, room_id) for e in _events(timeline)),
                tuple(parse_event(e, room_id) for e in _events(_obj(entry.get("state")))),
            )
        )
    return SyncResponse(
        next_batch=data["next_batch"],
        joined=tuple(joined),
        invited=tuple(invited),
        left=tuple(left),
        account_data=tuple(e for e in _events(_obj(data.get("account_data"))) if isinstance(e, dict)),
        problems=tuple(problems),
        presence=tuple(e for e in _events(_obj(data.get("presence"))) if isinstance(e, dict)),
    )


def _joined(room_id: RoomId, entry: dict[str, Any]) -> JoinedRoom:
    timeline = _obj(entry.get("timeline"))
    summary = _obj(entry.get("summary"))
    heroes_raw = summary.get("m.heroes")
    heroes = (
        tuple(UserId(h) for h in heroes_raw if isinstance(h, str)) if isinstance(heroes_raw, list) else None
    )
    unread = _obj(entry.get("unread_notifications"))
    prev_batch = timeline.get("prev_batch")
    after = next((entry[key] for key in STATE_AFTER_KEYS if isinstance(entry.get(key), dict)), None)
    state = _obj(entry.get("state")) if after is None else after
    return JoinedRoom(
        room_id=room_id,
        state=tuple(parse_event(e, room_id) for e in _events(state)),
        state_after=after is not None,
        timeline=tuple(parse_event(e, room_id) for e in _events(timeline)),
        limited=timeline.get("limited") is True,
        prev_batch=prev_batch if isinstance(prev_batch, str) else None,
        summary=RoomSummaryHints(
            heroes=heroes,
            joined_count=_int(summary.get("m.joined_member_count")),
            invited_count=_int(summary.get("m.invited_member_count")),
        ),
        notification_count=_int(unread.get("notification_count")),
        highlight_count=_int(unread.get("highlight_count")),
        ephemeral=tuple(e for e in _events(_obj(entry.get("ephemeral"))) if isinstance(e, dict)),
        account_data=tuple(e for e in _events(_obj(entry.get("account_data"))) if isinstance(e, dict)),
    )


def _obj(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _events(container: dict[str, Any]) -> list[Any]:
    events = container.get("events")
    return events if isinstance(events, list) else []


def _int(value: object) -> int | None:
    """A count: a non-negative int of sane size, else unknown."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31:
        return value
    return None


def _valid_room_id(room_id: str) -> bool:
    return room_id.startswith("!") and 1 < len(room_id) <= 255
