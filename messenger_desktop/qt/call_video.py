"""A call's pictures: the camera and the screen as ``VideoImage``s, and the views QML shows.

Capture runs where Qt delivers the frames (the UI thread); each kept frame is made small at once —
at most :data:`MAX_WIDTH` × :data:`MAX_HEIGHT`, even sides for the encoder's 4:2:0 — and frames
beyond the rate limit are dropped before any conversion, so a 60 fps screen costs what 15 fps
costs. PySide keeps the GIL through ``QImage.scaled``, so a worker thread would not make this any
cheaper for the UI; a camera is asked for a small format instead (:func:`choose_camera_format`).

The other way, :class:`VideoView` takes the engine's pictures on the media thread, keeps only the
newest, and hands it to the QML ``VideoOutput``'s sink on the UI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage, QScreen
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QScreenCapture,
    QVideoFrame,
    QVideoSink,
)

from ..calls.devices import VideoImage
from .device_streams import DeviceError, HostedDevice, StreamHost

log = logging.getLogger(__name__)

MAX_WIDTH = 640
MAX_HEIGHT = 480
CAMERA_FPS = 24
SCREEN_FPS = 15


def _tr(text: str) -> str:
    return QCoreApplication.translate("calls", text)


def video_image(image: QImage, max_width: int = MAX_WIDTH, max_height: int = MAX_HEIGHT) -> VideoImage | None:
    """``image`` as packed RGB24, scaled down to fit ``max_width`` × ``max_height`` (aspect kept)
    and cut to even sides; ``None`` for an empty image."""
    if image.isNull():
        return None
    if image.width() > max_width or image.height() > max_height:
        image = image.scaled(
            max_width,
            max_height,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    width, height = image.width() & ~1, image.height() & ~1
    if width < 2 or height < 2:
        return None
    if (width, height) != (image.width(), image.height()):
        image = image.copy(0, 0, width, height)
    if image.format() != QImage.Format.Format_RGB888:
        image = image.convertToFormat(QImage.Format.Format_RGB888)
    line, packed = image.bytesPerLine(), width * 3
    bits = image.constBits()
    if line == packed:
        rgb = bytes(bits[: packed * height])
    else:  # lines are padded to 4 bytes
        rgb = b"".join(bits[y * line : y * line + packed] for y in range(height))
    return VideoImage(width, height, rgb)


def qimage(image: VideoImage) -> QImage:
    """A ``VideoImage`` as a QImage a QVideoFrame takes without another conversion (RGBX8888);
    a copy, independent of ``image``'s bytes."""
    packed = QImage(image.rgb, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888)
    return packed.convertToFormat(QImage.Format.Format_RGBX8888)


def choose_camera_format(
    formats: Sequence[tuple[int, int, float]], max_width: int = MAX_WIDTH, max_height: int = MAX_HEIGHT
) -> int | None:
    """Of a camera's formats (width, height, maximum frame rate), the index of the largest that
    fits ``max_width`` × ``max_height`` (more frames per second breaking a tie), else of the
    smallest; ``None`` when there are none. A small format spares the scaling of every frame."""
    if not formats:
        return None
    fitting = [i for i, (w, h, _) in enumerate(formats) if w <= max_width and h <= max_height]
    if fitting:
        return max(fitting, key=lambda i: (formats[i][0] * formats[i][1], formats[i][2]))
    return min(range(len(formats)), key=lambda i: (formats[i][0] * formats[i][1], -formats[i][2]))


class FrameGate:
    """Lets at most ``fps`` frames a second through (the rest are dropped unconverted)."""

    def __init__(self, fps: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = 1.0 / fps
        self._clock = clock
        self._next = 0.0

    def admit(self) -> bool:
        now = self._clock()
        if now < self._next:
            return False
        # Steady cadence from the previous slot, but never a burst after a pause.
        self._next = max(self._next + self._interval, now + self._interval / 2)
        return True


class CaptureStream:
    """A camera or a screen, open: its capture session's frames, gated and converted."""

    def __init__(
        self,
        host: StreamHost,
        source: QCamera | QScreenCapture,
        deliver: Callable[[VideoImage], None],
        fps: float,
        failure: str,
    ) -> None:
        self._host = host
        self._source = source
        self._deliver = deliver
        self._gate = FrameGate(fps)
        self._failure = failure
        self._session = QMediaCaptureSession(host)
        self._sink = QVideoSink(host)
        self._session.setVideoSink(self._sink)
        if isinstance(source, QCamera):
            self._session.setCamera(source)
        else:
            self._session.setScreenCapture(source)
        source.errorOccurred.connect(self._error, Qt.ConnectionType.DirectConnection)
        self._sink.videoFrameChanged.connect(self._frame, Qt.ConnectionType.DirectConnection)
        source.start()

    def _frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid() or not self._gate.admit():
            return
        image = video_image(frame.toImage())
        if image is not None:
            self._deliver(image)

    def _error(self, error: object, text: str) -> None:
        log.warning("%s: %s (%s)", self._failure, text, error)
        self._host.problem.emit(self._failure)

    def close(self) -> None:
        self._sink.videoFrameChanged.disconnect(self._frame)
        self._source.errorOccurred.disconnect(self._error)
        self._source.stop()
        for qt_object in (self._session, self._sink, self._source):
            shiboken6.delete(qt_object)


def _open_camera(
    host: StreamHost, device: QCameraDevice, deliver: Callable[[VideoImage], None]
) -> CaptureStream:
    if device.isNull():
        raise DeviceError(_tr("The camera is no longer connected."))
    camera = QCamera(device, host)
    formats: list[QCameraFormat] = list(device.videoFormats())
    chosen = choose_camera_format(
        [(f.resolution().width(), f.resolution().height(), f.maxFrameRate()) for f in formats]
    )
    if chosen is not None:
        camera.setCameraFormat(formats[chosen])
    return CaptureStream(host, camera, deliver, CAMERA_FPS, _tr("The camera stopped working."))


def _open_screen(host: StreamHost, screen: QScreen, deliver: Callable[[VideoImage], None]) -> CaptureStream:
    capture = QScreenCapture(host)
    capture.setScreen(screen)
    return CaptureStream(host, capture, deliver, SCREEN_FPS, _tr("Your screen could not be captured."))


class QtCamera(HostedDevice[VideoImage]):
    """A ``VideoInput``: a camera's frames, small, at most :data:`CAMERA_FPS` a second."""

    def __init__(self, host: StreamHost, device: QCameraDevice) -> None:
        super().__init__(host, lambda h, deliver: _open_camera(h, device, deliver), device.description())


class QtScreen(HostedDevice[VideoImage]):
    """A ``VideoInput``: a screen's picture, small, at most :data:`SCREEN_FPS` a second."""

    def __init__(self, host: StreamHost, screen: QScreen) -> None:
        super().__init__(host, lambda h, deliver: _open_screen(h, screen, deliver), screen.name())


_NOTHING = object()
"""No picture waiting (``None`` waiting means: the video stopped)."""


class VideoView(QObject):
    """A ``VideoOutput`` that a QML ``VideoOutput`` item shows: bind the item's sink to it, in
    QML ``Component.onCompleted: view.attach(remoteVideo)`` (or set :attr:`videoSink`).

    :meth:`show` is called on the media thread and only leaves the picture for the UI thread; a
    picture not yet shown when a newer one comes is dropped, so a slow UI never builds a backlog.
    """

    videoSinkChanged = Signal()
    hasVideoChanged = Signal()
    _waiting = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: object = _NOTHING
        self._image = QImage()
        self._frame = QVideoFrame()
        self._sink: QVideoSink | None = None
        self._has_video = False
        self.shown = 0
        """Pictures handed to the sink (the rest were stale)."""
        self._waiting.connect(self._present, Qt.ConnectionType.QueuedConnection)

    def show(self, image: VideoImage | None) -> None:
        picture = None if image is None else qimage(image)
        with self._lock:
            already_waiting = self._pending is not _NOTHING
            self._pending = picture
        if not already_waiting:
            self._waiting.emit()

    @Slot()
    def _present(self) -> None:
        with self._lock:
            picture, self._pending = self._pending, _NOTHING
        if picture is _NOTHING:
            return
        self._image = picture if isinstance(picture, QImage) else QImage()
        self._frame = QVideoFrame(self._image) if not self._image.isNull() else QVideoFrame()
        self.shown += 1
        self._pass_on()
        has_video = picture is not None
        if has_video != self._has_video:
            self._has_video = has_video
            self.hasVideoChanged.emit()

    def _pass_on(self) -> None:
        if self._sink is not None and shiboken6.isValid(self._sink):
            self._sink.setVideoFrame(self._frame)

    @Slot(QObject)
    def attach(self, target: QObject | None) -> None:
        """Show the pictures in ``target``: a QML ``VideoOutput`` (its ``videoSink``) or a
        QVideoSink; ``None`` detaches."""
        sink = target if target is None or isinstance(target, QVideoSink) else target.property("videoSink")
        self._set_sink(sink if isinstance(sink, QVideoSink) else None)

    def _get_sink(self) -> QObject | None:
        return self._sink

    def _set_sink(self, sink: QObject | None) -> None:
        if not isinstance(sink, QVideoSink):
            sink = None
        if sink is self._sink:
            return
        if self._sink is not None and shiboken6.isValid(self._sink):
            self._sink.destroyed.disconnect(self._sink_destroyed)
        self._sink = sink
        if sink is not None:
            sink.destroyed.connect(self._sink_destroyed)
            self._pass_on()
        self.videoSinkChanged.emit()

    @Slot()
    def _sink_destroyed(self) -> None:
        self._sink = None
        self.videoSinkChanged.emit()

    def _get_has_video(self) -> bool:
        return self._has_video

    videoSink = QtProperty(QObject, _get_sink, _set_sink, notify=videoSinkChanged)
    """The QVideoSink shown in (a QML ``VideoOutput``'s ``videoSink``); the newest picture is
    passed on at once when it is set."""
    hasVideo = QtProperty(bool, _get_has_video, notify=hasVideoChanged)
    """A picture is showing (false before the first and after the video stopped): QML shows an
    avatar instead."""

    def release(self) -> None:
        """Let go of the sink and the picture (at shutdown: a frame or a sink of ours outliving
        the application crashes the interpreter's exit)."""
        with self._lock:
            self._pending = _NOTHING
        self._image = QImage()
        self._frame = QVideoFrame()
        self._set_sink(None)

    @property
    def frame(self) -> QVideoFrame:
        """What the view shows now (an invalid frame when nothing)."""
        return self._frame

    def image(self) -> QImage:
        """What the view shows now as an image (null when nothing), without converting the frame
        back: for drawing where a ``VideoOutput`` cannot (Qt Quick's software renderer)."""
        return self._image
