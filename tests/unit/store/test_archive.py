"""The archive in the cache: when the user left a room, and forgetting one (every row of it goes,
and only for a room the user is out of)."""

from __future__ import annotations

import sqlite3

from messenger_desktop.api import RoomId
from messenger_desktop.store.drafts import Draft, save_draft
from messenger_desktop.store.summaries import FORGOTTEN_TABLES, forget_archived, load_archived, load_summary
from tests.support.sync_builder import ME, joined, member, message, sync
from tests.unit.store.conftest import ingest

A = RoomId("!a:hs")
B = RoomId("!b:hs")


def _rows_of(conn: sqlite3.Connection, room: str) -> dict[str, int]:
    return {
        t: conn.execute(f"SELECT COUNT(*) FROM {t} WHERE room_id = ?", (room,)).fetchone()[0]
        for t in FORGOTTEN_TABLES
    }


def test_the_time_of_leaving_is_the_rooms_last_activity(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {A: joined([member(ME), message("hi", ts=5_000)])}))
    ingest(conn, sync("s2", leave={A: {"timeline": {"events": [member(ME, membership="leave", ts=90_000)]}}}))
    [archived] = load_archived(conn)
    assert (archived.room_id, archived.last_ts, archived.last_body) == (A, 90_000, "hi")


def test_an_older_leave_does_not_move_the_time_back(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {A: joined([message("hi", ts=5_000)])}))
    ingest(conn, sync("s2", leave={A: {"timeline": {"events": [member(ME, membership="leave", ts=10)]}}}))
    assert load_archived(conn)[0].last_ts == 5_000


def test_forgetting_removes_every_row_of_a_left_room_and_nothing_else(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {A: joined([member(ME), message("a")]), B: joined([member(ME), message("b")])}))
    save_draft(conn, Draft(room_id=A, text="unsent"))
    ingest(conn, sync("s2", leave={A: {"timeline": {"events": [member(ME, membership="leave")]}}}))
    assert _rows_of(conn, A)["events"] > 0

    assert forget_archived(conn, A) is True
    assert set(_rows_of(conn, A).values()) == {0}
    assert load_summary(conn, A) is None
    assert load_archived(conn) == []
    assert _rows_of(conn, B)["events"] > 0 and load_summary(conn, B) is not None
    assert forget_archived(conn, A) is False  # already gone


def test_a_joined_room_is_never_forgotten(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {A: joined([member(ME), message("a")])}))
    assert forget_archived(conn, A) is False
    assert load_summary(conn, A) is not None
    assert _rows_of(conn, A)["events"] > 0


def test_every_table_that_keeps_rows_per_room_is_forgotten(conn: sqlite3.Connection) -> None:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    per_room = {t for t in tables if any(c[1] == "room_id" for c in conn.execute(f"PRAGMA table_info({t})"))}
    assert per_room == set(FORGOTTEN_TABLES)
