"""Playing recordings in the real window against a real Synapse: a voice message someone sent plays
(its time runs), the speed toggle makes it run faster and the next voice message follows; an audio
file and a video play where they are, one at a time; a file the server does not have says so.

The player runs without a sound device here (QtMultimedia plays on its clock); recording with a
real microphone is in :mod:`tests.ui.voice_recording_scenes`, run by the last test with a private
sound server of its own.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.media.clips import still
from messenger_desktop.media.voice import encode_voice
from tests.support.recordings import song, tone, video, voice_message
from tests.support.sound import MIC_HEARS_SPEAKER, private_pulseaudio
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_media_ui import _media_rows, _open_room, _send_upload

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def _send_voice(app: Shell, bob: Credentials, room: RoomId, seconds: float, frequency: float) -> None:
    clip = encode_voice(tone(seconds, frequency))
    content = voice_message(clip.duration_ms, list(clip.waveform))
    app.run(_send_upload(bob, room, clip.data, "audio/ogg", content))


def _players(app: Shell, name: str) -> list[QQuickItem]:
    """The ``name`` items of the conversation, oldest first."""
    rows = sorted(_media_rows(app), key=lambda r: r.property("index"), reverse=True)
    found = []
    for row in rows:
        try:
            found.append(app.inside(row, name))
        except AssertionError:
            continue
    return found


def _event_id(item: QQuickItem) -> str:
    return str(item.property("eventId"))


def _rate(app: Shell, item: QQuickItem, seconds: float) -> float:
    """How fast ``item``'s time runs: its milliseconds per millisecond of wall time."""
    before, start = int(item.property("elapsed")), time.monotonic()
    app.run(_sleep(seconds))
    return (int(item.property("elapsed")) - before) / ((time.monotonic() - start) * 1000)


async def _sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


def test_a_voice_message_plays_faster_at_2x_and_the_next_one_follows(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    _send_voice(app, bob, room, 5.0, 440)
    _send_voice(app, bob, room, 1.5, 660)
    app.wait(lambda: len(_players(app, "voicePlayer")) == 2, what="two voice messages")
    first, second = _players(app, "voicePlayer")
    assert first.property("total") == 5000 and second.property("total") == 1500
    bars = first.property("info")["waveform"]
    assert len(bars) == 40 and min(bars) > 500  # a steady tone: every bar well up
    assert app.inside(first, "voiceTime").property("text") == "0:05"
    assert not app.inside(first, "voiceSpeedButton").isVisible()

    app.tap(app.inside(first, "voicePlayButton"))
    app.wait(lambda: first.property("playing"), what="the first voice message to play")
    app.wait(lambda: first.property("elapsed") > 200, what="its time to run")
    normal = _rate(app, first, 1.0)
    assert 0.6 <= normal <= 1.5

    speed = app.inside(first, "voiceSpeedButton")
    assert speed.isVisible()  # shown once it plays
    app.tap(speed)
    assert app.session.media_controller.playback.property("speed") == 1.5
    app.tap(speed)
    assert app.session.media_controller.playback.property("speed") == 2.0
    faster = _rate(app, first, 0.8)
    assert faster > normal * 1.4

    # it ends, and the one below it plays by itself
    app.wait(lambda: second.property("playing"), timeout=10, what="the next voice message")
    assert not first.property("playing") and first.property("elapsed") == 0
    app.wait(lambda: not second.property("playing"), timeout=10, what="the last one to end")
    assert app.session.media_controller.playback.property("current") == ""


def call_invite(call_id: str) -> dict[str, Any]:
    """Bob's ``m.call.invite`` content: enough for the call to ring here."""
    offer = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
    return {
        "call_id": call_id,
        "party_id": "bobs-phone",
        "version": "1",
        "lifetime": 60000,
        "offer": {"type": "offer", "sdp": offer},
    }


def test_an_incoming_call_pauses_the_voice_message_that_plays(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    _send_voice(app, bob, room, 8.0, 440)
    app.wait(lambda: len(_players(app, "voicePlayer")) == 1, what="the voice message")
    (voice,) = _players(app, "voicePlayer")
    app.tap(app.inside(voice, "voicePlayButton"))
    app.wait(lambda: voice.property("playing") and voice.property("elapsed") > 300, what="it to play")

    invite = call_invite("c-pause")
    app.run(_send_event(bob, room, "m.call.invite", invite))
    app.wait(lambda: app.is_open("incomingCallDialog"), timeout=30, what="the call to ring")
    app.wait(lambda: not voice.property("playing"), what="the voice message to pause")
    assert voice.property("elapsed") > 300  # paused where it was, not stopped
    app.run(_send_event(bob, room, "m.call.hangup", {**invite, "offer": None, "reason": "user_hangup"}))
    app.wait(lambda: not app.is_open("incomingCallDialog"), what="the call to stop ringing")


def test_a_click_on_the_waveform_plays_the_voice_message_from_there(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    _send_voice(app, bob, room, 6.0, 440)
    app.wait(lambda: len(_players(app, "voicePlayer")) == 1, what="the voice message")
    (voice,) = _players(app, "voicePlayer")

    app.tap(app.inside(voice, "voiceWaveform"))  # its middle: three seconds in

    app.wait(lambda: voice.property("playing") and voice.property("elapsed") > 0, what="it to play")
    assert 2700 <= voice.property("elapsed") <= 4500
    app.wait(lambda: not voice.property("playing"), timeout=10, what="the rest to play")


def test_an_audio_file_and_a_video_play_in_place_one_at_a_time(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    clip = video(4.0)
    thumbnail_uri = app.run(_upload(bob, _still(clip), "image/jpeg"))
    app.run(
        _send_upload(
            bob,
            room,
            clip,
            "video/mp4",
            {
                "msgtype": "m.video",
                "body": "harbour.mp4",
                "info": {
                    "mimetype": "video/mp4",
                    "w": 320,
                    "h": 240,
                    "duration": 4000,
                    "thumbnail_url": thumbnail_uri,
                },
            },
        )
    )
    app.run(
        _send_upload(
            bob,
            room,
            song(4.0),
            "audio/ogg",
            {"msgtype": "m.audio", "body": "chorus.ogg", "info": {"mimetype": "audio/ogg", "duration": 4000}},
        )
    )
    app.wait(lambda: len(_players(app, "mediaPlayer")) == 2, what="the video and the song")
    film, music = _players(app, "mediaPlayer")
    assert (round(film.width()), round(film.height())) == (320, 240)  # from info, before anything loads
    thumbnail = app.inside(film, "videoThumbnail")
    app.wait(lambda: thumbnail.property("loaded"), what="the video's thumbnail")

    app.tap(app.inside(film, "mediaPlayButton"))
    app.wait(lambda: film.property("showsFrame"), what="the video's picture")
    frame = app.inside(film, "videoFrame")
    app.wait(lambda: frame.property("loaded"), what="a frame shown")
    assert not thumbnail.isVisible()
    app.wait(lambda: film.property("elapsed") > 300, what="the video's time to run")
    assert app.inside(film, "mediaTime").property("text").endswith(" / 0:04")

    app.tap(app.inside(music, "mediaPlayButton"))
    app.wait(lambda: music.property("playing"), what="the song to play")
    assert not film.property("started")  # only one thing plays at once
    app.wait(lambda: music.property("elapsed") > 300, what="the song's time to run")
    seek = app.inside(music, "mediaSeekBar")
    assert seek.isVisible()
    app.session.media_controller.playback.seek(_event_id(music), 3000)
    app.wait(lambda: music.property("elapsed") >= 3000, what="the song to jump ahead")
    app.tap(app.inside(music, "mediaPlayButton"))
    app.wait(lambda: not music.property("playing"), what="the song to pause")
    paused_at = music.property("elapsed")
    app.run(_sleep(0.3))
    assert music.property("elapsed") == paused_at


def test_a_recording_the_server_does_not_have_says_so(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    content = voice_message(2000, [300] * 50)
    server = bob.user_id.split(":", 1)[1]
    app.run(_send_raw(bob, room, {**content, "url": f"mxc://{server}/doesNotExist123"}))
    app.wait(lambda: len(_players(app, "voicePlayer")) == 1, what="the voice message")
    (voice,) = _players(app, "voicePlayer")
    app.tap(app.inside(voice, "voicePlayButton"))
    app.wait(lambda: voice.property("failed"), what="the failure")
    assert app.inside(voice, "voiceTime").property("text") == "This file is no longer on the server."


def test_without_a_microphone_the_mic_button_says_so(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.audioInputs():
        pytest.skip("this machine has a microphone")
    _open_room(app, synapse, new_user)
    assert app.find("voiceRecordButton").isVisible() and not app.find("sendButton").isVisible()
    app.focus("composer")
    app.type("hi")
    assert app.find("sendButton").isVisible() and not app.find("voiceRecordButton").isVisible()
    app.key(Qt.Key.Key_Backspace)
    app.key(Qt.Key.Key_Backspace)
    app.wait(lambda: app.find("voiceRecordButton").isVisible(), what="the mic again")

    app.tap(app.find("voiceRecordButton"))

    assert not app.find("voiceRecorder").isVisible()
    assert app.session.property("notice").startswith("No microphone was found")


# -- recording with a real microphone (a process of its own) ---------------------------------------


@pytest.fixture
def sound_server(tmp_path: Path) -> Iterator[str]:
    """A private PulseAudio whose microphone hears a 440 Hz tone: a sine played into a null
    speaker, heard by the speaker's remapped monitor."""
    with private_pulseaudio(tmp_path, "module-sine sink=speaker frequency=440", MIC_HEARS_SPEAKER) as server:
        yield server


def test_recording_with_the_microphone_sends_a_voice_message_with_its_waveform(
    sound_server: str, tmp_path: Path
) -> None:
    """QtMultimedia connects to the sound server once per process: the scenes run in one of their
    own, pointed at the private server (see :mod:`tests.ui.voice_recording_scenes`)."""
    report = tmp_path / "report.json"
    env = {**os.environ, "PULSE_SERVER": sound_server, "VOICE_REPORT": str(report)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/ui/voice_recording_scenes.py",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    sent: dict[str, Any] = json.loads(report.read_text())
    assert sent["msgtype"] == "m.audio"
    assert "org.matrix.msc3245.voice" in sent


async def _upload(creds: Credentials, data: bytes, mime: str) -> str:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        return await api.upload(data, mime, "thumbnail.jpg")
    finally:
        await transport.aclose()


async def _send_event(creds: Credentials, room: RoomId, event_type: str, content: dict[str, Any]) -> None:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        await api.send(room, event_type, f"raw-{time.monotonic_ns()}", content)
    finally:
        await transport.aclose()


async def _send_raw(creds: Credentials, room: RoomId, content: dict[str, Any]) -> None:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        await api.send(room, "m.room.message", f"raw-{time.monotonic_ns()}", content)
    finally:
        await transport.aclose()


def _still(clip: bytes) -> bytes:
    picture = still(clip)
    assert picture is not None
    return picture.data
