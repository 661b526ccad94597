"""Simplified sliding sync answers: parsed without raising, translated into the v2 shape."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from messenger_desktop.api import BadResponse, EventKind, RoomId, UserId
from messenger_desktop.api.sliding_sync import (
    INDEX,
    INDEX_STATE,
    LIST,
    REQUIRED_STATE,
    SlidingResponse,
    parse_sliding_sync,
    request_body,
    to_sync_response,
)
from messenger_desktop.api.sync import HeroProfile
from tests.support.sync_builder import ME, member, message, state

DM = "!dm:hs"
GROUP = "!group:hs"
INVITE = "!invite:hs"
KNOCK = "!knock:hs"
KICKED = "!kicked:hs"
BANNED = "!banned:hs"


def answer(rooms: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """An answer as Synapse 1.163 shapes it (see ``SlidingSyncRestServlet.encode_response``)."""
    return {
        "pos": "1/s42_7",
        "lists": {LIST: {"count": 57, "ops": [{"op": "SYNC", "range": [0, 19], "room_ids": list(rooms)}]}},
        "rooms": rooms,
        "extensions": extra.pop("extensions", {}),
        **extra,
    }


def dm_room(**extra: Any) -> dict[str, Any]:
    return {
        "notification_count": 0,
        "highlight_count": 0,
        "bump_stamp": 3280,
        "joined_count": 2,
        "invited_count": 0,
        "initial": True,
        "heroes": [{"user_id": "@bob:hs", "displayname": "Bob", "avatar_url": "mxc://hs/bob"}],
        "required_state": [state("m.room.create", {"room_version": "12"}), member(ME, "Me")],
        "timeline": [message("hi", ts=10), message("there", ts=20)],
        "limited": True,
        "prev_batch": "t7-3278_65",
        "num_live": 0,
        **extra,
    }


def test_a_recorded_answer_is_typed() -> None:
    parsed = parse_sliding_sync(orjson.dumps(answer({DM: dm_room()})))
    assert (parsed.pos, parsed.count, parsed.order) == ("1/s42_7", 57, (RoomId(DM),))
    [room] = parsed.rooms
    assert room.initial and room.limited and room.prev_batch == "t7-3278_65"
    assert [e.kind for e in room.required_state] == [EventKind.STATE, EventKind.MEMBER]
    assert [e.body for e in room.timeline] == ["hi", "there"]
    assert room.heroes == (HeroProfile(UserId("@bob:hs"), "Bob", "mxc://hs/bob"),)
    assert (room.joined_count, room.invited_count, room.bump_stamp) == (2, 0, 3280)
    assert room.invite_state is None


def test_a_joined_room_becomes_a_v2_joined_room_whose_state_is_the_timelines_end() -> None:
    receipt = {"type": "m.receipt", "content": {"$x": {"m.read": {ME: {"ts": 5}}}}}
    typing = {"type": "m.typing", "content": {"user_ids": ["@bob:hs"]}}
    extensions = {
        "account_data": {
            "global": [{"type": "m.direct", "content": {"@bob:hs": [DM]}}],
            "rooms": {DM: [{"type": "m.tag", "content": {"tags": {}}}]},
        },
        "receipts": {"rooms": {DM: receipt}},
        "typing": {"rooms": {DM: typing}},
    }
    sync = to_sync_response(parse_sliding_sync(answer({DM: dm_room()}, extensions=extensions)), UserId(ME))
    assert sync.next_batch == "1/s42_7"
    [room] = sync.joined
    assert room.state_after and room.history and room.limited
    assert room.summary.heroes == (UserId("@bob:hs"),)
    assert room.hero_profiles[0].displayname == "Bob"
    # Synapse sends zeros for the counts: unknown, for the store to count
    assert (room.notification_count, room.highlight_count) == (None, None)
    assert room.ephemeral == (receipt, typing)
    assert room.account_data == ({"type": "m.tag", "content": {"tags": {}}},)
    assert sync.account_data == ({"type": "m.direct", "content": {"@bob:hs": [DM]}},)


def test_an_update_of_a_known_room_is_news_and_keeps_the_stored_heroes() -> None:
    update = {"timeline": [message("new")], "notification_count": 0, "highlight_count": 0}
    [room] = to_sync_response(parse_sliding_sync(answer({GROUP: update})), UserId(ME)).joined
    assert not room.history and not room.limited
    assert room.summary.heroes is None and room.hero_profiles == ()
    assert room.state == ()


def test_invitations_left_and_banned_rooms_and_knocks() -> None:
    invite_state = [
        {"type": "m.room.name", "state_key": "", "sender": "@bob:hs", "content": {"name": "Party"}},
        {"type": "m.room.member", "state_key": ME, "sender": "@bob:hs", "content": {"membership": "invite"}},
    ]
    knock_state = [
        {"type": "m.room.member", "state_key": ME, "sender": ME, "content": {"membership": "knock"}}
    ]
    kicked = {"required_state": [member(ME, membership="leave")], "timeline": [message("bye")]}
    banned = {"timeline": [member(ME, membership="join"), member(ME, membership="ban")]}
    sync = to_sync_response(
        parse_sliding_sync(
            answer(
                {
                    INVITE: {"invite_state": invite_state, "initial": True},
                    KNOCK: {"invite_state": knock_state},
                    KICKED: kicked,
                    BANNED: banned,
                }
            )
        ),
        UserId(ME),
    )
    assert [i.room_id for i in sync.invited] == [INVITE]
    assert sync.invited[0].state == tuple(invite_state)
    assert sorted(r.room_id for r in sync.left) == [BANNED, KICKED]
    assert sync.joined == ()


def test_extension_data_of_rooms_the_answer_does_not_list_goes_only_to_joined_ones() -> None:
    receipt = {"type": "m.receipt", "content": {"$x": {"m.read": {ME: {"ts": 5}}}}}
    response = parse_sliding_sync(
        answer({}, extensions={"receipts": {"rooms": {GROUP: receipt, INVITE: receipt}}})
    )
    assert response.extension_rooms() == {RoomId(GROUP), RoomId(INVITE)}
    [room] = to_sync_response(response, UserId(ME), joined={RoomId(GROUP)}).joined
    assert (room.room_id, room.ephemeral, room.timeline, room.history) == (GROUP, (receipt,), (), False)


def test_the_request_asks_the_same_of_every_room_with_an_inclusive_range() -> None:
    body = request_body(19, 10)
    listed = body["lists"][LIST]
    assert listed["ranges"] == [[0, 19]]
    assert listed["timeline_limit"] == 10
    assert [tuple(pair) for pair in listed["required_state"]] == list(REQUIRED_STATE)
    assert ("m.room.member", "$ME") in REQUIRED_STATE and ("m.room.member", "$LAZY") in REQUIRED_STATE
    assert set(body["extensions"]) == {"account_data", "receipts", "typing"}
    assert request_body(-5, 10)["lists"][LIST]["ranges"] == [[0, 0]]
    assert INDEX not in body["lists"]
    # the index: every room, no timeline, only what finds it by name
    index = request_body(19, 10, index_to=999)["lists"][INDEX]
    assert (index["ranges"], index["timeline_limit"]) == ([[0, 999]], 0)
    assert [tuple(pair) for pair in index["required_state"]] == list(INDEX_STATE)


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b'{"rooms": {}}', b'{"pos": 5}', b'{"pos": ""}', orjson.dumps({"pos": None})],
)
def test_an_unusable_envelope_is_a_bad_response(body: bytes) -> None:
    with pytest.raises(BadResponse):
        parse_sliding_sync(body)


HOSTILE: list[dict[str, Any]] = [
    {"rooms": [], "lists": "x", "extensions": []},
    {"rooms": {"not-a-room": {}, "!ok:hs": [], "!" + "x" * 300: {}}},
    {"lists": {LIST: {"count": -1, "ops": [{"op": "SYNC", "room_ids": [5, None, "bad", "!r:hs"]}, "op"]}}},
    {"lists": {LIST: {"count": True, "ops": {"op": "SYNC"}}}},
    {"lists": {LIST: {"count": 2**80}}},
    {
        "rooms": {
            "!r:hs": {
                "initial": "yes",
                "required_state": {"not": "a list"},
                "timeline": [None, 5, "x", {"type": "m.room.message"}, message("ok")],
                "limited": 1,
                "prev_batch": 7,
                "invite_state": "no",
                "heroes": [
                    None,
                    {"user_id": "not a user"},
                    {"user_id": 3},
                    {"user_id": "@ok:hs", "displayname": []},
                ],
                "joined_count": -3,
                "invited_count": 1.5,
                "notification_count": "9",
                "bump_stamp": False,
                "unstable_expanded_timeline": "true",
            }
        }
    },
    {
        "extensions": {
            "account_data": {"global": [1, "x", None], "rooms": {"!r:hs": "x", "bad": [], "!s:hs": [3, {}]}},
            "receipts": {"rooms": {"!r:hs": {"type": "m.typing"}, "!s:hs": [], "bad": {"type": "m.receipt"}}},
            "typing": {"rooms": "everyone"},
        }
    },
]


@pytest.mark.parametrize("extra", HOSTILE)
def test_hostile_fields_are_skipped_or_read_as_unknown(extra: dict[str, Any]) -> None:
    parsed = parse_sliding_sync({"pos": "p", **extra})
    assert isinstance(parsed, SlidingResponse)
    sync = to_sync_response(parsed, UserId(ME), joined={RoomId("!r:hs"), RoomId("!s:hs")})
    for room in sync.joined:
        assert all(isinstance(e, dict) for e in room.ephemeral + room.account_data)
        assert room.summary.joined_count is None or room.summary.joined_count >= 0
    assert parsed.count is None or 0 <= parsed.count < 2**31
    assert all(r.startswith("!") for r in parsed.order)


def test_hostile_room_fields_degrade_one_by_one() -> None:
    [room] = parse_sliding_sync({"pos": "p", **HOSTILE[5]}).rooms
    assert not room.initial and not room.limited and not room.expanded
    assert room.prev_batch is None and room.invite_state is None and room.required_state == ()
    assert [e.kind for e in room.timeline] == [EventKind.BAD] * 4 + [EventKind.MESSAGE]
    assert room.heroes == (HeroProfile(UserId("@ok:hs")),)
    assert (room.joined_count, room.invited_count, room.notification_count, room.bump_stamp) == (None,) * 4
