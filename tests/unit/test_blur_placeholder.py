"""The blurred placeholder of a loading picture is made at the size it is shown (so the scene
draws it pixel for pixel instead of scaling it on every frame of a scroll), keeps the colours its
blurhash describes, and a text that is no blurhash is a failed picture, not a crash."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtGui import QColor, QImage

from messenger_desktop.qt.media_images import BLUR_SIDE, MediaImages

RED = "L3QU$.|wfQ|w|wjtfQjtfQfQfQfQ"
"""A blurhash of a plain, bright red picture (made with the blurhash encoder)."""


def _placeholder(hash: str, size: tuple[int, int]) -> QImage:
    async def load() -> QImage:
        images = MediaImages(lambda: (None, lambda _txn: None), asyncio.get_running_loop())
        return await images._load(f"blurhash/{hash}", size)

    return asyncio.run(load())


def test_it_is_made_at_the_size_it_is_shown() -> None:
    image = _placeholder(RED, (360, 270))
    assert (image.width(), image.height()) == (360, 270)
    centre = QColor(image.pixel(180, 135))
    assert centre.red() > 180 and centre.green() < 90 and centre.blue() < 90


def test_without_a_size_it_stays_small() -> None:
    image = _placeholder(RED, (0, 0))
    assert (image.width(), image.height()) == (BLUR_SIDE, BLUR_SIDE)


def test_a_text_that_is_no_blurhash_fails_the_picture() -> None:
    with pytest.raises(ValueError, match="not a blurhash"):
        _placeholder("not a hash", (360, 270))
