"""Invite links to a room: the link others open to see the room and join it.

A room with an address gets ``https://matrix.to/#/#address:server`` — short, readable, and it
follows the room through upgrades. Without one, the link carries the room id and the servers to
join through (``via``), chosen as the spec recommends: servers that are in the room, the user's
own first and then those with the most members, at most three.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable

from ..api.ids import RoomId
from ..richtext import room_link
from .room_settings import read_settings

MAX_VIA = 3


def server_of(user_id: str) -> str:
    """The server part of a user id ('' when there is none)."""
    _, sep, server = user_id.partition(":")
    return server if sep else ""


def via_servers(member_ids: Iterable[str], own_server: str) -> tuple[str, ...]:
    """Up to :data:`MAX_VIA` servers to join through: the user's own, then the servers with the
    most joined members (ties by name, so the link is the same each time)."""
    counts = Counter(server for server in map(server_of, member_ids) if server)
    ranked = sorted(counts, key=lambda server: (-counts[server], server))
    servers = [own_server] if own_server else []
    servers += [server for server in ranked if server != own_server]
    return tuple(servers[:MAX_VIA])


def room_invite_link(conn: sqlite3.Connection, room_id: RoomId, own_server: str) -> str:
    """The invite link to ``room_id`` from what the cache knows of it."""
    alias = read_settings(conn, room_id).alias
    members = [
        user
        for (user,) in conn.execute(
            "SELECT user_id FROM members WHERE room_id = ? AND membership = 'join'", (room_id,)
        )
    ]
    return room_link(room_id, alias=alias, via=via_servers(members, own_server))


__all__ = ["MAX_VIA", "room_invite_link", "server_of", "via_servers"]
