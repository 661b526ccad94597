"""Calls through the real window: Bob runs the app, Alice a plain session on the same Synapse, both
with synthetic devices (tones, a moving pattern) and real WebRTC on loopback. What is checked is
what each would notice: the popup says who calls, the call connects and its time runs, mute and
hang up reach the other side, a declined call reads "declined" for the caller, the header's
phone button rings the other person, the green bar follows the user around, and a call arriving
while the window is in the background can be answered from the desktop's notification."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.callmedia.synthetic import SyntheticDevices, dominant_frequency
from messenger_desktop.calls import CallState, EndReason
from messenger_desktop.calls.devices import SAMPLE_RATE
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.call_controller import CallController
from messenger_desktop.qt.platform.freedesktop import FreedesktopNotifier
from messenger_desktop.session.call_service import CallInfo
from messenger_desktop.session.session import Session
from tests.support.core import login, open_session, until_async
from tests.support.notification_server import FakeNotificationServer
from tests.support.synapse import UserFactory
from tests.ui.desktop_harness import Desktop
from tests.ui.shell import Shell
from tests.ui.test_shell import _room_ids, _room_with

pytestmark = pytest.mark.integration

LOOPBACK = ("127.0.0.1",)


@dataclass
class Call:
    """Bob in the app (``shell``), Alice as a plain session; ``room`` is their direct chat."""

    shell: Shell
    alice: Session
    alice_creds: Credentials
    bob_creds: Credentials
    room: RoomId

    @property
    def calls(self) -> CallController:
        return self.shell.session.calls_controller

    def alice_call(self) -> CallInfo | None:
        live = self.alice.calls.live()
        return live[-1] if live else None

    def bob_call(self) -> CallInfo | None:
        current = self.calls.current
        return None if current is None else self.shell.session.session.calls.info(current.call_id)

    def visible(self, name: str) -> bool:
        return self.shell.has(name) and self.shell.find(name).isVisible()


def _join_direct_chat(app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path) -> Call:
    alice_id, alice_pw = new_user("alice", displayname="Alice")
    bob_id, bob_pw = new_user("bob", displayname="Bob")
    alice_creds = app.run(login(synapse.base_url, alice_id, alice_pw))
    bob_creds = app.run(login(synapse.base_url, bob_id, bob_pw))
    alice, _ = app.run(
        open_session(tmp_path / "alice", alice_creds, poll_ms=300, call_host_addresses=LOOPBACK)
    )
    alice.calls.devices = SyntheticDevices(440)
    room = app.run(alice.start_direct_chat(bob_id))
    app.start(bob_creds)
    app.session.calls_controller.set_devices(SyntheticDevices(660))
    app.wait(lambda: room in _room_ids(app), what="the invitation")
    app.run(app.session.session.join(room))

    async def both_joined() -> bool:
        return len([m for m in await alice.members(room) if m.membership == "join"]) == 2

    app.run(until_async(both_joined, what="bob joined, seen by alice"), timeout=35)
    app.wait(lambda: not app.session.rooms.row_for(room).values[8], what="the chat joined")  # isInvite
    return Call(app, alice, alice_creds, bob_creds, room)


@pytest.fixture
def call(shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path) -> Iterator[Call]:
    pair = _join_direct_chat(shell, synapse, new_user, tmp_path)
    yield pair
    shell.run(pair.alice.close())


def _ringing_for_bob(call: Call) -> None:
    placed = call.shell.run(call.alice.start_call(call.room, video=False))
    assert placed is not None
    call.shell.wait(lambda: call.shell.is_open("incomingCallDialog"), timeout=30, what="the incoming call")


def test_answering_connects_the_call_whose_time_runs_and_mute_and_hang_up_reach_alice(call: Call) -> None:
    shell = call.shell
    _ringing_for_bob(call)
    assert shell.prop("incomingCallName", "text") == "Alice"
    assert shell.prop("incomingCallKind", "text") == "Incoming voice call"
    assert not shell.find("acceptVoiceButton").isVisible()  # a voice call has one way to answer
    bob_devices = shell.session.session.calls.devices
    assert isinstance(bob_devices, SyntheticDevices)
    shell.wait(lambda: _heard(bob_devices, 2.5) in (440, 480), what="the phone to ring aloud")
    assert call.calls.tone == "ring"

    shell.tap(shell.find("acceptCallButton"))
    shell.wait(lambda: not shell.is_open("incomingCallDialog"), what="the popup to close")
    assert call.calls.tone is None, "answered: the ringing stops"
    assert call.visible("callView")
    assert not call.visible("callBar")
    assert shell.prop("callPeerName", "text") == "Alice"
    shell.wait(lambda: call.calls.property("state") == "connected", timeout=30, what="connected")
    alice_call = call.alice_call()
    assert alice_call is not None and alice_call.state is CallState.CONNECTED
    shell.wait(lambda: shell.prop("callState", "text") not in ("0:00", ""), what="the time to run")
    assert shell.prop("callState", "text") == call.calls.property("durationText")
    assert call.calls.property("duration") >= 1

    shell.tap(shell.find("muteButton"))
    shell.wait(lambda: (info := call.bob_call()) is not None and info.muted, what="muted in the call")
    assert shell.prop("muteButton", "on")
    shell.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # and back, by keyboard
    shell.wait(lambda: (info := call.bob_call()) is not None and not info.muted, what="unmuted")

    call_id = alice_call.call_id
    shell.tap(shell.find("hangupButton"))
    shell.wait(lambda: not call.visible("callView"), what="the call screen to close")
    assert not call.visible("callBar")
    shell.wait(lambda: call.alice.calls.info(call_id).state is CallState.ENDED, what="alice's call ends")
    ended = call.alice.calls.info(call_id)
    assert ended is not None and ended.end_reason is EndReason.REMOTE_HANGUP


def test_the_devices_button_lists_them_and_picking_the_microphone_switches_it_in_the_call(
    call: Call,
) -> None:
    shell = call.shell
    bob_devices = shell.session.session.calls.devices
    alice_devices = call.alice.calls.devices
    assert isinstance(bob_devices, SyntheticDevices) and isinstance(alice_devices, SyntheticDevices)
    _ringing_for_bob(call)
    shell.tap(shell.find("acceptCallButton"))
    shell.wait(lambda: call.calls.property("state") == "connected", timeout=30, what="connected")
    shell.wait(lambda: _heard(alice_devices) == 660, what="alice hears bob's microphone")

    shell.tap(shell.find("callDevicesButton"))
    shell.wait(lambda: shell.is_open("callDevicesPopup"), what="the devices")
    listed = call.calls.property("deviceList")
    assert listed is not None
    for kind, there in (
        ("microphone", listed.property("microphones")),
        ("speaker", listed.property("speakers")),
        ("camera", listed.property("cameras")),
    ):
        rows = _device_rows(shell, kind)
        assert [row.property("text") for row in rows] == ["System default"] + [
            device["name"] for device in there
        ], f"the {kind}s listed are the system's"
        assert rows[0].property("chosen"), "nothing picked yet: the system's default is ticked"

    bob_devices.frequency = 880  # what the microphone picked now hears
    shell.tap(_device_rows(shell, "microphone")[0])
    shell.wait(lambda: not shell.is_open("callDevicesPopup"), what="the devices to close")
    shell.wait(lambda: _heard(alice_devices) == 880, what="alice hears the microphone picked")
    assert call.visible("callView")

    shell.tap(shell.find("callDevicesButton"))
    shell.wait(lambda: shell.is_open("callDevicesPopup"), what="the devices again")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.is_open("callDevicesPopup"), what="Esc closes the devices")
    assert call.visible("callView"), "Esc closed the devices, not the call screen"
    shell.tap(shell.find("hangupButton"))


def _loudest_half_second(pcm: bytes) -> bytes:
    """A tone in bursts (a ring) is judged where it sounds, not on the silence between."""
    half = SAMPLE_RATE  # bytes in half a second (2 per sample)
    if len(pcm) <= half:
        return pcm if any(pcm) else b""
    starts = range(0, len(pcm) - half + 1, half // 5)
    best = max(starts, key=lambda start: sum(pcm[start : start + half : 97]))
    window = pcm[best : best + half]
    return window if any(window) else b""


def _device_rows(shell: Shell, kind: str) -> list[QQuickItem]:
    popup = shell.obj("callDevicesPopup")
    content = popup.property("contentItem")
    assert isinstance(content, QQuickItem)
    pending, rows = list(content.childItems()), []
    while pending:
        item = pending.pop()
        if item.objectName().startswith(f"device_{kind}_"):
            rows.append(item)
        pending.extend(item.childItems())
    return sorted(rows, key=lambda row: int(row.objectName().rsplit("_", 1)[1]))


def _heard(devices: SyntheticDevices, seconds: float = 1.0) -> int | None:
    """The tone the speaker played in the last ``seconds`` (its loudest half second), to the
    nearest 20 Hz (``None``: silence)."""
    pcm = _loudest_half_second(devices.speaker.recent(seconds))
    if len(pcm) < 4000:
        return None
    return round(dominant_frequency(pcm, low=300, high=1000, step=20) / 20) * 20


def test_declining_ends_the_callers_call_as_declined(call: Call) -> None:
    shell = call.shell
    _ringing_for_bob(call)
    alice_call = call.alice_call()
    assert alice_call is not None

    shell.tap(shell.find("declineCallButton"))
    shell.wait(lambda: not shell.is_open("incomingCallDialog"), what="the popup to close")
    shell.wait(
        lambda: call.alice.calls.info(alice_call.call_id).state is CallState.ENDED, what="alice's call ends"
    )
    ended = call.alice.calls.info(alice_call.call_id)
    assert ended is not None and ended.end_reason is EndReason.REMOTE_DECLINED
    assert not call.visible("callView") and not call.visible("callBar")


def test_the_popup_goes_when_the_caller_gives_up(call: Call) -> None:
    shell = call.shell
    _ringing_for_bob(call)
    alice_call = call.alice_call()
    assert alice_call is not None

    async def give_up() -> None:
        call.alice.calls.hangup(alice_call.call_id)

    shell.run(give_up())
    shell.wait(lambda: not shell.is_open("incomingCallDialog"), what="the popup to close by itself")
    assert not call.calls.property("busy")
    assert call.calls.tone is None, "the caller gave up: the ringing stops"


def test_the_header_phone_rings_alice_and_the_bar_follows_bob_to_another_chat(call: Call) -> None:
    shell = call.shell
    group = shell.run(_room_with(call.alice_creds, call.bob_creds, "Book club", ("chapter 3",)))
    shell.wait(lambda: group in _room_ids(shell), what="the group")
    shell.session.openRoom(group)
    assert not call.visible("callVoiceButton") and not call.visible("callVideoButton")  # not in groups

    shell.session.openRoom(call.room)
    shell.wait(lambda: call.visible("callVoiceButton"), what="the phone in the header")
    assert call.visible("callVideoButton")
    shell.tap(shell.find("callVoiceButton"))
    shell.wait(
        lambda: (c := call.alice_call()) is not None and c.ringing, timeout=30, what="alice's phone rings"
    )
    ringing = call.alice_call()
    assert ringing is not None and not ringing.offered_video
    assert call.visible("callView")
    bob_devices = shell.session.session.calls.devices
    assert isinstance(bob_devices, SyntheticDevices)
    shell.wait(lambda: _heard(bob_devices, 2.5) in (420, 440), what="bob to hear the ringback")
    assert call.calls.tone == "ringback"
    shell.wait(lambda: shell.prop("callState", "text") == "Ringing…", what="Ringing…")
    assert not shell.find("callVoiceButton").isEnabled()  # one call at a time

    shell.session.openRoom(group)  # from the list: back to the chats, the call goes on in the bar
    shell.wait(lambda: call.visible("callBar"), what="the call bar")
    assert not call.visible("callView")
    assert shell.prop("callBarState", "text") == "Ringing…"
    shell.tap(shell.find("callBar"))
    shell.wait(lambda: call.visible("callView"), what="the call screen again")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: call.visible("callBar"), what="Esc: the bar again")
    shell.run(asyncio.sleep(0.1))  # the window's layout makes room for the bar

    shell.tap(shell.find("callBarHangupButton"))
    shell.wait(lambda: not call.visible("callBar"), what="the bar to go")
    assert call.calls.tone is None, "hung up: the ringback stops"
    shell.wait(lambda: call.alice.calls.info(ringing.call_id).ended, what="alice's phone stops")
    ended = call.alice.calls.info(ringing.call_id)
    assert ended is not None and ended.end_reason is EndReason.MISSED


def test_a_call_during_a_call_offers_hang_up_and_answer(
    call: Call, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    shell = call.shell
    _ringing_for_bob(call)
    shell.tap(shell.find("acceptCallButton"))
    shell.wait(lambda: call.calls.property("state") == "connected", timeout=30, what="bob talks to alice")
    first = call.alice_call()
    assert first is not None

    carol_id, carol_pw = new_user("carol", displayname="Carol")
    carol_creds = shell.run(login(synapse.base_url, carol_id, carol_pw))
    carol, _ = shell.run(
        open_session(tmp_path / "carol", carol_creds, poll_ms=300, call_host_addresses=LOOPBACK)
    )
    try:
        carol.calls.devices = SyntheticDevices(880)
        room = shell.run(carol.start_direct_chat(call.bob_creds.user_id))
        shell.wait(lambda: room in _room_ids(shell), what="carol's invitation")
        shell.run(shell.session.session.join(room))

        async def joined() -> bool:
            return len([m for m in await carol.members(room) if m.membership == "join"]) == 2

        shell.run(until_async(joined, what="bob joined carol's chat"), timeout=35)
        second = shell.run(carol.start_call(room, video=False))
        assert second is not None
        shell.wait(lambda: shell.is_open("incomingCallDialog"), timeout=30, what="carol's call")
        assert shell.prop("incomingCallName", "text") == "Carol"
        assert shell.prop("incomingCallKind", "text") == "Incoming voice call while you are in a call"
        assert shell.prop("acceptCallButton", "label") == "Hang up and answer"

        shell.tap(shell.find("acceptCallButton"))
        shell.wait(lambda: call.calls.property("peerName") == "Carol", what="the screen shows carol")
        shell.wait(lambda: call.alice.calls.info(first.call_id).ended, what="alice's call ends")
        ended = call.alice.calls.info(first.call_id)
        assert ended is not None and ended.end_reason is EndReason.REMOTE_HANGUP
        shell.wait(lambda: call.calls.property("state") == "connected", timeout=30, what="bob talks to carol")
        info = carol.calls.info(second.call_id)
        assert info is not None and info.state is CallState.CONNECTED
    finally:
        shell.run(carol.close())


def test_in_the_background_the_notification_answers_the_call(
    app: Shell,
    desktop: Desktop,
    server: FakeNotificationServer,
    synapse: LocalSynapse,
    new_user: UserFactory,
    tmp_path: Path,
) -> None:
    call = _join_direct_chat(app, synapse, new_user, tmp_path)
    try:
        desktop.active = False  # the window is behind others, or in the tray
        raised = desktop.raised
        placed = app.run(call.alice.start_call(call.room, video=True))
        assert placed is not None
        app.wait(
            lambda: any(c["args"][3] == "Alice is calling" for c in server.calls("Notify")),
            timeout=30,
            what="the call's notification",
        )
        notify = next(c for c in server.calls("Notify") if c["args"][3] == "Alice is calling")
        assert notify["args"][4] == "Incoming video call"
        assert notify["args"][5] == ["default", "Open", "call-accept", "Accept", "call-decline", "Decline"]
        notifier = app.desktop._notifier  # type: ignore[union-attr]
        assert isinstance(notifier, FreedesktopNotifier)
        key = f"call:{placed.call_id}"
        app.wait(lambda: key in notifier._ids, what="the notification's id")

        server.emit("ActionInvoked", notifier._ids[key], "call-accept")
        app.wait(lambda: call.calls.property("state") == "connected", timeout=30, what="answered")
        assert desktop.raised > raised  # the window came up with the call
        assert call.visible("callView")
        app.run(server.wait_for_calls("CloseNotification", 1))
        info = call.alice_call()
        assert info is not None and info.state is CallState.CONNECTED
    finally:
        app.run(call.alice.close())
