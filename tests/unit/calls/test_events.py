"""Parsing untrusted ``m.call.*`` content, in the spec's v1 shapes and Element's legacy v0 shapes."""

from __future__ import annotations

import random
from typing import Any

import pytest

from messenger_desktop.api.ids import RoomId, UserId
from messenger_desktop.calls.events import (
    MAX_CANDIDATES,
    MAX_SDP,
    Answer,
    Candidate,
    Candidates,
    Hangup,
    Invite,
    Negotiate,
    Reject,
    SelectAnswer,
    answer_content,
    candidates_content,
    event_age,
    hangup_content,
    invite_content,
    is_voip_id,
    negotiate_content,
    new_voip_id,
    parse_call_event,
    parse_content,
    reject_content,
    sdp_has_video,
    select_answer_content,
)

from .builders import AUDIO_SDP, HOST_CANDIDATE, ROOM, VIDEO_SDP, raw_event

OFFER = {"type": "offer", "sdp": AUDIO_SDP}


def test_v1_invite_as_element_sends_it_is_parsed() -> None:
    content = {
        "call_id": "1700000000000abcdefGHIJKLMNOP",
        "party_id": "ABCDEFGH",
        "version": "1",
        "lifetime": 60000,
        "offer": {"type": "offer", "sdp": VIDEO_SDP},
        "invitee": "@bob:example.org",
        "capabilities": {"m.call.transferee": False, "m.call.dtmf": False},
        "sdp_stream_metadata": {"stream1": {"purpose": "m.usermedia", "audio_muted": False}},
    }
    parsed = parse_content("m.call.invite", content)
    assert parsed == Invite(
        "1700000000000abcdefGHIJKLMNOP", "ABCDEFGH", False, VIDEO_SDP, 60000, UserId("@bob:example.org"), True
    )


def test_legacy_v0_invite_as_element_sent_it_is_parsed_as_legacy() -> None:
    content = {"call_id": "c1591052749788.3474", "version": 0, "lifetime": 60000, "offer": OFFER}
    parsed = parse_content("m.call.invite", content)
    assert parsed == Invite("c1591052749788.3474", None, True, AUDIO_SDP, 60000, None, False)


@pytest.mark.parametrize(
    ("version", "legacy"),
    [
        (0, True),
        (None, True),  # no version at all: the oldest clients
        ("1", False),
        (1, False),  # spec: "including, for example, the numeric value 1"
        ("0", False),  # only the integer 0 is legacy
        ("2", False),
        ("1.5-experimental", False),
        (True, False),
        (False, False),
        ([0], False),
    ],
)
def test_version_zero_is_legacy_and_anything_else_is_version_1(version: object, legacy: bool) -> None:
    content: dict[str, Any] = {"call_id": "c1", "party_id": "P1"}
    if version is not None:
        content["version"] = version
    parsed = parse_content("m.call.reject", content)
    assert parsed is not None
    assert parsed.legacy is legacy


def test_each_event_type_parses() -> None:
    common = {"call_id": "c1", "party_id": "P1", "version": "1"}
    assert parse_content("m.call.answer", common | {"answer": {"type": "answer", "sdp": "x"}}) == Answer(
        "c1", "P1", False, "x"
    )
    assert parse_content("m.call.candidates", common | {"candidates": [HOST_CANDIDATE]}) == Candidates(
        "c1", "P1", False, (Candidate(HOST_CANDIDATE["candidate"], "0", 0),)
    )
    assert parse_content("m.call.select_answer", common | {"selected_party_id": "P2"}) == SelectAnswer(
        "c1", "P1", False, "P2"
    )
    assert parse_content("m.call.reject", common) == Reject("c1", "P1", False)
    negotiate = common | {"description": {"type": "offer", "sdp": "y"}, "lifetime": 10000}
    assert parse_content("m.call.negotiate", negotiate) == Negotiate("c1", "P1", False, True, "y", 10000)
    assert parse_content("m.call.hangup", common | {"reason": "ice_failed"}) == Hangup(
        "c1", "P1", False, "ice_failed"
    )


def test_answer_and_offer_types_are_not_validated_as_the_spec_asks() -> None:
    content = {"call_id": "c1", "version": 0, "answer": {"sdp": "x"}}
    assert parse_content("m.call.answer", content) == Answer("c1", None, True, "x")
    wrong = {"call_id": "c1", "version": 0, "answer": {"type": "pranswer", "sdp": "x"}}
    assert parse_content("m.call.answer", wrong) == Answer("c1", None, True, "x")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ({}, "user_hangup"),  # spec: a missing reason is user_hangup (legacy hangups have none)
        ({"reason": "user_busy"}, "user_busy"),
        ({"reason": "invite_timeout"}, "invite_timeout"),
        ({"reason": "replaced"}, "unknown_error"),
        ({"reason": 42}, "unknown_error"),
        ({"reason": "x" * 10_000}, "unknown_error"),
    ],
)
def test_hangup_reasons_are_normalised(content: dict[str, Any], reason: str) -> None:
    parsed = parse_content("m.call.hangup", {"call_id": "c1", "version": 0} | content)
    assert isinstance(parsed, Hangup)
    assert parsed.reason == reason


def test_legacy_end_of_candidates_and_candidates_without_mid() -> None:
    items = [
        {"candidate": "candidate:1 1 udp 1 10.0.0.1 1 typ host", "sdpMLineIndex": 0},
        {"candidate": "candidate:2 1 udp 1 10.0.0.2 1 typ host", "sdpMid": "audio"},
        {"candidate": ""},
    ]
    parsed = parse_content("m.call.candidates", {"call_id": "c1", "version": 0, "candidates": items})
    assert isinstance(parsed, Candidates)
    assert [c.is_end for c in parsed.candidates] == [False, False, True]
    assert parsed.candidates[0].sdp_mid is None
    assert parsed.candidates[1].sdp_mline_index is None


def test_bad_candidates_are_dropped_one_by_one_and_the_list_is_capped() -> None:
    items: list[Any] = [
        "not an object",
        {"candidate": "a=candidate:1\r\na=inject", "sdpMid": "0"},
        {"candidate": "has\0nul", "sdpMid": "0"},
        {"candidate": "candidate:1", "sdpMid": 5},
        {"candidate": "candidate:1", "sdpMLineIndex": -1},
        {"candidate": "candidate:1", "sdpMLineIndex": True},
        {"candidate": "candidate:1"},  # neither mid nor index
        {"candidate": "x" * 5000, "sdpMid": "0"},
        {"candidate": 7, "sdpMid": "0"},
        {"candidate": "candidate:ok", "sdpMid": "0"},
    ]
    parsed = parse_content("m.call.candidates", {"call_id": "c1", "version": "1", "candidates": items})
    assert isinstance(parsed, Candidates)
    assert [c.candidate for c in parsed.candidates] == ["candidate:ok"]
    many = [HOST_CANDIDATE] * (MAX_CANDIDATES * 50)
    capped = parse_content("m.call.candidates", {"call_id": "c1", "version": "1", "candidates": many})
    assert isinstance(capped, Candidates)
    assert len(capped.candidates) == MAX_CANDIDATES


MALFORMED: list[tuple[str, Any]] = [
    ("m.call.invite", None),
    ("m.call.invite", []),
    ("m.call.invite", "content"),
    ("m.call.invite", {}),
    ("m.call.invite", {"call_id": "c1", "version": "1", "offer": OFFER}),  # no lifetime
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": 60000}),  # no offer
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": 0, "offer": OFFER}),
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": -5, "offer": OFFER}),
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": True, "offer": OFFER}),
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": "60000", "offer": OFFER}),
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": 60000.5, "offer": OFFER}),
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": 60000, "offer": {"sdp": ""}}),
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": 60000, "offer": {"sdp": 5}}),
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": 60000, "offer": "v=0"}),
    (
        "m.call.invite",
        {"call_id": "c1", "version": "1", "lifetime": 1, "offer": {"sdp": "x" * (MAX_SDP + 1)}},
    ),
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": 1, "offer": OFFER, "invitee": "bob"}),
    ("m.call.invite", {"call_id": "c1", "version": "1", "lifetime": 1, "offer": OFFER, "invitee": 5}),
    ("m.call.invite", {"call_id": "", "version": "1", "lifetime": 1, "offer": OFFER}),
    ("m.call.invite", {"call_id": "c 1", "version": "1", "lifetime": 1, "offer": OFFER}),
    ("m.call.invite", {"call_id": "c/1", "version": "1", "lifetime": 1, "offer": OFFER}),
    ("m.call.invite", {"call_id": "c" * 256, "version": "1", "lifetime": 1, "offer": OFFER}),
    ("m.call.invite", {"call_id": 5, "version": "1", "lifetime": 1, "offer": OFFER}),
    ("m.call.invite", {"call_id": "c1", "party_id": "", "version": "1", "lifetime": 1, "offer": OFFER}),
    ("m.call.invite", {"call_id": "c1", "party_id": "a b", "version": "1", "lifetime": 1, "offer": OFFER}),
    ("m.call.invite", {"call_id": "c1", "party_id": 7, "version": "1", "lifetime": 1, "offer": OFFER}),
    ("m.call.answer", {"call_id": "c1", "version": "1"}),
    ("m.call.answer", {"call_id": "c1", "version": "1", "answer": None}),
    ("m.call.candidates", {"call_id": "c1", "version": "1"}),
    ("m.call.candidates", {"call_id": "c1", "version": "1", "candidates": {}}),
    ("m.call.candidates", {"call_id": "c1", "version": "1", "candidates": []}),
    ("m.call.candidates", {"call_id": "c1", "version": "1", "candidates": [1, 2, 3]}),
    ("m.call.select_answer", {"call_id": "c1", "version": "1"}),
    ("m.call.select_answer", {"call_id": "c1", "version": "1", "selected_party_id": ""}),
    ("m.call.select_answer", {"call_id": "c1", "version": "1", "selected_party_id": ["P"]}),
    ("m.call.negotiate", {"call_id": "c1", "version": "1"}),
    ("m.call.negotiate", {"call_id": "c1", "version": "1", "description": {"type": "rollback", "sdp": "x"}}),
    ("m.call.negotiate", {"call_id": "c1", "version": "1", "description": {"type": "offer"}}),
    ("m.call.negotiate", {"call_id": "c1", "version": "1", "offer": {"type": "offer", "sdp": "x"}}),
    ("m.call.hangup", {"version": "1"}),
    ("m.room.message", {"call_id": "c1", "version": "1", "body": "hi"}),
    ("m.call.sdp_stream_metadata_changed", {"call_id": "c1", "version": "1"}),
]


@pytest.mark.parametrize(("event_type", "content"), MALFORMED)
def test_malformed_content_is_none(event_type: str, content: Any) -> None:
    assert parse_content(event_type, content) is None


def test_hostile_lifetime_is_clamped() -> None:
    parsed = parse_content(
        "m.call.invite", {"call_id": "c", "version": "1", "lifetime": 10**30, "offer": OFFER}
    )
    assert isinstance(parsed, Invite)
    assert parsed.lifetime_ms == 24 * 3600 * 1000


@pytest.mark.parametrize(
    ("sdp", "video"),
    [
        (AUDIO_SDP, False),
        (VIDEO_SDP, True),
        (AUDIO_SDP + "m=video 0 UDP/TLS/RTP/SAVPF 96\r\n", False),  # rejected section
        ("m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n", False),
        ("a=m=video 9\r\n", False),
    ],
)
def test_video_is_read_from_the_sdp(sdp: str, video: bool) -> None:
    assert sdp_has_video(sdp) is video


def test_built_contents_round_trip_through_the_parser() -> None:
    cand = Candidate("candidate:1 1 udp 1 127.0.0.1 9 typ host", "0", 0)
    end = Candidate("")
    cases = [
        ("m.call.invite", invite_content("c1", "P1", VIDEO_SDP, 90000, UserId("@b:x.org"))),
        ("m.call.answer", answer_content("c1", "P1", "sdp")),
        ("m.call.candidates", candidates_content("c1", "P1", [cand, end])),
        ("m.call.select_answer", select_answer_content("c1", "P1", "P2")),
        ("m.call.reject", reject_content("c1", "P1")),
        ("m.call.hangup", hangup_content("c1", "P1", "invite_timeout")),
        ("m.call.negotiate", negotiate_content("c1", "P1", "sdp", offer=False, lifetime_ms=None)),
    ]
    for event_type, content in cases:
        assert content["version"] == "1"
        assert content["party_id"] == "P1"
        parsed = parse_content(event_type, content)
        assert parsed is not None, event_type
        assert parsed.call_id == "c1"
        assert parsed.legacy is False
    invite = parse_content(*cases[0])
    assert isinstance(invite, Invite)
    assert (invite.lifetime_ms, invite.invitee, invite.video) == (90000, "@b:x.org", True)
    assert cases[0][1]["offer"] == {"type": "offer", "sdp": VIDEO_SDP}
    assert cases[2][1]["candidates"] == [
        {"candidate": cand.candidate, "sdpMid": "0", "sdpMLineIndex": 0},
        {"candidate": ""},
    ]


def test_new_ids_follow_the_grammar_and_differ() -> None:
    ids = {new_voip_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(is_voip_id(value) for value in ids)


def test_event_envelope_is_checked_and_age_comes_from_unsigned_or_the_clock() -> None:
    content = {"call_id": "c1", "version": "1", "party_id": "P", "reason": "user_hangup"}
    raw = raw_event("m.call.hangup", content, age=1234)
    event = parse_call_event(raw, ROOM, wall_now_ms=0, extra_age_ms=100)
    assert event is not None
    assert (event.age_ms, event.call_id, event.party_id, event.room_id) == (1334, "c1", "P", ROOM)
    no_age = dict(raw, unsigned={})
    assert event_age(no_age, raw["origin_server_ts"] + 5000) == 5000
    assert event_age(no_age, raw["origin_server_ts"] - 5000) == 0  # our clock behind: not negative
    assert event_age({"unsigned": {"age": -3}}, 0) == 0
    assert event_age({}, 10) == 0
    for broken in (
        dict(raw, event_id="no-dollar"),
        dict(raw, event_id=5),
        dict(raw, sender="not a user"),
        dict(raw, sender=None),
        dict(raw, type=None),
        dict(raw, type="m.room.message"),
        dict(raw, content=[]),
        "not an event",
        None,
    ):
        assert parse_call_event(broken, RoomId("!r:x"), wall_now_ms=0) is None


def _junk(rng: random.Random, depth: int = 0) -> Any:
    choices: list[Any] = [
        None, True, False, 0, 1, -1, 2**70, 1.5, float("nan"), "", "c1", "1", "offer", "answer", "\0",
        "x" * 300, "@a:b", "candidate:1",
    ]  # fmt: skip
    roll = rng.random()
    if depth < 3 and roll < 0.25:
        return {rng.choice(KEYS): _junk(rng, depth + 1) for _ in range(rng.randint(0, 6))}
    if depth < 3 and roll < 0.35:
        return [_junk(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return rng.choice(choices)


KEYS = [
    "call_id", "party_id", "version", "offer", "answer", "sdp", "type", "lifetime", "invitee", "candidates",
    "candidate", "sdpMid", "sdpMLineIndex", "selected_party_id", "description", "reason",
]  # fmt: skip
TYPES = ["m.call.invite", "m.call.answer", "m.call.candidates", "m.call.select_answer", "m.call.reject"]
TYPES += ["m.call.negotiate", "m.call.hangup"]


@pytest.mark.parametrize("seed", range(5))
def test_random_hostile_content_never_raises(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        content = {key: _junk(rng) for key in rng.sample(KEYS, rng.randint(0, len(KEYS)))}
        if rng.random() < 0.5:
            content["call_id"] = "c1"
        parse_content(rng.choice(TYPES), content)
        parse_call_event(
            {
                "event_id": "$e",
                "sender": "@a:b",
                "type": rng.choice(TYPES),
                "content": content,
                "unsigned": _junk(rng),
            },
            RoomId("!r:x"),
            wall_now_ms=0,
        )
