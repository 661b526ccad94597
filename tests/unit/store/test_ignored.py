"""The ignore list as the server echoes it, and what the cache answers about ignored people:
the newest preview that is not theirs, whether the user shares a conversation with someone."""

from __future__ import annotations

import sqlite3

from messenger_desktop.api import RoomId, UserId
from messenger_desktop.session.safety import screen_summaries
from messenger_desktop.store.ignored import (
    IGNORED_TYPE,
    display_names,
    ignored_in,
    load_ignored,
    shares_conversation,
    visible_preview,
    with_ignored,
)
from messenger_desktop.store.summaries import load_summaries
from tests.support.sync_builder import ME, joined, member, message, sync
from tests.unit.store.conftest import ingest

ROOM = RoomId("!room:hs")
BOB = UserId("@bob:hs")
EVE = UserId("@eve:hs")


def _ignore_list(*users: str) -> dict[str, object]:
    return {"type": IGNORED_TYPE, "content": {"ignored_users": {u: {} for u in users}}}


def test_the_list_is_parsed_leniently() -> None:
    assert ignored_in({"ignored_users": {"@a:hs": {}, "not a user": {}, "@b:hs": {"x": 1}}}) == {
        "@a:hs",
        "@b:hs",
    }
    assert ignored_in({"ignored_users": ["@a:hs"]}) == frozenset()
    assert ignored_in(None) == frozenset()


def test_changing_the_list_keeps_what_others_put_there() -> None:
    current = {"ignored_users": {"@a:hs": {"note": "kept"}}, "other": 1}
    added = with_ignored(current, UserId("@b:hs"), True)
    assert added == {"ignored_users": {"@a:hs": {"note": "kept"}, "@b:hs": {}}, "other": 1}
    assert with_ignored(added, UserId("@a:hs"), False) == {"ignored_users": {"@b:hs": {}}, "other": 1}
    assert with_ignored(None, UserId("@b:hs"), True) == {"ignored_users": {"@b:hs": {}}}
    assert current == {"ignored_users": {"@a:hs": {"note": "kept"}}, "other": 1}  # not changed in place


def test_a_sync_reports_the_list_only_when_it_came(conn: sqlite3.Connection) -> None:
    first = ingest(conn, sync("s1", account_data=[_ignore_list(EVE)]))
    assert first.ignored == {EVE}
    assert ingest(conn, sync("s2")).ignored is None
    assert load_ignored(conn) == {EVE}  # survives: it is in the cache
    assert ingest(conn, sync("s3", account_data=[_ignore_list()])).ignored == frozenset()


def test_the_preview_skips_messages_of_ignored_people_but_keeps_them_in_the_cache(
    conn: sqlite3.Connection,
) -> None:
    ingest(
        conn,
        sync(
            "s1",
            {
                ROOM: joined(
                    [
                        member(ME),
                        member(BOB, "Bob"),
                        member(EVE, "Eve"),
                        message("hello from bob", sender=BOB, ts=10),
                        message("buy coins", sender=EVE, ts=20),
                    ]
                )
            },
        ),
    )
    (summary,) = load_summaries(conn)
    assert (summary.last_sender, summary.last_body) == (EVE, "buy coins")
    preview = visible_preview(conn, ROOM, frozenset({EVE}))
    assert preview is not None and preview[1:] == (BOB, "Bob", "hello from bob")
    assert visible_preview(conn, ROOM, frozenset({EVE, BOB})) is None
    screened = screen_summaries(conn, [summary], UserId(ME), frozenset({EVE}), frozenset(), False)
    assert (screened.shown[0].last_sender_name, screened.shown[0].last_body) == ("Bob", "hello from bob")
    (unchanged,) = load_summaries(conn)
    assert unchanged.last_body == "buy coins"  # nothing rewritten: unblocking brings it back


def _invite(room: str, inviter: str, name: str) -> dict[str, object]:
    return {
        room: {
            "invite_state": {
                "events": [
                    {"type": "m.room.name", "state_key": "", "sender": inviter, "content": {"name": name}},
                    {
                        "type": "m.room.member",
                        "state_key": ME,
                        "sender": inviter,
                        "content": {"membership": "invite"},
                    },
                ]
            }
        }
    }


def test_invitations_are_screened_by_inviter_and_name(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {ROOM: joined([member(ME), member(BOB, "Bob")])}))
    invites = {
        **_invite("!friend:hs", BOB, "FREE BTC 🚀🚀🚀"),
        **_invite("!spam:hs", "@stranger:evil", "FREE BTC 🚀🚀🚀"),
        **_invite("!plain:hs", "@stranger:evil", "Reading group"),
        **_invite("!eve:hs", EVE, "Hi"),
    }
    ingest(conn, sync("s2", invite=invites))
    assert shares_conversation(conn, BOB, UserId(ME))
    assert not shares_conversation(conn, "@stranger:evil", UserId(ME))
    rooms = load_summaries(conn)
    screened = screen_summaries(conn, rooms, UserId(ME), frozenset({EVE}), frozenset(), False)
    spam = {s.room_id: s.spam_invite for s in screened.shown if s.membership == "invite"}
    assert spam == {"!friend:hs": False, "!spam:hs": True, "!plain:hs": False}
    assert screened.hidden == screened.decline == ("!eve:hs",)
    revealed = screen_summaries(
        conn, rooms, UserId(ME), frozenset({EVE}), frozenset({RoomId("!spam:hs")}), False
    )
    assert not any(s.spam_invite for s in revealed.shown)
    strict = screen_summaries(conn, rooms, UserId(ME), frozenset({EVE}), frozenset(), True)
    assert set(strict.decline) == {"!spam:hs", "!plain:hs", "!eve:hs"}
    assert {s.room_id for s in strict.shown} == {ROOM, "!friend:hs"}


def test_names_of_blocked_people_come_from_any_shared_room(conn: sqlite3.Connection) -> None:
    ingest(conn, sync("s1", {ROOM: joined([member(ME), member(EVE, "Eve")])}))
    assert display_names(conn, [EVE, "@gone:hs"]) == {EVE: "Eve", "@gone:hs": ""}
