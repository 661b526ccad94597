"""The real app window under Xvfb for benchmarks that watch frames (``scroll.py``, ``echo.py``).

A benchmark script runs in two roles:

- **the parent** (:class:`Runs`) builds the profile once (``bigroom.py``), starts Xvfb and a stub
  homeserver, and runs the measurement in a fresh child process per run, each on a fresh copy of
  the profile; it collects the JSON each child prints;
- **the child** (:func:`run_app_child`) is the app: the ``QApplication``, the app's own qasync
  loop (``messenger_desktop.qt.loop``), ``AppController`` and the QML engine, as
  ``messenger_desktop.app`` builds them, on the xcb platform with ``QT_QUICK_BACKEND=software``.
  The session gets its credentials directly (what the keyring would return), so no Secret
  Service is needed.

What a frame is (docs/measures.md): with the software adaptation the scene graph uses its basic
render loop, so the animation step (where a ``ListView`` creates the delegates that scroll into
view), polishing, syncing, rendering and flushing to the X server all happen on the UI thread;
each frame ends in ``QQuickWindow.frameSwapped``. :class:`FrameLog` stamps every
``frameSwapped`` (``perf_counter``) together with the UI thread's CPU time (``thread_time``), and
keeps Qt's own per-frame breakdown (the ``qt.scenegraph.time.renderloop`` log: polish, sync,
render, swap in whole ms). There is no vsync under Xvfb: while something animates, Qt renders at
its 16 ms animation step plus whatever else asks for an update, and a frame reaches the X server
when its work is done. Delivered frames are therefore counted against a 60 Hz display
(:func:`delivered_frames`).
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import count
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
REFRESH_HZ = 60.0
RESULT_PREFIX = "RESULT "
RENDER_LOG_CATEGORY = "qt.scenegraph.time.renderloop"
_RENDER_LOG = re.compile(r"polish=(\d+), sync=(\d+), render=(\d+), swap=(\d+)")


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100); nan when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def delivered_frames(swaps: list[float], start: float, end: float, hz: float = REFRESH_HZ) -> tuple[int, int]:
    """(delivered, expected) for a ``hz`` display refreshing from ``start`` to ``end``.

    Every refresh period of the display is one expected frame; it is delivered when at least one
    frame was swapped during it (the display then shows a new image at the next refresh).
    """
    period = 1.0 / hz
    expected = int((end - start) / period)
    slots = {int((t - start) / period) for t in swaps if start <= t < start + expected * period}
    return len(slots), expected


# -- the parent side ---------------------------------------------------------------------------------


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An X server for the app, 1280×800 like the window (measures.md: fixed window size)."""
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    else:
        raise RuntimeError("no free X display number")
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if xvfb.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("Xvfb did not start")
        time.sleep(0.05)
    return xvfb, f":{number}"


class StubHomeserver(ThreadingHTTPServer):
    """Answers what a warm session asks on loopback: ``/sync`` is held for its timeout (up to 5 s)
    and comes back empty, sends get an event id, everything else an empty success. A benchmark
    that needs more endpoints passes its own subclass of :class:`StubHandler`."""

    daemon_threads = True

    def __init__(self, token: str, handler: type[BaseHTTPRequestHandler] | None = None) -> None:
        super().__init__(("127.0.0.1", 0), handler or StubHandler)
        self.token = token
        self.requests: list[str] = []
        self.sent = count(1)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> StubHomeserver:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()


class StubHandler(BaseHTTPRequestHandler):
    server: StubHomeserver

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _reply(self, status: int, body: object) -> None:
        self._send(status, json.dumps(body).encode(), "application/json")

    def _send(self, status: int, data: bytes, content_type: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the app has gone (a /sync held open when the run ended)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        self.server.requests.append(f"GET {parts.path}")
        if parts.path == "/_matrix/client/v3/sync":
            timeout = int(parse_qs(parts.query).get("timeout", ["0"])[0]) / 1000
            time.sleep(min(timeout, 5.0))
            self._reply(200, {"next_batch": self.server.token})
        elif parts.path == "/_matrix/client/versions":
            self._reply(200, {"versions": ["v1.11", "v1.12"]})
        elif parts.path.endswith("/members"):
            self._reply(200, {"chunk": []})
        elif parts.path.endswith("/messages"):
            self._reply(200, {"chunk": [], "start": "t0"})
        else:
            self._reply(404, {"errcode": "M_UNRECOGNIZED", "error": "stub"})

    def do_POST(self) -> None:
        self.server.requests.append(f"{self.command} {self.path}")
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if "/send/" in self.path or "/redact/" in self.path:
            self._reply(200, {"event_id": f"$bench-sent-{next(self.server.sent)}"})
        else:
            self._reply(200, {})

    do_PUT = do_POST


@dataclass
class Runs:
    """Runs ``script`` as a child per run, on a copy of ``template`` with a stub server each time."""

    script: Path
    template: Path
    token: str
    display: str
    child_args: list[str] = field(default_factory=list)
    timeout: float = 600.0
    stub: Callable[[str], StubHomeserver] = StubHomeserver
    """Makes the run's homeserver from the sync token."""

    def one(self, extra_env: dict[str, str] | None = None) -> dict[str, Any]:
        with tempfile.TemporaryDirectory() as tmp, self.stub(self.token) as stub:
            profile = Path(tmp) / "profile"
            shutil.copytree(self.template, profile)
            env = {
                **os.environ,
                "DISPLAY": self.display,
                "QT_QPA_PLATFORM": "xcb",
                "QT_QUICK_BACKEND": "software",
                **(extra_env or {}),
            }
            command = [sys.executable, str(self.script), "--child", str(profile), stub.url, *self.child_args]
            done = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=self.timeout, check=False
            )
            for line in done.stdout.splitlines():
                if line.startswith(RESULT_PREFIX):
                    result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
                    return result
            raise RuntimeError(
                f"the run failed (exit {done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
            )


def commit() -> str:
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout.strip()


# -- the child side ----------------------------------------------------------------------------------

Messages = list[tuple[float, str, str]]
"""Qt's log while the child runs: (perf_counter, category, message)."""

BALLAST = 300_000
_ballast: list[object] = []


def singleton_refs() -> tuple[int, int, int]:
    """References to None, True and False (see :func:`run_child`)."""
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def run_child(measure: Callable[[Messages], Coroutine[Any, Any, dict[str, Any]]]) -> NoReturn:
    """Start Qt as the app does, run ``measure`` in the app's qasync loop, print its result.

    PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a void method
    (``QTimer.start``, ``killTimer`` — which qasync calls for every asyncio callback —,
    ``setObjectName``…) and to ``True``/``False`` in some bool returns. The app starts with about
    13,000 references to ``None``; when they run out the interpreter aborts ("Fatal Python
    error: none_dealloc"). A benchmark run does tens of thousands of such calls, so the child
    holds ``BALLAST`` extra references to each, reports how many were lost, and leaves with
    ``os._exit`` (the interpreter's final clean-up would abort).
    """
    from PySide6.QtCore import QLoggingCategory, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from messenger_desktop.memory import tune_malloc
    from messenger_desktop.qt.loop import run

    tune_malloc()  # as messenger_desktop.app does
    messages: Messages = []

    def on_message(mode: object, context: Any, message: str) -> None:
        messages.append((time.perf_counter(), str(context.category), message))

    qInstallMessageHandler(on_message)
    QLoggingCategory.setFilterRules(f"{RENDER_LOG_CATEGORY}.debug=true")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Messenger")
    app.setOrganizationName("messenger-desktop")
    app.setQuitOnLastWindowClosed(False)
    _ballast.extend([None, True, False] * BALLAST)
    before = singleton_refs()
    result = run(measure(messages))
    lost = [b - a for a, b in zip(singleton_refs(), before, strict=True)]
    result["refs_lost"] = dict(zip(("None", "True", "False"), lost, strict=True))
    warnings = [m for _, category, m in messages if category != RENDER_LOG_CATEGORY]
    result["qt_messages"] = warnings[:20]
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    sys.stderr.flush()
    os._exit(0)


def run_app_child(
    argv: list[str], measure: Callable[[AppWindow, list[str]], Coroutine[Any, Any, dict[str, Any]]]
) -> NoReturn:
    """``script --child PROFILE HOMESERVER [args…]``: ``measure`` gets the app's window."""
    profile, homeserver, rest = Path(argv[0]), argv[1], argv[2:]

    async def main(messages: Messages) -> dict[str, Any]:
        window = AppWindow(profile, homeserver, messages)
        try:
            await window.start()
            return await measure(window, rest)
        finally:
            await window.close()

    run_child(main)


async def until(predicate: Callable[[], object], timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


class AppWindow:
    """The app's window and controllers, built as ``messenger_desktop.app`` builds them."""

    def __init__(self, profile_dir: Path, homeserver: str, messages: Messages) -> None:
        import PySide6.QtQuick  # noqa: F401  (rootObjects() are QQuickWindows only with QtQuick imported)
        from PySide6.QtQuick import QQuickWindow
        from synthetic_sync import ME

        from messenger_desktop.api.client import Credentials
        from messenger_desktop.api.ids import DeviceId, UserId
        from messenger_desktop.qt.app_controller import AppController
        from messenger_desktop.qt.engine import build_engine
        from messenger_desktop.qt.settings import Settings
        from messenger_desktop.session.profile import Profile

        profile = Profile.at(profile_dir)
        self.credentials = Credentials(homeserver, UserId(ME), DeviceId("BENCH"), "bench-token")
        self.controller = AppController(profile, Settings(profile.settings))
        self.engine = build_engine(self.controller)
        window = self.engine.rootObjects()[0]
        assert isinstance(window, QQuickWindow)
        self.window = window
        self.window.resize(1280, 800)
        self.window.show()
        self.window.requestActivate()
        self.frames = FrameLog(window, messages)

    async def start(self) -> None:
        await self.controller.start(self.credentials)
        await until(lambda: self.controller.property("screen") == "main", what="the main screen")
        rooms = self.session.property("rooms")
        await until(lambda: rooms.rowCount() > 0, what="the conversation list")

    @property
    def session(self) -> Any:
        session = self.controller.session_controller
        assert session is not None
        return session

    async def open_room(self, room_id: str) -> None:
        timeline = self.session.timeline
        self.session.openRoom(room_id)
        await until(lambda: timeline.rowCount() > 0 and not timeline.property("loading"), what="the timeline")
        await self.frames.settle()

    def find(self, name: str) -> Any:
        return find(self.window, name)

    async def close(self) -> None:
        self.frames.detach()
        await self.controller.close()
        self.engine.deleteLater()
        self.window.deleteLater()
        await asyncio.sleep(0.01)


def find(window: Any, name: str) -> Any:
    """The item called ``name`` in ``window``."""
    from PySide6.QtCore import QObject
    from PySide6.QtQuick import QQuickItem

    found = window.findChild(QObject, name)
    if not isinstance(found, QQuickItem):
        raise LookupError(f"no item named {name!r}")
    return found


def call(obj: Any, method: str, *args: Any, returns: type | None = None) -> Any:
    """Call a QML-invokable method of ``obj`` (``flick``, ``indexAt``, ``itemAtIndex``…)."""
    from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

    qargs = [Q_ARG("qreal" if isinstance(a, float) else type(a), a) for a in args]
    if returns is None:
        return QMetaObject.invokeMethod(obj, method, Qt.ConnectionType.DirectConnection, *qargs)
    return QMetaObject.invokeMethod(
        obj, method, Qt.ConnectionType.DirectConnection, Q_RETURN_ARG(returns), *qargs
    )


def delegate(view: Any, index: int, role: str, value: object) -> Any | None:
    """The delegate of row ``index`` that shows ``value`` as ``role`` (the reuse pool keeps items
    with stale indexes), or None.

    PySide6 6.12 on Python 3.11 returns ``None`` without a reference for a null ``QObject*``
    or an invalid ``QVariant`` (``itemAtIndex`` of a row not instantiated, ``property`` of a
    missing name, ``findChild`` finding nothing): enough of those deallocate ``None`` and abort
    the interpreter. So the view's children are walked, reading only properties they have.
    """
    for item in view.property("contentItem").childItems():
        meta = item.metaObject()
        if meta.indexOfProperty("index") < 0 or meta.indexOfProperty(role) < 0:
            continue
        if item.property("index") == index and item.property(role) == value:
            return item
    return None


@dataclass(frozen=True, slots=True)
class Frame:
    swapped: float  # perf_counter() at frameSwapped
    cpu: float  # the UI thread's CPU time (thread_time) at frameSwapped


class FrameLog:
    """Every swapped frame of ``window``, with the UI thread's CPU clock at that moment."""

    def __init__(self, window: Any, messages: Messages) -> None:
        from PySide6.QtCore import Qt

        self.window = window
        self.messages = messages
        self.frames: list[Frame] = []
        self.on_frame: list[Callable[[Frame], None]] = []
        window.frameSwapped.connect(self._swapped, Qt.ConnectionType.DirectConnection)

    def _swapped(self) -> None:
        frame = Frame(time.perf_counter(), time.thread_time())
        self.frames.append(frame)
        for callback in list(self.on_frame):
            callback(frame)

    def detach(self) -> None:
        self.window.frameSwapped.disconnect(self._swapped)

    async def next(self, n: int = 1, timeout: float = 5.0) -> None:
        """Wait until ``n`` more frames have been swapped (the window is asked to render)."""
        target = len(self.frames) + n
        deadline = time.monotonic() + timeout
        while len(self.frames) < target:
            self.window.update()
            if time.monotonic() > deadline:
                raise TimeoutError("no frame swapped")
            await asyncio.sleep(0.005)

    async def settle(self, quiet: float = 0.3, timeout: float = 10.0) -> None:
        """Wait until no frame has been swapped for ``quiet`` seconds (animations done)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            last = self.frames[-1].swapped if self.frames else 0.0
            if time.perf_counter() - last >= quiet:
                return
            await asyncio.sleep(0.02)

    def render_breakdown(self, start: float, end: float) -> dict[str, float]:
        """Qt's own per-frame timing between two moments, summed in seconds (whole ms per frame)."""
        totals = {"polish": 0.0, "sync": 0.0, "render": 0.0, "swap": 0.0}
        for stamp, category, message in self.messages:
            if category == RENDER_LOG_CATEGORY and start <= stamp <= end:
                found = _RENDER_LOG.search(message)
                if found:
                    for key, value in zip(totals, found.groups(), strict=True):
                        totals[key] += float(value) / 1000
        return totals
