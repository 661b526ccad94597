"""The phone's own sounds as PCM (s16le mono 48 kHz, what :class:`AudioOutput` plays): the ring
of an incoming call and the ringback the caller hears while the other side rings. Each is one
cycle of its cadence, made once, to be played in a loop."""

from __future__ import annotations

import functools
import math
import sys
from array import array

from .devices import SAMPLE_RATE

RING_HZ = (440, 480)
"""Two tones together, the ring most phones make."""
RING_ON_S, RING_CYCLE_S = 1.2, 3.0
RINGBACK_HZ = (425,)
RINGBACK_ON_S, RINGBACK_CYCLE_S = 1.0, 4.0
LEVEL = 0.25
"""Of full scale: a ring is heard, not startling."""
FADE_S = 0.01
"""Each burst fades in and out, so it starts and stops without a click."""


def _cycle(frequencies: tuple[int, ...], on_s: float, cycle_s: float) -> bytes:
    """The burst is made from one period of the tones (where they all begin again: 1200 samples
    for 440 + 480 Hz), repeated, so the first ring costs a millisecond on the UI thread and not
    the 90 ms a sample-by-sample sine took; only the fades are computed sample by sample."""
    on = int(on_s * SAMPLE_RATE)
    fade = int(FADE_S * SAMPLE_RATE)
    amplitude = LEVEL * 32767 / len(frequencies)
    period = SAMPLE_RATE // math.gcd(SAMPLE_RATE, *frequencies)
    steps = [2 * math.pi * f / SAMPLE_RATE for f in frequencies]
    one = array("h", (int(amplitude * sum(math.sin(step * n) for step in steps)) for n in range(period)))
    burst = (one * (on // period + 1))[:on]
    for n in (*range(fade), *range(on - fade, on)):
        burst[n] = int(burst[n] * min(n / fade, (on - n) / fade))
    samples = burst + array("h", bytes(2 * (int(cycle_s * SAMPLE_RATE) - on)))
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
