"""Fire-and-forget coroutines started from Qt slots, kept alive and never failing silently."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from ..session.errors import UserFacingError

log = logging.getLogger(__name__)


class TaskGroup:
    """Owns the tasks a controller starts; :meth:`cancel_all` on shutdown.

    A task's unexpected exception is logged and handed to ``on_error`` (a sentence for the user),
    never dropped: an exception inside a slot-started task would otherwise vanish.
    """

    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_error = on_error

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str = "") -> asyncio.Task[Any]:
        task = asyncio.get_event_loop().create_task(coro, name=name or None)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if isinstance(error, UserFacingError):  # expected: the user is told, no traceback
            log.info("task %s: %s", task.get_name(), error)
        elif error is not None:
            log.error("task %s failed", task.get_name(), exc_info=error)
        if error is not None and self._on_error is not None:
            self._on_error(error)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    async def wait(self) -> None:
        """Until every task started so far has finished (tests, orderly shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def cancel_all(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


class CountedRequests:
    """The requests a controller sends for the user: busy while any runs, and each failure told in
    one sentence (``describe``) to ``failed``. Nothing is changed on screen before the server's
    echo, so a request needs no undo: it either shows when sync brings it, or its failure is said."""

    def __init__(
        self,
        tasks: TaskGroup,
        busy_changed: Callable[[], None],
        failed: Callable[[str], None],
        describe: Callable[[BaseException], str],
    ) -> None:
        self._tasks = tasks
        self._busy_changed = busy_changed
        self._failed = failed
        self._describe = describe
        self._running = 0

    @property
    def busy(self) -> bool:
        return self._running > 0

    def send(self, work: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        async def sending() -> None:
            self._running += 1
            self._busy_changed()
            try:
                await work
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.info("%s failed: %s", name, exc)
                self._failed(self._describe(exc))
            finally:
                self._running -= 1
                self._busy_changed()

        return self._tasks.spawn(sending(), name)
