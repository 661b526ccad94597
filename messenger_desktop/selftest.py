"""``messenger-desktop --self-test``: does this installation work, on this computer?

For packagers, CI and bug reports: a bundle can lack a QML module, a Qt plugin, the keyring's
backends or the spawn start of the ingest worker, and only running it shows that. The checks
follow the app's real start-up (the same controllers, ``build_engine``, ``Main.qml``) and print
one line each, ``ok``, ``FAIL`` or ``skip``; the exit code is 0 when none failed, else 1 and the
last line names the failed checks.

Nothing of the user's is touched: the profile is a temporary folder, deleted afterwards; the
keyring is only asked for that profile's entry (there is none); there is no tray icon, no
launcher badge and no start-at-login sync (which would rewrite the user's autostart entry).
Without a display the window opens on Qt's offscreen platform.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from .session import credentials as keychain
from .session.profile import Profile
from .tracing import since_start

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType
    from PySide6.QtQuick import QQuickWindow
    from PySide6.QtWidgets import QApplication

KEYRING_TIMEOUT = 60.0
"""A locked keyring may ask the user to unlock it; give them time, but do not hang for ever."""
WINDOW_TIMEOUT = 30.0
PLATFORM_NOISE = re.compile(
    "|".join(
        (
            # the same reviewed list as pytest's qt_log_ignore (pyproject.toml): QtMultimedia probing
            # optional libraries and sound servers, CPU video conversion, pictures that cannot show
            r"^Couldn't (load|resolve) .+ (library|symbols)$",
            r"^PulseAudioService: pa_context_connect\(\) failed$",
            r"^No audio device detected$",
            r"No RHI backend\. Using CPU conversion\.$",
            r"QQuickImage\*?: media unavailable: ",
        )
    )
)


class Report:
    """Prints each check's result as it is known; remembers the failures."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def ok(self, check: str, detail: str) -> None:
        print(f"ok    {check}: {detail}", flush=True)

    def fail(self, check: str, detail: str) -> None:
        self.failed.append(check)
        print(f"FAIL  {check}: {detail}", flush=True)

    def skip(self, check: str, detail: str) -> None:
        print(f"skip  {check}: {detail}", flush=True)


def run_self_test() -> int:
    _choose_platform()
    report = Report()
    with tempfile.TemporaryDirectory(prefix="messenger-self-test-") as tmp:
        profile = Profile.at(Path(tmp) / "profile")
        if check_resources(report):
            check_window(report, profile)
        else:
            report.skip("window", "it needs the resources")
            check_keyring(report, profile)
        check_worker(report)
    if report.failed:
        print(f"self-test failed: {', '.join(report.failed)}", flush=True)
        return 1
    print("self-test passed", flush=True)
    return 0


def _choose_platform() -> None:
    """Qt's offscreen platform when there is no display to open the window on."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.setdefault("QT_QUICK_BACKEND", "software")  # offscreen has no GPU


# -- the checks ----------------------------------------------------------------------------------


def check_resources(report: Report) -> bool:
    from .qt.engine import resources_dir

    try:
        root = resources_dir()
    except FileNotFoundError as exc:
        report.fail("resources", str(exc))
        return False
    needed = ("qml/Main.qml", "qml/qmldir", "icons/app.svg", "stickers/pack.json")
    missing = [name for name in needed if not (root / name).is_file()]
    if missing:
        report.fail("resources", f"{', '.join(missing)} missing from {root}")
        return False
    translations = len(list((root / "translations").glob("*.qm")))
    report.ok(
        "resources",
        f"{root} ({len(list((root / 'qml').glob('*.qml')))} QML files, "
        f"{len(list((root / 'icons').glob('*.svg')))} icons, "
        f"{len(list((root / 'stickers').glob('*.png')))} stickers, {translations} translations)",
    )
    return True


def check_keyring(report: Report, profile: Profile) -> bool:
    """A real backend (not the fail or null one) that answers a lookup."""
    try:
        name = keychain.backend_name()
    except keychain.NoSecureKeyring as exc:
        report.fail("keyring", str(exc))
        return False
    answer: list[BaseException | None] = []

    def look_up() -> None:
        try:
            keychain.load(profile.key)  # the temporary profile has no entry
            answer.append(None)
        except Exception as exc:  # any backend error is the finding
            answer.append(exc)

    worker = threading.Thread(target=look_up, name="keyring-check", daemon=True)
    worker.start()
    worker.join(KEYRING_TIMEOUT)
    if not answer:
        report.fail("keyring", f"{name} did not answer in {KEYRING_TIMEOUT:.0f} s (locked?)")
        return False
    if answer[0] is not None:
        report.fail("keyring", f"{name} failed: {answer[0]}")
        return False
    report.ok("keyring", f"{name} answers")
    return True


def check_worker(report: Report) -> None:
    """The sync ingest worker is a "spawn" process; a frozen app has to start itself for it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
            pid = pool.submit(os.getpid).result(timeout=60)
    except Exception as exc:
        report.fail("worker process", f"could not start one: {exc!r}")
        return
    report.ok("worker process", f"started and answered (pid {pid})")


def check_window(report: Report, profile: Profile) -> None:
    """The window's first frame (as soon as the app itself would show it: the time is comparable),
    then the keyring, then the sign-in screen, which reads the keyring."""
    from PySide6.QtCore import qInstallMessageHandler

    from .qt.loop import run as run_on_qt_loop

    messages = QtMessages()
    previous = qInstallMessageHandler(messages.handle)
    try:
        app = _application()
        icon = app.windowIcon()
        if icon.isNull() or icon.pixmap(64, 64).isNull():
            report.fail("icon", "resources/icons/app.svg does not render (QtSvg's plugins missing?)")
        else:
            report.ok("icon", "the app's icon renders")
        run_on_qt_loop(_window_checks(report, profile, messages))
    finally:
        qInstallMessageHandler(previous)


def _application() -> QApplication:
    """The QApplication as ``app.run_app`` sets it up."""
    from PySide6.QtWidgets import QApplication

    from .qt.collector import collect_on_ui_thread
    from .qt.platform.badge import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Messenger")
    app.setOrganizationName("messenger-desktop")
    app.setDesktopFileName("messenger-desktop")
    app.setQuitOnLastWindowClosed(False)
    collect_on_ui_thread(app)
    app.setWindowIcon(app_icon())
    return app


async def _window_checks(report: Report, profile: Profile, messages: QtMessages) -> None:
    from PySide6.QtQuick import QQuickWindow

    from .qt.app_controller import AppController
    from .qt.desktop_controller import DesktopController
    from .qt.engine import build_engine
    from .qt.settings import Settings

    settings = Settings(profile.settings)
    controller = AppController(profile, settings, desktop=DesktopController(settings))
    engine = None
    try:
        try:
            engine = build_engine(controller)
        except Exception as exc:
            report.fail("qml", f"{exc}{messages.summary()}")
            return
        window = engine.rootObjects()[0]
        if messages.warnings:
            report.fail("qml", f"Main.qml loaded with warnings{messages.summary()}")
        else:
            report.ok("qml", "Main.qml loaded without warnings")
        if not isinstance(window, QQuickWindow) or not await _next_frame(window):
            report.fail("window shown", f"no frame within {WINDOW_TIMEOUT:.0f} s")
            return
        report.ok("window shown", f"{since_start():.2f} s after the process started")
        if not check_keyring(report, profile):
            report.skip("sign-in screen", "it reads the keyring first")
            return
        before = len(messages.warnings)
        await asyncio.wait_for(controller.start(), KEYRING_TIMEOUT)
        shown = controller.property("screen") == "login" and await _next_frame(window)
        if not shown:
            report.fail("sign-in screen", f"not shown (screen {controller.property('screen')!r})")
        elif len(messages.warnings) > before:
            report.fail("sign-in screen", f"shown with warnings{messages.summary(before)}")
        else:
            report.ok("sign-in screen", "shown without warnings")
    finally:
        await controller.close()
        if engine is not None:
            engine.deleteLater()


async def _next_frame(window: QQuickWindow) -> bool:
    from PySide6.QtCore import Qt

    swapped = asyncio.get_running_loop().create_future()

    def frame() -> None:
        if not swapped.done():
            swapped.set_result(None)

    window.frameSwapped.connect(frame, Qt.ConnectionType.QueuedConnection)
    window.update()
    try:
        await asyncio.wait_for(swapped, WINDOW_TIMEOUT)
        return True
    except TimeoutError:
        return False
    finally:
        window.frameSwapped.disconnect(frame)


class QtMessages:
    """Qt's warnings while the checks run (platform noise left out); a fatal one is printed before
    Qt aborts the process, so the failure still says what happened."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def handle(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        from PySide6.QtCore import QtMsgType

        if kind == QtMsgType.QtFatalMsg:
            print(f"FAIL  qt: {text}", file=sys.stdout, flush=True)
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or PLATFORM_NOISE.search(text):
            return
        where = f"{context.file}:{context.line}: " if context.file else ""
        self.warnings.append(where + text)

    def summary(self, start: int = 0) -> str:
        shown = self.warnings[start : start + 5]
        more = len(self.warnings) - start - len(shown)
        if more > 0:
            shown.append(f"(and {more} more)")
        return "".join(f"\n      {line}" for line in shown)
