"""PCM between the call's format and a sound device's: conversion, and the speaker's waiting room.

Calls speak signed 16-bit mono at 48 kHz (:mod:`messenger_desktop.calls.devices`); most devices take
that as it is (PulseAudio converts for us), but some offer only their own format (a 44.1 kHz stereo
float microphone). The conversion is deliberately cheap — first channel only, linear interpolation —
and done with byte slicing where it can be, so it costs little on the audio thread without numpy.
Samples are little-endian, as on every platform the app runs on.
"""

from __future__ import annotations

import threading
from array import array
from dataclasses import dataclass

SAMPLE_KINDS = {"u8": 1, "s16": 2, "s32": 4, "f32": 4}
_FLIP_SIGN = bytes((b ^ 0x80) for b in range(256))
"""Unsigned 8-bit ↔ the high byte of a signed 16-bit sample."""


@dataclass(frozen=True, slots=True)
class PcmFormat:
    rate: int
    channels: int
    sample: str
    """One of :data:`SAMPLE_KINDS`."""

    def __post_init__(self) -> None:
        if self.sample not in SAMPLE_KINDS or self.rate <= 0 or self.channels <= 0:
            raise ValueError(f"unsupported PCM format {self}")

    @property
    def frame_bytes(self) -> int:
        return SAMPLE_KINDS[self.sample] * self.channels


CALL_FORMAT = PcmFormat(48_000, 1, "s16")


class PcmConverter:
    """Converts a stream piece by piece: a partial frame at the end of one piece and the
    resampler's position carry over to the next, so pieces of any length join seamlessly."""

    def __init__(self, source: PcmFormat, target: PcmFormat) -> None:
        self.source = source
        self.target = target
        self._rest = b""
        self._step = source.rate / target.rate
        self._position = 0.0
        self._previous: int | None = None

    @property
    def identity(self) -> bool:
        return self.source == self.target

    def convert(self, data: bytes) -> bytes:
        if self.identity:
            return data
        data = self._rest + data
        whole = len(data) - len(data) % self.source.frame_bytes
        self._rest = data[whole:]
        if not whole:
            return b""
        mono = _first_channel_s16(data[:whole], self.source)
        if self.source.rate != self.target.rate:
            mono = self._resample(mono)
        return _encode(mono, self.target)

    def _resample(self, mono: bytes) -> bytes:
        """Linear interpolation; the last sample of a piece is the first point of the next."""
        samples = array("h", mono)
        if self._previous is not None:
            samples.insert(0, self._previous)
        last = len(samples) - 1
        if last < 1:
            if samples:
                self._previous = samples[-1]
            return b""
        out = array("h")
        append = out.append
        position, step = self._position, self._step
        while position < last:
            index = int(position)
            low = samples[index]
            append(int(low + (samples[index + 1] - low) * (position - index)))
            position += step
        self._position = position - last
        self._previous = samples[last]
        return out.tobytes()


def _first_channel_s16(data: bytes, fmt: PcmFormat) -> bytes:
    """The first channel as signed 16-bit: the high bytes of wider samples, by slicing."""
    stride = fmt.frame_bytes
    if fmt.sample == "s16" and fmt.channels == 1:
        return data
    if fmt.sample == "f32":
        floats = array("f", data)
        if fmt.channels > 1:
            floats = floats[:: fmt.channels]
        return array("h", [_clip(x) for x in floats]).tobytes()
    out = bytearray(len(data) // stride * 2)
    if fmt.sample == "s16":
        out[0::2] = data[0::stride]
        out[1::2] = data[1::stride]
    elif fmt.sample == "s32":
        out[0::2] = data[2::stride]
        out[1::2] = data[3::stride]
    else:  # u8: the sample, sign flipped, is the high byte
        out[1::2] = data[0::stride].translate(_FLIP_SIGN)
    return bytes(out)


def _clip(value: float) -> int:
    return max(-32768, min(32767, int(value * 32768.0)))


def _encode(mono: bytes, fmt: PcmFormat) -> bytes:
    """Signed 16-bit mono as ``fmt``, the same sample in every channel."""
    channels = fmt.channels
    if fmt.sample == "s16" and channels == 1:
        return mono
    if fmt.sample == "f32":
        sample_bytes = array("f", [x / 32768.0 for x in array("h", mono)]).tobytes()
        return _interleave(sample_bytes, 4, channels)
    count = len(mono) // 2
    width = SAMPLE_KINDS[fmt.sample]
    stride = width * channels
    out = bytearray(count * stride)
    low, high = mono[0::2], mono[1::2]
    for channel in range(channels):
        start = channel * width
        if fmt.sample == "u8":
            out[start::stride] = high.translate(_FLIP_SIGN)
        else:  # s16, or s32 with the sample in the high half
            out[start + width - 2 :: stride] = low
            out[start + width - 1 :: stride] = high
    return bytes(out)


def _interleave(samples: bytes, width: int, channels: int) -> bytes:
    if channels == 1:
        return samples
    stride = width * channels
    out = bytearray(len(samples) * channels)
    for channel in range(channels):
        for byte in range(width):
            out[channel * width + byte :: stride] = samples[byte::width]
    return bytes(out)


class PlaybackBuffer:
    """Call audio waiting for the speaker: filled from the media thread, emptied by the speaker's
    own. The delay it adds stays small: audio beyond :attr:`limit` bytes goes at once (oldest
    first), and a backlog of more than :attr:`settle` bytes left after a pull — the device was slow
    to start, the speaker's thread stalled — is cut back to half of it instead of delaying the
    rest of the call. When the media thread falls behind, the speaker gets silence."""

    def __init__(self, limit: int, settle: int | None = None) -> None:
        self.limit = limit - limit % 2
        self.settle = self.limit if settle is None else min(self.limit, settle - settle % 2)
        self._data = bytearray()
        self._lock = threading.Lock()
        self.dropped = 0
        """Bytes thrown away to keep the delay bounded (a measure of trouble)."""

    def __len__(self) -> int:
        return len(self._data)

    def push(self, pcm: bytes) -> None:
        with self._lock:
            self._data += pcm
            self._drop(len(self._data) - self.limit)

    def pull(self, size: int, *, at_least: int = 0) -> bytes:
        """Up to ``size`` bytes of waiting audio; if fewer than ``at_least`` are waiting, silence
        makes up the difference (the speaker must not run dry)."""
        size -= size % 2
        with self._lock:
            piece = bytes(self._data[:size])
            del self._data[:size]
            if len(self._data) > self.settle:
                self._drop(len(self._data) - self.settle // 2)
        missing = min(at_least, size) - len(piece)
        if missing > 0:
            piece += bytes(missing + missing % 2)
        return piece

    def _drop(self, excess: int) -> None:
        if excess > 0:
            excess += excess % 2
            del self._data[:excess]
            self.dropped += excess

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
