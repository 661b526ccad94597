"""Large syncs go through the worker process; the cache must end up the same as the thread path's."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import orjson

from messenger_desktop.api import UserId
from messenger_desktop.session.ingest_worker import SyncIngestor, ingest_bytes
from messenger_desktop.store.database import Database, get_meta
from messenger_desktop.store.summaries import load_summaries
from messenger_desktop.store.timeline import load_page
from tests.support.sync_builder import ME, joined, member, message, state, sync


def recorded_sync() -> bytes:
    rooms = {
        f"!room{i}:hs": joined(
            [message(f"r{i} m{j}", ts=i * 100 + j) for j in range(30)] + ["broken event"],
            [member(ME, "Me"), member("@bob:hs", "Bob"), state("m.room.name", {"name": f"Room {i}"})],
            unread=i,
        )
        for i in range(40)
    }
    rooms["bad room id"] = joined([message("lost")])
    return orjson.dumps(sync("s-big", rooms))


async def ingest_with(
    tmp_path: Path, body: bytes, threshold: int
) -> tuple[list[object], list[list[str]], str | None, int]:
    db = Database(tmp_path / f"c{threshold}.db")
    await db.open()
    ingestor = SyncIngestor(db, UserId(ME), threshold=threshold)
    try:
        result = await ingestor.ingest(body)
        summaries = await db.run(load_summaries)
        pages = [
            [r.content.get("body", r.problem) for r in (await db.run(load_page, s.room_id, None, 50)).rows]
            for s in summaries
        ]
        token = await db.run(get_meta, "next_batch")
        return list(summaries), pages, token, len(result.problems)
    finally:
        ingestor.close()
        await db.close()


def test_worker_process_and_writer_thread_store_the_same(tmp_path: Path) -> None:
    body = recorded_sync()
    in_process = asyncio.run(ingest_with(tmp_path, body, threshold=0))
    in_thread = asyncio.run(ingest_with(tmp_path, body, threshold=1 << 40))
    assert in_process == in_thread
    summaries, pages, token, problems = in_process
    assert token == "s-big"
    assert len(summaries) == 40
    assert problems == 1  # the room with an invalid id
    assert pages[0][0] == "event is a str, not an object"  # the broken event is a placeholder row


def _alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


def test_the_worker_process_is_let_go_when_idle_and_comes_back_for_the_next_large_sync(
    tmp_path: Path,
) -> None:
    """After a first sync the worker holds about 100 MB nobody needs: it goes once idle, and a
    later large body (a catch-up after sleep) is ingested by a new one, stored the same."""
    body = recorded_sync()

    async def run() -> tuple[bool, bool, int, int | None]:
        db = Database(tmp_path / "c.db")
        await db.open()
        ingestor = SyncIngestor(db, UserId(ME), threshold=0, idle_release=0.2)
        try:
            await ingestor.ingest(body)
            pid = next(iter(ingestor._pool._processes)) if ingestor._pool else None
            running_after_job = ingestor.worker_running
            for _ in range(100):  # let go after 0.2 s; the process then exits and is reaped
                await asyncio.sleep(0.1)
                if not ingestor.worker_running and pid is not None and not _alive(pid):
                    break
            let_go = not ingestor.worker_running
            gone = pid is not None and not _alive(pid)
            await ingestor.ingest(body)  # a large one again: a new worker
            rows = len(await db.run(load_summaries))
            return running_after_job, let_go and gone, rows, pid
        finally:
            ingestor.close()
            await db.close()

    running_after_job, let_go, rows, pid = asyncio.run(run())
    assert pid is not None
    assert running_after_job
    assert let_go, "the idle worker process is still there"
    assert rows == 40


def slow_ingest(conn: sqlite3.Connection, body: bytes, own_user: UserId) -> object:
    """A large catch-up that takes a while (module-level: the worker imports it by name); it says
    when it has started by leaving a file beside the cache."""
    path = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    path.with_suffix(".started").touch()
    time.sleep(3)
    return ingest_bytes(conn, body, own_user)


def test_letting_the_worker_go_without_waiting_leaves_its_large_sync_to_finish_on_its_own(
    tmp_path: Path,
) -> None:
    """Switching sync loops during a large catch-up: the UI thread lets the old worker go at once
    (it does not wait for the job), and the job still commits what it was storing."""
    body = recorded_sync()

    async def run() -> tuple[int, int]:
        db = Database(tmp_path / "c.db")
        await db.open()
        ingestor = SyncIngestor(db, UserId(ME), threshold=0, ingest=slow_ingest)
        try:
            job = asyncio.ensure_future(ingestor.ingest(body))
            started = tmp_path / "c.started"
            for _ in range(300):
                if started.exists():
                    break
                await asyncio.sleep(0.05)
            assert started.exists(), "the worker never started the job"
            job.cancel()  # the loop that asked for it is gone
            ingestor.close(wait=False)
            rows_when_let_go = len(await db.run(load_summaries))  # returned while the job runs
            for _ in range(300):
                if await db.run(get_meta, "next_batch") == "s-big":
                    break
                await asyncio.sleep(0.05)
            return rows_when_let_go, len(await db.run(load_summaries))
        finally:
            await db.close()

    rows_when_let_go, rows_in_the_end = asyncio.run(run())
    assert rows_when_let_go == 0  # close() did not wait for the job to store anything
    assert rows_in_the_end == 40  # and the job, left to itself, stored all of it
