from __future__ import annotations

import sqlite3
from pathlib import Path

from messenger_desktop.store.database import connect, get_meta, open_cache, set_meta, verify
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


def test_database_from_a_newer_release_is_set_aside_untouched_and_a_fresh_one_built(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE future (x)")
    raw.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    opened = open_cache(path)
    assert opened.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert opened.recovery is not None and opened.recovery.reason == "newer"
    assert opened.recovery.aside.read_bytes() == before  # never migrated down or wiped
    assert opened.recovery.aside.name.startswith("c.db.newer-")
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
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    schema_pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [(f"k{i}", "v" * 500) for i in range(500)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert verify(conn, path)
    conn.close()
    data = bytearray(path.read_bytes())
    # Scribble over every page the data took (after the schema's, so the file still opens).
    for offset in range(4096 * (schema_pages + 1), len(data), 4096):
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


def test_a_version_1_cache_migrates_and_keeps_its_data(tmp_path: Path) -> None:
    import orjson

    from messenger_desktop.store.schema import MIGRATIONS
    from messenger_desktop.store.timeline import load_page

    path = tmp_path / "v1.db"
    raw = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        raw.execute(statement)
    raw.execute("INSERT INTO meta VALUES ('next_batch', 's-old')")
    raw.execute("INSERT INTO chunks VALUES ('!r:hs', 0, NULL)")

    def event(event_id: str, pos: int, content: dict[str, object], **extra: object) -> None:
        relates = content.get("m.relates_to")
        rel_type = rel_event = None
        if isinstance(relates, dict):
            rel_type, rel_event = relates.get("rel_type"), relates.get("event_id")
            if rel_type is None and isinstance(relates.get("m.in_reply_to"), dict):
                rel_type, rel_event = "m.in_reply_to", relates["m.in_reply_to"]["event_id"]  # type: ignore[index]
        body = {
            "event_id": event_id,
            "type": "m.room.message",
            "sender": "@a:hs",
            "content": content,
            **extra,
        }
        raw.execute(
            "INSERT INTO events (event_id, room_id, chunk, pos, type, kind, sender, ts, rel_type, rel_event,"
            " json) VALUES (?, '!r:hs', 0, ?, 'm.room.message', 1, '@a:hs', ?, ?, ?, ?)",
            (event_id, pos, pos, rel_type, rel_event, orjson.dumps(body).decode()),
        )

    event("$root", 0, {"body": "root"})
    event("$reply", 1, {"body": "re", "m.relates_to": {"m.in_reply_to": {"event_id": "$root"}}})
    thread = {"rel_type": "m.thread", "event_id": "$root"}
    event("$t1", 2, {"body": "t1", "m.relates_to": {**thread, "m.in_reply_to": {"event_id": "$reply"}}})
    fallback = {**thread, "m.in_reply_to": {"event_id": "$t1"}, "is_falling_back": True}
    event("$t2", 3, {"body": "t2", "m.relates_to": fallback})
    event("$gone", 4, {}, unsigned={"redacted_because": {"type": "m.room.redaction"}})
    raw.execute("PRAGMA user_version=1")
    raw.commit()
    raw.close()

    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert get_meta(conn, "next_batch") == "s-old"
    rows = {r.event_id: r for r in load_page(conn, "!r:hs", own_user="@a:hs").rows}  # type: ignore[arg-type]
    assert len(rows) == 5
    assert (rows["$reply"].reply_to, rows["$t1"].reply_to, rows["$t2"].reply_to) == ("$root", "$reply", None)
    assert rows["$gone"].redacted and not rows["$root"].redacted
    assert conn.execute("SELECT COUNT(*) FROM receipts").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 0
    conn.close()
