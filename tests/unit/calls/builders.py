"""Call events as the server delivers them, parsed the way the app parses them, and effect helpers."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from messenger_desktop.api.ids import RoomId, UserId
from messenger_desktop.calls.effects import Effect, SendEvent
from messenger_desktop.calls.events import RemoteEvent, parse_call_event

ME = UserId("@me:example.org")
PEER = UserId("@peer:example.org")
EVE = UserId("@eve:example.org")
ROOM = RoomId("!dm:example.org")
OTHER_ROOM = RoomId("!other:example.org")
MY_PARTY = "MYDEVICE"
MY_OTHER_PARTY = "MYLAPTOP"
PEER_PARTY = "PEERPHONE"
PEER_OTHER_PARTY = "PEERDESK"

AUDIO_SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
VIDEO_SDP = AUDIO_SDP + "m=video 9 UDP/TLS/RTP/SAVPF 96\r\n"
ANSWER_SDP = "v=0\r\no=- 2 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
HOST_CANDIDATE = {
    "candidate": "candidate:1 1 udp 2130706431 127.0.0.1 5000 typ host",
    "sdpMid": "0",
    "sdpMLineIndex": 0,
}

_ids = itertools.count()


def raw_event(
    event_type: str, content: dict[str, Any], *, sender: str = PEER, age: int = 0, event_id: str | None = None
) -> dict[str, Any]:
    return {
        "event_id": event_id or f"$ev{next(_ids)}",
        "sender": sender,
        "type": event_type,
        "content": content,
        "origin_server_ts": 1_700_000_000_000,
        "unsigned": {"age": age},
    }


def remote(
    event_type: str,
    content: dict[str, Any],
    *,
    sender: str = PEER,
    age: int = 0,
    room: RoomId = ROOM,
    event_id: str | None = None,
) -> RemoteEvent:
    parsed = parse_call_event(
        raw_event(event_type, content, sender=sender, age=age, event_id=event_id), room, wall_now_ms=0
    )
    assert parsed is not None, content
    return parsed


def base(call_id: str, party: str | None, version: object) -> dict[str, Any]:
    content: dict[str, Any] = {"call_id": call_id, "version": version}
    if party is not None:
        content["party_id"] = party
    return content


def invite(
    call_id: str = "c1",
    *,
    sender: str = PEER,
    party: str | None = PEER_PARTY,
    sdp: str = AUDIO_SDP,
    lifetime: int = 60_000,
    version: object = "1",
    invitee: str | None = ME,
    age: int = 0,
    room: RoomId = ROOM,
) -> RemoteEvent:
    content = base(call_id, party, version) | {"offer": {"type": "offer", "sdp": sdp}, "lifetime": lifetime}
    if invitee is not None:
        content["invitee"] = invitee
    return remote("m.call.invite", content, sender=sender, age=age, room=room)


def answer(
    call_id: str = "c1",
    *,
    sender: str = PEER,
    party: str | None = PEER_PARTY,
    version: object = "1",
    sdp: str = ANSWER_SDP,
) -> RemoteEvent:
    content = base(call_id, party, version) | {"answer": {"type": "answer", "sdp": sdp}}
    return remote("m.call.answer", content, sender=sender)


def candidates(
    call_id: str = "c1",
    *,
    sender: str = PEER,
    party: str | None = PEER_PARTY,
    version: object = "1",
    items: list[dict[str, Any]] | None = None,
) -> RemoteEvent:
    content = base(call_id, party, version) | {"candidates": items if items is not None else [HOST_CANDIDATE]}
    return remote("m.call.candidates", content, sender=sender)


def select_answer(
    call_id: str = "c1", *, selected: str, sender: str = PEER, party: str | None = PEER_PARTY
) -> RemoteEvent:
    return remote(
        "m.call.select_answer", base(call_id, party, "1") | {"selected_party_id": selected}, sender=sender
    )


def reject(call_id: str = "c1", *, sender: str = PEER, party: str | None = PEER_PARTY) -> RemoteEvent:
    return remote("m.call.reject", base(call_id, party, "1"), sender=sender)


def hangup(
    call_id: str = "c1",
    *,
    sender: str = PEER,
    party: str | None = PEER_PARTY,
    reason: str | None = "user_hangup",
    version: object = "1",
) -> RemoteEvent:
    content = base(call_id, party, version)
    if reason is not None:
        content["reason"] = reason
    return remote("m.call.hangup", content, sender=sender)


def negotiate(
    call_id: str = "c1",
    *,
    offer: bool = True,
    sender: str = PEER,
    party: str | None = PEER_PARTY,
    sdp: str = VIDEO_SDP,
    lifetime: int | None = 10_000,
    age: int = 0,
) -> RemoteEvent:
    content = base(call_id, party, "1") | {
        "description": {"type": "offer" if offer else "answer", "sdp": sdp}
    }
    if lifetime is not None:
        content["lifetime"] = lifetime
    return remote("m.call.negotiate", content, sender=sender, age=age)


def kinds(effects: Iterable[Effect]) -> list[str]:
    return [type(effect).__name__ for effect in effects]


def sent(effects: Iterable[Effect]) -> list[SendEvent]:
    return [effect for effect in effects if isinstance(effect, SendEvent)]


def sent_types(effects: Iterable[Effect]) -> list[str]:
    return [effect.event_type.removeprefix("m.call.") for effect in sent(effects)]


def only(effects: Iterable[Effect], kind: type[Any]) -> list[Any]:
    return [effect for effect in effects if isinstance(effect, kind)]
