"""The Qt binding must not lose references to None: PySide6 6.12.0 did, on every call of a
method returning nothing, and on Python < 3.12 the app aborted ("none_dealloc") once they ran out
— after some thousands of timer starts, i.e. minutes of use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer


def test_void_calls_keep_none_alive() -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(500):
        timer.setObjectName("probe")
        timer.start(1000)
        timer.stop()
    assert sys.getrefcount(None) - before > -100, "the Qt binding leaks references to None"
    assert app is not None
