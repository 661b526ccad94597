"""Building the QML engine: no network access, the app's QML, the controllers as initial properties."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtQml import QQmlApplicationEngine, QQmlNetworkAccessManagerFactory

from ..media.loader import MediaLoader
from .call_frames import PROVIDER as CALL_FRAMES
from .call_frames import CallFrames
from .media_images import PROVIDER as MEDIA
from .media_images import MediaImages, Sources
from .playback_frames import PROVIDER as PLAYBACK_FRAMES
from .playback_frames import PlaybackFrames
from .qr_codes import PROVIDER as QR
from .qr_codes import QrCodes
from .settings import Settings
from .translations import Translations

REFUSED = QUrl("refused:network-access-is-disabled")
MAX_NOTED = 1000


def resources_dir() -> Path:
    """``resources/`` next to the package (installed) or at the top of the source tree."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "qml" / "Main.qml").is_file():
            return candidate
    raise FileNotFoundError("the app's QML files (resources/qml) are missing from this installation")


class _RefusingAccessManager(QNetworkAccessManager):
    """Every request QML makes fails at once with an error, before any socket is opened.

    The URL is swapped for one of an unknown scheme, so Qt itself produces the error reply
    (``ProtocolUnknownError``); Images and XMLHttpRequest see an ordinary failed load.
    """

    def __init__(self, refused: list[str], parent: QObject) -> None:
        super().__init__(parent)
        self._refused = refused

    def createRequest(
        self, op: QNetworkAccessManager.Operation, request: QNetworkRequest, data: object = None
    ) -> QNetworkReply:
        if len(self._refused) < MAX_NOTED:
            self._refused.append(request.url().toString())
        refused = QNetworkRequest(request)
        refused.setUrl(REFUSED)
        return super().createRequest(op, refused, None)


class NoNetworkFactory(QQmlNetworkAccessManagerFactory):
    """QML never loads anything from the network; images come from our own providers."""

    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []
        """The addresses QML asked for (the first :data:`MAX_NOTED`), from any of its threads:
        what a hostile message tried to load, for tests and bug reports."""

    def create(self, parent: QObject) -> QNetworkAccessManager:
        return _RefusingAccessManager(self.refused, parent)


def refused_requests(engine: QQmlApplicationEngine) -> list[str]:
    """What QML has tried to load from the network in ``engine`` (and was refused)."""
    factory = getattr(engine, "_no_network_factory", None)
    return list(factory.refused) if isinstance(factory, NoNetworkFactory) else []


def _settings_of(app: QObject) -> Settings:
    settings = app.property("settings")
    if not isinstance(settings, Settings):
        raise TypeError("the app object has no settings")
    return settings


def _media_sources(app: QObject) -> Sources:
    def sources() -> tuple[MediaLoader | None, Callable[[str], Path | None]]:
        session = getattr(app, "session_controller", None)
        media = session.media_controller if session is not None else None
        if media is None:
            return None, lambda txn_id: None
        return media.loader, media.local_file

    return sources


def build_engine(
    app: QObject,
    parent: QObject | None = None,
    *,
    hidden: bool = False,
    translations: Translations | None = None,
) -> QQmlApplicationEngine:
    """Load ``Main.qml`` with ``app`` (an :class:`AppController`) as its ``app`` property;
    ``hidden``: the window is not shown (the app starts in the tray). The window follows the
    language of ``translations``, or of one made here for ``app``'s settings."""
    engine = QQmlApplicationEngine(parent)
    if translations is None:
        translations = Translations(_settings_of(app), resources_dir() / "translations", engine)
    translations.add_engine(engine)
    factory = NoNetworkFactory()
    engine.setNetworkAccessManagerFactory(factory)
    engine._no_network_factory = factory  # type: ignore[attr-defined]  # the engine does not own it
    engine.addImageProvider(CALL_FRAMES, CallFrames(app))  # the engine owns it
    engine.addImageProvider(PLAYBACK_FRAMES, PlaybackFrames(app))
    engine.addImageProvider(MEDIA, MediaImages(_media_sources(app), asyncio.get_event_loop()))
    engine.addImageProvider(QR, QrCodes())
    qml = resources_dir() / "qml"
    engine.addImportPath(str(qml))
    engine.setInitialProperties({"app": app, "startHidden": hidden})
    engine.load(QUrl.fromLocalFile(str(qml / "Main.qml")))
    if not engine.rootObjects():
        raise RuntimeError("the user interface (Main.qml) failed to load; see the messages above")
    return engine
