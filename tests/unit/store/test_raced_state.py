"""A room's state when two changes raced (its history forked): a server without MSC4222 may send,
as the state at the start of the next timeline, an event a previous timeline already replaced;
one with it sends ``state_after``, the state the timeline ends with. Either way the cache keeps
the newest: Alice's avatar, once removed, stays removed."""

from __future__ import annotations

import sqlite3
from typing import Any

import orjson

from messenger_desktop.api.sync import parse_sync
from messenger_desktop.store.members import member_avatars
from tests.support.sync_builder import joined, member, message, state, sync
from tests.unit.store.conftest import ingest

ROOM = "!r:hs"
ALICE = "@alice:hs"


def alice(avatar: str | None) -> dict[str, Any]:
    event = member(ALICE, "Alice")
    if avatar is not None:
        event["content"]["avatar_url"] = avatar
    return event


def avatar(conn: sqlite3.Connection) -> str:
    return member_avatars(conn, ROOM).get(ALICE, "")


def with_state_after(room: dict[str, Any], events: list[Any], key: str) -> dict[str, Any]:
    room.pop("state")
    room[key] = {"events": events}
    return room


def test_a_stale_start_state_does_not_undo_what_the_timeline_changed(conn: sqlite3.Connection) -> None:
    old, new = alice("mxc://hs/old"), alice(None)
    ingest(conn, sync("s1", {ROOM: joined([old, new])}))
    assert avatar(conn) == ""
    raced = state("m.room.avatar", {}, sender=ALICE)
    ingest(conn, sync("s2", {ROOM: joined([raced], [old])}))  # "the state at the start": the old one
    assert avatar(conn) == ""


def test_a_start_state_the_cache_has_not_seen_replaced_is_applied(conn: sqlite3.Connection) -> None:
    """After a gap the state block is news: it applies even over an event the cache holds."""
    ingest(conn, sync("s1", {ROOM: joined([alice("mxc://hs/old")])}))
    later = alice("mxc://hs/later")
    ingest(conn, sync("s2", {ROOM: joined([message("hi", ALICE)], [later], limited=True)}))
    assert avatar(conn) == "mxc://hs/later"


def test_a_start_state_older_than_a_stored_event_of_another_stretch_is_applied(
    conn: sqlite3.Connection,
) -> None:
    """Across a gap the cache cannot tell which came first, so the server is believed."""
    first = alice("mxc://hs/first")
    ingest(conn, sync("s1", {ROOM: joined([first])}))
    ingest(conn, sync("s2", {ROOM: joined([alice("mxc://hs/second")], limited=True)}))
    ingest(conn, sync("s3", {ROOM: joined([message("hi", ALICE)], [first])}))
    assert avatar(conn) == "mxc://hs/first"


def test_state_after_is_the_last_word_over_the_timeline(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {ROOM: joined([alice("mxc://hs/old")])}))
    kept = alice(None)
    room = with_state_after(joined([alice("mxc://hs/raced")]), [kept], "org.matrix.msc4222.state_after")
    ingest(conn, sync("s2", {ROOM: room}))
    assert avatar(conn) == ""


def test_the_parser_reads_either_name_of_state_after() -> None:
    for key in ("state_after", "org.matrix.msc4222.state_after"):
        room = with_state_after(joined([]), [alice("mxc://hs/a")], key)
        parsed = parse_sync(orjson.dumps(sync("s", {ROOM: room}))).joined[0]
        assert parsed.state_after and [e.state_key for e in parsed.state] == [ALICE]
    plain = parse_sync(orjson.dumps(sync("s", {ROOM: joined([], [alice(None)])}))).joined[0]
    assert not plain.state_after and len(plain.state) == 1
