"""Recording a voice message: the microphone into memory while the composer shows the duration and
a live level, then Send or Cancel.

The microphone is the call devices' (QtMultimedia capture on their audio thread, the chosen
device or the system's default), delivering 48 kHz mono PCM: a busy UI thread never makes it
overflow. The audio thread only appends to a :class:`_Take`; the UI thread looks at it on a timer.
On Send the PCM goes to ``send``, which encodes it off the UI thread and queues it in the outbox.
A recording reaching :data:`MAX_MS` is sent as it is, so nothing said is lost. A call pauses it
(:meth:`VoiceRecorder.pause`): the microphone closes, what was said is kept for Send or Cancel.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..calls.devices import AudioInput
from ..media.voice import SAMPLE_RATE, level
from .formatting import tr

MAX_MS = 15 * 60 * 1000
"""The longest voice message: 15 minutes (86 MB of PCM until it is encoded)."""
SILENT_START_S = 6.0
"""A microphone that has given nothing after this long did not start: the recording ends."""
TICK_MS = 50
LEVELS = 40
"""Recent levels the composer draws as bars, oldest first."""
BYTES_PER_MS = SAMPLE_RATE * 2 // 1000


class _Take:
    """The PCM captured so far and the loudest level since the UI last looked; filled on the
    audio thread, read on the UI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pcm = bytearray()
        self._peak = 0.0
        self.open = True

    def add(self, pcm: bytes) -> None:
        loudness = level(pcm)
        with self._lock:
            if self.open:
                self._pcm += pcm
                self._peak = max(self._peak, loudness)

    def look(self) -> tuple[int, float]:
        """(bytes so far, the loudest level since the last look)."""
        with self._lock:
            peak, self._peak = self._peak, 0.0
            return len(self._pcm), peak

    def close(self) -> bytes:
        """Stops taking audio; the PCM taken."""
        with self._lock:
            self.open = False
            pcm, self._pcm = bytes(self._pcm), bytearray()
            return pcm


class VoiceRecorder(QObject):
    changed = Signal()
    """:attr:`recording` changed."""
    progress = Signal()
    """:attr:`duration` and :attr:`levels` moved on."""

    def __init__(
        self,
        send: Callable[[bytes], None],
        notify: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._send = send
        self._notify = notify
        self._open_microphone: Callable[[], AudioInput | None] = lambda: None
        self._microphone: AudioInput | None = None
        self._take: _Take | None = None
        self._paused = False
        self._duration = 0
        self._levels = [0.0] * LEVELS
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def use_microphone(self, open_microphone: Callable[[], AudioInput | None]) -> None:
        """Where the microphone comes from (the call devices, made on first use)."""
        self._open_microphone = open_microphone

    def _get_recording(self) -> bool:
        return self._take is not None

    recording = QtProperty(bool, _get_recording, notify=changed)

    def _get_paused(self) -> bool:
        return self._paused

    paused = QtProperty(bool, _get_paused, notify=changed)
    """A recording is kept but the microphone is closed (a call came): Send or Cancel it."""

    def _get_duration(self) -> int:
        return self._duration

    duration = QtProperty(int, _get_duration, notify=progress)
    """Milliseconds recorded."""

    def _get_levels(self) -> list[float]:
        return list(self._levels)

    levels = QtProperty(list, _get_levels, notify=progress)
    """The last :data:`LEVELS` levels (0..1), one per tick, the newest last: the live meter."""

    @Slot()
    def start(self) -> None:
        """The mic button: recording starts (the previous one, if any, is dropped)."""
        self.cancel()
        microphone = self._open_microphone()
        if microphone is None:
            self._notify(tr("No microphone was found: connect one to record a voice message."))
            return
        take = _Take()
        self._take, self._microphone = take, microphone
        self._duration, self._levels = 0, [0.0] * LEVELS
        self._started = time.monotonic()
        microphone.start(take.add)
        self._timer.start()
        self.changed.emit()
        self.progress.emit()

    @Slot()
    def pause(self) -> None:
        """The microphone closes and the recording waits for Send or Cancel (a call must not be
        recorded into a voice message, nor a voice message thrown away because of a call)."""
        if self._take is None or self._paused:
            return
        self._timer.stop()
        microphone, self._microphone = self._microphone, None
        if microphone is not None:
            microphone.stop()
        size, _peak = self._take.look()
        self._duration = size // BYTES_PER_MS
        self._levels = [0.0] * LEVELS
        self._paused = True
        self.changed.emit()
        self.progress.emit()

    @Slot()
    def cancel(self) -> None:
        """Cancel: what was recorded is thrown away."""
        if self._finish() is not None:
            self.changed.emit()

    @Slot()
    def send(self) -> None:
        """Send: the recording goes to the conversation."""
        pcm = self._finish()
        if pcm is None:
            return
        self.changed.emit()
        self._send(pcm)

    def _finish(self) -> bytes | None:
        take, microphone = self._take, self._microphone
        if take is None:
            return None
        self._timer.stop()
        self._take = self._microphone = None
        self._paused = False
        if microphone is not None:
            microphone.stop()
        return take.close()

    @Slot()
    def _tick(self) -> None:
        if self._take is None:
            return
        size, peak = self._take.look()
        self._duration = size // BYTES_PER_MS
        self._levels = [*self._levels[1:], peak]
        self.progress.emit()
        if self._duration >= MAX_MS:
            self.send()
        elif size == 0 and time.monotonic() - self._started > SILENT_START_S:
            self.cancel()
            self._notify(tr("The microphone gave no sound: check that it is connected and not in use."))

    def close(self) -> None:
        self.cancel()
