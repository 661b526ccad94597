"""One 1:1 call as a pure state machine: events and time in, effects out (spec "Voice over IP", v1).

::

    outgoing:  CREATING_OFFER --media_ready--> INVITING --answer--> CONNECTING --ice--> CONNECTED
    incoming:  RINGING --accept--> ANSWERING --media_ready--> CONNECTING --ice--> CONNECTED
    any state --hangup / reject / timeout / failure / answered elsewhere--> ENDED (with an EndReason)

A :class:`Call` does no I/O and reads no clock: every input carries ``now`` (milliseconds on any
monotonic clock), :meth:`Call.next_deadline` says when :meth:`Call.tick` is next due, and every
input returns the :mod:`effects <messenger_desktop.calls.effects>` to execute, in order. Rules
between calls (glare, busy, events before their invite, duplicates) live in
:mod:`~messenger_desktop.calls.switchboard`.

The rules kept here, from the spec:

* Parties are ``(user_id, party_id)``; our own remote echo (our user *and* our party id) is ignored,
  because "a user may call themselves" and so events from our own user are not all echoes.
* The caller takes the first answer from the invitee, sends ``m.call.select_answer`` for it and from
  then on listens to that party only; candidates that came before the answer are buffered per party
  and the chosen party's are replayed.
* The callee listens to the caller's party only. Another of our devices answering, or a
  ``select_answer`` naming another party, ends the call here ("answered elsewhere", no events sent);
  another of our devices rejecting stops the ringing here.
* Declining sends ``m.call.reject`` to a version 1 invite and ``m.call.hangup`` to a legacy (0) one.
  A reject reaching the caller is selected like an answer ("the caller sends a select_answer for it").
* An invite rings only while ``lifetime`` minus its ``age`` leaves :attr:`CallConfig.min_ring_ms` to
  answer; otherwise it is recorded missed without ringing. The caller gives up after its own
  lifetime with ``invite_timeout``.
* Renegotiation (``m.call.negotiate``) only when invite and answer are both version 1; the callee is
  the polite party of perfect negotiation, and a remote offer older than its ``lifetime`` is ignored.
* ICE failing after the call connected is ``ice_timeout``, before it ``ice_failed``.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..api.ids import RoomId, UserId
from .effects import (
    AddRemoteCandidates,
    AnswerRenegotiation,
    CallState,
    CreateAnswer,
    CreateOffer,
    Effect,
    EndReason,
    Notice,
    OfferBusyChoice,
    RecordHistory,
    ReleaseMedia,
    RollbackLocalOffer,
    SendEvent,
    SetRemoteAnswer,
    ShowNotice,
    StartRingback,
    StartRinging,
    StateChanged,
    StopRingback,
    StopRinging,
)
from .events import (
    ANSWER,
    CANDIDATES,
    HANGUP,
    INVITE,
    NEGOTIATE,
    REJECT,
    SELECT_ANSWER,
    Answer,
    CallContent,
    Candidate,
    Candidates,
    Hangup,
    Invite,
    Negotiate,
    Reject,
    RemoteEvent,
    SelectAnswer,
    answer_content,
    candidates_content,
    hangup_content,
    invite_content,
    negotiate_content,
    reject_content,
    select_answer_content,
)
from .history import CallOutcome, CallRecord

ENGAGED = frozenset(
    {
        CallState.CREATING_OFFER,
        CallState.INVITING,
        CallState.ANSWERING,
        CallState.CONNECTING,
        CallState.CONNECTED,
    }
)
"""States in which the user is taking part in the call (and media exists)."""
IN_CALL = frozenset({CallState.CONNECTING, CallState.CONNECTED})


@dataclass(frozen=True, slots=True)
class CallConfig:
    invite_lifetime_ms: int = 90_000  # the spec's minimal recommended lifetime
    min_ring_ms: int = 5_000  # an invite with less validity left is not rung
    max_ring_ms: int = 120_000  # however long a hostile lifetime says
    media_timeout_ms: int = 30_000  # for the media side to produce an offer or answer
    connect_timeout_ms: int = 30_000  # for ICE to connect once SDP is exchanged
    busy_decision_ms: int = 20_000  # "Hang up and answer" is offered this long, then user_busy
    caller_candidate_delay_ms: int = 2_000  # spec: batch for ~2 s after the invite
    callee_candidate_delay_ms: int = 500  # spec: ~500 ms after the answer
    candidate_batch_ms: int = 500  # later candidates
    negotiate_lifetime_ms: int = 10_000
    max_buffered_candidates: int = 256


class Party(NamedTuple):
    user_id: UserId
    party_id: str | None


class Timer(enum.Enum):
    MEDIA = "media"
    INVITE = "invite"
    RING = "ring"
    BUSY = "busy"
    CONNECT = "connect"
    CANDIDATES = "candidates"
    NEGOTIATION = "negotiation"


class _Awaiting(enum.Enum):
    NOTHING = 0
    OFFER = 1
    ANSWER = 2
    RENEGOTIATION_ANSWER = 3


_NOT_CONNECTED_OUTCOME = {
    EndReason.LOCAL_HANGUP: CallOutcome.CANCELLED,
    EndReason.CANCELLED: CallOutcome.CANCELLED,
    EndReason.DECLINED: CallOutcome.DECLINED,
    EndReason.REMOTE_DECLINED: CallOutcome.DECLINED,
    EndReason.REMOTE_BUSY: CallOutcome.BUSY,
    EndReason.BUSY_DECLINED: CallOutcome.MISSED,
    EndReason.INVITE_TIMEOUT: CallOutcome.NO_ANSWER,
    EndReason.MISSED: CallOutcome.MISSED,
    EndReason.ICE_FAILED: CallOutcome.FAILED,
    EndReason.MEDIA_FAILED: CallOutcome.FAILED,
}
_NOT_RECORDED = frozenset(
    {EndReason.IGNORED, EndReason.ANSWERED_ELSEWHERE, EndReason.DECLINED_ELSEWHERE, EndReason.REPLACED}
)


class Call:
    """One call, identified by ``call_id``; build it with :meth:`outgoing_call` or :meth:`incoming_call`."""

    def __init__(
        self, call_id: str, room_id: RoomId, me: UserId, party_id: str, *, outgoing: bool, peer: UserId,
        video: bool, now: int, config: CallConfig,
    ) -> None:  # fmt: skip
        self.call_id = call_id
        self.room_id = room_id
        self.me = Party(me, party_id)
        self.party_id = party_id
        self.outgoing = outgoing
        self.peer = peer
        self.video = video
        self.remote_video = video
        self.config = config
        self.state = CallState.CREATING_OFFER if outgoing else CallState.RINGING
        self.end_reason: EndReason | None = None
        self.remote_reason: str | None = None
        self.opponent: Party | None = None
        self.legacy_peer = False
        self.polite = not outgoing
        self.busy = False
        self.announced = False
        self.selected: bool | None = None  # callee: did the caller select our answer (None: not yet)
        self.started_at = now
        self.connected_at: int | None = None
        self.ended_at: int | None = None
        self.invite_expires_at: int | None = None
        self._offer_sdp = ""
        self._awaiting = _Awaiting.NOTHING
        self._answer_sent = False
        self._local_offer_pending = False
        self._deadlines: dict[Timer, int] = {}
        self._remote_buffer: dict[str | None, list[Candidate]] = {}
        self._local_queue: list[Candidate] = []
        self._batch_floor = 0

    # --- construction ---------------------------------------------------------------------------

    @classmethod
    def outgoing_call(
        cls, call_id: str, room_id: RoomId, me: UserId, party_id: str, invitee: UserId, *, video: bool,
        now: int, config: CallConfig,
    ) -> tuple[Call, list[Effect]]:  # fmt: skip
        """Place a call: the media side is asked for an offer; the invite goes out with it."""
        call = cls(
            call_id, room_id, me, party_id, outgoing=True, peer=invitee, video=video, now=now, config=config
        )
        call._awaiting = _Awaiting.OFFER
        call._deadlines[Timer.MEDIA] = now + config.media_timeout_ms
        return call, [StateChanged(call_id, call.state), CreateOffer(call_id, video)]

    @classmethod
    def incoming_call(
        cls, event: RemoteEvent, invite: Invite, me: UserId, party_id: str, *, now: int, config: CallConfig
    ) -> tuple[Call, list[Effect]]:
        """A call from an invite. It does not ring until :meth:`announce` (after the whole sync
        batch, so a hangup in the same batch keeps it silent); a stale invite ends at once, missed."""
        call = cls(
            invite.call_id, event.room_id, me, party_id, outgoing=False, peer=event.sender,
            video=invite.video, now=now, config=config,
        )  # fmt: skip
        call.opponent = Party(event.sender, invite.party_id)
        call.legacy_peer = invite.legacy
        call._offer_sdp = invite.sdp
        expires = now + invite.lifetime_ms - event.age_ms
        call.invite_expires_at = expires
        if expires - now < config.min_ring_ms:
            return call, call._end(now, EndReason.MISSED)
        call._deadlines[Timer.RING] = min(expires, now + config.max_ring_ms)
        return call, []

    # --- queries --------------------------------------------------------------------------------

    @property
    def ended(self) -> bool:
        return self.state is CallState.ENDED

    @property
    def engaged(self) -> bool:
        return self.state in ENGAGED

    def next_deadline(self) -> int | None:
        return min(self._deadlines.values(), default=None)

    def deadlines(self) -> dict[Timer, int]:
        return dict(self._deadlines)

    def history_record(self) -> CallRecord | None:
        """What this call was for the user, once ended; ``None`` when another device or call owns it."""
        reason = self.end_reason
        if reason is None or reason in _NOT_RECORDED or self.ended_at is None:
            return None
        video = self.video if self.outgoing else self.remote_video
        if self.connected_at is not None:
            return CallRecord(self.outgoing, video, CallOutcome.ENDED, self.ended_at - self.connected_at)
        outcome = _NOT_CONNECTED_OUTCOME.get(reason)
        if outcome is None:  # remote hangup or peer left before connecting
            if not self.outgoing:
                outcome = CallOutcome.MISSED
            elif reason is EndReason.PEER_LEFT:
                outcome = CallOutcome.NO_ANSWER
            else:
                outcome = CallOutcome.ENDED
        return CallRecord(self.outgoing, video, outcome)

    # --- helpers --------------------------------------------------------------------------------

    def _send(self, event_type: str, content: dict[str, object]) -> SendEvent:
        return SendEvent(self.call_id, self.room_id, event_type, dict(content))

    def _hangup(self, reason: str) -> SendEvent:
        return self._send(HANGUP, hangup_content(self.call_id, self.party_id, reason))

    def _to(self, state: CallState) -> list[Effect]:
        self.state = state
        return [StateChanged(self.call_id, state)]

    def _end(
        self, now: int, reason: EndReason, *, send: SendEvent | None = None, remote_reason: str | None = None
    ) -> list[Effect]:
        if self.state is CallState.ENDED:
            return []
        effects: list[Effect] = [send] if send is not None else []
        was = self.state
        if was is CallState.RINGING and self.announced:
            effects.append(StopRinging(self.call_id))
        if was is CallState.INVITING:
            effects.append(StopRingback(self.call_id))
        if was in ENGAGED:
            effects.append(ReleaseMedia(self.call_id))
        self.state = CallState.ENDED
        self.end_reason = reason
        self.remote_reason = remote_reason
        self.ended_at = now
        self._deadlines.clear()
        self._remote_buffer.clear()
        self._local_queue.clear()
        self._local_offer_pending = False
        self._awaiting = _Awaiting.NOTHING
        self.busy = False
        effects.append(StateChanged(self.call_id, CallState.ENDED, reason))
        record = self.history_record()
        if record is not None:
            effects.append(RecordHistory(self.call_id, self.room_id, self.peer, record))
        return effects

    def _elsewhere(self, now: int, reason: EndReason) -> list[Effect]:
        notice = (
            Notice.ANSWERED_ELSEWHERE if reason is EndReason.ANSWERED_ELSEWHERE else Notice.DECLINED_ELSEWHERE
        )
        return [*self._end(now, reason), ShowNotice(self.call_id, notice)]

    def _buffer(self, party_id: str | None, candidates: Sequence[Candidate]) -> None:
        room = self.config.max_buffered_candidates - sum(map(len, self._remote_buffer.values()))
        if room > 0:
            self._remote_buffer.setdefault(party_id, []).extend(candidates[:room])

    def _take_buffer(self, party_id: str | None) -> list[Effect]:
        buffered = self._remote_buffer.pop(party_id, [])
        self._remote_buffer.clear()
        return [AddRemoteCandidates(self.call_id, tuple(buffered))] if buffered else []

    def _schedule_flush(self, now: int) -> list[Effect]:
        if not self._local_queue or self.state not in (CallState.INVITING, *IN_CALL):
            return []  # before the invite or answer is out, candidates wait for it
        if any(candidate.is_end for candidate in self._local_queue):
            return self._flush()  # spec: send the rest once gathering finishes, ignoring the delays
        self._deadlines.setdefault(
            Timer.CANDIDATES, max(now + self.config.candidate_batch_ms, self._batch_floor)
        )
        return []

    def _flush(self) -> list[Effect]:
        self._deadlines.pop(Timer.CANDIDATES, None)
        if not self._local_queue:
            return []
        batch, self._local_queue = self._local_queue, []
        return [self._send(CANDIDATES, candidates_content(self.call_id, self.party_id, batch))]

    # --- local intents --------------------------------------------------------------------------

    def media_ready(self, sdp: str, now: int) -> list[Effect]:
        """The media side produced the SDP the last Create*/AnswerRenegotiation effect asked for."""
        awaiting, self._awaiting = self._awaiting, _Awaiting.NOTHING
        if awaiting is _Awaiting.OFFER and self.state is CallState.CREATING_OFFER:
            self._deadlines.pop(Timer.MEDIA, None)
            lifetime = self.config.invite_lifetime_ms
            invite = self._send(INVITE, invite_content(self.call_id, self.party_id, sdp, lifetime, self.peer))
            effects: list[Effect] = [invite, StartRingback(self.call_id), *self._to(CallState.INVITING)]
            self._deadlines[Timer.INVITE] = now + lifetime
            self._batch_floor = now + self.config.caller_candidate_delay_ms
            return effects + self._schedule_flush(now)
        if awaiting is _Awaiting.ANSWER and self.state is CallState.ANSWERING:
            self._deadlines.pop(Timer.MEDIA, None)
            self._answer_sent = True
            effects = [self._send(ANSWER, answer_content(self.call_id, self.party_id, sdp))]
            effects += self._to(CallState.CONNECTING)
            self._deadlines[Timer.CONNECT] = now + self.config.connect_timeout_ms
            self._batch_floor = now + self.config.callee_candidate_delay_ms
            return effects + self._schedule_flush(now)
        if awaiting is _Awaiting.RENEGOTIATION_ANSWER and self.state in IN_CALL:
            content = negotiate_content(self.call_id, self.party_id, sdp, offer=False, lifetime_ms=None)
            return [self._send(NEGOTIATE, content)]
        self._awaiting = awaiting if self.state is not CallState.ENDED else _Awaiting.NOTHING
        return []

    def media_failed(self, now: int) -> list[Effect]:
        if self.state is CallState.CREATING_OFFER:
            return self._end(now, EndReason.MEDIA_FAILED)
        if self.state in ENGAGED:
            return self._end(now, EndReason.MEDIA_FAILED, send=self._hangup("user_media_failed"))
        return []

    def local_candidates(self, candidates: Sequence[Candidate], now: int) -> list[Effect]:
        if self.state not in ENGAGED or not candidates:
            return []
        self._local_queue.extend(candidates)
        return self._schedule_flush(now)

    def ice_connected(self, now: int) -> list[Effect]:
        if self.state is not CallState.CONNECTING:
            return []
        self._deadlines.pop(Timer.CONNECT, None)
        self.connected_at = now
        return self._to(CallState.CONNECTED)

    def ice_failed(self, now: int) -> list[Effect]:
        if self.state is CallState.CREATING_OFFER:
            return self._end(now, EndReason.ICE_FAILED)
        if self.state in ENGAGED:
            reason = "ice_timeout" if self.state is CallState.CONNECTED else "ice_failed"
            return self._end(now, EndReason.ICE_FAILED, send=self._hangup(reason))
        return []

    def accept(self, now: int, video: bool | None = None) -> list[Effect]:
        """Answer a ringing call; ``video`` False answers a video call with voice only."""
        if self.state is not CallState.RINGING:
            return []
        self.video = self.remote_video if video is None else video and self.remote_video
        effects: list[Effect] = [StopRinging(self.call_id)] if self.announced else []
        self.busy = False
        self._deadlines.pop(Timer.RING, None)
        self._deadlines.pop(Timer.BUSY, None)
        self._awaiting = _Awaiting.ANSWER
        self._deadlines[Timer.MEDIA] = now + self.config.media_timeout_ms
        effects += self._to(CallState.ANSWERING)
        effects.append(CreateAnswer(self.call_id, self._offer_sdp, self.video))
        return effects + self._take_buffer(self.opponent.party_id if self.opponent else None)

    def reject(self, now: int) -> list[Effect]:
        """Decline everywhere: every device of ours stops ringing, the caller hears "declined"."""
        if self.state is not CallState.RINGING:
            return []
        if self.legacy_peer:
            send = self._hangup("user_hangup")
        else:
            send = self._send(REJECT, reject_content(self.call_id, self.party_id))
        return self._end(now, EndReason.DECLINED, send=send)

    def ignore(self, now: int) -> list[Effect]:
        """Stop ringing here only; other devices go on ringing and the caller times out normally."""
        return self._end(now, EndReason.IGNORED) if self.state is CallState.RINGING else []

    def decline_busy(self, now: int) -> list[Effect]:
        if self.state is not CallState.RINGING:
            return []
        return self._end(now, EndReason.BUSY_DECLINED, send=self._hangup("user_busy"))

    def hangup(self, now: int) -> list[Effect]:
        if self.state is CallState.RINGING:
            return self.reject(now)
        if self.state is CallState.CREATING_OFFER:
            return self._end(now, EndReason.CANCELLED)
        if self.state is CallState.INVITING:
            return self._end(now, EndReason.CANCELLED, send=self._hangup("user_hangup"))
        if self.state in ENGAGED:
            return self._end(now, EndReason.LOCAL_HANGUP, send=self._hangup("user_hangup"))
        return []

    def renegotiate(self, offer_sdp: str, now: int) -> list[Effect]:
        """Our media changed (video on/off, screen share): offer new SDP to the peer."""
        if self.state not in IN_CALL:
            return []
        if self.legacy_peer:
            return [
                RollbackLocalOffer(self.call_id),
                ShowNotice(self.call_id, Notice.RENEGOTIATION_UNSUPPORTED),
            ]
        self._local_offer_pending = True
        lifetime = self.config.negotiate_lifetime_ms
        self._deadlines[Timer.NEGOTIATION] = now + lifetime
        content = negotiate_content(self.call_id, self.party_id, offer_sdp, offer=True, lifetime_ms=lifetime)
        return [self._send(NEGOTIATE, content)]

    def peer_left(self, now: int) -> list[Effect]:
        """The peer left the room: the spec treats it as a hangup."""
        if self.state is CallState.RINGING:
            return self._end(now, EndReason.MISSED)
        return self._end(now, EndReason.PEER_LEFT) if self.state in ENGAGED else []

    def replaced(self, now: int) -> list[Effect]:
        """Glare: this call loses to the other one. An invite already out is cancelled with a hangup
        (so the peer's other devices stop ringing); one still being prepared just ends."""
        send = self._hangup("user_hangup") if self.state is CallState.INVITING else None
        return self._end(now, EndReason.REPLACED, send=send)

    # --- ringing --------------------------------------------------------------------------------

    def announce(self, now: int, *, busy: bool) -> list[Effect]:
        """Start signalling a ringing call: ring, or offer the busy choice when in another call."""
        if self.state is not CallState.RINGING or self.announced:
            return []
        self.announced = True
        self.busy = busy
        effects: list[Effect] = [StateChanged(self.call_id, CallState.RINGING)]
        if busy:
            self._deadlines[Timer.BUSY] = now + self.config.busy_decision_ms
            return [*effects, OfferBusyChoice(self.call_id, self.room_id, self.peer, self.remote_video)]
        return [*effects, StartRinging(self.call_id, self.room_id, self.peer, self.remote_video)]

    def unbusy(self) -> list[Effect]:
        """The other call ended while this one was offered as busy: ring normally."""
        if self.state is not CallState.RINGING or not self.busy:
            return []
        self.busy = False
        self._deadlines.pop(Timer.BUSY, None)
        return [StartRinging(self.call_id, self.room_id, self.peer, self.remote_video)]

    # --- time -----------------------------------------------------------------------------------

    def tick(self, now: int) -> list[Effect]:
        effects: list[Effect] = []
        while self.state is not CallState.ENDED:
            due = [(at, timer) for timer, at in self._deadlines.items() if at <= now]
            if not due:
                break
            at, timer = min(due, key=lambda item: item[0])
            del self._deadlines[timer]
            effects += self._fire(timer, at)
        return effects

    def _fire(self, timer: Timer, at: int) -> list[Effect]:
        state = self.state
        if timer is Timer.MEDIA:
            return self.media_failed(at)
        if timer is Timer.INVITE and state is CallState.INVITING:
            return self._end(at, EndReason.INVITE_TIMEOUT, send=self._hangup("invite_timeout"))
        if timer is Timer.RING and state is CallState.RINGING:
            return self._end(at, EndReason.MISSED)
        if timer is Timer.BUSY and state is CallState.RINGING:
            return self.decline_busy(at)
        if timer is Timer.CONNECT and state is CallState.CONNECTING:
            return self._end(at, EndReason.ICE_FAILED, send=self._hangup("ice_failed"))
        if timer is Timer.CANDIDATES:
            return self._flush()
        if timer is Timer.NEGOTIATION and self._local_offer_pending:
            self._local_offer_pending = False
            return [RollbackLocalOffer(self.call_id), ShowNotice(self.call_id, Notice.NEGOTIATION_FAILED)]
        return []

    # --- remote events --------------------------------------------------------------------------

    def receive(self, event: RemoteEvent, now: int) -> list[Effect]:
        content = event.content
        if self.state is CallState.ENDED or content.call_id != self.call_id or isinstance(content, Invite):
            return []
        if event.sender == self.me.user_id and content.party_id == self.party_id:
            return []  # our own remote echo
        if self.outgoing:
            return self._receive_as_caller(event, content, now)
        return self._receive_as_callee(event, content, now)

    def _receive_as_caller(self, event: RemoteEvent, content: CallContent, now: int) -> list[Effect]:
        if self.state is CallState.INVITING:
            if event.sender != self.peer:
                return []
            if isinstance(content, Answer):
                return self._select(Party(event.sender, content.party_id), content, now)
            if isinstance(content, Reject):
                effects: list[Effect] = []
                if content.party_id is not None:
                    select = select_answer_content(self.call_id, self.party_id, content.party_id)
                    effects.append(self._send(SELECT_ANSWER, select))
                return effects + self._end(now, EndReason.REMOTE_DECLINED)
            if isinstance(content, Hangup):
                reason = EndReason.REMOTE_BUSY if content.reason == "user_busy" else EndReason.REMOTE_DECLINED
                return self._end(now, reason, remote_reason=content.reason)
            if isinstance(content, Candidates):
                self._buffer(content.party_id, content.candidates)
            return []
        if self.state in IN_CALL and Party(event.sender, content.party_id) == self.opponent:
            return self._in_call(event, content, now)
        return []

    def _select(self, party: Party, answer: Answer, now: int) -> list[Effect]:
        self.opponent = party
        self.legacy_peer = answer.legacy
        self._deadlines.pop(Timer.INVITE, None)
        effects: list[Effect] = [StopRingback(self.call_id)]
        if answer.party_id is not None:
            select = select_answer_content(self.call_id, self.party_id, answer.party_id)
            effects.append(self._send(SELECT_ANSWER, select))
        effects += self._to(CallState.CONNECTING)
        effects.append(SetRemoteAnswer(self.call_id, answer.sdp))
        effects += self._take_buffer(answer.party_id)
        self._deadlines[Timer.CONNECT] = now + self.config.connect_timeout_ms
        return effects

    def _receive_as_callee(self, event: RemoteEvent, content: CallContent, now: int) -> list[Effect]:
        from_caller = Party(event.sender, content.party_id) == self.opponent
        own_device = event.sender == self.me.user_id and not from_caller
        if isinstance(content, SelectAnswer):
            if not from_caller:
                return []
            if content.selected_party_id == self.party_id:
                self.selected = True
                return []
            self.selected = False
            return self._elsewhere(now, EndReason.ANSWERED_ELSEWHERE)
        if self.state is CallState.RINGING:
            if from_caller and isinstance(content, Candidates):
                self._buffer(content.party_id, content.candidates)
            elif from_caller and isinstance(content, Hangup):
                return self._end(now, EndReason.MISSED, remote_reason=content.reason)
            elif own_device and isinstance(content, Answer):
                return self._elsewhere(now, EndReason.ANSWERED_ELSEWHERE)
            elif own_device and isinstance(content, Reject | Hangup):
                return self._elsewhere(now, EndReason.DECLINED_ELSEWHERE)
            return []
        if from_caller:
            return self._in_call(event, content, now)
        if own_device and isinstance(content, Answer) and self.legacy_peer and not self._answer_sent:
            # A legacy caller sends no select_answer: the first answer wins, and it was not ours.
            return self._elsewhere(now, EndReason.ANSWERED_ELSEWHERE)
        return []

    def _in_call(self, event: RemoteEvent, content: CallContent, now: int) -> list[Effect]:
        """Events from the one party we talk to, once offer and answer are under way."""
        if isinstance(content, Candidates):
            return [AddRemoteCandidates(self.call_id, content.candidates)]
        if isinstance(content, Hangup):
            return self._end(now, EndReason.REMOTE_HANGUP, remote_reason=content.reason)
        if isinstance(content, Negotiate):
            return self._remote_negotiate(event, content)
        return []

    def _remote_negotiate(self, event: RemoteEvent, content: Negotiate) -> list[Effect]:
        if self.state not in IN_CALL or self.legacy_peer:
            return []
        if content.lifetime_ms is not None and event.age_ms > content.lifetime_ms:
            return []  # spec: after its lifetime "the recipient should ignore it"
        if not content.is_offer:
            if not self._local_offer_pending:
                return []
            self._local_offer_pending = False
            self._deadlines.pop(Timer.NEGOTIATION, None)
            return [SetRemoteAnswer(self.call_id, content.sdp)]
        effects: list[Effect] = []
        if self._local_offer_pending:
            if not self.polite:
                return []  # perfect negotiation: the impolite party ignores a colliding offer
            self._local_offer_pending = False
            self._deadlines.pop(Timer.NEGOTIATION, None)
            effects.append(RollbackLocalOffer(self.call_id))
        self._awaiting = _Awaiting.RENEGOTIATION_ANSWER
        return [*effects, AnswerRenegotiation(self.call_id, content.sdp)]
