"""Voice messages below Qt: a recording encoded as Ogg/Opus that says how long it is, its waveform
(loud where it is loud, flat where it is silent), and someone else's waveform made safe to draw."""

from __future__ import annotations

import io
import itertools
import math
from array import array

import av
import pytest

from messenger_desktop.media.voice import (
    MAX_WAVEFORM_ITEMS,
    WAVEFORM_BARS,
    WAVEFORM_MAX,
    NothingRecorded,
    clean_waveform,
    encode_voice,
    level,
    waveform,
)
from tests.support.recordings import tone


def _decoded(data: bytes) -> tuple[str, str, int, float, bytes]:
    """(container, codec, sample rate, seconds, the PCM decoded as s16 mono)."""
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.audio[0]
        resampler = av.AudioResampler("s16", "mono", 48_000)
        pcm = b"".join(
            bytes(out.planes[0])[: out.samples * 2]
            for frame in container.decode(stream)
            for out in resampler.resample(frame)
        )
        seconds = (container.duration or 0) / 1_000_000
        context = stream.codec_context
        return container.format.name, context.name, context.sample_rate, seconds, pcm


def _peak_frequency(pcm: bytes, rate: int = 48_000) -> float:
    samples = array("h", pcm)[-rate:]
    crossings = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
    return crossings / 2 / (len(samples) / rate)


def test_a_recorded_tone_becomes_ogg_opus_that_says_how_long_it_is_and_sounds_the_same() -> None:
    clip = encode_voice(tone(3.0, 440))

    assert clip.duration_ms == 3000
    container, codec, rate, seconds, pcm = _decoded(clip.data)
    assert (container, codec, rate) == ("ogg", "opus", 48_000)
    assert abs(seconds - 3.0) < 0.05
    assert abs(_peak_frequency(pcm) - 440) < 5
    assert len(clip.data) < 3 * 24_000  # speech bit rate, not raw PCM (288 KB)


def test_a_recording_at_another_rate_is_resampled_to_opus_rate() -> None:
    clip = encode_voice(tone(2.0, 300, rate=44_100), rate=44_100)

    assert clip.duration_ms == 2000
    _, _, rate, seconds, pcm = _decoded(clip.data)
    assert rate == 48_000 and abs(seconds - 2.0) < 0.05
    assert abs(_peak_frequency(pcm) - 300) < 5


def test_a_steady_tone_draws_even_bars_and_silence_draws_flat_ones() -> None:
    loud = waveform(tone(2.0, 440, amplitude=16_000))
    quiet = waveform(tone(2.0, 440, amplitude=500))
    silent = waveform(bytes(96_000 * 2))

    assert len(loud) == len(quiet) == len(silent) == WAVEFORM_BARS
    assert all(0 <= v <= WAVEFORM_MAX for v in loud + quiet + silent)
    assert max(loud) - min(loud) < 10  # steady
    assert min(loud) > 800 and 200 < max(quiet) < 500  # louder draws higher, on a decibel scale
    assert silent == [0] * WAVEFORM_BARS


def test_the_bars_follow_the_sound_over_time() -> None:
    pcm = bytes(48_000 * 2) + tone(1.0, 440, amplitude=12_000)  # a second of silence, then a tone

    bars = encode_voice(pcm).waveform

    assert len(bars) == WAVEFORM_BARS
    assert max(bars[:45]) == 0 and min(bars[55:]) > 700


def test_the_live_level_is_zero_for_silence_and_high_for_a_loud_tone() -> None:
    assert level(bytes(1920)) == 0.0
    assert level(b"") == 0.0
    assert 0.8 < level(tone(0.02, 440, amplitude=20_000)) <= 1.0
    assert level(array("h", [32767, -32768] * 480).tobytes()) == 1.0


def test_a_short_recording_still_has_a_waveform_and_nothing_recorded_is_refused() -> None:
    clip = encode_voice(tone(0.05, 440))
    assert clip.duration_ms == 50 and 0 < len(clip.waveform) <= WAVEFORM_BARS

    with pytest.raises(NothingRecorded):
        encode_voice(b"")
    with pytest.raises(NothingRecorded):
        encode_voice(tone(0.01, 440))  # half an Opus frame


@pytest.mark.parametrize(
    ("sent", "drawn"),
    [
        (None, []),
        ("not a list", []),
        ({"0": 10}, []),
        ([], []),
        ([512, 1024, 0, 256], [512, 1024, 0, 256]),
        ([5000, -20, 99], [1024, 0, 99]),  # clamped
        (["loud", None, 3.5, True, [7], {"a": 1}, 300], [0, 0, 0, 0, 0, 0, 300]),  # silence in their place
    ],
)
def test_a_received_waveform_is_clamped_and_what_is_not_a_number_is_silence(
    sent: object, drawn: list[int]
) -> None:
    assert clean_waveform(sent, len(drawn) or 4) == drawn


def test_a_received_waveform_is_fit_to_the_bars_drawn() -> None:
    assert clean_waveform([100, 900] * 50, 4) == [900] * 4  # each bar the loudest of its values
    assert clean_waveform(list(range(0, 1000, 10)), 10) == [90, 190, 290, 390, 490, 590, 690, 790, 890, 990]
    assert clean_waveform([300, 600], 6) == [300, 300, 300, 600, 600, 600]  # few values stretched
    assert clean_waveform([1], 0) == []


def test_a_huge_hostile_waveform_is_read_at_a_bounded_number_of_points() -> None:
    huge = [1024] * 5_000_000
    drawn = clean_waveform(huge, 40)

    assert drawn == [1024] * 40
    mixed = ["x"] * (MAX_WAVEFORM_ITEMS * 50) + [700] * (MAX_WAVEFORM_ITEMS * 50)
    bars = clean_waveform(mixed, 2)
    assert bars == [0, 700]


def test_pcm_with_a_stray_odd_byte_is_not_misread() -> None:
    pcm = tone(1.0, 440) + b"\x01"
    assert encode_voice(pcm).duration_ms == 1000
    assert waveform(pcm) == waveform(pcm[:-1])
    assert math.isclose(level(pcm[:1921]), level(pcm[:1920]))
