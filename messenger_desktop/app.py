"""The composition root: QApplication, the qasync loop, the profile, the session and the QML engine.

The only module that knows every layer. :func:`run_app` runs until the last window closes.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import logging
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtQuick import QQuickWindow
from PySide6.QtWidgets import QApplication

from .api.client import Credentials
from .diagnostics.logfiles import echo_warnings
from .memory import forget_module_sources, tune_malloc
from .qt.app_controller import AppController, default_session, loopback_session
from .qt.collector import collect_on_ui_thread
from .qt.desktop_controller import DesktopController
from .qt.desktop_platform import DesktopPlatform
from .qt.engine import build_engine, resources_dir
from .qt.formatting import tr
from .qt.loop import run as run_on_qt_loop
from .qt.platform.badge import app_icon
from .qt.settings import Settings
from .qt.single_instance import NoAnswer
from .qt.single_instance import claim as claim_instance
from .qt.translations import Translations
from .session.profile import Profile
from .tracing import tracer

if TYPE_CHECKING:
    from .localserver.demo import LocalDemo

log = logging.getLogger(__name__)


class StartupError(Exception):
    """Start-up cannot continue; the message tells the user why."""


def run_app(args: argparse.Namespace) -> int:
    trace = tracer(bool(getattr(args, "trace_startup", False)))
    trace("modules imported")
    tune_malloc()  # before Qt's and the executors' threads
    echo_warnings()  # redacted, on stderr as before; the profile's log file opens with the controller
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Messenger")
    app.setOrganizationName("messenger-desktop")
    app.setDesktopFileName("messenger-desktop")
    app.setQuitOnLastWindowClosed(False)  # the loop decides when to stop, after cleaning up
    collect_on_ui_thread(app)  # a Qt object freed on a worker thread crashes the process
    app.setWindowIcon(app_icon())
    try:
        return run_on_qt_loop(_main(app, args, trace))
    except StartupError as exc:
        print(f"messenger-desktop: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


async def _main(app: QApplication, args: argparse.Namespace, trace: Callable[[str], None]) -> int:
    demo: LocalDemo | None = None
    credentials: Credentials | None = None
    local = bool(getattr(args, "local", False))
    as_user = str(getattr(args, "as_user", "alice"))
    if local:
        from .localserver.demo import demo_profile  # only --local pays for the server's modules

        try:
            profile = demo_profile(as_user)
        except ValueError as exc:
            raise StartupError(str(exc)) from exc
    else:
        profile = Profile.at(args.profile) if args.profile is not None else Profile.default()
    # -- one instance per profile: a running one takes the link, comes forward, and we are done
    link = str(getattr(args, "uri", None) or "")
    try:
        instance = claim_instance(profile.path, link)
    except NoAnswer as exc:
        raise StartupError(str(exc)) from exc
    if instance is None:
        return 0
    # The keyring's first answer takes a few hundred milliseconds (imports, D-Bus, key exchange):
    # ask for it now, so it overlaps building the window instead of following it.
    stored = None if local else asyncio.get_running_loop().run_in_executor(None, _stored_credentials, profile)
    settings = Settings(profile.settings)
    # the language first: the tray's menu and everything after it are built in it
    translations = Translations(settings, resources_dir() / "translations")
    platform = DesktopPlatform(settings)
    desktop = DesktopController(
        settings,
        tray=platform.tray,
        launcher=platform.launcher,
        window_active=lambda: isinstance(window, QQuickWindow) and window.isActive(),
    )
    sessions = loopback_session if local else default_session
    controller = AppController(profile, settings, trace=trace, desktop=desktop, session_factory=sessions)
    controller.follow_instance(instance)  # later launches' links
    minimised = bool(getattr(args, "minimised", False) or settings.value("startMinimised"))
    hidden = minimised and platform.tray.available  # without a tray there would be no way back
    trace("controllers built")
    engine = build_engine(controller, hidden=hidden, translations=translations)
    trace("window's QML created")
    window = engine.rootObjects()[0]
    if link:
        controller.openLink(link)  # opened once signed in and synced
    closed = asyncio.get_running_loop().create_future()

    def close_window(*_: object) -> None:
        if not closed.done():
            closed.set_result(None)

    if isinstance(window, QQuickWindow):
        _trace_frames(window, controller, trace)
    desktop.quitRequested.connect(close_window)  # the window's close button, unless it hides to the tray
    notifier_ready = asyncio.ensure_future(platform.start_notifier())
    # Ctrl+C in the terminal: Python sees the signal only when it runs, so let it run now and then.
    previous = signal.signal(signal.SIGINT, close_window)
    ticker = QTimer()
    ticker.start(250)
    ticker.timeout.connect(lambda: None)
    try:
        if local:
            # The window is up first; the private server may take seconds on a first run.
            controller.set_status(tr("Starting the homeserver on this computer…"))
            demo = await _start_local(as_user)
            credentials = demo.credentials
        elif stored is not None:
            credentials = await stored
            trace("keyring answered")
        desktop.set_notifier(await notifier_ready)
        await controller.start(credentials)
        await closed
    finally:
        ticker.stop()
        signal.signal(signal.SIGINT, previous)
        await controller.close()
        instance.close()
        await platform.close()
        engine.deleteLater()
        if demo is not None:
            await asyncio.get_running_loop().run_in_executor(None, demo.stop)
    return 0


def _stored_credentials(profile: Profile) -> Credentials | None:
    """The profile's session from the keyring, or None (then the controller asks again and
    explains what is wrong, e.g. that there is no secure keyring)."""
    from .session import credentials as keychain

    try:
        return keychain.load(profile.key)
    except keychain.NoSecureKeyring:
        return None


def _trace_frames(window: QQuickWindow, controller: AppController, trace: Callable[[str], None]) -> None:
    """Milestones of what the user sees: the first frame, then the first frame that shows the
    conversation list (T_paint in measures.md)."""
    shown = False

    def frame() -> None:
        nonlocal shown
        if not shown:
            shown = True
            trace("window shown")
        session = controller.session_controller
        rows = session.property("rooms").rowCount() if session is not None else 0
        if rows > 0:
            trace(f"conversation list painted ({rows} rows)")
            window.frameSwapped.disconnect(frame)
            # Start-up's imports are done: their sources, which PySide read, can go (17 MB).
            QTimer.singleShot(2000, forget_module_sources)

    window.frameSwapped.connect(frame, Qt.ConnectionType.QueuedConnection)


async def _start_local(as_user: str) -> LocalDemo:
    """Start (or join) the private demo homeserver and sign the demo person in."""
    from .localserver import AccountError, LocalSynapseError
    from .localserver.demo import start_demo

    if importlib.util.find_spec("synapse") is None:
        raise StartupError(
            "--local runs a homeserver on this computer, which needs Synapse: "
            "pip install 'messenger-desktop[local]'."
        )
    try:
        return await start_demo(as_user)
    except ValueError as exc:
        raise StartupError(str(exc)) from exc
    except (LocalSynapseError, AccountError) as exc:
        raise StartupError(f"The local homeserver could not start: {exc}") from exc
