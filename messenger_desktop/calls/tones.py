"""The phone's own sounds as PCM (s16le mono 48 kHz, what :class:`AudioOutput` plays): the ring
of an incoming call and the ringback the caller hears while the other side rings. Each is one
cycle of its cadence, made once, to be played in a loop."""

from __future__ import annotations

import functools
import math
import sys
from array import array

from .devices import SAMPLE_RATE

RING_HZ = (440.0, 480.0)
"""Two tones together, the ring most phones make."""
RING_ON_S, RING_CYCLE_S = 1.2, 3.0
RINGBACK_HZ = (425.0,)
RINGBACK_ON_S, RINGBACK_CYCLE_S = 1.0, 4.0
LEVEL = 0.25
"""Of full scale: a ring is heard, not startling."""
FADE_S = 0.01
"""Each burst fades in and out, so it starts and stops without a click."""


def _cycle(frequencies: tuple[float, ...], on_s: float, cycle_s: float) -> bytes:
    on = int(on_s * SAMPLE_RATE)
    fade = int(FADE_S * SAMPLE_RATE)
    amplitude = LEVEL * 32767 / len(frequencies)
    steps = [2 * math.pi * f / SAMPLE_RATE for f in frequencies]
    samples = array("h", bytes(2 * int(cycle_s * SAMPLE_RATE)))
    for n in range(on):
        envelope = min(1.0, n / fade, (on - n) / fade)
        samples[n] = int(envelope * amplitude * sum(math.sin(step * n) for step in steps))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


@functools.cache
def ring_cycle() -> bytes:
    """One cycle of the incoming call's ring: 1.2 s of 440 + 480 Hz, then silence to 3 s."""
    return _cycle(RING_HZ, RING_ON_S, RING_CYCLE_S)


@functools.cache
def ringback_cycle() -> bytes:
    """One cycle of the caller's ringback: 1 s of 425 Hz, then silence to 4 s."""
    return _cycle(RINGBACK_HZ, RINGBACK_ON_S, RINGBACK_CYCLE_S)
