"""When the cache file itself is the problem: telling faults apart, setting a bad file aside, and
saving the unsent messages out of it.

The cache is rebuilt from the server, but the outbox is the one thing in it the server does not
have. Rather than mirror every send into a second file (a second source of truth to reconcile, and
a second write before each message goes out), the rows are read back out of the bad file: the
outbox is a small table of its own, and SQLite can usually still read it when pages elsewhere are
damaged, or when a newer release wrote the file. What cannot be read is counted, so the user is
told instead of losing messages silently.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

log = logging.getLogger(__name__)

FULL = "full"
READ_ONLY = "read-only"
UNWRITABLE = "unwritable"
CORRUPT = "corrupt"

KEEP_ASIDE = 2
"""Bad files kept for a bug report (the newest); older ones are removed."""

MAX_SCAN = 100_000
"""Row ids tried one by one when the outbox cannot be read in one go."""

_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_CORRUPT_WORDS = ("malformed", "not a database", "database corruption")


@dataclass(frozen=True)
class Recovery:
    """What happened to the cache at start: the user is told in one sentence."""

    reason: str
    """"corrupt" (the file could not be read), "damaged" (a page check failed last run) or
    "newer" (a newer release wrote it)."""
    aside: Path
    """Where the old file was kept."""
    salvaged: int = 0
    """Unsent messages read out of the old file and queued again."""
    lost: int | None = 0
    """Unsent messages that could not be read; None when not even that could be told."""


def classify(error: BaseException) -> str | None:
    """The fault a SQLite error means for the user (None: not a disk or file problem).

    Errors from the ingest process arrive pickled, without their code, hence the words too."""
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary in _CORRUPT_CODES or any(word in text for word in _CORRUPT_WORDS):
        return CORRUPT
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return FULL
    if primary == sqlite3.SQLITE_READONLY or "readonly database" in text:
        return READ_ONLY
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or "disk i/o error" in text:
        return UNWRITABLE
    return None


def move_aside(path: Path, kind: str) -> Path:
    """Rename the cache (and its ``-wal``/``-shm``) to ``<name>.<kind>-<date>``, keeping only the
    newest :data:`KEEP_ASIDE` of that kind."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{kind}-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.{kind}-{stamp}.{number}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    if path.exists():
        path.replace(aside)
    _prune(path, kind)
    return aside


def _prune(path: Path, kind: str) -> None:
    kept = sorted(
        (p for p in path.parent.glob(f"{path.name}.{kind}-*") if not p.name.endswith(("-wal", "-shm"))),
        key=lambda p: p.stat().st_mtime_ns,
        reverse=True,
    )
    for old in kept[KEEP_ASIDE:]:
        for suffix in ("", "-wal", "-shm"):
            old.with_name(old.name + suffix).unlink(missing_ok=True)


# -- reading the outbox of a bad file ---------------------------------------------------------------

_REQUIRED = ("txn_id", "room_id", "event_type", "content", "created_ts")
_OPTIONAL = ("state", "attempts", "error", "event_id", "attachment")


@dataclass(frozen=True)
class Salvage:
    rows: tuple[dict[str, Any], ...]
    lost: int | None


def salvage_outbox(path: Path) -> Salvage:
    """The unsent messages readable in the file at ``path`` (opened read-only, never changed).

    Only columns this release knows are read, so a newer release's outbox works too. Items the
    server already accepted (``sent``, with an event id) are left out: they are not unsent."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        log.warning("the outbox of %s cannot be opened: %s", path, exc)
        return Salvage((), None)
    try:
        # A file cut short is refused as a whole unless SQLite is told to look anyway: the pages
        # that are there can still be read (the connection is read-only, nothing is written).
        conn.execute("PRAGMA writable_schema=ON")
        return _salvage(conn)
    except sqlite3.Error as exc:
        log.warning("the outbox of %s cannot be read: %s", path, exc)
        return Salvage((), None)
    finally:
        conn.close()


def _salvage(conn: sqlite3.Connection) -> Salvage:
    try:
        known = {row[1] for row in conn.execute("PRAGMA table_info(outbox)")}
    except sqlite3.Error as exc:
        log.warning("the outbox's columns cannot be read: %s", exc)
        return Salvage((), None)
    if not known:
        return Salvage((), None)  # no outbox table to be seen: whether it held anything is unknown
    if not set(_REQUIRED) <= known:
        log.warning("the outbox has none of the columns this release needs: %s", sorted(known))
        return Salvage((), _count(conn))
    columns = [*_REQUIRED, *(c for c in _OPTIONAL if c in known)]
    select = f"SELECT {', '.join(columns)} FROM outbox"
    try:
        found = conn.execute(f"{select} ORDER BY rowid").fetchall()
        lost: int | None = 0
    except sqlite3.Error as exc:
        log.warning("the outbox cannot be read in one go (%s); reading it row by row", exc)
        found, lost = _row_by_row(conn, select)
    rows = [dict(zip(columns, values, strict=True)) for values in found]
    unsent = tuple(r for r in rows if _unsent(r))
    return Salvage(unsent, lost)


def _row_by_row(conn: sqlite3.Connection, select: str) -> tuple[list[tuple[Any, ...]], int | None]:
    """Every row still readable; the count of those that are not, when the table's index can say."""
    try:
        top = conn.execute("SELECT MAX(rowid) FROM outbox").fetchone()[0] or 0
    except sqlite3.Error:
        try:
            row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
            top = row[0] if row else 0
        except sqlite3.Error:
            return [], None
    found: list[tuple[Any, ...]] = []
    for rowid in range(1, min(top, MAX_SCAN) + 1):
        try:
            row = conn.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.Error:
            continue
        if row is not None:
            found.append(row)
    total = _count(conn)
    return found, None if total is None else max(total - len(found), 0)


def _count(conn: sqlite3.Connection) -> int | None:
    try:
        return int(conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])
    except sqlite3.Error:
        return None


def _unsent(row: dict[str, Any]) -> bool:
    if not all(isinstance(row[c], str) and row[c] for c in ("txn_id", "room_id", "event_type", "content")):
        return False
    if not _json_object(row["content"]) or (row.get("attachment") and not _json_object(row["attachment"])):
        return False
    return not (row.get("state") == "sent" and row.get("event_id"))


def _json_object(text: object) -> bool:
    try:
        return isinstance(text, str) and isinstance(orjson.loads(text), dict)
    except orjson.JSONDecodeError:
        return False


def restore_outbox(conn: sqlite3.Connection, rows: tuple[dict[str, Any], ...]) -> int:
    """Queue the salvaged rows again in the new cache, with their transaction ids (the server
    recognises a retry of one it already took). Failed ones stay failed, with their reason."""
    restored = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for row in rows:
            failed = row.get("state") == "failed"
            cursor = conn.execute(
                "INSERT OR IGNORE INTO outbox (txn_id, room_id, event_type, content, created_ts, state,"
                " attempts, error, attachment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row["txn_id"],
                    row["room_id"],
                    row["event_type"],
                    row["content"],
                    row["created_ts"] if isinstance(row["created_ts"], int) else 0,
                    "failed" if failed else "queued",
                    row.get("attempts") if isinstance(row.get("attempts"), int) else 0,
                    row.get("error") or "" if failed else "",
                    row.get("attachment") if isinstance(row.get("attachment"), str) else None,
                ),
            )
            restored += cursor.rowcount
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return restored
