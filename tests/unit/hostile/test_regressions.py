"""Bad input that survived until issue 8's property tests (or their review) found it: one plain
test per bug, each with the smallest input that showed it."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any, cast

import orjson
import pytest

from messenger_desktop.api import MatrixApi, RoomId, UserId
from messenger_desktop.api.client import SearchPage, SearchResult
from messenger_desktop.api.events import EventKind
from messenger_desktop.api.http import HttpResponse
from messenger_desktop.api.ids import EventId
from messenger_desktop.api.mxc import parse_mxc
from messenger_desktop.api.sync import parse_sync
from messenger_desktop.media.filenames import safe_file_name
from messenger_desktop.qt.event_text import describe
from messenger_desktop.qt.formatting import clock
from messenger_desktop.qt.media_rows import media_view
from messenger_desktop.qt.rooms_model import ROLES, RoomsModel
from messenger_desktop.qt.timeline_model import TimelineModel
from messenger_desktop.session.safety import Safety
from messenger_desktop.store.database import connect, get_meta
from messenger_desktop.store.ingest import TOO_DEEP, ingest_sync
from messenger_desktop.store.presence import load_presence
from messenger_desktop.store.rows import RoomSummary, TimelineRow
from messenger_desktop.store.timeline import load_page
from tests.support.fake_transport import ScriptedTransport
from tests.support.hostile.checks import assert_bidi_balanced
from tests.support.hostile.pipeline import CacheSource, fresh_cache, ingest_body
from tests.support.sync_builder import ME, joined, message, state, sync

ROOM = RoomId("!room:hs")


@pytest.mark.parametrize("uri", ["mxc://../config", "mxc://./x", "mxc://..:8448/x", "mxc://.../x"])
def test_a_server_name_of_dots_is_refused_it_would_walk_up_the_media_path(uri: str) -> None:
    """``mxc://../config`` became ``/_matrix/client/v1/media/download/../config``, which every
    HTTP client normalises to ``/_matrix/client/v1/media/config``: another endpoint, with the
    user's token (CVE-2024-50336's class)."""
    assert parse_mxc(uri) is None
    assert parse_mxc("mxc://a.b/config") is not None


def _cache(tmp_path: Path) -> Any:
    return connect(tmp_path / "cache.sqlite3")


def test_a_lone_surrogate_or_a_huge_number_no_longer_blocks_every_sync(tmp_path: Path) -> None:
    """orjson refuses ``"\\ud800"`` and ``1e400``: one such event made the whole ``/sync`` answer
    unreadable, and every retry of the same token failed the same way — the client stuck."""
    event = message("x", event_id="$bad")
    wire = orjson.dumps(sync("s1", {ROOM: joined([event, message("fine", event_id="$ok")])}))
    wire = wire.replace(b'"body":"x"', b'"body":"a\\ud800b","size":1e400,"n":123456789012345678901234567890')
    parsed = parse_sync(wire)
    [room] = parsed.joined
    assert [e.body for e in room.timeline] == ["a\ufffdb", "fine"]
    assert room.timeline[0].content["size"] is None and isinstance(room.timeline[0].content["n"], float)
    conn = _cache(tmp_path)
    ingest_sync(conn, parsed, UserId(ME))
    assert get_meta(conn, "next_batch") == "s1"


def test_a_page_of_history_with_a_lone_surrogate_still_reads() -> None:
    body = b'{"chunk":[{"type":"m.room.message","content":{"body":"\\udc00"}}],"start":"a","end":"b"}'
    transport = ScriptedTransport().on(
        "GET", "/_matrix/client/v3/rooms/", HttpResponse(status=200, body=body, headers={})
    )
    api = MatrixApi("https://hs.example", transport, access_token="token")
    page = asyncio.run(api.messages(ROOM, from_token="a"))
    assert page.chunk[0]["content"]["body"] == "\ufffd" and page.end == "b"


def _nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


def test_an_event_nested_deeper_than_orjson_writes_is_stored_as_a_placeholder(tmp_path: Path) -> None:
    """orjson reads 1024 levels but writes 255: storing such an event raised, the sync's whole
    transaction rolled back, and the same sync failed again on every retry."""
    deep_message = message("deep", event_id="$deep", unsigned={"m.relations": _nested(300)})
    deep_state = state("m.room.topic", {"topic": _nested(300)})
    deep_data = {"type": "org.example.deep", "content": {"x": _nested(300)}}
    body = sync(
        "s1",
        {
            ROOM: joined(
                [deep_message, message("after", event_id="$after")], [deep_state], account_data=[deep_data]
            )
        },
        account_data=[deep_data],
    )
    conn = _cache(tmp_path)
    result = ingest_sync(conn, parse_sync(json.dumps(body).encode()), UserId(ME))  # orjson cannot write it
    assert get_meta(conn, "next_batch") == "s1"
    rows = {r.event_id: r for r in load_page(conn, ROOM).rows}
    assert rows["$deep"].kind is EventKind.BAD and rows["$deep"].problem == TOO_DEEP
    assert rows["$after"].content["body"] == "after"
    [live] = [r for r in result.appended[ROOM] if r.event_id == "$deep"]
    assert live.kind is EventKind.BAD  # what the timeline shows now is what it shows after a restart


def test_account_data_whose_type_is_not_a_string_is_skipped(tmp_path: Path) -> None:
    """The types of arrived account data went into a set: a list type raised ``unhashable``."""
    body = sync("s1", {ROOM: joined([message("hi")])}, account_data=[{"type": ["m.direct"], "content": {}}])
    conn = _cache(tmp_path)
    ingest_sync(conn, parse_sync(orjson.dumps(body)), UserId(ME))
    assert get_meta(conn, "next_batch") == "s1"


def test_a_presence_state_that_is_not_a_string_is_skipped(tmp_path: Path) -> None:
    """``presence in STATES`` with a list raised ``unhashable`` and failed the whole sync."""
    events = [
        {"type": "m.presence", "sender": "@bob:hs", "content": {"presence": ["online"]}},
        {"type": "m.presence", "sender": "@carol:hs", "content": {"presence": "online"}},
    ]
    conn = _cache(tmp_path)
    ingest_sync(conn, parse_sync(orjson.dumps(sync("s1", presence=events))), UserId(ME))
    assert load_presence(conn) == {"@carol:hs": "online"}


def test_a_picture_whose_mimetype_is_a_list_still_gets_its_row() -> None:
    """``mime in ANIMATABLE`` with a list raised ``unhashable`` while the timeline built the row."""
    view = media_view("m.sticker", {"url": "mxc://hs/abc", "body": "s", "info": {"mimetype": []}})
    assert view["mime"] == "" and view["animated"] is False and view["source"].startswith("image://media/")


@pytest.mark.parametrize(("name", "saved"), [("CON .txt", "_CON.txt"), ("nul  .tar.gz", "_nul .tar.gz")])
def test_a_device_name_with_spaces_before_the_dot_is_still_reserved(name: str, saved: str) -> None:
    """Windows compares the name before the first dot with its trailing spaces dropped, so
    ``CON .txt`` opens the console; the cleaned name was ``CON.txt``."""
    assert safe_file_name(name) == saved


def test_search_context_from_a_sender_that_is_not_a_string_is_kept() -> None:
    """``sender not in ignored`` with a list raised ``unhashable`` while filtering search hits."""
    safety = Safety(cast(Any, None), cast(Any, None), UserId(ME), lambda _changes: None)
    safety.ignored = frozenset({UserId("@troll:hs")})
    hit = {"type": "m.room.message", "sender": "@bob:hs", "content": {"body": "hit"}}
    odd = {"type": "m.room.message", "sender": ["@troll:hs"], "content": {}}
    troll = {"type": "m.room.message", "sender": "@troll:hs", "content": {}}
    page = safety.search_page(SearchPage((SearchResult(hit, before=(odd, troll)),), None, 1))
    assert page.results[0].before == (odd,)


def test_a_timestamp_beyond_the_calendar_does_not_stop_the_conversation_list() -> None:
    """``origin_server_ts`` up to 2**53 is kept, but the year 287396 is not a ``datetime``: one
    such message made loading the conversation list raise."""
    model = RoomsModel(UserId(ME))
    model.load([RoomSummary(RoomId("!far:hs"), "join", "Far", last_ts=2**53, last_body="hi")])
    assert model.rowCount() == 1 and isinstance(model.data(model.index(0), ROLES["timeText"]), str)
    assert isinstance(clock(-(2**53)), str)


def _member_row(content: dict[str, Any], prev: dict[str, Any] | None = None) -> TimelineRow:
    return TimelineRow(
        EventId("$m"),
        ROOM,
        0,
        0,
        "m.room.member",
        EventKind.MEMBER,
        UserId("@bob:hs"),
        1,
        content,
        state_key="@bob:hs",
        prev_content=prev,
    )


@pytest.mark.parametrize(
    "row",
    [
        _member_row({"membership": "join", "displayname": "\u202eevil"}),
        _member_row(
            {"membership": "join", "displayname": "\u202eevil"}, {"membership": "join", "displayname": "Bob"}
        ),
        _member_row(
            {"membership": "join", "displayname": "Bob"}, {"membership": "join", "displayname": "\u202eold"}
        ),
        TimelineRow(
            EventId("$n"),
            ROOM,
            0,
            1,
            "m.room.name",
            EventKind.STATE,
            UserId("@bob:hs"),
            1,
            {"name": "\u202eRoom"},
            state_key="",
        ),
        TimelineRow(
            EventId("$t"),
            ROOM,
            0,
            2,
            "m.room.topic",
            EventKind.STATE,
            UserId("@bob:hs"),
            1,
            {"topic": "x\u2067y"},
            state_key="",
        ),
    ],
)
def test_a_name_or_topic_in_a_state_line_cannot_reverse_the_words_around_it(row: TimelineRow) -> None:
    """The names and topics in "X joined", "X changed their name to Y", "X changed the name to
    “Y”" came from the event as they were: an override reversed the rest of the line."""
    described = describe(row, lambda user: user)
    assert described is not None
    assert_bidi_balanced(described[1])


def test_an_invitation_line_cannot_be_reversed_by_the_inviters_name() -> None:
    model = RoomsModel(UserId(ME))
    invite = RoomSummary(RoomId("!i:hs"), "invite", "Room", inviter="@bob:hs", last_sender_name="\u202eBob")
    model.load([invite])
    assert_bidi_balanced(model.data(model.index(0), ROLES["lastBody"]))


def test_a_call_invite_dated_weeks_ahead_does_not_break_opening_the_room(qapp: Any) -> None:
    """A ringing invite's row rewords itself when it expires; an invite dated more than 24 days
    ahead asked a QTimer for more milliseconds than it takes (OverflowError), and the room's
    opening stopped half way: no ``opened``, queued live changes dropped."""
    ahead = int(time.time() * 1000) + 40 * 24 * 3600 * 1000
    invite = {
        "type": "m.call.invite",
        "event_id": "$call",
        "sender": "@bob:hs",
        "origin_server_ts": ahead,
        "content": {
            "call_id": "c1",
            "party_id": "p1",
            "version": "1",
            "lifetime": 60_000,
            "offer": {"type": "offer", "sdp": "v=0\r\n"},
        },
    }
    opened: list[bool] = []

    async def scenario() -> None:
        with fresh_cache() as conn:
            ingest_body(conn, orjson.dumps(sync("s1", {ROOM: joined([invite])})))
            model = TimelineModel(CacheSource(conn), UserId(ME))
            model.opened.connect(lambda: opened.append(True))
            model.open(ROOM)
            await model.wait_idle()
            assert model.row(0)["kind"] == "call"
            await model.close()

    asyncio.run(scenario())
    assert opened == [True]


def test_a_file_name_is_composed_after_its_controls_are_gone() -> None:
    """NFC ran before the bidi controls were dropped, so an accent separated from its letter by
    one stayed decomposed (and cleaning the name again gave another name)."""
    name = safe_file_name("A\u202e\u0301.txt")
    assert name == "\u00c1.txt" == safe_file_name(name)
