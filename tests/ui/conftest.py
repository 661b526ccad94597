"""UI tests: the real QML, offscreen, on one qasync loop for the whole run.

Coroutines are driven from the test with ``loop.run_until_complete`` (see :func:`run`); nothing
starts a nested event loop. Any Qt warning (QML included) fails the test (pyproject's
``qt_log_level_fail``).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from messenger_desktop.qt.collector import collect_on_ui_thread
from messenger_desktop.qt.loop import EventLoop
from tests.support.notification_server import FakeNotificationServer
from tests.ui.desktop_harness import Desktop, require_session_bus
from tests.ui.shell import Shell


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture(scope="session")
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """The one qasync loop of the run: the app's real arrangement (asyncio on the Qt thread)."""
    collect_on_ui_thread(qapp)  # as the app does: cycles are collected on this thread only
    event_loop = EventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.run_until_complete(event_loop.shutdown_asyncgens())
    event_loop.run_until_complete(event_loop.shutdown_default_executor())
    asyncio.set_event_loop(None)
    event_loop.close()


@pytest.fixture(scope="session", autouse=True)
def _qt_events_only_inside_the_loop(loop: asyncio.AbstractEventLoop) -> Iterator[None]:
    """pytest-qt processes pending Qt events around every test phase. Outside the running loop
    that would step asyncio tasks with no running loop (httpx/anyio then fail with "no running
    event loop"), so here the processing happens inside one short turn of the loop."""
    import pytestqt.plugin

    original = pytestqt.plugin._process_events

    def process_inside_loop() -> None:
        if loop.is_closed() or loop.is_running():
            original()
        else:
            loop.run_until_complete(asyncio.sleep(0))

    pytestqt.plugin._process_events = process_inside_loop
    yield
    pytestqt.plugin._process_events = original


@pytest.fixture
def shell(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Shell]:
    """The app's window and controllers on a fresh profile (not started: call ``shell.start``)."""
    app_shell = Shell(loop, tmp_path / "profile")
    yield app_shell
    app_shell.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[FakeNotificationServer]:
    """A fake desktop notification server on the private session bus."""
    require_session_bus()
    fake = FakeNotificationServer(tmp_path)
    yield fake
    fake.close()


@pytest.fixture
def desktop(loop: asyncio.AbstractEventLoop, server: FakeNotificationServer) -> Iterator[Desktop]:
    """The app's desktop part (notifier, tray) talking to :func:`server`."""
    parts = Desktop(loop)
    yield parts
    loop.run_until_complete(parts.notifier.close())
    if hasattr(parts, "tray"):
        parts.tray.close()


@pytest.fixture
def quiet_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app works in an empty folder, as one started from a desktop's launcher works in a
    quiet one. Qt's own file dialog lists the working folder for a moment before the folder it
    opens on (its FolderListModel's default); with this repository's ten entries there, the row
    it was still making when the listing changed is cancelled later with a Qt warning,
    "DelegateModel::cancel: index out range 9 0" (CI, about one run in six)."""
    quiet = tmp_path / "working folder"
    quiet.mkdir()
    monkeypatch.chdir(quiet)


@pytest.fixture
def app(loop: asyncio.AbstractEventLoop, tmp_path: Path, desktop: Desktop) -> Iterator[Shell]:
    """Like :func:`shell`, with :func:`desktop` and a quick sync poll."""
    app_shell = Shell(loop, tmp_path / "profile", poll_ms=300, desktop=desktop.build)
    yield app_shell
    app_shell.close()
