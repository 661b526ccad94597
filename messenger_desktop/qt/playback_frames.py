"""A playing video's pictures as plain images, for Qt Quick rendering in software.

A QML ``VideoOutput`` draws through the GPU's scene graph only: with the software renderer (virtual
machines without OpenGL, the offscreen platform) it stays blank. There the row playing a video
shows ``image://playback/<n>`` — ``n`` counts the frames, so each new one is a new address and the
image reloads (as the call screen does, :mod:`.call_frames`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from .foreign_threads import keep_thread_state

PROVIDER = "playback"


class PlaybackFrames(QQuickImageProvider):
    """Reads the newest frame of the signed-in session's player, when QML asks."""

    def __init__(self, app: QObject) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self._app = app

    def requestImage(self, image_id: str, size: QSize, requested_size: QSize) -> QImage:
        keep_thread_state()  # Qt asks from its image-loading thread
        session = getattr(self._app, "session_controller", None)
        media = getattr(session, "media_controller", None)
        playback = getattr(media, "playback", None)
        image = playback.frame_image() if playback is not None else QImage()
        if not image.isNull() and requested_size.isValid():
            image = image.scaled(requested_size)
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
