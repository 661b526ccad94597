"""Calls between two app sessions through a real Synapse, with real WebRTC media on loopback.

alice and bob each run a :class:`Session` with synthetic devices (a 440 Hz and a 660 Hz tone as
microphones, recorders as speakers, a moving pattern as camera). ICE gathers host candidates on
127.0.0.1 only (aioice leaves loopback out by default). What is checked is what the people would
notice: the phone rings, the call connects, each hears the other's tone, video appears when it is
turned on, and both timelines hold the call's events.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from messenger_desktop.api import RoomId, UserId
from messenger_desktop.callmedia import MediaStats
from messenger_desktop.callmedia.synthetic import SyntheticDevices, dominant_frequency
from messenger_desktop.calls import CallState, EndReason
from messenger_desktop.calls.history import history_line, summarise
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.call_service import CallInfo
from messenger_desktop.session.session import Session
from tests.support.core import login, open_session, until, until_async
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration

LOOPBACK = ("127.0.0.1",)
_none = MediaStats(0, 0, 0, 0, sending_video=False)


@dataclass
class Pair:
    alice: Session
    bob: Session
    alice_devices: SyntheticDevices
    bob_devices: SyntheticDevices
    room: RoomId
    alice_log: list[CallInfo]
    bob_log: list[CallInfo]
    bob_password: str = ""


@asynccontextmanager
async def two_people(synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path) -> AsyncIterator[Pair]:
    alice_id, alice_pw = new_user("alice", displayname="Alice")
    bob_id, bob_pw = new_user("bob", displayname="Bob")
    alice, _ = await open_session(
        tmp_path / "alice", await login(synapse.base_url, alice_id, alice_pw), poll_ms=300,
        call_host_addresses=LOOPBACK,
    )  # fmt: skip
    bob, _ = await open_session(
        tmp_path / "bob", await login(synapse.base_url, bob_id, bob_pw), poll_ms=300,
        call_host_addresses=LOOPBACK,
    )  # fmt: skip
    try:
        await asyncio.wait_for(asyncio.gather(alice.synced.wait(), bob.synced.wait()), 30)
        room = await alice.start_direct_chat(bob.user_id)
        await until_async(lambda: _invited(bob, room), what="bob invited")
        await bob.join(room)
        await until_async(lambda: _two_members(alice, room), what="bob joined, seen by alice")
        pair = Pair(alice, bob, SyntheticDevices(440), SyntheticDevices(660), room, [], [], bob_pw)
        alice.calls.devices = pair.alice_devices
        bob.calls.devices = pair.bob_devices
        alice.calls.subscribe(pair.alice_log.append)
        bob.calls.subscribe(pair.bob_log.append)
        yield pair
    finally:
        await alice.close()
        await bob.close()


async def _invited(session: Session, room: RoomId) -> bool:
    summary = await session.room(room)
    return summary is not None and summary.membership == "invite"


async def _two_members(session: Session, room: RoomId) -> bool:
    return len([m for m in await session.members(room) if m.membership == "join"]) == 2


def ringing(pair: Pair) -> CallInfo | None:
    live = [info for info in pair.bob.calls.live() if info.ringing]
    return live[0] if live else None


def state(session: Session, call_id: str) -> CallState | None:
    info = session.calls.info(call_id)
    return None if info is None else info.state


async def call_lines(session: Session, room: RoomId) -> list[str]:
    """The history line the room's call events make, as the user sees it in that timeline."""
    page = await session.page(room, limit=100)
    rows = [row for row in reversed(page.rows) if row.type.startswith("m.call.")]
    record = summarise(rows, session.user_id)
    return [] if record is None else [history_line(record)]


def test_voice_call_connects_carries_audio_both_ways_then_video_and_hangup(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with two_people(synapse, new_user, tmp_path) as pair:
            placed = await pair.alice.start_call(pair.room, video=False)
            assert placed is not None and placed.outgoing and not placed.offered_video
            await until(lambda: ringing(pair), what="bob's app rings")
            incoming = ringing(pair)
            assert incoming is not None
            assert incoming.call_id == placed.call_id and incoming.peer == pair.alice.user_id
            assert any(info.ringback for info in pair.alice_log), "alice hears the ringback tone"

            pair.bob.calls.accept(incoming.call_id)
            call_id = incoming.call_id
            await until(lambda: state(pair.alice, call_id) is CallState.CONNECTED, what="alice connected")
            await until(lambda: state(pair.bob, call_id) is CallState.CONNECTED, what="bob connected")
            assert not ringing(pair)

            # audio flows both ways, and each side hears the other's tone
            await asyncio.sleep(2.0)
            alice_engine, bob_engine = await pair.alice.calls.engine(), await pair.bob.calls.engine()
            a_stats, b_stats = alice_engine.stats(call_id), bob_engine.stats(call_id)
            assert a_stats is not None and b_stats is not None
            assert a_stats.audio_frames_received > 40 and b_stats.audio_frames_received > 40
            assert dominant_frequency(pair.alice_devices.speaker.recent(1.0)) == pytest.approx(660, abs=15)
            assert dominant_frequency(pair.bob_devices.speaker.recent(1.0)) == pytest.approx(440, abs=15)

            # alice turns her camera on: renegotiated, and bob sees her picture
            pair.alice.calls.set_camera(call_id, True)
            await until(lambda: pair.bob_devices.remote_view.count > 5, what="bob sees alice's video")
            last = pair.bob_devices.remote_view.last
            assert last is not None and (last.width, last.height) == (320, 240)
            info = pair.alice.calls.info(call_id)
            assert info is not None and info.video
            assert state(pair.alice, call_id) is CallState.CONNECTED

            # alice shares her screen instead, then goes back to her camera; no renegotiation needed
            pair.alice.calls.share_screen(call_id, True)
            await until(lambda: picture_size(pair) == (640, 360), what="bob sees alice's screen")
            pair.alice.calls.share_screen(call_id, False)
            await until(lambda: picture_size(pair) == (320, 240), what="bob sees alice's camera again")

            # mute: bob's speaker gets silence from alice
            pair.alice.calls.set_muted(call_id, True)
            await asyncio.sleep(1.0)
            assert peak(pair.bob_devices.speaker.recent(0.5)) < 500

            pair.bob.calls.hangup(call_id)
            await until(lambda: state(pair.alice, call_id) is CallState.ENDED, what="alice sees the hangup")
            alice_end = pair.alice.calls.info(call_id)
            assert alice_end is not None and alice_end.end_reason is EndReason.REMOTE_HANGUP

            await until_async(
                lambda: _line_is(pair.alice, pair.room, "Voice call · "),
                what="alice's timeline shows the call",
            )
            await until_async(lambda: _line_is(pair.bob, pair.room, "Voice call · "), what="bob's timeline")

    asyncio.run(scenario())


def test_picking_another_microphone_speaker_and_camera_mid_call_switches_what_is_heard_and_seen(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with two_people(synapse, new_user, tmp_path) as pair:
            placed = await pair.alice.start_call(pair.room, video=True)
            assert placed is not None
            await until(lambda: ringing(pair), what="bob's app rings")
            call_id = placed.call_id
            pair.bob.calls.accept(call_id, video=False)
            await until(lambda: state(pair.alice, call_id) is CallState.CONNECTED, what="alice connected")
            await until(lambda: picture_size(pair) == (320, 240), what="bob sees alice's camera")
            await until(lambda: heard(pair.bob_devices.speaker.recent(1.0)) == 440, what="bob hears 440 Hz")

            # alice picks another microphone (an 880 Hz tone): bob hears it, and her mute holds
            pair.alice.calls.set_muted(call_id, True)
            pair.alice_devices.frequency = 880
            pair.alice.calls.use_device(call_id, "microphone")
            await asyncio.sleep(1.0)
            assert peak(pair.bob_devices.speaker.recent(0.5)) < 500, "still muted after the switch"
            pair.alice.calls.set_muted(call_id, False)
            await until(lambda: heard(pair.bob_devices.speaker.recent(1.0)) == 880, what="bob hears 880 Hz")

            # bob picks another speaker: alice is heard there, the old one gets nothing more
            old_speaker = pair.bob_devices.speaker
            pair.bob.calls.use_device(call_id, "speaker")
            await until(lambda: pair.bob_devices.speaker is not old_speaker, what="the new speaker")
            await until(
                lambda: heard(pair.bob_devices.speaker.recent(1.0)) == 880, what="the new speaker plays alice"
            )
            pieces = old_speaker.pieces
            await asyncio.sleep(0.5)
            assert old_speaker.pieces == pieces, "the old speaker was let go"

            # alice picks another camera: bob sees its pictures, without a renegotiation
            pair.alice_devices.video_size = (480, 270)
            pair.alice.calls.use_device(call_id, "camera")
            await until(lambda: picture_size(pair) == (480, 270), what="bob sees alice's other camera")
            assert state(pair.alice, call_id) is CallState.CONNECTED
            pair.alice.calls.hangup(call_id)

    asyncio.run(scenario())


def heard(pcm: bytes) -> int | None:
    """The tone heard, to the nearest 20 Hz (``None``: silence or noise)."""
    if len(pcm) < 4000 or peak(pcm) < 500:
        return None
    return round(dominant_frequency(pcm, low=300, high=1000, step=20) / 20) * 20


def picture_size(pair: Pair) -> tuple[int, int] | None:
    last = pair.bob_devices.remote_view.last
    return None if last is None else (last.width, last.height)


def peak(pcm: bytes) -> int:
    return max(abs(int.from_bytes(pcm[i : i + 2], "little", signed=True)) for i in range(0, len(pcm), 2))


async def _line_is(session: Session, room: RoomId, start: str) -> bool:
    lines = await call_lines(session, room)
    return bool(lines) and lines[0].startswith(start)


def test_declined_call_ends_on_both_sides_and_reads_declined(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with two_people(synapse, new_user, tmp_path) as pair:
            placed = await pair.alice.start_call(pair.room, video=True)
            assert placed is not None and placed.offered_video
            await until(lambda: ringing(pair), what="bob's app rings")
            incoming = ringing(pair)
            assert incoming is not None and incoming.offered_video
            pair.bob.calls.reject(incoming.call_id)
            await until(lambda: state(pair.alice, placed.call_id) is CallState.ENDED, what="the decline")
            info = pair.alice.calls.info(placed.call_id)
            assert info is not None and info.end_reason is EndReason.REMOTE_DECLINED
            await until_async(lambda: _line_is(pair.bob, pair.room, "Declined"), what="bob's line")
            await until_async(lambda: _line_is(pair.alice, pair.room, "Declined"), what="alice's line")

    asyncio.run(scenario())


def test_call_the_caller_gives_up_on_is_missed_for_the_callee(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with two_people(synapse, new_user, tmp_path) as pair:
            placed = await pair.alice.start_call(pair.room, video=False)
            assert placed is not None
            await until(lambda: ringing(pair), what="bob's app rings")
            pair.alice.calls.hangup(placed.call_id)
            await until(lambda: state(pair.bob, placed.call_id) is CallState.ENDED, what="bob stops ringing")
            info = pair.bob.calls.info(placed.call_id)
            assert info is not None and not info.ringing and info.end_reason is EndReason.MISSED
            await until_async(lambda: _line_is(pair.bob, pair.room, "Missed voice call"), what="bob's line")

    asyncio.run(scenario())


def test_a_legacy_call_from_element_with_trickled_candidates_rings_and_connects(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """The shapes Element sends for a 1:1 call (version 0, no party ids, candidates trickled in
    ``m.call.candidates`` rather than in the SDP): the app rings, answers, and media flows."""
    from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription

    from messenger_desktop.api import MatrixApi, TxnId
    from messenger_desktop.api.transport import HttpxTransport
    from messenger_desktop.callmedia.synthetic import ToneInput
    from messenger_desktop.callmedia.tracks import MicrophoneTrack

    async def scenario() -> None:
        async with two_people(synapse, new_user, tmp_path) as pair:
            transport = HttpxTransport()
            creds = pair.alice.credentials
            element = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
            pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
            microphone = MicrophoneTrack()
            tone = ToneInput(550)
            tone.start(microphone.push)
            heard: list[int] = []

            @pc.on("track")
            def on_track(track: object) -> None:
                async def count() -> None:
                    while True:
                        await track.recv()  # type: ignore[attr-defined]
                        heard.append(1)

                asyncio.get_running_loop().create_task(count())

            pc.addTrack(microphone)
            await pc.setLocalDescription(await pc.createOffer())
            sdp = pc.localDescription.sdp
            lines = sdp.splitlines()
            candidates = [line[2:] for line in lines if line.startswith("a=candidate:")]
            bare = (
                "\r\n".join(x for x in lines if not x.startswith(("a=candidate:", "a=end-of-candidates")))
                + "\r\n"
            )
            call_id = "element" + str(int(time.time() * 1000))
            try:
                await element.send(pair.room, "m.call.invite", TxnId(call_id + "i"), {
                    "call_id": call_id, "version": 0, "lifetime": 60000,
                    "offer": {"type": "offer", "sdp": bare},
                })  # fmt: skip
                await element.send(pair.room, "m.call.candidates", TxnId(call_id + "c"), {
                    "call_id": call_id, "version": 0,
                    "candidates": [{"candidate": c, "sdpMid": "0", "sdpMLineIndex": 0} for c in candidates],
                })  # fmt: skip
                await until(lambda: ringing(pair), what="bob's app rings for Element's call")
                incoming = ringing(pair)
                assert incoming is not None and incoming.peer == pair.alice.user_id
                pair.bob.calls.accept(incoming.call_id)

                async def answer() -> str | None:
                    page = await element.messages(pair.room, from_token=None, limit=30)
                    for event in page.chunk:
                        content = event.get("content", {})
                        if event.get("type") == "m.call.answer" and content.get("call_id") == call_id:
                            return str(content["answer"]["sdp"])
                    return None

                found: list[str] = []

                async def answered() -> bool:
                    sdp_answer = await answer()
                    if sdp_answer:
                        found.append(sdp_answer)
                    return bool(found)

                await until_async(answered, what="the app's m.call.answer")
                await pc.setRemoteDescription(RTCSessionDescription(found[0], "answer"))
                await until(lambda: state(pair.bob, call_id) is CallState.CONNECTED, what="connected")
                await until(lambda: len(heard) > 25, what="Element's side hears the app")
                await asyncio.sleep(1.5)
                assert dominant_frequency(pair.bob_devices.speaker.recent(1.0)) == pytest.approx(550, abs=15)
            finally:
                tone.stop()
                await pc.close()
                await transport.aclose()

    asyncio.run(scenario())


def test_answering_on_one_device_stops_the_ringing_on_the_other(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with two_people(synapse, new_user, tmp_path) as pair:
            bob_password = pair.bob_password
            second, _ = await open_session(
                tmp_path / "bob-laptop", await login(synapse.base_url, pair.bob.user_id, bob_password),
                poll_ms=300, call_host_addresses=LOOPBACK,
            )  # fmt: skip
            try:
                await asyncio.wait_for(second.synced.wait(), 30)
                second.calls.devices = SyntheticDevices(770)
                placed = await pair.alice.start_call(pair.room, video=False)
                assert placed is not None
                await until(lambda: ringing(pair), what="bob's first device rings")
                await until(lambda: any(i.ringing for i in second.calls.live()), what="his laptop rings too")
                pair.bob.calls.accept(placed.call_id)
                await until(lambda: state(second, placed.call_id) is CallState.ENDED, what="the laptop stops")
                info = second.calls.info(placed.call_id)
                assert info is not None and not info.ringing
                assert info.end_reason is EndReason.ANSWERED_ELSEWHERE
                assert "Answered on another device" in info.notices
                await until(
                    lambda: state(pair.alice, placed.call_id) is CallState.CONNECTED, what="connected"
                )
                assert second.calls.info(placed.call_id).state is CallState.ENDED  # type: ignore[union-attr]
            finally:
                await second.close()

    asyncio.run(scenario())


def test_a_call_that_cannot_reach_the_server_ends_with_a_notice(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    from tests.support.fault_proxy import FaultProxy, Mode

    async def scenario() -> None:
        alice_id, alice_pw = new_user("alice")
        bob_id, _ = new_user("bob")
        async with FaultProxy("127.0.0.1", synapse.port) as proxy:
            creds = await login(synapse.base_url, alice_id, alice_pw)
            alice, _ = await open_session(
                tmp_path / "alice", creds, base_url=proxy.url, poll_ms=300, call_host_addresses=LOOPBACK
            )
            try:
                await asyncio.wait_for(alice.synced.wait(), 30)
                room = await alice.start_direct_chat(UserId(bob_id))
                await proxy.set_mode(Mode.REFUSE)
                placed = alice.calls.place(room, UserId(bob_id), video=False)
                assert placed is not None
                await until(lambda: state(alice, placed.call_id) is CallState.ENDED, what="the call gives up")
                info = alice.calls.info(placed.call_id)
                assert info is not None and "The server could not be reached" in info.notices
            finally:
                await proxy.set_mode(Mode.PASS)
                await alice.close()

    asyncio.run(scenario())


def test_a_side_without_any_device_still_connects_and_is_told_why_it_is_silent(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with two_people(synapse, new_user, tmp_path) as pair:
            pair.bob.calls.devices = None  # no microphone, no speaker, no camera
            placed = await pair.alice.start_call(pair.room, video=True)
            assert placed is not None
            await until(lambda: ringing(pair), what="bob's app rings")
            pair.bob.calls.accept(placed.call_id)
            await until(lambda: state(pair.bob, placed.call_id) is CallState.CONNECTED, what="connected")
            info = pair.bob.calls.info(placed.call_id)
            assert info is not None
            assert "No microphone was found: the other person will not hear you" in info.notices
            assert "No camera was found: the call is voice only from this side" in info.notices
            assert not info.video
            # bob still receives alice's tone and picture, alice gets bob's (silent) audio stream
            bob, alice = await pair.bob.calls.engine(), await pair.alice.calls.engine()
            await until(lambda: (bob.stats(placed.call_id) or _none).video_frames_received > 5, what="video")
            await until(
                lambda: (alice.stats(placed.call_id) or _none).audio_frames_received > 20, what="audio"
            )
            assert peak(pair.alice_devices.speaker.recent(0.5)) < 500
            pair.alice.calls.hangup(placed.call_id)

    asyncio.run(scenario())
