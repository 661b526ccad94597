"""Opening the per-profile SQLite cache, and the one writer thread every access goes through.

The cache is only a cache: the server has the truth. So a file that is not a database is moved
aside at once (kept for a bug report) and a fresh one is built; the session then resyncs. The full
page check runs after start-up (:func:`verify`); a cache that fails it is rebuilt on the next
start. A file written by a newer release is *not* touched: it is refused with a clear message,
because quietly replacing it would throw away the newer release's data.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from .organise import REFRESH_MARK, refresh_all
from .schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

T = TypeVar("T")


BUSY_TIMEOUT = 60.0
"""Seconds a write waits for another writer (the ingest worker writing a large first sync)."""


class StoreError(Exception):
    """The cache cannot be used; the message is a sentence for the user."""


class NewerSchemaError(StoreError):
    """The database was written by a newer release of the app."""


def connect(path: Path, busy_timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises :class:`NewerSchemaError` for a database from a newer release. A corrupt file is moved
    aside to ``<name>.corrupt-<timestamp>`` and replaced with an empty database.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    marker = damaged_marker(path)
    if marker.exists():
        aside = _move_aside(path)
        marker.unlink(missing_ok=True)
        log.warning("cache %s failed its integrity check last time; moved to %s and rebuilding", path, aside)
    try:
        return _open_and_migrate(path, busy_timeout)
    except NewerSchemaError:
        raise
    except sqlite3.DatabaseError as exc:
        aside = _move_aside(path)
        log.warning("cache %s is unusable (%s); moved to %s and rebuilding", path, exc, aside)
        return _open_and_migrate(path, busy_timeout)


def _open_and_migrate(path: Path, busy_timeout: float) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=busy_timeout)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerSchemaError(
                f"The cache at {path} was written by a newer version of messenger-desktop "
                f"(schema {version}, this version understands up to {SCHEMA_VERSION}). "
                "Update the app, or sign in with a new profile."
            )
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA cache_size=-32768")  # 32 MiB: a first sync writes tens of MB
        for number in range(version, SCHEMA_VERSION):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number]:
                    conn.execute(statement)
                if number + 1 == SCHEMA_VERSION:
                    _after_migrations(conn)
                conn.execute(f"PRAGMA user_version={number + 1}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    except BaseException:
        conn.close()
        raise
    return conn


def _after_migrations(conn: sqlite3.Connection) -> None:
    """Work a migration left to Python (it set a mark in ``meta``), with the current code on the
    current schema, in the last step's transaction: the cache is at the new version only with it
    done. (Checked only while migrating, so a normal start reads nothing but the version.)"""
    if get_meta(conn, REFRESH_MARK) is None:
        return
    count = refresh_all(conn)
    set_meta(conn, REFRESH_MARK, None)
    log.info("worked out how %d rooms are organised", count)


def connect_existing(path: Path, busy_timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    """A second connection to a cache another connection already opened (the ingest worker's):
    never migrates, moves aside or rebuilds anything — that is the owner's job."""
    if not path.exists():
        raise StoreError(f"the cache {path} is not there")
    conn = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout)
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA cache_size=-32768")
    return conn


def damaged_marker(path: Path) -> Path:
    return path.with_name(path.name + ".damaged")


def verify(conn: sqlite3.Connection, path: Path) -> bool:
    """Check every page (``PRAGMA quick_check``, ~40 ms for a large cache, so not at start-up).

    A damaged cache is marked, and the next :func:`connect` moves it aside and starts afresh: the
    running session keeps going on what can still be read, and nothing is lost that the server
    does not have.
    """
    try:
        row = conn.execute("PRAGMA quick_check").fetchone()
        healthy = row is not None and row[0] == "ok"
    except sqlite3.DatabaseError as exc:
        row, healthy = (str(exc),), False
    if healthy:
        conn.execute("PRAGMA shrink_memory")  # the check read every page: give the memory back
        return True
    log.warning("cache %s failed its integrity check (%s); it is rebuilt on the next start", path, row)
    damaged_marker(path).touch()
    return False


def _move_aside(path: Path) -> Path:
    aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    if path.exists():
        path.replace(aside)
    return aside


class Database:
    """The cache of one profile, owned by a single writer thread.

    Every read and write runs on that thread (``await db.run(fn, ...)`` calls ``fn(conn, ...)``
    there), so the UI loop never waits for SQLite and no two threads share the connection.
    """

    def __init__(self, path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.path = path
        self._busy_timeout = busy_timeout
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        self._conn: sqlite3.Connection | None = None

    async def open(self) -> None:
        loop = asyncio.get_running_loop()
        self._conn = await loop.run_in_executor(self._executor, connect, self.path, self._busy_timeout)

    def open_blocking(self) -> None:
        """For command-line tools and tests that have no event loop."""
        self._conn = self._executor.submit(connect, self.path, self._busy_timeout).result()

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """Run ``fn(conn, *args)`` on the writer thread."""
        conn = self._require()
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(conn, *args))

    def run_blocking(self, fn: Callable[..., T], *args: object) -> T:
        conn = self._require()
        return self._executor.submit(lambda: fn(conn, *args)).result()

    async def verify(self) -> bool:
        """See :func:`verify`."""
        return await self.run(verify, self.path)

    def _require(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("the cache is not open")
        return self._conn

    async def close(self) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self.close_blocking)

    def close_blocking(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._executor.submit(conn.close).result()
        self._executor.shutdown(wait=True)


def transaction(conn: sqlite3.Connection) -> _Transaction:
    """``with transaction(conn): ...`` — BEGIN IMMEDIATE / COMMIT, ROLLBACK on any exception."""
    return _Transaction(conn)


class _Transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self._conn.execute("BEGIN IMMEDIATE")
        return self._conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._conn.execute("ROLLBACK" if exc_type is not None else "COMMIT")


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
