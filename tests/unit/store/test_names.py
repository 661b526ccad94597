"""Room display names by the spec's rules (client-server API, "Calculating the display name for a room")."""

from __future__ import annotations

import sqlite3

from tests.support.sync_builder import ME, joined, member, message, state, sync
from tests.unit.store.conftest import ingest

ROOM = "!r:hs"


def name_of(conn: sqlite3.Connection, room: dict[str, object]) -> str:
    return ingest(conn, sync("s", {ROOM: room})).rooms[0].name


def test_explicit_name_wins(conn: sqlite3.Connection) -> None:
    assert (
        name_of(
            conn,
            joined(
                [],
                [
                    state("m.room.name", {"name": "  Team\n chat "}),
                    state("m.room.canonical_alias", {"alias": "#t:hs"}),
                ],
            ),
        )
        == "Team chat"
    )


def test_alias_when_there_is_no_name(conn: sqlite3.Connection) -> None:
    assert name_of(conn, joined([], [state("m.room.canonical_alias", {"alias": "#team:hs"})])) == "#team:hs"


def test_direct_chat_is_named_after_the_other_person(conn: sqlite3.Connection) -> None:
    room = joined(
        [message("hi")],
        [member(ME, "Me"), member("@bob:hs", "Bob")],
        heroes=["@bob:hs"],
        joined_count=2,
        invited_count=0,
    )
    assert name_of(conn, room) == "Bob"


def test_heroes_and_the_rest_are_counted(conn: sqlite3.Connection) -> None:
    members = [member(ME, "Me")] + [member(f"@u{i}:hs", f"User {i}") for i in range(3)]
    room = joined([], members, heroes=["@u0:hs", "@u1:hs", "@u2:hs"], joined_count=7, invited_count=1)
    assert name_of(conn, room) == "User 0, User 1, User 2 and 4 others"


def test_without_a_summary_members_are_used(conn: sqlite3.Connection) -> None:
    room = joined([], [member(ME, "Me"), member("@zed:hs", "Zed"), member("@amy:hs", "Amy")], prev_batch=None)
    assert name_of(conn, room) == "Amy and Zed"


def test_shared_display_names_are_told_apart(conn: sqlite3.Connection) -> None:
    room = joined(
        [],
        [member(ME), member("@a:hs", "Sam"), member("@b:hs", "Sam")],
        heroes=["@a:hs", "@b:hs"],
        joined_count=3,
        invited_count=0,
    )
    assert name_of(conn, room) == "Sam (@a:hs) and Sam (@b:hs)"


def test_room_everyone_left(conn: sqlite3.Connection) -> None:
    room = joined(
        [],
        [member(ME), member("@gone:hs", "Gone", membership="leave")],
        heroes=["@gone:hs"],
        joined_count=1,
        invited_count=0,
    )
    assert name_of(conn, room) == "Empty room (was Gone)"


def test_nobody_else(conn: sqlite3.Connection) -> None:
    assert name_of(conn, joined([], [member(ME)], heroes=[], joined_count=1, invited_count=0)) == "Empty room"


def test_a_name_that_is_not_a_string_is_ignored(conn: sqlite3.Connection) -> None:
    room = joined(
        [],
        [state("m.room.name", {"name": ["x"]}), member(ME), member("@bob:hs", "Bob")],
        heroes=["@bob:hs"],
        joined_count=2,
        invited_count=0,
    )
    assert name_of(conn, room) == "Bob"


def test_very_long_names_are_cut(conn: sqlite3.Connection) -> None:
    assert len(name_of(conn, joined([], [state("m.room.name", {"name": "x" * 10_000})]))) == 255
