"""What we send: the microphone and the camera (or screen) as aiortc tracks, paced on the media loop.

Devices push data from their own threads; the tracks keep only a little of it (audio: the newest
:data:`MAX_AUDIO_BACKLOG_MS`, video: the newest picture), so a stalled network or a fast device never
grows latency or memory.
"""

from __future__ import annotations

import asyncio
import fractions
import threading
import time

from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError
from av import AudioFrame, VideoFrame

from ..calls.devices import BYTES_PER_FRAME, FRAME_MS, SAMPLE_RATE, SAMPLES_PER_FRAME, VideoImage

MAX_AUDIO_BACKLOG_MS = 200
VIDEO_CLOCK_RATE = 90_000
VIDEO_FPS = 15
_SILENCE = bytes(BYTES_PER_FRAME)


class _Pacer:
    """Real-time pacing of frames: the n-th frame is due ``n * period`` after the first."""

    def __init__(self, period: float) -> None:
        self._period = period
        self._start: float | None = None
        self.count = 0

    async def wait(self) -> None:
        now = time.monotonic()
        if self._start is None:
            self._start = now
        else:
            self.count += 1
            due = self._start + self.count * self._period
            if due > now:
                await asyncio.sleep(due - now)
            elif now - due > 1.0:  # far behind (the machine stalled): start counting again
                self._start, self.count = now, 0


class MicrophoneTrack(MediaStreamTrack):
    """20 ms Opus-ready frames of whatever the microphone delivered; silence when muted or when
    nothing came (there may be no microphone at all: the call still connects)."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self._buffer = bytearray()
        self._lock = threading.Lock()
        self._pacer = _Pacer(FRAME_MS / 1000)
        self.muted = False
        self.frames_sent = 0

    def push(self, pcm: bytes) -> None:
        """From any thread: append captured PCM (s16le mono 48 kHz)."""
        limit = SAMPLE_RATE * 2 * MAX_AUDIO_BACKLOG_MS // 1000
        with self._lock:
            self._buffer += pcm
            if len(self._buffer) > limit:
                del self._buffer[: len(self._buffer) - limit]

    def _take(self) -> bytes:
        with self._lock:
            if len(self._buffer) < BYTES_PER_FRAME:
                return _SILENCE
            chunk = bytes(self._buffer[:BYTES_PER_FRAME])
            del self._buffer[:BYTES_PER_FRAME]
            return chunk

    async def recv(self) -> AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        await self._pacer.wait()
        pcm = self._take()
        frame = AudioFrame(format="s16", layout="mono", samples=SAMPLES_PER_FRAME)
        frame.planes[0].update(_SILENCE if self.muted else pcm)
        frame.pts = self.frames_sent * SAMPLES_PER_FRAME
        frame.sample_rate = SAMPLE_RATE
        frame.time_base = fractions.Fraction(1, SAMPLE_RATE)
        self.frames_sent += 1
        return frame


def image_to_frame(image: VideoImage) -> VideoFrame:
    frame = VideoFrame(width=image.width, height=image.height, format="rgb24")
    plane = frame.planes[0]
    row = image.width * 3
    if plane.line_size == row:
        plane.update(image.rgb)
    else:  # the plane's lines are padded
        padded = bytearray(plane.line_size * image.height)
        for y in range(image.height):
            padded[y * plane.line_size : y * plane.line_size + row] = image.rgb[y * row : (y + 1) * row]
        plane.update(bytes(padded))
    return frame


class CameraTrack(MediaStreamTrack):
    """The newest picture of a camera or screen at up to :data:`VIDEO_FPS`; while paused (camera
    off) nothing is sent at all, so a paused track costs nothing."""

    kind = "video"

    def __init__(self) -> None:
        super().__init__()
        self._latest: VideoImage | None = None
        self._lock = threading.Lock()
        self._pacer = _Pacer(1 / VIDEO_FPS)
        self._running = asyncio.Event()
        self._running.set()
        self._epoch: float | None = None
        self.frames_sent = 0

    def push(self, image: VideoImage) -> None:
        """From any thread: the newest picture."""
        with self._lock:
            self._latest = image

    def set_paused(self, paused: bool) -> None:
        """On the media loop."""
        if paused:
            self._running.clear()
        else:
            self._running.set()

    async def recv(self) -> VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        while True:
            await self._running.wait()
            await self._pacer.wait()
            with self._lock:
                image = self._latest
            if image is not None and self._running.is_set():
                break
        frame = image_to_frame(image)
        now = time.monotonic()
        if self._epoch is None:
            self._epoch = now
        frame.pts = int((now - self._epoch) * VIDEO_CLOCK_RATE)
        frame.time_base = fractions.Fraction(1, VIDEO_CLOCK_RATE)
        self.frames_sent += 1
        return frame
