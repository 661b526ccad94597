"""A space's rooms as the server knows them (``GET /hierarchy``), for browsing and joining.

The cache only holds the spaces and rooms the user is in; the hierarchy also names the rooms they
are not in yet. Its answer comes from the server (and, over federation, from other servers), so
every field is checked and cut to size, and paging stops after a bounded number of pages even if
the server keeps handing out tokens.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..api.client import MatrixApi
from ..api.ids import RoomId
from ..store.database import Database
from ..store.organise import valid_room_id
from ..store.summaries import clean_text

PAGE_SIZE = 50
MAX_PAGES = 20
MAX_ROOMS = 1000


@dataclass(frozen=True, slots=True)
class SpaceRoom:
    room_id: RoomId
    name: str
    """The room's name, or '' when it has none (the UI names it from the alias or the id)."""
    topic: str
    canonical_alias: str
    num_joined_members: int
    room_type: str
    """'' for a conversation, "m.space" for a space inside the space."""
    joined: bool
    """The user is in the room (by the cache)."""
    avatar_url: str = ""
    """An ``mxc://`` URI, or ''."""
    via: tuple[str, ...] = ()
    """Servers to join it through, as the space names them (its ``m.space.child`` event)."""
    suggested: bool = False
    """The space's admins suggest it to the space's members (``suggested`` in its child event)."""


async def space_hierarchy(api: MatrixApi, db: Database, space_id: RoomId) -> list[SpaceRoom]:
    """The rooms of ``space_id`` one level down (sub-spaces included, not their rooms), in the
    server's order, without the space itself and without repeats."""
    found: dict[RoomId, SpaceRoom] = {}
    via: dict[str, tuple[str, ...]] = {}
    suggested: set[str] = set()
    token: str | None = None
    seen_tokens: set[str] = set()
    for _ in range(MAX_PAGES):
        page = await api.hierarchy(space_id, from_=token, limit=PAGE_SIZE, max_depth=1)
        for raw in page.rooms:
            if raw.get("room_id") == space_id:
                via.update(children_via(raw.get("children_state")))
                suggested.update(children_suggested(raw.get("children_state")))
            room = space_room(raw)
            if room is not None and room.room_id != space_id and len(found) < MAX_ROOMS:
                found.setdefault(room.room_id, room)
        token = page.next_batch
        if token is None or token in seen_tokens or len(found) >= MAX_ROOMS:
            break
        seen_tokens.add(token)
    joined = await db.run(joined_among, list(found))
    rooms = [
        dataclasses.replace(
            room,
            joined=room.room_id in joined,
            via=via.get(room.room_id, ()),
            suggested=room.room_id in suggested,
        )
        for room in found.values()
    ]
    return sorted(rooms, key=lambda room: not room.suggested)  # suggested first, else the server's order


MAX_VIA = 10
SERVER_NAME = re.compile(r"[A-Za-z0-9.\-]+(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?")


def children_via(children_state: object) -> dict[str, tuple[str, ...]]:
    """child room id → the servers its ``m.space.child`` event names (at most :data:`MAX_VIA`
    plausible server names), from a space's ``children_state``."""
    found: dict[str, tuple[str, ...]] = {}
    for event in children_state if isinstance(children_state, list) else ():
        if not isinstance(event, dict) or event.get("type") != "m.space.child":
            continue
        child, content = event.get("state_key"), event.get("content")
        servers = content.get("via") if isinstance(content, dict) else None
        if not isinstance(child, str) or not isinstance(servers, list):
            continue
        names = [v for v in servers if isinstance(v, str) and len(v) <= 255 and SERVER_NAME.fullmatch(v)]
        found[child] = tuple(dict.fromkeys(names))[:MAX_VIA]
    return found


def children_suggested(children_state: object) -> set[str]:
    """The child rooms a space's ``children_state`` marks ``suggested`` (exactly ``true``)."""
    return {
        event["state_key"]
        for event in (children_state if isinstance(children_state, list) else ())
        if isinstance(event, dict)
        and event.get("type") == "m.space.child"
        and isinstance(event.get("state_key"), str)
        and isinstance(event.get("content"), dict)
        and event["content"].get("suggested") is True
    }


def space_room(raw: dict[str, Any]) -> SpaceRoom | None:
    """One room of a hierarchy answer, or None without a usable room id."""
    room_id = raw.get("room_id")
    if not isinstance(room_id, str) or not valid_room_id(room_id):
        return None
    alias = clean_text(raw.get("canonical_alias"))
    members = raw.get("num_joined_members")
    avatar = clean_text(raw.get("avatar_url"))
    return SpaceRoom(
        room_id=RoomId(room_id),
        name=clean_text(raw.get("name")),
        topic=clean_text(raw.get("topic"), 1000),
        canonical_alias=alias if alias.startswith("#") and ":" in alias else "",
        num_joined_members=members
        if isinstance(members, int) and not isinstance(members, bool) and 0 <= members < 2**31
        else 0,
        room_type=clean_text(raw.get("room_type")),
        joined=False,
        avatar_url=avatar if avatar.startswith("mxc://") else "",
    )


def joined_among(conn: sqlite3.Connection, room_ids: Sequence[str]) -> set[str]:
    """Which of ``room_ids`` the user is in, by the cache (asked 500 at a time)."""
    joined: set[str] = set()
    for start in range(0, len(room_ids), 500):
        part = room_ids[start : start + 500]
        marks = ",".join("?" * len(part))
        joined.update(
            r[0]
            for r in conn.execute(
                f"SELECT room_id FROM rooms WHERE membership = 'join' AND room_id IN ({marks})", part
            )
        )
    return joined
