"""Reference cycles are collected on the UI thread, never on the thread that happens to allocate."""

from __future__ import annotations

import asyncio
import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QApplication

from messenger_desktop.qt.collector import collect_on_ui_thread


class Tracked:
    """One half of a reference cycle that records the thread it is freed on."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.partner: object = [self]

    def __del__(self) -> None:
        Tracked.freed_on.append(threading.current_thread().name)


def test_a_cycle_dropped_while_a_worker_allocates_is_freed_on_the_ui_thread(
    qapp: QApplication, loop: asyncio.AbstractEventLoop
) -> None:
    collector = collect_on_ui_thread(qapp)
    assert collect_on_ui_thread(qapp) is collector
    assert not gc.isenabled()
    Tracked.freed_on.clear()
    Tracked()  # unreachable at once, but only the cycle collector can free it

    kept: list[list[list[int]]] = []

    def allocate() -> None:
        # Far past every generation's threshold: with automatic collection on, this thread
        # would run the collector (and free the cycle) several times over.
        kept.append([[i] for i in range(200_000)])

    worker = threading.Thread(target=allocate, name="allocating-worker")
    worker.start()
    worker.join()
    assert Tracked.freed_on == []

    async def until_freed() -> None:
        for _ in range(200):  # the collector's timer fires every half second
            if Tracked.freed_on:
                return
            await asyncio.sleep(0.05)

    loop.run_until_complete(until_freed())
    kept.clear()
    assert Tracked.freed_on == [threading.main_thread().name]
