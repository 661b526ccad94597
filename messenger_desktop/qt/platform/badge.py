"""The app icon with an unread badge, for the tray (and any platform that wants a drawn badge).

Drawn with QPainter on a QImage rather than taken from pre-made files: the count is arbitrary, and a
QImage paints on any platform plugin (offscreen included) with no window or GPU. Each size is drawn
separately instead of scaling one bitmap, so the digits stay crisp at 16 px and at 64 px; a tray
picks the size it needs from the returned QIcon.

Look: a round red badge in the bottom-right corner (as Telegram Desktop's), widening to a pill for
"12" or "99+". A mention shows "@" instead of the count — the one thing worth noticing from across
the room; the count itself is in the tooltip and on the launcher. A thin transparent ring is cut
around the badge so it reads on any icon and any panel colour.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPainterPath, QPixmap

from messenger_desktop.qt.engine import resources_dir

TRAY_SIZES = (16, 22, 24, 32, 48, 64)
"""The sizes a tray or taskbar asks for (with HiDPI doubles)."""

BADGE_RED = QColor("#e53935")
BADGE_TEXT = QColor("#ffffff")


def app_icon() -> QIcon:
    """The app's icon (``resources/icons/app.svg``), for the windows and the tray."""
    return QIcon(str(resources_dir() / "icons" / "app.svg"))


def badge_text(count: int, mention: bool) -> str:
    """What the badge says: ``""`` (no badge), ``"5"``, ``"99+"`` or ``"@"``."""
    if count <= 0:
        return ""
    if mention:
        return "@"
    return str(count) if count <= 99 else "99+"


def badged_image(base: QIcon | QImage, count: int, mention: bool, size: int) -> QImage:
    """``base`` at ``size``×``size`` pixels with the badge for ``count`` drawn on it."""
    image = _base_image(base, size)
    text = badge_text(count, mention)
    if text:
        _draw_badge(image, text)
    return image


def badged_icon(
    base: QIcon | QImage, count: int, mention: bool, size: int | Iterable[int] = TRAY_SIZES
) -> QIcon:
    """A QIcon holding :func:`badged_image` at ``size`` (one size, or several)."""
    sizes = (size,) if isinstance(size, int) else tuple(size)
    icon = QIcon()
    for each in sizes:
        icon.addPixmap(QPixmap.fromImage(badged_image(base, count, mention, each)))
    return icon


def _base_image(base: QIcon | QImage, size: int) -> QImage:
    source = base.pixmap(QSize(size, size), 1.0).toImage() if isinstance(base, QIcon) else base
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if source.isNull():  # a missing icon file: the badge alone is still worth showing
        return image
    if source.size() != QSize(size, size):
        source = source.scaled(
            size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    painter = QPainter(image)
    painter.drawImage((size - source.width()) // 2, (size - source.height()) // 2, source)
    painter.end()
    return image


def _draw_badge(image: QImage, text: str) -> None:
    size = image.width()
    height = max(9.0, size * 0.5)  # at 16 px a badge is half the icon: smaller is unreadable
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, round(height * (0.72 if len(text) == 1 else 0.62))))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    text_width = painter.fontMetrics().horizontalAdvance(text)
    width = min(float(size), max(height, text_width + height * 0.5))
    badge = QRectF(size - width, size - height, width, height)
    ring = max(1.0, size / 24)

    outline = QPainterPath()
    outline.addRoundedRect(badge.adjusted(-ring, -ring, ring, ring), height / 2 + ring, height / 2 + ring)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.fillPath(outline, Qt.GlobalColor.transparent)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)

    shape = QPainterPath()
    shape.addRoundedRect(badge, height / 2, height / 2)
    painter.fillPath(shape, BADGE_RED)
    painter.setPen(BADGE_TEXT)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
