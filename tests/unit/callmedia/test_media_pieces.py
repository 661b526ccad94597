"""The media engine's own pieces: ICE configuration, the tracks' buffers, picture conversion,
and the tone check the integration tests rely on."""

from __future__ import annotations

import asyncio
import math
from array import array

import aioice.ice
import pytest
from av import VideoFrame

from messenger_desktop.api.client import TurnServers
from messenger_desktop.callmedia.ice import ice_servers, restrict_host_addresses
from messenger_desktop.callmedia.sinks import frame_to_image
from messenger_desktop.callmedia.synthetic import PatternInput, ToneInput, dominant_frequency
from messenger_desktop.callmedia.tracks import (
    MAX_AUDIO_BACKLOG_MS,
    CameraTrack,
    MicrophoneTrack,
    image_to_frame,
)
from messenger_desktop.calls.devices import BYTES_PER_FRAME, SAMPLE_RATE, VideoImage


def test_no_turn_servers_means_an_empty_list_never_the_library_default() -> None:
    assert ice_servers(None) == []
    assert ice_servers(TurnServers((), "", "", 0)) == []


def test_turn_and_stun_uris_keep_their_credentials_apart() -> None:
    servers = ice_servers(
        TurnServers(("turn:turn.example.org:3478?transport=udp", "stun:stun.example.org"), "u", "p", 86400)
    )
    relay = next(s for s in servers if s.username)
    assert relay.urls == ["turn:turn.example.org:3478?transport=udp"] and relay.credential == "p"
    assert any(s.urls == ["stun:stun.example.org"] and s.username is None for s in servers)


def test_host_addresses_can_be_pointed_at_loopback_and_back() -> None:
    try:
        restrict_host_addresses(["127.0.0.1", "::1"])
        assert aioice.ice.get_host_addresses(True, False) == ["127.0.0.1"]
        assert aioice.ice.get_host_addresses(True, True) == ["127.0.0.1", "::1"]
        restrict_host_addresses(None)
        assert "127.0.0.1" not in aioice.ice.get_host_addresses(True, False)
    finally:
        restrict_host_addresses(None)


def tone(frequency: float, seconds: float) -> bytes:
    count = int(SAMPLE_RATE * seconds)
    return array(
        "h", (int(8000 * math.sin(2 * math.pi * frequency * i / SAMPLE_RATE)) for i in range(count))
    ).tobytes()


@pytest.mark.parametrize("frequency", [300, 440, 660, 1000])
def test_dominant_frequency_finds_the_tone(frequency: float) -> None:
    assert dominant_frequency(tone(frequency, 0.6)) == pytest.approx(frequency, abs=10)


def test_the_synthetic_tone_is_the_frequency_it_says() -> None:
    source = ToneInput(660)
    pcm = b"".join(source._piece() for _ in range(40))
    assert len(pcm) == 40 * BYTES_PER_FRAME
    assert dominant_frequency(pcm) == pytest.approx(660, abs=10)


def test_microphone_backlog_is_bounded_and_gaps_are_silence() -> None:
    async def scenario() -> None:
        track = MicrophoneTrack()
        first = await track.recv()
        assert bytes(first.planes[0])[:BYTES_PER_FRAME] == bytes(BYTES_PER_FRAME)  # nothing captured yet
        track.push(b"\x01\x00" * SAMPLE_RATE)  # a whole second at once (a stalled loop, a fast device)
        assert len(track._buffer) == SAMPLE_RATE * 2 * MAX_AUDIO_BACKLOG_MS // 1000
        second = await track.recv()
        assert bytes(second.planes[0])[:4] == b"\x01\x00\x01\x00"
        track.muted = True
        third = await track.recv()
        assert bytes(third.planes[0])[:BYTES_PER_FRAME] == bytes(BYTES_PER_FRAME)
        assert (first.pts, second.pts, third.pts) == (0, 960, 1920)
        track.stop()

    asyncio.run(scenario())


def test_camera_sends_the_newest_picture_and_nothing_while_paused() -> None:
    async def scenario() -> None:
        track = CameraTrack()
        pattern = PatternInput(64, 48)
        pattern.count = 3
        track.push(pattern.picture())
        frame = await track.recv()
        assert (frame.width, frame.height) == (64, 48)
        track.set_paused(True)
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(track.recv(), 0.3)
        track.set_paused(False)
        assert (await asyncio.wait_for(track.recv(), 1)).width == 64
        track.stop()

    asyncio.run(scenario())


@pytest.mark.parametrize("size", [(64, 48), (30, 20), (2, 2)])
def test_pictures_survive_the_trip_through_a_video_frame(size: tuple[int, int]) -> None:
    width, height = size
    rgb = bytes((x * 7 + y) % 256 for y in range(height) for x in range(width * 3))
    back = frame_to_image(image_to_frame(VideoImage(width, height, rgb)))
    assert (back.width, back.height) == (width, height) and back.rgb == rgb


def test_big_remote_pictures_are_scaled_down_keeping_their_shape() -> None:
    frame = VideoFrame(width=3840, height=2160, format="yuv420p")
    image = frame_to_image(frame)
    assert (image.width, image.height) == (1280, 720)


def test_a_picture_must_match_its_size() -> None:
    with pytest.raises(ValueError, match="does not match"):
        VideoImage(10, 10, b"\x00" * 10)
    with pytest.raises(ValueError, match="bad video size"):
        VideoImage(0, 10, b"")
