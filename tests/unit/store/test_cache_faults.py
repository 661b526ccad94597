"""A broken cache or disk (issue 8, faults survived): a corrupt, cut-short, damaged or newer cache is
set aside and rebuilt with its unsent messages read out of it; a full or read-only disk is a fault
the store reports and gets over by itself. Faults are produced for real: bytes scribbled over the
file, a tmpfs filled or remounted read-only, SQLite's own page limit."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.api.ids import RoomId, TxnId
from messenger_desktop.session.outbox import Outbox
from messenger_desktop.store import outbox as rows
from messenger_desktop.store.database import (
    Database,
    damaged_marker,
    get_meta,
    open_cache,
    set_meta,
    verify,
)
from messenger_desktop.store.recovery import CORRUPT, FULL, READ_ONLY, classify, move_aside
from messenger_desktop.store.schema import SCHEMA_VERSION
from tests.support.small_disk import SmallDisk, small_disk

ROOM = RoomId("!r:hs")


def _cache_with_outbox(path: Path, events: int = 0) -> None:
    """A cache holding three queued messages, one already on the server, one failed, then
    ``events`` filler rows (later pages of the file)."""
    conn = open_cache(path).conn
    for n in range(3):
        rows.enqueue(conn, TxnId(f"t{n}"), ROOM, "m.room.message", {"body": f"unsent {n}"}, n)
    rows.enqueue(conn, TxnId("done"), ROOM, "m.room.message", {"body": "on the server"}, 9)
    rows.update(conn, TxnId("done"), rows.SENT)
    conn.execute("UPDATE outbox SET event_id = '$e' WHERE txn_id = 'done'")
    rows.enqueue(conn, TxnId("bad"), ROOM, "m.room.message", {"body": "refused"}, 10)
    rows.update(conn, TxnId("bad"), rows.FAILED, 1, "Not sent: you are not allowed")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [(f"filler{i}", "x" * 800) for i in range(events)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _outbox(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return [(i.txn_id, i.state, i.error) for i in rows.load(conn)]


SALVAGED = [
    ("t0", "queued", ""),
    ("t1", "queued", ""),
    ("t2", "queued", ""),
    ("bad", "failed", "Not sent: you are not allowed"),
]


# -- a bad file at start -------------------------------------------------------------------------------


def test_garbage_is_set_aside_and_nobody_pretends_to_know_about_unsent_messages(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    opened = open_cache(path)
    assert opened.recovery is not None
    assert (opened.recovery.reason, opened.recovery.salvaged, opened.recovery.lost) == ("corrupt", 0, None)
    assert opened.recovery.aside.name.startswith("cache.sqlite3.corrupt-")
    assert opened.recovery.aside.read_bytes().startswith(b"this is not a database")
    assert opened.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_file_cut_short_is_caught_at_start_and_its_outbox_saved(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    _cache_with_outbox(path, events=2000)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # the disk gave up half-way through a copy
    opened = open_cache(path)
    assert opened.recovery is not None and opened.recovery.reason == "corrupt"
    assert _outbox(opened.conn) == SALVAGED
    assert (opened.recovery.salvaged, opened.recovery.lost) == (4, 0)
    assert get_meta(opened.conn, "filler1") is None  # the rest comes again from the server


def test_damaged_pages_found_by_the_check_are_rebuilt_next_start_with_the_outbox(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    _cache_with_outbox(path, events=500)
    conn = open_cache(path).conn
    filler = [
        p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'meta' AND pagetype = 'leaf'")
    ]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in filler:  # the rows of one table rot; the file still opens
        offset = 4096 * (page - 1)
        data[offset + 16 : offset + 200] = b"\xff" * 184
    path.write_bytes(bytes(data))
    conn = open_cache(path).conn
    assert not verify(conn, path)
    conn.close()
    opened = open_cache(path)  # the next start
    assert opened.recovery is not None and opened.recovery.reason == "damaged"
    assert _outbox(opened.conn) == SALVAGED
    assert not damaged_marker(path).exists()


def test_an_outbox_with_damaged_pages_is_read_row_by_row_and_the_rest_counted(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    conn = open_cache(path).conn
    for n in range(60):  # enough rows for several pages of their own
        rows.enqueue(conn, TxnId(f"t{n:02d}"), ROOM, "m.room.message", {"body": "x" * 300}, n)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [
        p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'outbox' AND pagetype = 'leaf'")
    ]
    conn.close()
    assert len(pages) >= 3
    data = bytearray(path.read_bytes())
    offset = 4096 * (pages[1] - 1)
    data[offset : offset + 4096] = b"\xa5" * 4096  # one leaf of the table is gone
    path.write_bytes(bytes(data))
    damaged_marker(path).touch()
    opened = open_cache(path)
    recovery = opened.recovery
    assert recovery is not None
    kept = [i.txn_id for i in rows.load(opened.conn)]
    assert 0 < len(kept) < 60 and kept == sorted(kept)
    assert recovery.salvaged == len(kept)
    assert recovery.lost == 60 - len(kept)  # the index still knew how many there were


def test_a_newer_release_cache_is_kept_whole_and_its_outbox_read_by_the_columns_known(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    _cache_with_outbox(path)
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 7")
    raw.execute("CREATE TABLE from_the_future (x)")
    raw.execute(f"PRAGMA user_version={SCHEMA_VERSION + 3}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    opened = open_cache(path)
    assert opened.recovery is not None and opened.recovery.reason == "newer"
    assert opened.recovery.aside.name.startswith("cache.sqlite3.newer-")
    assert opened.recovery.aside.read_bytes() == before  # never migrated down, never wiped
    assert _outbox(opened.conn) == SALVAGED
    assert opened.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_only_the_newest_two_bad_files_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    for n in range(4):
        path.write_bytes(b"garbage %d" % n)
        move_aside(path, "corrupt")
    kept = sorted(p.read_bytes() for p in tmp_path.glob("cache.sqlite3.corrupt-*"))
    assert kept == [b"garbage 2", b"garbage 3"]


# -- a malformed page met by a query while running ----------------------------------------------------


def test_a_malformed_page_met_by_a_query_marks_the_cache_and_is_a_fault(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    conn = open_cache(path).conn
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [(f"k{i}", "v" * 900) for i in range(300)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()

    async def scenario() -> None:
        db = Database(path)
        await db.open()
        faults: list[str | None] = []
        db.subscribe_faults(faults.append)
        data = bytearray(path.read_bytes())  # the disk rots under the running app
        for offset in range(4096 * 12, len(data), 4096):
            data[offset : offset + 100] = b"\x00\xff" * 50
        path.write_bytes(bytes(data))
        with pytest.raises(sqlite3.DatabaseError) as caught:
            await db.run(lambda c: c.execute("SELECT COUNT(*), MAX(value) FROM meta").fetchone())
        assert classify(caught.value) == CORRUPT
        assert faults == [CORRUPT] and db.fault == CORRUPT
        assert damaged_marker(path).exists()  # the next start rebuilds it
        await db.close()

    asyncio.run(scenario())


# -- a full disk ------------------------------------------------------------------------------------


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


class _NoNetwork:
    """The outbox here is never told to send (the session would, after its first sync)."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"nothing should reach the network ({name})")


def test_a_full_disk_refuses_a_message_visibly_and_saves_it_once_there_is_space(disk: SmallDisk) -> None:
    async def scenario() -> None:
        db = Database(disk.path / "cache.sqlite3")
        db.probe_interval = 0.1
        await db.open()
        faults: list[str | None] = []
        db.subscribe_faults(faults.append)
        changes: list[Any] = []
        box = Outbox(_NoNetwork(), db, changes.append)  # type: ignore[arg-type]
        disk.fill()
        item = box.submit(ROOM, "m.room.message", {"body": "big news " + "x" * 20_000})
        await box.wait_idle()
        shown = [o for c in changes for o in c.outbox if o.txn_id == item.txn_id]
        assert shown[-1].state == rows.FAILED
        assert "disk is full" in shown[-1].error  # never shown as on its way
        assert faults == [FULL] and await db.run(rows.load) == []

        disk.free()
        for _ in range(100):
            if await db.run(rows.load):
                break
            await asyncio.sleep(0.05)
        saved = await db.run(rows.load)
        assert [(i.txn_id, i.state) for i in saved] == [(item.txn_id, rows.QUEUED)]
        assert faults == [FULL, None] and db.fault is None
        await box.close()
        await db.close()

    asyncio.run(scenario())


def test_sqlite_page_limit_is_the_same_full_disk(tmp_path: Path) -> None:
    async def scenario() -> None:
        db = Database(tmp_path / "cache.sqlite3")
        db.probe_interval = 0.05
        await db.open()
        pages = await db.run(lambda c: c.execute("PRAGMA page_count").fetchone()[0])
        await db.run(lambda c: c.execute(f"PRAGMA max_page_count={pages}"))
        with pytest.raises(sqlite3.OperationalError, match="full"):
            await db.run(set_meta, "big", "x" * 100_000)
        assert db.fault == FULL
        await db.run(set_meta, "small", "x")  # a byte that fits proves nothing
        await asyncio.sleep(0.2)
        assert db.fault == FULL
        await db.run(lambda c: c.execute("PRAGMA max_page_count=1000000"))
        for _ in range(100):  # the trial write works now, and ends the fault
            if db.fault is None:
                break
            await asyncio.sleep(0.05)
        assert db.fault is None
        await db.run(set_meta, "big", "x" * 100_000)
        await db.close()

    asyncio.run(scenario())


# -- a read-only disk ---------------------------------------------------------------------------------


def test_a_read_only_disk_still_shows_the_cache_and_recovers_when_writable(disk: SmallDisk) -> None:
    path = disk.path / "cache.sqlite3"
    conn = open_cache(path).conn
    set_meta(conn, "next_batch", "s42")
    conn.close()
    disk.read_only()

    async def scenario() -> None:
        db = Database(path)
        db.probe_interval = 0.1
        await db.open()
        assert db.fault == READ_ONLY
        assert await db.run(get_meta, "next_batch") == "s42"  # what is cached can be read
        with pytest.raises(sqlite3.OperationalError):
            await db.run(set_meta, "next_batch", "s43")
        assert db.fault == READ_ONLY
        disk.read_only(False)
        for _ in range(100):
            if db.fault is None:
                break
            await asyncio.sleep(0.05)
        assert db.fault is None
        await db.run(set_meta, "next_batch", "s43")
        assert await db.run(get_meta, "next_batch") == "s43"
        await db.close()

    try:
        asyncio.run(scenario())
    finally:
        disk.read_only(False)
    assert not list(disk.path.glob("*.corrupt-*"))  # a read-only disk is not a broken cache
