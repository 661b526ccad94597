"""One call in detail: what goes out, in which order, timers, buffering, legacy peers and renegotiation."""

from __future__ import annotations

import pytest

from messenger_desktop.calls.effects import (
    AddRemoteCandidates,
    AnswerRenegotiation,
    CallState,
    CreateAnswer,
    CreateOffer,
    EndReason,
    Notice,
    OfferBusyChoice,
    RecordHistory,
    ReleaseMedia,
    RollbackLocalOffer,
    SetRemoteAnswer,
    ShowNotice,
    StartRinging,
    StateChanged,
    StopRingback,
    StopRinging,
)
from messenger_desktop.calls.events import Candidate, Invite, RemoteEvent
from messenger_desktop.calls.history import CallOutcome, CallRecord
from messenger_desktop.calls.machine import Call, CallConfig, Timer

from . import builders as b

T0 = 5_000_000
CONFIG = CallConfig()
CAND = Candidate("candidate:1 1 udp 1 127.0.0.1 9 typ host", "0", 0)


def place(video: bool = False) -> tuple[Call, list[object]]:
    call, effects = Call.outgoing_call(
        "c1", b.ROOM, b.ME, b.MY_PARTY, b.PEER, video=video, now=T0, config=CONFIG
    )
    return call, list(effects)


def inviting() -> Call:
    call, _ = place()
    call.media_ready(b.AUDIO_SDP, T0)
    return call


def ring(event: RemoteEvent | None = None, now: int = T0) -> tuple[Call, list[object]]:
    event = event or b.invite()
    assert isinstance(event.content, Invite)
    call, effects = Call.incoming_call(event, event.content, b.ME, b.MY_PARTY, now=now, config=CONFIG)
    return call, [*effects, *call.announce(now, busy=False)]


# --- outgoing -----------------------------------------------------------------------------------


def test_placing_a_call_asks_for_an_offer_then_sends_the_invite_and_rings_back() -> None:
    call, effects = place(video=True)
    assert effects == [StateChanged("c1", CallState.CREATING_OFFER), CreateOffer("c1", True)]
    effects = call.media_ready(b.VIDEO_SDP, T0 + 10)
    assert b.kinds(effects) == ["SendEvent", "StartRingback", "StateChanged"]
    invite = b.sent(effects)[0]
    assert invite.event_type == "m.call.invite"
    assert invite.content == {
        "call_id": "c1",
        "party_id": b.MY_PARTY,
        "version": "1",
        "offer": {"type": "offer", "sdp": b.VIDEO_SDP},
        "lifetime": 90_000,
        "invitee": b.PEER,
    }
    assert call.deadlines()[Timer.INVITE] == T0 + 10 + 90_000


def test_the_first_answer_is_selected_and_its_early_candidates_replayed_others_dropped() -> None:
    call = inviting()
    assert call.receive(b.candidates(party=b.PEER_OTHER_PARTY), T0) == []
    early = b.candidates(items=[{"candidate": "candidate:early", "sdpMid": "0"}])
    assert call.receive(early, T0) == []
    effects = call.receive(b.answer(), T0 + 1)
    assert b.kinds(effects) == [
        "StopRingback", "SendEvent", "StateChanged", "SetRemoteAnswer", "AddRemoteCandidates",
    ]  # fmt: skip
    assert b.sent(effects)[0].content["selected_party_id"] == b.PEER_PARTY
    assert effects[3] == SetRemoteAnswer("c1", b.ANSWER_SDP)
    assert effects[4] == AddRemoteCandidates("c1", (Candidate("candidate:early", "0", None),))
    # a later answer from the peer's other device is not taken, and its candidates are not used
    assert call.receive(b.answer(party=b.PEER_OTHER_PARTY), T0 + 2) == []
    assert call.receive(b.candidates(party=b.PEER_OTHER_PARTY), T0 + 2) == []
    assert call.receive(b.hangup(party=b.PEER_OTHER_PARTY), T0 + 2) == []
    assert call.opponent == (b.PEER, b.PEER_PARTY)
    assert call.receive(b.candidates(), T0 + 3) == [AddRemoteCandidates("c1", (Candidate(**_host()),))]


def _host() -> dict[str, object]:
    return {"candidate": b.HOST_CANDIDATE["candidate"], "sdp_mid": "0", "sdp_mline_index": 0}


def test_a_reject_after_an_answer_is_disregarded() -> None:
    call = inviting()
    call.receive(b.answer(), T0)
    assert call.receive(b.reject(party=b.PEER_OTHER_PARTY), T0) == []
    assert call.state is CallState.CONNECTING


def test_remote_buffer_is_capped() -> None:
    call = inviting()
    many = [{"candidate": f"candidate:{i}", "sdpMid": "0"} for i in range(100)]
    for _ in range(10):
        call.receive(b.candidates(items=many), T0)
    effects = call.receive(b.answer(), T0)
    replayed = [e for e in effects if isinstance(e, AddRemoteCandidates)]
    assert len(replayed[0].candidates) == CONFIG.max_buffered_candidates


def test_nobody_answering_ends_with_invite_timeout_at_the_lifetime() -> None:
    call = inviting()
    assert call.next_deadline() == T0 + 90_000
    assert call.tick(T0 + 89_999) == []
    effects = call.tick(T0 + 95_000)
    assert b.sent_types(effects) == ["hangup"]
    assert b.sent(effects)[0].content["reason"] == "invite_timeout"
    assert StopRingback("c1") in effects
    assert call.end_reason is EndReason.INVITE_TIMEOUT
    assert call.ended_at == T0 + 90_000  # ended when it was due, not when the timer ran late
    assert RecordHistory("c1", b.ROOM, b.PEER, CallRecord(True, False, CallOutcome.NO_ANSWER)) in effects


def test_media_that_never_comes_ends_the_call_without_sending() -> None:
    call, _ = place()
    effects = call.tick(T0 + CONFIG.media_timeout_ms)
    assert call.end_reason is EndReason.MEDIA_FAILED
    assert b.sent(effects) == []
    assert ReleaseMedia("c1") in effects


def test_ice_that_never_connects_hangs_up_with_ice_failed() -> None:
    call = inviting()
    call.receive(b.answer(), T0 + 1_000)
    effects = call.tick(T0 + 1_000 + CONFIG.connect_timeout_ms)
    assert [e.content["reason"] for e in b.sent(effects)] == ["ice_failed"]
    assert call.end_reason is EndReason.ICE_FAILED


def test_ice_failing_after_media_flowed_is_ice_timeout() -> None:
    call = inviting()
    call.receive(b.answer(), T0)
    call.ice_connected(T0 + 100)
    effects = call.ice_failed(T0 + 60_000)
    assert [e.content["reason"] for e in b.sent(effects)] == ["ice_timeout"]
    assert call.history_record() == CallRecord(True, False, CallOutcome.ENDED, 59_900)


def test_a_connected_call_records_its_duration() -> None:
    call = inviting()
    call.receive(b.answer(), T0)
    call.ice_connected(T0 + 500)
    effects = call.receive(b.hangup(), T0 + 500 + 754_000)
    assert call.end_reason is EndReason.REMOTE_HANGUP
    assert call.remote_reason == "user_hangup"
    assert effects[-1] == RecordHistory(
        "c1", b.ROOM, b.PEER, CallRecord(True, False, CallOutcome.ENDED, 754_000)
    )


def test_local_candidates_are_batched_as_the_spec_suggests() -> None:
    call, _ = place()
    assert call.local_candidates([CAND], T0) == []  # before the invite: held
    effects = call.media_ready(b.AUDIO_SDP, T0 + 100)
    assert b.sent_types(effects) == ["invite"]
    assert call.deadlines()[Timer.CANDIDATES] == T0 + 100 + 2_000  # ~2 s after the invite
    assert call.local_candidates([CAND], T0 + 500) == []
    effects = call.tick(T0 + 2_100)
    assert b.sent_types(effects) == ["candidates"]
    assert len(b.sent(effects)[0].content["candidates"]) == 2
    assert call.local_candidates([CAND], T0 + 3_000) == []
    assert call.deadlines()[Timer.CANDIDATES] == T0 + 3_000 + CONFIG.candidate_batch_ms
    effects = call.local_candidates([Candidate("")], T0 + 3_100)  # gathering finished: send now
    assert b.sent(effects)[0].content["candidates"][-1] == {"candidate": ""}
    assert Timer.CANDIDATES not in call.deadlines()


def test_the_callee_sends_its_candidates_half_a_second_after_the_answer() -> None:
    call, _ = ring()
    call.accept(T0)
    call.local_candidates([CAND], T0 + 10)
    effects = call.media_ready(b.ANSWER_SDP, T0 + 20)
    assert b.sent_types(effects) == ["answer"]
    assert call.deadlines()[Timer.CANDIDATES] == T0 + 20 + 500


def test_a_legacy_answer_gets_no_select_answer_and_no_renegotiation() -> None:
    call = inviting()
    effects = call.receive(b.answer(party=None, version=0), T0)
    assert b.sent(effects) == []
    assert call.legacy_peer
    assert call.receive(b.candidates(party=None, version=0), T0) != []
    effects = call.renegotiate(b.VIDEO_SDP, T0)
    assert effects == [RollbackLocalOffer("c1"), ShowNotice("c1", Notice.RENEGOTIATION_UNSUPPORTED)]
    effects = call.receive(b.hangup(party=None, version=0, reason=None), T0 + 1)
    assert call.end_reason is EndReason.REMOTE_HANGUP
    assert call.remote_reason == "user_hangup"


def test_a_reject_is_selected_like_an_answer() -> None:
    call = inviting()
    effects = call.receive(b.reject(), T0)
    assert [(e.event_type, e.content.get("selected_party_id")) for e in b.sent(effects)] == [
        ("m.call.select_answer", b.PEER_PARTY)
    ]
    assert call.history_record() == CallRecord(True, False, CallOutcome.DECLINED)


def test_busy_hangup_from_the_callee_is_busy() -> None:
    call = inviting()
    call.receive(b.hangup(reason="user_busy"), T0)
    assert call.end_reason is EndReason.REMOTE_BUSY
    assert call.history_record() == CallRecord(True, False, CallOutcome.BUSY)


def test_only_the_invitee_can_answer() -> None:
    call = inviting()
    assert call.receive(b.answer(sender=b.EVE, party="EVE"), T0) == []
    assert call.receive(b.reject(sender=b.EVE, party="EVE"), T0) == []
    assert call.state is CallState.INVITING


def test_calling_myself_takes_the_answer_of_my_other_device_but_not_my_echo() -> None:
    call, _ = Call.outgoing_call("c1", b.ROOM, b.ME, b.MY_PARTY, b.ME, video=False, now=T0, config=CONFIG)
    call.media_ready(b.AUDIO_SDP, T0)
    assert call.receive(b.answer(sender=b.ME, party=b.MY_PARTY), T0) == []
    call.receive(b.answer(sender=b.ME, party=b.MY_OTHER_PARTY), T0)
    assert call.state is CallState.CONNECTING


# --- incoming -----------------------------------------------------------------------------------


def test_an_invite_rings_until_it_expires_then_is_missed_silently() -> None:
    call, effects = ring(b.invite(lifetime=60_000, age=10_000))
    assert effects == [
        StateChanged("c1", CallState.RINGING),
        StartRinging("c1", b.ROOM, b.PEER, False),
    ]
    assert call.next_deadline() == T0 + 50_000
    assert call.tick(T0 + 49_999) == []
    effects = call.tick(T0 + 50_000)
    assert b.kinds(effects) == ["StopRinging", "StateChanged", "RecordHistory"]
    assert call.end_reason is EndReason.MISSED
    assert effects[-1] == RecordHistory("c1", b.ROOM, b.PEER, CallRecord(False, False, CallOutcome.MISSED))


@pytest.mark.parametrize("age", [60_000, 70_000, 56_000])
def test_an_invite_too_old_to_answer_is_recorded_missed_without_ringing(age: int) -> None:
    event = b.invite(lifetime=60_000, age=age)
    assert isinstance(event.content, Invite)
    call, effects = Call.incoming_call(event, event.content, b.ME, b.MY_PARTY, now=T0, config=CONFIG)
    assert call.state is CallState.ENDED
    assert call.end_reason is EndReason.MISSED
    assert b.kinds(effects) == ["StateChanged", "RecordHistory"]
    assert call.announce(T0, busy=False) == []


def test_a_hostile_lifetime_rings_no_longer_than_the_cap() -> None:
    call, _ = ring(b.invite(lifetime=10**12))
    assert call.deadlines()[Timer.RING] == T0 + CONFIG.max_ring_ms


def test_accepting_answers_with_the_offer_and_replays_the_callers_early_candidates() -> None:
    call, _ = ring(b.invite(sdp=b.VIDEO_SDP))
    call.receive(b.candidates(), T0)
    call.receive(b.candidates(sender=b.EVE, party="EVE"), T0)  # not the caller's: dropped
    effects = call.accept(T0 + 1)
    assert effects == [
        StopRinging("c1"),
        StateChanged("c1", CallState.ANSWERING),
        CreateAnswer("c1", b.VIDEO_SDP, True),
        AddRemoteCandidates("c1", (Candidate(**_host()),)),
    ]
    effects = call.media_ready(b.ANSWER_SDP, T0 + 2)
    assert b.sent(effects)[0].content == {
        "call_id": "c1",
        "party_id": b.MY_PARTY,
        "version": "1",
        "answer": {"type": "answer", "sdp": b.ANSWER_SDP},
    }


@pytest.mark.parametrize(
    ("sdp", "choice", "video"),
    [
        (b.VIDEO_SDP, False, False),
        (b.VIDEO_SDP, None, True),
        (b.AUDIO_SDP, True, False),
        (b.AUDIO_SDP, None, False),
    ],
)
def test_a_video_call_can_be_answered_with_voice_only(sdp: str, choice: bool | None, video: bool) -> None:
    call, _ = ring(b.invite(sdp=sdp))
    effects = call.accept(T0, video=choice)
    assert CreateAnswer("c1", sdp, video) in effects


def test_declining_a_legacy_call_sends_hangup_and_a_v1_call_sends_reject() -> None:
    legacy, _ = ring(b.invite(party=None, version=0, invitee=None))
    assert [(e.event_type, e.content.get("reason")) for e in b.sent(legacy.reject(T0))] == [
        ("m.call.hangup", "user_hangup")
    ]
    modern, _ = ring()
    assert b.sent_types(modern.reject(T0)) == ["reject"]
    assert modern.history_record() == CallRecord(False, False, CallOutcome.DECLINED)


def test_the_caller_selecting_another_device_ends_our_answered_call_without_sending() -> None:
    call, _ = ring()
    call.accept(T0)
    call.media_ready(b.ANSWER_SDP, T0)
    assert call.receive(b.select_answer(selected=b.MY_PARTY), T0) == []
    assert call.selected is True
    effects = call.receive(b.select_answer(selected=b.MY_OTHER_PARTY), T0)
    assert b.sent(effects) == []
    assert ShowNotice("c1", Notice.ANSWERED_ELSEWHERE) in effects
    assert call.history_record() is None  # the device that took the call records it


def test_a_select_answer_not_from_the_caller_is_ignored() -> None:
    call, _ = ring()
    assert call.receive(b.select_answer(selected="X", party=b.PEER_OTHER_PARTY), T0) == []
    assert call.state is CallState.RINGING


def test_legacy_first_answer_wins_so_my_other_devices_answer_ends_mine_only_before_i_answered() -> None:
    call, _ = ring(b.invite(party=None, version=0))
    call.accept(T0)
    other_answer = b.answer(sender=b.ME, party=None, version=0)
    effects = call.receive(other_answer, T0)
    assert call.end_reason is EndReason.ANSWERED_ELSEWHERE
    assert ShowNotice("c1", Notice.ANSWERED_ELSEWHERE) in effects
    late, _ = ring(b.invite("c2", party=None, version=0))
    late.accept(T0)
    late.media_ready(b.ANSWER_SDP, T0)
    assert late.receive(b.answer("c2", sender=b.ME, party=None, version=0), T0) == []
    assert late.state is CallState.CONNECTING


def test_busy_offer_declines_as_busy_when_the_window_passes() -> None:
    event = b.invite()
    assert isinstance(event.content, Invite)
    call, _ = Call.incoming_call(event, event.content, b.ME, b.MY_PARTY, now=T0, config=CONFIG)
    effects = call.announce(T0, busy=True)
    assert effects[-1] == OfferBusyChoice("c1", b.ROOM, b.PEER, False)
    effects = call.tick(T0 + CONFIG.busy_decision_ms)
    assert [(e.event_type, e.content.get("reason")) for e in b.sent(effects)] == [
        ("m.call.hangup", "user_busy")
    ]
    assert StopRinging("c1") in effects
    assert call.history_record() == CallRecord(False, False, CallOutcome.MISSED)


def test_unbusy_rings_normally_and_drops_the_busy_window() -> None:
    event = b.invite()
    assert isinstance(event.content, Invite)
    call, _ = Call.incoming_call(event, event.content, b.ME, b.MY_PARTY, now=T0, config=CONFIG)
    call.announce(T0, busy=True)
    assert call.unbusy() == [StartRinging("c1", b.ROOM, b.PEER, False)]
    assert Timer.BUSY not in call.deadlines()
    assert call.unbusy() == []


# --- renegotiation ------------------------------------------------------------------------------


def connected_pair() -> tuple[Call, Call]:
    caller = inviting()
    caller.receive(b.answer(), T0)
    caller.ice_connected(T0)
    callee, _ = ring()
    callee.accept(T0)
    callee.media_ready(b.ANSWER_SDP, T0)
    callee.ice_connected(T0)
    return caller, callee


def test_a_remote_offer_is_answered_through_the_media_side() -> None:
    caller, _ = connected_pair()
    effects = caller.receive(b.negotiate(sdp=b.VIDEO_SDP), T0)
    assert effects == [AnswerRenegotiation("c1", b.VIDEO_SDP)]
    effects = caller.media_ready(b.ANSWER_SDP, T0)
    assert b.sent(effects)[0].content["description"] == {"type": "answer", "sdp": b.ANSWER_SDP}


def test_our_offer_is_completed_by_the_remote_answer() -> None:
    caller, _ = connected_pair()
    assert b.sent_types(caller.renegotiate(b.VIDEO_SDP, T0)) == ["negotiate"]
    assert caller.receive(b.negotiate(offer=False, sdp=b.ANSWER_SDP), T0) == [
        SetRemoteAnswer("c1", b.ANSWER_SDP)
    ]
    assert caller.receive(b.negotiate(offer=False, sdp=b.ANSWER_SDP), T0) == []  # no offer outstanding


def test_offers_colliding_the_impolite_caller_ignores_and_the_polite_callee_rolls_back() -> None:
    caller, callee = connected_pair()
    caller.renegotiate(b.VIDEO_SDP, T0)
    callee.renegotiate(b.VIDEO_SDP, T0)
    assert caller.receive(b.negotiate(), T0) == []
    caller_offer = b.negotiate(sender=b.PEER, party=b.PEER_PARTY)
    assert callee.receive(caller_offer, T0) == [
        RollbackLocalOffer("c1"),
        AnswerRenegotiation("c1", b.VIDEO_SDP),
    ]


def test_a_stale_remote_offer_is_ignored_and_our_own_times_out() -> None:
    caller, _ = connected_pair()
    assert caller.receive(b.negotiate(lifetime=5_000, age=6_000), T0) == []
    caller.renegotiate(b.VIDEO_SDP, T0)
    effects = caller.tick(T0 + CONFIG.negotiate_lifetime_ms)
    assert effects == [RollbackLocalOffer("c1"), ShowNotice("c1", Notice.NEGOTIATION_FAILED)]
    assert caller.state is CallState.CONNECTED


def test_negotiation_from_anyone_but_the_peer_is_ignored() -> None:
    caller, _ = connected_pair()
    assert caller.receive(b.negotiate(party=b.PEER_OTHER_PARTY), T0) == []
    assert caller.receive(b.negotiate(sender=b.EVE, party="EVE"), T0) == []


def test_media_ready_without_a_request_does_nothing() -> None:
    caller, _ = connected_pair()
    assert caller.media_ready(b.AUDIO_SDP, T0) == []
    call, _ = ring()
    assert call.media_ready(b.AUDIO_SDP, T0) == []
    assert call.state is CallState.RINGING
