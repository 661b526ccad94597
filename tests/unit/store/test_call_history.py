"""Calls in the cache: each invite's page brings the whole call, and the conversation list says
what happened ("Missed voice call") instead of the last event's noise."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from messenger_desktop.api import RoomId
from messenger_desktop.store.call_history import load_calls
from messenger_desktop.store.schema import MIGRATIONS
from messenger_desktop.store.summaries import load_summary
from messenger_desktop.store.timeline import load_page
from tests.support.sync_builder import ME, event_id, joined, message, redaction, sync
from tests.unit.calls.builders import AUDIO_SDP, HOST_CANDIDATE, VIDEO_SDP
from tests.unit.store.conftest import ingest

ROOM = RoomId("!r:hs")
BOB = "@bob:hs"
_batches = iter(range(10_000))


def feed(conn: sqlite3.Connection, *events: dict[str, Any]) -> None:
    ingest(conn, sync(f"s{next(_batches)}", {ROOM: joined(list(events))}))


def call_event(kind: str, sender: str, ts: int, call_id: str = "c1", **content: Any) -> dict[str, Any]:
    party = "BOBPHONE" if sender == BOB else "MYDESK"
    return {
        "type": f"m.call.{kind}",
        "event_id": event_id(),
        "sender": sender,
        "origin_server_ts": ts,
        "content": {"call_id": call_id, "party_id": party, "version": "1", **content},
    }


def invite(ts: int, sender: str = BOB, call_id: str = "c1", *, video: bool = False) -> dict[str, Any]:
    offer = {"type": "offer", "sdp": VIDEO_SDP if video else AUDIO_SDP}
    return call_event("invite", sender, ts, call_id, offer=offer, lifetime=60_000)


def answer(ts: int, sender: str = ME) -> dict[str, Any]:
    return call_event("answer", sender, ts, answer={"type": "answer", "sdp": AUDIO_SDP})


def hangup(ts: int, sender: str = BOB, call_id: str = "c1") -> dict[str, Any]:
    return call_event("hangup", sender, ts, call_id, reason="user_hangup")


def candidates(ts: int, sender: str = BOB) -> dict[str, Any]:
    return call_event("candidates", sender, ts, candidates=[HOST_CANDIDATE])


def preview(conn: sqlite3.Connection) -> tuple[str, str]:
    summary = load_summary(conn, ROOM)
    assert summary is not None
    return summary.last_sender, summary.last_body


def test_a_page_brings_every_event_of_its_invites_calls_however_far_apart(conn: sqlite3.Connection) -> None:
    start = invite(1_000)
    feed(conn, message("before", ts=500), start, candidates(1_100))
    feed(conn, *[message(f"chat {n}", ts=2_000 + n) for n in range(60)])
    feed(conn, answer(70_000), candidates(70_001), hangup(135_000, sender=ME))

    newest = load_page(conn, ROOM, limit=50)
    assert newest.calls == {}  # the invite is further back
    older = load_page(conn, ROOM, before=newest.rows[-1].order, limit=50)
    assert [r.event_id for r in older.rows][-2] == start["event_id"]
    call = older.calls["c1"]
    assert [r.type for r in call] == ["m.call.invite", "m.call.answer", "m.call.hangup"]


def test_calls_are_kept_apart_by_call_id_and_redacted_events_stop_counting(conn: sqlite3.Connection) -> None:
    end = hangup(9_000, call_id="c2")
    feed(conn, invite(1_000), invite(2_000, call_id="c2"), hangup(3_000), end)
    found = load_calls(conn, ROOM, ["c1", "c2", "nonexistent", "bad id!"])
    assert {c: len(rows) for c, rows in found.items()} == {"c1": 2, "c2": 2}
    feed(conn, redaction(end, sender=BOB))
    assert len(load_calls(conn, ROOM, ["c2"])["c2"]) == 1


def test_the_list_says_what_happened_to_the_latest_call(conn: sqlite3.Connection) -> None:
    feed(conn, message("are you there?", ts=1_000), invite(2_000), candidates(2_100))
    assert preview(conn) == (BOB, "Missed voice call")  # long expired: history, not a ringing phone
    feed(conn, candidates(3_000))  # noise never replaces the line
    assert preview(conn) == (BOB, "Missed voice call")
    feed(conn, message("call me back", ts=4_000))
    assert preview(conn) == (BOB, "call me back")
    feed(conn, invite(5_000, sender=ME, call_id="c2", video=True))
    feed(conn, call_event("answer", BOB, 6_000, "c2", answer={"sdp": AUDIO_SDP}))
    feed(conn, hangup(66_000, call_id="c2"))
    assert preview(conn) == (ME, "Video call · 1:00")


def test_a_call_ringing_now_reads_as_incoming_until_it_ends(conn: sqlite3.Connection) -> None:
    now = int(time.time() * 1000)
    feed(conn, invite(now))
    assert preview(conn) == (BOB, "Incoming voice call")
    feed(conn, call_event("reject", ME, now + 2_000))
    assert preview(conn) == (BOB, "Declined voice call")


def test_a_hangup_whose_invite_is_not_cached_keeps_the_earlier_preview(conn: sqlite3.Connection) -> None:
    feed(conn, message("hello", ts=1_000))
    feed(conn, message("still here", ts=2_000), hangup(3_000, call_id="older"))
    assert preview(conn) == (BOB, "still here")


def test_hostile_call_content_never_breaks_a_sync_or_the_preview(conn: sqlite3.Connection) -> None:
    feed(conn, message("fine", ts=1_000))
    broken: list[dict[str, Any]] = [
        call_event("invite", BOB, 2_000, offer="not an object", lifetime=-1),
        call_event("hangup", BOB, 2_001, call_id=7),  # type: ignore[arg-type]
        call_event("hangup", BOB, 2_002, call_id="x" * 300),
        call_event("answer", BOB, 2_003, call_id="no spaces allowed"),
        {
            "type": "m.call.invite",
            "event_id": event_id(),
            "sender": BOB,
            "origin_server_ts": 2_004,
            "content": [],
        },
        {**invite(2_005, call_id="c9"), "content": {"call_id": {"$gt": ""}, "offer": {"sdp": AUDIO_SDP}}},
    ]
    feed(conn, *broken)
    assert preview(conn) == (BOB, "fine")
    page = load_page(conn, ROOM, limit=50)
    assert len(page.rows) == 1 + len(broken)
    assert list(page.calls) == ["c1"]  # only the broken invite's own call id is well-formed


def test_the_call_index_serves_the_lookup(conn: sqlite3.Connection) -> None:
    assert "events_calls" in MIGRATIONS[3][0]
    plan = " ".join(
        str(row)
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT event_id FROM events WHERE room_id = ? AND type GLOB 'm.call.*'"
            " AND (CASE WHEN json_valid(json) THEN json_extract(json, '$.content.call_id') END) IN (?)",
            (ROOM, "c1"),
        )
    )
    assert "events_calls" in plan
