"""Voice messages below the Qt layer: the microphone's PCM encoded as Ogg/Opus, the waveform a
receiver draws (MSC3245: about 100 integers from 0 to 1024), and the same waveform read back from
someone else's message, where it is untrusted.

PCM is what the call devices deliver: signed 16-bit little-endian mono at 48 kHz. Encoding runs in
an executor (about half a second per minute of speech); PyAV is imported on first use, not with
the app.
Loudness is mapped to the waveform on a decibel scale over :data:`FLOOR_DB`, so silence draws flat
bars and speech fills most of the height without normalising a quiet recording into noise.
"""

from __future__ import annotations

import io
import math
import operator
from array import array
from dataclasses import dataclass

SAMPLE_RATE = 48_000
"""Opus's own rate, and the microphone's (the call format)."""
FRAME_SAMPLES = 960
"""20 ms: the Opus frame size voice messages use."""
BIT_RATE = 24_000
"""Clear speech; with the container about 250 KB a minute."""
WAVEFORM_BARS = 100
"""Values in a sent waveform (MSC3245 suggests 30 to 120)."""
WAVEFORM_MAX = 1024
FLOOR_DB = 50.0
"""Levels this far below full scale draw as silence."""
MAX_WAVEFORM_ITEMS = 1024
"""Of a received waveform at most this many values are read (a hostile one may hold millions)."""
_LEVEL_STEP = 4
"""Loudness is measured on every 4th sample: exact enough for bars, four times cheaper."""

VOICE_MIME = "audio/ogg"
VOICE_NAME = "Voice message"


class NothingRecorded(ValueError):
    """The recording holds no sound (too short to encode)."""


@dataclass(frozen=True, slots=True)
class VoiceClip:
    """A recorded voice message, ready to upload."""

    data: bytes
    """Ogg/Opus."""
    duration_ms: int
    waveform: tuple[int, ...]
    """:data:`WAVEFORM_BARS` values (fewer for a very short clip) from 0 to :data:`WAVEFORM_MAX`."""


def encode_voice(pcm: bytes, rate: int = SAMPLE_RATE) -> VoiceClip:
    """``pcm`` (s16 mono at ``rate``) as an Ogg/Opus voice message. Raises
    :class:`NothingRecorded` for less than one Opus frame."""
    pcm = pcm[: len(pcm) - len(pcm) % 2]
    samples = len(pcm) // 2
    if samples < rate * FRAME_SAMPLES // SAMPLE_RATE:
        raise NothingRecorded("Nothing was recorded.")
    return VoiceClip(
        data=_ogg_opus(pcm, rate),
        duration_ms=samples * 1000 // rate,
        waveform=tuple(waveform(pcm)),
    )


def _ogg_opus(pcm: bytes, rate: int) -> bytes:
    import av  # loaded with the first voice message, not with the app

    out = io.BytesIO()
    with av.open(out, "w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=SAMPLE_RATE, options={"application": "voip"})
        stream.layout = "mono"
        stream.bit_rate = BIT_RATE
        resampler = None if rate == SAMPLE_RATE else av.AudioResampler("s16", "mono", SAMPLE_RATE)
        step = FRAME_SAMPLES * 2 * rate // SAMPLE_RATE
        pts = 0
        for start in range(0, len(pcm), step):
            piece = pcm[start : start + step]
            frame = av.AudioFrame(format="s16", layout="mono", samples=len(piece) // 2)
            frame.planes[0].update(piece)
            frame.sample_rate = rate
            frame.pts = pts
            pts += len(piece) // 2
            frames = resampler.resample(frame) if resampler is not None else [frame]
            for each in frames:
                for packet in stream.encode(each):
                    container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()


def waveform(pcm: bytes, bars: int = WAVEFORM_BARS) -> list[int]:
    """The loudness of ``pcm`` (s16 mono) in ``bars`` equal slices (fewer when there are fewer
    measured samples), each from 0 to :data:`WAVEFORM_MAX`."""
    samples = array("h", pcm[: len(pcm) - len(pcm) % 2])[::_LEVEL_STEP]
    if not samples:
        return []
    bars = max(1, min(bars, len(samples)))
    edges = [len(samples) * i // bars for i in range(bars + 1)]
    return [_scaled(_rms(samples[edges[i] : edges[i + 1]])) for i in range(bars)]


def level(pcm: bytes) -> float:
    """How loud ``pcm`` (s16 mono) is, from 0 (silence) to 1 (full scale): the recorder's meter."""
    samples = array("h", pcm[: len(pcm) - len(pcm) % 2])[::_LEVEL_STEP]
    return _scaled(_rms(samples)) / WAVEFORM_MAX if samples else 0.0


def _rms(samples: array[int]) -> float:
    if not samples:
        return 0.0
    return math.sqrt(sum(map(operator.mul, samples, samples)) / len(samples)) / 32768.0


def _scaled(rms: float) -> int:
    """An RMS level (0..1 of full scale) on a decibel scale from -:data:`FLOOR_DB` to 0."""
    if rms <= 0.0:
        return 0
    fraction = (20.0 * math.log10(rms) + FLOOR_DB) / FLOOR_DB
    return round(min(1.0, max(0.0, fraction)) * WAVEFORM_MAX)


def clean_waveform(value: object, bars: int) -> list[int]:
    """A waveform from someone else's message, fit to draw: exactly ``bars`` integers from 0 to
    :data:`WAVEFORM_MAX` (each bar the loudest of the values it covers), or ``[]`` when there is
    none. Anything but a list is none; a value that is not an integer counts as silence; huge
    lists are read at :data:`MAX_WAVEFORM_ITEMS` evenly spaced points."""
    if not isinstance(value, list) or not value or bars < 1:
        return []
    if len(value) > MAX_WAVEFORM_ITEMS:
        value = value[:: math.ceil(len(value) / MAX_WAVEFORM_ITEMS)]
    levels = [
        min(WAVEFORM_MAX, max(0, item)) if isinstance(item, int) and not isinstance(item, bool) else 0
        for item in value
    ]
    count = len(levels)
    out = []
    for bar in range(bars):
        start = bar * count // bars
        end = max(start + 1, (bar + 1) * count // bars)
        out.append(max(levels[start:end]))
    return out
