"""A call's pictures as plain images, for Qt Quick rendering in software.

A QML ``VideoOutput`` draws through the GPU's scene graph only: with the software renderer
(``QT_QUICK_BACKEND=software``, virtual machines without OpenGL, the offscreen platform) it stays
blank. There the call screen shows the same frames through ``image://callframe/<remote|local>/<n>``
— ``n`` counts the frames, so each new one is a new address and the image reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from .foreign_threads import keep_thread_state

PROVIDER = "callframe"


class CallFrames(QQuickImageProvider):
    """Reads the newest frame of the signed-in session's call views, when QML asks."""

    def __init__(self, app: QObject) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self._app = app

    def requestImage(self, image_id: str, size: QSize, requested_size: QSize) -> QImage:
        keep_thread_state()  # Qt asks from its image-loading thread
        which = image_id.split("/", 1)[0]
        session = getattr(self._app, "session_controller", None)
        calls = getattr(session, "calls_controller", None)
        image = calls.frame_image(which) if calls is not None else QImage()
        if not image.isNull() and requested_size.isValid():
            image = image.scaled(requested_size)
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
