"""Synthetic devices: a tone instead of a microphone, a recorder instead of a speaker, a moving
pattern instead of a camera. For tests and benchmarks (no sound card or camera needed), and a
way to check a call path end to end."""

from __future__ import annotations

import math
import struct
import threading
from array import array
from collections.abc import Callable

from ..calls.devices import FRAME_MS, SAMPLE_RATE, SAMPLES_PER_FRAME, CallDevices, VideoImage


class ToneInput:
    """A sine tone delivered in 20 ms pieces from its own timer thread (one second is computed
    once and looped, so a whole-hertz tone joins up without a click)."""

    def __init__(self, frequency: float, amplitude: float = 0.4) -> None:
        self.frequency = frequency
        level = 32767 * amplitude
        step = 2 * math.pi * frequency / SAMPLE_RATE
        self._second = array("h", (int(level * math.sin(step * i)) for i in range(SAMPLE_RATE))).tobytes()
        self._offset = 0
        self._timer: threading.Event | None = None

    def _piece(self) -> bytes:
        size = SAMPLES_PER_FRAME * 2
        if self._offset + size > len(self._second):
            self._offset = 0
        piece = self._second[self._offset : self._offset + size]
        self._offset += size
        return piece

    def start(self, deliver: Callable[[bytes], None]) -> None:
        self.stop()
        stop = self._timer = threading.Event()

        def run() -> None:
            while not stop.wait(FRAME_MS / 1000):
                deliver(self._piece())

        threading.Thread(target=run, name="tone", daemon=True).start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.set()
            self._timer = None


class PcmRecorder:
    """Keeps the newest ``seconds`` of what it is given to play."""

    def __init__(self, seconds: float = 5.0) -> None:
        self._limit = int(seconds * SAMPLE_RATE) * 2
        self._data = bytearray()
        self._lock = threading.Lock()
        self.pieces = 0
        self.started = False

    def start(self) -> None:
        self.started = True

    def play(self, pcm: bytes) -> None:
        with self._lock:
            self.pieces += 1
            self._data += pcm
            if len(self._data) > self._limit:
                del self._data[: len(self._data) - self._limit]

    def stop(self) -> None:
        self.started = False

    def recent(self, seconds: float) -> bytes:
        with self._lock:
            return bytes(self._data[-int(seconds * SAMPLE_RATE) * 2 :])


def dominant_frequency(pcm: bytes, *, low: float = 100, high: float = 2000, step: float = 10) -> float:
    """The strongest frequency in ``pcm`` (s16le mono 48 kHz) between ``low`` and ``high`` Hz, by
    the Goertzel algorithm over a grid of ``step`` Hz on the last half second, decimated 4× (tones
    under 2 kHz) — enough to tell two test tones apart in well under a second of pure Python."""
    count = len(pcm) // 2
    samples = struct.unpack(f"<{count}h", pcm[: count * 2])[-SAMPLE_RATE // 2 :: 4]
    rate = SAMPLE_RATE / 4
    best, best_power = 0.0, -1.0
    frequency = low
    while frequency <= high:
        coefficient = 2 * math.cos(2 * math.pi * frequency / rate)
        s1 = s2 = 0.0
        for sample in samples:
            s1, s2 = sample + coefficient * s1 - s2, s1
        power = s1 * s1 + s2 * s2 - coefficient * s1 * s2
        if power > best_power:
            best, best_power = frequency, power
        frequency += step
    return best


class PatternInput:
    """A moving colour pattern, ``fps`` pictures a second."""

    def __init__(self, width: int = 320, height: int = 240, fps: int = 15) -> None:
        self.width, self.height, self.fps = width, height, fps
        self._stop: threading.Event | None = None
        self._pictures: list[VideoImage] = []
        self.count = 0

    def picture(self) -> VideoImage:
        """A horizontal colour ramp whose green level moves from picture to picture (16 made
        once, then reused, so the source costs next to nothing)."""
        if not self._pictures:
            for index in range(16):
                row = b"".join(bytes((x * 255 // self.width, index * 16, 128)) for x in range(self.width))
                self._pictures.append(VideoImage(self.width, self.height, row * self.height))
        return self._pictures[self.count % len(self._pictures)]

    def start(self, deliver: Callable[[VideoImage], None]) -> None:
        self.stop()
        stop = self._stop = threading.Event()

        def run() -> None:
            while not stop.wait(1 / self.fps):
                self.count += 1
                deliver(self.picture())

        threading.Thread(target=run, name="pattern", daemon=True).start()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._stop = None


class FrameCounter:
    """A view that counts pictures and keeps the last one."""

    def __init__(self) -> None:
        self.count = 0
        self.last: VideoImage | None = None

    def show(self, image: VideoImage | None) -> None:
        if image is not None:
            self.count += 1
            self.last = image


class SyntheticDevices:
    """A :class:`~messenger_desktop.calls.devices.DeviceProvider` of synthetic devices: one tone
    frequency per provider, a recorder and a counter to check what arrived."""

    def __init__(self, frequency: float, video_size: tuple[int, int] = (320, 240), fps: int = 15) -> None:
        self.frequency = frequency
        self.video_size = video_size
        self.fps = fps
        self.speaker = PcmRecorder()
        self.remote_view = FrameCounter()
        self.local_view = FrameCounter()

    def open(self, *, video: bool) -> CallDevices:
        return CallDevices(
            microphone=self.open_microphone(),
            speaker=self.speaker,
            camera=self.camera() if video else None,
            remote_view=self.remote_view,
            local_view=self.local_view,
        )

    def open_microphone(self) -> ToneInput:
        """A tone at :attr:`frequency` (change it, then pick the microphone again mid-call)."""
        return ToneInput(self.frequency)

    def open_speaker(self) -> PcmRecorder:
        """A new recorder, which becomes :attr:`speaker`: what a newly picked speaker plays is
        recorded apart from what the old one played."""
        self.speaker = PcmRecorder()
        return self.speaker

    def camera(self) -> PatternInput:
        return PatternInput(*self.video_size, self.fps)

    def screen(self) -> PatternInput:
        return PatternInput(640, 360, 5)
