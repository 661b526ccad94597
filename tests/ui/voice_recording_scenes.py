"""Recording voice messages with a real microphone: the composer's mic, a private PulseAudio whose
microphone hears a 440 Hz tone, a real Synapse.

Not collected on its own: QtMultimedia connects to the sound server once per process, and the
rest of the run has none. :mod:`tests.ui.test_voice_ui` runs this file in a process of its own
with ``PULSE_SERVER`` set, and reads what was sent from the JSON file ``VOICE_REPORT`` names.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.media.clips import probe
from tests.support.core import download
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_media_ui import _events, _open_room
from tests.ui.test_voice_ui import _send_event, call_invite

pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def _sound_server() -> None:
    if not os.environ.get("PULSE_SERVER"):
        pytest.skip("run by tests/ui/test_voice_ui.py, which starts a sound server for it")


async def _voice_messages(creds: Credentials, room: RoomId) -> list[dict[str, Any]]:
    return [e for e in await _events(creds, room) if e["content"].get("msgtype") == "m.audio"]


async def _arrived(creds: Credentials, room: RoomId) -> list[dict[str, Any]]:
    """The voice messages in ``room`` once there is one (30 s at most)."""
    for _ in range(150):
        found = await _voice_messages(creds, room)
        if found:
            return found
        await asyncio.sleep(0.2)
    return []


def test_a_recorded_voice_message_arrives_with_its_duration_and_waveform(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    assert app.find("voiceRecordButton").isVisible() and not app.find("sendButton").isVisible()
    recorder = app.session.media_controller.recorder

    # a first take, thrown away
    app.tap(app.find("voiceRecordButton"))
    app.wait(lambda: app.find("voiceRecorder").isVisible(), what="the recorder")
    app.wait(lambda: recorder.property("duration") > 500, timeout=15, what="sound from the microphone")
    app.tap(app.find("voiceCancelButton"))
    app.wait(lambda: not app.find("voiceRecorder").isVisible(), what="the recorder to close")
    assert app.find("composer").hasActiveFocus()

    # the take that is sent
    app.tap(app.find("voiceRecordButton"))
    app.wait(lambda: recorder.property("duration") >= 3000, timeout=15, what="three seconds recorded")
    assert app.find("voiceRecordTime").property("text") == "0:03"
    assert max(recorder.property("levels")) > 0.5  # the meter shows the tone
    app.tap(app.find("voiceSendButton"))
    app.wait(lambda: not app.find("voiceRecorder").isVisible(), what="the recorder to close")

    (event,) = app.run(_arrived(bob, room))  # the cancelled take never left
    content = event["content"]
    assert content["org.matrix.msc3245.voice"] == {}
    assert content["info"]["mimetype"] == "audio/ogg"
    duration = content["org.matrix.msc1767.audio"]["duration"]
    assert 3000 <= duration <= 4000 and content["info"]["duration"] == duration
    waveform = content["org.matrix.msc1767.audio"]["waveform"]
    assert len(waveform) == 100 and all(isinstance(v, int) and 0 <= v <= 1024 for v in waveform)
    assert statistics.median(waveform) > 500  # a steady tone, heard
    data = app.run(download(bob, content["url"]))
    assert data.startswith(b"OggS") and abs(probe(data).duration_ms - duration) < 100

    # it shows as a voice message here too, and plays through the sound server
    app.wait(lambda: _voice_rows(app), what="the voice message in the timeline")
    (voice,) = _voice_rows(app)
    app.wait(lambda: voice.property("eventId") == event["event_id"], what="the echo to settle")
    app.tap(app.inside(voice, "voicePlayButton"))
    app.wait(lambda: voice.property("elapsed") > 500, timeout=15, what="it to play")

    Path(os.environ["VOICE_REPORT"]).write_text(json.dumps(content))


def _voice_rows(app: Shell) -> list[Any]:
    return [i for i in app.visual_children("timeline") if i.objectName() == "voicePlayer"]


def test_holding_the_mic_records_until_let_go_and_sliding_away_throws_it_away(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    recorder = app.session.media_controller.recorder
    mic = app.find("voiceRecordButton")
    hints: list[str] = []

    def note_hint() -> None:
        assert app.find("voiceRecorder").isVisible() and recorder.property("recording")
        hints.append(app.find("voiceRecordHint").property("text"))

    # held and dragged far to the left before letting go: nothing is sent
    app.hold(mic, 1.5, offset=(-220, 0), during=note_hint)
    app.wait(lambda: not app.find("voiceRecorder").isVisible(), what="the recorder to close")
    assert hints == ["Let go to cancel"]

    # held where it is until two seconds are recorded (a microphone takes a moment to start):
    # sent on letting go
    app.hold(mic, 0.5, during=note_hint, until=lambda: recorder.property("duration") >= 2000)
    assert hints[-1] == "Let go to send, slide away to cancel"
    app.wait(lambda: not app.find("voiceRecorder").isVisible(), what="the recorder to close")

    async def arrived() -> list[dict[str, Any]]:
        for _ in range(150):
            found = await _voice_messages(bob, room)
            if found:
                await asyncio.sleep(1.0)  # a second one (the dragged-away take) would be here by now
                return await _voice_messages(bob, room)
            await asyncio.sleep(0.2)
        return []

    (event,) = app.run(_arrived(bob, room))
    duration = event["content"]["org.matrix.msc1767.audio"]["duration"]
    assert 1800 <= duration <= 3500


def test_a_call_pauses_the_recording_and_what_was_said_can_still_be_sent(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    recorder = app.session.media_controller.recorder
    app.tap(app.find("voiceRecordButton"))
    app.wait(lambda: recorder.property("duration") >= 1500, timeout=15, what="some speech recorded")

    invite = call_invite("c-recording")
    app.run(_send_event(bob, room, "m.call.invite", invite))
    app.wait(lambda: recorder.property("paused"), timeout=30, what="the call to pause the recording")
    assert app.find("voiceRecorder").isVisible()
    assert app.find("voiceRecordHint").property("text") == "Paused for a call: Enter sends, Esc cancels"
    held = recorder.property("duration")
    app.run(asyncio.sleep(1.0))
    assert recorder.property("duration") == held  # the microphone is closed: the call is not in it
    app.run(_send_event(bob, room, "m.call.hangup", {**invite, "offer": None, "reason": "user_hangup"}))
    app.wait(lambda: not app.is_open("incomingCallDialog"), what="the call to stop ringing")

    app.tap(app.find("voiceSendButton"))
    app.wait(lambda: not app.find("voiceRecorder").isVisible(), what="the recorder to close")

    (event,) = app.run(_arrived(bob, room))
    duration = event["content"]["org.matrix.msc1767.audio"]["duration"]
    assert abs(duration - held) < 300
