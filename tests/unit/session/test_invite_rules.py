"""What becomes of an invitation, and which cached events an ignoring user sees."""

from __future__ import annotations

import pytest

from messenger_desktop.api import EventId, RoomId, UserId
from messenger_desktop.api.events import EventKind
from messenger_desktop.session.invite_rules import Verdict, is_hidden, judge_invite, visible, without_ignored
from messenger_desktop.store.rows import Aggregate, Reaction, TimelineRow

SPAMMER = UserId("@spammer:evil")
FRIEND = UserId("@friend:hs")
STRANGER = UserId("@stranger:hs")
IGNORED = frozenset({SPAMMER})


@pytest.mark.parametrize(
    ("inviter", "name", "known", "strangers_declined", "verdict"),
    [
        (FRIEND, "Weekend plans", True, False, Verdict.SHOW),
        (FRIEND, "FREE BTC 🚀🚀🚀", True, False, Verdict.SHOW),  # people the user knows are trusted
        (FRIEND, "Weekend plans", True, True, Verdict.SHOW),
        (STRANGER, "Weekend plans", False, False, Verdict.SHOW),
        (STRANGER, "Claim your prize at prizes.xyz", False, False, Verdict.COLLAPSE),
        (STRANGER, "Weekend plans", False, True, Verdict.DECLINE),
        (STRANGER, "Claim your prize", False, True, Verdict.DECLINE),
        (SPAMMER, "Weekend plans", True, False, Verdict.DROP),  # ignoring wins over everything
        (SPAMMER, "Weekend plans", False, True, Verdict.DROP),
        ("", "Invitation", False, False, Verdict.SHOW),
        ("", "Invitation", False, True, Verdict.DECLINE),
    ],
)
def test_an_invitation_is_judged_by_who_sent_it_and_what_it_is_called(
    inviter: str, name: str, known: bool, strangers_declined: bool, verdict: Verdict
) -> None:
    assert (
        judge_invite(
            inviter, name, ignored=IGNORED, known_inviter=known, strangers_declined=strangers_declined
        )
        is verdict
    )


def _row(sender: UserId, kind: EventKind = EventKind.MESSAGE, state_key: str | None = None) -> TimelineRow:
    return TimelineRow(
        event_id=EventId(f"$e{sender}{kind}"),
        room_id=RoomId("!r:hs"),
        chunk=1,
        pos=1,
        type="m.room.member" if kind is EventKind.MEMBER else "m.room.message",
        kind=kind,
        sender=sender,
        ts=1,
        content={},
        state_key=state_key,
    )


def test_only_the_messages_of_ignored_people_are_hidden_not_their_state_changes() -> None:
    message = _row(SPAMMER)
    joined = _row(SPAMMER, EventKind.MEMBER, state_key=SPAMMER)
    friendly = _row(FRIEND)
    assert is_hidden(message, IGNORED)
    assert not is_hidden(joined, IGNORED)
    assert visible([message, joined, friendly], IGNORED) == (joined, friendly)
    assert visible([message], frozenset()) == (message,)


def test_reactions_of_ignored_people_are_taken_out_of_the_totals() -> None:
    aggregates = {
        EventId("$a"): Aggregate(
            reactions=(
                Reaction("👍", (FRIEND, SPAMMER), None),
                Reaction("💩", (SPAMMER,), None),
            ),
            thread_count=2,
        ),
        EventId("$b"): Aggregate(reactions=(Reaction("❤️", (FRIEND,), None),)),
    }
    cleaned = without_ignored(aggregates, IGNORED)
    assert cleaned[EventId("$a")].reactions == (Reaction("👍", (FRIEND,), None),)
    assert cleaned[EventId("$a")].thread_count == 2
    assert cleaned[EventId("$b")] is aggregates[EventId("$b")]
