"""How rooms are organised, as ingest puts it into their summaries: tags, marked unread, spaces,
notification levels, the saved-messages room, left rooms; and the migration that added it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest

from messenger_desktop.api import RoomId
from messenger_desktop.store.database import connect
from messenger_desktop.store.organise import ordered_children, tags
from messenger_desktop.store.rows import RoomSummary
from messenger_desktop.store.schema import MIGRATIONS, SCHEMA_VERSION
from messenger_desktop.store.summaries import load_archived, load_summaries, load_summary
from tests.support.sync_builder import ME, joined, member, message, state, sync
from tests.unit.store.conftest import ingest

A = RoomId("!a:hs")
B = RoomId("!b:hs")
C = RoomId("!c:hs")
SPACE = RoomId("!space:hs")


def room_data(etype: str, content: dict[str, Any]) -> dict[str, Any]:
    return {"type": etype, "content": content}


def summary_of(result_rooms: tuple[RoomSummary, ...], room_id: RoomId) -> RoomSummary:
    [found] = [r for r in result_rooms if r.room_id == room_id]
    return found


def one_room(conn: sqlite3.Connection, token: str, room: dict[str, Any], room_id: RoomId = A) -> RoomSummary:
    return summary_of(ingest(conn, sync(token, {room_id: room})).rooms, room_id)


def push_rules(room_rules: tuple[str, ...] = (), mutes: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "m.push_rules",
        "content": {
            "global": {
                "room": [
                    {"rule_id": r, "actions": [], "enabled": True, "default": False} for r in room_rules
                ],
                "override": [
                    {
                        "rule_id": r,
                        "conditions": [{"kind": "event_match", "key": "room_id", "pattern": r}],
                        "actions": [],
                        "enabled": True,
                        "default": False,
                    }
                    for r in mutes
                ],
            }
        },
    }


# -- tags -------------------------------------------------------------------------------------------


def test_tags_make_favourites_and_low_priority_and_follow_changes(conn: sqlite3.Connection) -> None:
    fav = one_room(
        conn,
        "s1",
        joined(
            [message("hi")], account_data=[room_data("m.tag", {"tags": {"m.favourite": {"order": 0.25}}})]
        ),
    )
    assert (fav.favourite, fav.low_priority, fav.tag_order) == (True, False, 0.25)
    assert load_summary(conn, A) == fav
    low = one_room(conn, "s2", joined(account_data=[room_data("m.tag", {"tags": {"m.lowpriority": {}}})]))
    assert (low.favourite, low.low_priority, low.tag_order) == (False, True, 1.0)
    assert low.last_body == "hi"  # the rest of the summary is kept
    plain = one_room(conn, "s3", joined(account_data=[room_data("m.tag", {"tags": {"u.work": {}}})]))
    assert (plain.favourite, plain.low_priority) == (False, False)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"tags": {"m.favourite": {"order": 0}}}, (True, False, 0.0)),
        ({"tags": {"m.favourite": {"order": 1}}}, (True, False, 1.0)),
        ({"tags": {"m.favourite": {"order": "0.5"}}}, (True, False, 1.0)),
        ({"tags": {"m.favourite": {"order": 1.5}}}, (True, False, 1.0)),
        ({"tags": {"m.favourite": {"order": -0.1}}}, (True, False, 1.0)),
        ({"tags": {"m.favourite": {"order": True}}}, (True, False, 1.0)),
        ({"tags": {"m.favourite": None}}, (True, False, 1.0)),
        ({"tags": {"m.favourite": {"order": 0.7}, "m.lowpriority": {"order": 0.1}}}, (True, False, 0.7)),
        ({"tags": {"m.lowpriority": {"order": 0.3}}}, (False, True, 0.3)),
        ({"tags": ["m.favourite"]}, (False, False, 1.0)),
        ({"tags": "m.favourite"}, (False, False, 1.0)),
        ({}, (False, False, 1.0)),
        (None, (False, False, 1.0)),
    ],
)
def test_tag_content_is_read_leniently(content: object, expected: tuple[bool, bool, float]) -> None:
    assert tags(content) == expected


# -- marked unread ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([room_data("m.marked_unread", {"unread": True})], True),
        ([room_data("com.famedly.marked_unread", {"unread": True})], True),
        (
            [
                room_data("m.marked_unread", {"unread": False}),
                room_data("com.famedly.marked_unread", {"unread": True}),
            ],
            False,
        ),
        (
            [
                room_data("m.marked_unread", {"unread": True}),
                room_data("com.famedly.marked_unread", {"unread": False}),
            ],
            True,
        ),
        ([room_data("m.marked_unread", {"unread": "yes"})], False),
        ([room_data("m.marked_unread", {})], False),
        ([room_data("m.marked_unread", ["unread"])], False),  # not an object: not stored at all
    ],
)
def test_marked_unread_stable_wins_over_unstable(
    conn: sqlite3.Connection, data: list[dict[str, Any]], expected: bool
) -> None:
    assert one_room(conn, "s1", joined(account_data=data)).marked_unread is expected


def test_unmarking_in_a_later_sync_updates_the_summary(conn: sqlite3.Connection) -> None:
    marked = room_data("m.marked_unread", {"unread": True})
    assert one_room(conn, "s1", joined(account_data=[marked])).marked_unread
    unmarked = room_data("m.marked_unread", {"unread": False})
    assert not one_room(conn, "s2", joined(account_data=[unmarked])).marked_unread
    assert not load_summary(conn, A).marked_unread  # type: ignore[union-attr]


# -- spaces -----------------------------------------------------------------------------------------


def child(room_id: str, ts: int, **content: Any) -> dict[str, Any]:
    return state("m.space.child", {"via": ["hs"], **content}, state_key=room_id, ts=ts)


def test_a_space_lists_its_children_in_the_spec_order(conn: sqlite3.Connection) -> None:
    # The spec's own example, shuffled, plus children that do not count.
    events = [
        state("m.room.create", {"type": "m.space", "creator": ME}),
        child("!e:example.org", 1640641000000),
        child("!c:example.org", 1640841000000, order="first"),
        child("!d:example.org", 1640741000000),
        child("!a:example.org", 1640141000000, order="aaaa"),
        child("!b:example.org", 1640341000000, order=" "),
        child("!tie2:hs", 5, order="\x7f bad"),  # invalid order: sorted with the unordered, by ts
        child("!tie1:hs", 5),
        state("m.space.child", {"via": []}, state_key="!novia:hs"),
        state("m.space.child", {}, state_key="!removed:hs"),
        state("m.space.child", {"via": "hs"}, state_key="!badvia:hs"),
        state("m.space.child", {"via": ["hs"]}, state_key="#alias:hs"),
    ]
    space = one_room(conn, "s1", joined(state_events=events), SPACE)
    assert space.is_space
    assert space.children == (
        "!b:example.org",
        "!a:example.org",
        "!c:example.org",
        "!tie1:hs",
        "!tie2:hs",
        "!e:example.org",
        "!d:example.org",
    )


def test_a_child_added_or_removed_later_updates_the_space(conn: sqlite3.Connection) -> None:
    create = state("m.room.create", {"type": "m.space"})
    first = one_room(conn, "s1", joined(state_events=[create, child("!x:hs", 10)]), SPACE)
    assert first.children == ("!x:hs",)
    added = one_room(conn, "s2", joined([child("!y:hs", 20)]), SPACE)
    assert added.children == ("!x:hs", "!y:hs")
    removed = one_room(conn, "s3", joined([state("m.space.child", {}, state_key="!x:hs", ts=30)]), SPACE)
    assert removed.children == ("!y:hs",)


def test_children_of_a_room_that_is_not_a_space_are_ignored(conn: sqlite3.Connection) -> None:
    events = [state("m.room.create", {"creator": ME}), child("!x:hs", 1)]
    room = one_room(conn, "s1", joined(state_events=events))
    assert (room.is_space, room.children) == (False, ())
    typed = one_room(conn, "s2", joined(state_events=[state("m.room.create", {"type": ["m.space"]})]), B)
    assert not typed.is_space


def test_an_invitation_to_a_space_says_so(conn: sqlite3.Connection) -> None:
    invite_state = [
        {"type": "m.room.create", "state_key": "", "sender": "@bob:hs", "content": {"type": "m.space"}},
        {"type": "m.room.name", "state_key": "", "sender": "@bob:hs", "content": {"name": "Club"}},
    ]
    result = ingest(conn, sync("s1", invite={SPACE: {"invite_state": {"events": invite_state}}}))
    assert summary_of(result.rooms, SPACE).is_space


def test_ordered_children_caps_a_huge_space() -> None:
    entries = [(f"!r{i:06d}:hs", {"via": ["hs"]}, 0) for i in range(10_050)]
    assert len(ordered_children(entries)) == 10_000


# -- notification levels ----------------------------------------------------------------------------


def test_levels_come_from_the_push_rules(conn: sqlite3.Connection) -> None:
    result = ingest(
        conn,
        sync("s1", {A: joined(), B: joined(), C: joined()}, account_data=[push_rules((A,), (B,))]),
    )
    levels = {r.room_id: r.notification_level for r in result.rooms}
    assert levels == {A: "mentions", B: "mute", C: "all"}


def test_a_push_rule_change_re_emits_only_the_rooms_whose_level_changed(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {A: joined(), B: joined(), C: joined()}, account_data=[push_rules((A,), (B,))]))
    # Nothing of the rooms themselves in this sync: only the rules (A now muted, B back to all).
    result = ingest(conn, sync("s2", account_data=[push_rules((), (A,))]))
    assert {r.room_id: r.notification_level for r in result.rooms} == {A: "mute", B: "all"}
    assert {r.room_id: r.notification_level for r in load_summaries(conn)} == {A: "mute", B: "all", C: "all"}


# -- saved messages ---------------------------------------------------------------------------------


def saved(room_id: str) -> dict[str, Any]:
    return {"type": "im.messenger-desktop.saved_messages", "content": {"room_id": room_id}}


def test_the_saved_messages_room_is_flagged_and_a_change_re_emits_old_and_new(
    conn: sqlite3.Connection,
) -> None:
    first = ingest(conn, sync("s1", {A: joined(), B: joined(), C: joined()}, account_data=[saved(A)]))
    assert {r.room_id for r in first.rooms if r.saved_messages} == {A}
    moved = ingest(conn, sync("s2", account_data=[saved(B)]))
    assert {r.room_id: r.saved_messages for r in moved.rooms} == {A: False, B: True}
    junk = ingest(conn, sync("s3", account_data=[saved("not a room")]))
    assert {r.room_id: r.saved_messages for r in junk.rooms} == {B: False}


# -- left rooms -------------------------------------------------------------------------------------


def test_left_kicked_and_banned_rooms_are_kept_as_archive(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {A: joined([message("a")]), B: joined([message("b")]), C: joined()}))
    kick = state("m.room.member", {"membership": "leave"}, state_key=ME, sender="@mod:hs")
    ban = state("m.room.member", {"membership": "ban"}, state_key=ME, sender="@mod:hs")
    own = member(ME, membership="leave")
    result = ingest(
        conn,
        sync(
            "s2",
            leave={
                A: {"timeline": {"events": [own]}},
                B: {"timeline": {"events": [ban]}},
                C: {"timeline": {"events": [ban, kick]}},
            },
        ),
    )
    assert set(result.removed_rooms) == {A, B, C}
    assert load_summaries(conn) == []
    archived = {r.room_id: r.membership for r in load_archived(conn)}
    assert archived == {A: "leave", B: "ban", C: "leave"}


# -- migration --------------------------------------------------------------------------------------


def test_a_version_2_cache_gets_every_room_organised(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:2]:
        for statement in step:
            raw.execute(statement)
    raw.execute("PRAGMA user_version=2")

    def put_state(room: str, etype: str, key: str, content: dict[str, Any], event_id: str) -> None:
        raw.execute(
            "INSERT INTO state (room_id, type, state_key, event_id, sender, content)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (room, etype, key, event_id, "@bob:hs", orjson.dumps(content).decode()),
        )

    for room in (A, B, C, SPACE):
        raw.execute("INSERT INTO rooms (room_id, membership, name) VALUES (?, 'join', ?)", (room, room))
    raw.execute("INSERT INTO rooms (room_id, membership, name) VALUES ('!gone:hs', 'leave', 'Gone')")
    raw.execute("INSERT INTO meta (key, value) VALUES ('user_id', ?)", (ME,))
    put_state(SPACE, "m.room.create", "", {"type": "m.space"}, "$create")
    put_state(SPACE, "m.space.child", "!late:hs", {"via": ["hs"]}, "$late")
    put_state(SPACE, "m.space.child", "!early:hs", {"via": ["hs"]}, "$early")
    # Children's timestamps come from the events table, where the timeline brought them.
    for event_id, ts in (("$late", 200), ("$early", 100)):
        raw.execute(
            "INSERT INTO events (event_id, room_id, chunk, pos, type, kind, sender, ts, json)"
            " VALUES (?, ?, 0, 0, 'm.space.child', 0, '@bob:hs', ?, '{}')",
            (event_id, SPACE, ts),
        )
    room_rows = [
        (A, "m.tag", {"tags": {"m.favourite": {"order": 0.5}}}),
        (B, "m.tag", {"tags": {"m.lowpriority": {}}}),
        (B, "com.famedly.marked_unread", {"unread": True}),
        ("!gone:hs", "m.tag", {"tags": {"m.favourite": {}}}),
    ]
    raw.executemany(
        "INSERT INTO room_account_data (room_id, type, content) VALUES (?, ?, ?)",
        [(r, t, orjson.dumps(c).decode()) for r, t, c in room_rows],
    )
    account = [push_rules((C,)), saved(C)]
    raw.executemany(
        "INSERT INTO account_data (type, content) VALUES (?, ?)",
        [(a["type"], orjson.dumps(a["content"]).decode()) for a in account],
    )
    raw.close()

    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    rooms = {r.room_id: r for r in load_summaries(conn)}
    assert (rooms[A].favourite, rooms[A].tag_order, rooms[A].marked_unread) == (True, 0.5, False)
    assert (rooms[B].low_priority, rooms[B].marked_unread) == (True, True)
    assert (rooms[C].notification_level, rooms[C].saved_messages) == ("mentions", True)
    assert (rooms[SPACE].is_space, rooms[SPACE].children) == (True, ("!early:hs", "!late:hs"))
    assert load_archived(conn)[0].favourite
    assert conn.execute("SELECT value FROM meta WHERE key = 'refresh_organisation'").fetchone() is None
    conn.close()
    # Reopening does not work it out again (nor touch anything).
    again = connect(path)
    assert {r.room_id: r for r in load_summaries(again)} == rooms
    again.close()
