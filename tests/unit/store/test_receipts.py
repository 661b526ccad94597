"""Read receipts, typing, the fully-read marker and presence from sync's ephemeral data."""

from __future__ import annotations

import sqlite3
from typing import Any

from messenger_desktop.api import RoomId
from messenger_desktop.store.presence import load_presence, load_status
from messenger_desktop.store.receipts import load_receipts, store_receipts
from tests.support.sync_builder import ME, joined, message, presence, receipts, sync, typing
from tests.unit.store.conftest import ingest

ROOM = RoomId("!r:hs")
BOB, CAROL = "@bob:hs", "@carol:hs"


def timeline(conn: sqlite3.Connection, count: int = 5) -> list[str]:
    events = [message(f"m{i}", ts=100 + i) for i in range(count)]
    ingest(conn, sync("s0", {ROOM: joined(events)}))
    return [e["event_id"] for e in events]


def ephemeral(conn: sqlite3.Connection, *events: dict[str, Any], token: str = "s") -> Any:
    return ingest(conn, sync(token, {ROOM: joined([], ephemeral=list(events))}))


def test_receipts_are_stored_and_reported_when_they_move(conn: sqlite3.Connection) -> None:
    ids = timeline(conn)
    result = ephemeral(conn, receipts((ids[1], BOB, 10), (ids[2], CAROL, 11)))
    assert result.receipts == {ROOM: {BOB: ids[1], CAROL: ids[2]}}
    result = ephemeral(conn, receipts((ids[3], BOB, 12), (ids[2], CAROL, 13)))
    assert result.receipts == {ROOM: {BOB: ids[3]}}  # Carol's did not move
    assert load_receipts(conn, ROOM) == {BOB: ids[3], CAROL: ids[2]}


def test_a_receipt_behind_the_stored_one_is_ignored_by_timeline_order(conn: sqlite3.Connection) -> None:
    ids = timeline(conn)
    ephemeral(conn, receipts((ids[3], BOB, 10)))
    # A newer ts but an older event (e.g. sent from a device that was behind): the timeline decides.
    assert store_receipts(conn, ROOM, [receipts((ids[1], BOB, 50))]) == {}
    assert load_receipts(conn, ROOM) == {BOB: ids[3]}


def test_unknown_events_are_ordered_by_the_receipts_ts(conn: sqlite3.Connection) -> None:
    timeline(conn)
    ephemeral(conn, receipts(("$unknown-b", BOB, 20)))
    assert store_receipts(conn, ROOM, [receipts(("$unknown-a", BOB, 10))]) == {}
    assert store_receipts(conn, ROOM, [receipts(("$unknown-c", BOB, 30))]) == {BOB: "$unknown-c"}


def test_several_receipts_of_one_user_in_one_event_keep_the_newest(conn: sqlite3.Connection) -> None:
    ids = timeline(conn)
    event = receipts((ids[4], BOB, 1), (ids[2], BOB, 2))
    assert store_receipts(conn, ROOM, [event]) == {BOB: ids[4]}


def test_thread_receipts_are_skipped_main_and_private_ones_kept(conn: sqlite3.Connection) -> None:
    ids = timeline(conn)
    result = ephemeral(
        conn,
        receipts((ids[4], BOB, 5), thread_id="$some-root"),
        receipts((ids[1], CAROL, 5), thread_id="main"),
        receipts((ids[2], ME, 5), kind="m.read.private"),
    )
    assert result.receipts == {ROOM: {CAROL: ids[1], ME: ids[2]}}


def test_malformed_receipts_are_ignored(conn: sqlite3.Connection) -> None:
    ids = timeline(conn)
    bad: list[dict[str, Any]] = [
        {"type": "m.receipt", "content": "nope"},
        {"type": "m.receipt", "content": {ids[0]: "nope"}},
        {"type": "m.receipt", "content": {ids[0]: {"m.read": {"not a user": {"ts": 1}}}}},
        {"type": "m.receipt", "content": {ids[0]: {"m.read": {BOB: "no object"}}}},
        {"type": "m.receipt", "content": {"not-an-event": {"m.read": {BOB: {"ts": 1}}}}},
        {"type": "m.receipt", "content": {ids[1]: {"m.read": {CAROL: {"ts": "soon"}}}}},
    ]
    result = ephemeral(conn, *bad)
    assert result.receipts == {ROOM: {CAROL: ids[1]}}  # a bad ts is no reason to drop the receipt


def test_receipts_survive_a_restart(conn: sqlite3.Connection, tmp_path: Any) -> None:
    from messenger_desktop.store.database import connect

    ids = timeline(conn)
    ephemeral(conn, receipts((ids[2], BOB, 10)))
    conn.close()
    reopened = connect(tmp_path / "cache.sqlite3")
    assert load_receipts(reopened, ROOM) == {BOB: ids[2]}
    reopened.close()


def test_typing_is_reported_not_stored(conn: sqlite3.Connection) -> None:
    result = ephemeral(conn, typing(BOB, ME, "junk", BOB, CAROL))
    assert result.typing == {ROOM: (BOB, CAROL)}  # the user's own typing is not news to them
    assert ephemeral(conn, typing(), token="s2").typing == {ROOM: ()}
    assert ephemeral(conn, receipts(("$x", BOB, 1)), token="s3").typing == {}


def test_the_fully_read_marker_comes_from_room_account_data(conn: sqlite3.Connection) -> None:
    from messenger_desktop.store.read_markers import fully_read

    ids = timeline(conn)
    body = sync(
        "s1", {ROOM: joined([], account_data=[{"type": "m.fully_read", "content": {"event_id": ids[2]}}])}
    )
    assert ingest(conn, body).fully_read == {ROOM: ids[2]}
    assert fully_read(conn, ROOM) == ids[2]
    junk = sync("s2", {ROOM: joined([], account_data=[{"type": "m.fully_read", "content": {"event_id": 5}}])})
    assert ingest(conn, junk).fully_read == {}


def test_presence_is_validated_reported_and_kept(conn: sqlite3.Connection) -> None:
    body = sync(
        "s1",
        presence=[
            presence(BOB, "online", status_msg="  at\nlunch ", last_active_ago=1000),
            presence(CAROL, "unavailable"),
            presence("@dave:hs", "partying"),
            presence("not-a-user", "online"),
            {"type": "m.presence", "sender": "@erin:hs", "content": []},
            "junk",
        ],
    )
    result = ingest(conn, body)
    assert result.presence == {BOB: "online", CAROL: "unavailable"}
    assert load_presence(conn) == {BOB: "online", CAROL: "unavailable"}
    status = load_status(conn, BOB)  # type: ignore[arg-type]
    assert status is not None and status[:2] == ("online", "at lunch") and status[2] > 0
    assert ingest(conn, sync("s2", presence=[presence(BOB, "offline")])).presence == {BOB: "offline"}
    assert load_presence(conn)[BOB] == "offline"  # type: ignore[index]
