"""The ``m.call.*`` events of 1:1 calls (spec "Voice over IP", version ``"1"``), parsed and built.

Incoming content is untrusted: :func:`parse_content` and :func:`parse_call_event` turn it into frozen
dataclasses or ``None`` and never raise. What they enforce, and why:

* ``call_id`` and ``party_id`` follow the spec's grammar (1–255 of ``[0-9a-zA-Z._~-]``), so an id is
  safe as a key, in logs and back in our own events. ``party_id`` may be absent: version 0 clients
  (Element's legacy calls) do not send one.
* ``version``: integer ``0`` (or no version at all, as the oldest clients did) is legacy; anything
  else counts as ``"1"``, as the spec says ("including, for example, the numeric value 1").
* SDP is capped at :data:`MAX_SDP` characters and candidate lists at :data:`MAX_CANDIDATES`; a
  candidate line with a line break or NUL is dropped (it could smuggle lines into an SDP).
* The ``type`` of an invite's offer or an answer's answer is not checked (the spec says receivers
  "should not attempt to validate the type field"); a negotiate's ``description.type`` must be
  ``offer`` or ``answer`` because it is what tells the two apart.
* A hangup without ``reason`` is ``user_hangup`` (spec: "a missing value should be treated as
  user_hangup"); a reason outside the spec's list reads as ``unknown_error``.

Outgoing content is built by the ``*_content`` functions, always with ``version: "1"`` and our
``party_id``.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ..api.ids import EventId, RoomId, UserId

VERSION: Final = "1"
MAX_SDP: Final = 65_536
MAX_CANDIDATES: Final = 100
MAX_CANDIDATE_LINE: Final = 2_048
MAX_LIFETIME_MS: Final = 24 * 3600 * 1000

INVITE: Final = "m.call.invite"
CANDIDATES: Final = "m.call.candidates"
ANSWER: Final = "m.call.answer"
SELECT_ANSWER: Final = "m.call.select_answer"
REJECT: Final = "m.call.reject"
NEGOTIATE: Final = "m.call.negotiate"
HANGUP: Final = "m.call.hangup"
CALL_EVENT_TYPES: Final = frozenset({INVITE, CANDIDATES, ANSWER, SELECT_ANSWER, REJECT, NEGOTIATE, HANGUP})

HANGUP_REASONS: Final = frozenset(
    {
        "ice_failed",
        "ice_timeout",
        "invite_timeout",
        "user_hangup",
        "user_media_failed",
        "user_busy",
        "unknown_error",
    }
)

_VOIP_ID = re.compile(r"[0-9A-Za-z._~-]{1,255}")
_USER_ID = re.compile(r"@[^:\s]+:\S+")
_ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def is_voip_id(value: object) -> bool:
    """The spec's grammar for ``call_id`` and ``party_id``."""
    return isinstance(value, str) and _VOIP_ID.fullmatch(value) is not None


def new_voip_id(length: int = 24) -> str:
    """A random id in the VoIP grammar; call ids are compared in glare, so they must be random."""
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(length))


@dataclass(frozen=True, slots=True)
class Candidate:
    """One ICE candidate; an empty ``candidate`` is the end-of-candidates marker."""

    candidate: str
    sdp_mid: str | None = None
    sdp_mline_index: int | None = None

    @property
    def is_end(self) -> bool:
        return self.candidate == ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"candidate": self.candidate}
        if self.sdp_mid is not None:
            out["sdpMid"] = self.sdp_mid
        if self.sdp_mline_index is not None:
            out["sdpMLineIndex"] = self.sdp_mline_index
        return out


@dataclass(frozen=True, slots=True)
class Invite:
    call_id: str
    party_id: str | None
    legacy: bool
    sdp: str
    lifetime_ms: int
    invitee: UserId | None
    video: bool


@dataclass(frozen=True, slots=True)
class Candidates:
    call_id: str
    party_id: str | None
    legacy: bool
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class Answer:
    call_id: str
    party_id: str | None
    legacy: bool
    sdp: str


@dataclass(frozen=True, slots=True)
class SelectAnswer:
    call_id: str
    party_id: str | None
    legacy: bool
    selected_party_id: str


@dataclass(frozen=True, slots=True)
class Reject:
    call_id: str
    party_id: str | None
    legacy: bool


@dataclass(frozen=True, slots=True)
class Negotiate:
    call_id: str
    party_id: str | None
    legacy: bool
    is_offer: bool
    sdp: str
    lifetime_ms: int | None


@dataclass(frozen=True, slots=True)
class Hangup:
    call_id: str
    party_id: str | None
    legacy: bool
    reason: str


CallContent = Invite | Candidates | Answer | SelectAnswer | Reject | Negotiate | Hangup


@dataclass(frozen=True, slots=True)
class RemoteEvent:
    """A call event from the room, as the state machine needs it.

    ``age_ms`` is how old the event was when it was handed over (``unsigned.age`` plus the time
    since the sync response arrived); the spec bases invite expiry on it rather than on clocks.
    """

    event_id: EventId
    room_id: RoomId
    sender: UserId
    content: CallContent
    age_ms: int = 0

    @property
    def party_id(self) -> str | None:
        return self.content.party_id

    @property
    def call_id(self) -> str:
        return self.content.call_id


def _sdp(description: object) -> str | None:
    """The ``sdp`` of a session description object (``RTCSessionDescriptionInit``)."""
    value = description.get("sdp") if isinstance(description, Mapping) else None
    if isinstance(value, str) and 0 < len(value) <= MAX_SDP:
        return value
    return None


def _positive_int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return min(value, MAX_LIFETIME_MS)
    return None


def sdp_has_video(sdp: str) -> bool:
    """Whether an SDP offers a video section that is not disabled (port 0)."""
    for line in sdp.splitlines():
        if line.startswith("m=video "):
            port = line[8:].split(" ", 1)[0]
            if port != "0":
                return True
    return False


def _candidate(item: object) -> Candidate | None:
    if not isinstance(item, Mapping):
        return None
    line = item.get("candidate")
    mid = item.get("sdpMid")
    index = item.get("sdpMLineIndex")
    if not isinstance(line, str) or len(line) > MAX_CANDIDATE_LINE:
        return None
    if any(bad in line for bad in ("\r", "\n", "\0")):
        return None
    if mid is not None and not (isinstance(mid, str) and len(mid) <= 64 and mid.isprintable()):
        return None
    if index is not None and not (
        isinstance(index, int) and not isinstance(index, bool) and 0 <= index < 1024
    ):
        return None
    if line and mid is None and index is None:
        return None
    return Candidate(line, mid, index)


def parse_content(event_type: str, content: object) -> CallContent | None:
    """The typed content of one ``m.call.*`` event, or ``None`` when it is malformed or not a call."""
    if event_type not in CALL_EVENT_TYPES or not isinstance(content, Mapping):
        return None
    call_id = content.get("call_id")
    if not is_voip_id(call_id):
        return None
    assert isinstance(call_id, str)
    party = content.get("party_id")
    if party is not None and not is_voip_id(party):
        return None
    party_id: str | None = party
    version = content.get("version", 0)
    legacy = version == 0 and not isinstance(version, bool) and isinstance(version, int)
    try:
        return _PARSERS[event_type](content, call_id, party_id, legacy)
    except (TypeError, ValueError, AttributeError):  # defensive: shapes no check above foresaw
        return None


def _invite(content: Mapping[str, Any], call_id: str, party_id: str | None, legacy: bool) -> Invite | None:
    sdp = _sdp(content.get("offer"))
    lifetime = _positive_int(content.get("lifetime"))
    invitee = content.get("invitee")
    if sdp is None or lifetime is None:
        return None
    if invitee is not None and not (
        isinstance(invitee, str) and len(invitee) <= 255 and _USER_ID.fullmatch(invitee)
    ):
        return None
    return Invite(
        call_id, party_id, legacy, sdp, lifetime, UserId(invitee) if invitee else None, sdp_has_video(sdp)
    )


def _candidates(
    content: Mapping[str, Any], call_id: str, party_id: str | None, legacy: bool
) -> Candidates | None:
    items = content.get("candidates")
    if not isinstance(items, list):
        return None
    parsed = tuple(c for c in map(_candidate, items[:MAX_CANDIDATES]) if c is not None)
    return Candidates(call_id, party_id, legacy, parsed) if parsed else None


def _answer(content: Mapping[str, Any], call_id: str, party_id: str | None, legacy: bool) -> Answer | None:
    sdp = _sdp(content.get("answer"))
    return None if sdp is None else Answer(call_id, party_id, legacy, sdp)


def _select(
    content: Mapping[str, Any], call_id: str, party_id: str | None, legacy: bool
) -> SelectAnswer | None:
    selected = content.get("selected_party_id")
    if not isinstance(selected, str) or not is_voip_id(selected):
        return None
    return SelectAnswer(call_id, party_id, legacy, selected)


def _reject(content: Mapping[str, Any], call_id: str, party_id: str | None, legacy: bool) -> Reject:
    return Reject(call_id, party_id, legacy)


def _negotiate(
    content: Mapping[str, Any], call_id: str, party_id: str | None, legacy: bool
) -> Negotiate | None:
    description = content.get("description")
    if not isinstance(description, Mapping) or description.get("type") not in ("offer", "answer"):
        return None
    sdp = _sdp(description)
    if sdp is None:
        return None
    lifetime = _positive_int(content.get("lifetime"))
    return Negotiate(call_id, party_id, legacy, description.get("type") == "offer", sdp, lifetime)


def _hangup(content: Mapping[str, Any], call_id: str, party_id: str | None, legacy: bool) -> Hangup:
    reason = content.get("reason", "user_hangup")
    return Hangup(call_id, party_id, legacy, reason if reason in HANGUP_REASONS else "unknown_error")


_Parser = Callable[[Mapping[str, Any], str, str | None, bool], CallContent | None]
_PARSERS: Final[dict[str, _Parser]] = {
    INVITE: _invite,
    CANDIDATES: _candidates,
    ANSWER: _answer,
    SELECT_ANSWER: _select,
    REJECT: _reject,
    NEGOTIATE: _negotiate,
    HANGUP: _hangup,
}


def event_age(event: Mapping[str, Any], wall_now_ms: int) -> int:
    """How old a raw event is: ``unsigned.age`` when the server gave one (clock-independent, as
    the spec asks), otherwise our wall clock minus ``origin_server_ts`` (events replayed from the
    cache have no fresh age). Never negative."""
    unsigned = event.get("unsigned")
    age = unsigned.get("age") if isinstance(unsigned, Mapping) else None
    if isinstance(age, int) and not isinstance(age, bool) and age >= 0:
        return age
    ts = event.get("origin_server_ts")
    if isinstance(ts, int) and not isinstance(ts, bool):
        return max(0, wall_now_ms - ts)
    return 0


def parse_call_event(
    raw: object, room_id: RoomId, *, wall_now_ms: int, extra_age_ms: int = 0
) -> RemoteEvent | None:
    """A raw timeline event as a :class:`RemoteEvent`, or ``None`` if it is not a well-formed call
    event. ``extra_age_ms`` is the time between the sync response's arrival and this call."""
    if not isinstance(raw, Mapping):
        return None
    event_id = raw.get("event_id")
    sender = raw.get("sender")
    etype = raw.get("type")
    if not isinstance(event_id, str) or not event_id.startswith("$") or len(event_id) > 255:
        return None
    if not isinstance(sender, str) or len(sender) > 255 or not _USER_ID.fullmatch(sender):
        return None
    if not isinstance(etype, str):
        return None
    content = parse_content(etype, raw.get("content"))
    if content is None:
        return None
    age = event_age(raw, wall_now_ms) + max(0, extra_age_ms)
    return RemoteEvent(EventId(event_id), room_id, UserId(sender), content, age)


# --- outgoing content -------------------------------------------------------------------------


def _base(call_id: str, party_id: str) -> dict[str, Any]:
    return {"call_id": call_id, "party_id": party_id, "version": VERSION}


def invite_content(
    call_id: str, party_id: str, sdp: str, lifetime_ms: int, invitee: UserId | None
) -> dict[str, Any]:
    content = _base(call_id, party_id)
    content["offer"] = {"type": "offer", "sdp": sdp}
    content["lifetime"] = lifetime_ms
    if invitee is not None:
        content["invitee"] = invitee
    return content


def answer_content(call_id: str, party_id: str, sdp: str) -> dict[str, Any]:
    return _base(call_id, party_id) | {"answer": {"type": "answer", "sdp": sdp}}


def candidates_content(call_id: str, party_id: str, candidates: Sequence[Candidate]) -> dict[str, Any]:
    return _base(call_id, party_id) | {"candidates": [c.to_json() for c in candidates]}


def select_answer_content(call_id: str, party_id: str, selected_party_id: str) -> dict[str, Any]:
    return _base(call_id, party_id) | {"selected_party_id": selected_party_id}


def reject_content(call_id: str, party_id: str) -> dict[str, Any]:
    return _base(call_id, party_id)


def hangup_content(call_id: str, party_id: str, reason: str) -> dict[str, Any]:
    return _base(call_id, party_id) | {"reason": reason}


def negotiate_content(
    call_id: str, party_id: str, sdp: str, *, offer: bool, lifetime_ms: int | None
) -> dict[str, Any]:
    content = _base(call_id, party_id)
    content["description"] = {"type": "offer" if offer else "answer", "sdp": sdp}
    if lifetime_ms is not None:
        content["lifetime"] = lifetime_ms
    return content
