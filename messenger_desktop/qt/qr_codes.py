"""QR codes for QML (``image://qr/<text as base64url>``), drawn here with segno: nothing is fetched
to show one, and no image file is written.

Always dark modules on white with a quiet zone, whatever the theme: that is what phone cameras
read best. Qt asks from its image-loading thread; drawing a code takes well under a millisecond.
"""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from .foreign_threads import keep_thread_state

PROVIDER = "qr"
SCALE = 6
"""Pixels per module: a short link's code (version 3, 33 modules with the quiet zone) is 198 px,
shown unscaled so every module is the same size."""
BORDER = 2
MAX_TEXT = 2000


def qr_source(text: str) -> str:
    """The image source of ``text``'s QR code ('' for no text)."""
    if not text:
        return ""
    encoded = base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii")
    return f"image://{PROVIDER}/{encoded}"


def qr_image(text: str) -> QImage:
    """``text``'s QR code (error correction M), black on white with a quiet zone."""
    import segno  # only when a code is shown: segno pulls in urllib.request, http and email

    code = segno.make(text, error="m", micro=False)
    rows = list(code.matrix_iter(border=BORDER))
    size = len(rows)
    image = QImage(size * SCALE, size * SCALE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * SCALE, y * SCALE, SCALE, SCALE, black)
    painter.end()
    return image


class QrCodes(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)

    def requestImage(self, image_id: str, size: QSize, requested_size: QSize) -> QImage:
        keep_thread_state()
        try:
            text = base64.urlsafe_b64decode(image_id.encode("ascii")).decode("utf-8")
        except (binascii.Error, UnicodeError, ValueError):
            text = ""
        image = qr_image(text) if 0 < len(text) <= MAX_TEXT else QImage()
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image


__all__ = ["PROVIDER", "QrCodes", "qr_image", "qr_source"]
