"""The people the quick switcher offers, and the direct chat each one already has."""

from __future__ import annotations

import sqlite3

from messenger_desktop.api import RoomId, UserId
from messenger_desktop.store.people import known_people
from tests.support.sync_builder import ME, joined, member, message, state, sync
from tests.unit.store.conftest import ingest

CHAT = RoomId("!chat:hs")
GROUP = RoomId("!group:hs")
NAMED = RoomId("!named:hs")


def _direct_rooms(conn: sqlite3.Connection) -> dict[str, RoomId | None]:
    return {p.user_id: p.direct_room for p in known_people(conn, UserId(ME))}


def test_an_unnamed_room_of_two_is_the_direct_chat_even_without_m_direct(conn: sqlite3.Connection) -> None:
    ingest(
        conn,
        sync(
            "s1",
            {
                CHAT: joined([member(ME), member("@bob:hs", "Bob"), message("hi")], joined_count=2),
                GROUP: joined(
                    [member(ME), member("@bob:hs"), member("@carol:hs", "Carol"), message("all")],
                    joined_count=3,
                ),
                NAMED: joined(
                    [member(ME), member("@dave:hs", "Dave"), state("m.room.name", {"name": "Planning"})],
                    joined_count=2,
                ),
            },
        ),
    )
    # Bob has his chat; Carol shares only a group; a named room of two is a group, as in the list
    assert _direct_rooms(conn) == {"@bob:hs": CHAT, "@carol:hs": None, "@dave:hs": None}
