"""The ring and ringback: the frequencies, the cadence, the level and no click at the edges."""

from __future__ import annotations

import struct

import pytest

from messenger_desktop.callmedia.synthetic import dominant_frequency
from messenger_desktop.calls.devices import SAMPLE_RATE
from messenger_desktop.calls.tones import ring_cycle, ringback_cycle


def _samples(pcm: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{len(pcm) // 2}h", pcm)


def _seconds(pcm: bytes, start: float, end: float) -> bytes:
    return pcm[int(start * SAMPLE_RATE) * 2 : int(end * SAMPLE_RATE) * 2]


@pytest.mark.parametrize(
    ("cycle", "length", "on", "heard"),
    [(ring_cycle, 3.0, 1.2, {440, 480}), (ringback_cycle, 4.0, 1.0, {420, 430})],
)
def test_a_cycle_sounds_its_tone_then_is_silent_until_it_repeats(
    cycle: object, length: float, on: float, heard: set[int]
) -> None:
    pcm = cycle()  # type: ignore[operator]
    assert len(pcm) == int(length * SAMPLE_RATE) * 2
    sounding = _seconds(pcm, 0.1, on - 0.1)
    assert round(dominant_frequency(sounding, low=300, high=1000, step=10) / 10) * 10 in heard
    assert max(abs(s) for s in _samples(sounding)) > 3000, "loud enough to be heard"
    assert max(abs(s) for s in _samples(sounding)) < 16384, "not startling"
    assert not any(_samples(_seconds(pcm, on, length))), "silence between bursts"
    edges = _samples(pcm)[:5] + _samples(_seconds(pcm, on - 0.0001, on))
    assert max(abs(s) for s in edges) < 300, "bursts fade in and out (no click)"
