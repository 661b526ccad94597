"""The ring of an incoming call and the caller's ringback, played on the chosen speaker.

A tone is fed in real time, a tenth of a second per tick with a fifth of a second ahead, to a
speaker opened for it alone (the call opens its own when it starts), and closed the moment the
phone stops ringing: answered, declined, or given up on."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from ..calls.devices import SAMPLE_RATE, AudioOutput
from ..calls.tones import ring_cycle, ringback_cycle

log = logging.getLogger(__name__)

TICK_MS = 100
AHEAD_MS = 200
_BYTES_PER_MS = SAMPLE_RATE * 2 // 1000


class CallTones(QObject):
    """Plays ``"ring"``, ``"ringback"`` or nothing (:meth:`play`)."""

    def __init__(self, open_speaker: Callable[[], AudioOutput | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_speaker = open_speaker
        self._kind: str | None = None
        self._speaker: AudioOutput | None = None
        self._pcm = b""
        self._position = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._feed)

    @property
    def playing(self) -> str | None:
        return self._kind if self._speaker is not None else None

    def play(self, kind: str | None) -> None:
        if kind == self._kind:
            return
        self._stop()
        self._kind = kind
        if kind is None:
            return
        try:
            speaker = self._open_speaker()
            if speaker is not None:
                speaker.start()
        except Exception:  # no sound is better than no call
            log.exception("the %s could not be played", kind)
            return
        if speaker is None:
            return
        self._speaker = speaker
        self._pcm = ring_cycle() if kind == "ring" else ringback_cycle()
        self._position = 0
        self._send(AHEAD_MS)
        self._timer.start()

    @Slot()
    def _feed(self) -> None:
        self._send(TICK_MS)

    def _send(self, ms: int) -> None:
        speaker = self._speaker
        if speaker is None:
            return
        size = ms * _BYTES_PER_MS
        chunk = self._pcm[self._position : self._position + size]
        if len(chunk) < size:
            chunk += self._pcm[: size - len(chunk)]
        self._position = (self._position + size) % len(self._pcm)
        try:
            speaker.play(chunk)
        except Exception:
            log.exception("the %s stopped playing", self._kind)
            self._stop()

    def _stop(self) -> None:
        self._timer.stop()
        speaker, self._speaker = self._speaker, None
        if speaker is not None:
            try:
                speaker.stop()
            except Exception:
                log.exception("closing the speaker of a tone failed")
