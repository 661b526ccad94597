"""Devices for pictures of the call screens: a tone for each microphone and, as cameras, a still
picture of a person in a room (drawn once, sent fifteen times a second), so the screenshots show
what a video call looks like rather than a test pattern."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath, QRadialGradient

from messenger_desktop.callmedia.synthetic import SyntheticDevices
from messenger_desktop.calls.devices import VideoImage
from messenger_desktop.qt.call_video import VideoView, video_image


def portrait(wall: str, light: str, shirt: str, skin: str, hair: str, width: int = 640) -> VideoImage:
    """Head and shoulders against a wall with a lamp's glow."""
    height = width * 3 // 4
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    back = QLinearGradient(0, 0, 0, height)
    back.setColorAt(0, QColor(wall).lighter(115))
    back.setColorAt(1, QColor(wall).darker(130))
    painter.fillRect(image.rect(), back)
    glow = QRadialGradient(QPointF(width * 0.18, height * 0.25), width * 0.45)
    glow.setColorAt(0, QColor(light))
    glow.setColorAt(1, QColor(0, 0, 0, 0))
    painter.fillRect(image.rect(), glow)
    painter.setPen(Qt.PenStyle.NoPen)
    centre = width * 0.54
    shoulders = QPainterPath()
    shoulders.addRoundedRect(QRectF(centre - width * 0.27, height * 0.72, width * 0.54, height * 0.5), 90, 90)
    painter.setBrush(QColor(shirt))
    painter.drawPath(shoulders)
    painter.setBrush(QColor(skin).darker(112))
    painter.drawRoundedRect(QRectF(centre - width * 0.045, height * 0.55, width * 0.09, height * 0.2), 18, 18)
    painter.setBrush(QColor(skin))
    painter.drawEllipse(QRectF(centre - width * 0.11, height * 0.2, width * 0.22, height * 0.42))
    painter.setBrush(QColor(hair))
    painter.drawChord(QRectF(centre - width * 0.118, height * 0.16, width * 0.236, height * 0.3), 0, 180 * 16)
    painter.end()
    picture = video_image(image)
    assert picture is not None
    return picture


class StillCamera:
    """A ``VideoInput`` that sends one picture over and over, from its own thread."""

    def __init__(self, picture: VideoImage, fps: int = 15) -> None:
        self._picture = picture
        self._fps = fps
        self._stop: threading.Event | None = None

    def start(self, deliver: Callable[[VideoImage], None]) -> None:
        self.stop()
        stop = self._stop = threading.Event()

        def run() -> None:
            while not stop.wait(1 / self._fps):
                deliver(self._picture)

        threading.Thread(target=run, name="still-camera", daemon=True).start()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._stop = None


class SceneDevices(SyntheticDevices):
    """Synthetic devices with a person for a camera; ``shown``: the pictures go to views the
    call screen shows (the app's side), not to frame counters."""

    def __init__(self, frequency: float, picture: VideoImage, *, shown: bool = False) -> None:
        super().__init__(frequency)
        self._picture = picture
        if shown:
            self.remote_view = VideoView()  # type: ignore[assignment]
            self.local_view = VideoView()  # type: ignore[assignment]

    def camera(self) -> StillCamera:  # type: ignore[override]
        return StillCamera(self._picture)


def alice_picture() -> VideoImage:
    return portrait(
        wall="#c9b8a6", light="#80fff4d6", shirt="#3f6e8c", skin="#e8b897", hair="#5a3a28", width=480
    )


def bob_picture() -> VideoImage:
    return portrait(wall="#6f7f73", light="#70ffe9c4", shirt="#b5523b", skin="#8d5b3e", hair="#1f1712")
