from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from messenger_desktop.store.database import NewerSchemaError, connect, get_meta, set_meta, verify
from messenger_desktop.store.schema import SCHEMA_VERSION


def test_new_database_is_created_at_the_current_schema_in_wal_mode(tmp_path: Path) -> None:
    conn = connect(tmp_path / "cache.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    set_meta(conn, "next_batch", "s42")
    conn.close()
    assert get_meta(connect(tmp_path / "c.db"), "next_batch") == "s42"


def test_older_schema_is_migrated_forward(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    sqlite3.connect(path).close()  # an empty database: user_version 0
    assert connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_database_from_a_newer_release_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE future (x)")
    raw.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        connect(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_corrupt_file_is_moved_aside_and_an_empty_cache_built(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    path.write_bytes(b"this is not a database at all" * 200)
    conn = connect(path)
    assert get_meta(conn, "next_batch") is None
    aside = list(tmp_path.glob("c.db.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not a database")


def test_database_with_damaged_pages_is_marked_and_rebuilt_on_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    conn = connect(path)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [(f"k{i}", "v" * 500) for i in range(500)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert verify(conn, path)
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data), 4096):  # scribble over every page after the first few
        data[offset + 16 : offset + 200] = b"\xff" * 184
    path.write_bytes(bytes(data))
    conn = connect(path)
    assert not verify(conn, path)
    conn.close()
    conn = connect(path)  # the next start
    assert get_meta(conn, "k1") is None
    assert list(tmp_path.glob("c.db.corrupt-*"))
    assert not (tmp_path / "c.db.damaged").exists()
    assert verify(conn, path)
