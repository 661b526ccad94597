"""Edits, reactions, redactions, replies and threads, added up from the stored relation events."""

from __future__ import annotations

import sqlite3
from typing import Any

from messenger_desktop.api import EventId, RoomId, UserId, parse_event
from messenger_desktop.store.relations import (
    Aggregate,
    Reaction,
    aggregate,
    load_events,
    load_thread,
    own_reaction,
)
from messenger_desktop.store.timeline import insert_backfill, load_page
from tests.support.sync_builder import (
    ME,
    edit,
    joined,
    message,
    reaction,
    redaction,
    reply,
    state,
    sync,
    thread_reply,
)
from tests.unit.store.conftest import ingest

ROOM = RoomId("!r:hs")
_batches = iter(range(10_000))


def feed(conn: sqlite3.Connection, *events: dict[str, Any]) -> None:
    ingest(conn, sync(f"s{next(_batches)}", {ROOM: joined(list(events))}))


def agg(conn: sqlite3.Connection, target: dict[str, Any] | str) -> Aggregate | None:
    target_id = EventId(target if isinstance(target, str) else target["event_id"])
    return aggregate(conn, ROOM, [target_id], UserId(ME)).get(target_id)


# -- edits -----------------------------------------------------------------------------------------


def test_the_latest_edit_wins_by_timestamp_then_event_id(conn: sqlite3.Connection) -> None:
    original = message("typo", ts=1)
    late = edit(original, "third", ts=30, event_id="$a-late")
    tie_low = edit(original, "tie low", ts=20, event_id="$b-tie")
    tie_high = edit(original, "tie high", ts=20, event_id="$c-tie")
    feed(conn, original, late, tie_high, tie_low)
    found = agg(conn, original)
    assert found is not None
    assert found.edit_event == "$a-late"
    assert found.edit_content == {"msgtype": "m.text", "body": "third"}
    feed(conn, redaction(late, sender=original["sender"]))
    found = agg(conn, original)
    assert found is not None and found.edit_event == "$c-tie"  # same ts: the larger event id


def test_a_redacted_edit_falls_back_to_the_previous_one_and_then_to_the_original(
    conn: sqlite3.Connection,
) -> None:
    original = message("v1", ts=1)
    first, second = edit(original, "v2", ts=2), edit(original, "v3", ts=3)
    feed(conn, original, first, second)
    feed(conn, redaction(second))
    found = agg(conn, original)
    assert found is not None and found.edit_content is not None
    assert found.edit_content["body"] == "v2"
    result = ingest(conn, sync("later", {ROOM: joined([redaction(first)])}))
    assert agg(conn, original) is None
    assert result.aggregates[ROOM][original["event_id"]] == Aggregate()  # "nothing any more"
    assert first["event_id"] in result.redacted[ROOM]


def test_an_edit_by_someone_else_is_ignored(conn: sqlite3.Connection) -> None:
    original = message("mine", sender="@alice:hs")
    feed(conn, original, edit(original, "hijacked", sender="@mallory:hs"))
    assert agg(conn, original) is None


def test_an_edit_of_an_edit_is_ignored(conn: sqlite3.Connection) -> None:
    original = message("v1", ts=1)
    first = edit(original, "v2", ts=2)
    feed(conn, original, first, edit(first, "v3", ts=3))
    assert agg(conn, first) is None
    found = agg(conn, original)
    assert found is not None and found.edit_event == first["event_id"]


def test_invalid_edits_are_ignored(conn: sqlite3.Connection) -> None:
    original = message("v1", ts=1)
    no_new_content = message(
        "* x", ts=2, content={"m.relates_to": {"rel_type": "m.replace", "event_id": original["event_id"]}}
    )
    text_new_content = edit(original, "x", ts=3)
    text_new_content["content"]["m.new_content"] = "not an object"
    other_type = edit(original, "x", ts=4)
    other_type["type"] = "m.sticker"
    topic = state("m.room.topic", {"topic": "a"})
    topic_edit = edit(topic, "b", ts=5)
    topic_edit["type"], topic_edit["state_key"] = "m.room.topic", ""
    feed(conn, original, no_new_content, text_new_content, other_type, topic, topic_edit)
    assert agg(conn, original) is None
    assert agg(conn, topic) is None


def test_a_redacted_original_keeps_no_edit(conn: sqlite3.Connection) -> None:
    original = message("v1", ts=1)
    feed(conn, original, edit(original, "v2", ts=2), reaction(original, "👍"))
    result = ingest(conn, sync("red", {ROOM: joined([redaction(original)])}))
    assert result.redacted == {ROOM: (original["event_id"],)}
    found = result.aggregates[ROOM][original["event_id"]]
    assert found.edit_content is None and [r.key for r in found.reactions] == ["👍"]


def test_an_edit_in_another_room_does_not_count(conn: sqlite3.Connection) -> None:
    original = message("v1", ts=1)
    feed(conn, original)
    ingest(conn, sync("other", {"!other:hs": joined([edit(original, "elsewhere")])}))
    assert agg(conn, original) is None


# -- reactions -------------------------------------------------------------------------------------


def test_reactions_are_counted_once_per_sender_and_key_in_order(conn: sqlite3.Connection) -> None:
    target = message("hi", ts=1)
    mine = reaction(target, "👍", sender=ME, ts=5)
    feed(
        conn,
        target,
        reaction(target, "🎉", sender="@carol:hs", ts=2),
        reaction(target, "👍", sender="@bob:hs", ts=3),
        reaction(target, "👍", sender="@bob:hs", ts=4),  # a duplicate
        mine,
        reaction(target, "x" * 101, sender="@bob:hs", ts=6),  # key too long
        reaction(target, "", sender="@bob:hs", ts=7),
    )
    found = agg(conn, target)
    assert found is not None
    assert found.reactions == (
        Reaction("🎉", ("@carol:hs",), None),  # type: ignore[arg-type]
        Reaction("👍", ("@bob:hs", ME), mine["event_id"]),  # type: ignore[arg-type]
    )
    assert own_reaction(conn, ROOM, target["event_id"], "👍", UserId(ME)) == mine["event_id"]
    assert own_reaction(conn, ROOM, target["event_id"], "🎉", UserId(ME)) is None


def test_taking_a_reaction_back_is_a_redaction(conn: sqlite3.Connection) -> None:
    target = message("hi", ts=1)
    mine = reaction(target, "👍", sender=ME, ts=5)
    feed(conn, target, mine, reaction(target, "👍", sender="@bob:hs", ts=6))
    result = ingest(conn, sync("unreact", {ROOM: joined([redaction(mine, sender=ME)])}))
    assert result.aggregates[ROOM][target["event_id"]].reactions == (
        Reaction("👍", ("@bob:hs",), None),  # type: ignore[arg-type]
    )
    assert own_reaction(conn, ROOM, target["event_id"], "👍", UserId(ME)) is None


def test_a_reaction_that_is_not_an_m_reaction_does_not_count(conn: sqlite3.Connection) -> None:
    target = message("hi")
    fake = reaction(target, "👍")
    fake["type"] = "m.room.message"
    feed(conn, target, fake)
    assert agg(conn, target) is None


def test_relations_that_arrive_before_their_target_count_when_it_arrives(conn: sqlite3.Connection) -> None:
    # The newest sync has the reaction and the edit; the original comes later from back-pagination.
    original = message("old", sender="@alice:hs", ts=1)
    early = [reaction(original, "👀", ts=5), edit(original, "old, edited", ts=6)]
    ingest(conn, sync("s1", {ROOM: joined(early, prev_batch="older")}))
    before = agg(conn, original)
    assert before is not None and before.edit_content is None  # an edit needs its original's sender
    gap = load_page(conn, ROOM).gap
    assert gap is not None
    insert_backfill(conn, gap, [parse_event(original, ROOM)], end=None)
    page = load_page(conn, ROOM)
    found = page.aggregates[original["event_id"]]
    assert found.edit_content == {"msgtype": "m.text", "body": "old, edited"}
    assert [(r.key, r.senders) for r in found.reactions] == [("👀", ("@bob:hs",))]


def test_a_target_arriving_by_sync_after_its_relations_comes_with_its_aggregate(
    conn: sqlite3.Connection,
) -> None:
    original = message("late", ts=1)
    feed(conn, reaction(original, "👍", ts=2))
    result = ingest(conn, sync("s-late", {ROOM: joined([original])}))
    assert [r.key for r in result.aggregates[ROOM][original["event_id"]].reactions] == ["👍"]


def test_an_event_the_server_sends_already_redacted_does_not_count(conn: sqlite3.Connection) -> None:
    target = message("hi")
    gone = reaction(target, "👍")
    gone["content"] = {}
    gone["unsigned"] = {"redacted_because": {"type": "m.room.redaction", "sender": "@bob:hs"}}
    result = ingest(conn, sync("s", {ROOM: joined([target, gone])}))
    assert result.appended[ROOM][1].redacted
    assert agg(conn, target) is None
    assert load_page(conn, ROOM).rows[0].redacted


def test_a_message_and_its_redaction_in_one_sync_come_up_redacted(conn: sqlite3.Connection) -> None:
    secret = message("oops")
    result = ingest(conn, sync("s", {ROOM: joined([secret, redaction(secret)])}))
    row = result.appended[ROOM][0]
    assert row.redacted and row.content == {}
    assert result.redacted == {ROOM: (secret["event_id"],)}


def test_a_redaction_in_a_back_filled_gap_hits_the_stale_copy_below_it(conn: sqlite3.Connection) -> None:
    old = message("old", ts=1)
    ingest(conn, sync("s1", {ROOM: joined([old], prev_batch=None)}))
    ingest(conn, sync("s2", {ROOM: joined([message("new", ts=9)], limited=True, prev_batch="gap")}))
    gap = load_page(conn, ROOM).gap
    assert gap is not None
    insert_backfill(conn, gap, [parse_event(redaction(old, ts=5), ROOM), parse_event(old, ROOM)], end="x")
    [row] = load_events(conn, ROOM, [EventId(old["event_id"])]).values()
    assert row.redacted and row.content == {}


# -- threads and replies ---------------------------------------------------------------------------


def test_thread_summary_counts_replies_and_names_the_latest(conn: sqlite3.Connection) -> None:
    root = message("root", ts=1)
    first = thread_reply(root, "one", sender="@bob:hs", ts=2)
    second = thread_reply(root, "two", sender="@carol:hs", ts=3, in_reply_to=first["event_id"])
    third = thread_reply(root, "three", sender="@dave:hs", ts=4)
    feed(conn, root, first, second, third)
    found = agg(conn, root)
    assert found is not None
    assert (found.thread_count, found.thread_last_sender, found.thread_last_ts) == (3, "@dave:hs", 4)
    feed(conn, redaction(third, sender="@dave:hs"))
    found = agg(conn, root)
    assert found is not None
    assert (found.thread_count, found.thread_last_sender, found.thread_last_ts) == (2, "@carol:hs", 3)
    thread = load_thread(conn, ROOM, EventId(root["event_id"]))
    assert [r.event_id for r in thread] == [first["event_id"], second["event_id"], third["event_id"]]
    assert thread[0].thread_root == root["event_id"]
    assert thread[-1].redacted


def test_reply_targets_come_with_the_page(conn: sqlite3.Connection) -> None:
    old = message("question", ts=1)
    filler = [message(f"f{i}", ts=2 + i) for i in range(5)]
    answer = reply(old, "answer", ts=10)
    root = message("root", ts=11)
    in_thread = thread_reply(root, "in thread", ts=12, in_reply_to=answer["event_id"], falling_back=False)
    fallback = thread_reply(root, "fallback", ts=13, in_reply_to=in_thread["event_id"])
    feed(conn, old, *filler, answer, root, in_thread, fallback, edit(old, "question?", ts=14))
    page = load_page(conn, ROOM, limit=6)
    by_id = {r.event_id: r for r in page.rows}
    assert by_id[answer["event_id"]].reply_to == old["event_id"]
    assert by_id[in_thread["event_id"]].reply_to == answer["event_id"]
    assert by_id[fallback["event_id"]].reply_to is None  # only the fallback for unthreaded clients
    assert set(page.replies) == {old["event_id"], answer["event_id"]}
    assert page.replies[old["event_id"]].content["body"] == "question"  # not on the page: loaded
    assert page.replies[answer["event_id"]] is by_id[answer["event_id"]]
    # The reply's original has an edit: its aggregate comes too, to show the edited text.
    assert page.aggregates[old["event_id"]].edit_content == {"msgtype": "m.text", "body": "question?"}
    assert page.aggregates[root["event_id"]].thread_count == 2


def test_a_reply_to_an_event_the_cache_does_not_have_has_no_original(conn: sqlite3.Connection) -> None:
    feed(conn, reply("$elsewhere", "answer"))
    page = load_page(conn, ROOM)
    assert page.rows[0].reply_to == "$elsewhere"
    assert page.replies == {}


def test_aggregation_serves_a_page_in_one_query(conn: sqlite3.Connection) -> None:
    targets = [message(f"m{i}", ts=i) for i in range(50)]
    feed(conn, *targets, *[reaction(t, "👍", ts=100 + i) for i, t in enumerate(targets)])
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        found = aggregate(conn, ROOM, [EventId(t["event_id"]) for t in targets], UserId(ME))
    finally:
        conn.set_trace_callback(None)
    assert len(found) == 50
    assert len(statements) == 1
    plan = " ".join(str(row[3]) for row in conn.execute(f"EXPLAIN QUERY PLAN {statements[0]}"))
    assert "INDEX events_relations (rel_event=?)" in plan  # not a walk through the room's events
