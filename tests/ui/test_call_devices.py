"""A call's devices through QtMultimedia, for real: what this machine has (offscreen: no sound card,
no camera, one virtual screen), pictures to a real QML ``VideoOutput``, the screen captured.
With PulseAudio installed, a private sound server plays the speaker into the microphone
(:mod:`tests.ui.call_audio_loopback`)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtMultimedia import QAudioDevice, QCameraDevice, QMediaDevices, QVideoSink
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem

from messenger_desktop.calls.devices import VideoImage
from messenger_desktop.qt.call_audio import QtMicrophone, QtSpeaker
from messenger_desktop.qt.call_devices import QtDeviceProvider
from messenger_desktop.qt.call_video import (
    FrameGate,
    QtCamera,
    QtScreen,
    choose_camera_format,
    qimage,
    video_image,
)
from messenger_desktop.qt.device_streams import StreamHost
from messenger_desktop.qt.settings import Settings
from tests.support.sound import MIC_HEARS_SPEAKER, private_pulseaudio
from tests.ui.shell import until

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def provider(loop: asyncio.AbstractEventLoop) -> Iterator[QtDeviceProvider]:
    devices = QtDeviceProvider(Settings(None))
    yield devices
    devices.close()


def wait(loop: asyncio.AbstractEventLoop, predicate: object, what: str, timeout: float = 10.0) -> None:
    loop.run_until_complete(until(predicate, timeout, what))  # type: ignore[arg-type]


def test_without_devices_a_call_opens_with_none_and_says_what_is_missing(provider: QtDeviceProvider) -> None:
    if QMediaDevices.audioInputs() or QMediaDevices.audioOutputs() or QMediaDevices.videoInputs():
        pytest.skip("this machine has sound or video devices")
    provider.device_list.choose("microphone", "alsa_input.usb-headset")  # chosen, then unplugged

    devices = provider.open(video=True)

    assert (devices.microphone, devices.speaker, devices.camera, devices.screen) == (None, None, None, None)
    assert devices.missing == ["microphone", "speaker"]
    assert devices.notes == [
        "No microphone was found: the other person will not hear you.",
        "No speaker or headphones were found: you will not hear the other person.",
        "No camera was found: the other person will not see you.",
    ]
    assert (devices.remote_view, devices.local_view) == (provider.remote_view, provider.local_view)
    assert provider.open(video=False).notes == devices.notes[:2]
    assert provider.camera() is None
    lists = provider.device_list
    assert (lists.property("microphones"), lists.property("speakers"), lists.property("cameras")) == (
        [],
        [],
        [],
    )


def test_the_chosen_devices_are_kept_in_the_settings(tmp_path: Path, loop: asyncio.AbstractEventLoop) -> None:
    settings = Settings(tmp_path / "settings.json")
    provider = QtDeviceProvider(settings)
    try:
        lists = provider.device_list
        changed: list[str] = []
        lists.chosenMicrophoneChanged.connect(lambda: changed.append("microphone"))
        lists.chosenCameraChanged.connect(lambda: changed.append("camera"))

        lists.setProperty("chosenMicrophone", "alsa_input.usb-headset")
        settings.set_value("callCamera", "/dev/video2")  # e.g. from a Settings window

        assert changed == ["microphone", "camera"]
        assert Settings(tmp_path / "settings.json").value("callMicrophone") == "alsa_input.usb-headset"
        assert lists.property("chosenCamera") == "/dev/video2"
        assert lists.property("chosenSpeaker") == ""
    finally:
        provider.close()


def _solid(width: int, height: int, colour: int) -> VideoImage:
    return VideoImage(width, height, colour.to_bytes(3, "big") * (width * height))


VIEW_QML = b"""
import QtQuick
import QtMultimedia

Window {
    required property QtObject view
    width: 320
    height: 240
    VideoOutput {
        id: remoteVideo
        objectName: "remoteVideo"
        anchors.fill: parent
        Component.onCompleted: view.attach(remoteVideo)
    }
}
"""


def test_only_the_newest_picture_reaches_the_qml_video_output(
    provider: QtDeviceProvider, loop: asyncio.AbstractEventLoop
) -> None:
    view = provider.remote_view
    engine = QQmlApplicationEngine()
    engine.setInitialProperties({"view": view})
    engine.loadData(QByteArray(VIEW_QML))
    window = engine.rootObjects()[0]
    item = window.findChild(QQuickItem, "remoteVideo")
    sink = item.property("videoSink")
    assert isinstance(sink, QVideoSink)
    assert view.property("videoSink") is sink
    assert not view.property("hasVideo")

    def media_thread() -> None:  # three pictures before the UI thread gets a look in
        view.show(_solid(64, 48, 0xFF0000))
        view.show(_solid(32, 32, 0x00FF00))
        view.show(_solid(160, 90, 0x336699))

    thread = threading.Thread(target=media_thread)
    thread.start()
    thread.join()
    wait(loop, lambda: sink.videoFrame().isValid(), "a frame in the QML sink")

    frame = sink.videoFrame()
    assert (frame.width(), frame.height()) == (160, 90)
    assert frame.toImage().pixelColor(80, 45) == QColor(0x33, 0x66, 0x99)
    assert view.shown == 1  # the two stale pictures never reached the UI
    assert view.image().size().toTuple() == (160, 90)  # the same picture, for software rendering
    assert view.property("hasVideo")

    view.show(None)  # the video stopped
    wait(loop, lambda: not sink.videoFrame().isValid(), "the sink cleared")
    assert not view.property("hasVideo")

    view.show(_solid(20, 10, 0xFFFFFF))
    wait(loop, lambda: view.property("hasVideo"), "a picture again")
    other = QVideoSink()
    view.attach(other)  # a view bound later shows the current picture at once
    assert other.videoFrame().size().toTuple() == (20, 10)
    view.attach(None)  # as the call screen does when it closes
    assert view.property("videoSink") is None
    engine.deleteLater()


def test_a_view_forgets_a_sink_that_is_gone(
    provider: QtDeviceProvider, loop: asyncio.AbstractEventLoop
) -> None:
    view = provider.local_view
    sink = QVideoSink()
    view.setProperty("videoSink", sink)
    assert view.property("videoSink") is sink
    sink.deleteLater()
    wait(loop, lambda: view.property("videoSink") is None, "the sink forgotten")
    view.show(_solid(8, 8, 0))
    wait(loop, lambda: view.shown > 0, "the picture taken without a sink")


def test_pictures_become_packed_rgb24_small_and_with_even_sides() -> None:
    image = QImage(5, 3, QImage.Format.Format_ARGB32)  # 5 wide: RGB888 lines are padded
    for x in range(5):
        for y in range(3):
            image.setPixelColor(x, y, QColor(x * 50, y * 100, 7))

    packed = video_image(image)

    assert packed is not None
    assert (packed.width, packed.height) == (4, 2)  # cut to even sides
    assert packed.rgb == bytes(
        [0, 0, 7, 50, 0, 7, 100, 0, 7, 150, 0, 7, 0, 100, 7, 50, 100, 7, 100, 100, 7, 150, 100, 7]
    )
    big = QImage(1920, 1080, QImage.Format.Format_RGB32)
    big.fill(QColor(10, 20, 30))
    small = video_image(big)
    assert small is not None and (small.width, small.height) == (640, 360)
    assert small.rgb[:3] == bytes([10, 20, 30]) and len(small.rgb) == 640 * 360 * 3
    tall = video_image(QImage(1000, 2000, QImage.Format.Format_RGB32))
    assert tall is not None and (tall.width, tall.height) == (240, 480)
    assert video_image(QImage()) is None

    back = qimage(packed)
    assert back.size().toTuple() == (4, 2) and back.pixelColor(3, 1) == QColor(150, 100, 7)


def test_a_camera_is_asked_for_a_small_format() -> None:
    formats = [(1920, 1080, 30.0), (640, 480, 15.0), (640, 480, 30.0), (320, 240, 30.0)]
    assert choose_camera_format(formats) == 2
    assert choose_camera_format([(1920, 1080, 30.0), (1280, 720, 10.0), (1280, 720, 30.0)]) == 2
    assert choose_camera_format([]) is None


def test_frames_beyond_the_rate_are_dropped_without_a_burst_after_a_pause() -> None:
    now = [0.0]
    gate = FrameGate(10, clock=lambda: now[0])
    passed = []
    for step in range(60):  # 60 fps for one second
        now[0] = step / 60
        passed.append(gate.admit())
    assert 9 <= sum(passed) <= 11
    now[0] = 5.0
    assert gate.admit()
    now[0] = 5.01
    assert not gate.admit()


def test_the_screen_is_captured_small_at_a_limited_rate_until_stopped(
    provider: QtDeviceProvider, loop: asyncio.AbstractEventLoop
) -> None:
    screen = provider.screen()
    assert screen is not None
    images: list[tuple[float, VideoImage]] = []
    screen.start(lambda image: images.append((time.monotonic(), image)))
    wait(loop, lambda: len(images) >= 10, "ten screen pictures")
    screen.stop()
    count = len(images)
    loop.run_until_complete(asyncio.sleep(0.3))

    assert len(images) == count  # nothing after stop
    first, last = images[0][1], images[-1][1]
    # The offscreen screen is 800×800: scaled to fit 640×480.
    assert (first.width, first.height) == (last.width, last.height) == (480, 480)
    rate = (count - 1) / (images[-1][0] - images[0][0])
    assert rate < 17  # about 15 a second, though Qt offers 60


@pytest.fixture
def sound_server(tmp_path: Path) -> Iterator[str]:
    """A private PulseAudio: a null speaker whose sound a remapped microphone hears."""
    with private_pulseaudio(tmp_path, MIC_HEARS_SPEAKER) as server:
        yield server


def test_the_speaker_plays_into_the_microphone_through_a_real_sound_server(sound_server: str) -> None:
    """Run apart: QtMultimedia connects to the sound server once per process."""
    env = {**os.environ, "PULSE_SERVER": sound_server, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.call_audio_loopback"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)

    assert report["notes"] == []
    assert report["warnings"] == []
    assert report["delivered_on"] == ["call-audio"]  # never the UI thread, nor the media thread
    assert report["seconds_heard"] >= 1.0
    assert abs(report["pitch"] - 440) <= 3
    assert 7_000 <= report["peak"] <= 9_000  # the tone as played (8,000), not noise
    assert report["buffered_max_ms"] <= 200
    assert report["after_stop"] == 0


def test_devices_dropped_without_stop_are_closed(loop: asyncio.AbstractEventLoop) -> None:
    """The engine forgetting ``stop`` on an error path must not leave the screen (or a
    microphone) captured."""
    host = StreamHost()
    screen = QtScreen(host, QGuiApplication.primaryScreen())
    seen: list[VideoImage] = []
    screen.start(seen.append)
    wait(loop, lambda: seen, "a screen picture")
    assert host.open_count == 1
    del screen
    wait(loop, lambda: host.open_count == 0, "the capture closed")


def test_a_device_gone_before_it_starts_is_reported_not_raised() -> None:
    """Unplugged between ``open`` and ``start``: the call goes on, the user is told."""
    host = StreamHost()
    problems: list[str] = []
    host.problem.connect(problems.append)

    QtMicrophone(host, QAudioDevice()).start(lambda _: None)
    QtSpeaker(host, QAudioDevice()).start()
    QtCamera(host, QCameraDevice()).start(lambda _: None)

    assert problems == [
        "The microphone is no longer connected.",
        "The speaker is no longer connected.",
        "The camera is no longer connected.",
    ]
    assert host.open_count == 0
