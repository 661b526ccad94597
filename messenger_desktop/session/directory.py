"""The public room directory (``POST /publicRooms``) and joining a room by its address.

The directory is the server's list of rooms anyone may find — the user's own server's, or
another's (which the user's server asks over federation). Every room in it comes from the server,
and through it from whoever published the room, so each field is checked and cut to size like
the space hierarchy's (:func:`~messenger_desktop.session.spaces.space_room`), and a page's length
is bounded whatever the server sends.

An address the user types (``#alias:server``, ``!roomid``, a matrix.to link or a ``matrix:`` URI)
is looked up through the room summary, which also names rooms nobody published; a room the
summary will not describe (invite only) is still found by resolving its alias, so the user can
try — and be told why not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from ..api.client import MatrixApi
from ..api.errors import MatrixError
from ..api.ids import RoomId
from ..richtext.links import is_room_alias, is_room_id, is_server_name, parse_matrix_link
from ..store.database import Database
from ..store.summaries import clean_text
from .spaces import SpaceRoom, joined_among, space_room

PAGE_SIZE = 30
JOIN_RULES = frozenset({"public", "knock", "invite", "restricted", "knock_restricted", "private"})
MEMBERSHIPS = frozenset({"join", "invite", "knock", "leave", "ban"})
MAX_SEARCH = 200
"""The longest search term sent to the server (a pasted essay is not a search)."""

Refusal = Literal["not_found", "banned", "invite_only", ""]


@dataclass(frozen=True, slots=True)
class PublicRoom:
    room: SpaceRoom
    """Name, topic, address, members, avatar and whether the user is in it (by the cache)."""
    join_rule: str
    """One of :data:`JOIN_RULES`, or '' when the server did not say."""
    membership: str = ""
    """The user's membership as the server knows it (an address's summary says), or ''."""

    @property
    def may_knock(self) -> bool:
        """The room lets people ask to join (and not simply join)."""
        return self.join_rule in ("knock", "knock_restricted")


@dataclass(frozen=True, slots=True)
class DirectoryPage:
    rooms: tuple[PublicRoom, ...]
    next_batch: str | None
    """The token for the next page; ``None`` at the end."""
    total: int | None
    """The server's estimate of how many rooms the directory (or the search) holds."""


@dataclass(frozen=True, slots=True)
class Address:
    """A room the user named: ``id`` is an alias (``#name:server``) or a room id (``!…``)."""

    id: str
    via: tuple[str, ...] = ()
    """Servers to join through (a link's ``via``)."""

    @property
    def is_alias(self) -> bool:
        return self.id.startswith("#")


def public_room(raw: dict[str, Any]) -> PublicRoom | None:
    """One room of a directory page or a room summary, or None without a usable room id."""
    room = space_room(raw)
    if room is None:
        return None
    rule = clean_text(raw.get("join_rule"))
    membership = clean_text(raw.get("membership"))
    return PublicRoom(
        room=room,
        join_rule=rule if rule in JOIN_RULES else "",
        membership=membership if membership in MEMBERSHIPS else "",
    )


def parse_address(text: str) -> Address | None:
    """The room ``text`` names, when it is one whole address or link; None for a search term."""
    text = text.strip()
    if not text or len(text) > 8192:
        return None
    if text.startswith("#"):
        return Address(text) if is_room_alias(text) else None
    if text.startswith("!"):
        return Address(text) if is_room_id(text) else None
    target = parse_matrix_link(text)
    if target is None or target.kind == "user":
        return None
    return Address(target.id, target.via)  # a link to a message names the room holding it


def server_name(text: str) -> str | None:
    """The server the directory field names ("" for the user's own), or None when it is not a
    server name. A pasted address of the server's web site ("https://matrix.org/") is accepted."""
    text = text.strip()
    for scheme in ("https://", "http://"):
        if text.lower().startswith(scheme):
            text = text[len(scheme) :]
    text = text.rstrip("/").lower()
    if not text:
        return ""
    return text if is_server_name(text) else None


def search_term(text: str) -> str:
    """What is sent as the search: one line, trimmed, at most :data:`MAX_SEARCH` characters."""
    return clean_text(text, MAX_SEARCH)


def join_target(room: PublicRoom, server: str = "") -> tuple[str, tuple[str, ...]]:
    """What to join a listed room by, and through which servers: its address when it has one
    (the address's server resolves it), else its id through the server whose directory listed
    it and the server in the id (likely still in the room)."""
    if room.room.canonical_alias:
        return room.room.canonical_alias, ()
    room_id = room.room.room_id
    servers = [s for s in (server, room_id.split(":", 1)[1] if ":" in room_id else "") if s]
    return room_id, tuple(dict.fromkeys(s for s in servers if is_server_name(s)))


def refusal(error: MatrixError, join_rule: str = "") -> Refusal:
    """Why the server refused a join, as far as its answer says: the room is unknown, the user is
    banned, or it lets in only people invited (or '' for anything else). Servers word the
    reasons differently; Synapse says "You are banned from this room" (or, with ``M_BAD_STATE``,
    "Cannot join user who was banned") and "You are not invited to this room."."""
    message = error.error.casefold()
    if error.status == 404 or error.errcode == "M_NOT_FOUND":
        return "not_found"
    if error.status == 403 and "banned" in message:
        return "banned"
    if error.errcode != "M_FORBIDDEN":
        return ""
    if "invite" in message or join_rule in ("invite", "private"):
        return "invite_only"
    return ""


async def public_rooms(
    api: MatrixApi,
    db: Database,
    *,
    server: str = "",
    search: str = "",
    since: str | None = None,
    limit: int = PAGE_SIZE,
) -> DirectoryPage:
    """One page of ``server``'s directory (the user's own when ''), searched for ``search``:
    at most ``limit`` valid rooms, without repeats, each marked joined when the cache says so."""
    page = await api.public_rooms(server=server or None, search=search_term(search), since=since, limit=limit)
    found: dict[str, PublicRoom] = {}
    for raw in page.rooms:
        room = public_room(raw)
        if room is not None and len(found) < limit:
            found.setdefault(room.room.room_id, room)
    joined = await db.run(joined_among, list(found))
    rooms = tuple(_joined(room, room.room.room_id in joined) for room in found.values())
    return DirectoryPage(rooms, page.next_batch, page.total)


async def look_up(api: MatrixApi, db: Database, address: Address) -> PublicRoom:
    """The room at ``address``, as the server's room summary describes it. A room the summary
    keeps to itself (an invite-only one) is still found through its alias, with nothing but its
    id; an alias nobody holds raises the server's ``M_NOT_FOUND``."""
    room: PublicRoom | None = None
    try:
        raw = await api.room_summary(address.id, address.via)
        room = public_room(raw)
    except MatrixError as exc:
        if exc.status not in (403, 404) and exc.errcode not in (
            "M_NOT_FOUND",
            "M_FORBIDDEN",
            "M_UNRECOGNIZED",
        ):
            raise
    if room is None:
        room_id = await api.resolve_alias(address.id) if address.is_alias else RoomId(address.id)
        bare = space_room({"room_id": room_id})
        if bare is None:
            raise MatrixError(404, "M_NOT_FOUND", "the server named no room")
        room = PublicRoom(bare, "")
    if address.is_alias and not room.room.canonical_alias:
        room = replace(room, room=replace(room.room, canonical_alias=address.id))
    joined = await db.run(joined_among, [room.room.room_id])
    return _joined(room, room.room.room_id in joined or room.membership == "join")


def _joined(room: PublicRoom, joined: bool) -> PublicRoom:
    return replace(room, room=replace(room.room, joined=joined)) if joined != room.room.joined else room


__all__ = [
    "PAGE_SIZE",
    "Address",
    "DirectoryPage",
    "PublicRoom",
    "join_target",
    "look_up",
    "parse_address",
    "public_room",
    "public_rooms",
    "refusal",
    "server_name",
]
