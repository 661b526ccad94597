from __future__ import annotations

import sqlite3
from typing import Any

from messenger_desktop.api import RoomId
from messenger_desktop.push import Level, PutRule, set_level_rules
from messenger_desktop.store.notifications import MAX_NOTIFICATIONS
from messenger_desktop.store.rows import Notification
from tests.support.sync_builder import ME, edit, joined, member, message, reaction, redaction, state, sync
from tests.unit.store.conftest import ingest

DM = RoomId("!dm:hs")
GROUP = RoomId("!group:hs")
MEMBERS = [member(ME, "Me"), member("@bob:hs", "Bob"), member("@carol:hs", "Carol")]


def setup(conn: sqlite3.Connection, push_rules: dict[str, Any] | None = None) -> None:
    """The initial sync: a 1:1 with Bob and a named group of three."""
    account = [{"type": "m.push_rules", "content": push_rules}] if push_rules is not None else []
    result = ingest(
        conn,
        sync(
            "s1",
            {
                DM: joined([message("old news")], [member(ME, "Me"), member("@bob:hs", "Bob")]),
                GROUP: joined(
                    [message("old group news")], [*MEMBERS, state("m.room.name", {"name": "Lunch"})]
                ),
            },
            account_data=account,
        ),
    )
    assert result.notifications == ()


def next_sync(
    conn: sqlite3.Connection, room: RoomId, *events: dict[str, Any], **extra: Any
) -> list[Notification]:
    return list(ingest(conn, sync("s2", {room: joined(list(events))}, **extra)).notifications)


def level_rules(level: Level, room_id: str) -> dict[str, Any]:
    """``m.push_rules`` content holding the rules that give ``room_id`` this level."""
    content: dict[str, Any] = {"global": {}}
    for change in set_level_rules(level, room_id):
        if isinstance(change, PutRule):
            rule = {"rule_id": change.rule_id, "enabled": True, "default": False, **change.body}
            content["global"].setdefault(change.kind, []).append(rule)
    return content


def test_the_initial_sync_notifies_nothing(conn: sqlite3.Connection) -> None:
    result = ingest(conn, sync("s1", {DM: joined([message("hello", sender="@bob:hs")], [member(ME, "Me")])}))
    assert result.notifications == ()


def test_a_direct_message_notifies_with_sound(conn: sqlite3.Connection) -> None:
    setup(conn)
    event = message("  hi\nthere ", ts=5000)
    [note] = next_sync(conn, DM, event)
    assert note == Notification(
        room_id=DM,
        event_id=event["event_id"],
        sender=event["sender"],
        sender_name="Bob",
        room_name="Bob",
        body="hi there",
        ts=5000,
        highlight=False,
        sound="default",
        is_direct=False,  # no m.direct: the 1:1 rule goes by the member count
    )


def test_a_group_message_notifies_without_sound(conn: sqlite3.Connection) -> None:
    setup(conn)
    [note] = next_sync(conn, GROUP, message("lunch?", sender="@carol:hs"))
    assert (note.room_name, note.sender_name, note.sound, note.highlight) == ("Lunch", "Carol", None, False)


def test_a_mention_highlights(conn: sqlite3.Connection) -> None:
    setup(conn)
    by_name, by_pill = (
        message("Me, are you coming?"),
        message("ping", content={"m.mentions": {"user_ids": [ME]}}),
    )
    notes = next_sync(conn, GROUP, by_name, by_pill)
    assert [(n.event_id, n.highlight, n.sound) for n in notes] == [
        (by_name["event_id"], True, "default"),
        (by_pill["event_id"], True, "default"),
    ]


def test_own_events_never_notify(conn: sqlite3.Connection) -> None:
    setup(conn)
    assert next_sync(conn, DM, message("from my other device, Me", sender=ME)) == []


def test_a_muted_room_is_silent_and_a_mentions_only_room_notifies_mentions(conn: sqlite3.Connection) -> None:
    rules = level_rules("mute", GROUP)
    rules["global"]["room"] = level_rules("mentions", DM)["global"]["room"]
    setup(conn, rules)
    assert next_sync(conn, GROUP, message("Me: muted anyway")) == []
    assert next_sync(conn, DM, message("chatter")) == []
    [note] = next_sync(conn, DM, message("hey Me"))
    assert note.highlight and note.body == "hey Me"


def test_edits_reactions_notices_and_redacted_events_do_not_notify(conn: sqlite3.Connection) -> None:
    setup(conn)
    original = message("first")
    assert len(next_sync(conn, GROUP, original)) == 1
    gone = message("oops")
    quiet = [
        edit(original, "second"),
        reaction(original, "👍"),
        message("bot says", content={"msgtype": "m.notice"}),
        gone,
        redaction(gone),
    ]
    assert next_sync(conn, GROUP, *quiet) == []


def test_media_gets_a_label_and_long_bodies_are_cut(conn: sqlite3.Connection) -> None:
    setup(conn)
    image = message("cat.png", content={"msgtype": "m.image", "url": "mxc://hs/cat"})
    notes = next_sync(conn, DM, image, message("x" * 1000))
    assert [n.body for n in notes] == ["Photo", "x" * 200]


def test_direct_flag_and_the_newest_fifty(conn: sqlite3.Connection) -> None:
    setup(conn)
    direct = [{"type": "m.direct", "content": {"@bob:hs": [DM]}}]
    events = [message(f"m{i}", ts=10_000 + i) for i in range(MAX_NOTIFICATIONS + 10)]
    notes = next_sync(conn, DM, *events, account_data=direct)
    assert len(notes) == MAX_NOTIFICATIONS
    assert [n.body for n in notes] == [f"m{i}" for i in range(10, MAX_NOTIFICATIONS + 10)]
    assert all(n.is_direct for n in notes)


def test_events_seen_before_do_not_notify_again(conn: sqlite3.Connection) -> None:
    setup(conn)
    event = message("once")
    assert len(next_sync(conn, DM, event)) == 1
    assert next_sync(conn, DM, event) == []
