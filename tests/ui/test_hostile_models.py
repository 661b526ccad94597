"""Property: whatever a server syncs, the list models QML draws from answer every role of every
row — the conversation list, a conversation's timeline, its member list — and every row shows
something: a message, a one-line state change or the placeholder, never an empty bubble or None.

Arbitrary ``/sync`` bodies (tests/support/hostile/syncs.py) are stored in a real profile
cache; the models read it the way the session does (first load), then take the next syncs'
changes the way the session hands them on (live updates). Rich text must be the sanitizer's
vocabulary only, and every value must cross into QML: no lone surrogate in a string, no integer
beyond what JavaScript holds, no NaN.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from messenger_desktop.api.ids import RoomId, UserId
from messenger_desktop.qt.members_model import MembersModel
from messenger_desktop.qt.rooms_model import RoomsModel
from messenger_desktop.qt.timeline_model import TimelineModel
from messenger_desktop.store.members import load_members
from messenger_desktop.store.summaries import load_summaries
from tests.support.hostile import corpus
from tests.support.hostile.model_checks import check_members, check_rooms, check_timeline, rows_of
from tests.support.hostile.pipeline import CacheSource, fresh_cache, ingest_body
from tests.support.hostile.syncs import sync_bodies
from tests.support.hostile.values import BIDI, ME, ROOMS, json_bytes
from tests.support.hypothesis_profiles import share, timeout

pytestmark = pytest.mark.timeout(timeout(150))


def _opened(loop: asyncio.AbstractEventLoop, model: TimelineModel, room: str) -> None:
    model.open(RoomId(room))
    loop.run_until_complete(asyncio.wait_for(model.wait_idle(), 60))
    check_timeline(model)


@share(0.5)
@given(st.lists(sync_bodies, min_size=1, max_size=3), st.sampled_from(ROOMS))
def test_every_row_of_every_model_shows_something_whatever_was_synced(
    loop: asyncio.AbstractEventLoop, bodies: list[dict[str, Any]], watched: str
) -> None:
    with fresh_cache() as conn:
        source = CacheSource(conn)
        rooms, timeline, members = RoomsModel(UserId(ME)), TimelineModel(source, UserId(ME)), MembersModel(ME)
        try:
            ingest_body(conn, json_bytes(bodies[0]))
            rooms.load(load_summaries(conn))
            check_rooms(rooms)
            _opened(loop, timeline, watched)
            for body in bodies[1:]:
                result = ingest_body(conn, json_bytes(body))
                if result is None:
                    continue
                rooms.apply(result.rooms, result.removed_rooms)
                timeline.apply(result.appended, (), dict(result.resolved_echoes))
                timeline.apply_relations(result.aggregates, result.redacted, result.receipts)
                check_rooms(rooms)
                check_timeline(timeline)
            for room in {*ROOMS, *(s.room_id for s in load_summaries(conn))}:
                _opened(loop, timeline, room)
                members.load(load_members(conn, RoomId(room)))
                check_members(members)
        finally:
            loop.run_until_complete(timeline.close())


def _all_rows(loop: asyncio.AbstractEventLoop, model: TimelineModel) -> list[dict[str, Any]]:
    while not model.property("atStart"):
        model.loadOlder()
        loop.run_until_complete(asyncio.wait_for(model.wait_idle(), 60))
    return [model.row(i) for i in range(model.rowCount())]


def test_the_hostile_corpus_shows_as_safe_rows_in_every_model(loop: asyncio.AbstractEventLoop) -> None:
    """The project's corpus of attacks (tests/support/hostile/corpus.py), the entries no server
    would pass on included: every event gets its row, pictures that are not ``mxc://`` are
    placeholders, names cannot reorder a line."""
    room = "!corpus:hs"
    events = corpus.offline(attacker="@bob:hs")
    body = {"next_batch": "s1", "rooms": {"join": {room: {"timeline": {"events": events, "limited": False}}}}}
    with fresh_cache() as conn:
        assert ingest_body(conn, json_bytes(body)) is not None
        rooms, timeline = RoomsModel(UserId(ME)), TimelineModel(CacheSource(conn), UserId(ME))
        try:
            rooms.load(load_summaries(conn))
            check_rooms(rooms)
            [listed] = rows_of(rooms)
            assert not set(BIDI[:5]) & set(listed["name"])
            _opened(loop, timeline, room)
            rows = {row["eventId"]: row for row in _all_rows(loop, timeline)}
            check_timeline(timeline)
        finally:
            loop.run_until_complete(timeline.close())
    assert set(rows) == {e["event_id"] for e in events}
    for entry, event in zip(corpus.corpus("@bob:hs"), events, strict=True):
        row = rows[event["event_id"]]
        url = event["content"].get("url")
        if isinstance(url, str) and url in corpus.TRAVERSAL_URIS:
            assert row["media"]["source"] == row["media"]["full"] == "" and row["media"]["broken"], entry.name
        if "download" in entry.tags:
            assert "/" not in row["media"]["name"] and "\\" not in row["media"]["name"], entry.name
