"""Opening the per-profile SQLite cache, and the one writer thread every access goes through.

The cache is only a cache: the server has the truth. So a file that is not a database is moved
aside at once (kept for a bug report) and a fresh one is built; the session then resyncs. The full
page check runs after start-up (:func:`verify`); a cache that fails it is rebuilt on the next
start. A file written by a newer release is never migrated down or wiped: it is set aside whole
(that release finds its data there) and this one builds its own. Either way the unsent messages are
read out of the old file (:mod:`.recovery`) and the user is told. A disk that is full or read-only
is a *fault* (:attr:`Database.fault`): listeners are told, writes are retried until one works.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .organise import REFRESH_MARK, refresh_all
from .recovery import (
    CORRUPT,
    FULL,
    READ_ONLY,
    UNWRITABLE,
    Recovery,
    classify,
    move_aside,
    restore_outbox,
    salvage_outbox,
)
from .schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

T = TypeVar("T")


BUSY_TIMEOUT = 60.0
"""Seconds a write waits for another writer (the ingest worker writing a large first sync)."""

PROBE_INTERVAL = 5.0
"""Seconds between tries to write while the disk is full or read-only."""

PROBE_BYTES = 1024 * 1024
"""What the trial write stores (and removes) to tell that the disk takes writes again."""

WRITE_FAULTS = (FULL, READ_ONLY, UNWRITABLE)
"""Faults that end by themselves once the disk can be written again."""


class StoreError(Exception):
    """The cache cannot be used; the message is a sentence for the user."""


class NewerSchemaError(StoreError):
    """The database was written by a newer release of the app."""


def connect(path: Path, busy_timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path`` (see :func:`open_cache`)."""
    return open_cache(path, busy_timeout).conn


@dataclass(frozen=True)
class Opened:
    conn: sqlite3.Connection
    recovery: Recovery | None = None
    """Set when the old file was set aside (the user is told; the session resyncs)."""
    fault: str | None = None
    """Set when the cache could only be opened for reading (see :mod:`.recovery`)."""


def open_cache(path: Path, busy_timeout: float = BUSY_TIMEOUT) -> Opened:
    """Open the cache, setting a bad file aside.

    A corrupt file (or one marked by :func:`verify`) is moved aside to ``<name>.corrupt-<date>``,
    one written by a newer release to ``<name>.newer-<date>`` — never migrated down or wiped — and
    a fresh cache is built, with the unsent messages read out of the old file. A cache that
    cannot be written (a read-only disk) is opened for reading only, so what is cached can still
    be read; :class:`StoreError` only when it cannot even be read.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    marker = damaged_marker(path)
    reason: str | None = None
    if marker.exists():
        reason = "damaged"
        log.warning("cache %s failed its integrity check last time; rebuilding", path)
    else:
        try:
            return Opened(_open_and_migrate(path, busy_timeout))
        except NewerSchemaError as exc:
            reason = "newer"
            log.warning("%s; setting it aside and rebuilding", exc)
        except sqlite3.DatabaseError as exc:
            fault = classify(exc)
            if fault != CORRUPT:
                return _open_read_only(path, busy_timeout, fault or UNWRITABLE, exc)
            reason = "corrupt"
            log.warning("cache %s is unusable (%s); rebuilding", path, exc)
    aside = move_aside(path, "newer" if reason == "newer" else "corrupt")
    marker.unlink(missing_ok=True)
    salvage = salvage_outbox(aside)
    conn = _open_and_migrate(path, busy_timeout)
    restored = restore_outbox(conn, salvage.rows) if salvage.rows else 0
    log.warning("cache moved to %s; %d unsent messages kept, %s lost", aside, restored, salvage.lost)
    return Opened(conn, Recovery(reason, aside, restored, salvage.lost))


def _open_read_only(path: Path, busy_timeout: float, fault: str, error: Exception) -> Opened:
    """The cache for reading only (a read-only disk cannot hold SQLite's lock file, so the file is
    read as it is, immutable). Only a cache at this release's schema: migrating means writing."""
    log.warning("cache %s cannot be written (%s); opening it for reading only", path, error)
    if not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)):
        fault = READ_ONLY  # SQLite says only that it cannot open its lock file
    if not path.exists():
        raise StoreError(_CANNOT_CREATE.format(path=path.parent)) from error
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?immutable=1",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=busy_timeout,
        )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(_CANNOT_CREATE.format(path=path.parent)) from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise StoreError(_CANNOT_CREATE.format(path=path.parent)) from error
    return Opened(conn, fault=fault)


_CANNOT_CREATE = "Messenger cannot save to disk: the folder {path} cannot be written."


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
        self.recovery: Recovery | None = None
        """What was done to open the cache (a bad file set aside), for the user to be told."""
        self.fault: str | None = None
        """The cache's trouble now: "full", "read-only", "unwritable" (until a trial write of
        :data:`PROBE_BYTES` works: a byte that fits proves nothing) or "corrupt" (until the next
        start rebuilds it); None when all is well."""
        self.probe_interval = PROBE_INTERVAL
        self._read_only = False
        self._fault_listeners: list[Callable[[str | None], None]] = []
        self._probe_task: asyncio.Task[None] | None = None

    async def open(self) -> None:
        loop = asyncio.get_running_loop()
        opened = await loop.run_in_executor(self._executor, open_cache, self.path, self._busy_timeout)
        self._conn, self.recovery, self._read_only = opened.conn, opened.recovery, opened.fault is not None
        if opened.fault is not None:
            self._set_fault(opened.fault)

    def open_blocking(self) -> None:
        """For command-line tools and tests that have no event loop."""
        opened = self._executor.submit(open_cache, self.path, self._busy_timeout).result()
        self._conn, self.recovery, self._read_only = opened.conn, opened.recovery, opened.fault is not None

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """Run ``fn(conn, *args)`` on the writer thread. A disk or file fault it meets is reported
        (see :meth:`report`) and raised."""
        conn = self._require()
        loop = asyncio.get_running_loop()

        try:
            return await loop.run_in_executor(self._executor, lambda: fn(conn, *args))
        except sqlite3.Error as exc:
            self.report(exc)
            raise

    def run_blocking(self, fn: Callable[..., T], *args: object) -> T:
        conn = self._require()
        return self._executor.submit(lambda: fn(conn, *args)).result()

    async def verify(self) -> bool:
        """See :func:`verify`; a damaged cache is a fault from then on (rebuilt on the next start)."""
        healthy = await self.run(verify, self.path)
        if not healthy:
            self._set_fault(CORRUPT)
        return healthy

    # -- faults: a full or read-only disk, a damaged file ---------------------------------------------

    def subscribe_faults(self, listener: Callable[[str | None], None]) -> Callable[[], None]:
        """``listener(fault)`` on the event loop whenever :attr:`fault` changes."""
        self._fault_listeners.append(listener)
        return lambda: self._fault_listeners.remove(listener)

    def report(self, error: BaseException) -> str | None:
        """Take note of an error met while using the cache (here or in the ingest process); returns
        the fault it means. A damaged page marks the cache for rebuilding on the next start."""
        fault = classify(error)
        if fault == CORRUPT and self.fault != CORRUPT:
            log.warning("cache %s is damaged (%s); it is rebuilt on the next start", self.path, error)
            with contextlib.suppress(OSError):
                damaged_marker(self.path).touch()
        if fault is not None:
            self._set_fault(fault)
        return fault

    def _set_fault(self, fault: str | None) -> None:
        if fault == self.fault or self.fault == CORRUPT:
            return  # a damaged cache stays so until it is rebuilt
        if fault == UNWRITABLE and self.fault in WRITE_FAULTS:
            return  # the vaguer word for what is already known
        self.fault = fault
        log.warning("cache %s: %s", self.path, fault or "writable again")
        if fault in WRITE_FAULTS and (self._probe_task is None or self._probe_task.done()):
            self._probe_task = asyncio.get_running_loop().create_task(self._probe(), name="cache-probe")
        for listener in list(self._fault_listeners):
            try:
                listener(fault)
            except Exception:
                log.exception("fault listener failed")

    async def _probe(self) -> None:
        """Try a write now and then until one works (space freed, the disk writable again):
        then the fault ends, and whatever waits for it (the outbox, the next sync) carries on."""
        loop = asyncio.get_running_loop()
        while self.fault in WRITE_FAULTS:
            await asyncio.sleep(self.probe_interval)
            try:
                await loop.run_in_executor(self._executor, self._try_write)
            except (sqlite3.Error, OSError, StoreError) as exc:
                log.debug("cache still cannot be written: %s", exc)
                continue
            self._set_fault(None)

    def _try_write(self) -> None:
        """On the writer thread. A cache opened for reading only is opened again for writing."""
        if self._read_only:
            opened = open_cache(self.path, self._busy_timeout)
            if opened.fault is not None:
                opened.conn.close()
                raise StoreError(f"still {opened.fault}")
            old, self._conn, self._read_only = self._require(), opened.conn, False
            old.close()
        conn = self._require()
        with transaction(conn):  # room for a large message or a sync answer, not just a byte
            set_meta(conn, "write_check", "." * PROBE_BYTES)
        set_meta(conn, "write_check", None)

    def _require(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("the cache is not open")
        return self._conn

    async def close(self) -> None:
        probe, self._probe_task = self._probe_task, None
        if probe is not None:
            probe.cancel()
            await asyncio.gather(probe, return_exceptions=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self.close_blocking)

    def close_blocking(self) -> None:
        if self._probe_task is not None:
            self._probe_task.cancel()
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
        if exc_type is None:
            self._conn.execute("COMMIT")
        elif self._conn.in_transaction:  # a full disk (SQLITE_FULL) has rolled it back already
            self._conn.execute("ROLLBACK")


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
