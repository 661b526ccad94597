"""A call in the timeline model: one row on its invite, worded from all the call's events, reworded
in place as they arrive; the other call events have no rows; broken ones never break the room."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from messenger_desktop.api.events import EventKind
from messenger_desktop.api.ids import EventId, RoomId
from messenger_desktop.qt.event_text import describe
from messenger_desktop.qt.timeline_model import TimelineModel
from messenger_desktop.store.call_history import call_id_of
from messenger_desktop.store.rows import TimelineRow
from messenger_desktop.store.timeline import TimelinePage
from tests.unit.calls.builders import AUDIO_SDP, HOST_CANDIDATE, VIDEO_SDP

from .test_models import BOB, ME, NOW, FakeSource, event, opened


class CallSource(FakeSource):
    """Pages as the cache makes them: each invite on a page brings its whole call."""

    async def page(
        self, room_id: RoomId, before: tuple[int, int] | None = None, limit: int = 50
    ) -> TimelinePage:
        page = await super().page(room_id, before, limit)
        invites = {call_id_of(r.type, r.content) for r in page.rows if r.type == "m.call.invite"}
        calls = {
            call: tuple(r for r in reversed(self.rows) if call_id_of(r.type, r.content) == call)
            for call in invites
            if call
        }
        return TimelinePage(page.rows, page.gap, page.at_start, page.aggregates, page.replies, calls)


def call(
    n: int, kind: str, sender: str = BOB, ts: int = 0, call_id: str = "c1", **content: Any
) -> TimelineRow:
    party = "BOBPHONE" if sender == BOB else "MYDESK"
    body = {"call_id": call_id, "party_id": party, "version": "1", **content}
    return event(n, sender=sender, ts=ts, type=f"m.call.{kind}", kind=EventKind.UNKNOWN, content=body)


def invite(n: int, ts: int, sender: str = BOB, *, video: bool = False, lifetime: int = 60_000) -> TimelineRow:
    offer = {"type": "offer", "sdp": VIDEO_SDP if video else AUDIO_SDP}
    return call(n, "invite", sender, ts, offer=offer, lifetime=lifetime)


def answer(n: int, ts: int, sender: str = ME) -> TimelineRow:
    return call(n, "answer", sender, ts, answer={"type": "answer", "sdp": AUDIO_SDP})


def hangup(n: int, ts: int, sender: str = BOB) -> TimelineRow:
    return call(n, "hangup", sender, ts, reason="user_hangup")


def candidates(n: int, ts: int, sender: str = BOB) -> TimelineRow:
    return call(n, "candidates", sender, ts, candidates=[HOST_CANDIDATE])


def rows(model: TimelineModel) -> list[tuple[str, str]]:
    return [(model.row(i)["kind"], model.row(i)["body"]) for i in range(model.rowCount())]


AGO = NOW - 3_600_000


def test_a_missed_call_is_one_row_and_its_noise_is_hidden(loop: Any, qtmodeltester: Any) -> None:
    source = CallSource(
        [event(1, ts=AGO - 1), invite(2, AGO), candidates(3, AGO + 10), hangup(4, AGO + 9_000), event(5)]
    )
    model = opened(loop, source)
    qtmodeltester.check(model)
    assert rows(model) == [("message", "message 5"), ("call", "Missed voice call"), ("message", "message 1")]
    row = model.row(1)
    assert (row["eventId"], row["callMissed"], row["callVideo"]) == ("$e2", True, False)
    assert row["timeText"] and not row["canRedact"] and not row["canEdit"]


def test_the_row_is_reworded_in_place_as_the_call_goes_on(loop: Any, qtmodeltester: Any) -> None:
    now = int(time.time() * 1000)  # not the module's NOW: a long run would let the invite expire
    model = opened(
        loop, CallSource([event(1, ts=now - 5_000), invite(2, now - 1_000, sender=ME, video=True)])
    )
    qtmodeltester.check(model)
    assert rows(model)[0] == ("call", "Outgoing video call")  # still ringing
    changed: list[int] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.extend(range(top.row(), bottom.row() + 1))
    )
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _p, first, _l: inserted.append(first))

    model.apply(
        {model_room(model): (candidates(3, now, sender=BOB), answer(4, now + 2_000, sender=BOB))}, (), {}
    )
    assert rows(model)[0] == ("call", "Video call in progress")
    model.apply({model_room(model): (hangup(5, now + 65_000, sender=ME),)}, (), {})
    assert rows(model) == [("call", "Video call · 1:03"), ("message", "message 1")]
    assert set(changed) == {0} and not inserted
    assert model.row(0)["callVideo"] is True and model.row(0)["callMissed"] is False


def test_an_invite_from_older_history_has_its_whole_call(loop: Any) -> None:
    early = [invite(1, AGO), answer(2, AGO + 1_000)]
    chat = [event(n, ts=AGO + 2_000 + n) for n in range(3, 63)]
    model = opened(loop, CallSource([*early, *chat, hangup(63, AGO + 61_000, sender=ME)]))
    assert all(kind == "message" for kind, _ in rows(model))  # the hangup alone has no row
    model.loadOlder()
    loop.run_until_complete(model.wait_idle())
    assert rows(model)[-1] == ("call", "Voice call · 1:00")


def test_a_ringing_call_turns_missed_when_its_invite_expires(loop: Any) -> None:
    now = int(time.time() * 1000)
    model = opened(loop, CallSource([event(1, ts=now - 5_000)]))
    model.apply({model_room(model): (invite(2, now, lifetime=300),)}, (), {})
    assert rows(model)[0] == ("call", "Incoming voice call")
    loop.run_until_complete(asyncio.sleep(0.6))
    assert rows(model)[0] == ("call", "Missed voice call")
    assert model.row(0)["callMissed"] is True


def test_broken_call_events_show_a_placeholder_or_nothing(loop: Any, qtmodeltester: Any) -> None:
    broken = [
        call(2, "invite", ts=AGO, offer={"sdp": 5}, lifetime="soon"),
        call(3, "hangup", ts=AGO + 1, call_id="not a valid id"),
        call(4, "answer", ts=AGO + 2, answer=None),
        event(5, ts=AGO + 3, type="m.call.invite", kind=EventKind.UNKNOWN, content={"call_id": ["x"]}),
        event(6, ts=AGO + 4, type="m.call.weird", kind=EventKind.UNKNOWN, content={}),
        call(7, "select_answer", ts=AGO + 5, selected_party_id={"a": 1}),
    ]
    model = opened(loop, CallSource([event(1, ts=AGO - 1), *broken]))
    qtmodeltester.check(model)
    assert rows(model) == [
        ("placeholder", "This call could not be shown"),
        ("placeholder", "This call could not be shown"),
        ("message", "message 1"),
    ]
    model.apply({model_room(model): (call(8, "hangup", ts=AGO + 9, call_id=""),)}, (), {})
    assert model.rowCount() == 3


def test_a_deleted_invite_reads_as_deleted(loop: Any) -> None:
    model = opened(loop, CallSource([invite(1, AGO), hangup(2, AGO + 1_000)]))
    assert rows(model) == [("call", "Missed voice call")]
    model.apply_relations({}, {model_room(model): (EventId("$e1"),)}, {})
    assert rows(model) == [("placeholder", "Message deleted")]


def test_describe_keeps_only_the_invite_of_a_call() -> None:
    def name_of(user: str) -> str:
        return user

    assert describe(invite(1, AGO), name_of) == ("call", "")
    for hidden in (
        answer(2, AGO),
        hangup(3, AGO),
        candidates(4, AGO),
        call(5, "reject"),
        call(6, "negotiate"),
    ):
        assert describe(hidden, name_of) is None


def model_room(model: TimelineModel) -> RoomId:
    return RoomId(model.property("roomId"))
