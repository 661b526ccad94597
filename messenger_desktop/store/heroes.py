"""The heroes simplified sliding sync names an unnamed room by, kept as members of the room.

A v2 ``/sync`` sends the heroes' member events, so the store names a room "Alice and Bob" from its
``members`` rows; sliding sync sends only each hero's id, name and picture. Those become member rows
too — but never over a row a real member event wrote, which always knows better.
"""

from __future__ import annotations

import sqlite3

from ..api.ids import UserId
from ..api.sync import JoinedRoom
from .summaries import clean_text


def remember_heroes(conn: sqlite3.Connection, room: JoinedRoom, own_user: UserId) -> None:
    """Member rows for the heroes of ``room`` that have none. Heroes are the room's joined or
    invited people, or — when only the user is left — people who left: the counts tell which."""
    joined, invited = room.summary.joined_count, room.summary.invited_count
    alone = joined is not None and invited is not None and joined + invited <= 1
    membership = "leave" if alone else "join"
    conn.executemany(
        "INSERT OR IGNORE INTO members (room_id, user_id, membership, displayname, avatar_url)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (room.room_id, hero.user_id, membership, clean_text(hero.displayname) or None, hero.avatar_url)
            for hero in room.hero_profiles
            if hero.user_id != own_user
        ],
    )
