"""Hostile and malformed server data becomes explicit values, never exceptions."""

from __future__ import annotations

import orjson
import pytest

from messenger_desktop.api import BadResponse, EventKind, parse_event, parse_sync
from tests.support.sync_builder import joined, member, message, sync

MALFORMED = [
    None,
    42,
    "event",
    [],
    {},
    {"event_id": "$x", "type": "m.room.message", "sender": "not-a-user", "content": {}},
    {"event_id": 5, "type": "m.room.message", "sender": "@a:hs", "content": {}},
    {"event_id": "$x", "type": None, "sender": "@a:hs", "content": {}},
    {"event_id": "$x", "type": "m.room.message", "sender": "@a:hs", "content": "text"},
    {"event_id": "$x", "type": "m.room.member", "sender": "@a:hs", "state_key": 7, "content": {}},
    {"event_id": "$x", "type": "m.room.member", "sender": "@a:hs", "state_key": "nobody", "content": {}},
    {"event_id": "$" + "x" * 300, "type": "m.room.message", "sender": "@a:hs", "content": {}},
]


@pytest.mark.parametrize("raw", MALFORMED)
def test_malformed_event_becomes_bad_with_a_reason(raw: object) -> None:
    event = parse_event(raw)
    assert event.kind is EventKind.BAD
    assert event.problem


def test_unknown_event_type_is_kept_as_unknown_with_its_source() -> None:
    raw = {
        "event_id": "$u",
        "type": "org.example.game.move",
        "sender": "@a:hs",
        "origin_server_ts": 5,
        "content": {"x": 1},
    }
    event = parse_event(raw)
    assert event.kind is EventKind.UNKNOWN
    assert event.raw == raw


def test_message_fields_of_the_wrong_type_read_as_empty() -> None:
    event = parse_event(message("x", content={"body": {"evil": True}, "msgtype": 3}))
    assert event.kind is EventKind.MESSAGE
    assert event.body == ""
    assert event.msgtype == ""


def test_relations_and_transaction_id_are_read() -> None:
    reply = parse_event(
        message(
            "re",
            content={"m.relates_to": {"m.in_reply_to": {"event_id": "$orig"}}},
            unsigned={"transaction_id": "t1"},
        )
    )
    assert (reply.rel_type, reply.rel_event, reply.txn_id) == ("m.in_reply_to", "$orig", "t1")
    edit = parse_event(
        message("* fix", content={"m.relates_to": {"rel_type": "m.replace", "event_id": "$orig"}})
    )
    assert (edit.rel_type, edit.rel_event) == ("m.replace", "$orig")


def test_sync_with_broken_rooms_keeps_the_good_ones() -> None:
    body = sync(
        "s1",
        {
            "!good:hs": joined(
                [message("hello"), "garbage", {"type": "m.room.message"}], [member("@bob:hs", "Bob")]
            ),
            "not-a-room": joined([message("x")]),
            "!weird:hs": "not an object",
        },
    )
    body["rooms"]["invite"] = {
        "!inv:hs": {"invite_state": {"events": ["junk", {"type": "m.room.name", "content": {"name": "Hi"}}]}}
    }
    parsed = parse_sync(orjson.dumps(body))
    assert [r.room_id for r in parsed.joined] == ["!good:hs"]
    kinds = [e.kind for e in parsed.joined[0].timeline]
    assert kinds == [EventKind.MESSAGE, EventKind.BAD, EventKind.BAD]
    assert len(parsed.problems) == 2
    assert parsed.invited[0].state == ({"type": "m.room.name", "content": {"name": "Hi"}},)


@pytest.mark.parametrize("body", [b"", b"not json", b"[]", b'{"rooms": {}}', b'{"next_batch": 5}'])
def test_unusable_sync_envelope_is_a_bad_response(body: bytes) -> None:
    with pytest.raises(BadResponse):
        parse_sync(body)


def test_wrongly_typed_sections_are_ignored() -> None:
    body = {
        "next_batch": "n",
        "rooms": {
            "join": {
                "!r:hs": {
                    "timeline": {"events": "no"},
                    "state": [],
                    "summary": {"m.heroes": "x", "m.joined_member_count": -3},
                }
            }
        },
        "account_data": 7,
    }
    parsed = parse_sync(orjson.dumps(body))
    room = parsed.joined[0]
    assert room.timeline == ()
    assert room.summary.heroes is None
    assert room.summary.joined_count is None


def test_absurd_numbers_are_read_as_unknown_not_stored() -> None:
    event = parse_event(message("x", ts=2**64 - 1))
    assert event.ts == 0
    body = sync("n", {"!r:hs": joined([], unread=2**62)})
    assert parse_sync(orjson.dumps(body)).joined[0].notification_count is None


def test_ephemeral_and_presence_are_kept_as_objects() -> None:
    body = sync(
        "n",
        {
            "!r:hs": joined(
                [], ephemeral=[{"type": "m.typing", "content": {"user_ids": ["@a:hs"]}}, "junk", 5]
            )
        },
        presence=[{"type": "m.presence", "sender": "@a:hs", "content": {"presence": "online"}}, None],
    )
    parsed = parse_sync(orjson.dumps(body))
    assert parsed.joined[0].ephemeral == ({"type": "m.typing", "content": {"user_ids": ["@a:hs"]}},)
    assert parsed.presence == ({"type": "m.presence", "sender": "@a:hs", "content": {"presence": "online"}},)


@pytest.mark.parametrize("section", [None, 7, "x", [], {"events": "no"}, {"events": None}])
def test_malformed_ephemeral_and_presence_sections_read_as_empty(section: object) -> None:
    body: dict[str, object] = {
        "next_batch": "n",
        "rooms": {"join": {"!r:hs": {"ephemeral": section}}},
        "presence": section,
    }
    parsed = parse_sync(orjson.dumps(body))
    assert parsed.joined[0].ephemeral == ()
    assert parsed.presence == ()


def test_joined_room_and_sync_response_default_the_new_sections() -> None:
    from messenger_desktop.api import JoinedRoom, SyncResponse
    from messenger_desktop.api.sync import RoomSummaryHints

    room = JoinedRoom("!r:hs", (), (), False, None, RoomSummaryHints(), None, None)  # type: ignore[arg-type]
    assert room.ephemeral == () and room.account_data == ()
    assert SyncResponse("n").presence == ()
