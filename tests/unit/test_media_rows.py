"""The ``media`` map of a timeline row from untrusted content: sizes from ``info`` only when sane,
addresses only from checked mxc URIs, names made safe, captions kept apart from file names."""

from __future__ import annotations

import pytest

from messenger_desktop.qt.media_rows import DEFAULT_BOX, display_size, file_size, media_kind, media_view

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
