"""What the call state machine asks its caller to do: plain data, executed outside.

The machine never sends, rings or touches media itself; every input returns a list of these, in the
order they must happen. The session sends :class:`SendEvent` through its outbox, the media thread
handles the ``*Offer``/``*Answer``/candidate effects and answers with ``media_ready``, the Qt layer
rings, shows notices and writes history.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from ..api.ids import RoomId, UserId
from .events import Candidate
from .history import CallRecord


class CallState(enum.Enum):
    CREATING_OFFER = "creating_offer"  # outgoing: the media side is preparing our offer
    INVITING = "inviting"  # outgoing: invite sent, waiting for an answer
    RINGING = "ringing"  # incoming: waiting for the user
    ANSWERING = "answering"  # incoming: accepted, the media side is preparing our answer
    CONNECTING = "connecting"  # offer and answer exchanged, waiting for ICE
    CONNECTED = "connected"
    ENDED = "ended"


class EndReason(enum.Enum):
    LOCAL_HANGUP = "local_hangup"
    REMOTE_HANGUP = "remote_hangup"
    CANCELLED = "cancelled"  # we gave up on our own invite
    DECLINED = "declined"  # we declined (m.call.reject, or hangup to a legacy caller)
    REMOTE_DECLINED = "remote_declined"
    REMOTE_BUSY = "remote_busy"
    BUSY_DECLINED = "busy_declined"  # we declined as busy (user_busy)
    INVITE_TIMEOUT = "invite_timeout"  # nobody answered our invite in its lifetime
    MISSED = "missed"  # the invite expired, or the caller gave up, before we answered
    IGNORED = "ignored"  # the user silenced the ringing here only
    ANSWERED_ELSEWHERE = "answered_elsewhere"
    DECLINED_ELSEWHERE = "declined_elsewhere"
    REPLACED = "replaced"  # glare: this call lost to the other one
    ICE_FAILED = "ice_failed"
    MEDIA_FAILED = "media_failed"
    PEER_LEFT = "peer_left"


class Notice(enum.Enum):
    ANSWERED_ELSEWHERE = "answered_elsewhere"
    DECLINED_ELSEWHERE = "declined_elsewhere"
    NEGOTIATION_FAILED = "negotiation_failed"
    RENEGOTIATION_UNSUPPORTED = "renegotiation_unsupported"


@dataclass(frozen=True, slots=True)
class SendEvent:
    call_id: str
    room_id: RoomId
    event_type: str
    content: dict[str, Any]


@dataclass(frozen=True, slots=True)
class CreateOffer:
    call_id: str
    video: bool


@dataclass(frozen=True, slots=True)
class CreateAnswer:
    """Apply the remote offer and create our answer (with video only if ``video``)."""

    call_id: str
    offer_sdp: str
    video: bool


@dataclass(frozen=True, slots=True)
class SetRemoteAnswer:
    call_id: str
    sdp: str


@dataclass(frozen=True, slots=True)
class AddRemoteCandidates:
    call_id: str
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class AnswerRenegotiation:
    """A renegotiation offer from the peer: apply it and create an answer (``media_ready`` with it)."""

    call_id: str
    offer_sdp: str


@dataclass(frozen=True, slots=True)
class RollbackLocalOffer:
    """Our renegotiation offer lost (perfect negotiation) or timed out: return to the stable state."""

    call_id: str


@dataclass(frozen=True, slots=True)
class TransferMedia:
    """Glare: the local media of ``from_call`` should carry on in ``to_call`` (spec: "any media stream
    that had been setup for use on a call should be transferred"). :class:`ReleaseMedia` for
    ``from_call`` follows: keep the captured tracks, close only its peer connection."""

    from_call: str
    to_call: str


@dataclass(frozen=True, slots=True)
class ReleaseMedia:
    call_id: str


@dataclass(frozen=True, slots=True)
class StartRinging:
    call_id: str
    room_id: RoomId
    caller: UserId
    video: bool


@dataclass(frozen=True, slots=True)
class OfferBusyChoice:
    """An incoming call while in another one: offer "Hang up and answer"; declined as busy unless
    the user takes it before the busy window ends."""

    call_id: str
    room_id: RoomId
    caller: UserId
    video: bool


@dataclass(frozen=True, slots=True)
class StopRinging:
    call_id: str


@dataclass(frozen=True, slots=True)
class StartRingback:
    call_id: str


@dataclass(frozen=True, slots=True)
class StopRingback:
    call_id: str


@dataclass(frozen=True, slots=True)
class ShowNotice:
    call_id: str
    notice: Notice


@dataclass(frozen=True, slots=True)
class StateChanged:
    call_id: str
    state: CallState
    reason: EndReason | None = None


@dataclass(frozen=True, slots=True)
class RecordHistory:
    call_id: str
    room_id: RoomId
    peer: UserId | None
    record: CallRecord


Effect = (
    SendEvent
    | CreateOffer
    | CreateAnswer
    | SetRemoteAnswer
    | AddRemoteCandidates
    | AnswerRenegotiation
    | RollbackLocalOffer
    | TransferMedia
    | ReleaseMedia
    | StartRinging
    | OfferBusyChoice
    | StopRinging
    | StartRingback
    | StopRingback
    | ShowNotice
    | StateChanged
    | RecordHistory
)
