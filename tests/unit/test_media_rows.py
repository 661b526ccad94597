"""The ``media`` map of a timeline row from untrusted content: sizes from ``info`` only when sane,
addresses only from checked mxc URIs, names made safe, captions kept apart from file names."""

from __future__ import annotations

import pytest

from messenger_desktop.qt.media_rows import (
    DEFAULT_BOX,
    VOICE_BARS,
    display_size,
    file_size,
    media_kind,
    media_view,
)

URL = "mxc://example.org/abcDEF_123"


def test_a_picture_takes_its_size_from_info_scaled_into_the_box() -> None:
    assert display_size(1200, 800) == (360, 240)
    assert display_size(600, 900) == (213, 320)
    assert display_size(100, 50) == (100, 50)  # never scaled up
    assert display_size(10_000, 10) == (360, 48)  # a sliver still has a visible height


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (None, None),
        (10**9, 500),
        (-5, 300),
        (300, 0),
        ("400", "300"),
        (400.5, 300),
        (True, True),
        (400, None),
    ],
)
def test_lying_sizes_get_a_default_box(width: object, height: object) -> None:
    assert display_size(width, height) == DEFAULT_BOX


def test_file_sizes_read_like_a_file_manager() -> None:
    assert [file_size(n) for n in (0, 999, 1000, 14_300, 3_200_000, 1_100_000_000, 5 * 10**12)] == [
        "0 B",
        "999 B",
        "1.0 KB",
        "14 KB",
        "3.2 MB",
        "1.1 GB",
        "5000 GB",
    ]


def test_kinds() -> None:
    assert media_kind("m.sticker", {}) == "sticker"
    assert media_kind("m.room.message", {"msgtype": "m.image"}) == "image"
    assert media_kind("m.room.message", {"msgtype": "m.text"}) == ""
    assert media_kind("m.room.message", {"msgtype": ["m.image"]}) == ""
    assert media_view("m.room.message", {"msgtype": "m.text", "body": "hi"}) == {}


def test_an_image_row_has_its_thumbnail_placeholder_and_caption() -> None:
    view = media_view(
        "m.room.message",
        {
            "msgtype": "m.image",
            "body": "At the lake <b>",
            "filename": "lake.jpg",
            "url": URL,
            "info": {
                "w": 1200,
                "h": 800,
                "size": 2_400_000,
                "mimetype": "image/jpeg",
                "xyz.amorgan.blurhash": "LKO2?U%2Tw=w]~RBVZRi};RPxuwH",
            },
        },
    )
    assert view["kind"] == "image" and (view["width"], view["height"]) == (360, 240)
    assert view["source"] == "image://media/thumb/example.org/abcDEF_123/800x600"
    assert view["full"] == "image://media/full/example.org/abcDEF_123"
    assert view["placeholder"].startswith("image://media/blurhash/LKO2%3FU%252Tw")
    assert (view["name"], view["sizeText"], view["caption"]) == ("lake.jpg", "2.4 MB", "At the lake <b>")
    assert view["captionHtml"] == "At the lake &lt;b&gt;"
    assert view["broken"] == ""


@pytest.mark.parametrize(
    "url",
    ["mxc://example.org/../../account/whoami", "https://example.org/a.png", "mxc://example.org/", None, 42],
)
def test_a_bad_url_never_becomes_an_address(url: object) -> None:
    view = media_view("m.room.message", {"msgtype": "m.image", "body": "x.png", "url": url})
    assert view["source"] == "" and view["full"] == ""
    assert view["broken"]


def test_an_echo_shows_its_local_file_and_progress() -> None:
    view = media_view(
        "m.room.message",
        {"msgtype": "m.image", "body": "a.png"},
        txn_id="md1.ab",
        local_file=True,
        progress=0.4,
    )
    assert view["source"] == "image://media/local/md1.ab"
    assert view["progress"] == 0.4 and view["broken"] == ""


def test_file_names_are_made_safe_and_the_name_alone_is_no_caption() -> None:
    view = media_view(
        "m.room.message",
        {"msgtype": "m.file", "body": "../../.bashrc\u202etxt.exe", "url": URL, "info": {"size": 10**20}},
    )
    assert "/" not in view["name"] and "\u202e" not in view["name"]
    assert view["caption"] == "" and view["sizeText"] == ""
    assert view["placeholder"] == ""
    junk = media_view(
        "m.room.message",
        {"msgtype": "m.image", "body": "p.png", "url": URL, "info": {"xyz.amorgan.blurhash": "x" * 5000}},
    )
    assert junk["placeholder"] == ""


VOICE = "org.matrix.msc3245.voice"
AUDIO = "org.matrix.msc1767.audio"


def test_a_voice_message_has_its_duration_and_a_waveform_fit_to_the_bars() -> None:
    waveform = [int(1024 * i / 99) for i in range(100)]
    view = media_view(
        "m.room.message",
        {
            "msgtype": "m.audio",
            "body": "Voice message",
            "url": URL,
            "info": {"mimetype": "audio/ogg", "duration": 4200},
            AUDIO: {"duration": 4200, "waveform": waveform},
            VOICE: {},
        },
    )
    assert view["kind"] == "audio" and view["voice"] is True
    assert view["duration"] == 4200
    assert len(view["waveform"]) == VOICE_BARS
    assert view["waveform"] == sorted(view["waveform"]) and view["waveform"][-1] == 1024
    assert view["caption"] == ""  # "Voice message" is its name, not a caption


@pytest.mark.parametrize(
    ("audio", "info", "duration", "bars"),
    [
        ({"duration": "4200", "waveform": "loud"}, {}, 0, []),
        (
            {"duration": -5, "waveform": [-7, 99999, "x", None, 1.5, True]},
            {"duration": 10**15},
            0,
            [0] * 7 + [1024] * 7 + [0] * 26,  # clamped, non-numbers silent, stretched to the bars
        ),
        ({"duration": 3000}, {"duration": True}, 3000, []),
        ("not a map", {"duration": 2500}, 2500, []),
        ({"waveform": [512] * 10_000_000}, {}, 0, [512] * 40),
    ],
)
def test_a_hostile_voice_message_is_drawn_without_lies(
    audio: object, info: dict[str, object], duration: int, bars: list[int]
) -> None:
    view = media_view(
        "m.room.message",
        {"msgtype": "m.audio", "body": "Voice message", "url": URL, "info": info, AUDIO: audio, VOICE: {}},
    )
    assert view["voice"] is True
    assert view["duration"] == duration
    assert view["waveform"] == bars


def test_only_a_marked_audio_message_is_a_voice_message() -> None:
    song = media_view(
        "m.room.message",
        {"msgtype": "m.audio", "body": "song.ogg", "url": URL, AUDIO: {"waveform": [1, 2, 3]}},
    )
    assert song["voice"] is False and song["waveform"] == []
    odd = media_view("m.room.message", {"msgtype": "m.audio", "body": "a", "url": URL, VOICE: "yes"})
    assert odd["voice"] is False
    picture = media_view("m.room.message", {"msgtype": "m.image", "body": "p.png", "url": URL, VOICE: {}})
    assert picture["voice"] is False and picture["duration"] == 0


def test_a_video_takes_its_size_from_info_and_shows_its_thumbnail_first() -> None:
    view = media_view(
        "m.room.message",
        {
            "msgtype": "m.video",
            "body": "clip.mp4",
            "url": URL,
            "info": {"w": 1920, "h": 1080, "duration": 61_000, "thumbnail_url": "mxc://example.org/thumb1"},
        },
    )
    assert (view["width"], view["height"]) == (360, 202)
    assert view["duration"] == 61_000
    assert view["thumbnail"] == "image://media/thumb/example.org/thumb1/800x600"
    bad = media_view(
        "m.room.message",
        {
            "msgtype": "m.video",
            "body": "clip.mp4",
            "url": URL,
            "info": {"w": 10**9, "h": 5, "thumbnail_url": "mxc://../../etc/passwd"},
        },
    )
    assert (bad["width"], bad["height"]) == DEFAULT_BOX
    assert bad["thumbnail"] == ""
