from __future__ import annotations

import sqlite3

import pytest

from messenger_desktop.api import EventKind, RoomId, TxnId
from messenger_desktop.store import outbox
from messenger_desktop.store.database import get_meta
from messenger_desktop.store.summaries import load_summaries
from messenger_desktop.store.timeline import load_page
from tests.support.sync_builder import ME, joined, member, message, state, sync
from tests.unit.store.conftest import ingest

ROOM = RoomId("!room:hs")


def test_sync_rows_summaries_and_token_are_stored(conn: sqlite3.Connection) -> None:
    result = ingest(
        conn,
        sync(
            "s1",
            {
                ROOM: joined(
                    [message("hello", ts=10), message("world", ts=20)],
                    [member(ME, "Me"), member("@bob:hs", "Bob"), state("m.room.name", {"name": "Lunch"})],
                    unread=2,
                )
            },
        ),
    )
    assert get_meta(conn, "next_batch") == "s1"
    [summary] = result.rooms
    assert (summary.name, summary.last_body, summary.last_sender_name, summary.notification_count) == (
        "Lunch",
        "world",
        "Bob",
        2,
    )
    assert summary.explicit_name
    assert load_summaries(conn)[0] == summary
    page = load_page(conn, ROOM)
    assert [r.content["body"] for r in page.rows] == ["world", "hello"]


def test_the_same_events_twice_are_stored_once(conn: sqlite3.Connection) -> None:
    events = [message("a"), message("b")]
    ingest(conn, sync("s1", {ROOM: joined(events)}))
    result = ingest(conn, sync("s2", {ROOM: joined(events)}))
    assert result.appended == {}
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 2


def test_a_failed_ingest_leaves_neither_events_nor_the_new_token(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {ROOM: joined([message("first")])}))
    # A real SQLite failure in the middle of the transaction (as a full disk would cause).
    conn.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON events WHEN NEW.json LIKE '%explode%' "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(sqlite3.DatabaseError):
        ingest(conn, sync("s2", {ROOM: joined([message("fine"), message("explode")])}))
    assert get_meta(conn, "next_batch") == "s1"
    assert [r.content["body"] for r in load_page(conn, ROOM).rows] == ["first"]


def test_malformed_events_are_stored_as_placeholders(conn: sqlite3.Connection) -> None:
    ingest(
        conn, sync("s1", {ROOM: joined([message("ok"), {"type": "m.room.message", "sender": "@x:hs"}, 17])})
    )
    kinds = [row.kind for row in load_page(conn, ROOM).rows]
    assert kinds == [EventKind.BAD, EventKind.BAD, EventKind.MESSAGE]


def test_echo_of_our_own_message_removes_it_from_the_outbox(conn: sqlite3.Connection) -> None:
    outbox.enqueue(conn, TxnId("t1"), ROOM, "m.room.message", {"body": "mine"}, 5)
    outbox.enqueue(conn, TxnId("t2"), ROOM, "m.room.message", {"body": "other"}, 6)
    echo = message("mine", sender=ME, unsigned={"transaction_id": "t1"})
    result = ingest(conn, sync("s1", {ROOM: joined([echo])}))
    assert result.resolved_echoes == {"t1": echo["event_id"]}
    assert [i.txn_id for i in outbox.load(conn)] == ["t2"]


def test_someone_elses_event_with_a_matching_txn_id_does_not_resolve_our_echo(
    conn: sqlite3.Connection,
) -> None:
    outbox.enqueue(conn, TxnId("t1"), ROOM, "m.room.message", {"body": "mine"}, 5)
    ingest(
        conn,
        sync("s1", {ROOM: joined([message("x", sender="@mallory:hs", unsigned={"transaction_id": "t1"})])}),
    )
    assert [i.txn_id for i in outbox.load(conn)] == ["t1"]


def test_redaction_forgets_the_content(conn: sqlite3.Connection) -> None:
    secret = message("password123")
    ingest(conn, sync("s1", {ROOM: joined([secret])}))
    redaction = {
        "type": "m.room.redaction",
        "event_id": "$red",
        "sender": "@bob:hs",
        "origin_server_ts": 5,
        "redacts": secret["event_id"],
        "content": {},
    }
    ingest(conn, sync("s2", {ROOM: joined([redaction])}))
    row = next(r for r in load_page(conn, ROOM).rows if r.event_id == secret["event_id"])
    assert row.redacted
    assert row.content == {}
    assert (
        "password123"
        not in conn.execute("SELECT json FROM events WHERE event_id = ?", (secret["event_id"],)).fetchone()[0]
    )


def test_invites_are_listed_first_then_rooms_by_activity(conn: sqlite3.Connection) -> None:
    invite_state = [
        {
            "type": "m.room.member",
            "state_key": ME,
            "sender": "@carol:hs",
            "content": {"membership": "invite"},
        },
        {
            "type": "m.room.member",
            "state_key": "@carol:hs",
            "sender": "@carol:hs",
            "content": {"membership": "join", "displayname": "Carol"},
        },
    ]
    ingest(
        conn,
        sync(
            "s1",
            {"!old:hs": joined([message("old", ts=100)]), "!new:hs": joined([message("new", ts=200)])},
            invite={"!inv:hs": {"invite_state": {"events": invite_state}}},
        ),
    )
    rooms = load_summaries(conn)
    assert [r.room_id for r in rooms] == ["!inv:hs", "!new:hs", "!old:hs"]
    assert rooms[0].membership == "invite"
    assert (rooms[0].name, rooms[0].inviter) == ("Carol", "@carol:hs")


def test_left_rooms_leave_the_list(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {ROOM: joined([message("x")])}))
    result = ingest(conn, sync("s2", leave={ROOM: {"timeline": {"events": []}}}))
    assert result.removed_rooms == (ROOM,)
    assert load_summaries(conn) == []


def test_edits_do_not_become_the_preview(conn: sqlite3.Connection) -> None:
    original = message("typo", ts=1)
    edit = message(
        "* fixed",
        ts=2,
        content={
            "m.new_content": {"body": "fixed"},
            "m.relates_to": {"rel_type": "m.replace", "event_id": original["event_id"]},
        },
    )
    [summary] = ingest(conn, sync("s1", {ROOM: joined([original, edit])})).rooms
    assert summary.last_body == "typo"


def test_direct_chats_are_marked_from_m_direct(conn: sqlite3.Connection) -> None:
    result = ingest(
        conn,
        sync(
            "s1",
            {ROOM: joined([message("x")])},
            account_data=[{"type": "m.direct", "content": {"@bob:hs": [ROOM]}}],
        ),
    )
    assert result.rooms[0].is_direct


def test_an_accepted_message_that_arrives_without_its_transaction_id_still_settles(
    conn: sqlite3.Connection,
) -> None:
    outbox.enqueue(conn, TxnId("t1"), ROOM, "m.room.message", {"body": "mine"}, 5)
    outbox.mark_sent(conn, TxnId("t1"), "$server-copy")  # type: ignore[arg-type]
    result = ingest(conn, sync("s1", {ROOM: joined([message("mine", sender=ME, event_id="$server-copy")])}))
    assert result.resolved_echoes == {"t1": "$server-copy"}
    assert outbox.load(conn) == []


def test_a_redaction_from_another_room_or_without_power_changes_nothing(conn: sqlite3.Connection) -> None:
    secret = message("keep me", sender="@bob:hs")
    other_room = RoomId("!other:hs")
    ingest(conn, sync("s1", {ROOM: joined([secret])}))
    ingest(conn, sync("s2", {other_room: joined([message("x")])}))

    def redaction(sender: str) -> dict[str, object]:
        return {
            "type": "m.room.redaction",
            "event_id": f"$red-{sender}",
            "sender": sender,
            "origin_server_ts": 5,
            "redacts": secret["event_id"],
            "content": {},
        }

    ingest(conn, sync("s3", {other_room: joined([redaction("@evil:elsewhere")])}))  # wrong room
    ingest(conn, sync("s4", {ROOM: joined([redaction("@evil:elsewhere")])}))  # no power, other server
    row = next(r for r in load_page(conn, ROOM).rows if r.event_id == secret["event_id"])
    assert not row.redacted and row.content["body"] == "keep me"

    power = state("m.room.power_levels", {"users": {"@mod:elsewhere": 50}, "redact": 50})
    ingest(conn, sync("s5", {ROOM: joined([power, redaction("@mod:elsewhere")])}))
    row = next(r for r in load_page(conn, ROOM).rows if r.event_id == secret["event_id"])
    assert row.redacted


def test_marking_a_chat_direct_on_another_device_updates_it_without_new_messages(
    conn: sqlite3.Connection,
) -> None:
    other = RoomId("!other:hs")
    ingest(
        conn,
        sync(
            "s1",
            {ROOM: joined([message("x")]), other: joined([message("y")])},
            account_data=[{"type": "m.direct", "content": {"@bob:hs": [ROOM]}}],
        ),
    )
    result = ingest(conn, sync("s2", account_data=[{"type": "m.direct", "content": {"@carol:hs": [other]}}]))
    flags = {r.room_id: r.is_direct for r in result.rooms}
    assert flags == {ROOM: False, other: True}
    assert {r.room_id: r.is_direct for r in load_summaries(conn)} == {ROOM: False, other: True}


def test_a_sync_too_big_for_rows_still_stores_relations_and_receipts_but_sends_no_totals(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    from messenger_desktop.store import ingest as ingest_module
    from messenger_desktop.store.receipts import load_receipts
    from messenger_desktop.store.relations import aggregate
    from tests.support.sync_builder import reaction, receipts, typing

    monkeypatch.setattr(ingest_module, "ROW_LIMIT", 1)
    target = message("hi")
    room = joined(
        [target, reaction(target, "👍")],
        ephemeral=[receipts((target["event_id"], "@bob:hs", 5)), typing("@bob:hs")],
    )
    result = ingest(conn, sync("s1", {ROOM: room}))
    assert result.appended == {} and result.aggregates == {}
    assert result.receipts == {ROOM: {"@bob:hs": target["event_id"]}}
    assert result.typing == {ROOM: ("@bob:hs",)}
    assert load_receipts(conn, ROOM) == {"@bob:hs": target["event_id"]}
    assert aggregate(conn, ROOM, [target["event_id"]], ME)[target["event_id"]].reactions  # type: ignore[arg-type, list-item]
    assert pickle.loads(pickle.dumps(result)) == result  # it crosses from the worker process


def test_the_ingest_result_of_a_small_sync_pickles_with_its_totals(conn: sqlite3.Connection) -> None:
    import pickle

    from tests.support.sync_builder import reaction

    target = message("hi")
    result = ingest(conn, sync("s1", {ROOM: joined([target, reaction(target, "👍", sender=ME)])}))
    assert result.aggregates[ROOM][target["event_id"]].reactions[0].own_event is not None
    assert pickle.loads(pickle.dumps(result)) == result
