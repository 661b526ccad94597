"""Random sequences of user actions, partial syncs, time, duplicates and hostile events never raise and
always leave every device consistent (fixed seeds, so a failure replays exactly)."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable

import pytest

from messenger_desktop.api.ids import EventId, RoomId, UserId
from messenger_desktop.calls.effects import (
    CallState,
    CreateAnswer,
    CreateOffer,
    Effect,
    OfferBusyChoice,
    RecordHistory,
    ReleaseMedia,
    SendEvent,
    StartRingback,
    StartRinging,
    StateChanged,
    StopRingback,
    StopRinging,
)
from messenger_desktop.calls.events import Candidate, RemoteEvent, parse_call_event, parse_content

from . import builders as b
from .network import Device, Network

ALICE = UserId("@alice:example.org")
BOB = UserId("@bob:example.org")
CAROL = UserId("@carol:example.org")
CAROL_ROOM = RoomId("!carol:example.org")
AFTER_END = (RecordHistory, StateChanged)  # the effects that may accompany the end itself


def call_ids(device: Device) -> list[str]:
    return list(device.board._calls)


def hostile_event(rng: random.Random, net: Network) -> RemoteEvent | None:
    known = [e.call_id for e in net.timeline] or ["c1"]
    call_id = rng.choice([*known, "ghost", "a", "zzz"])
    sender = rng.choice([ALICE, BOB, CAROL, b.EVE])
    party = rng.choice([None, "ALICEPC", "BOBPC", "BOBPHONE", "CAROLPC", "EVE"])
    version = rng.choice(["1", 0, 1, "2"])
    room = rng.choice([b.ROOM, CAROL_ROOM])
    choices: list[tuple[str, dict[str, object]]] = [
        ("m.call.invite", {"offer": {"sdp": b.AUDIO_SDP}, "lifetime": rng.choice([1, 5_000, 60_000, 10**9])}),
        (
            "m.call.invite",
            {"offer": {"sdp": b.VIDEO_SDP}, "lifetime": 60_000, "invitee": rng.choice([ALICE, BOB])},
        ),
        ("m.call.answer", {"answer": {"sdp": b.ANSWER_SDP}}),
        ("m.call.candidates", {"candidates": [b.HOST_CANDIDATE, {"candidate": ""}]}),
        ("m.call.select_answer", {"selected_party_id": rng.choice(["BOBPC", "BOBPHONE", "X"])}),
        ("m.call.reject", {}),
        ("m.call.hangup", {"reason": rng.choice(["user_hangup", "user_busy", "ice_failed", None])}),
        ("m.call.negotiate", {"description": {"type": rng.choice(["offer", "answer"]), "sdp": b.VIDEO_SDP}}),
        ("m.call.hangup", {"reason": ["nonsense"]}),
        ("m.call.invite", {"offer": "broken"}),
    ]
    event_type, extra = rng.choice(choices)
    content: dict[str, object] = {"call_id": call_id, "version": version, **extra}
    if party is not None:
        content["party_id"] = party
    raw = {
        "event_id": f"$hostile{rng.random()}",
        "sender": sender,
        "type": event_type,
        "content": content,
        "unsigned": {"age": rng.choice([0, 100, 59_000, 10**8])},
    }
    return parse_call_event(raw, room, wall_now_ms=0)


def random_step(rng: random.Random, net: Network, devices: list[Device]) -> None:
    device = rng.choice(devices)
    now = net.now
    known = call_ids(device)
    call_id = rng.choice(known) if known else "none"
    actions: list[Callable[[], None]] = [
        lambda: device.sync(),
        lambda: device.sync(),
        lambda: device.sync(),
        lambda: net.advance(rng.choice([1, 200, 2_000, 15_000, 40_000])),
        lambda: device.release_media(),
        lambda: setattr(device, "hold_media", not device.hold_media),
        lambda: device.run(device.board.accept(call_id, now, video=rng.choice([None, True, False]))),
        lambda: device.run(device.board.reject(call_id, now)),
        lambda: device.run(device.board.ignore(call_id, now)),
        lambda: device.run(device.board.decline_busy(call_id, now)),
        lambda: device.run(device.board.hangup(call_id, now)),
        lambda: device.run(device.board.ice_connected(call_id, now)),
        lambda: device.run(device.board.ice_connected(call_id, now)),
        lambda: device.run(device.board.ice_failed(call_id, now)),
        lambda: device.run(device.board.media_failed(call_id, now)),
        lambda: device.run(device.board.media_ready(call_id, b.AUDIO_SDP, now)),
        lambda: device.run(device.board.renegotiate(call_id, b.VIDEO_SDP, now)),
        lambda: device.run(
            device.board.local_candidates(
                call_id, [Candidate("candidate:1", "0", 0), Candidate("")][: rng.randint(1, 2)], now
            )
        ),
        lambda: device.run(
            device.board.peer_left(rng.choice([b.ROOM, CAROL_ROOM]), rng.choice([ALICE, BOB]), now)
        ),
        lambda: place(rng, device),
        lambda: place(rng, device),
        lambda: inject(rng, net),
        lambda: duplicate(rng, net),
    ]
    rng.choice(actions)()


def place(rng: random.Random, device: Device) -> None:
    if device.user == BOB:
        invitee, room = rng.choice([(ALICE, b.ROOM), (CAROL, CAROL_ROOM)])
    else:
        invitee, room = BOB, (b.ROOM if device.user == ALICE else CAROL_ROOM)
    _call, effects = device.board.place(room, invitee, video=rng.random() < 0.5, now=device.net.now)
    device.run(effects)


def inject(rng: random.Random, net: Network) -> None:
    event = hostile_event(rng, net)
    if event is not None:
        net.timeline.append(event)


def duplicate(rng: random.Random, net: Network) -> None:
    if net.timeline:
        net.timeline.append(rng.choice(net.timeline))  # the same event id again


def check(device: Device) -> None:
    board = device.board
    engaged = [call for call in board._calls.values() if call.engaged]
    assert len(engaged) <= 1, f"{device} is in several calls at once: {engaged}"
    for call in board._calls.values():
        assert (call.state is CallState.ENDED) == (call.end_reason is not None) == (call.ended_at is not None)
        if call.ended:
            assert call.deadlines() == {}
        else:
            assert call.next_deadline() is not None or call.state is CallState.CONNECTED
        if call.state is CallState.CONNECTED:
            assert call.connected_at is not None
        if call.busy:
            assert call.state is CallState.RINGING and call.announced
    by_call: dict[str, list[Effect]] = defaultdict(list)
    for effect in device.log:
        call_id = getattr(effect, "call_id", None) or getattr(effect, "from_call", None)
        if call_id is not None:
            by_call[call_id].append(effect)
        if isinstance(effect, SendEvent):
            content = parse_content(effect.event_type, effect.content)
            assert content is not None
            assert content.party_id == device.party
            assert effect.content["version"] == "1"
    for call_id, effects in by_call.items():
        call = board.get(call_id)
        if call is None:
            continue  # forgotten (bounded memory)
        rings = [i for i, e in enumerate(effects) if isinstance(e, StartRinging | OfferBusyChoice)]
        stops = [i for i, e in enumerate(effects) if isinstance(e, StopRinging)]
        ringbacks = [i for i, e in enumerate(effects) if isinstance(e, StartRingback)]
        ringback_stops = [i for i, e in enumerate(effects) if isinstance(e, StopRingback)]
        releases = [e for e in effects if isinstance(e, ReleaseMedia)]
        ends = [
            i for i, e in enumerate(effects) if isinstance(e, StateChanged) and e.state is CallState.ENDED
        ]
        media = any(isinstance(e, CreateOffer | CreateAnswer) for e in effects)
        assert len(stops) <= 1 and len(ringbacks) <= 1 and len(ringback_stops) <= 1
        assert len([e for e in effects if isinstance(e, RecordHistory)]) <= 1
        if call.ended:
            assert len(ends) == 1
            assert len(stops) == (1 if rings else 0), f"{call_id}: ringing must stop exactly once"
            assert all(i < stops[0] for i in rings)
            assert len(ringback_stops) == len(ringbacks)
            assert len(releases) == (1 if media else 0), f"{call_id}: media released once if created"
            later = effects[ends[0] + 1 :]
            assert all(isinstance(e, AFTER_END) or type(e).__name__ == "ShowNotice" for e in later), later
        else:
            assert not ends
            if call.state is CallState.RINGING and call.announced:
                assert rings and not stops


@pytest.mark.parametrize("seed", range(40))
def test_random_sequences_never_raise_and_stay_consistent(seed: int) -> None:
    rng = random.Random(seed)
    net = Network()
    devices = [
        net.device(ALICE, "ALICEPC"),
        net.device(BOB, "BOBPC"),
        net.device(BOB, "BOBPHONE"),
        net.device(CAROL, "CAROLPC"),
    ]
    for _ in range(250):
        random_step(rng, net, devices)
        for device in devices:
            check(device)
    # Let everything settle and every timer run out: only connected calls may still be live.
    net.settle()
    net.advance(24 * 3600 * 1000)
    net.settle()
    for device in devices:
        check(device)
        for call in device.board.live_calls():
            assert call.state is CallState.CONNECTED, (device, call.call_id, call.state)


@pytest.mark.parametrize("seed", range(10))
def test_a_switchboard_fed_only_hostile_events_never_raises(seed: int) -> None:
    rng = random.Random(1000 + seed)
    net = Network()
    device = net.device(BOB, "BOBPC")
    for _ in range(400):
        for _ in range(rng.randint(1, 5)):
            inject(rng, net)
        if rng.random() < 0.3:
            duplicate(rng, net)
        device.sync()
        if rng.random() < 0.2:
            net.advance(rng.choice([100, 5_000, 70_000]))
        if rng.random() < 0.1 and device.board.live_calls():
            device.accept(rng.choice(device.board.live_calls()).call_id)
        check(device)
    assert len(device.board._seen) <= 2_048


def test_the_same_event_object_twice_in_one_batch_counts_once() -> None:
    net = Network()
    device = net.device(BOB, "BOBPC")
    invite = b.invite(invitee=BOB, sender=ALICE, party="ALICEPC")
    same = RemoteEvent(EventId(invite.event_id), invite.room_id, invite.sender, invite.content, 0)
    net.timeline += [invite, same]
    device.sync()
    assert len(device.effects(StartRinging)) == 1
