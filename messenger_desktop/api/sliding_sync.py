"""Simplified sliding sync (MSC4186): the request, a typed view of the answer, and its translation
into the :class:`~messenger_desktop.api.sync.SyncResponse` the store already ingests.

Where ``/sync`` v2 sends every room at once, sliding sync sends a *window* of the room list,
sorted by activity, with the state each room needs (``required_state``) and its newest events
(``timeline_limit``). The client asks for the first screen, then grows the window until every room
is known, then long-polls with ``pos`` for what changes. Translating each answer into the v2 shape
keeps one ingest path for both: a room is *joined*, *invited* (it has ``invite_state``) or *left*
(the user's own member event says ``leave`` or ``ban``), and its state is the state at the end of
its timeline (as MSC4222's ``state_after``).

Parsing never raises on content: only a body that is not a JSON object with a string ``pos`` is a
:class:`BadResponse`; a room entry of the wrong shape is skipped and counted in ``problems``.
Extension data (account data, receipts, typing) for a room the answer does not list is kept as
such: only the store knows whether the user is in that room (:func:`to_sync_response` takes the
rooms it knows to be joined).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from . import lenient_json
from .errors import BadResponse
from .events import EventKind, RoomEvent, is_user_id, parse_event
from .ids import RoomId, UserId
from .sync import HeroProfile, InvitedRoom, JoinedRoom, LeftRoom, RoomSummaryHints, SyncResponse

FEATURE = "org.matrix.simplified_msc3575"
"""The ``unstable_features`` flag of ``/versions`` that says the server serves it."""

PATH = "/_matrix/client/unstable/org.matrix.simplified_msc3575/sync"

MAX_POS = 4096
"""A longer ``pos`` is no position (Synapse's are a few dozen characters): it is not stored or sent."""

LIST = "rooms"
"""The list of rooms with what a room needs (:data:`REQUIRED_STATE`, a timeline), sorted by
activity: the client widens its range until it covers every room."""

INDEX = "index"
"""A list of every room with only what finds it by name (:data:`INDEX_STATE`, no timeline), asked
for once after the first screen: then the filter finds any room while the rest streams in."""

FROM_NEWEST = ""
"""The ``prev_batch`` of a room seen without a timeline (an index row): its history is unknown, and
is fetched from its newest event (``/messages`` without ``from``)."""

UNKNOWN_POS = "M_UNKNOWN_POS"
"""The server forgot the connection (or never knew ``pos``): start again without it."""

REQUIRED_STATE: tuple[tuple[str, str], ...] = (
    # what a row of the conversation list is drawn from
    ("m.room.create", ""),
    ("m.room.name", ""),
    ("m.room.avatar", ""),
    ("m.room.canonical_alias", ""),
    ("m.room.topic", ""),
    ("m.room.tombstone", ""),
    ("m.room.member", "$ME"),
    ("m.space.child", "*"),
    ("m.space.parent", "*"),
    # what an opened conversation needs: who may do what, its settings, pins, emoji packs
    ("m.room.power_levels", ""),
    ("m.room.join_rules", ""),
    ("m.room.history_visibility", ""),
    ("m.room.guest_access", ""),
    ("m.room.encryption", ""),
    ("m.room.server_acl", ""),
    ("m.room.pinned_events", ""),
    ("im.ponies.room_emotes", "*"),
    ("org.messenger_desktop.channel", ""),
    # the members of the timeline's senders (and every membership change after that)
    ("m.room.member", "$LAZY"),
)
"""The same for every room and every request: a changed ``required_state`` or ``timeline_limit``
would make the server send rooms again."""

INDEX_STATE: tuple[tuple[str, str], ...] = (
    ("m.room.create", ""),
    ("m.room.name", ""),
    ("m.room.member", "$ME"),
)
"""A row's name and kind (a space or not), and the user's membership; heroes name the unnamed
rooms. The server's time grows with every state event asked for (Synapse 1.163, cold: about a
third more for the three of a row's picture, alias and tombstone), so those come with the room's
page."""

EXTENSIONS: dict[str, Any] = {
    "account_data": {"enabled": True},
    "receipts": {"enabled": True},
    "typing": {"enabled": True},
}
"""What the v2 path reads besides rooms. Not to-device or e2ee: nothing in the app reads them yet
(end-to-end encryption is not implemented), and an unread to-device queue costs the server nothing."""


def request_body(last_index: int, timeline_limit: int, *, index_to: int | None = None) -> dict[str, Any]:
    """The request for rooms ``0..last_index`` (inclusive, as MSC4186's ranges are) of
    :data:`LIST`; with ``index_to``, also rooms ``0..index_to`` of :data:`INDEX`. A room in both
    gets both lists' state and the longer timeline (the server merges them)."""
    lists: dict[str, Any] = {}
    if index_to is not None:
        # First: Synapse (1.163) merges a room's lists in request order and lets a merged room's
        # settings leak to the rooms after it in the same list; after the other list, every
        # index row would get the full settings, and the index would cost what the pages do.
        lists[INDEX] = {
            "ranges": [[0, max(0, index_to)]],
            "timeline_limit": 0,
            "required_state": [list(pair) for pair in INDEX_STATE],
        }
    lists[LIST] = {
        "ranges": [[0, max(0, last_index)]],
        "timeline_limit": timeline_limit,
        "required_state": [list(pair) for pair in REQUIRED_STATE],
    }
    return {"lists": lists, "extensions": EXTENSIONS}


@dataclass(frozen=True, slots=True)
class SlidingRoom:
    room_id: RoomId
    initial: bool
    """The server sends the room for the first time on this connection (or sends it all again)."""
    required_state: tuple[RoomEvent, ...]
    timeline: tuple[RoomEvent, ...]
    limited: bool
    prev_batch: str | None
    invite_state: tuple[dict[str, Any], ...] | None
    """Stripped state of an invitation (or a knock); None for other rooms."""
    heroes: tuple[HeroProfile, ...] | None
    joined_count: int | None
    invited_count: int | None
    notification_count: int | None
    highlight_count: int | None
    bump_stamp: int | None
    expanded: bool = False
    """``unstable_expanded_timeline``: older events sent again because the limit grew."""


@dataclass(frozen=True, slots=True)
class SlidingResponse:
    pos: str
    count: int | None
    """How many rooms the list has in all (None when the server did not say)."""
    order: tuple[RoomId, ...]
    """The list's rooms the answer placed, in the server's order (its ``SYNC`` operations)."""
    rooms: tuple[SlidingRoom, ...] = ()
    account_data: tuple[dict[str, Any], ...] = ()
    room_account_data: Mapping[RoomId, tuple[dict[str, Any], ...]] = field(default_factory=dict)
    receipts: Mapping[RoomId, dict[str, Any]] = field(default_factory=dict)
    typing: Mapping[RoomId, dict[str, Any]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    def extension_rooms(self) -> frozenset[RoomId]:
        """Rooms the extensions speak of that the answer does not list."""
        listed = {r.room_id for r in self.rooms}
        return frozenset((*self.room_account_data, *self.receipts, *self.typing)) - listed


def parse_sliding_sync(body: bytes | dict[str, Any]) -> SlidingResponse:
    """Parse an answer. Raises :class:`BadResponse` only if the envelope is unusable."""
    data: Any
    if isinstance(body, dict):
        data = body
    else:
        try:
            data = lenient_json.loads(body)
        except orjson.JSONDecodeError as exc:
            raise BadResponse(f"sliding sync response is not JSON: {exc}", status=200) from exc
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("pos"), str)
        or not 0 < len(data["pos"]) <= MAX_POS
    ):
        raise BadResponse("sliding sync response has no usable pos", status=200)
    problems: list[str] = []
    listed = _obj(_obj(data.get("lists")).get(LIST))
    order: list[RoomId] = []
    for op in _list(listed.get("ops")):
        if isinstance(op, dict) and op.get("op") == "SYNC":
            order.extend(RoomId(r) for r in _list(op.get("room_ids")) if _valid_room_id(r))
    rooms = []
    for room_id, entry in _obj(data.get("rooms")).items():
        if not _valid_room_id(room_id) or not isinstance(entry, dict):
            problems.append(f"skipped room {room_id[:80]!r}")
            continue
        rooms.append(_room(RoomId(room_id), entry))
    extensions = _obj(data.get("extensions"))
    account = _obj(extensions.get("account_data"))
    return SlidingResponse(
        pos=data["pos"],
        count=_int(listed.get("count")),
        order=tuple(dict.fromkeys(order)),
        rooms=tuple(rooms),
        account_data=tuple(e for e in _list(account.get("global")) if isinstance(e, dict)),
        room_account_data={
            RoomId(r): tuple(e for e in events if isinstance(e, dict))
            for r, events in _obj(account.get("rooms")).items()
            if _valid_room_id(r) and isinstance(events, list)
        },
        receipts=_ephemeral(extensions.get("receipts"), "m.receipt"),
        typing=_ephemeral(extensions.get("typing"), "m.typing"),
        problems=tuple(problems),
    )


def _room(room_id: RoomId, entry: dict[str, Any]) -> SlidingRoom:
    invite = entry.get("invite_state")
    heroes = entry.get("heroes")
    prev_batch = entry.get("prev_batch")
    return SlidingRoom(
        room_id=room_id,
        initial=entry.get("initial") is True,
        required_state=tuple(parse_event(e, room_id) for e in _list(entry.get("required_state"))),
        timeline=tuple(parse_event(e, room_id) for e in _list(entry.get("timeline"))),
        limited=entry.get("limited") is True,
        prev_batch=prev_batch if isinstance(prev_batch, str) and prev_batch else None,
        invite_state=tuple(e for e in invite if isinstance(e, dict)) if isinstance(invite, list) else None,
        heroes=tuple(h for h in map(_hero, heroes) if h is not None) if isinstance(heroes, list) else None,
        joined_count=_int(entry.get("joined_count")),
        invited_count=_int(entry.get("invited_count")),
        notification_count=_int(entry.get("notification_count")),
        highlight_count=_int(entry.get("highlight_count")),
        bump_stamp=_int(entry.get("bump_stamp")),
        expanded=entry.get("unstable_expanded_timeline") is True,
    )


def _hero(value: object) -> HeroProfile | None:
    if not isinstance(value, dict):
        return None
    user_id, name, avatar = value.get("user_id"), value.get("displayname"), value.get("avatar_url")
    if not isinstance(user_id, str) or not is_user_id(user_id):
        return None
    return HeroProfile(
        UserId(user_id),
        name if isinstance(name, str) and name.strip() else None,
        avatar if isinstance(avatar, str) and avatar else None,
    )


def _ephemeral(extension: object, event_type: str) -> dict[RoomId, dict[str, Any]]:
    """``{room: event}`` of the receipts or typing extension; only events of ``event_type``."""
    return {
        RoomId(room_id): event
        for room_id, event in _obj(_obj(extension).get("rooms")).items()
        if _valid_room_id(room_id) and isinstance(event, dict) and event.get("type") == event_type
    }


# -- translation into the v2 shape ------------------------------------------------------------------


def to_sync_response(
    response: SlidingResponse, own_user: UserId, joined: Collection[RoomId] = ()
) -> SyncResponse:
    """The answer as the v2 ingest takes it, ``pos`` standing for ``next_batch``.

    Notification counts are left unknown: Synapse sends zeros in their place (MSC4186 leaves
    them to the client), so the store counts them itself. ``joined``: rooms the store knows the
    user is in, which receive extension data the answer carries for rooms it does not list; that
    data for other rooms (an invitation's receipts, a left room's) is dropped."""
    joined_rooms: list[JoinedRoom] = []
    invited: list[InvitedRoom] = []
    left: list[LeftRoom] = []
    for room in response.rooms:
        if room.invite_state is not None:
            if _stripped_membership(room.invite_state, own_user) != "knock":  # v2 shows no knocks either
                invited.append(InvitedRoom(room.room_id, room.invite_state))
            continue
        membership = _own_membership(room, own_user)
        if membership in ("leave", "ban"):
            left.append(LeftRoom(room.room_id, room.timeline, room.required_state))
        elif membership not in ("invite", "knock"):  # an invite without invite_state: nothing to show
            joined_rooms.append(_joined(room, response))
    for room_id in sorted(response.extension_rooms()):
        if room_id in joined:
            joined_rooms.append(_joined(_bare(room_id), response))
    return SyncResponse(
        next_batch=response.pos,
        joined=tuple(joined_rooms),
        invited=tuple(invited),
        left=tuple(left),
        account_data=response.account_data,
        problems=response.problems,
    )


def _joined(room: SlidingRoom, response: SlidingResponse) -> JoinedRoom:
    ephemeral = tuple(
        event for event in (response.receipts.get(room.room_id), response.typing.get(room.room_id)) if event
    )
    heroes = room.heroes
    return JoinedRoom(
        room_id=room.room_id,
        state=room.required_state,
        state_after=True,  # required_state is the room's current state: the timeline's end
        timeline=room.timeline,
        limited=room.limited,
        prev_batch=FROM_NEWEST if room.prev_batch is None and not room.timeline else room.prev_batch,
        summary=RoomSummaryHints(
            heroes=tuple(h.user_id for h in heroes) if heroes else None,
            joined_count=room.joined_count,
            invited_count=room.invited_count,
        ),
        notification_count=None,
        highlight_count=None,
        ephemeral=ephemeral,
        account_data=response.room_account_data.get(room.room_id, ()),
        history=room.initial or room.expanded,
        hero_profiles=heroes or (),
    )


def _bare(room_id: RoomId) -> SlidingRoom:
    return SlidingRoom(room_id, False, (), (), False, None, None, None, None, None, None, None, None)


def _own_membership(room: SlidingRoom, own_user: UserId) -> str:
    """The user's membership by the newest own member event: the current state's, else the
    timeline's last; "" when the answer has none (an update of a room the user is in)."""
    for events in (room.required_state, tuple(reversed(room.timeline))):
        for event in events:
            if event.kind is EventKind.MEMBER and event.state_key == own_user:
                return event.membership
    return ""


def _stripped_membership(state: tuple[dict[str, Any], ...], own_user: UserId) -> str:
    for event in state:
        content = event.get("content")
        if event.get("type") == "m.room.member" and event.get("state_key") == own_user:
            membership = content.get("membership") if isinstance(content, dict) else None
            return membership if isinstance(membership, str) else ""
    return ""


def _obj(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _int(value: object) -> int | None:
    """A count: a non-negative int of sane size, else unknown."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31:
        return value
    return None


def _valid_room_id(room_id: object) -> bool:
    return isinstance(room_id, str) and room_id.startswith("!") and 1 < len(room_id) <= 255
