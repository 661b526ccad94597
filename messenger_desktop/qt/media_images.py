"""Every picture of a conversation reaches QML through ``image://media/…``, backed by the session's
:class:`~messenger_desktop.media.loader.MediaLoader` — QML never loads a URL itself.

Addresses (made by :mod:`messenger_desktop.qt.media_rows`; every part percent-encoded):

- ``thumb/<server>/<media id>/<w>x<h>``: a server thumbnail at least ``w`` × ``h``;
- ``full/<server>/<media id>``: the original (the viewer);
- ``local/<txn id>``: the file of a message being sent (its echo shows at once, before the upload);
- ``blurhash/<hash>``: the blurred placeholder while the real picture loads;
- ``avatar/<server>/<media id>``: a person's or a room's picture (:func:`avatar_url`), always the
  server's :data:`AVATAR_SIZE` crop thumbnail cut to a circle, whatever size it is shown at: every
  row showing one avatar asks for the same address, so Qt's pixmap cache and the loader hold one
  fetch and one decode of it.

Qt asks from its image-loading thread; the request hops to the UI loop, where the loader fetches
and decodes in its executor, and the answer goes back through the response's ``finished``.
A request for a bad address, a refused image (a decompression bomb, a damaged file) or a failed
download finishes with an error: the QML ``Image`` turns ``Error`` and shows a placeholder.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, unquote

from PySide6.QtCore import QMetaObject, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath
from PySide6.QtQuick import QQuickAsyncImageProvider, QQuickImageResponse, QQuickTextureFactory

from ..api.errors import ApiError, MatrixError
from ..api.mxc import Mxc, parse_mxc
from ..media import images
from ..media.loader import MediaLoader, MediaRequest
from .foreign_threads import keep_thread_state

log = logging.getLogger(__name__)

PROVIDER = "media"
MAX_SIDE = 4096
"""The largest side of a decoded picture (the viewer's original is shown at most this big)."""
FAILED = "media unavailable: "
"""Starts the error of a picture that cannot be shown (Qt logs it; the QML shows a placeholder)."""
CORNER = 16
"""Radius of a picture's corners in the timeline, in pixels at its requested size (Theme.radiusBubble)."""
BLUR_SIDE = 32
"""The side a blurhash is decoded at before it is scaled to its place (it has no detail to lose)."""
AVATAR_SIZE = 96
"""The side of every avatar picture: one of the sizes Synapse pre-generates with "crop", enough
for the largest avatar (the call view's 128 px is scaled up a little) and for 48 px rows on a
2× screen."""


def thumb_url(mxc: Mxc, width: int, height: int) -> str:
    return f"image://{PROVIDER}/thumb/{_part(mxc.server)}/{_part(mxc.media_id)}/{width}x{height}"


def full_url(mxc: Mxc) -> str:
    return f"image://{PROVIDER}/full/{_part(mxc.server)}/{_part(mxc.media_id)}"


def local_url(txn_id: str) -> str:
    return f"image://{PROVIDER}/local/{_part(txn_id)}"


def blurhash_url(blurhash: str) -> str:
    return f"image://{PROVIDER}/blurhash/{_part(blurhash)}"


def avatar_url(mxc: str) -> str:
    """The ``image://media/avatar/…`` address of an ``mxc://`` avatar; "" for anything
    :func:`~messenger_desktop.api.mxc.parse_mxc` refuses (the initials stay)."""
    parsed = parse_mxc(mxc)
    if parsed is None:
        return ""
    return f"image://{PROVIDER}/avatar/{_part(parsed.server)}/{_part(parsed.media_id)}"


def avatar_mxc(source: str) -> Mxc | None:
    """The avatar an ``image://media/avatar/…`` address (:func:`avatar_url`) shows, checked again;
    None for any other text (what a model role holds is all some callers have)."""
    prefix = f"image://{PROVIDER}/avatar/"
    parts = source.removeprefix(prefix).split("/")
    if not source.startswith(prefix) or len(parts) != 2:
        return None
    return parse_mxc(f"mxc://{unquote(parts[0])}/{unquote(parts[1])}")


def _part(text: str) -> str:
    return quote(text, safe="")


Sources = Callable[[], tuple[MediaLoader | None, Callable[[str], Path | None]]]
"""The signed-in session's loader and its lookup of local files by transaction id (None, … when
nobody is signed in)."""


class _Response(QQuickImageResponse):
    """One picture on its way; finishes exactly once, also when Qt no longer wants it (Qt needs
    ``finished`` to let go of it).

    It has no ``cancel()`` of its own, on purpose. Qt's image-loading thread calls ``cancel()``
    on a pending response while it holds its own lock, the one the UI thread takes to start
    loading any picture. Answering that call from Python needs the interpreter lock; a UI thread
    running Python (a model's signal, a property set from Python) that starts loading a picture
    at that moment holds the interpreter lock and waits for Qt's: the app hangs for good. Without
    an override, and once the binding has noted that (:func:`_note_no_python_cancel`), Qt's call
    stays in C++. The picture is then made anyway: its download and decode are shared work that
    fills the caches for the next time (:class:`~messenger_desktop.media.loader.MediaLoader`)."""

    def __init__(self) -> None:
        super().__init__()
        self._image = QImage()
        self._error = ""

    def textureFactory(self) -> QQuickTextureFactory:
        return QQuickTextureFactory.textureFactoryForImage(self._image)

    def errorString(self) -> str:
        return self._error

    def deliver(self, image: QImage, error: str = "") -> None:
        self._image, self._error = image, error
        with contextlib.suppress(RuntimeError):  # Qt already deleted it (the item went away)
            self.finished.emit()


def _note_no_python_cancel(response: _Response) -> None:
    """Call ``cancel()`` once through Qt, here where the interpreter lock is held anyway: the
    binding looks for a Python ``cancel`` (it finds none, the base does nothing) and remembers
    that, so Qt's own later call never asks for the interpreter lock (see :class:`_Response`)."""
    QMetaObject.invokeMethod(response, "cancel", Qt.ConnectionType.DirectConnection)


class MediaImages(QQuickAsyncImageProvider):
    def __init__(self, sources: Sources, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._sources = sources
        self._loop = loop
        self._answering: set[asyncio.Task[None]] = set()

    def requestImageResponse(self, image_id: str, requested_size: QSize) -> QQuickImageResponse:
        keep_thread_state()  # Qt asks from its image-loading thread
        response = _Response()
        _note_no_python_cancel(response)
        size = (requested_size.width(), requested_size.height()) if requested_size.isValid() else (0, 0)
        self._loop.call_soon_threadsafe(self._start, response, image_id, size)
        return response

    def _start(self, response: _Response, image_id: str, size: tuple[int, int]) -> None:
        task = self._loop.create_task(self._answer(response, image_id, size))
        self._answering.add(task)  # the loop keeps only a weak reference
        task.add_done_callback(self._answering.discard)

    async def _answer(self, response: _Response, image_id: str, size: tuple[int, int]) -> None:
        try:
            image = await self._load(image_id, size)
        except asyncio.CancelledError:
            return
        except images.ImageRefused as exc:
            response.deliver(QImage(), FAILED + exc.reason)
        except (ApiError, OSError, ValueError) as exc:
            response.deliver(QImage(), FAILED + (str(exc) or type(exc).__name__))
        except Exception as exc:  # a picture must never take the app down
            log.exception("picture %s could not be made", image_id)
            response.deliver(QImage(), FAILED + str(exc))
        else:
            response.deliver(image)

    async def _load(self, image_id: str, size: tuple[int, int]) -> QImage:
        loader, local_file = self._sources()
        kind, _, rest = image_id.partition("/")
        width, height = (min(side, MAX_SIDE) for side in size)
        if kind == "blurhash":
            return await self._loop.run_in_executor(None, _blurred, unquote(rest), width, height)
        if loader is None:
            raise ValueError("not signed in")
        if kind == "local":
            path = local_file(unquote(rest))
            if path is None:
                raise ValueError("no such file being sent")
            decoded = await loader.local_image(path, width or MAX_SIDE, height or MAX_SIDE)
            return await self._finish(decoded, width if width else 0)
        parts = rest.split("/")
        mxc = parse_mxc(f"mxc://{unquote(parts[0])}/{unquote(parts[1])}") if len(parts) >= 2 else None
        if mxc is None:
            raise ValueError("not a media address")
        if kind == "thumb" and len(parts) == 3:
            thumb_w, _, thumb_h = parts[2].partition("x")
            request = MediaRequest(mxc, int(thumb_w), int(thumb_h))
        elif kind == "full":
            request = MediaRequest(mxc)
        elif kind == "avatar" and len(parts) == 2:
            return await load_avatar(loader, mxc)  # whatever size QML asked for: one decode for every row
        else:
            raise ValueError("not a media address")
        decoded = await _decoded(loader, request, width or MAX_SIDE, height or MAX_SIDE)
        return await self._finish(decoded, width if kind == "thumb" else 0)

    async def _finish(self, decoded: images.Decoded, rounded_at: int) -> QImage:
        """The QImage of ``decoded`` (corners rounded for a picture shown ``rounded_at`` pixels
        wide; 0: square), made in an executor: copying and painting a big picture is not for the
        UI thread."""
        return await self._loop.run_in_executor(None, _finished_image, decoded, rounded_at)


async def load_avatar(loader: MediaLoader, mxc: Mxc) -> QImage:
    """A person's or a room's picture as every avatar shows it: the server's :data:`AVATAR_SIZE`
    crop thumbnail cut to a circle (painted in an executor), so the list, the call view and a
    desktop notification share one fetch and one decode. Raises what the loader raises."""
    request = MediaRequest(mxc, AVATAR_SIZE, AVATAR_SIZE, "crop")
    decoded = await _decoded(loader, request, AVATAR_SIZE, AVATAR_SIZE)
    return await asyncio.get_running_loop().run_in_executor(None, _avatar_image, decoded)


async def _decoded(
    loader: MediaLoader, request: MediaRequest, max_width: int, max_height: int
) -> images.Decoded:
    try:
        return await loader.image(request, max_width, max_height)
    except MatrixError:
        if not request.is_thumbnail:
            raise
        # the server makes no thumbnail of it (not a format it knows, thumbnails off): the
        # original, decoded small here (the same guards apply)
        return await loader.image(MediaRequest(request.mxc), max_width, max_height)


def _blurred(blurhash: str, width: int, height: int) -> QImage:
    """The placeholder ``blurhash`` describes, decoded small and scaled to ``width`` × ``height``
    (when given) here, so the scene draws it pixel for pixel: scaling it on every frame of a
    scroll costs the software renderer more than the whole row."""
    decoded = images.decode_blurhash(blurhash, BLUR_SIDE, BLUR_SIDE)
    if decoded is None:
        raise ValueError("not a blurhash")
    image = _qimage(decoded)
    if width > 0 and height > 0:
        image = image.scaled(
            width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def _finished_image(decoded: images.Decoded, rounded_at: int) -> QImage:
    image = _qimage(decoded)
    return rounded(image, CORNER * image.width() / rounded_at) if rounded_at else image


def _avatar_image(decoded: images.Decoded) -> QImage:
    return circular(_qimage(decoded))


def _qimage(decoded: images.Decoded) -> QImage:
    stride = 4 * decoded.width
    image = QImage(decoded.rgba, decoded.width, decoded.height, stride, QImage.Format.Format_RGBA8888)
    return image.copy()  # owns its pixels (the bytes object may go)


def rounded(image: QImage, radius: float) -> QImage:
    """``image`` with transparent rounded corners (pictures have no bubble frame)."""
    out = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(QColor(0, 0, 0, 0))
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addRoundedRect(0, 0, image.width(), image.height(), radius, radius)
    painter.setClipPath(clip)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def circular(image: QImage) -> QImage:
    """The centred square of ``image`` cut to a circle with an anti-aliased edge, transparent
    outside (a server may ignore "crop", and an original decoded instead of a thumbnail keeps its
    shape)."""
    side = min(image.width(), image.height())
    out = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(QColor(0, 0, 0, 0))
    if side == 0:
        return out
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # a filled ellipse is; a clip path is not
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(square))
    painter.drawEllipse(0, 0, side, side)
    painter.end()
    return out
