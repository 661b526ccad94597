"""Shortcodes made from file names are typeable, and a taken one gets a number."""

from __future__ import annotations

import pytest

from messenger_desktop.session.packs import _unique, shortcode_from
from messenger_desktop.store.packs import valid_shortcode


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Happy Cat (2).png", "happy_cat_2"),
        ("party-parrot.gif", "party-parrot"),
        (".hidden", "hidden"),
        ("日本語.png", "日本語"),
        ("::::.png", "sticker"),
        ("a:b c\u202e.webp", "a_b_c"),
        ("x" * 300 + ".png", "x" * 96),
    ],
)
def test_a_file_name_becomes_a_typeable_shortcode(name: str, code: str) -> None:
    assert shortcode_from(name) == code
    assert valid_shortcode(shortcode_from(name))


def test_a_taken_shortcode_gets_the_next_free_number() -> None:
    assert _unique("cat", []) == "cat"
    assert _unique("cat", ["cat", "cat_2"]) == "cat_3"
