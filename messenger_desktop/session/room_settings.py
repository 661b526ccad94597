"""A room's settings: name, topic, who may join, who may read the history, guests, addresses and
the server's directory.

Read from the cached state; each change is one state event (or directory request) sent as the
spec defines, and the cache follows when sync brings the server's echo.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

import orjson

from ..api.client import MatrixApi
from ..api.errors import MatrixError
from ..api.ids import EventId, RoomId
from ..store.summaries import clean_text
from .errors import UserFacingError
from .room_state import current_state

JOIN_RULES = ("invite", "public", "knock", "restricted")
"""Who may join: those invited, anyone, anyone who asks and is let in, members of a space."""
HISTORY = ("shared", "invited", "joined", "world_readable")
"""Who reads the history: every member (all of it), members from their invitation or their joining
on, or anyone, members or not."""

_ALIAS_LOCAL_MAX = 200


class BadAlias(UserFacingError):
    def __init__(self, alias: str) -> None:
        super().__init__(
            f"“{alias}” cannot be an address: use letters, digits, dots or dashes, without spaces."
        )


@dataclass(frozen=True, slots=True)
class RoomSettings:
    name: str = ""
    topic: str = ""
    avatar_url: str = ""
    join_rule: str = "invite"
    spaces: tuple[RoomId, ...] = ()
    """For "restricted": the spaces whose members may join."""
    history: str = "shared"
    guests: bool = False
    alias: str = ""
    """The main address (``#name:server``), "" for none."""
    alt_aliases: tuple[str, ...] = field(default=())


def _state(conn: sqlite3.Connection, room_id: RoomId) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for etype, text in conn.execute(
        "SELECT type, content FROM state WHERE room_id = ? AND state_key = '' AND type IN"
        " ('m.room.name', 'm.room.topic', 'm.room.avatar', 'm.room.join_rules',"
        " 'm.room.history_visibility', 'm.room.guest_access', 'm.room.canonical_alias')",
        (room_id,),
    ):
        content = orjson.loads(text)
        found[etype] = content if isinstance(content, dict) else {}
    return found


def _text(content: dict[str, Any] | None, key: str) -> str:
    value = (content or {}).get(key)
    return clean_text(value) if isinstance(value, str) else ""


def read_settings(conn: sqlite3.Connection, room_id: RoomId) -> RoomSettings:
    """The room's settings as the cache has them (the spec's defaults where an event is missing)."""
    state = _state(conn, room_id)
    rules = state.get("m.room.join_rules", {})
    rule = rules.get("join_rule")
    rule = "restricted" if rule == "knock_restricted" else rule
    allow = rules.get("allow")
    spaces = tuple(
        RoomId(a["room_id"])
        for a in (allow if isinstance(allow, list) else [])
        if isinstance(a, dict) and a.get("type") == "m.room_membership" and isinstance(a.get("room_id"), str)
    )
    history = state.get("m.room.history_visibility", {}).get("history_visibility")
    aliases = state.get("m.room.canonical_alias", {})
    alt = aliases.get("alt_aliases")
    return RoomSettings(
        name=_text(state.get("m.room.name"), "name"),
        topic=_text(state.get("m.room.topic"), "topic"),
        avatar_url=_text(state.get("m.room.avatar"), "url"),
        join_rule=rule if rule in JOIN_RULES else "invite",
        spaces=spaces,
        history=history if history in HISTORY else "shared",
        guests=state.get("m.room.guest_access", {}).get("guest_access") == "can_join",
        alias=_text(aliases, "alias"),
        alt_aliases=tuple(a for a in (alt if isinstance(alt, list) else []) if isinstance(a, str)),
    )


async def set_name(api: MatrixApi, room_id: RoomId, name: str) -> EventId:
    return await api.send_state(room_id, "m.room.name", "", {"name": " ".join(name.split())})


async def set_join_rule(
    api: MatrixApi, room_id: RoomId, rule: str, spaces: tuple[RoomId, ...] = ()
) -> EventId:
    """``rule`` of :data:`JOIN_RULES`; "restricted" lets members of ``spaces`` in."""
    if rule not in JOIN_RULES:
        raise ValueError(f"not a join rule: {rule}")
    content: dict[str, Any] = {"join_rule": rule}
    if rule == "restricted":
        content["allow"] = [{"type": "m.room_membership", "room_id": space} for space in spaces]
    return await api.send_state(room_id, "m.room.join_rules", "", content)


async def set_history(api: MatrixApi, room_id: RoomId, history: str) -> EventId:
    if history not in HISTORY:
        raise ValueError(f"not a history visibility: {history}")
    return await api.send_state(room_id, "m.room.history_visibility", "", {"history_visibility": history})


async def set_guests(api: MatrixApi, room_id: RoomId, allowed: bool) -> EventId:
    content = {"guest_access": "can_join" if allowed else "forbidden"}
    return await api.send_state(room_id, "m.room.guest_access", "", content)


def full_alias(name: str, server: str) -> str:
    """``#name:server`` from what the user typed ("climbing", "#climbing" or a whole address);
    "" when it cannot be one."""
    name = name.strip()
    if name.startswith("#") and ":" in name:
        local, _, server = name[1:].partition(":")
    else:
        local = name.lstrip("#")
    if not local or len(local) > _ALIAS_LOCAL_MAX or any(c.isspace() or c in ":#" for c in local):
        return ""
    return f"#{local}:{server}"


async def add_alias(api: MatrixApi, db: Any, room_id: RoomId, alias: str) -> EventId:
    """Make ``alias`` lead to the room, and name it the room's main address (the old main one
    stays as another address)."""
    try:
        await api.create_alias(alias, room_id)
    except MatrixError as exc:
        if exc.errcode != "M_ROOM_IN_USE":
            raise
        # ours already? then only the canonical alias is missing; anyone else's: refused
        if await api.resolve_alias(alias) != room_id:
            raise
    content = dict(await current_state(api, db, room_id, "m.room.canonical_alias") or {})
    old = content.get("alias")
    alt = [a for a in content.get("alt_aliases", []) if isinstance(a, str) and a != alias]
    if isinstance(old, str) and old and old != alias and old not in alt:
        alt.append(old)
    content["alias"] = alias
    if alt:
        content["alt_aliases"] = alt
    return await api.send_state(room_id, "m.room.canonical_alias", "", content)
