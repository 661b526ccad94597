"""Changing a room's state: pinned messages, topic, the user's name in one room.

Each reads the current content from the cache (falling back to the server when the cache has
none), changes one thing and writes the whole content back with ``PUT /state``; sync then brings
the new state event like any other. Errors are the api layer's typed errors.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

import orjson

from ..api.client import MatrixApi
from ..api.errors import MatrixError
from ..api.ids import EventId, RoomId, UserId
from ..store.database import Database

log = logging.getLogger(__name__)

PINNED = "m.room.pinned_events"

_NOT_RESENT = ("join_authorised_via_users_server", "reason")
"""Keys of a member event that belong to the join (or its reason), not to a name change."""


def state_content(conn: sqlite3.Connection, room_id: RoomId, event_type: str, state_key: str = "") -> Any:
    row = conn.execute(
        "SELECT content FROM state WHERE room_id = ? AND type = ? AND state_key = ?",
        (room_id, event_type, state_key),
    ).fetchone()
    return None if row is None else orjson.loads(row[0])


async def current_state(
    api: MatrixApi, db: Database, room_id: RoomId, event_type: str, state_key: str = ""
) -> dict[str, Any] | None:
    """The content of a state event: the cache's, else the server's, else ``None`` (no such event)."""
    content = await db.run(state_content, room_id, event_type, state_key)
    if isinstance(content, dict):
        return content
    try:
        return await api.state_event(room_id, event_type, state_key)
    except MatrixError as exc:
        if exc.status == 404 or exc.errcode == "M_NOT_FOUND":
            return None
        raise


def pinned_ids(content: dict[str, Any] | None) -> list[EventId]:
    pinned = content.get("pinned") if content else None
    if not isinstance(pinned, list):
        return []
    return [EventId(e) for e in dict.fromkeys(pinned) if isinstance(e, str) and e.startswith("$")]


async def set_pinned(
    api: MatrixApi, db: Database, room_id: RoomId, event_id: EventId, pinned: bool
) -> list[EventId]:
    """Pin (at the end of the list) or unpin ``event_id``; return the list now written.
    Nothing is sent when the event already is (or is not) pinned."""
    content = await current_state(api, db, room_id, PINNED)
    ids = pinned_ids(content)
    if (event_id in ids) == pinned:
        return ids
    ids = [*ids, event_id] if pinned else [e for e in ids if e != event_id]
    await api.send_state(room_id, PINNED, "", {**(content or {}), "pinned": ids})
    return ids


def topic_content(topic: str) -> dict[str, Any]:
    """``m.room.topic`` with the plain ``topic`` and the ``m.topic`` text block (spec v1.15)."""
    return {"topic": topic, "m.topic": {"m.text": [{"mimetype": "text/plain", "body": topic}]}}


async def set_topic(api: MatrixApi, room_id: RoomId, topic: str) -> EventId:
    return await api.send_state(room_id, "m.room.topic", "", topic_content(topic.strip()))


async def set_room_nick(api: MatrixApi, db: Database, user_id: UserId, room_id: RoomId, name: str) -> EventId:
    """The user's display name in this room only: their member event again, with ``displayname``
    changed (avatar and membership kept). An empty ``name`` goes back to the profile's name."""
    current = await current_state(api, db, room_id, "m.room.member", user_id) or {}
    content = {k: v for k, v in current.items() if k not in _NOT_RESENT}
    content["membership"] = "join"
    name = name.strip()
    if not name:
        try:
            profile = await api.get_profile(user_id)
        except MatrixError as exc:
            log.info("profile of %s not available: %s", user_id, exc)
            profile = {}
        global_name = profile.get("displayname")
        name = global_name if isinstance(global_name, str) else ""
    if name:
        content["displayname"] = name
    else:
        content.pop("displayname", None)
    return await api.send_state(room_id, "m.room.member", user_id, content)
