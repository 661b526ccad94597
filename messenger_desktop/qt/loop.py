"""The asyncio event loop on the Qt main thread (qasync), with one fix.

qasync 0.28's ``run_until_complete`` runs Qt's event dispatcher once more *after* it has unset the
running loop. Callbacks that fire then (a task's next step, an httpx/anyio cancel scope) find no
running loop and fail with "no running event loop" — a sync task died that way in the UI tests.
:class:`EventLoop` simply leaves pending callbacks for the next time the loop runs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar

import qasync

T = TypeVar("T")


class EventLoop(qasync.QEventLoop):  # type: ignore[misc]  # qasync ships no type information
    def run_until_complete(self, future: Awaitable[T]) -> T:
        if self.is_running():
            raise RuntimeError("Event loop already running")
        task: asyncio.Future[Any] = asyncio.ensure_future(future, loop=self)

        def stop(_: object) -> None:
            self.stop()

        task.add_done_callback(stop)
        try:
            self.run_forever()
        finally:
            task.remove_done_callback(stop)
        if not task.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        result: T = task.result()
        return result


def run(main: Awaitable[T]) -> T:
    """Like ``asyncio.run(main)`` on an :class:`EventLoop` over the existing QApplication."""
    loop = EventLoop()
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            asyncio.set_event_loop(None)
            loop.close()


def _cancel_all(loop: asyncio.AbstractEventLoop) -> None:
    tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
