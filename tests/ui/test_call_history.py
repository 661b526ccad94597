"""Call history in the real window, against a real Synapse: Bob calls Alice from a plain API client
(his "phone") and Alice answers or declines on hers; Alice's app shows each call as one line in
the timeline — updated live as the call's later events arrive — and in the conversation list."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QPointF

from messenger_desktop.api import Credentials, EventId, MatrixApi, RoomId, UserId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.calls.events import (
    answer_content,
    hangup_content,
    invite_content,
    new_voip_id,
    reject_content,
)
from messenger_desktop.calls.history import format_duration
from messenger_desktop.localserver import LocalSynapse
from tests.support.core import login
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_organise import _find_row
from tests.ui.test_shell import _room_ids, _room_with

pytestmark = pytest.mark.integration

AUDIO_SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
VIDEO_SDP = AUDIO_SDP + "m=video 9 UDP/TLS/RTP/SAVPF 96\r\n"


@dataclass
class Phone:
    """Someone's other device, sending call events the way a client does (plain API)."""

    creds: Credentials
    party: str

    async def send(self, room: RoomId, kind: str, content: dict[str, Any]) -> EventId:
        transport = HttpxTransport()
        try:
            api = MatrixApi(self.creds.homeserver, transport, access_token=self.creds.access_token)
            return await api.send(room, f"m.call.{kind}", f"call-{secrets.token_hex(6)}", content)
        finally:
            await transport.aclose()

    async def say(self, room: RoomId, text: str) -> EventId:
        transport = HttpxTransport()
        try:
            api = MatrixApi(self.creds.homeserver, transport, access_token=self.creds.access_token)
            content = {"msgtype": "m.text", "body": text}
            return await api.send(room, "m.room.message", f"say-{secrets.token_hex(6)}", content)
        finally:
            await transport.aclose()

    async def ts(self, room: RoomId, event_id: EventId) -> int:
        transport = HttpxTransport()
        try:
            api = MatrixApi(self.creds.homeserver, transport, access_token=self.creds.access_token)
            return int((await api.get_event(room, event_id))["origin_server_ts"])
        finally:
            await transport.aclose()

    async def invite(self, room: RoomId, call_id: str, invitee: str, *, video: bool = False) -> EventId:
        sdp = VIDEO_SDP if video else AUDIO_SDP
        content = invite_content(call_id, self.party, sdp, 60_000, UserId(invitee))
        return await self.send(room, "invite", content)

    async def answer(self, room: RoomId, call_id: str) -> EventId:
        return await self.send(room, "answer", answer_content(call_id, self.party, AUDIO_SDP))

    async def hangup(self, room: RoomId, call_id: str) -> EventId:
        return await self.send(room, "hangup", hangup_content(call_id, self.party, "user_hangup"))

    async def reject(self, room: RoomId, call_id: str) -> EventId:
        return await self.send(room, "reject", reject_content(call_id, self.party))


@dataclass
class Cast:
    alice: Credentials
    alice_phone: Phone
    bob: Phone
    room: RoomId


def cast(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, names: tuple[str, str] = ("Alice", "Bob")
) -> Cast:
    """Alice (the app, and her phone) and Bob (his phone) in a conversation of two."""
    alice_id, alice_pw = new_user("alice", displayname=names[0])
    bob_id, bob_pw = new_user("bob", displayname=names[1])
    alice = shell.run(login(synapse.base_url, alice_id, alice_pw))
    alice_phone = shell.run(login(synapse.base_url, alice_id, alice_pw))
    bob = shell.run(login(synapse.base_url, bob_id, bob_pw))
    room = shell.run(_room_with(bob, alice, names[1], ()))
    return Cast(alice, Phone(alice_phone, "ALICEPHONE"), Phone(bob, "BOBPHONE"), room)


async def answered_call(people: Cast, seconds: float, *, video: bool = False) -> str:
    """Bob calls, Alice picks up on her phone, Bob hangs up ``seconds`` later: the line Alice's
    app should show, with the duration the server's timestamps give."""
    call_id = new_voip_id()
    await people.bob.invite(people.room, call_id, people.alice.user_id, video=video)
    answered = await people.alice_phone.answer(people.room, call_id)
    await asyncio.sleep(seconds)
    ended = await people.bob.hangup(people.room, call_id)
    took = await people.bob.ts(people.room, ended) - await people.bob.ts(people.room, answered)
    return f"{'Video' if video else 'Voice'} call · {format_duration(took)}"


def call_lines(shell: Shell) -> list[str]:
    """The call lines the timeline draws, top (oldest) to bottom."""
    found = [
        (item.mapToScene(QPointF(0, 0)).y(), item.property("text"))
        for item in shell.visual_children("timeline")
        if item.objectName() == "callText" and item.isVisible()
    ]
    return [text for _, text in sorted(found)]


def drawn_kinds(shell: Shell) -> set[str]:
    return {
        item.property("kind")
        for item in shell.visual_children("timeline")
        if item.property("kind") is not None and item.property("eventId") is not None and item.isVisible()
    }


def wait_lines(shell: Shell, expected: list[str], what: str) -> None:
    shell.wait(lambda: call_lines(shell) == expected, what=f"{what}: {expected}, drawn {call_lines(shell)}")


def open_room(shell: Shell, people: Cast) -> None:
    shell.start(people.alice)
    shell.wait(lambda: people.room in _room_ids(shell), what="the conversation with Bob")
    shell.session.openRoom(people.room)
    shell.wait(lambda: shell.session.timeline.rowCount() > 0, what="its timeline")


def test_missed_answered_and_declined_calls_each_show_one_line(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    people = cast(shell, synapse, new_user)
    open_room(shell, people)
    room, bob, phone = people.room, people.bob, people.alice_phone

    # Bob rings: the line appears at once, and turns "missed" when he gives up.
    missed = new_voip_id()
    shell.run(bob.invite(room, missed, people.alice.user_id))
    wait_lines(shell, ["Incoming voice call"], "the ringing call")
    shell.run(bob.hangup(room, missed))
    wait_lines(shell, ["Missed voice call"], "the missed call")

    # Alice answers on her phone; they talk a few seconds.
    talked = shell.run(answered_call(people, 2.5))
    assert talked.startswith("Voice call · 0:0")
    wait_lines(shell, ["Missed voice call", talked], "the answered call")

    # Bob rings again; Alice declines on her phone.
    declined = new_voip_id()
    shell.run(bob.invite(room, declined, people.alice.user_id))
    shell.run(phone.reject(room, declined))
    wait_lines(shell, ["Missed voice call", talked, "Declined voice call"], "the declined call")

    assert "placeholder" not in drawn_kinds(shell)
    kinds = [shell.session.timeline.row(i)["kind"] for i in range(shell.session.timeline.rowCount())]
    assert kinds.count("call") == 3 and "placeholder" not in kinds and "message" not in kinds
    missed_row = next(i for i in shell.visual_children("timeline") if i.property("callMissed"))
    assert missed_row.property("body") == "Missed voice call"

    # The conversation list says how the latest call went.
    shell.wait(lambda: list_line(shell, room) == "Declined voice call", what="the list's line")


def test_calls_from_older_history_read_right_when_the_room_is_opened(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    people = cast(shell, synapse, new_user)
    room, bob = people.room, people.bob
    missed = new_voip_id()
    shell.run(bob.invite(room, missed, people.alice.user_id, video=True))
    shell.run(bob.hangup(room, missed))
    talked = shell.run(answered_call(people, 1.2))
    open_room(shell, people)
    wait_lines(shell, ["Missed video call", talked], "both calls")
    assert "placeholder" not in drawn_kinds(shell)
    shell.wait(lambda: list_line(shell, room) == talked, what="the list's line")


def list_line(shell: Shell, room: RoomId) -> str | None:
    """The last-message line the conversation list draws for ``room``."""
    row = _find_row(shell, room)
    return None if row is None else row.property("lastBody")
