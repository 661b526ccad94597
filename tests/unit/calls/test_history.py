"""The timeline's line for a call, from its events as they sit in the timeline, for caller and callee."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from messenger_desktop.calls.history import (
    CallOutcome,
    CallRecord,
    format_duration,
    history_line,
    summarise,
)

from .builders import AUDIO_SDP, VIDEO_SDP

CALLER = "@caller:example.org"
CALLEE = "@callee:example.org"


class Ev(NamedTuple):
    type: str
    sender: str
    content: dict[str, Any]
    ts: int


def common(sender: str, party: str | None, legacy: bool = False) -> dict[str, Any]:
    content: dict[str, Any] = {"call_id": "c1", "version": 0 if legacy else "1"}
    if party is not None:
        content["party_id"] = party
    return content


def invite(ts: int = 0, *, video: bool = False, legacy: bool = False) -> Ev:
    party = None if legacy else "CALLER"
    sdp = VIDEO_SDP if video else AUDIO_SDP
    content = common(CALLER, party, legacy) | {"offer": {"type": "offer", "sdp": sdp}, "lifetime": 60_000}
    return Ev("m.call.invite", CALLER, content, ts)


def answer(ts: int, party: str | None = "CALLEE1", legacy: bool = False) -> Ev:
    return Ev("m.call.answer", CALLEE, common(CALLEE, party, legacy) | {"answer": {"sdp": "x"}}, ts)


def select(ts: int, selected: str) -> Ev:
    return Ev("m.call.select_answer", CALLER, common(CALLER, "CALLER") | {"selected_party_id": selected}, ts)


def reject(ts: int, party: str = "CALLEE2") -> Ev:
    return Ev("m.call.reject", CALLEE, common(CALLEE, party), ts)


def hangup(ts: int, by: str, reason: str | None = "user_hangup", legacy: bool = False) -> Ev:
    party = None if legacy else ("CALLER" if by == CALLER else "CALLEE1")
    content = common(by, party, legacy)
    if reason is not None:
        content["reason"] = reason
    return Ev("m.call.hangup", by, content, ts)


CASES: list[tuple[str, list[Ev], str, str]] = [
    (
        "answered and hung up",
        [invite(), answer(2_000), select(2_100, "CALLEE1"), hangup(756_000, CALLER)],
        "Voice call · 12:34",
        "Voice call · 12:34",
    ),
    (
        "video call over an hour",
        [invite(video=True), answer(0), select(1, "CALLEE1"), hangup(3_723_000, CALLEE)],
        "Video call · 1:02:03",
        "Video call · 1:02:03",
    ),
    ("declined with reject", [invite(), reject(5_000), select(5_100, "CALLEE2")], "Declined voice call", ""),
    ("declined, caller saw no select", [invite(), reject(5_000)], "Declined voice call", ""),
    (
        "legacy decline is a hangup from the callee",
        [invite(legacy=True), hangup(4_000, CALLEE, None, legacy=True)],
        "Declined voice call",
        "",
    ),
    ("caller gave up", [invite(), hangup(9_000, CALLER)], "Cancelled voice call", "Missed voice call"),
    (
        "nobody answered",
        [invite(), hangup(60_000, CALLER, "invite_timeout")],
        "Voice call · no answer",
        "Missed voice call",
    ),
    ("no hangup at all, long expired", [invite(video=True)], "Video call · no answer", "Missed video call"),
    ("busy", [invite(), hangup(1_000, CALLEE, "user_busy")], "Voice call · busy", "Missed voice call"),
    (
        "answered but ICE failed",
        [invite(), answer(1_000), select(1_001, "CALLEE1"), hangup(31_000, CALLER, "ice_failed")],
        "Voice call failed",
        "Voice call failed",
    ),
    (
        "legacy answer and hangup, no select_answer",
        [invite(legacy=True), answer(1_000, None, legacy=True), hangup(61_000, CALLEE, None, legacy=True)],
        "Voice call · 1:00",
        "Voice call · 1:00",
    ),
    (
        "reject from one device after another answered and was selected",
        [invite(), answer(1_000), reject(1_500), select(1_600, "CALLEE1"), hangup(11_000, CALLER)],
        "Voice call · 0:10",
        "Voice call · 0:10",
    ),
    (
        "answer from one device but the caller selected the reject",
        [invite(), reject(900), answer(1_000), select(1_100, "CALLEE2"), hangup(1_200, CALLEE)],
        "Declined voice call",
        "",
    ),
]


@pytest.mark.parametrize(("name", "events", "for_caller", "for_callee"), CASES, ids=[c[0] for c in CASES])
def test_history_line(name: str, events: list[Ev], for_caller: str, for_callee: str) -> None:
    caller = summarise(events, CALLER)
    callee = summarise(events, CALLEE)
    assert caller is not None
    assert callee is not None
    assert caller.outgoing
    assert not callee.outgoing
    assert history_line(caller) == for_caller
    assert history_line(callee) == (for_callee or for_caller)


def test_a_call_still_ringing_or_in_progress_is_ongoing_given_the_time() -> None:
    ringing = summarise([invite(1_000)], CALLEE, now_ms=30_000)
    assert ringing == CallRecord(False, False, CallOutcome.ONGOING)
    assert history_line(ringing) == "Incoming voice call"
    talking = summarise([invite(), answer(10), select(11, "CALLEE1")], CALLER, now_ms=99_000)
    assert talking == CallRecord(True, False, CallOutcome.ONGOING, answered=True)
    assert history_line(talking) == "Voice call in progress"
    expired = summarise([invite(1_000)], CALLEE, now_ms=61_000)
    assert expired == CallRecord(False, False, CallOutcome.MISSED)


def test_events_without_their_invite_or_malformed_ones_say_nothing() -> None:
    assert summarise([hangup(10, CALLER)], CALLER) is None
    assert summarise([Ev("m.call.invite", CALLER, {"call_id": "c1"}, 0)], CALLER) is None
    assert summarise([], CALLER) is None
    junk = Ev("m.call.hangup", CALLER, {"nonsense": True}, 5)
    record = summarise([invite(), junk], CALLER)
    assert record == CallRecord(True, False, CallOutcome.NO_ANSWER)


def test_lines_go_through_the_translator() -> None:
    record = CallRecord(False, True, CallOutcome.ENDED, 5_000)
    assert history_line(record, lambda text: text.upper()) == "VIDEO CALL · 0:05"


@pytest.mark.parametrize(
    ("ms", "text"), [(0, "0:00"), (999, "0:00"), (61_000, "1:01"), (3_600_000, "1:00:00"), (-5, "0:00")]
)
def test_format_duration(ms: int, text: str) -> None:
    assert format_duration(ms) == text


def test_every_outcome_has_words() -> None:
    for outcome in CallOutcome:
        for outgoing in (False, True):
            for video in (False, True):
                assert history_line(CallRecord(outgoing, video, outcome))
