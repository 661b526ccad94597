"""The devices a call captures from and plays to: an interface, defined here and implemented outside.

The media engine (``callmedia``, its own thread) uses these; the Qt layer implements them with
QtMultimedia, tests and benchmarks with synthetic tones and recorders. One format everywhere keeps
both sides simple:

* audio: signed 16-bit little-endian PCM, mono, 48 kHz (Opus's own rate), in pieces of any length;
* video: packed RGB24 images (``width * 3`` bytes per line, no padding).

Threads: ``deliver`` callbacks may be called from any thread; :meth:`AudioOutput.play` and
:meth:`VideoOutput.show` are called from the media thread and must not block (hand the data over to
the device's own thread and return).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

SAMPLE_RATE = 48_000
FRAME_MS = 20
SAMPLES_PER_FRAME = SAMPLE_RATE * FRAME_MS // 1000
BYTES_PER_SAMPLE = 2
BYTES_PER_FRAME = SAMPLES_PER_FRAME * BYTES_PER_SAMPLE
MAX_VIDEO_SIDE = 4_096


@dataclass(frozen=True, slots=True)
class VideoImage:
    """One video picture, packed RGB24."""

    width: int
    height: int
    rgb: bytes

    def __post_init__(self) -> None:
        if not (0 < self.width <= MAX_VIDEO_SIDE and 0 < self.height <= MAX_VIDEO_SIDE):
            raise ValueError(f"bad video size {self.width}x{self.height}")
        if len(self.rgb) != self.width * self.height * 3:
            raise ValueError("RGB24 data does not match the size")


class AudioInput(Protocol):
    """A microphone (or a synthetic source)."""

    def start(self, deliver: Callable[[bytes], None]) -> None:
        """Begin capturing; ``deliver`` receives PCM as it comes."""

    def stop(self) -> None: ...


class AudioOutput(Protocol):
    """A speaker (or a recorder)."""

    def start(self) -> None: ...

    def play(self, pcm: bytes) -> None:
        """Queue PCM for playing; called about every 20 ms from the media thread."""

    def stop(self) -> None: ...


class VideoInput(Protocol):
    """A camera, a screen (or a synthetic pattern)."""

    def start(self, deliver: Callable[[VideoImage], None]) -> None: ...

    def stop(self) -> None: ...


class VideoOutput(Protocol):
    """Where a video is shown: the peer's picture, or our own preview."""

    def show(self, image: VideoImage | None) -> None:
        """The newest picture; ``None`` when the video stopped."""


@dataclass(slots=True)
class CallDevices:
    """What one call uses. Anything missing is ``None``: the call connects with what there is and
    :attr:`missing` says what the user is told (``"microphone"``, ``"speaker"``, ``"camera"``)."""

    microphone: AudioInput | None = None
    speaker: AudioOutput | None = None
    camera: VideoInput | None = None
    screen: VideoInput | None = None
    remote_view: VideoOutput | None = None
    local_view: VideoOutput | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        gone = []
        if self.microphone is None:
            gone.append("microphone")
        if self.speaker is None:
            gone.append("speaker")
        return gone


class DeviceProvider(Protocol):
    """Opens the devices for a call (the Qt layer, or a test)."""

    def open(self, *, video: bool) -> CallDevices: ...

    def open_microphone(self) -> AudioInput | None:
        """The chosen microphone, when the user picks another one during a call."""

    def open_speaker(self) -> AudioOutput | None:
        """The chosen speaker, when the user picks another one during a call."""

    def camera(self) -> VideoInput | None:
        """A camera, when the user turns video on during a call."""

    def screen(self) -> VideoInput | None:
        """The screen (or a window), for screen sharing; ``None`` where it cannot be captured."""
