"""Custom emoji (MSC2545) in and out: the composer's ``:code:`` becomes an ``<img
data-mx-emoticon>`` only for a checked ``mxc://``; received, only the app's own image address for a
checked ``src`` reaches Qt, anything else shows as ``:name:`` text."""

from __future__ import annotations

import pytest

from messenger_desktop.richtext.markdown import render_markdown
from messenger_desktop.richtext.sanitize import render_html

BLOB = "mxc://hs/blob"


def test_a_completed_custom_emoji_is_sent_as_an_inline_image() -> None:
    body, formatted = render_markdown("so :blob: today", {":blob:": BLOB})
    assert body == "so :blob: today"
    assert formatted == (
        f'so <img data-mx-emoticon src="{BLOB}" alt=":blob:" title=":blob:" height="32" /> today'
    )


def test_in_code_the_custom_emoji_stays_text() -> None:
    _, formatted = render_markdown("`:blob:` :blob:", {":blob:": BLOB})
    assert formatted is not None
    assert formatted.startswith("<code>:blob:</code> <img")


@pytest.mark.parametrize(
    ("name", "target"),
    [
        (":x:", "https://tracker.example/pixel.png"),
        (":x:", "mxc://hs/../x"),
        ("x", BLOB),  # not typed between colons
        (":a b:", BLOB),
    ],
)
def test_only_a_checked_mxc_under_a_colon_name_becomes_an_image(name: str, target: str) -> None:
    _, formatted = render_markdown(f"see {name}", {name: target})
    assert formatted is None or "<img" not in formatted


def _src(src: str) -> str:
    return "image://media/full/hs/blob" if src == BLOB else ""


def test_a_received_custom_emoji_shows_through_the_app_s_own_address() -> None:
    html = render_html(f'hi <img data-mx-emoticon src="{BLOB}" alt=":blob:" height="900">', emoticon_src=_src)
    assert html == 'hi <img src="image://media/full/hs/blob" height="22" align="middle" alt=":blob:">'


@pytest.mark.parametrize(
    "markup",
    [
        '<img data-mx-emoticon src="https://evil.example/x.png" alt=":x:">',
        '<img data-mx-emoticon src="file:///etc/passwd" alt=":x:">',
        '<img data-mx-emoticon src="qrc:/x.png" alt=":x:">',
        '<img src="mxc://hs/blob" alt=":x:">',  # a picture that is not an emoticon
        '<img data-mx-emoticon alt=":x:">',
    ],
)
def test_other_images_show_as_text(markup: str) -> None:
    html = render_html(f"a {markup} b", emoticon_src=_src)
    assert html is not None and "<img" not in html and ":x:" in html


def test_without_a_resolver_custom_emoji_are_text() -> None:
    assert render_html(f'<img data-mx-emoticon src="{BLOB}" alt=":blob:">') == ":blob:"
