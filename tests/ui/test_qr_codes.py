"""QR codes are drawn locally from the text in the image address, and junk draws nothing."""

from __future__ import annotations

import segno
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from messenger_desktop.qt.qr_codes import BORDER, SCALE, QrCodes, qr_source


def _request(image_id: str) -> tuple[int, int, QSize]:
    size = QSize()
    image = QrCodes().requestImage(image_id, size, QSize())
    return image.width(), image.height(), size


def test_the_image_has_the_modules_of_the_text() -> None:
    text = "https://matrix.to/#/#garden:example.org"
    image_id = qr_source(text).removeprefix("image://qr/")
    image = QrCodes().requestImage(image_id, QSize(), QSize())
    rows = list(segno.make(text, error="m", micro=False).matrix_iter(border=BORDER))
    assert image.width() == image.height() == len(rows) * SCALE
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            colour = QColor(image.pixel(x * SCALE + SCALE // 2, y * SCALE + SCALE // 2))
            assert colour.lightness() < 128 if dark else colour.lightness() > 128


def test_junk_draws_nothing() -> None:
    for image_id in ("%%%", "not base64!", "", qr_source("x" * 5000).removeprefix("image://qr/")):
        width, height, size = _request(image_id)
        assert (width, height) == (0, 0)
        assert size.width() <= 0
    assert qr_source("") == ""
