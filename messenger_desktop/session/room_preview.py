"""What a room behind an invite link looks like before the user joins it.

The server's room summary (``GET /v1/room_summary``) names, describes and counts a room the user
is not in, and says how one gets in: its join rule. That answer comes from the server, and over
federation from others, so it is parsed like the space hierarchy (every field checked and cut to
size). What the link's reader may do follows from the join rule and their own membership:
:func:`way_in`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..api.client import MatrixApi
from ..store.summaries import clean_text
from .spaces import SpaceRoom, space_room

WayIn = Literal["open", "join", "knock", "invited", "requested", "banned", "closed"]

JOIN_RULES = frozenset({"public", "knock", "invite", "restricted", "knock_restricted", "private"})
MEMBERSHIPS = frozenset({"join", "invite", "knock", "leave", "ban"})


@dataclass(frozen=True, slots=True)
class RoomPreview:
    room: SpaceRoom
    join_rule: str
    """One of :data:`JOIN_RULES`, or '' when the server did not say."""
    membership: str
    """The reader's own membership as the server knows it (one of :data:`MEMBERSHIPS`), or ''."""
    via: tuple[str, ...] = ()
    """Servers to join or knock through (from the link)."""


def room_preview(raw: dict[str, Any], via: tuple[str, ...] = ()) -> RoomPreview | None:
    """A room summary answer, or None without a usable room id."""
    room = space_room(raw)
    if room is None:
        return None
    rule = clean_text(raw.get("join_rule"))
    membership = clean_text(raw.get("membership"))
    return RoomPreview(
        room=room,
        join_rule=rule if rule in JOIN_RULES else "",
        membership=membership if membership in MEMBERSHIPS else "",
        via=via,
    )


def way_in(preview: RoomPreview) -> WayIn:
    """What the reader of the link can do: open a room they are in, accept an invitation, join,
    ask to join (knock), wait for an answer to a request, or nothing (banned; invite only).

    "restricted" rooms let in the members of certain spaces: the server decides, so Join is
    offered; "knock_restricted" ones let everyone else ask, so asking is offered there. With no
    join rule in the answer (an older server), Join is offered — the server refuses with a reason
    if it must."""
    membership, rule = preview.membership, preview.join_rule
    if membership == "join":
        return "open"
    if membership == "invite":
        return "invited"
    if membership == "ban":
        return "banned"
    if membership == "knock":
        return "requested"
    if rule in ("public", "restricted", ""):
        return "join"
    if rule in ("knock", "knock_restricted"):
        return "knock"
    return "closed"


async def preview_room(api: MatrixApi, room_id_or_alias: str, via: tuple[str, ...] = ()) -> RoomPreview:
    """The room behind a link, as the server describes it. Raises the server's error (a room
    nobody may see is ``M_NOT_FOUND``) and :class:`ValueError` for an answer without a room."""
    raw = await api.room_summary(room_id_or_alias, via)
    preview = room_preview(raw, via)
    if preview is None:
        raise ValueError("the server's room summary names no room")
    return preview


__all__ = ["JOIN_RULES", "RoomPreview", "WayIn", "preview_room", "room_preview", "way_in"]
