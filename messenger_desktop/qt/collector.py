"""Python's cycle collector, run on the UI thread only.

Left alone, the collector runs in whichever thread happens to allocate when a threshold is crossed
— the store's writer thread, the emoji catalogue's loader, an executor thread. A Qt object freed
there (a controller or model caught in a reference cycle once its window is gone) is destroyed on
the wrong thread: its timers, its children and the QML items bound to it are torn down while the UI
thread is using them, and the process dies with a segmentation fault. That happened in CI.

:func:`collect_on_ui_thread` turns automatic collection off and runs the same generational
collection from a timer on the UI thread instead, with the thresholds the interpreter would use.
Reference counting still frees everything that is not in a cycle at once, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

INTERVAL_MS = 500
"""How often the counts are checked: often enough that cycles do not pile up between checks."""


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()
        self.destroyed.connect(lambda *_: gc.enable())

    @Slot(result=int)
    def check(self) -> int:
        """Collect the oldest generation whose count is over its threshold (as the interpreter
        would); the number of unreachable objects found."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if self._thresholds[generation] and counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0


def collect_on_ui_thread(app: QCoreApplication) -> UiThreadCollector:
    """Install the collector for the life of ``app`` (once; later calls return the same one)."""
    existing = app.findChild(UiThreadCollector)
    if isinstance(existing, UiThreadCollector):
        return existing
    return UiThreadCollector(app)
