"""All calls of one account: routing, glare, busy, duplicates and events that come out of order.

:class:`Switchboard` owns the :class:`~messenger_desktop.calls.machine.Call` of every ``call_id`` it
has seen and is, like them, pure: inputs carry ``now``, outputs are effects. The rules that need
more than one call or more than one event:

* **Batches.** :meth:`Switchboard.receive` takes the call events of one sync response together and
  announces (rings) new calls only after all of them, as the spec asks: "if the sync response
  contains subsequent events that indicate the call has been hung up, rejected, or answered
  elsewhere, the client does not signal it". Feed it new events of incremental syncs only.
* **Out of order.** Events of a ``call_id`` whose invite has not arrived (hangup before invite,
  early candidates) are kept, a bounded number, and replayed right after the invite; events after a
  call ended are dropped by the ended call, which is remembered for a while.
* **Duplicates.** An ``event_id`` seen before is ignored; so is a second invite for a known call.
* **Glare** (spec, "Glare"): an invite arriving in a room where we are *preparing* an invite cancels
  ours and accepts the incoming call on the user's behalf; if ours is already *sent*, "the client
  should perform a lexicographical comparison of the call IDs of the two calls and use the lesser
  of the two calls, aborting the greater". Either way the local media moves to the surviving call.
* **Busy.** An incoming call while the user is in (or being rung for) another one is offered as a
  choice (:class:`~messenger_desktop.calls.effects.OfferBusyChoice`): "Hang up and answer"
  (:meth:`Switchboard.accept` ends the other calls) or, when the user declines or lets the busy
  window pass, ``m.call.hangup`` with ``user_busy``. When the other call ends first, it rings.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence

from ..api.ids import RoomId, UserId
from .effects import CallState, Effect, TransferMedia
from .events import Candidate, Invite, RemoteEvent, new_voip_id
from .machine import Call, CallConfig

MAX_ENDED_CALLS = 64
MAX_EARLY_CALLS = 32
MAX_EARLY_EVENTS = 64
MAX_SEEN_EVENTS = 2_048


class Switchboard:
    def __init__(
        self, user_id: UserId, party_id: str, *, config: CallConfig | None = None,
        new_call_id: Callable[[], str] = new_voip_id,
    ) -> None:  # fmt: skip
        self.user_id = user_id
        self.party_id = party_id
        self.config = config or CallConfig()
        self._new_call_id = new_call_id
        self._calls: OrderedDict[str, Call] = OrderedDict()
        self._early: OrderedDict[str, list[RemoteEvent]] = OrderedDict()
        self._seen: OrderedDict[str, None] = OrderedDict()

    # --- queries --------------------------------------------------------------------------------

    def get(self, call_id: str) -> Call | None:
        return self._calls.get(call_id)

    def live_calls(self) -> list[Call]:
        """Calls not yet ended, oldest first."""
        return [call for call in self._calls.values() if not call.ended]

    def next_deadline(self) -> int | None:
        return min(
            (d for call in self._calls.values() if (d := call.next_deadline()) is not None), default=None
        )

    def _busy_for(self, call: Call) -> bool:
        return any(
            other is not call
            and (other.engaged or (other.state is CallState.RINGING and other.announced and not other.busy))
            for other in self._calls.values()
        )

    # --- local intents --------------------------------------------------------------------------

    def place(
        self, room_id: RoomId, invitee: UserId, *, video: bool, now: int
    ) -> tuple[Call | None, list[Effect]]:
        """Call ``invitee`` in ``room_id``; refused (``None``) while the user is in another call."""
        if any(call.engaged for call in self._calls.values()):
            return None, []
        call_id = self._new_call_id()
        while call_id in self._calls:
            call_id = self._new_call_id()
        call, effects = Call.outgoing_call(
            call_id, room_id, self.user_id, self.party_id, invitee, video=video, now=now, config=self.config
        )
        self._store(call)
        return call, effects

    def accept(self, call_id: str, now: int, *, video: bool | None = None) -> list[Effect]:
        """Answer a ringing call. Any other call ends first ("Hang up and answer"): the one the user
        is in is hung up, others ringing here stop ringing here only."""
        call = self._calls.get(call_id)
        if call is None or call.state is not CallState.RINGING:
            return []
        effects: list[Effect] = []
        for other in list(self._calls.values()):
            if other is not call:
                effects += other.ignore(now) if other.state is CallState.RINGING else other.hangup(now)
        return effects + call.accept(now, video)

    hang_up_and_answer = accept

    def reject(self, call_id: str, now: int) -> list[Effect]:
        return self._route(call_id, now, lambda call: call.reject(now))

    def ignore(self, call_id: str, now: int) -> list[Effect]:
        return self._route(call_id, now, lambda call: call.ignore(now))

    def decline_busy(self, call_id: str, now: int) -> list[Effect]:
        return self._route(call_id, now, lambda call: call.decline_busy(now))

    def hangup(self, call_id: str, now: int) -> list[Effect]:
        return self._route(call_id, now, lambda call: call.hangup(now))

    def media_ready(self, call_id: str, sdp: str, now: int) -> list[Effect]:
        return self._route(call_id, now, lambda call: call.media_ready(sdp, now))

    def media_failed(self, call_id: str, now: int) -> list[Effect]:
        return self._route(call_id, now, lambda call: call.media_failed(now))

    def local_candidates(self, call_id: str, candidates: Sequence[Candidate], now: int) -> list[Effect]:
        return self._route(call_id, now, lambda call: call.local_candidates(candidates, now))

    def ice_connected(self, call_id: str, now: int) -> list[Effect]:
        return self._route(call_id, now, lambda call: call.ice_connected(now))

    def ice_failed(self, call_id: str, now: int) -> list[Effect]:
        return self._route(call_id, now, lambda call: call.ice_failed(now))

    def renegotiate(self, call_id: str, offer_sdp: str, now: int) -> list[Effect]:
        return self._route(call_id, now, lambda call: call.renegotiate(offer_sdp, now))

    def peer_left(self, room_id: RoomId, user_id: UserId, now: int) -> list[Effect]:
        """A member left ``room_id``: calls with them there end (spec, "Behaviour on Room Leave")."""
        effects: list[Effect] = []
        for call in list(self._calls.values()):
            if call.room_id == room_id and call.peer == user_id and user_id != self.user_id:
                effects += call.peer_left(now)
        return effects + self._ring_waiting()

    def _route(self, call_id: str, now: int, action: Callable[[Call], list[Effect]]) -> list[Effect]:
        call = self._calls.get(call_id)
        if call is None:
            return []
        return action(call) + self._ring_waiting()

    # --- time -----------------------------------------------------------------------------------

    def tick(self, now: int) -> list[Effect]:
        effects: list[Effect] = []
        for call in list(self._calls.values()):
            effects += call.tick(now)
        return effects + self._ring_waiting()

    # --- remote events --------------------------------------------------------------------------

    def receive(self, events: Iterable[RemoteEvent], now: int) -> list[Effect]:
        """The call events of one sync response (one room or several), in timeline order."""
        effects: list[Effect] = []
        fresh: list[Call] = []
        for event in events:
            if event.event_id in self._seen:
                continue
            self._remember(event.event_id)
            if event.sender == self.user_id and event.party_id == self.party_id:
                continue  # our own remote echo
            if isinstance(event.content, Invite):
                effects += self._invite(event, event.content, now, fresh)
                continue
            call = self._calls.get(event.call_id)
            if call is not None:
                effects += call.receive(event, now)
            else:
                self._keep_early(event)
        for call in fresh:
            if call.state is CallState.RINGING:
                effects += call.announce(now, busy=self._busy_for(call))
        return effects + self._ring_waiting()

    def _invite(self, event: RemoteEvent, invite: Invite, now: int, fresh: list[Call]) -> list[Effect]:
        if invite.call_id in self._calls:
            return []
        if invite.invitee is not None and invite.invitee != self.user_id:
            return []  # a call for someone else in the room
        if invite.invitee is None and event.sender == self.user_id:
            return []  # one of our other devices calling the room
        call, effects = Call.incoming_call(
            event, invite, self.user_id, self.party_id, now=now, config=self.config
        )
        self._store(call)
        for early in self._early.pop(call.call_id, []):
            effects += call.receive(early, now)
        if call.state is not CallState.RINGING:
            return effects
        outgoing = next(
            (
                other
                for other in self._calls.values()
                if other.outgoing
                and other.room_id == call.room_id
                and other.state in (CallState.CREATING_OFFER, CallState.INVITING)
            ),
            None,
        )
        if outgoing is None:
            fresh.append(call)
            return effects
        if outgoing.state is CallState.INVITING and outgoing.call_id < call.call_id:
            return effects + call.replaced(now)  # ours is the lesser: keep it
        video = outgoing.video
        effects += [TransferMedia(outgoing.call_id, call.call_id), *outgoing.replaced(now)]
        return effects + call.accept(now, video)

    # --- bookkeeping ----------------------------------------------------------------------------

    def _ring_waiting(self) -> list[Effect]:
        """Calls offered as busy ring normally once nothing else holds the user."""
        effects: list[Effect] = []
        for call in self._calls.values():
            if call.busy and call.state is CallState.RINGING and not self._busy_for(call):
                effects += call.unbusy()
        return effects

    def _store(self, call: Call) -> None:
        self._calls[call.call_id] = call
        ended = [call_id for call_id, known in self._calls.items() if known.ended]
        for call_id in ended[: max(0, len(ended) - MAX_ENDED_CALLS)]:
            del self._calls[call_id]

    def _keep_early(self, event: RemoteEvent) -> None:
        kept = self._early.setdefault(event.call_id, [])
        if len(kept) < MAX_EARLY_EVENTS:
            kept.append(event)
        while len(self._early) > MAX_EARLY_CALLS:
            self._early.popitem(last=False)

    def _remember(self, event_id: str) -> None:
        self._seen[event_id] = None
        while len(self._seen) > MAX_SEEN_EVENTS:
            self._seen.popitem(last=False)
