"""Every state of a call against every input: the expected transitions are listed, all else is a no-op.

The table is the state diagram. A (state, input) pair that is not listed must leave the call exactly
as it was and do nothing, which is what makes the table exhaustive: a new transition cannot sneak
in without being written down here.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from messenger_desktop.calls.effects import CallState, Effect, EndReason
from messenger_desktop.calls.events import Candidate, Invite, RemoteEvent
from messenger_desktop.calls.machine import Call, CallConfig

from . import builders as b

T0 = 1_000_000
CONFIG = CallConfig()
CAND = Candidate("candidate:1 1 udp 1 127.0.0.1 9 typ host", "0", 0)


def outgoing_creating() -> Call:
    call, _ = Call.outgoing_call("c1", b.ROOM, b.ME, b.MY_PARTY, b.PEER, video=False, now=T0, config=CONFIG)
    return call


def outgoing_inviting() -> Call:
    call = outgoing_creating()
    call.media_ready(b.AUDIO_SDP, T0)
    return call


def outgoing_connecting() -> Call:
    call = outgoing_inviting()
    call.receive(b.answer(), T0)
    return call


def outgoing_connected() -> Call:
    call = outgoing_connecting()
    call.ice_connected(T0)
    return call


def incoming_ringing() -> Call:
    event = b.invite(sdp=b.VIDEO_SDP)
    assert isinstance(event.content, Invite)
    call, _ = Call.incoming_call(event, event.content, b.ME, b.MY_PARTY, now=T0, config=CONFIG)
    call.announce(T0, busy=False)
    return call


def incoming_answering() -> Call:
    call = incoming_ringing()
    call.accept(T0)
    return call


def incoming_connecting() -> Call:
    call = incoming_answering()
    call.media_ready(b.ANSWER_SDP, T0)
    return call


def incoming_connected() -> Call:
    call = incoming_connecting()
    call.ice_connected(T0)
    return call


def ended() -> Call:
    call = outgoing_connected()
    call.hangup(T0)
    return call


STATES: dict[str, Callable[[], Call]] = {
    "out_creating": outgoing_creating,
    "out_inviting": outgoing_inviting,
    "out_connecting": outgoing_connecting,
    "out_connected": outgoing_connected,
    "in_ringing": incoming_ringing,
    "in_answering": incoming_answering,
    "in_connecting": incoming_connecting,
    "in_connected": incoming_connected,
    "ended": ended,
}


def remote(event: Callable[[], RemoteEvent]) -> Callable[[Call], list[Effect]]:
    return lambda call: call.receive(event(), T0 + 1)


INPUTS: dict[str, Callable[[Call], list[Effect]]] = {
    "media_ready": lambda call: call.media_ready(b.AUDIO_SDP, T0 + 1),
    "media_failed": lambda call: call.media_failed(T0 + 1),
    "local_candidates": lambda call: call.local_candidates([CAND], T0 + 1),
    "local_end_of_candidates": lambda call: call.local_candidates([CAND, Candidate("")], T0 + 1),
    "ice_connected": lambda call: call.ice_connected(T0 + 1),
    "ice_failed": lambda call: call.ice_failed(T0 + 1),
    "accept": lambda call: call.accept(T0 + 1),
    "accept_voice_only": lambda call: call.accept(T0 + 1, video=False),
    "reject": lambda call: call.reject(T0 + 1),
    "ignore": lambda call: call.ignore(T0 + 1),
    "decline_busy": lambda call: call.decline_busy(T0 + 1),
    "hangup": lambda call: call.hangup(T0 + 1),
    "renegotiate": lambda call: call.renegotiate(b.VIDEO_SDP, T0 + 1),
    "peer_left": lambda call: call.peer_left(T0 + 1),
    "replaced": lambda call: call.replaced(T0 + 1),
    "answer_from_peer": remote(lambda: b.answer()),
    "answer_from_peer_other_device": remote(lambda: b.answer(party=b.PEER_OTHER_PARTY)),
    "answer_from_my_other_device": remote(lambda: b.answer(sender=b.ME, party=b.MY_OTHER_PARTY)),
    "reject_from_peer": remote(lambda: b.reject()),
    "reject_from_my_other_device": remote(lambda: b.reject(sender=b.ME, party=b.MY_OTHER_PARTY)),
    "hangup_from_peer": remote(lambda: b.hangup()),
    "busy_from_peer": remote(lambda: b.hangup(reason="user_busy")),
    "hangup_from_peer_other_device": remote(lambda: b.hangup(party=b.PEER_OTHER_PARTY)),
    "hangup_from_my_other_device": remote(lambda: b.hangup(sender=b.ME, party=b.MY_OTHER_PARTY)),
    "hangup_from_stranger": remote(lambda: b.hangup(sender=b.EVE, party="EVE")),
    "my_own_hangup_echo": remote(lambda: b.hangup(sender=b.ME, party=b.MY_PARTY)),
    "candidates_from_peer": remote(lambda: b.candidates()),
    "candidates_from_stranger": remote(lambda: b.candidates(sender=b.EVE, party="EVE")),
    "select_answer_me": remote(lambda: b.select_answer(selected=b.MY_PARTY)),
    "select_answer_other": remote(lambda: b.select_answer(selected=b.MY_OTHER_PARTY)),
    "select_answer_from_stranger": remote(lambda: b.select_answer(selected="X", sender=b.EVE, party="EVE")),
    "negotiate_offer": remote(lambda: b.negotiate()),
    "negotiate_answer": remote(lambda: b.negotiate(offer=False)),
    "invite_again": remote(lambda: b.invite()),
    "other_call_hangup": remote(lambda: b.hangup("c2")),
}

S = CallState
R = EndReason
Expected = tuple[CallState, EndReason | None, list[str]]

# (state, input) -> (new state, end reason, m.call.* events sent); unlisted pairs change nothing.
TRANSITIONS: dict[tuple[str, str], Expected] = {
    # outgoing, preparing the offer: nothing has been sent, nobody knows the call
    ("out_creating", "media_ready"): (S.INVITING, None, ["invite"]),
    ("out_creating", "media_failed"): (S.ENDED, R.MEDIA_FAILED, []),
    ("out_creating", "ice_failed"): (S.ENDED, R.ICE_FAILED, []),
    ("out_creating", "hangup"): (S.ENDED, R.CANCELLED, []),
    ("out_creating", "peer_left"): (S.ENDED, R.PEER_LEFT, []),
    ("out_creating", "replaced"): (S.ENDED, R.REPLACED, []),
    # outgoing, invite sent
    ("out_inviting", "media_failed"): (S.ENDED, R.MEDIA_FAILED, ["hangup"]),
    ("out_inviting", "local_end_of_candidates"): (S.INVITING, None, ["candidates"]),
    ("out_inviting", "ice_failed"): (S.ENDED, R.ICE_FAILED, ["hangup"]),
    ("out_inviting", "hangup"): (S.ENDED, R.CANCELLED, ["hangup"]),
    ("out_inviting", "peer_left"): (S.ENDED, R.PEER_LEFT, []),
    ("out_inviting", "replaced"): (S.ENDED, R.REPLACED, ["hangup"]),
    ("out_inviting", "answer_from_peer"): (S.CONNECTING, None, ["select_answer"]),
    ("out_inviting", "answer_from_peer_other_device"): (S.CONNECTING, None, ["select_answer"]),
    ("out_inviting", "reject_from_peer"): (S.ENDED, R.REMOTE_DECLINED, ["select_answer"]),
    ("out_inviting", "hangup_from_peer"): (S.ENDED, R.REMOTE_DECLINED, []),
    ("out_inviting", "busy_from_peer"): (S.ENDED, R.REMOTE_BUSY, []),
    ("out_inviting", "hangup_from_peer_other_device"): (S.ENDED, R.REMOTE_DECLINED, []),
    # outgoing, answer selected (the selected party is the peer's PEER_PARTY)
    ("out_connecting", "media_failed"): (S.ENDED, R.MEDIA_FAILED, ["hangup"]),
    ("out_connecting", "local_end_of_candidates"): (S.CONNECTING, None, ["candidates"]),
    ("out_connecting", "ice_connected"): (S.CONNECTED, None, []),
    ("out_connecting", "ice_failed"): (S.ENDED, R.ICE_FAILED, ["hangup"]),
    ("out_connecting", "hangup"): (S.ENDED, R.LOCAL_HANGUP, ["hangup"]),
    ("out_connecting", "renegotiate"): (S.CONNECTING, None, ["negotiate"]),
    ("out_connecting", "peer_left"): (S.ENDED, R.PEER_LEFT, []),
    ("out_connecting", "replaced"): (S.ENDED, R.REPLACED, []),
    ("out_connecting", "hangup_from_peer"): (S.ENDED, R.REMOTE_HANGUP, []),
    ("out_connecting", "busy_from_peer"): (S.ENDED, R.REMOTE_HANGUP, []),
    ("out_connected", "media_failed"): (S.ENDED, R.MEDIA_FAILED, ["hangup"]),
    ("out_connected", "local_end_of_candidates"): (S.CONNECTED, None, ["candidates"]),
    ("out_connected", "ice_failed"): (S.ENDED, R.ICE_FAILED, ["hangup"]),
    ("out_connected", "hangup"): (S.ENDED, R.LOCAL_HANGUP, ["hangup"]),
    ("out_connected", "renegotiate"): (S.CONNECTED, None, ["negotiate"]),
    ("out_connected", "peer_left"): (S.ENDED, R.PEER_LEFT, []),
    ("out_connected", "replaced"): (S.ENDED, R.REPLACED, []),
    ("out_connected", "hangup_from_peer"): (S.ENDED, R.REMOTE_HANGUP, []),
    ("out_connected", "busy_from_peer"): (S.ENDED, R.REMOTE_HANGUP, []),
    # incoming, ringing (the caller is PEER/PEER_PARTY)
    ("in_ringing", "accept"): (S.ANSWERING, None, []),
    ("in_ringing", "accept_voice_only"): (S.ANSWERING, None, []),
    ("in_ringing", "reject"): (S.ENDED, R.DECLINED, ["reject"]),
    ("in_ringing", "ignore"): (S.ENDED, R.IGNORED, []),
    ("in_ringing", "decline_busy"): (S.ENDED, R.BUSY_DECLINED, ["hangup"]),
    ("in_ringing", "hangup"): (S.ENDED, R.DECLINED, ["reject"]),
    ("in_ringing", "peer_left"): (S.ENDED, R.MISSED, []),
    ("in_ringing", "replaced"): (S.ENDED, R.REPLACED, []),
    ("in_ringing", "answer_from_my_other_device"): (S.ENDED, R.ANSWERED_ELSEWHERE, []),
    ("in_ringing", "reject_from_my_other_device"): (S.ENDED, R.DECLINED_ELSEWHERE, []),
    ("in_ringing", "hangup_from_peer"): (S.ENDED, R.MISSED, []),
    ("in_ringing", "busy_from_peer"): (S.ENDED, R.MISSED, []),
    ("in_ringing", "hangup_from_my_other_device"): (S.ENDED, R.DECLINED_ELSEWHERE, []),
    ("in_ringing", "select_answer_other"): (S.ENDED, R.ANSWERED_ELSEWHERE, []),
    # incoming, accepted, our answer being prepared
    ("in_answering", "media_ready"): (S.CONNECTING, None, ["answer"]),
    ("in_answering", "media_failed"): (S.ENDED, R.MEDIA_FAILED, ["hangup"]),
    ("in_answering", "ice_failed"): (S.ENDED, R.ICE_FAILED, ["hangup"]),
    ("in_answering", "hangup"): (S.ENDED, R.LOCAL_HANGUP, ["hangup"]),
    ("in_answering", "peer_left"): (S.ENDED, R.PEER_LEFT, []),
    ("in_answering", "replaced"): (S.ENDED, R.REPLACED, []),
    ("in_answering", "hangup_from_peer"): (S.ENDED, R.REMOTE_HANGUP, []),
    ("in_answering", "busy_from_peer"): (S.ENDED, R.REMOTE_HANGUP, []),
    ("in_answering", "select_answer_other"): (S.ENDED, R.ANSWERED_ELSEWHERE, []),
    # incoming, answer sent
    ("in_connecting", "media_failed"): (S.ENDED, R.MEDIA_FAILED, ["hangup"]),
    ("in_connecting", "local_end_of_candidates"): (S.CONNECTING, None, ["candidates"]),
    ("in_connecting", "ice_connected"): (S.CONNECTED, None, []),
    ("in_connecting", "ice_failed"): (S.ENDED, R.ICE_FAILED, ["hangup"]),
    ("in_connecting", "hangup"): (S.ENDED, R.LOCAL_HANGUP, ["hangup"]),
    ("in_connecting", "renegotiate"): (S.CONNECTING, None, ["negotiate"]),
    ("in_connecting", "peer_left"): (S.ENDED, R.PEER_LEFT, []),
    ("in_connecting", "replaced"): (S.ENDED, R.REPLACED, []),
    ("in_connecting", "hangup_from_peer"): (S.ENDED, R.REMOTE_HANGUP, []),
    ("in_connecting", "busy_from_peer"): (S.ENDED, R.REMOTE_HANGUP, []),
    ("in_connecting", "select_answer_other"): (S.ENDED, R.ANSWERED_ELSEWHERE, []),
    ("in_connected", "media_failed"): (S.ENDED, R.MEDIA_FAILED, ["hangup"]),
    ("in_connected", "local_end_of_candidates"): (S.CONNECTED, None, ["candidates"]),
    ("in_connected", "ice_failed"): (S.ENDED, R.ICE_FAILED, ["hangup"]),
    ("in_connected", "hangup"): (S.ENDED, R.LOCAL_HANGUP, ["hangup"]),
    ("in_connected", "renegotiate"): (S.CONNECTED, None, ["negotiate"]),
    ("in_connected", "peer_left"): (S.ENDED, R.PEER_LEFT, []),
    ("in_connected", "replaced"): (S.ENDED, R.REPLACED, []),
    ("in_connected", "hangup_from_peer"): (S.ENDED, R.REMOTE_HANGUP, []),
    ("in_connected", "busy_from_peer"): (S.ENDED, R.REMOTE_HANGUP, []),
    ("in_connected", "select_answer_other"): (S.ENDED, R.ANSWERED_ELSEWHERE, []),
}

# Pairs that change nothing visible but do something (buffer, forward, queue): effects but no new state.
QUIET_WORK: dict[tuple[str, str], list[str]] = {
    ("out_connecting", "candidates_from_peer"): ["AddRemoteCandidates"],
    ("out_connected", "candidates_from_peer"): ["AddRemoteCandidates"],
    ("out_connecting", "negotiate_offer"): ["AnswerRenegotiation"],
    ("out_connected", "negotiate_offer"): ["AnswerRenegotiation"],
    ("in_answering", "candidates_from_peer"): ["AddRemoteCandidates"],
    ("in_connecting", "candidates_from_peer"): ["AddRemoteCandidates"],
    ("in_connected", "candidates_from_peer"): ["AddRemoteCandidates"],
    ("in_connecting", "negotiate_offer"): ["AnswerRenegotiation"],
    ("in_connected", "negotiate_offer"): ["AnswerRenegotiation"],
}

CASES = [(state, name) for state in STATES for name in INPUTS]


def test_the_table_only_names_known_states_and_inputs() -> None:
    for state, name in [*TRANSITIONS, *QUIET_WORK]:
        assert state in STATES
        assert name in INPUTS


@pytest.mark.parametrize(("state", "name"), CASES, ids=[f"{s}-{n}" for s, n in CASES])
def test_transition(state: str, name: str) -> None:
    call = STATES[state]()
    before = (call.state, call.end_reason, call.deadlines())
    effects = INPUTS[name](call)
    expected = TRANSITIONS.get((state, name))
    if expected is None:
        assert (call.state, call.end_reason) == before[:2]
        assert b.kinds(effects) == QUIET_WORK.get((state, name), [])
        if state == "ended":
            assert call.deadlines() == {}
        return
    new_state, reason, sent = expected
    assert call.state is new_state
    assert call.end_reason is reason
    assert b.sent_types(effects) == sent
    for event in b.sent(effects):
        assert event.content["party_id"] == b.MY_PARTY
        assert event.content["version"] == "1"
        assert event.content["call_id"] == "c1"
        assert event.room_id == b.ROOM
    if new_state is not before[0]:
        changed = [e for e in effects if type(e).__name__ == "StateChanged"]
        assert changed, "a new state is announced"
        assert changed[-1].state is new_state
    if new_state is S.ENDED:
        assert call.deadlines() == {}
        assert call.ended_at == T0 + 1
        assert "ReleaseMedia" in b.kinds(effects) or state == "in_ringing"
        if state == "in_ringing":
            assert "StopRinging" in b.kinds(effects)
        if state == "out_inviting":
            assert "StopRingback" in b.kinds(effects)


def test_every_state_is_reachable_and_the_table_covers_every_state() -> None:
    reached = {factory().state for factory in STATES.values()}
    assert reached == set(CallState) - set()  # all seven states
    assert {new for new, _, _ in TRANSITIONS.values()} <= set(CallState)
