"""Several switchboards in one room, wired through a fake timeline: what one device sends, every device
(itself included, as the server's echo) receives at its next sync. Media is instant and ICE is explicit.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any, NamedTuple

from messenger_desktop.api.ids import EventId, RoomId, UserId
from messenger_desktop.calls.effects import (
    AnswerRenegotiation,
    CreateAnswer,
    CreateOffer,
    Effect,
    SendEvent,
)
from messenger_desktop.calls.events import RemoteEvent, parse_content
from messenger_desktop.calls.machine import Call, CallConfig
from messenger_desktop.calls.switchboard import Switchboard

from .builders import ANSWER_SDP, AUDIO_SDP, ROOM, VIDEO_SDP


class TimelineEvent(NamedTuple):
    """What the timeline holds, for :func:`~messenger_desktop.calls.history.summarise`."""

    type: str
    sender: str
    content: dict[str, Any]
    ts: int
    room_id: RoomId


class Device:
    def __init__(self, net: Network, user: UserId, party: str, call_ids: Iterator[str]) -> None:
        self.net = net
        self.user = user
        self.party = party
        self.board = Switchboard(user, party, config=net.config, new_call_id=lambda: next(call_ids))
        self.log: list[Effect] = []
        self.hold_media = False  # True: media requests wait for release_media(), like a slow camera
        self.held_media: list[CreateOffer | CreateAnswer | AnswerRenegotiation] = []
        self._seen = 0

    def __repr__(self) -> str:
        return f"Device({self.user}, {self.party})"

    def run(self, effects: list[Effect]) -> None:
        """Carry out effects like the app would: send events, answer media requests at once."""
        queue = list(effects)
        while queue:
            effect = queue.pop(0)
            self.log.append(effect)
            if isinstance(effect, SendEvent):
                self.net.post(self, effect)
            elif isinstance(effect, CreateOffer | CreateAnswer | AnswerRenegotiation):
                if self.hold_media:
                    self.held_media.append(effect)
                else:
                    queue += self._media(effect)

    def _media(self, effect: CreateOffer | CreateAnswer | AnswerRenegotiation) -> list[Effect]:
        sdp = VIDEO_SDP if isinstance(effect, CreateOffer) and effect.video else AUDIO_SDP
        if not isinstance(effect, CreateOffer):
            sdp = ANSWER_SDP
        return self.board.media_ready(effect.call_id, sdp, self.net.now)

    def release_media(self) -> None:
        """The slow media side finally delivers what was asked of it."""
        held, self.held_media = self.held_media, []
        for effect in held:
            self.run(self._media(effect))

    def sync(self) -> bool:
        new = self.net.timeline[self._seen :]
        self._seen = len(self.net.timeline)
        if new:
            self.run(self.board.receive(new, self.net.now))
        return bool(new)

    # user actions
    def place(self, invitee: UserId, *, video: bool = False, room: RoomId = ROOM) -> Call:
        call, effects = self.board.place(room, invitee, video=video, now=self.net.now)
        assert call is not None
        self.run(effects)
        return call

    def accept(self, call_id: str, *, video: bool | None = None) -> None:
        self.run(self.board.accept(call_id, self.net.now, video=video))

    def reject(self, call_id: str) -> None:
        self.run(self.board.reject(call_id, self.net.now))

    def hangup(self, call_id: str) -> None:
        self.run(self.board.hangup(call_id, self.net.now))

    def ice_connected(self, call_id: str) -> None:
        self.run(self.board.ice_connected(call_id, self.net.now))

    def call(self, call_id: str) -> Call:
        call = self.board.get(call_id)
        assert call is not None, f"{self} knows no call {call_id}"
        return call

    def effects(self, kind: type[object]) -> list[object]:
        return [effect for effect in self.log if isinstance(effect, kind)]


class Network:
    def __init__(self, config: CallConfig | None = None) -> None:
        self.config = config or CallConfig()
        self.now = 10_000_000
        self.timeline: list[RemoteEvent] = []
        self.raw: list[TimelineEvent] = []
        self.devices: list[Device] = []
        self._event_ids = itertools.count()

    def device(self, user: UserId, party: str, *call_ids: str) -> Device:
        device = Device(self, user, party, iter(call_ids or [f"{party}-call{i}" for i in range(100)]))
        self.devices.append(device)
        return device

    def post(self, sender: Device, effect: SendEvent) -> None:
        content = parse_content(effect.event_type, effect.content)
        assert content is not None, f"we sent malformed content: {effect}"
        event_id = EventId(f"$net{next(self._event_ids)}")
        self.timeline.append(RemoteEvent(event_id, effect.room_id, sender.user, content, 0))
        self.raw.append(
            TimelineEvent(effect.event_type, sender.user, effect.content, self.now, effect.room_id)
        )

    def events_of(self, call_id: str) -> list[TimelineEvent]:
        return [event for event in self.raw if event.content.get("call_id") == call_id]

    def settle(self, *devices: Device) -> None:
        """Sync (the given devices, or all) until nobody sends anything new."""
        for _ in range(50):
            if not any([device.sync() for device in devices or self.devices]):
                return
        raise AssertionError("the devices never stop talking")

    def advance(self, ms: int) -> None:
        self.now += ms
        for device in self.devices:
            device.run(device.board.tick(self.now))

    def sent(self, event_type: str) -> list[RemoteEvent]:
        return [event for event in self.timeline if type(event.content).__name__ == event_type]
