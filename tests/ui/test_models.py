"""The list models on their own: fine-grained updates, checked by Qt's model tester."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from messenger_desktop.api.events import EventKind
from messenger_desktop.api.ids import EventId, RoomId, TxnId, UserId
from messenger_desktop.qt.rooms_model import ROLES, RoomsModel, is_group
from messenger_desktop.qt.timeline_model import TimelineModel
from messenger_desktop.qt.timeline_source import ReadState
from messenger_desktop.store.relations import Aggregate
from messenger_desktop.store.rows import OutboxItem, RoomSummary, TimelineRow
from messenger_desktop.store.timeline import TimelinePage

ME = UserId("@me:example.org")
BOB = UserId("@bob:example.org")
ROOM = RoomId("!room:example.org")


def summary(room: str, ts: int, name: str = "", membership: str = "join", **kw: Any) -> RoomSummary:
    return RoomSummary(RoomId(room), membership, name or room, last_ts=ts, **kw)


def ids(model: RoomsModel) -> list[str]:
    return [model.data(model.index(i), ROLES["roomId"]) for i in range(model.rowCount())]


def test_rooms_are_sorted_by_activity_with_invites_on_top(qtmodeltester: Any) -> None:
    model = RoomsModel(ME)
    qtmodeltester.check(model)
    model.load([summary("!a", 100), summary("!b", 300), summary("!i", 0, membership="invite")])
    assert ids(model) == ["!i", "!b", "!a"]
    assert model.data(model.index(0), ROLES["isInvite"]) is True


def test_new_activity_moves_a_room_up_without_a_reset(qtmodeltester: Any) -> None:
    model = RoomsModel(ME)
    model.load([summary("!a", 100), summary("!b", 200), summary("!c", 300)])
    qtmodeltester.check(model)
    resets: list[bool] = []
    moves: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsMoved.connect(lambda _p, start, _e, _d, row: moves.append((start, row)))
    model.apply([summary("!a", 400, last_body="hi", last_sender=BOB, last_sender_name="Bob")])
    assert ids(model) == ["!a", "!c", "!b"]
    assert moves == [(2, 0)]
    assert not resets
    assert model.data(model.index(0), ROLES["lastBody"]) == "hi"
    model.apply([summary("!d", 50)], removed=[RoomId("!c")])
    assert ids(model) == ["!a", "!b", "!d"]
    model.apply([summary("!b", 10)])  # moving down
    assert ids(model) == ["!a", "!d", "!b"]
    model.apply([summary("!a", 500, membership="leave")])
    assert ids(model) == ["!d", "!b"]


def test_the_filter_hides_and_shows_rows_in_place(qtmodeltester: Any) -> None:
    model = RoomsModel(ME)
    model.load([summary("!a", 3, "Garden club"), summary("!b", 2, "Book club"), summary("!c", 1, "Bob")])
    qtmodeltester.check(model)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.setProperty("filterText", "CLUB")
    assert ids(model) == ["!a", "!b"]
    model.setProperty("filterText", "bo")
    assert ids(model) == ["!b", "!c"]
    model.apply([summary("!d", 9, "Boat trip"), summary("!a", 10, "Garden club")])
    assert ids(model) == ["!d", "!b", "!c"]
    model.setProperty("filterText", "")
    assert ids(model) == ["!a", "!d", "!b", "!c"]
    assert not resets
    assert model.property("total") == 4


def test_own_last_message_is_attributed_to_you() -> None:
    model = RoomsModel(ME)
    model.load([summary("!a", 1, "Group", last_body="done", last_sender=ME, last_sender_name="Me")])
    assert model.data(model.index(0), ROLES["lastSender"]) == "You"
    assert model.data(model.index(0), ROLES["initials"]) == "G"


# -- timeline ------------------------------------------------------------------------------------

NOW = int(datetime.now().timestamp() * 1000)


@pytest.fixture(autouse=True)
def _now() -> None:
    """The time as each test starts, not as the module was imported: a run that passes midnight
    would otherwise call today's messages yesterday's."""
    global NOW
    NOW = int(datetime.now().timestamp() * 1000)


def event(n: int, sender: str = BOB, body: str = "", ts: int | None = None, **kw: Any) -> TimelineRow:
    content = kw.pop("content", {"msgtype": "m.text", "body": body or f"message {n}"})
    return TimelineRow(
        event_id=EventId(f"$e{n}"),
        room_id=ROOM,
        chunk=1,
        pos=n,
        type=kw.pop("type", "m.room.message"),
        kind=kw.pop("kind", EventKind.MESSAGE),
        sender=UserId(sender),
        ts=ts if ts is not None else NOW - (100 - n) * 1000,
        content=content,
        **kw,
    )


class FakeSource:
    def __init__(self, rows: list[TimelineRow], pending: list[OutboxItem] | None = None) -> None:
        self.rows = sorted(rows, key=lambda r: r.order, reverse=True)
        self._pending = pending or []
        self.read = ReadState()
        self.aggregates: dict[EventId, Aggregate] = {}

    async def page(
        self, room_id: RoomId, before: tuple[int, int] | None = None, limit: int = 50
    ) -> TimelinePage:
        older = [r for r in self.rows if before is None or r.order < before]
        rows = tuple(older[:limit])
        aggregates = {r.event_id: self.aggregates[r.event_id] for r in rows if r.event_id in self.aggregates}
        return TimelinePage(rows, None, at_start=len(older) <= limit, aggregates=aggregates)

    async def pending(self, room_id: RoomId | None = None) -> list[OutboxItem]:
        return list(self._pending)

    async def member_names(self, room_id: RoomId) -> dict[str, str]:
        return {BOB: "Bob", ME: "Me"}

    async def fetch_event(self, room_id: RoomId, event_id: EventId) -> TimelineRow | None:
        return next((r for r in self.rows if r.event_id == event_id), None)

    async def read_state(self, room_id: RoomId) -> ReadState:
        return self.read


def opened(loop: Any, source: FakeSource) -> TimelineModel:
    model = TimelineModel(source, ME)
    model.open(ROOM)
    loop.run_until_complete(model.wait_idle())
    return model


def outbox_item(txn: str, state: str = "queued", body: str = "hi") -> OutboxItem:
    return OutboxItem(0, TxnId(txn), ROOM, "m.room.message", {"msgtype": "m.text", "body": body}, NOW, state)


def test_newest_message_is_row_zero_and_groups_are_marked(loop: Any, qtmodeltester: Any) -> None:
    source = FakeSource([event(1), event(2), event(3, sender=ME)])
    model = opened(loop, source)
    qtmodeltester.check(model)
    assert [model.row(i)["body"] for i in range(3)] == ["message 3", "message 2", "message 1"]
    assert [model.row(i)["groupedWithPrevious"] for i in range(3)] == [False, True, False]
    assert model.row(2)["showDateSeparator"] is True
    assert model.row(2)["dateText"] == "Today"
    assert model.row(0)["isOwn"] is True and model.row(0)["sendState"] == "sent"
    assert model.row(1)["senderName"] == "Bob"


def test_an_echo_is_replaced_in_place_by_the_servers_event(loop: Any, qtmodeltester: Any) -> None:
    model = opened(loop, FakeSource([event(1)]))
    qtmodeltester.check(model)
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _p, first, _l: inserted.append(first))

    async def scenario() -> None:
        model.apply({}, (outbox_item("t1"),), {})
        assert model.row(0)["sendState"] == "sending" and model.row(0)["body"] == "hi"
        model.apply({}, (outbox_item("t1", "sent"),), {})
        assert model.row(0)["sendState"] == "sent"
        mine = event(2, sender=ME, body="hi", txn_id=TxnId("t1"))
        model.apply({ROOM: (mine,)}, (), {TxnId("t1"): EventId("$e2")})

    loop.run_until_complete(scenario())
    assert inserted == [0]  # the echo; the server's copy replaced it instead of adding a row
    assert model.rowCount() == 2
    assert model.row(0)["eventId"] == "$e2" and model.row(0)["sendState"] == "sent"


def test_a_failed_echo_shows_its_reason_and_can_be_deleted(loop: Any) -> None:
    model = opened(loop, FakeSource([event(1)], pending=[outbox_item("t9", "failed")]))
    assert model.row(0)["sendState"] == "failed"
    model.apply({}, (), {TxnId("t9"): None})
    assert model.rowCount() == 1 and model.row(0)["body"] == "message 1"


def test_incoming_events_go_below_pending_echoes(loop: Any) -> None:
    model = opened(loop, FakeSource([event(1)]))
    model.apply({}, (outbox_item("t1"),), {})
    model.apply({ROOM: (event(2),)}, (), {})
    assert [model.row(i)["body"] for i in range(3)] == ["hi", "message 2", "message 1"]
    model.apply({ROOM: (event(2),)}, (), {})  # a repeated event is not shown twice
    assert model.rowCount() == 3


def test_older_pages_are_appended_at_the_end(loop: Any, qtmodeltester: Any) -> None:
    rows = [event(n, ts=NOW - (200 - n) * 60_000) for n in range(1, 121)]
    model = opened(loop, FakeSource(rows))
    qtmodeltester.check(model)
    assert model.rowCount() == 50 and model.row(0)["body"] == "message 120"
    model.loadOlder()
    loop.run_until_complete(model.wait_idle())
    assert model.rowCount() == 100 and model.row(99)["body"] == "message 21"
    model.loadOlder()
    loop.run_until_complete(model.wait_idle())
    assert model.rowCount() == 120 and model.property("atStart") is True


def test_state_and_broken_events_read_as_one_line(loop: Any) -> None:
    rows = [
        event(
            1,
            type="m.room.member",
            kind=EventKind.MEMBER,
            state_key=BOB,
            content={"membership": "join", "displayname": "Bob"},
        ),
        event(2, type="m.room.name", kind=EventKind.STATE, state_key="", content={"name": "Trip"}),
        event(3, kind=EventKind.BAD, content={}, problem="missing sender"),
        event(4, type="m.reaction", kind=EventKind.REACTION, content={}),
        event(5, type="m.room.power_levels", kind=EventKind.STATE, state_key="", content={}),
    ]
    model = opened(loop, FakeSource(rows))
    texts = [(model.row(i)["kind"], model.row(i)["body"]) for i in range(model.rowCount())]
    assert texts == [
        ("placeholder", "This message could not be shown"),
        ("state", "Bob changed the name to “Trip”"),
        ("state", "Bob joined"),
    ]


def test_a_new_day_starts_with_a_date_separator(loop: Any) -> None:
    yesterday = NOW - int(timedelta(days=1).total_seconds() * 1000)
    model = opened(loop, FakeSource([event(1, ts=yesterday), event(2, ts=NOW)]))
    assert (model.row(1)["showDateSeparator"], model.row(1)["dateText"]) == (True, "Yesterday")
    assert (model.row(0)["showDateSeparator"], model.row(0)["dateText"]) == (True, "Today")


def test_direct_chats_and_groups_come_from_m_direct_and_the_name_not_the_size() -> None:
    rows = {
        "direct": summary("!d", 1, "Bob", is_direct=True, joined_count=3),
        "named": summary("!n", 1, "Project", explicit_name=True, joined_count=2),
        "unnamed pair": summary("!p", 1, "Bob", joined_count=1, invited_count=1),
        "unnamed crowd": summary("!c", 1, "Bob, Carol and Dave", joined_count=4),
    }
    assert {k: is_group(s) for k, s in rows.items()} == {
        "direct": False,
        "named": True,
        "unnamed pair": False,
        "unnamed crowd": True,
    }
    model = RoomsModel(ME)
    said = {"last_body": "hi", "last_sender": BOB, "last_sender_name": "Bob"}
    model.load(
        [summary("!d", 2, "Bob", is_direct=True, **said), summary("!g", 1, "G", explicit_name=True, **said)]
    )
    assert ids(model) == ["!d", "!g"]
    assert [model.data(model.index(i), ROLES["lastSender"]) for i in range(2)] == ["", "Bob"]
    assert [model.row_for(r).is_group for r in ("!d", "!g")] == [False, True]  # type: ignore[union-attr]


def member_event(n: int, who: str, name: str, membership: str = "join", **kw: Any) -> TimelineRow:
    content = (
        {"membership": membership, "displayname": name}
        if membership == "join"
        else {"membership": membership}
    )
    return event(
        n, sender=who, type="m.room.member", kind=EventKind.MEMBER, state_key=who, content=content, **kw
    )


def runs(model: TimelineModel) -> list[tuple[str, int, str, bool, bool]]:
    keys = ("body", "runCount", "runText", "runExpanded", "collapsed")
    return [tuple(model.row(i)[k] for k in keys) for i in range(model.rowCount())]  # type: ignore[misc]


def test_runs_of_state_lines_collapse_into_one_line_that_expands(loop: Any, qtmodeltester: Any) -> None:
    people = [f"@p{n}:example.org" for n in range(5)]
    rows = [event(1), *(member_event(2 + n, p, f"P{n}") for n, p in enumerate(people)), event(7)]
    model = opened(loop, FakeSource(rows))
    qtmodeltester.check(model)
    # newest first: message 7, the five joins (the oldest carries the summary), message 1
    assert runs(model)[0] == ("message 7", 0, "", False, False)
    assert [r[4] for r in runs(model)[1:5]] == [True] * 4
    assert runs(model)[5] == ("P0 joined", 5, "P0, P1 and 3 others joined", False, False)
    assert runs(model)[6][1:] == (0, "", False, False)

    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    model.toggleRun(3)
    assert runs(model)[5][1:4] == (5, "P0, P1 and 3 others joined", True)
    assert [r[4] for r in runs(model)[1:6]] == [False] * 5
    assert sorted(changed) == [1, 2, 3, 4, 5]
    model.toggleRun(5)
    assert [r[4] for r in runs(model)[1:5]] == [True] * 4


def test_a_run_grows_and_splits_as_rows_arrive(loop: Any) -> None:
    people = [f"@q{n}:example.org" for n in range(3)]
    model = opened(loop, FakeSource([member_event(1, people[0], "Q0"), member_event(2, people[1], "Q1")]))
    assert [r[1:] for r in runs(model)] == [(0, "", False, False)] * 2  # two lines stay as they are
    model.apply({ROOM: (member_event(3, people[2], "Q2"),)}, (), {})
    assert runs(model)[2][1:] == (3, "Q0, Q1 and Q2 joined", False, False)
    assert [r[4] for r in runs(model)[:2]] == [True, True]
    model.apply(
        {
            ROOM: (
                event(4),
                member_event(
                    5, people[0], "Q0", "leave", prev_content={"membership": "join", "displayname": "Q0"}
                ),
            )
        },
        (),
        {},
    )
    assert runs(model)[0][:2] == ("Q0 left", 0)  # after a message: a new run of one
    assert runs(model)[4][1:3] == (3, "Q0, Q1 and Q2 joined")
