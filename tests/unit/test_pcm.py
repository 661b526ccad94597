"""Call audio ↔ a device's own format, and the speaker's bounded buffer (pure Python, no device)."""

from __future__ import annotations

import itertools
import math
import struct
import threading
from array import array

import pytest

from messenger_desktop.qt.pcm import CALL_FORMAT, PcmConverter, PcmFormat, PlaybackBuffer


def s16(*samples: int) -> bytes:
    return array("h", samples).tobytes()


def test_the_calls_own_format_passes_untouched() -> None:
    converter = PcmConverter(CALL_FORMAT, CALL_FORMAT)
    data = s16(1, -2, 300)
    assert converter.convert(data) is data


@pytest.mark.parametrize(
    ("sample", "encoded", "expected"),
    [
        ("s16", s16(1000, -7, -32768, 32767, 5, 6), s16(1000, -32768, 5)),
        (
            "s32",
            struct.pack("<6i", 1000 << 16, 1, -(7 << 16), 2, 32767 << 16 | 0xFFFF, 3),
            s16(1000, -7, 32767),
        ),
        ("u8", bytes([0, 9, 128, 9, 255, 9]), s16(-32768, 0, 0x7F00)),
        ("f32", struct.pack("<6f", 0.5, 0.1, -1.0, 0.2, 2.0, 0.3), s16(16384, -32768, 32767)),
    ],
)
def test_a_stereo_microphone_gives_its_first_channel_as_16_bit(
    sample: str, encoded: bytes, expected: bytes
) -> None:
    converter = PcmConverter(PcmFormat(48_000, 2, sample), CALL_FORMAT)
    assert converter.convert(encoded) == expected


def test_a_partial_frame_waits_for_the_next_piece() -> None:
    converter = PcmConverter(PcmFormat(48_000, 2, "s16"), CALL_FORMAT)
    stereo = s16(10, 11, 20, 21, 30, 31)
    pieces = [stereo[:3], stereo[3:7], stereo[7:]]
    assert b"".join(converter.convert(p) for p in pieces) == s16(10, 20, 30)


def test_24_khz_is_doubled_by_linear_interpolation_seamlessly_across_pieces() -> None:
    converter = PcmConverter(PcmFormat(24_000, 1, "s16"), CALL_FORMAT)
    out = converter.convert(s16(0, 100, 200)) + converter.convert(s16(400, 0))
    assert array("h", out).tolist() == [0, 50, 100, 150, 200, 300, 400, 200]


def test_44_1_khz_becomes_48_khz_at_the_right_length_and_pitch() -> None:
    """One second of a 1 kHz tone in odd-sized pieces: 48,000 samples out (give or take the last
    one, held back for interpolation), still 1 kHz."""
    rate = 44_100
    tone = s16(*(int(10_000 * math.sin(2 * math.pi * 1000 * n / rate)) for n in range(rate)))
    converter = PcmConverter(PcmFormat(rate, 1, "s16"), CALL_FORMAT)
    out = b"".join(converter.convert(tone[i : i + 1234]) for i in range(0, len(tone), 1234))
    samples = array("h", out)
    assert abs(len(samples) - 48_000) <= 2
    crossings = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
    assert abs(crossings / 2 - 1000) <= 2


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (PcmFormat(48_000, 2, "s16"), s16(300, 300, -2, -2)),
        (PcmFormat(48_000, 2, "s32"), struct.pack("<4i", 300 << 16, 300 << 16, -2 << 16, -2 << 16)),
        (PcmFormat(48_000, 1, "u8"), bytes([128 + 1, 128 - 1])),
        (PcmFormat(48_000, 2, "f32"), struct.pack("<4f", 0.5, 0.5, -0.25, -0.25)),
    ],
)
def test_a_speaker_gets_call_audio_in_its_own_format(target: PcmFormat, expected: bytes) -> None:
    mono = s16(300, -2) if target.sample in ("s16", "s32") else s16(256, -256)
    if target.sample == "f32":
        mono = s16(16384, -8192)
    assert PcmConverter(CALL_FORMAT, target).convert(mono) == expected


def test_the_speaker_buffer_keeps_only_the_newest_audio_within_its_limit() -> None:
    buffer = PlaybackBuffer(limit=960)
    for n in range(100):  # five times the limit, pushed from another thread like the media engine
        thread = threading.Thread(target=buffer.push, args=(s16(*([n] * 48)),))
        thread.start()
        thread.join()
        assert len(buffer) <= 960
    assert len(buffer) == 960
    assert buffer.dropped == 100 * 96 - 960
    assert array("h", buffer.pull(960)).tolist() == [n for n in range(90, 100) for _ in range(48)]


def test_the_speaker_gets_silence_when_nothing_came_in_time() -> None:
    buffer = PlaybackBuffer(limit=9600)
    assert buffer.pull(960, at_least=960) == bytes(960)
    buffer.push(s16(7, 7, 7))
    assert buffer.pull(960, at_least=10) == s16(7, 7, 7, 0, 0)  # what there is, then silence
    buffer.push(s16(7, 7, 7))
    assert buffer.pull(960) == s16(7, 7, 7)  # the device still has enough queued: no padding
    assert buffer.pull(960) == b""


def test_a_backlog_is_cut_back_instead_of_delaying_the_rest_of_the_call() -> None:
    buffer = PlaybackBuffer(limit=19_200, settle=7_680)  # 200 ms, 80 ms
    for _ in range(10):  # the device was slow to start: 200 ms piled up
        buffer.push(bytes(1_920))
    buffer.pull(960)
    assert len(buffer) == 3_840  # half the settling limit: 40 ms of delay left
    buffer.push(bytes(1_920))
    buffer.pull(960)
    assert len(buffer) == 4_800  # an ordinary backlog is left alone
