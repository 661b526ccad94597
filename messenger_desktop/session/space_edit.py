"""Making and arranging spaces: a new space, rooms and sub-spaces added to or removed from one,
suggested rooms, and a room's own (canonical) space.

A space lists its rooms with ``m.space.child`` events in the space (state key = the room); a room
names its space with ``m.space.parent`` in the room (state key = the space). The child link is
what counts for browsing; the parent link is added when the user may change the room's state, and a
refused parent change is let go. Removing either link is sending it again with an empty content.
Nothing here fakes a result: the space's new state comes back through sync.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

import orjson

from ..api.client import MatrixApi
from ..api.errors import MatrixError
from ..api.ids import RoomId
from ..power import Refusal, can, channel_levels, may_act
from ..store.database import Database
from ..store.members import power_levels
from ..store.rows import RoomSummary

log = logging.getLogger(__name__)

ADMIN_LEVEL = 100
CHILD = "m.space.child"
PARENT = "m.space.parent"


def server_of(user_id: str) -> str:
    """The server part of a Matrix id ('' when it has none)."""
    return user_id.split(":", 1)[1] if ":" in user_id else ""


def space_levels(public: bool) -> dict[str, Any]:
    """A new space's power levels: only admins post, add rooms or change it; anyone in a public
    space may invite (there is nothing to hide), in a private one only admins."""
    return {
        "events_default": ADMIN_LEVEL,
        "state_default": ADMIN_LEVEL,
        "events": {CHILD: ADMIN_LEVEL, PARENT: ADMIN_LEVEL},
        "invite": 0 if public else ADMIN_LEVEL,
    }


def space_creation(name: str, topic: str, public: bool) -> dict[str, Any]:
    """``create_room`` arguments for a space (``public``: anyone can find and join it, and read it
    before joining)."""
    initial: tuple[dict[str, Any], ...] = ()
    if public:
        initial = (
            {
                "type": "m.room.history_visibility",
                "state_key": "",
                "content": {"history_visibility": "world_readable"},
            },
        )
    return {
        "name": name.strip(),
        "topic": topic.strip() or None,
        "preset": "public_chat" if public else "private_chat",
        "visibility": "public" if public else "private",
        "initial_state": initial,
        "extra": {
            "creation_content": {"type": "m.space"},
            "power_level_content_override": space_levels(public),
        },
    }


def child_content(
    via: Iterable[str], suggested: bool = False, old: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """An ``m.space.child`` content; keeps what ``old`` (the present one) says besides."""
    content = dict(old) if isinstance(old, Mapping) else {}
    old_via = content.get("via")
    servers = (
        [s for s in old_via if isinstance(s, str)] if isinstance(old_via, list) and old_via else list(via)
    )
    content["via"] = list(dict.fromkeys(servers))
    content["suggested"] = suggested
    return content


def parent_content(via: Iterable[str]) -> dict[str, Any]:
    return {"via": list(dict.fromkeys(via)), "canonical": True}


def add_candidates(rooms: Iterable[RoomSummary], space_id: str, children: Iterable[str]) -> list[RoomSummary]:
    """The joined conversations and spaces that could be added to ``space_id``: not already in
    it, not the space itself, not direct chats nor the note-to-self room (they are personal);
    spaces after conversations, each by name."""
    inside = set(children)
    found = [
        r
        for r in rooms
        if r.membership == "join"
        and r.room_id != space_id
        and r.room_id not in inside
        and not r.is_direct
        and not r.saved_messages
    ]
    return sorted(found, key=lambda r: (r.is_space, (r.name or r.room_id).casefold()))


def edit_refusal(conn: sqlite3.Connection, space_id: str, user_id: str) -> Refusal | None:
    """May ``user_id`` add and remove the rooms of ``space_id`` (send its ``m.space.child``)?
    Only in a space the user is in (the cache knows nothing sure about another)."""
    joined = conn.execute(
        "SELECT 1 FROM rooms WHERE room_id = ? AND membership = 'join'", (space_id,)
    ).fetchone()
    if joined is None:
        return Refusal.NO_RIGHT
    return may_act(power_levels(conn, space_id), user_id, f"state:{CHILD}")


def canonical_parent(conn: sqlite3.Connection, room_id: str) -> str:
    """The space ``room_id`` names as its canonical parent ('' for none): a ``m.space.parent``
    with servers and ``canonical``, else the only linked parent."""
    linked: list[str] = []
    for state_key, text in conn.execute(
        "SELECT state_key, content FROM state WHERE room_id = ? AND type = ? ORDER BY state_key",
        (room_id, PARENT),
    ):
        content = orjson.loads(text)
        if not isinstance(content, dict) or not isinstance(content.get("via"), list) or not content["via"]:
            continue
        if content.get("canonical") is True:
            return str(state_key)
        linked.append(str(state_key))
    return linked[0] if len(linked) == 1 else ""


def may_send(conn: sqlite3.Connection, room_id: str, user_id: str, event_type: str) -> bool:
    """Could ``user_id`` send the state event ``event_type`` in ``room_id``, by the cache?"""
    return can(power_levels(conn, room_id), user_id, f"state:{event_type}")


def announcements_creation(space: RoomId, name: str, via: Iterable[str], public: bool) -> dict[str, Any]:
    """``create_room`` arguments for a space's announcements channel: its admins post, and the
    space's members (anyone, in a public space) read and join it without an invitation."""
    join: dict[str, Any] = (
        {"join_rule": "public"}
        if public
        else {"join_rule": "restricted", "allow": [{"type": "m.room_membership", "room_id": space}]}
    )
    return {
        "name": name.strip(),
        "preset": "public_chat" if public else "private_chat",
        "initial_state": (
            {"type": "m.room.join_rules", "state_key": "", "content": join},
            {"type": PARENT, "state_key": space, "content": parent_content(via)},
        ),
        "extra": {"power_level_content_override": channel_levels()},
    }


async def create_space(
    api: MatrixApi, name: str, topic: str, public: bool, announcements: str = "", user_id: str = ""
) -> RoomId:
    """A new space; with ``announcements`` (the channel's name), an announcements channel in it,
    suggested so that everyone who joins the space sees it first."""
    space = await api.create_room(**space_creation(name, topic, public))
    if announcements.strip():
        via = (server_of(user_id),)
        channel = await api.create_room(**announcements_creation(space, announcements, via, public))
        await api.send_state(space, CHILD, channel, child_content(via, suggested=True))
    return space


async def _parent_link(
    api: MatrixApi, db: Database, user_id: str, child: RoomId, space: RoomId, content: dict[str, Any]
) -> None:
    """Set or clear the child's ``m.space.parent`` when the user's role allows it; a refusal is
    let go (the space's own link is what counts)."""
    if not await db.run(may_send, child, user_id, PARENT):
        return
    try:
        await api.send_state(child, PARENT, space, content)
    except MatrixError as exc:
        log.info("the space parent of %s was not changed: %s", child, exc)


async def add_child(
    api: MatrixApi, db: Database, user_id: str, space: RoomId, child: RoomId, suggested: bool = False
) -> None:
    via = (server_of(user_id),)
    await api.send_state(space, CHILD, child, child_content(via, suggested))
    await _parent_link(api, db, user_id, child, space, parent_content(via))


async def remove_child(api: MatrixApi, db: Database, user_id: str, space: RoomId, child: RoomId) -> None:
    await api.send_state(space, CHILD, child, {})
    await _parent_link(api, db, user_id, child, space, {})


async def set_suggested(api: MatrixApi, user_id: str, space: RoomId, child: RoomId, suggested: bool) -> None:
    """Send the child's link again with ``suggested`` changed (its servers and order kept)."""
    try:
        old: dict[str, Any] | None = await api.state_event(space, CHILD, child)
    except MatrixError as exc:
        if exc.status != 404:
            raise
        old = None
    await api.send_state(space, CHILD, child, child_content((server_of(user_id),), suggested, old))


async def set_parent(api: MatrixApi, db: Database, user_id: str, room: RoomId, space: RoomId | None) -> None:
    """Make ``space`` the room's canonical space (None: no space). Clears the room's other
    canonical parents, and adds (or removes) the room to (from) the space when the user may."""
    old = RoomId(await db.run(canonical_parent, room))
    via = (server_of(user_id),)
    if space:
        await api.send_state(room, PARENT, space, parent_content(via))
    if old and old != space:
        await api.send_state(room, PARENT, old, {})
        if await db.run(may_send, old, user_id, CHILD):
            try:
                await api.send_state(old, CHILD, room, {})
            except MatrixError as exc:
                log.info("%s was not taken out of %s: %s", room, old, exc)
    if space is not None and await db.run(may_send, space, user_id, CHILD):
        try:
            await api.send_state(space, CHILD, room, child_content(via))
        except MatrixError as exc:
            log.info("%s was not added to %s: %s", room, space, exc)
