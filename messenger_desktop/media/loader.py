"""The one way media reaches the UI: bytes from the disk cache or the server, decoded images from
memory or a decode off the loop thread.

Requests are deduplicated while they run: ten rows showing one avatar share one fetch and one
decode. Each shared piece of work is a task of its own that waiters await through
:func:`asyncio.shield`, so a waiter that goes away (its row scrolled out of view) cancels only its
own wait; the work finishes for the others, or with no one waiting, fills the caches for the next
time. A failure is handed to every waiter and remembered for a while (:func:`remembered_for`):
media the server does not have is not asked for again each time a row showing it scrolls into
view, and a passing failure (the network, a busy server) is tried again seconds later.

All disk I/O and decoding run in the executor; the loop thread only books the work."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import time
from collections.abc import Awaitable, Callable, Coroutine, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeVar

from ..api.errors import BadResponse, MatrixError, ResponseTooLarge
from ..api.mxc import THUMBNAIL_METHODS, Mxc
from . import images
from .budget_cache import BudgetCache
from .disk_cache import DiskCache
from .image_guard import TOO_LARGE
from .images import Decoded, ImageRefused

T = TypeVar("T")

DEFAULT_MEMORY_BUDGET: Final = 16 << 20
"""Decoded pixels kept in memory: 16 MB, about 40 timeline pictures (ten screens of photos) or
hundreds of avatars. Qt's own pixmap cache keeps what is on screen; this one makes scrolling back
over what was just seen cheap, and what is older is decoded again from the disk cache, off the UI
thread. 128 MB, then 32 MB, took a 500-picture conversation past the 250 MB RSS goal
(bench/media_scroll.py)."""
LASTING_FAILURE: Final = 300.0
"""Seconds a definite failure is remembered: the server has no such media, refuses it, or sent
what is not a safe image. The same request then fails at once, without a download."""
BRIEF_FAILURE: Final = 10.0
"""Seconds a passing failure is remembered (no connection, a time-out, a busy server, a token
being refreshed): long enough that rows scrolling past do not each try again, short enough that
the picture shows soon after the network is back."""
MAX_FAILURES: Final = 4096
"""Failures remembered at most; the oldest are forgotten first."""
MAX_LOCAL_BYTES: Final = 256 << 20
"""A local file larger than this is not read for a preview: no image we would decode is this big,
and a mislabelled video must not be read whole into memory."""


@dataclass(frozen=True, slots=True)
class MediaRequest:
    """One piece of media: the original file (``width`` and ``height`` 0), or a server
    thumbnail at least ``width`` × ``height``."""

    mxc: Mxc
    width: int = 0
    height: int = 0
    method: str = "scale"

    def __post_init__(self) -> None:
        if (self.width, self.height) != (0, 0) and (self.width < 1 or self.height < 1):
            raise ValueError("a thumbnail needs a positive size; 0 × 0 means the original")
        if self.method not in THUMBNAIL_METHODS:
            raise ValueError(f"thumbnail method must be one of {THUMBNAIL_METHODS}")

    @property
    def is_thumbnail(self) -> bool:
        return self.width > 0

    @property
    def key(self) -> str:
        """The cache key: ``mxc://s/id``, or ``mxc://s/id#320x240-scale`` for a thumbnail."""
        if not self.is_thumbnail:
            return str(self.mxc)
        return f"{self.mxc}#{self.width}x{self.height}-{self.method}"


Fetch = Callable[[MediaRequest], Awaitable[bytes]]
"""Downloads a request's bytes (the session passes one that goes through the api)."""


class MediaLoader:
    """Media bytes and decoded images for one account, cached on disk and in memory. Use it from
    one event loop (the UI's)."""

    def __init__(
        self,
        fetch: Fetch,
        disk: DiskCache,
        *,
        memory_budget: int = DEFAULT_MEMORY_BUDGET,
        executor: concurrent.futures.Executor | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._disk = disk
        self._own_executor = executor is None
        self._executor = executor or concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="media")
        self._memory: BudgetCache[Hashable, Decoded] = BudgetCache(memory_budget, _pixel_bytes)
        self._running: dict[Hashable, asyncio.Task[Any]] = {}
        self._failed: dict[Hashable, tuple[float, BaseException]] = {}
        """Work that failed lately: until when it is not tried again, and what it raised."""
        self._clock = clock
        self._closed = False
        self.fetches = 0
        """Downloads started (a disk hit is not one)."""
        self.decodes = 0
        """Decodes started (a memory hit is not one)."""

    @property
    def memory(self) -> BudgetCache[Hashable, Decoded]:
        return self._memory

    async def data(self, request: MediaRequest) -> bytes:
        """``request``'s bytes: from the disk cache, else downloaded and stored there. Raises
        what the fetch raised."""
        return await self._shared(("data", request.key), lambda: self._load(request))

    async def file(self, request: MediaRequest) -> Path:
        """Where ``request``'s bytes are on disk, for a player that opens the file itself: the
        cached file, else downloaded into the cache first. Raises what the fetch raised, and
        :class:`OSError` when the cache cannot keep the file (larger than its cap, disk full)."""
        return await self._shared(("file", request.key), lambda: self._load_file(request))

    async def image(self, request: MediaRequest, max_width: int = 0, max_height: int = 0) -> Decoded:
        """``request`` decoded, at most ``max_width`` × ``max_height`` (0: no limit). Raises
        :class:`~messenger_desktop.media.images.ImageRefused` for what is not a safe image."""
        key = ("image", request.key, max_width, max_height)
        if (decoded := self._memory.get(key)) is not None:
            return decoded
        return await self._shared(key, lambda: self._decode_remote(key, request, max_width, max_height))

    async def local_image(self, path: Path, max_width: int = 0, max_height: int = 0) -> Decoded:
        """A local file decoded (the preview of a file being sent), kept in memory while it is
        unchanged (same mtime and size). Raises :class:`OSError` when it cannot be read,
        :class:`ImageRefused` when it is over :data:`MAX_LOCAL_BYTES` or not a safe image."""
        stat = await self._in_executor(os.stat, path)
        if stat.st_size > MAX_LOCAL_BYTES:
            raise ImageRefused(TOO_LARGE)
        key = ("file", str(path), stat.st_mtime_ns, stat.st_size, max_width, max_height)
        if (decoded := self._memory.get(key)) is not None:
            return decoded
        return await self._shared(key, lambda: self._decode_local(key, path, max_width, max_height))

    def remember_file(self, request: MediaRequest, path: Path) -> None:
        """Copies ``path`` into the disk cache as ``request``'s bytes, in the background: the file
        this computer just uploaded is not downloaded again to be shown. Call it on the loop."""
        if self._closed:
            return
        self._forget_failures(request.key)  # this computer has the bytes now
        key = ("remember", request.key)
        if key not in self._running:
            task = asyncio.get_running_loop().create_task(
                self._in_executor(self._disk.put_file, request.key, path)
            )
            self._running[key] = task
            task.add_done_callback(lambda done: self._finished(key, done))

    async def set_disk_cap(self, cap_bytes: int) -> None:
        """A new disk cap (the setting changed); evicts at once, in the executor."""
        await self._in_executor(self._disk.set_cap, cap_bytes)

    async def clear_disk(self) -> None:
        self._failed.clear()  # a fresh start: everything is asked for again
        await self._in_executor(self._disk.clear)

    async def idle(self) -> None:
        """Returns when no work is under way, including work no one waits for any more (which
        still fills the caches): for tests, the bench, and an orderly shutdown."""
        while self._running:
            await asyncio.wait(list(self._running.values()))

    def close(self) -> None:
        """Cancels the work under way and stops the executor if the loader made it."""
        self._closed = True
        for task in list(self._running.values()):
            task.cancel()
        self._running.clear()
        self._failed.clear()  # their tracebacks hold the frames of whoever asked last
        self._memory.clear()
        if self._own_executor:
            self._executor.shutdown(wait=False, cancel_futures=True)

    async def _shared(self, key: Hashable, start: Callable[[], Coroutine[Any, Any, T]]) -> T:
        """The result of the work for ``key``: joins the task already running it, or starts one."""
        if self._closed:
            raise RuntimeError("the media loader is closed")
        failed = self._failed.get(key)
        if failed is not None:
            until, error = failed
            if self._clock() < until:
                raise error.with_traceback(None)
            del self._failed[key]
        task: asyncio.Task[T] | None = self._running.get(key)
        if task is None:
            task = asyncio.get_running_loop().create_task(start())
            self._running[key] = task
            task.add_done_callback(lambda done: self._finished(key, done))
        return await asyncio.shield(task)

    def _finished(self, key: Hashable, task: asyncio.Task[Any]) -> None:
        if self._running.get(key) is task:
            del self._running[key]
        if task.cancelled():
            return
        error = task.exception()  # retrieved: a failure nobody waits for any more is not "never retrieved"
        if error is not None and not self._closed:
            self._remember_failure(key, error)

    def _remember_failure(self, key: Hashable, error: BaseException) -> None:
        if len(self._failed) >= MAX_FAILURES:
            now = self._clock()
            self._failed = {k: v for k, v in self._failed.items() if v[0] > now}
            for oldest in list(self._failed)[: len(self._failed) - MAX_FAILURES // 2]:
                del self._failed[oldest]
        self._failed[key] = (self._clock() + remembered_for(error), error)

    def _forget_failures(self, request_key: str) -> None:
        self._failed = {
            k: v
            for k, v in self._failed.items()
            if not (isinstance(k, tuple) and len(k) > 1 and k[1] == request_key)
        }

    async def _load(self, request: MediaRequest) -> bytes:
        key = request.key
        remembering = self._running.get(("remember", key))
        if remembering is not None:  # the file is being copied in: wait for it rather than download it
            await asyncio.wait({remembering})
        cached = await self._in_executor(self._disk.get, key)
        if cached is not None:
            return cached
        self.fetches += 1
        data = await self._fetch(request)
        await self._in_executor(self._disk.put, key, data)
        return data

    async def _load_file(self, request: MediaRequest) -> Path:
        path = await self._in_executor(self._disk.path_of, request.key)
        if path is None:
            await self.data(request)
            path = await self._in_executor(self._disk.path_of, request.key)
        if path is None:
            raise OSError("the media cache cannot keep this file")
        return path

    async def _decode_remote(
        self, key: Hashable, request: MediaRequest, max_width: int, max_height: int
    ) -> Decoded:
        data = await self.data(request)
        return await self._decode(key, data, max_width, max_height)

    async def _decode_local(self, key: Hashable, path: Path, max_width: int, max_height: int) -> Decoded:
        data = await self._in_executor(path.read_bytes)
        return await self._decode(key, data, max_width, max_height)

    async def _decode(self, key: Hashable, data: bytes, max_width: int, max_height: int) -> Decoded:
        self.decodes += 1
        decoded = await self._in_executor(images.decode, data, max_width, max_height)
        self._memory.put(key, decoded)
        return decoded

    async def _in_executor(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)


def remembered_for(error: BaseException) -> float:
    """How long a request that failed with ``error`` fails again at once instead of being tried."""
    if isinstance(error, (ImageRefused, ResponseTooLarge, BadResponse)):
        return LASTING_FAILURE
    if isinstance(error, MatrixError):
        # no such media, forbidden, too large; not a token being refreshed (401), a busy server
        # or a rate limit, which the same request soon gets past
        return BRIEF_FAILURE if error.status == 401 or error.is_transient else LASTING_FAILURE
    return BRIEF_FAILURE


def _pixel_bytes(decoded: Decoded) -> int:
    return len(decoded.rgba)
