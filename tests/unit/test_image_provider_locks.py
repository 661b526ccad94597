"""Qt can call off a picture the app's image provider is still making without waiting for Python.

Qt's image-loading thread calls ``cancel()`` on a pending response while it holds its own lock,
the one the UI thread takes to start loading any picture. When answering that call needed the
interpreter lock, a UI thread running Python (a model's signal, a property set from Python) that
started loading a picture at that moment waited for Qt's lock while holding the interpreter's:
the app hung for good (seen scrolling a long conversation, bench/scroll.py).

Here a Qt thread waits in its event loop. Its event dispatcher (made by Qt: no Python in it)
calls, when it next wakes and before anything else, ``cancel()`` on a response, as Qt's loader
does, then starts a timer: C++ to C++, in that order. This thread wakes it and keeps the
interpreter lock meanwhile (it never offers to switch while it runs Python); the timer is running
afterwards only if ``cancel()`` did not wait for that lock."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QMetaMethod,
    QMetaObject,
    QObject,
    QSize,
    QSocketNotifier,
    Qt,
    QThread,
    QTimer,
)

from messenger_desktop.qt.media_images import MediaImages

HELD_FOR = 0.3
"""Seconds this thread keeps the interpreter lock."""


def _method(target: QObject, signature: str) -> QMetaMethod:
    meta = target.metaObject()
    method = meta.method(meta.indexOfMethod(signature))
    assert method.isValid(), signature
    return method


def _keep_the_interpreter_lock(seconds: float) -> None:
    """Run Python for ``seconds`` without letting another thread have the interpreter lock."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(100.0)  # a waiting thread is not let in before 100 s
    try:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            pass
    finally:
        sys.setswitchinterval(interval)


def test_qt_cancels_a_pending_picture_without_the_interpreter_lock(qapp: QCoreApplication) -> None:
    loop = asyncio.new_event_loop()
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    qt_thread = QThread()
    try:
        provider = MediaImages(lambda: (None, lambda txn: None), loop)
        response = provider.requestImageResponse("avatar/example.org/abc", QSize(32, 32))

        marker = QTimer()
        marker.setInterval(60_000)
        marker.moveToThread(qt_thread)
        watcher = QSocketNotifier(read_end, QSocketNotifier.Type.Read)  # wakes it
        watcher.setEnabled(False)
        watcher.moveToThread(qt_thread)
        qt_thread.start()
        QMetaObject.invokeMethod(watcher, "setEnabled", Qt.ConnectionType.QueuedConnection, Q_ARG(bool, True))
        time.sleep(0.2)  # now watching and waiting
        dispatcher = qt_thread.eventDispatcher()
        assert dispatcher is not None
        awake = _method(dispatcher, "awake()")
        direct = Qt.ConnectionType.DirectConnection
        for receiver, slot in ((response, "cancel()"), (marker, "start()")):
            QObject.connect(dispatcher, awake, receiver, _method(receiver, slot), direct)
        finished = _method(qt_thread, "finished()")  # in its own thread, as it ends
        for receiver, slot in ((marker, "stop()"), (watcher, "deleteLater()")):
            QObject.connect(qt_thread, finished, receiver, _method(receiver, slot), direct)
        assert not marker.isActive()

        os.write(write_end, b"x")
        _keep_the_interpreter_lock(HELD_FOR)
        cancelled_meanwhile = marker.isActive()

        assert cancelled_meanwhile, "answering Qt's cancel() waited for the interpreter lock"
    finally:
        with contextlib.suppress(BlockingIOError):
            os.read(read_end, 1)
        qt_thread.quit()
        assert qt_thread.wait(5000)
        os.close(read_end)
        os.close(write_end)
        loop.close()
