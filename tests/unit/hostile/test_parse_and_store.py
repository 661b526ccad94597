"""Property: whatever a server sends, parsing never raises and storing never fails.

Arbitrary events and whole ``/sync`` bodies (tests/support/hostile/syncs.py) go through the
app's real path: bytes → :func:`parse_sync` → :func:`ingest_sync` into a real profile cache →
the pages, summaries and member names the UI reads back. A refused envelope (no ``next_batch``)
is the only error allowed; everything else is stored, malformed events as placeholders.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from messenger_desktop.api.errors import BadResponse
from messenger_desktop.api.events import MAX_TS, EventKind, RoomEvent, parse_event
from messenger_desktop.api.sync import parse_sync
from messenger_desktop.store.database import get_meta
from messenger_desktop.store.summaries import load_archived, load_summaries
from messenger_desktop.store.timeline import load_page, member_names
from tests.support.hostile.events import state_events, timeline_events
from tests.support.hostile.pipeline import fresh_cache, ingest_body
from tests.support.hostile.syncs import sync_bodies
from tests.support.hostile.values import ROOMS, json_bytes, json_values, lenient_value
from tests.support.hypothesis_profiles import timeout

pytestmark = pytest.mark.timeout(timeout(120))


def _check_event(event: RoomEvent) -> None:
    assert isinstance(event.event_id, str) and isinstance(event.sender, str) and isinstance(event.type, str)
    assert isinstance(event.ts, int) and 0 <= event.ts <= MAX_TS
    assert isinstance(event.content, dict)
    assert (event.kind is EventKind.BAD) == bool(event.problem)
    if event.kind is not EventKind.BAD:
        assert event.event_id.startswith("$") and event.sender.startswith("@")
        assert event.state_key is None or isinstance(event.state_key, str)


@given(st.one_of(timeline_events(), state_events(), json_values))
def test_any_event_parses_to_a_typed_event_or_a_placeholder(raw: Any) -> None:
    _check_event(parse_event(lenient_value(raw), "!r1:hs"))


@given(sync_bodies)
def test_any_sync_body_parses_unless_its_envelope_is_unusable(body: dict[str, Any]) -> None:
    wire = json_bytes(body)
    usable = isinstance(body.get("next_batch"), str)
    try:
        sync = parse_sync(wire)
    except BadResponse:
        assert not usable
        return
    assert usable and sync.next_batch == body["next_batch"]
    for room in sync.joined:
        assert room.room_id.startswith("!")
        for event in (*room.state, *room.timeline):
            _check_event(event)
    for invite in sync.invited:
        assert all(isinstance(e, dict) for e in invite.state)


def _read_everything(conn: sqlite3.Connection) -> None:
    """What the UI reads from the cache, for every room it has."""
    summaries = [*load_summaries(conn), *load_archived(conn)]
    for summary in summaries:
        assert isinstance(summary.name, str)
    rooms = {s.room_id for s in summaries} | set(ROOMS)
    for room_id in rooms:
        page = load_page(conn, room_id, limit=200)
        for row in page.rows:
            assert isinstance(row.content, dict) and isinstance(row.type, str)
        names = member_names(conn, room_id)
        assert all(isinstance(n, str) and n for n in names.values())


@given(st.lists(sync_bodies, min_size=1, max_size=3))
def test_any_syncs_are_stored_and_read_back(bodies: list[dict[str, Any]]) -> None:
    with fresh_cache() as conn:
        token = None
        for body in bodies:
            wire = json_bytes(body)
            result = ingest_body(conn, wire)
            if result is None:
                continue
            token = result.next_batch
            # every timeline event with an id is stored (in its room, or the room that had it first)
            sync = parse_sync(wire)
            wanted = {e.event_id for r in sync.joined for e in r.timeline if e.event_id}
            stored = {r[0] for r in conn.execute("SELECT event_id FROM events")}
            assert wanted <= stored
        assert get_meta(conn, "next_batch") == token
        _read_everything(conn)
