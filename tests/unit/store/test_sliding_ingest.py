"""Sliding sync answers written through the one ingest path: rooms, names, counts, news."""

from __future__ import annotations

import sqlite3
from typing import Any

import orjson

from messenger_desktop.api import RoomId, UserId
from messenger_desktop.api.events import parse_event
from messenger_desktop.api.sliding_sync import FROM_NEWEST, LIST
from messenger_desktop.store.database import get_meta
from messenger_desktop.store.sliding_ingest import POS_KEY, SlidingResult, ingest_sliding_bytes
from messenger_desktop.store.summaries import load_summary
from messenger_desktop.store.timeline import insert_backfill, load_page
from tests.support.sync_builder import ME, member, message, receipts, state, sync
from tests.unit.store.conftest import ingest

DM = RoomId("!dm:hs")
GROUP = RoomId("!group:hs")


def answer(pos: str, rooms: dict[str, Any], count: int | None = None, **extensions: Any) -> bytes:
    listed = {"count": count if count is not None else len(rooms), "ops": []}
    return orjson.dumps({"pos": pos, "lists": {LIST: listed}, "rooms": rooms, "extensions": extensions})


def first_sight(timeline: list[dict[str, Any]], *required: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "initial": True,
        "required_state": [member(ME, "Me"), *required],
        "timeline": timeline,
        "limited": True,
        "prev_batch": "t1-100",
        "joined_count": extra.pop("joined_count", 2),
        "invited_count": 0,
        "notification_count": 0,
        "highlight_count": 0,
        **extra,
    }


def run(conn: sqlite3.Connection, body: bytes) -> SlidingResult:
    return ingest_sliding_bytes(conn, body, UserId(ME))


def test_a_first_answer_fills_the_list_and_keeps_its_position_apart(conn: sqlite3.Connection) -> None:
    bob = {"user_id": "@bob:hs", "displayname": "Bob Builder", "avatar_url": "mxc://hs/bob"}
    result = run(
        conn,
        answer(
            "p1",
            {
                DM: first_sight([message("hello", ts=10)], heroes=[bob]),
                GROUP: first_sight(
                    [message("lunch?", sender="@carol:hs", ts=20)],
                    state("m.room.name", {"name": "Lunch"}),
                    joined_count=3,
                ),
            },
            count=57,
            account_data={"global": [{"type": "m.direct", "content": {"@bob:hs": [DM]}}]},
        ),
    )
    assert isinstance(result, SlidingResult) and result.count == 57 and result.next_batch == "p1"
    assert get_meta(conn, POS_KEY) == "p1" and get_meta(conn, "next_batch") is None
    dm, group = load_summary(conn, DM), load_summary(conn, GROUP)
    assert dm is not None and group is not None
    # a hero's name and picture name the chat, as the member event would under v2
    assert (dm.name, dm.avatar_url, dm.is_direct, dm.last_body) == (
        "Bob Builder",
        "mxc://hs/bob",
        True,
        "hello",
    )
    assert (group.name, group.last_sender, group.joined_count) == ("Lunch", "@carol:hs", 3)
    # nothing of a first answer notifies; the unread counts come from the cache
    assert result.notifications == ()
    assert (dm.notification_count, group.notification_count) == (1, 1)


def test_a_member_event_outranks_a_heros_name(conn: sqlite3.Connection) -> None:
    hero = {"user_id": "@bob:hs", "displayname": "Old Bob"}
    run(conn, answer("p1", {DM: first_sight([message("hi")], member("@bob:hs", "Bob"), heroes=[hero])}))
    summary = load_summary(conn, DM)
    assert summary is not None and summary.name == "Bob"


def test_counts_follow_the_read_receipt_own_messages_and_mentions(conn: sqlite3.Connection) -> None:
    first, second = message("one", ts=1), message("two", ts=2)
    mention = message("hey Me", ts=3, content={"m.mentions": {"user_ids": [ME]}})
    run(conn, answer("p1", {GROUP: first_sight([first, second, mention], joined_count=3)}))
    summary = load_summary(conn, GROUP)
    assert summary is not None and (summary.notification_count, summary.highlight_count) == (3, 1)

    # read up to "two" (the receipt comes alone, in the receipts extension)
    result = run(conn, answer("p2", {}, receipts={"rooms": {GROUP: receipts((second["event_id"], ME, 5))}}))
    [summary] = result.rooms
    assert (summary.notification_count, summary.highlight_count) == (1, 1)

    # writing in the room reads it
    result = run(conn, answer("p3", {GROUP: {"timeline": [message("on it", sender=ME, ts=9)]}}))
    assert [(r.notification_count, r.highlight_count) for r in result.rooms] == [(0, 0)]


def test_an_update_is_news_but_a_room_seen_for_the_first_time_is_not(conn: sqlite3.Connection) -> None:
    run(conn, answer("p1", {GROUP: first_sight([message("old")])}))
    result = run(
        conn,
        answer(
            "p2",
            {
                GROUP: {"timeline": [message("new", ts=50)]},
                DM: first_sight([message("history", ts=40)]),  # the list grew to reach it
            },
        ),
    )
    assert [n.body for n in result.notifications] == ["new"]


def test_extension_data_reaches_joined_rooms_only(conn: sqlite3.Connection) -> None:
    run(conn, answer("p1", {GROUP: first_sight([message("x")])}))
    typing = {"type": "m.typing", "content": {"user_ids": ["@bob:hs"]}}
    result = run(conn, answer("p2", {}, typing={"rooms": {GROUP: typing, "!stranger:hs": typing}}))
    assert result.typing == {GROUP: (UserId("@bob:hs"),)}
    assert load_summary(conn, RoomId("!stranger:hs")) is None


def test_leaving_moves_the_room_out(conn: sqlite3.Connection) -> None:
    run(conn, answer("p1", {GROUP: first_sight([message("x")])}))
    result = run(conn, answer("p2", {GROUP: {"timeline": [member(ME, membership="leave", ts=70)]}}))
    assert result.removed_rooms == (GROUP,)
    summary = load_summary(conn, GROUP)
    assert summary is not None and summary.membership == "leave"


def test_v2_and_sliding_positions_never_stand_for_each_other(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s9", {GROUP: {"timeline": {"events": [message("v2")]}}}))
    run(conn, answer("p1", {GROUP: {"timeline": [message("sliding")]}}))
    assert (get_meta(conn, "next_batch"), get_meta(conn, POS_KEY)) == ("s9", "p1")


def test_a_room_sent_again_from_scratch_continues_the_cached_timeline(conn: sqlite3.Connection) -> None:
    a, b, c = message("a", ts=1), message("b", ts=2), message("c", ts=3)
    run(conn, answer("p1", {GROUP: first_sight([a, b])}))
    # the server forgot the connection: the room comes again as a first sight, overlapping the cache
    result = run(conn, answer("q1", {GROUP: first_sight([a, b, c])}))
    assert GROUP not in result.gapped_rooms
    assert [r.content["body"] for r in result.appended[GROUP]] == ["c"]
    rows = conn.execute("SELECT json FROM events WHERE room_id = ? ORDER BY chunk, pos", (GROUP,))
    assert [orjson.loads(r[0])["content"]["body"] for r in rows] == ["a", "b", "c"]
    # far behind (nothing in common): a gap before the new events, as for a limited v2 sync
    later = [message(f"n{i}", ts=10 + i) for i in range(3)]
    assert GROUP in run(conn, answer("q2", {GROUP: first_sight(later)})).gapped_rooms


def test_an_index_row_has_its_history_fetched_from_the_newest(conn: sqlite3.Connection) -> None:
    # seen in the index: no timeline, so no prev_batch; its history is to be fetched from the newest
    index_row = {"initial": True, "required_state": [member(ME, "Me"), state("m.room.name", {"name": "Far"})]}
    run(conn, answer("p1", {GROUP: index_row}))
    page = load_page(conn, GROUP)
    assert page.rows == () and page.gap is not None and page.gap.prev_batch == FROM_NEWEST

    # its page comes: the newest events go in, with no gap of their own before them
    old, new = message("old", ts=1), message("new", ts=2)
    filled = {"unstable_expanded_timeline": True, "timeline": [old, new], "limited": True, "prev_batch": "t9"}
    result = run(conn, answer("p2", {GROUP: filled}))
    assert GROUP not in result.gapped_rooms
    page = load_page(conn, GROUP)
    assert [r.content["body"] for r in page.rows] == ["new", "old"]
    assert page.gap is not None and page.gap.prev_batch == FROM_NEWEST

    # fetching from the newest brings those two again (skipped), then older ones, then the start
    older = message("older", ts=0)
    insert_backfill(conn, page.gap, [parse_event(e, GROUP) for e in (new, old, older)], end=None)
    page = load_page(conn, GROUP)
    assert [r.content["body"] for r in page.rows] == ["new", "old", "older"] and page.at_start
