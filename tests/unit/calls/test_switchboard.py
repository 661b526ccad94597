"""Calls between several devices: setup, answered/declined elsewhere, glare both ways, busy, legacy peers,
duplicates and events out of order."""

from __future__ import annotations

import pytest

from messenger_desktop.api.ids import RoomId, UserId
from messenger_desktop.calls.effects import (
    AddRemoteCandidates,
    CallState,
    CreateAnswer,
    EndReason,
    Notice,
    OfferBusyChoice,
    RecordHistory,
    SendEvent,
    ShowNotice,
    StartRinging,
    StopRinging,
    TransferMedia,
)
from messenger_desktop.calls.events import Candidate
from messenger_desktop.calls.history import CallOutcome, CallRecord, history_line, summarise
from messenger_desktop.calls.switchboard import MAX_EARLY_CALLS, MAX_ENDED_CALLS, Switchboard

from . import builders as b
from .network import Device, Network

ALICE = UserId("@alice:example.org")
BOB = UserId("@bob:example.org")
CAROL = UserId("@carol:example.org")
CAROL_ROOM = RoomId("!carol:example.org")
T0 = 1_000_000


def lines(net: Network, call_id: str, me: UserId) -> str:
    record = summarise(net.events_of(call_id), me)
    assert record is not None
    return history_line(record)


# --- whole calls between devices ------------------------------------------------------------------


def test_alice_calls_bob_he_answers_they_talk_and_both_timelines_show_the_call() -> None:
    net = Network()
    alice = net.device(ALICE, "ALICEPC", "call1")
    bob = net.device(BOB, "BOBPC")
    call = alice.place(BOB, video=True)
    net.settle()
    assert bob.effects(StartRinging) == [StartRinging("call1", b.ROOM, ALICE, True)]
    assert alice.effects(StartRinging) == []  # our own invite's echo does not ring
    bob.accept("call1")
    net.settle()
    assert call.state is CallState.CONNECTING
    assert net.sent("SelectAnswer")[0].content.selected_party_id == "BOBPC"
    alice.ice_connected("call1")
    bob.ice_connected("call1")
    net.advance(12 * 60_000 + 34_000)
    alice.hangup("call1")
    net.settle()
    assert bob.call("call1").end_reason is EndReason.REMOTE_HANGUP
    assert alice.call("call1").end_reason is EndReason.LOCAL_HANGUP
    for device in (alice, bob):
        (record,) = device.effects(RecordHistory)
        assert record.record.outcome is CallOutcome.ENDED
    assert lines(net, "call1", ALICE) == "Video call · 12:34"
    assert lines(net, "call1", BOB) == "Video call · 12:34"


def test_bob_declines_and_alice_hears_declined_on_every_device_of_bobs() -> None:
    net = Network()
    alice = net.device(ALICE, "ALICEPC", "call1")
    bob_pc = net.device(BOB, "BOBPC")
    bob_phone = net.device(BOB, "BOBPHONE")
    alice.place(BOB)
    net.settle()
    bob_phone.reject("call1")
    net.settle()
    assert alice.call("call1").end_reason is EndReason.REMOTE_DECLINED
    assert bob_pc.call("call1").end_reason is EndReason.DECLINED_ELSEWHERE
    assert StopRinging("call1") in bob_pc.log
    assert ShowNotice("call1", Notice.DECLINED_ELSEWHERE) in bob_pc.log
    assert [e.content.selected_party_id for e in net.sent("SelectAnswer")] == ["BOBPHONE"]
    assert lines(net, "call1", ALICE) == "Declined voice call"
    assert lines(net, "call1", BOB) == "Declined voice call"


def test_an_answer_on_another_device_of_mine_stops_the_ringing_here() -> None:
    net = Network()
    alice = net.device(ALICE, "ALICEPC", "call1")
    bob_pc = net.device(BOB, "BOBPC")
    bob_phone = net.device(BOB, "BOBPHONE")
    alice.place(BOB)
    net.settle()
    bob_phone.accept("call1")
    net.settle()
    assert bob_pc.call("call1").end_reason is EndReason.ANSWERED_ELSEWHERE
    assert ShowNotice("call1", Notice.ANSWERED_ELSEWHERE) in bob_pc.log
    assert not [e for e in bob_pc.log if isinstance(e, SendEvent)]
    assert alice.call("call1").opponent == (BOB, "BOBPHONE")
    assert bob_pc.effects(RecordHistory) == []


def test_two_devices_answering_at_once_the_caller_selects_one_and_the_other_hangs_back() -> None:
    net = Network()
    alice = net.device(ALICE, "ALICEPC", "call1")
    bob_pc = net.device(BOB, "BOBPC")
    bob_phone = net.device(BOB, "BOBPHONE")
    alice.place(BOB)
    net.settle()
    bob_pc.accept("call1")
    bob_phone.accept("call1")  # before either has seen the other's answer
    net.settle()
    assert alice.call("call1").opponent == (BOB, "BOBPC")
    assert bob_pc.call("call1").state is CallState.CONNECTING
    assert bob_pc.call("call1").selected is True
    assert bob_phone.call("call1").end_reason is EndReason.ANSWERED_ELSEWHERE
    assert len(net.sent("Hangup")) == 0


@pytest.mark.parametrize(("alice_id", "bob_id", "winner"), [("aaa", "bbb", "aaa"), ("zzz", "bbb", "bbb")])
def test_glare_both_ways_both_sides_end_up_in_the_call_with_the_lesser_id(
    alice_id: str, bob_id: str, winner: str
) -> None:
    net = Network()
    alice = net.device(ALICE, "ALICEPC", alice_id)
    bob = net.device(BOB, "BOBPC", bob_id)
    alice.place(BOB)
    bob.place(ALICE)  # both invites are out before either side syncs
    net.settle()
    loser = bob_id if winner == alice_id else alice_id
    for device in (alice, bob):
        assert device.call(winner).state is CallState.CONNECTING
        assert device.call(loser).end_reason is EndReason.REPLACED
        assert device.effects(StartRinging) == []  # seamless: as if the other had just picked up
        assert device.effects(RecordHistory) == []
    loser_owner = alice if loser == alice_id else bob
    assert TransferMedia(loser, winner) in loser_owner.log
    hangups = net.sent("Hangup")
    assert [(e.call_id, e.sender) for e in hangups] == [(loser, loser_owner.user)]  # the greater is aborted
    assert len(net.sent("Answer")) == 1


def test_glare_while_preparing_our_invite_drops_it_and_accepts_theirs() -> None:
    board = Switchboard(ALICE, "ALICEPC", new_call_id=lambda: "zzz")
    ours, _ = board.place(b.ROOM, BOB, video=True, now=T0)
    assert ours is not None
    effects = board.receive([b.invite("yyy", sender=BOB, party="BOBPC", invitee=ALICE)], T0)
    assert b.kinds(effects)[:2] == ["TransferMedia", "ReleaseMedia"]
    assert b.sent(effects) == []  # nothing of ours was out
    assert ours.end_reason is EndReason.REPLACED
    assert CreateAnswer("yyy", b.AUDIO_SDP, False) in effects  # their offer has no video
    assert not [e for e in effects if isinstance(e, StartRinging)]
    assert board.media_ready("zzz", b.AUDIO_SDP, T0) == []  # our late offer goes nowhere


def test_an_invite_in_another_room_is_not_glare() -> None:
    board = Switchboard(ALICE, "ALICEPC", new_call_id=lambda: "zzz")
    board.place(b.ROOM, BOB, video=False, now=T0)
    board.media_ready("zzz", b.AUDIO_SDP, T0)
    effects = board.receive([b.invite("aaa", sender=CAROL, invitee=ALICE, room=CAROL_ROOM)], T0)
    assert b.kinds(effects)[-1] == "OfferBusyChoice"
    assert board.get("zzz").state is CallState.INVITING


# --- busy -----------------------------------------------------------------------------------------


def busy_bob() -> tuple[Network, Device, Device, Device]:
    net = Network()
    alice = net.device(ALICE, "ALICEPC", "call1")
    bob = net.device(BOB, "BOBPC")
    carol = net.device(CAROL, "CAROLPC", "call2")
    alice.place(BOB)
    net.settle()
    bob.accept("call1")
    net.settle()
    alice.ice_connected("call1")
    bob.ice_connected("call1")
    carol.place(BOB, room=CAROL_ROOM)
    net.settle()
    return net, alice, bob, carol


def test_a_call_while_in_a_call_offers_the_choice_and_then_declines_as_busy() -> None:
    net, _alice, bob, carol = busy_bob()
    assert bob.effects(OfferBusyChoice) == [OfferBusyChoice("call2", CAROL_ROOM, CAROL, False)]
    net.advance(net.config.busy_decision_ms)
    net.settle()
    assert carol.call("call2").end_reason is EndReason.REMOTE_BUSY
    assert [e.content.reason for e in net.sent("Hangup")] == ["user_busy"]
    assert bob.call("call1").state is CallState.CONNECTED
    assert lines(net, "call2", CAROL) == "Voice call · busy"
    assert lines(net, "call2", BOB) == "Missed voice call"


def test_hang_up_and_answer_ends_the_current_call_and_takes_the_new_one() -> None:
    net, alice, bob, carol = busy_bob()
    bob.run(bob.board.hang_up_and_answer("call2", net.now))
    net.settle()
    assert alice.call("call1").end_reason is EndReason.REMOTE_HANGUP
    assert carol.call("call2").state is CallState.CONNECTING
    assert bob.call("call2").state is CallState.CONNECTING


def test_when_the_current_call_ends_first_the_waiting_call_rings() -> None:
    net, alice, bob, _carol = busy_bob()
    alice.hangup("call1")
    net.settle()
    assert StartRinging("call2", CAROL_ROOM, CAROL, False) in bob.log
    assert bob.call("call2").busy is False


def test_placing_a_call_while_in_one_is_refused() -> None:
    _net, _alice, bob, _carol = busy_bob()
    call, effects = bob.board.place(b.ROOM, ALICE, video=False, now=T0)
    assert (call, effects) == (None, [])


def test_two_invites_in_one_sync_ring_once_and_offer_the_second_as_busy() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    effects = board.receive([b.invite("c1"), b.invite("c2", sender=CAROL, room=CAROL_ROOM)], T0)
    assert [type(e).__name__ for e in effects if isinstance(e, StartRinging | OfferBusyChoice)] == [
        "StartRinging",
        "OfferBusyChoice",
    ]
    effects = board.ignore("c1", T0)
    assert StartRinging("c2", CAROL_ROOM, CAROL, False) in effects


# --- legacy (version 0) peers -------------------------------------------------------------------


def test_a_legacy_element_call_rings_connects_and_ends() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    invite = b.invite("c1591052749788.3474", party=None, version=0, invitee=None, lifetime=60_000)
    effects = board.receive([invite], T0)
    assert StartRinging("c1591052749788.3474", b.ROOM, b.PEER, False) in effects
    effects = board.accept("c1591052749788.3474", T0)
    effects += board.media_ready("c1591052749788.3474", b.ANSWER_SDP, T0)
    assert b.sent_types(effects) == ["answer"]
    legacy_candidates = b.candidates(
        "c1591052749788.3474", party=None, version=0, items=[{"candidate": "candidate:9", "sdpMLineIndex": 0}]
    )
    assert board.receive([legacy_candidates], T0) == [
        AddRemoteCandidates("c1591052749788.3474", (Candidate("candidate:9", None, 0),))
    ]
    board.ice_connected("c1591052749788.3474", T0)
    effects = board.receive([b.hangup("c1591052749788.3474", party=None, version=0, reason=None)], T0 + 5_000)
    call = board.get("c1591052749788.3474")
    assert call is not None
    assert call.end_reason is EndReason.REMOTE_HANGUP
    assert effects[-1] == RecordHistory(
        call.call_id, b.ROOM, b.PEER, CallRecord(False, False, CallOutcome.ENDED, 5_000)
    )


# --- batches, duplicates, out of order ------------------------------------------------------------


def test_a_hangup_in_the_same_sync_as_its_invite_never_rings() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    effects = board.receive([b.invite(), b.hangup()], T0)
    assert b.kinds(effects) == ["StateChanged", "RecordHistory"]
    assert effects[-1].record.outcome is CallOutcome.MISSED


def test_an_answer_elsewhere_in_the_same_sync_never_rings_and_is_not_missed() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    effects = board.receive([b.invite(), b.answer(sender=b.ME, party=b.MY_OTHER_PARTY)], T0)
    assert b.kinds(effects) == ["StateChanged", "ShowNotice"]


def test_a_hangup_seen_before_its_invite_keeps_the_invite_silent() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    assert board.receive([b.hangup()], T0) == []
    effects = board.receive([b.invite()], T0 + 10)
    assert not [e for e in effects if isinstance(e, StartRinging)]
    assert board.get("c1").end_reason is EndReason.MISSED


def test_candidates_before_their_invite_are_kept_and_used() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    assert board.receive([b.candidates()], T0) == []
    board.receive([b.invite()], T0)
    effects = board.accept("c1", T0)
    assert isinstance(effects[-1], AddRemoteCandidates)


def test_candidates_after_a_hangup_are_dropped() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    board.receive([b.invite()], T0)
    board.accept("c1", T0)
    board.media_ready("c1", b.ANSWER_SDP, T0)
    board.receive([b.hangup()], T0)
    assert board.receive([b.candidates(), b.negotiate(), b.select_answer(selected="X")], T0) == []
    assert board.live_calls() == []


def test_duplicate_events_are_ignored() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    invite = b.invite()
    first = board.receive([invite], T0)
    assert StartRinging in {type(e) for e in first}
    assert board.receive([invite], T0) == []  # same event again (a resent sync)
    assert board.receive([b.invite()], T0) == []  # another invite for a known call
    candidates = b.candidates()
    board.receive([candidates, candidates], T0)
    effects = board.accept("c1", T0)
    (replayed,) = [e for e in effects if isinstance(e, AddRemoteCandidates)]
    assert len(replayed.candidates) == 1


def test_my_own_invite_echo_and_invites_for_others_do_not_ring() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    echo = b.invite("c1", sender=b.ME, party=b.MY_PARTY, invitee=b.PEER)
    for_someone_else = b.invite("c2", invitee=b.EVE)
    my_other_device_calls_the_room = b.invite("c3", sender=b.ME, party=b.MY_OTHER_PARTY, invitee=None)
    my_other_device_calls_someone = b.invite("c4", sender=b.ME, party=b.MY_OTHER_PARTY, invitee=b.PEER)
    effects = board.receive(
        [echo, for_someone_else, my_other_device_calls_the_room, my_other_device_calls_someone], T0
    )
    assert effects == []
    assert board.live_calls() == []


def test_calling_myself_from_another_device_rings_here() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    effects = board.receive([b.invite(sender=b.ME, party=b.MY_OTHER_PARTY, invitee=b.ME)], T0)
    assert StartRinging("c1", b.ROOM, b.ME, False) in effects


def test_a_stale_invite_is_missed_without_ringing() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    effects = board.receive([b.invite(lifetime=60_000, age=3_600_000)], T0)
    assert b.kinds(effects) == ["StateChanged", "RecordHistory"]


def test_memory_for_unknown_and_ended_calls_is_bounded() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    board.receive([b.candidates(f"early{i}") for i in range(MAX_EARLY_CALLS * 3)], T0)
    assert len(board._early) == MAX_EARLY_CALLS
    for i in range(MAX_ENDED_CALLS * 2):
        board.receive([b.invite(f"old{i}"), b.hangup(f"old{i}")], T0)
    assert len(board._calls) <= MAX_ENDED_CALLS + 1


def test_the_peer_leaving_the_room_ends_the_call() -> None:
    board = Switchboard(b.ME, b.MY_PARTY, new_call_id=lambda: "c9")
    board.place(b.ROOM, b.PEER, video=False, now=T0)
    board.media_ready("c9", b.AUDIO_SDP, T0)
    assert board.peer_left(b.ROOM, b.EVE, T0) == []
    effects = board.peer_left(b.ROOM, b.PEER, T0)
    assert board.get("c9").end_reason is EndReason.PEER_LEFT
    assert effects[-1].record.outcome is CallOutcome.NO_ANSWER


def test_next_deadline_and_tick_cover_every_call() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    assert board.next_deadline() is None
    board.receive(
        [b.invite("c1", lifetime=30_000), b.invite("c2", lifetime=60_000, sender=CAROL, room=CAROL_ROOM)], T0
    )
    assert board.next_deadline() == T0 + board.config.busy_decision_ms  # c2 is offered as busy
    effects = board.tick(T0 + 60_000)
    assert {e.call_id for e in effects if isinstance(e, StopRinging)} == {"c1", "c2"}
    assert board.next_deadline() is None
    assert board.live_calls() == []


def test_intents_for_unknown_calls_do_nothing() -> None:
    board = Switchboard(b.ME, b.MY_PARTY)
    for action in (board.reject, board.ignore, board.decline_busy, board.hangup, board.media_failed):
        assert action("nope", T0) == []
    assert board.accept("nope", T0) == []
    assert board.media_ready("nope", "sdp", T0) == []
    assert board.local_candidates("nope", [], T0) == []
    assert board.ice_connected("nope", T0) == []
    assert board.ice_failed("nope", T0) == []
    assert board.renegotiate("nope", "sdp", T0) == []
