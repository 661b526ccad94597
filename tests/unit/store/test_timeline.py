"""Gaps from limited syncs and their filling from /messages pages."""

from __future__ import annotations

import sqlite3

from messenger_desktop.api import RoomId, parse_event
from messenger_desktop.store.timeline import insert_backfill, load_page
from tests.support.sync_builder import joined, message, sync
from tests.unit.store.conftest import ingest

ROOM = RoomId("!r:hs")


def bodies(rows: object) -> list[str]:
    return [r.content.get("body", "") for r in rows]  # type: ignore[attr-defined]


def test_limited_sync_leaves_a_gap_that_pages_stop_at(conn: sqlite3.Connection) -> None:
    old = [message(f"m{i}", ts=i) for i in range(3)]
    ingest(conn, sync("s1", {ROOM: joined(old, prev_batch=None)}))
    missing = [message(f"m{i}", ts=i) for i in range(3, 6)]
    new = [message(f"m{i}", ts=i) for i in range(6, 8)]
    result = ingest(conn, sync("s2", {ROOM: joined(new, limited=True, prev_batch="gap-token")}))
    assert ROOM in result.gapped_rooms
    page = load_page(conn, ROOM, limit=10)
    assert bodies(page.rows) == ["m7", "m6"]
    assert page.gap is not None and page.gap.prev_batch == "gap-token"

    # The server answers the gap newest first and runs into m2, which the cache has: gap closed.
    chunk = [parse_event(e) for e in reversed([*old, *missing])]
    inserted = insert_backfill(conn, page.gap, chunk, end="further")
    assert bodies(inserted) == ["m5", "m4", "m3"]
    page = load_page(conn, ROOM, limit=10)
    assert bodies(page.rows) == [f"m{i}" for i in range(7, -1, -1)]
    assert page.gap is None and page.at_start


def test_paging_older_continues_below_an_anchor(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {ROOM: joined([message(f"m{i}", ts=i) for i in range(10)], prev_batch=None)}))
    first = load_page(conn, ROOM, limit=4)
    assert bodies(first.rows) == ["m9", "m8", "m7", "m6"]
    second = load_page(conn, ROOM, before=first.rows[-1].order, limit=4)
    assert bodies(second.rows) == ["m5", "m4", "m3", "m2"]
    last = load_page(conn, ROOM, before=second.rows[-1].order, limit=4)
    assert bodies(last.rows) == ["m1", "m0"]
    assert last.at_start


def test_history_before_the_first_sync_comes_from_its_prev_batch(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {ROOM: joined([message("new", ts=9)], prev_batch="older")}))
    page = load_page(conn, ROOM, limit=5)
    assert page.gap is not None and page.gap.prev_batch == "older"
    insert_backfill(conn, page.gap, [parse_event(message("old", ts=1))], end=None)
    page = load_page(conn, ROOM, limit=5)
    assert bodies(page.rows) == ["new", "old"]
    assert page.at_start


def test_a_stale_gap_token_is_not_filled_twice(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {ROOM: joined([message("new")], prev_batch="older")}))
    gap = load_page(conn, ROOM).gap
    assert gap is not None
    assert insert_backfill(conn, gap, [parse_event(message("a"))], end="next")
    assert insert_backfill(conn, gap, [parse_event(message("b"))], end="next2") == ()


def test_state_rows_carry_what_they_replaced(conn: sqlite3.Connection) -> None:
    from tests.support.sync_builder import member

    rename = member("@bob:hs", "Robert")
    rename["unsigned"] = {"prev_content": {"membership": "join", "displayname": "Bob"}}
    result = ingest(conn, sync("s1", {ROOM: joined([rename])}))
    assert result.appended[ROOM][0].prev_content == {"membership": "join", "displayname": "Bob"}
    assert load_page(conn, ROOM).rows[0].prev_content == {"membership": "join", "displayname": "Bob"}


def test_a_room_without_any_history_is_at_its_start(conn: sqlite3.Connection) -> None:
    page = load_page(conn, RoomId("!never-seen:hs"))
    assert page.rows == () and page.gap is None and page.at_start


def test_an_empty_page_with_an_end_token_keeps_the_gap(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {ROOM: joined([message("new")], prev_batch="older")}))
    gap = load_page(conn, ROOM).gap
    assert gap is not None
    assert insert_backfill(conn, gap, [], end="even-older") == ()
    page = load_page(conn, ROOM)
    assert page.gap is not None and page.gap.prev_batch == "even-older"
    assert not page.at_start
