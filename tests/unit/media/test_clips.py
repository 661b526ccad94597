"""Audio and video files being sent: their duration, a video's size and a still for its
thumbnail are read with FFmpeg; whatever it cannot read, or reads as nonsense, is left out."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from messenger_desktop.media.clips import ClipInfo, probe, still
from messenger_desktop.media.voice import encode_voice
from tests.support.recordings import song, tone, video


def test_a_video_says_how_long_and_how_large_it_is() -> None:
    info = probe(video(2.0, (320, 240)))

    assert info == ClipInfo(duration_ms=2000, width=320, height=240)
    assert info.has_picture


def test_audio_says_how_long_it_is_and_has_no_picture() -> None:
    assert probe(song(3.0)).duration_ms in range(2990, 3020)
    assert probe(encode_voice(tone(1.5)).data) == ClipInfo(duration_ms=1506)  # Opus pre-skip included
    assert not probe(song(1.0)).has_picture
    assert still(song(1.0)) is None


def test_a_video_s_still_is_its_first_picture_as_a_small_jpeg() -> None:
    picture = still(video(1.0, (640, 360)), max_side=320)

    assert picture is not None
    assert (picture.width, picture.height) == (320, 180)
    with Image.open(io.BytesIO(picture.data)) as image:
        assert image.format == "JPEG" and image.size == (320, 180)
        red, _green, blue = image.convert("RGB").getpixel((160, 90))
        assert blue > red  # the first frame is the blue one


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\x00\x00\x18ftypmp42" + bytes(2000),  # an MP4 header and nothing
        b"OggS" + bytes(3000),
        b"<html>not a video</html>" * 100,
        bytes(range(256)) * 40,
    ],
)
def test_what_ffmpeg_cannot_read_gives_nothing_rather_than_an_error(data: bytes) -> None:
    assert probe(data) == ClipInfo()
    assert still(data) is None


def test_a_cut_off_video_gives_what_can_still_be_read_and_never_raises() -> None:
    whole = video(2.0)
    for cut in (whole[: len(whole) // 3], whole[len(whole) // 3 :]):
        info = probe(cut)
        assert info.duration_ms in (0, 2000)  # its index may be in the part that is gone
        picture = still(cut)
        assert picture is None or (picture.width, picture.height) == (320, 240)
