"""Ingesting sync responses off the UI loop.

Small (incremental) syncs are parsed and written on the store's writer thread. A large one (a first
sync can be megabytes) would hold the GIL for tens of milliseconds inside one ``orjson.loads`` call
and stall the UI even from another thread, so it goes to a worker *process* that parses and writes
it with its own connection and sends back only the summary of what changed.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..api.ids import UserId
from ..api.sync import parse_sync
from ..store.database import Database, connect_existing
from ..store.ingest import ingest_sync
from ..store.rows import IngestResult

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

PROCESS_THRESHOLD = 256 * 1024
"""Bodies at least this large (bytes) are ingested in the worker process."""

IDLE_RELEASE = 60.0
"""Seconds after its last job that the worker process is let go. After a first sync it holds
about 100 MB the app no longer needs (incremental syncs are small and go to the writer thread); a
later large body (a catch-up after sleep) starts a new one, a fraction of a second."""


def ingest_bytes(conn: sqlite3.Connection, body: bytes, own_user: UserId) -> IngestResult:
    return ingest_sync(conn, parse_sync(body), own_user)


IngestBytes = Callable[[sqlite3.Connection, bytes, UserId], IngestResult]
"""Parses one answer and writes it (a module-level function: the worker process receives it by name)."""


def _ingest_in_process(
    db_path: str, body: bytes, own_user: str, ingest: IngestBytes = ingest_bytes
) -> IngestResult:
    conn = connect_existing(Path(db_path))
    try:
        return ingest(conn, body, UserId(own_user))
    finally:
        conn.close()


def _warm() -> None:
    """Runs in the fresh worker so its imports are done before the first real job."""


def _exit_with_parent(parent: int) -> None:
    """Pool initializer: a worker whose app was killed must not live on as an orphan, and Ctrl+C
    in the terminal is the app's to handle (it stops the worker through the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class SyncIngestor:
    """Chooses where to ingest each sync body: the writer thread, or the worker process."""

    def __init__(
        self,
        db: Database,
        own_user: UserId,
        threshold: int = PROCESS_THRESHOLD,
        ingest: IngestBytes = ingest_bytes,
        idle_release: float = IDLE_RELEASE,
    ) -> None:
        self._db = db
        self._idle_release = idle_release
        self._release: asyncio.TimerHandle | None = None
        self._own_user = own_user
        self._threshold = threshold
        self._ingest = ingest
        self._pool: ProcessPoolExecutor | None = None

    def prewarm(self) -> None:
        """Start the worker process early (before a first sync), off the critical path."""
        self._ensure_pool().submit(_warm)

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing  # not at start-up: a warm start may never need the worker
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
        return self._pool

    async def ingest(self, body: bytes) -> IngestResult:
        if len(body) < self._threshold:
            return await self._db.run(self._ingest, body, self._own_user)
        loop = asyncio.get_running_loop()
        if self._release is not None:
            self._release.cancel()
            self._release = None
        pool, path, user = self._ensure_pool(), str(self._db.path), self._own_user
        try:
            return await loop.run_in_executor(pool, _ingest_in_process, path, body, user, self._ingest)
        except sqlite3.Error as exc:  # a full or damaged disk seen by the worker's own connection
            self._db.report(exc)
            raise
        finally:
            if self._pool is pool:
                self._release = loop.call_later(self._idle_release, self._let_go)

    @property
    def worker_running(self) -> bool:
        """A worker process is there (started, and not yet let go after its idle time)."""
        return self._pool is not None

    def _let_go(self) -> None:
        self._release = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)  # idle: it exits at once
            self._pool = None

    def close(self, *, wait: bool = True) -> None:
        """Let the worker go. ``wait=False`` returns at once: a job under way runs to its end (its
        transaction commits or, should the app exit first, rolls back) while the caller goes on —
        the UI thread never waits for a large catch-up it no longer needs."""
        if self._release is not None:
            self._release.cancel()
            self._release = None
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None
