"""A Qt thread calling into Python keeps its Python thread state once it asked to: what it left in
thread-local storage on one call is still there on the next (the state is not thrown away, with
its ``munmap``, after every call)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRunnable, QThreadPool

from messenger_desktop.qt.foreign_threads import keep_thread_state


def _two_calls_on_one_qt_thread(first: Callable[[], None], second: Callable[[], None]) -> None:
    assert QCoreApplication.instance() or QCoreApplication([])
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)  # the same thread runs both (waitForDone would end it)
    for step in (first, second):
        done = threading.Event()

        def run(step: Callable[[], None] = step, done: threading.Event = done) -> None:
            step()
            done.set()

        pool.start(QRunnable.create(run))
        assert done.wait(5)
    assert pool.waitForDone(5000)


def _remembers(keep: bool) -> tuple[bool, int, int]:
    local = threading.local()
    seen: list[object] = []

    def first() -> None:
        if keep:
            keep_thread_state()
        local.mark = "set on the first call"
        seen.append(threading.get_native_id())

    def second() -> None:
        seen.append(threading.get_native_id())
        seen.append(getattr(local, "mark", None))

    _two_calls_on_one_qt_thread(first, second)
    first_thread, second_thread, mark = seen
    assert isinstance(first_thread, int) and isinstance(second_thread, int)
    return mark is not None, first_thread, second_thread


def test_a_kept_state_lives_across_calls() -> None:
    remembered, first_thread, second_thread = _remembers(keep=True)
    assert first_thread == second_thread
    assert remembered


def test_without_it_each_call_gets_a_new_state() -> None:
    """The control: what the binding does by itself (so the test above can fail)."""
    remembered, first_thread, second_thread = _remembers(keep=False)
    assert first_thread == second_thread
    assert not remembered
