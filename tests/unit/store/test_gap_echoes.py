"""A sent message whose echo fell into the gap of a limited sync is settled by the page that fills
the gap, and the caller learns which (issue 8: the screen must drop the echo then)."""

from __future__ import annotations

import sqlite3

from messenger_desktop.api import EventId, RoomId, TxnId, parse_event
from messenger_desktop.store import outbox
from messenger_desktop.store.timeline import insert_backfill, load_page
from tests.support.sync_builder import ME, joined, message, sync
from tests.unit.store.conftest import ingest

ROOM = RoomId("!r:hs")


def test_the_page_that_brings_a_sent_messages_copy_settles_it(conn: sqlite3.Connection) -> None:
    before = message("before", ts=1)
    ingest(conn, sync("s1", {ROOM: joined([before], prev_batch=None)}))
    outbox.enqueue(conn, TxnId("t1"), ROOM, "m.room.message", {"msgtype": "m.text", "body": "mine"}, 2)
    outbox.mark_sent(conn, TxnId("t1"), EventId("$mine"))  # the server took it; its echo never came
    mine = message("mine", sender=ME, ts=2, event_id="$mine", unsigned={"transaction_id": "t1"})
    newer = [message(f"newer {i}", ts=3 + i) for i in range(3)]
    ingest(conn, sync("s2", {ROOM: joined(newer, limited=True, prev_batch="gap")}))
    assert [i.state for i in outbox.load(conn)] == ["sent"]  # its copy is in the gap

    gap = load_page(conn, ROOM).gap
    assert gap is not None
    settled: dict[TxnId, EventId] = {}
    insert_backfill(conn, gap, [parse_event(mine, ROOM), parse_event(before, ROOM)], "x", (), settled)
    assert settled == {TxnId("t1"): EventId("$mine")}
    assert outbox.load(conn) == []
    page = load_page(conn, ROOM)
    assert [r.content["body"] for r in reversed(page.rows)] == [
        "before",
        "mine",
        "newer 0",
        "newer 1",
        "newer 2",
    ]
