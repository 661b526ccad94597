"""The member list and what power levels allow (spec defaults, string levels, v12 creators)."""

from __future__ import annotations

import pickle
import sqlite3
from typing import Any

import pytest

from messenger_desktop.api import RoomId
from messenger_desktop.power import CREATOR_LEVEL, can, needed_level, outranks, user_level
from messenger_desktop.store.members import Member, load_members, may_redact, power_levels
from tests.support.sync_builder import ME, joined, member, state, sync
from tests.unit.store.conftest import ingest

ROOM = RoomId("!r:hs")


def room_state(conn: sqlite3.Connection, *events: dict[str, Any]) -> None:
    ingest(conn, sync("s", {ROOM: joined([], list(events))}))


def create(sender: str = "@founder:hs", version: str = "10", **content: Any) -> dict[str, Any]:
    return state("m.room.create", {"room_version": version, **content}, sender=sender)


def test_members_are_ordered_by_power_then_name_and_shared_names_told_apart(conn: sqlite3.Connection) -> None:
    room_state(
        conn,
        member(ME, "me"),
        member("@zed:hs", "Zed"),
        member("@amy:hs", "amy"),
        member("@sam1:hs", "Sam"),
        member("@sam2:hs", "Sam", membership="invite"),
        member("@mod:hs", "Moderator"),
        member("@gone:hs", "Gone", membership="leave"),
        member("@nameless:hs"),
        state("m.room.power_levels", {"users": {"@mod:hs": 50, "@zed:hs": 100}}),
    )
    members = load_members(conn, ROOM)
    assert [(m.user_id, m.name, m.power_level) for m in members] == [
        ("@zed:hs", "Zed", 100),
        ("@mod:hs", "Moderator", 50),
        ("@nameless:hs", "@nameless:hs", 0),
        ("@amy:hs", "amy", 0),
        (ME, "me", 0),
        ("@sam1:hs", "Sam (@sam1:hs)", 0),
        ("@sam2:hs", "Sam (@sam2:hs)", 0),
    ]
    assert members[-1] == Member("@sam2:hs", "Sam (@sam2:hs)", "", "invite", 0)  # type: ignore[arg-type]


def test_levels_and_rights_with_the_spec_defaults(conn: sqlite3.Connection) -> None:
    room_state(
        conn,
        create(),
        state(
            "m.room.power_levels",
            {
                "users": {"@admin:hs": 100, "@mod:hs": "50", "@weird:hs": True},
                "users_default": 10,
                "events": {"m.room.name": 40, "m.room.pinned_events": 0, "m.reaction": 20},
                "invite": 30,
            },
        ),
    )
    levels = power_levels(conn, ROOM)
    assert user_level(levels, "@admin:hs") == 100
    assert user_level(levels, "@mod:hs") == 50  # old rooms may hold levels as strings
    assert user_level(levels, "@weird:hs") == 10  # not a level: the default
    assert user_level(levels, "@someone:hs") == 10
    assert [can(levels, "@mod:hs", a) for a in ("redact", "kick", "ban", "invite")] == [True] * 4
    assert [can(levels, "@someone:hs", a) for a in ("redact", "kick", "ban", "invite")] == [False] * 4
    assert can(levels, "@someone:hs", "event:m.room.message")  # events_default 0
    assert not can(levels, "@someone:hs", "event:m.reaction")
    assert can(levels, "@someone:hs", "state:m.room.pinned_events")
    assert not can(levels, "@someone:hs", "state:m.room.topic")  # state_default 50
    assert can(levels, "@mod:hs", "state:m.room.name")
    assert not can(levels, "@admin:hs", "fly")
    assert needed_level(levels, "state:") is None
    assert outranks(levels, "@admin:hs", "@mod:hs") and not outranks(levels, "@mod:hs", "@mod:hs")


def test_without_a_power_levels_event_the_creator_rules(conn: sqlite3.Connection) -> None:
    room_state(conn, create(sender="@founder:hs", version="9", creator="@founder:hs"))
    levels = power_levels(conn, ROOM)
    assert user_level(levels, "@founder:hs") == 100
    assert user_level(levels, "@guest:hs") == 0
    assert can(levels, "@guest:hs", "state:m.room.topic")  # state_default is 0 without the event
    assert not can(levels, "@guest:hs", "redact")


def test_room_v12_creators_outrank_every_level(conn: sqlite3.Connection) -> None:
    room_state(
        conn,
        create(sender="@founder:hs", version="12", additional_creators=["@cofounder:hs", 7]),
        state("m.room.power_levels", {"users": {"@admin:hs": 100}}),
        member("@founder:hs", "Founder"),
        member("@admin:hs", "Admin"),
    )
    levels = power_levels(conn, ROOM)
    assert levels == {"users": {"@admin:hs": 100}}  # the content as it is, fit to send back
    assert user_level(levels, "@founder:hs") == user_level(levels, "@cofounder:hs") == CREATOR_LEVEL
    assert outranks(levels, "@cofounder:hs", "@admin:hs")
    assert [m.user_id for m in load_members(conn, ROOM)] == ["@founder:hs", "@admin:hs"]
    copy = pickle.loads(pickle.dumps(levels))
    assert user_level(copy, "@founder:hs") == CREATOR_LEVEL


@pytest.mark.parametrize(
    ("redactor", "allowed"),
    [("@bob:hs", True), ("@mod:elsewhere", True), ("@nobody:elsewhere", False)],
)
def test_who_may_redact_someone_elses_event(conn: sqlite3.Connection, redactor: str, allowed: bool) -> None:
    room_state(conn, state("m.room.power_levels", {"users": {"@mod:elsewhere": 50}}))
    assert may_redact(conn, ROOM, redactor, "@alice:hs") is allowed


def test_senders_sharing_a_name_are_told_apart_in_the_timeline(conn: sqlite3.Connection) -> None:
    from messenger_desktop.store.timeline import member_names

    room_state(
        conn,
        member("@alice:hs", "Alice"),
        member("@mallory:hs", "Alice"),
        member("@bob:hs", "Bob"),
        member("@old:hs", "Bob", membership="leave"),
        member("@nameless:hs"),
    )
    names = member_names(conn, ROOM)
    assert names["@alice:hs"] == "Alice (@alice:hs)"
    assert names["@mallory:hs"] == "Alice (@mallory:hs)"
    assert names["@bob:hs"] == "Bob"  # the one who left does not count
    assert names["@nameless:hs"] == "@nameless:hs"
