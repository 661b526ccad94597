"""The microphone and the speaker of a call, with QtMultimedia, on a thread of their own.

Both run on the provider's audio thread (a :class:`~.device_streams.StreamHost` there), so a busy UI
thread — a long layout, a big sync being applied — neither starves the speaker nor makes the
microphone overflow. The speaker is fed in push mode from a 10 ms timer: it keeps about
:data:`SPEAKER_FILL_US` queued in the device, takes what the media thread left in a bounded
:class:`~.pcm.PlaybackBuffer` and plays silence only when that ran dry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QIODevice, Qt, QTimer
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QAudioSource, QtAudio

from ..calls.devices import SAMPLE_RATE
from .device_streams import DeviceError, HostedDevice, StreamHost
from .pcm import CALL_FORMAT, PcmConverter, PcmFormat, PlaybackBuffer

log = logging.getLogger(__name__)

SPEAKER_BUFFER_US = 120_000
"""The device's own buffer; what is queued there is delay, so it is small."""
SPEAKER_FILL_US = 60_000
"""How much the speaker keeps queued: enough to ride out a late timer tick or a slow frame."""
SPEAKER_LOW_US = 20_000
"""Below this, silence is queued so the device never runs dry (an underrun plays as silence)."""
PLAYBACK_LIMIT_MS = 200
"""At most this much audio waits for the speaker; older audio is dropped."""
PLAYBACK_SETTLE_MS = 80
"""A backlog longer than this, left after the speaker took its share, is cut to half of it."""
TICK_MS = 10
CHECK_MS = 500

_SAMPLE_KINDS = {
    QAudioFormat.SampleFormat.UInt8: "u8",
    QAudioFormat.SampleFormat.Int16: "s16",
    QAudioFormat.SampleFormat.Int32: "s32",
    QAudioFormat.SampleFormat.Float: "f32",
}
_QT_SAMPLE_FORMATS = {kind: qt for qt, kind in _SAMPLE_KINDS.items()}


def _tr(text: str) -> str:
    return QCoreApplication.translate("calls", text)


def qt_format(fmt: PcmFormat) -> QAudioFormat:
    result = QAudioFormat()
    result.setSampleRate(fmt.rate)
    result.setChannelCount(fmt.channels)
    result.setSampleFormat(_QT_SAMPLE_FORMATS[fmt.sample])
    return result


def pcm_format(fmt: QAudioFormat) -> PcmFormat | None:
    """``fmt`` as a :class:`PcmFormat`; ``None`` for one the converter does not know."""
    kind = _SAMPLE_KINDS.get(fmt.sampleFormat())
    if kind is None or fmt.sampleRate() <= 0 or fmt.channelCount() <= 0:
        return None
    return PcmFormat(fmt.sampleRate(), fmt.channelCount(), kind)


def device_format(device: QAudioDevice) -> PcmFormat | None:
    """The call's own format when the device takes it, else the device's preferred one (converted
    by us); ``None`` when neither is usable."""
    if device.isFormatSupported(qt_format(CALL_FORMAT)):
        return CALL_FORMAT
    return pcm_format(device.preferredFormat())


def device_id(device: QAudioDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


class MicrophoneStream:
    """An open QAudioSource (push mode): each block it has read is converted and delivered."""

    def __init__(self, host: StreamHost, device: QAudioDevice, deliver: Callable[[bytes], None]) -> None:
        if device.isNull():
            raise DeviceError(_tr("The microphone is no longer connected."))
        fmt = device_format(device)
        if fmt is None:
            raise DeviceError(_tr("The microphone uses a sound format this app cannot read."))
        self._host = host
        self._deliver = deliver
        self._converter = PcmConverter(fmt, CALL_FORMAT)
        self._source = QAudioSource(device, qt_format(fmt), host)
        self._io = self._source.start()
        self._io.readyRead.connect(self._read, Qt.ConnectionType.DirectConnection)
        self._checker = _ErrorChecker(host, self._source, _tr("The microphone stopped working."))

    def _read(self) -> None:
        data = self._io.readAll().data()
        if data:
            pcm = self._converter.convert(bytes(data))
            if pcm:
                self._deliver(pcm)

    def close(self) -> None:
        self._checker.close()
        self._io.readyRead.disconnect(self._read)
        self._source.stop()
        shiboken6.delete(self._source)


class SpeakerStream:
    """An open QAudioSink (push mode), fed from ``buffer`` every :data:`TICK_MS`."""

    def __init__(self, host: StreamHost, device: QAudioDevice, buffer: PlaybackBuffer) -> None:
        if device.isNull():
            raise DeviceError(_tr("The speaker is no longer connected."))
        fmt = device_format(device)
        if fmt is None:
            raise DeviceError(_tr("The speaker uses a sound format this app cannot play."))
        qt_fmt = qt_format(fmt)
        self._buffer = buffer
        self._converter = PcmConverter(CALL_FORMAT, fmt)
        self._ratio = SAMPLE_RATE * CALL_FORMAT.frame_bytes / (fmt.rate * fmt.frame_bytes)
        """Call bytes per device byte: the two differ in rate, channels and sample width."""
        self._fill = qt_fmt.bytesForDuration(SPEAKER_FILL_US)
        self._low = qt_fmt.bytesForDuration(SPEAKER_LOW_US)
        self._sink = QAudioSink(device, qt_fmt, host)
        self._sink.setBufferSize(qt_fmt.bytesForDuration(SPEAKER_BUFFER_US))
        self._io: QIODevice = self._sink.start()
        self._timer = QTimer(host)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._feed, Qt.ConnectionType.DirectConnection)
        self._timer.start()
        self._checker = _ErrorChecker(host, self._sink, _tr("The speaker stopped working."))
        self._feed()

    def _feed(self) -> None:
        queued = max(0, self._sink.bufferSize() - self._sink.bytesFree())
        wanted = self._fill - queued
        if wanted <= 0:
            return
        pcm = self._buffer.pull(
            int(wanted * self._ratio), at_least=int(max(0, self._low - queued) * self._ratio)
        )
        if pcm:
            self._io.write(self._converter.convert(pcm))

    def close(self) -> None:
        self._checker.close()
        self._timer.stop()
        shiboken6.delete(self._timer)
        self._sink.stop()
        shiboken6.delete(self._sink)


class _ErrorChecker:
    """Reports a device's error once. Polled: PySide cannot pass ``stateChanged``'s
    ``QAudio::State`` to Python (a TypeError on every emission)."""

    def __init__(self, host: StreamHost, device: QAudioSource | QAudioSink, message: str) -> None:
        self._host = host
        self._device = device
        self._message = message
        self._timer = QTimer(host)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._check, Qt.ConnectionType.DirectConnection)
        self._timer.start()

    def _check(self) -> None:
        error = self._device.error()
        if error in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError):
            return
        log.warning("%s (%s)", self._message, error)
        self._timer.stop()
        self._host.problem.emit(self._message)

    def close(self) -> None:
        self._timer.stop()
        shiboken6.delete(self._timer)


class QtMicrophone(HostedDevice[bytes]):
    """An ``AudioInput``: the device's PCM, converted to the call's format, delivered on the audio
    thread."""

    def __init__(self, host: StreamHost, device: QAudioDevice) -> None:
        super().__init__(host, lambda h, deliver: MicrophoneStream(h, device, deliver), device.description())


class QtSpeaker:
    """An ``AudioOutput``: :meth:`play` only appends to a bounded buffer, from any thread."""

    def __init__(self, host: StreamHost, device: QAudioDevice) -> None:
        self.name = device.description()
        per_ms = CALL_FORMAT.frame_bytes * SAMPLE_RATE // 1000
        self.buffer = PlaybackBuffer(per_ms * PLAYBACK_LIMIT_MS, per_ms * PLAYBACK_SETTLE_MS)
        buffer = self.buffer
        self._device = HostedDevice[None](host, lambda h, _: SpeakerStream(h, device, buffer), self.name)

    def start(self) -> None:
        self._device.start(lambda _: None)

    def play(self, pcm: bytes) -> None:
        self.buffer.push(pcm)

    def stop(self) -> None:
        self._device.stop()
        self.buffer.clear()

    def __repr__(self) -> str:
        return f"<QtSpeaker {self.name!r}>"
