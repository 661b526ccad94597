"""The line a timeline shows for a call: "Missed voice call", "Video call · 12:34", "Declined voice call".

:func:`summarise` reads the ``m.call.*`` events of one ``call_id`` as the timeline holds them
(any objects with ``type``, ``sender``, ``content`` and ``ts``, such as
:class:`~messenger_desktop.api.events.RoomEvent`) and decides what happened from the viewpoint of
``me``; :func:`history_line` words it. The state machine reports the same :class:`CallRecord` for
calls it took part in, so a notification ("missed call") and the timeline agree.

Words go through ``tr`` so the Qt layer can pass its translator; the templates are the English text.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from .events import (
    ANSWER,
    HANGUP,
    INVITE,
    REJECT,
    SELECT_ANSWER,
    Answer,
    Hangup,
    Invite,
    Reject,
    SelectAnswer,
)
from .events import parse_content as _parse


class CallOutcome(enum.Enum):
    ONGOING = "ongoing"  # ringing or in progress
    ENDED = "ended"  # it connected (duration known once it is hung up)
    MISSED = "missed"  # incoming, never answered here or anywhere
    DECLINED = "declined"  # the callee said no (either side sees this)
    CANCELLED = "cancelled"  # the caller gave up before an answer
    NO_ANSWER = "no_answer"  # outgoing, nobody answered in time
    BUSY = "busy"  # outgoing, the callee was busy
    FAILED = "failed"  # media or connection failure


@dataclass(frozen=True, slots=True)
class CallRecord:
    outgoing: bool
    video: bool
    outcome: CallOutcome
    duration_ms: int | None = None
    answered: bool = False
    """With ONGOING: the call was answered and is in progress (not ringing)."""


class TimelineCallEvent(Protocol):
    @property
    def type(self) -> str: ...
    @property
    def sender(self) -> str: ...
    @property
    def content(self) -> dict[str, Any]: ...
    @property
    def ts(self) -> int: ...


def summarise(events: Iterable[TimelineCallEvent], me: str, now_ms: int | None = None) -> CallRecord | None:
    """What happened in one call, or ``None`` without its invite (nothing sensible to say).

    ``now_ms`` (server-time milliseconds) tells a call still ringing from one whose invite expired;
    ``None`` treats every unanswered invite as expired (history, not live state).
    """
    invite: Invite | None = None
    caller = ""
    invite_ts = 0
    answers: dict[str | None, int] = {}
    rejects: set[str | None] = set()
    selected: str | None = None
    select_seen = False
    callee_end: Hangup | None = None
    caller_end: Hangup | None = None
    end_ts: int | None = None
    for event in events:
        content = _parse(event.type, event.content)
        if content is None:
            continue
        if isinstance(content, Invite):
            if invite is None:
                invite, caller, invite_ts = content, event.sender, event.ts
            continue
        if invite is None:
            continue
        from_caller = event.sender == caller and content.party_id == invite.party_id
        if isinstance(content, Answer) and not from_caller:
            answers.setdefault(content.party_id, event.ts)
        elif isinstance(content, Reject) and not from_caller:
            rejects.add(content.party_id)
        elif isinstance(content, SelectAnswer) and from_caller and not select_seen:
            selected, select_seen = content.selected_party_id, True
        elif isinstance(content, Hangup) and end_ts is None:
            end_ts = event.ts
            if from_caller:
                caller_end = content
            else:
                callee_end = content
    if invite is None:
        return None
    outgoing = caller == me
    video = invite.video
    answered_at = _answered_at(answers, rejects, selected, select_seen)
    if answered_at is not None:
        end = caller_end or callee_end
        if end is None:
            if now_ms is None:
                return CallRecord(outgoing, video, CallOutcome.ENDED)
            return CallRecord(outgoing, video, CallOutcome.ONGOING, answered=True)
        if end.reason == "ice_failed":
            return CallRecord(outgoing, video, CallOutcome.FAILED)
        duration = max(0, (end_ts or answered_at) - answered_at)
        return CallRecord(outgoing, video, CallOutcome.ENDED, duration)
    if rejects and (not select_seen or selected in rejects):
        return CallRecord(outgoing, video, CallOutcome.DECLINED)
    if callee_end is not None:
        busy = callee_end.reason == "user_busy"
        outcome = CallOutcome.BUSY if busy and outgoing else CallOutcome.DECLINED
        return CallRecord(outgoing, video, CallOutcome.MISSED if busy and not outgoing else outcome)
    if caller_end is not None:
        if not outgoing:
            return CallRecord(outgoing, video, CallOutcome.MISSED)
        timed_out = caller_end.reason == "invite_timeout"
        return CallRecord(outgoing, video, CallOutcome.NO_ANSWER if timed_out else CallOutcome.CANCELLED)
    if now_ms is not None and now_ms < invite_ts + invite.lifetime_ms:
        return CallRecord(outgoing, video, CallOutcome.ONGOING)
    return CallRecord(outgoing, video, CallOutcome.NO_ANSWER if outgoing else CallOutcome.MISSED)


def _answered_at(
    answers: dict[str | None, int], rejects: set[str | None], selected: str | None, select_seen: bool
) -> int | None:
    """When the answer the caller went with was sent: the selected one, else (legacy callers send
    no select_answer) the first; ``None`` if the caller selected a reject or nobody answered."""
    if select_seen:
        return answers.get(selected) if selected not in rejects else None
    return min(answers.values()) if answers else None


def format_duration(duration_ms: int) -> str:
    """``m:ss`` or ``h:mm:ss``."""
    seconds = max(0, duration_ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


_LINES: dict[tuple[CallOutcome, bool], str] = {
    (CallOutcome.ENDED, False): "Voice call",
    (CallOutcome.ENDED, True): "Video call",
    (CallOutcome.MISSED, False): "Missed voice call",
    (CallOutcome.MISSED, True): "Missed video call",
    (CallOutcome.DECLINED, False): "Declined voice call",
    (CallOutcome.DECLINED, True): "Declined video call",
    (CallOutcome.CANCELLED, False): "Cancelled voice call",
    (CallOutcome.CANCELLED, True): "Cancelled video call",
    (CallOutcome.NO_ANSWER, False): "Voice call · no answer",
    (CallOutcome.NO_ANSWER, True): "Video call · no answer",
    (CallOutcome.BUSY, False): "Voice call · busy",
    (CallOutcome.BUSY, True): "Video call · busy",
    (CallOutcome.FAILED, False): "Voice call failed",
    (CallOutcome.FAILED, True): "Video call failed",
}
_ONGOING = {
    (False, False): "Incoming voice call",
    (False, True): "Incoming video call",
    (True, False): "Outgoing voice call",
    (True, True): "Outgoing video call",
}


def history_line(record: CallRecord, tr: Callable[[str], str] = lambda text: text) -> str:
    """The timeline's words for ``record``; ``tr`` translates each template."""
    if record.outcome is CallOutcome.ONGOING:
        if record.answered:
            return tr("Video call in progress" if record.video else "Voice call in progress")
        return tr(_ONGOING[(record.outgoing, record.video)])
    text = tr(_LINES[(record.outcome, record.video)])
    if record.outcome is CallOutcome.ENDED and record.duration_ms is not None:
        return f"{text} · {format_duration(record.duration_ms)}"
    return text


CALL_HISTORY_TYPES = frozenset({INVITE, ANSWER, SELECT_ANSWER, REJECT, HANGUP})
"""The event types :func:`summarise` looks at (candidates and negotiation do not change the line)."""
