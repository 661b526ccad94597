"""The side panels' models and controller on their own: members, thread, search, pinned bar.

The controller runs against :class:`~tests.ui.panels_harness.FakePanelSession` (canned answers
and a real cache for the room state), on the run's qasync loop.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.api.client import SearchPage
from messenger_desktop.api.errors import MatrixError, TransportError
from messenger_desktop.api.events import EventKind
from messenger_desktop.api.ids import EventId, RoomId, TxnId, UserId
from messenger_desktop.qt.media_rows import media_view
from messenger_desktop.qt.members_model import MembersModel, badge
from messenger_desktop.qt.room_panels import RoomPanels, pin_preview
from messenger_desktop.qt.search_model import SearchModel, emphasise, snippet, when_text, words_of
from messenger_desktop.qt.thread_model import ThreadModel
from messenger_desktop.session.changes import ChangeSet
from messenger_desktop.store.rows import Attachment, OutboxItem, TimelineRow
from tests.ui.panels_harness import (
    ME,
    ROOM,
    FakePanelSession,
    demo_session,
    hit,
    member,
    message,
    model_rows,
    now_ms,
    put_state,
)

BOB = "@bob:example.org"
CAROL = "@carol:example.org"


def run(loop: asyncio.AbstractEventLoop, coro: Any) -> Any:
    return loop.run_until_complete(asyncio.wait_for(coro, 20))


@pytest.fixture
def fake(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> FakePanelSession:
    session: FakePanelSession = run(loop, demo_session(tmp_path / "cache.db"))
    yield session
    run(loop, session.db.close())


@pytest.fixture
def panels(loop: asyncio.AbstractEventLoop, fake: FakePanelSession) -> RoomPanels:
    controller = RoomPanels(fake, ME)
    yield controller
    run(loop, controller.aclose())


# -- members -------------------------------------------------------------------------------------


def test_members_are_grouped_joined_then_invited_by_role_then_name(qtmodeltester: Any) -> None:
    model = MembersModel(ME)
    qtmodeltester.check(model)
    model.load(
        [
            member("@dave:example.org"),
            member("@erin:example.org", "invite"),
            member(BOB, level=50),
            member("@zed:example.org", "leave"),
            member(ME, level=100),
            member(CAROL),
        ]
    )
    rows = model_rows(model)
    assert [r["userId"] for r in rows] == [ME, BOB, CAROL, "@dave:example.org", "@erin:example.org"]
    assert [r["section"] for r in rows] == ["Joined"] * 4 + ["Invited"]
    assert [r["badge"] for r in rows[:3]] == ["Admin", "Moderator", ""]
    assert rows[0]["isOwn"] is True
    assert model.property("joinedCount") == 4
    assert model.property("invitedCount") == 1
    assert badge(150) == "Admin" and badge(49) == ""


def test_the_member_filter_and_reloads_never_reset(qtmodeltester: Any) -> None:
    model = MembersModel(ME)
    model.load([member(ME, level=100), member(BOB), member(CAROL), member("@dave:example.org")])
    qtmodeltester.check(model)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.setProperty("filterText", "kowal")
    assert [r["name"] for r in model_rows(model)] == ["Dave Kowalski"]
    model.setProperty("filterText", "@CAROL")
    assert [r["userId"] for r in model_rows(model)] == [CAROL]
    model.setProperty("filterText", "")
    # Carol becomes a moderator and moves up; Bob leaves; Erin is invited
    model.load(
        [
            member(ME, level=100),
            member(CAROL, level=50),
            member("@dave:example.org"),
            member("@erin:example.org", "invite"),
        ]
    )
    assert [r["userId"] for r in model_rows(model)] == [ME, CAROL, "@dave:example.org", "@erin:example.org"]
    assert model_rows(model)[1]["badge"] == "Moderator"
    assert not resets


def test_presence_changes_one_row_in_place() -> None:
    model = MembersModel(ME)
    model.load([member(ME), member(BOB), member(CAROL)])
    changed: list[int] = []
    model.dataChanged.connect(lambda first, last, roles=(): changed.append(first.row()))
    model.apply_presence({UserId(BOB): "online", UserId(CAROL): "offline"})
    assert changed == [1]
    assert [r["presence"] for r in model_rows(model)] == ["", "online", ""]
    model.apply_presence({UserId(BOB): "unavailable"})
    assert model_rows(model)[1]["presence"] == "unavailable"
    model.apply_presence({UserId(BOB): "unavailable"})  # nothing new: no signal
    assert changed == [1, 1]


# -- search ----------------------------------------------------------------------------------------


def test_matches_are_emphasised_and_everything_else_escaped() -> None:
    words = words_of("Tent  pole", ("tents",))
    assert words == ["tents", "pole", "tent"]
    marked = emphasise("<img src=x> two TENTS & a tent-pole", words)
    assert marked == (
        "&lt;img src=x&gt; two <b><font>TENTS</font></b> &amp; a "
        "<b><font>tent</font></b>-<b><font>pole</font></b>"
    )
    assert emphasise("a <b>", []) == "a &lt;b&gt;"


def test_long_messages_are_cut_around_the_first_match() -> None:
    import re

    text = "word " * 100 + "the tent is here " + "more " * 100
    cut = snippet(text, re.compile("tent"))
    assert cut.startswith("…") and cut.endswith("…")
    assert "tent" in cut and len(cut) <= 242
    assert snippet("short\nmessage", None) == "short message"


def test_result_times_name_the_day_when_it_is_not_today() -> None:
    today = date(2025, 3, 12)
    ts = int(datetime(2025, 3, 11, 14, 5).timestamp() * 1000)
    assert when_text(ts, today) == "Yesterday, 14:05"
    ts = int(datetime(2025, 3, 12, 9, 30).timestamp() * 1000)
    assert when_text(ts, today) == "09:30"


def test_pages_of_results_are_appended_once(qtmodeltester: Any) -> None:
    model = SearchModel()
    qtmodeltester.check(model)
    names = {BOB: "Bob"}.get
    model.begin("tent")
    assert model.property("busy") is True and model.property("searched") is False
    page = SearchPage(
        (hit("$a", BOB, "a tent", 1000, (CAROL, "before")), hit("$b", BOB, "tent", 900)), "t2", 3
    )
    model.add_page(page, lambda u: names(u) or u)
    rows = model_rows(model)
    assert [r["eventId"] for r in rows] == ["$a", "$b"]
    assert rows[0]["senderName"] == "Bob"
    assert rows[0]["contextText"] == f"{CAROL}: before"
    assert rows[0]["bodyHtml"] == "a <b><font>tent</font></b>"
    assert model.property("hasMore") is True and model.property("total") == 3
    model.add_page(SearchPage((hit("$b", BOB, "tent", 900), hit("$c", BOB, "tents", 800)), None, 3), str)
    assert [r["eventId"] for r in model_rows(model)] == ["$a", "$b", "$c"]
    assert model.property("hasMore") is False and model.property("searched") is True


# -- thread ----------------------------------------------------------------------------------------


def _echo(txn: str, text: str, root: str = "$root", state: str = "queued") -> OutboxItem:
    content = {"msgtype": "m.text", "body": text, "m.relates_to": {"rel_type": "m.thread", "event_id": root}}
    return OutboxItem(1, TxnId(txn), ROOM, "m.room.message", content, now_ms(), state)


def test_a_thread_shows_root_then_replies_and_replaces_echoes_in_place(qtmodeltester: Any) -> None:
    model = ThreadModel(ME)
    qtmodeltester.check(model)
    now = now_ms()
    model.open("$root")
    assert model.property("loading") is True
    model.load(
        message("$root", BOB, "Who brings the tent?", now - 100_000),
        [
            message("$r2", CAROL, "me too", now - 50_000, thread="$root"),
            message("$r1", CAROL, "I can", now - 60_000, thread="$root"),
        ],
        names={CAROL: "Carol", BOB: "Bob"},
    )
    rows = model_rows(model)
    assert [r["eventId"] for r in rows] == ["$root", "$r1", "$r2"]
    assert rows[0]["isRoot"] is True and rows[0]["senderName"] == "Bob"
    assert [r["grouped"] for r in rows] == [False, False, True]
    assert model.property("replyCount") == 2

    model.upsert_echo(_echo("t1", "on my way"))
    model.upsert_echo(_echo("t9", "elsewhere", root="$other"))
    rows = model_rows(model)
    assert rows[-1]["body"] == "on my way" and rows[-1]["sendState"] == "sending" and rows[-1]["isOwn"]
    assert len(rows) == 4

    other = message("$x", CAROL, "not in the thread", now)
    model.add_rows([other, message("$r3", ME, "on my way", now, thread="$root", txn_id="t1")])
    rows = model_rows(model)
    assert [r["eventId"] for r in rows] == ["$root", "$r1", "$r2", "$r3"]
    assert rows[-1]["sendState"] == "sent"
    assert model.latest_event_id() == "$r3"
    model.redact(["$r1"])
    assert model_rows(model)[1]["body"] == "Message deleted"


def test_a_deleted_echo_goes_and_a_delivered_one_stays() -> None:
    model = ThreadModel(ME)
    model.open("$root")
    model.load(message("$root", BOB, "root", 1), [])
    model.upsert_echo(_echo("t1", "one"))
    model.upsert_echo(_echo("t2", "two"))
    model.echo_removed(TxnId("t1"), None)
    model.echo_removed(TxnId("t2"), EventId("$two"))
    rows = model_rows(model)
    assert [(r["eventId"], r["sendState"]) for r in rows] == [("$root", ""), ("$two", "sent")]


def test_a_thread_shows_pictures_and_files_as_the_timeline_does(qtmodeltester: Any) -> None:
    model = ThreadModel(ME)
    qtmodeltester.check(model)
    photo = {
        "msgtype": "m.image",
        "body": "lake.jpg",
        "url": "mxc://example.org/lake",
        "info": {"w": 1200, "h": 800, "mimetype": "image/jpeg"},
        "m.relates_to": {"rel_type": "m.thread", "event_id": "$root"},
    }
    reply = replace(message("$photo", BOB, "", now_ms(), thread="$root"), content=photo)
    model.open("$root")
    model.load(message("$root", BOB, "Pictures from the hike", 1), [reply])
    rows = model_rows(model)
    assert rows[0]["media"] == {}
    assert rows[1]["media"] == media_view("m.room.message", photo)  # the timeline's map
    shown = rows[1]["media"]
    assert (shown["kind"], shown["width"], shown["height"]) == ("image", 360, 240)
    assert model.item_content("$photo") == ("m.room.message", photo)

    # the user's own file on its way: shown from this computer, its upload bar moving
    sending = {"msgtype": "m.file", "body": "plan.pdf", "info": {"size": 2048}}
    item = _echo("t1", "")
    item = replace(
        item,
        content={**sending, "m.relates_to": item.content["m.relates_to"]},
        attachment=Attachment("/outbox/t1", "plan.pdf", "application/pdf", 2048),
    )
    model.upsert_echo(item)
    assert model_rows(model)[-1]["media"]["progress"] == -1.0
    model.apply_uploads({TxnId("t1"): 0.4})
    echo = model_rows(model)[-1]["media"]
    assert (echo["kind"], echo["name"], echo["progress"], echo["broken"]) == ("file", "plan.pdf", 0.4, "")

    model.redact(["$photo"])
    assert model_rows(model)[1]["media"] == {} and model.item_content("$photo") is None


# -- the controller ------------------------------------------------------------------------------


def test_the_pinned_bar_shows_the_newest_pin_and_cycles(
    loop: asyncio.AbstractEventLoop, panels: RoomPanels
) -> None:
    panels.setRoom(ROOM)
    run(loop, panels.wait_idle())
    assert panels.property("pinnedCount") == 3
    assert panels.property("pinnedIndex") == 0
    assert panels.property("pinnedEventId") == "$p3"
    assert panels.property("pinnedSender") == "Dave Kowalski"
    assert panels.property("pinnedText").startswith("Meeting point Saturday")
    assert panels.property("canPin") is True
    panels.nextPinned()
    assert panels.property("pinnedEventId") == "$p2"
    panels.nextPinned()
    panels.nextPinned()
    assert panels.property("pinnedEventId") == "$p3"


def test_unpinning_hides_the_pin_at_once(
    loop: asyncio.AbstractEventLoop, panels: RoomPanels, fake: FakePanelSession
) -> None:
    panels.setRoom(ROOM)
    run(loop, panels.wait_idle())
    panels.nextPinned()
    panels.unpin("$p2")
    assert panels.property("pinnedCount") == 2
    assert panels.property("pinnedEventId") == "$p1"
    run(loop, panels.wait_idle())
    assert fake.pinned_calls == [("$p2", False)]


def test_a_new_pinned_list_from_sync_refreshes_the_bar(
    loop: asyncio.AbstractEventLoop, panels: RoomPanels, fake: FakePanelSession
) -> None:
    panels.setRoom(ROOM)
    run(loop, panels.wait_idle())
    run(loop, put_state(fake.db, ROOM, "m.room.pinned_events", {"pinned": ["$p1", "$gone"]}))
    state = TimelineRow(
        EventId("$s"), ROOM, 1, 9, "m.room.pinned_events", EventKind.STATE, ME, 1, {}, state_key=""
    )
    panels.apply_changes(ChangeSet(appended={ROOM: (state,)}))
    run(loop, panels.wait_idle())
    assert panels.property("pinnedCount") == 2
    assert panels.property("pinnedEventId") == "$gone"
    assert panels.property("pinnedText") == "Message not available"
    assert pin_preview(None, str) == ("", "Message not available")


def test_without_the_right_to_pin_there_is_no_unpin(
    loop: asyncio.AbstractEventLoop, panels: RoomPanels, fake: FakePanelSession
) -> None:
    run(loop, put_state(fake.db, ROOM, "m.room.power_levels", {"users": {BOB: 100}}))
    panels.setRoom(ROOM)
    run(loop, panels.wait_idle())
    assert panels.property("canPin") is False


def test_opening_a_thread_and_replying(
    loop: asyncio.AbstractEventLoop, panels: RoomPanels, fake: FakePanelSession
) -> None:
    panels.setRoom(ROOM)
    panels.openThread("$root")
    assert panels.property("panel") == "thread"
    run(loop, panels.wait_idle())
    thread = panels.property("threadMessages")
    assert [r["eventId"] for r in model_rows(thread)] == ["$root", "$r1", "$r2", "$r3"]
    assert panels.sendInThread("  \n") is False
    assert panels.sendInThread("See you there") is True
    assert fake.sent[-1] == {"room": ROOM, "text": "See you there", "thread_root": "$root", "latest": "$r3"}
    assert model_rows(thread)[-1]["body"] == "See you there"
    # the same echo announced by the outbox is not shown twice; the server's copy replaces it
    item = OutboxItem(
        1,
        TxnId("txn1"),
        ROOM,
        "m.room.message",
        {"body": "See you there", "m.relates_to": {"rel_type": "m.thread", "event_id": "$root"}},
        1,
        "sending",
    )
    panels.apply_changes(ChangeSet(outbox=(item,)))
    assert thread.rowCount() == 5
    remote = message("$r4", ME, "See you there", now_ms(), thread="$root", txn_id="txn1")
    panels.apply_changes(ChangeSet(appended={ROOM: (remote,)}))
    assert [r["eventId"] for r in model_rows(thread)][-1] == "$r4"
    assert thread.rowCount() == 5
    # another room: the thread closes
    panels.setRoom("!other:example.org")
    assert panels.property("panel") == ""
    assert thread.rowCount() == 0


def test_searching_and_loading_more(
    loop: asyncio.AbstractEventLoop, panels: RoomPanels, fake: FakePanelSession
) -> None:
    panels.setRoom(ROOM)
    panels.search("  tent ")
    results = panels.property("searchResults")
    assert panels.property("panel") == "search"
    assert results.property("busy") is True
    run(loop, panels.wait_idle())
    assert results.rowCount() == 3
    assert results.property("term") == "tent"
    panels.loadMoreResults()
    panels.loadMoreResults()  # already busy: one request
    run(loop, panels.wait_idle())
    assert fake.searches == [("tent", None), ("tent", "batch-2")]
    assert results.rowCount() == 5
    assert results.property("hasMore") is False
    panels.search("nothing here")
    run(loop, panels.wait_idle())
    assert results.rowCount() == 0 and results.property("searched") is True


def test_a_failed_search_says_why(
    loop: asyncio.AbstractEventLoop, panels: RoomPanels, fake: FakePanelSession
) -> None:
    panels.setRoom(ROOM)
    fake.fail_search = TransportError("down")
    panels.search("tent")
    run(loop, panels.wait_idle())
    results = panels.property("searchResults")
    assert (
        results.property("error") == "The server could not be reached. Check your connection and try again."
    )
    fake.fail_search = MatrixError(400, "M_UNRECOGNIZED", "no")
    panels.retrySearch()
    run(loop, panels.wait_idle())
    assert results.property("error") == "This server does not offer searching in conversations."
    fake.fail_search = None
    panels.retrySearch()
    run(loop, panels.wait_idle())
    assert results.property("error") == "" and results.rowCount() == 3


def test_messaging_a_member_opens_a_new_direct_chat(
    loop: asyncio.AbstractEventLoop, panels: RoomPanels, fake: FakePanelSession
) -> None:
    opened: list[str] = []
    panels.openRoomRequested.connect(opened.append)
    panels.setRoom(ROOM)
    panels.showMembers()
    run(loop, panels.wait_idle())
    assert panels.property("members").rowCount() == 6
    panels.messageUser(ME)  # not oneself
    panels.messageUser(BOB)
    assert panels.property("messaging") is True
    run(loop, panels.wait_idle())
    assert fake.direct_started == [BOB]
    assert opened == ["!direct:example.org"]
    assert panels.property("messaging") is False
    assert panels.property("panel") == ""


def test_member_events_reload_the_open_list(
    loop: asyncio.AbstractEventLoop, panels: RoomPanels, fake: FakePanelSession
) -> None:
    panels.setRoom(ROOM)
    panels.showMembers()
    run(loop, panels.wait_idle())
    fake.members_list = [*fake.members_list, member("@gina:example.org")]
    join = TimelineRow(
        EventId("$j"),
        ROOM,
        1,
        9,
        "m.room.member",
        EventKind.MEMBER,
        UserId("@gina:example.org"),
        1,
        {"membership": "join"},
        state_key="@gina:example.org",
    )
    panels.apply_changes(ChangeSet(appended={ROOM: (join,)}, presence={UserId(BOB): "online"}))
    run(loop, panels.wait_idle())
    rows = model_rows(panels.property("members"))
    assert "@gina:example.org" in [r["userId"] for r in rows]
    assert next(r for r in rows if r["userId"] == BOB)["presence"] == "online"
    # switching rooms keeps the member panel open, for the new room
    panels.setRoom(RoomId("!other:example.org"))
    assert panels.property("panel") == "members"
