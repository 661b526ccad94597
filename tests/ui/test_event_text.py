"""What the timeline says for membership changes: short lines that use what the event replaced."""

from __future__ import annotations

from typing import Any

import pytest

from messenger_desktop.api.events import EventKind
from messenger_desktop.api.ids import EventId, RoomId, UserId
from messenger_desktop.qt.event_text import describe, fill, membership_line, run_entry, run_summary
from messenger_desktop.store.rows import TimelineRow

ALICE = "@alice:example.org"
BOB = "@bob:example.org"
NAMES = {ALICE: "Alice", BOB: "Robert"}  # the cache knows Bob by his newest name


def name_of(user_id: str) -> str:
    return NAMES.get(user_id, user_id)


def member(
    sender: str, target: str, content: dict[str, Any], prev: dict[str, Any] | None = None
) -> TimelineRow:
    return TimelineRow(
        event_id=EventId("$e"),
        room_id=RoomId("!r:example.org"),
        chunk=1,
        pos=1,
        type="m.room.member",
        kind=EventKind.MEMBER,
        sender=UserId(sender),
        ts=0,
        content=content,
        state_key=target,
        prev_content=prev,
    )


JOIN_BOB = {"membership": "join", "displayname": "Bob"}


@pytest.mark.parametrize(
    ("sender", "content", "prev", "expected"),
    [
        (BOB, JOIN_BOB, None, "Bob joined"),
        (BOB, JOIN_BOB, {"membership": "invite", "displayname": "Bob"}, "Bob joined"),
        (BOB, {"membership": "join", "displayname": "Robert"}, JOIN_BOB, "Bob changed their name to Robert"),
        (BOB, {"membership": "join"}, JOIN_BOB, "Bob removed their name"),
        (BOB, JOIN_BOB, {"membership": "join"}, "Robert set their name to Bob"),
        (
            BOB,
            {**JOIN_BOB, "avatar_url": "mxc://a/2"},
            {**JOIN_BOB, "avatar_url": "mxc://a/1"},
            "Bob changed their avatar",
        ),
        (BOB, {**JOIN_BOB, "avatar_url": "mxc://a/1"}, JOIN_BOB, "Bob set an avatar"),
        (BOB, JOIN_BOB, {**JOIN_BOB, "avatar_url": "mxc://a/1"}, "Bob removed their avatar"),
        (BOB, JOIN_BOB, JOIN_BOB, None),  # nothing visible changed
        (BOB, {"membership": "leave"}, JOIN_BOB, "Bob left"),
        (BOB, {"membership": "leave"}, None, "Robert left"),
        (
            BOB,
            {"membership": "leave"},
            {"membership": "invite", "displayname": "Bob"},
            "Bob declined the invitation",
        ),
        (BOB, {"membership": "leave"}, {"membership": "knock"}, "Robert withdrew their request to join"),
        (ALICE, {"membership": "leave"}, JOIN_BOB, "Bob was removed by Alice"),
        (ALICE, {"membership": "leave", "reason": "spam"}, JOIN_BOB, "Bob was removed by Alice: spam"),
        (
            ALICE,
            {"membership": "leave"},
            {"membership": "invite"},
            "Alice withdrew the invitation for Robert",
        ),
        (ALICE, {"membership": "leave"}, {"membership": "ban"}, "Robert was unbanned by Alice"),
        (ALICE, {"membership": "ban"}, JOIN_BOB, "Bob was banned by Alice"),
        (ALICE, {"membership": "invite", "displayname": "Bob"}, None, "Alice invited Bob"),
        (ALICE, {"membership": "invite"}, {"membership": "leave"}, "Alice invited Robert"),
        (ALICE, {"membership": "invite"}, {"membership": "invite"}, None),
        (BOB, {"membership": "knock", "displayname": "Bob"}, None, "Bob asked to join"),
        (BOB, {"membership": "leave"}, {"membership": "leave"}, None),
        (BOB, {"membership": "something-new"}, None, None),
    ],
)
def test_membership_lines(
    sender: str, content: dict[str, Any], prev: dict[str, Any] | None, expected: str | None
) -> None:
    assert membership_line(member(sender, BOB, content, prev), name_of) == expected


def test_hidden_membership_rows_are_hidden_from_the_timeline() -> None:
    assert describe(member(BOB, BOB, JOIN_BOB, JOIN_BOB), name_of) is None
    assert describe(member(BOB, BOB, {"membership": "leave"}, JOIN_BOB), name_of) == ("state", "Bob left")


def test_untrusted_names_are_inserted_once_and_kept_short() -> None:
    row = member(ALICE, BOB, {"membership": "invite", "displayname": "%1 %2\n" + "x" * 1000})
    text = membership_line(row, name_of)
    assert text is not None
    assert text.startswith("Alice invited %1 %2 xxx")
    assert len(text) < 300
    assert fill("%1 and %2 and %3", "a", "%2") == "a and %2 and %3"


def test_a_run_of_joins_or_leaves_reads_as_one_sentence() -> None:
    joined = [("joined", n) for n in ("Alice", "Bob", "Carol", "Dave", "Erin")]
    assert run_summary(joined[:1]) == "Alice joined"
    assert run_summary(joined[:2]) == "Alice and Bob joined"
    assert run_summary(joined[:3]) == "Alice, Bob and Carol joined"
    assert run_summary(joined) == "Alice, Bob and 3 others joined"
    assert run_summary([("left", "Bob"), ("left", "Bob"), ("left", "Carol")]) == "Bob and Carol left"
    assert run_summary([*joined[:2], ("left", "Carol")]) == "3 changes"
    assert run_summary([("", ""), ("", ""), ("", ""), ("joined", "Bob"), ("", "")]) == "5 changes"
    assert (
        run_summary([("created", "Alice"), ("joined", "Alice"), ("", "")]) == "Alice created the conversation"
    )


def test_plain_joins_and_leaves_count_for_run_summaries() -> None:
    assert run_entry(member(BOB, BOB, JOIN_BOB), name_of) == ("joined", "Bob")
    assert run_entry(member(BOB, BOB, {"membership": "leave"}, JOIN_BOB), name_of) == ("left", "Bob")
    assert run_entry(member(ALICE, BOB, {"membership": "leave"}, JOIN_BOB), name_of) == ("", "")
    assert run_entry(member(BOB, BOB, {"membership": "join", "displayname": "R"}, JOIN_BOB), name_of) == (
        "",
        "",
    )
