"""The avatar a conversation shows: its own ``m.room.avatar``; a direct chat without one shows
the other person's, as its name is theirs; a group without one shows none (its initials)."""

from __future__ import annotations

import sqlite3
from typing import Any

from messenger_desktop.api import UserId
from messenger_desktop.store.members import member_avatars
from messenger_desktop.store.people import known_people
from tests.support.sync_builder import ME, joined, member, message, state, sync
from tests.unit.store.conftest import ingest

ROOM = "!r:hs"
BOB = "@bob:hs"


def with_avatar(user: str, name: str, avatar: str, membership: str = "join") -> dict[str, Any]:
    event = member(user, name, membership)
    event["content"]["avatar_url"] = avatar
    return event


def avatar_of(conn: sqlite3.Connection, room: dict[str, Any], batch: str = "s") -> str:
    return ingest(conn, sync(batch, {ROOM: room})).rooms[0].avatar_url


def test_a_room_shows_its_own_avatar(conn: sqlite3.Connection) -> None:
    room = joined(
        [],
        [
            state("m.room.name", {"name": "Team"}),
            state("m.room.avatar", {"url": "mxc://hs/team"}),
            with_avatar(BOB, "Bob", "mxc://hs/bob"),
        ],
    )
    assert avatar_of(conn, room) == "mxc://hs/team"


def test_a_direct_chat_without_one_shows_the_other_persons(conn: sqlite3.Connection) -> None:
    room = joined(
        [message("hi")],
        [with_avatar(ME, "Me", "mxc://hs/me"), with_avatar(BOB, "Bob", "mxc://hs/bob")],
        heroes=[BOB],
        joined_count=2,
        invited_count=0,
    )
    assert avatar_of(conn, room) == "mxc://hs/bob"


def test_the_direct_chat_follows_a_new_avatar_of_the_other_person(conn: sqlite3.Connection) -> None:
    first = joined([], [member(ME, "Me"), with_avatar(BOB, "Bob", "mxc://hs/old")], heroes=[BOB])
    assert avatar_of(conn, first) == "mxc://hs/old"
    changed = joined([with_avatar(BOB, "Bob", "mxc://hs/new")], [])
    assert avatar_of(conn, changed, "s2") == "mxc://hs/new"


def test_a_group_without_an_avatar_shows_none_of_its_members(conn: sqlite3.Connection) -> None:
    room = joined(
        [],
        [
            member(ME, "Me"),
            with_avatar(BOB, "Bob", "mxc://hs/bob"),
            with_avatar("@carol:hs", "Carol", "mxc://hs/carol"),
        ],
        heroes=[BOB, "@carol:hs"],
        joined_count=3,
        invited_count=0,
    )
    assert avatar_of(conn, room) == ""


def test_a_removed_room_avatar_shows_none(conn: sqlite3.Connection) -> None:
    named = [state("m.room.name", {"name": "Team"}), state("m.room.avatar", {"url": "mxc://hs/team"})]
    assert avatar_of(conn, joined([], named)) == "mxc://hs/team"
    assert avatar_of(conn, joined([state("m.room.avatar", {})], []), "s2") == ""


def test_an_invitation_to_a_direct_chat_shows_the_inviters_avatar(conn: sqlite3.Connection) -> None:
    stripped = [
        {
            "type": "m.room.member",
            "state_key": BOB,
            "sender": BOB,
            "content": {"membership": "join", "displayname": "Bob", "avatar_url": "mxc://hs/bob"},
        },
        {
            "type": "m.room.member",
            "state_key": ME,
            "sender": BOB,
            "content": {"membership": "invite", "is_direct": True},
        },
    ]
    result = ingest(conn, sync("s", invite={"!dm:hs": {"invite_state": {"events": stripped}}}))
    assert result.rooms[0].avatar_url == "mxc://hs/bob"
    group = [{"type": "m.room.avatar", "state_key": "", "sender": BOB, "content": {"url": "mxc://hs/g"}}]
    result = ingest(conn, sync("s2", invite={"!g:hs": {"invite_state": {"events": group}}}))
    assert result.rooms[0].avatar_url == "mxc://hs/g"


def test_members_and_people_carry_their_avatars(conn: sqlite3.Connection) -> None:
    room = joined(
        [],
        [member(ME, "Me"), with_avatar(BOB, "Bob", "mxc://hs/bob"), member("@carol:hs", "Carol")],
        joined_count=3,
    )
    ingest(conn, sync("s", {ROOM: room}))
    assert member_avatars(conn, ROOM) == {BOB: "mxc://hs/bob"}
    people = {p.user_id: p.avatar_url for p in known_people(conn, UserId(ME))}
    assert people == {BOB: "mxc://hs/bob", "@carol:hs": ""}
