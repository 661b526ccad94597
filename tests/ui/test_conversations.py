"""Starting, accepting and reading conversations through the real QML against a real Synapse.

New chats come from the Ctrl+N popup, invitations are answered from the list, and the timeline is
scrolled as a reader scrolls it: older pages load above without moving what is on screen, and
messages that arrive meanwhile wait behind the "new messages" button.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QCoreApplication, QMetaObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt import timeline_model
from messenger_desktop.qt.rooms_model import ROLES as ROOM_ROLES
from tests.support.core import server_bodies, until_async
from tests.support.fault_proxy import FaultProxy, Mode
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_actions import _members
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


# -- helpers: the server as another client sees it ------------------------------------------------


async def _invite_state(creds: Credentials, room: RoomId, timeout: float = 20.0) -> dict[str, Any]:
    """The invitation to ``room`` as ``creds``' own /sync shows it: ``{state key: member content}``."""
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            data = await api.request("GET", "/_matrix/client/v3/sync", query={"timeout": 0})
            invited = data.get("rooms", {}).get("invite", {}).get(room)
            if invited is not None:
                events = invited["invite_state"]["events"]
                return {e["state_key"]: e["content"] for e in events if e["type"] == "m.room.member"}
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"{creds.user_id} never saw the invitation to {room}")
            await asyncio.sleep(0.2)
    finally:
        await transport.aclose()


async def _invite(creator: Credentials, invitee: Credentials, *, name: str | None, direct: bool) -> RoomId:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creator.homeserver, transport, access_token=creator.access_token)
        preset = "trusted_private_chat" if direct else "private_chat"
        return await api.create_room(name=name, invite=(invitee.user_id,), is_direct=direct, preset=preset)
    finally:
        await transport.aclose()


async def _join(creds: Credentials, room: RoomId) -> None:
    transport = HttpxTransport()
    try:
        await MatrixApi(creds.homeserver, transport, access_token=creds.access_token).join(room)
    finally:
        await transport.aclose()


async def _send_many(creds: Credentials, room: RoomId, bodies: list[str]) -> None:
    """Post ``bodies`` in order, one request after the other (the relaxed limits let it run fast)."""
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        for number, body in enumerate(bodies):
            await api.send(
                room,
                "m.room.message",
                f"bulk-{uuid.uuid4().hex}-{number}",
                {"msgtype": "m.text", "body": body},
            )
    finally:
        await transport.aclose()


def _server_has(
    shell: Shell, synapse: LocalSynapse, reader: Credentials, room: RoomId, bodies: list[str]
) -> None:
    """Wait until the server holds exactly ``bodies`` (oldest first) as messages of ``room``."""

    async def check() -> bool:
        return await server_bodies(synapse.base_url, reader, room) == bodies

    shell.run(until_async(check, timeout=20, what="the messages on the server"))


# -- helpers: the screen -------------------------------------------------------------------------


def _room_value(shell: Shell, room: str, role: str) -> Any:
    rooms = shell.session.rooms
    row = rooms.indexOf(room)
    assert row >= 0, f"{room} is not in the list"
    return rooms.data(rooms.index(row), ROOM_ROLES[role])


def _list_row(shell: Shell, room: str) -> QQuickItem:
    """The conversation list's row for ``room``, once it is drawn."""

    def drawn() -> QQuickItem | None:
        for item in shell.visual_children("roomList"):
            if item.property("roomId") == room and item.isVisible() and item.height() > 0:
                return item
        return None

    shell.wait(drawn, what=f"the row of {room} on screen")
    row = drawn()
    assert row is not None
    return row


def _on_screen_rows(shell: Shell) -> list[tuple[float, QQuickItem]]:
    """Timeline rows drawn inside the view, top first, with their y in the view. Asks the view
    itself (``itemAtIndex``): items parked in the reuse pool keep their old properties and stay
    "visible" (only culled), so they cannot be told apart by looking at them."""
    view = shell.find("timeline")
    rows = []
    for index in range(int(view.property("count"))):
        item = QMetaObject.invokeMethod(view, "itemAtIndex", Q_RETURN_ARG("QQuickItem*"), Q_ARG(int, index))
        if item is None or not item.isVisible() or item.height() <= 0:
            continue
        y = item.mapToItem(view, QPointF(0, 0)).y()
        if y + item.height() > 0 and y < view.height():
            rows.append((y, item))
    return sorted(rows, key=lambda pair: pair[0])


def _visible_messages(shell: Shell) -> list[tuple[str, int]]:
    """The messages the reader sees whole, top first: body and y in the view."""
    view_height = shell.find("timeline").height()
    return [
        (str(item.property("body")), round(y))
        for y, item in _on_screen_rows(shell)
        if y >= -1 and y + item.height() <= view_height + 1 and item.property("isMessage")
    ]


def _first_visible(shell: Shell) -> tuple[str, int]:
    """The topmost message the reader sees whole: its body and its y in the view."""
    seen = _visible_messages(shell)
    assert seen, "no message on screen"
    return seen[0]


def _settle(shell: Shell) -> None:
    shell.run(asyncio.sleep(0.15))  # polish and layout happen on the next frames


def _scroll_to_top(shell: Shell) -> list[tuple[str, int]]:
    """Drag the timeline to its top edge (as the scroll bar does) and say what the reader sees
    there at once, before the history this asks for has had a chance to arrive."""

    async def scroll() -> list[tuple[str, int]]:
        view = shell.find("timeline")
        view.setProperty("contentY", view.property("originY"))
        return _visible_messages(shell)

    return shell.run(scroll())


def _wheel_up(shell: Shell, notches: int) -> None:
    """Turn the mouse wheel away from the reader over the timeline (older messages come into view)."""
    view = shell.find("timeline")

    async def wheel() -> None:
        centre = view.mapToScene(QPointF(view.width() / 2, view.height() / 2))
        for _ in range(notches):
            event = QWheelEvent(
                centre,
                centre,
                QPoint(0, 0),
                QPoint(0, 120),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            event.setTimestamp(int(time.monotonic() * 1000))  # Flickable scrolls by the wheel's pace
            QCoreApplication.sendEvent(shell.window, event)
            await asyncio.sleep(0.05)

    shell.run(wheel())


def _open_and_load(shell: Shell, room: RoomId) -> None:
    shell.wait(lambda: room in _room_ids(shell), what="the room in the list")
    shell.tap(_list_row(shell, room))
    assert shell.session.property("currentRoomId") == room
    timeline = shell.session.timeline
    shell.wait(lambda: timeline.rowCount() > 0 and not timeline.property("loading"), what="the history")
    _settle(shell)


def _bodies(shell: Shell) -> list[str]:
    """Every message body the model holds, oldest first."""
    timeline = shell.session.timeline
    rows = [timeline.row(i) for i in range(timeline.rowCount())]
    return [r["body"] for r in reversed(rows) if r["kind"] == "message"]


def _new_chat(shell: Shell, people: str, group_name: str = "") -> None:
    """Ctrl+N, fill in the popup, Enter."""
    shell.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    shell.wait(lambda: shell.find("newChatPeople").hasActiveFocus(), what="the new-chat popup")
    shell.type(people)
    if group_name:
        shell.key(Qt.Key.Key_Tab)
        assert shell.find("newChatGroupName").hasActiveFocus()
        shell.type(group_name)
    shell.key(Qt.Key.Key_Return, text="\r")
    shell.wait(lambda: not shell.find("newChatPeople").isVisible(), what="the popup to close")


# -- new conversations ---------------------------------------------------------------------------


def test_ctrl_n_with_a_user_id_starts_a_direct_chat_and_opens_it(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    shell.start(alice)
    shell.wait(lambda: shell.session.rooms.property("loaded"), what="the list")
    assert _room_ids(shell) == []

    _new_chat(shell, bob.user_id)

    shell.wait(lambda: shell.session.property("currentRoomId"), what="the new chat to open")
    room = shell.session.property("currentRoomId")
    shell.wait(lambda: _room_ids(shell) == [room], what="the chat in the list")
    shell.wait(lambda: _room_value(shell, room, "name") == "Bob", what="the chat named after Bob")
    shell.wait(lambda: shell.session.rooms.row_for(room).is_group is False, what="m.direct to arrive")
    assert shell.session.property("currentRoomName") == "Bob"
    assert shell.session.property("currentRoomIsInvite") is False
    assert shell.find("composer").isVisible()
    shell.wait(lambda: shell.find("composer").hasActiveFocus(), what="the composer to take the focus")

    invitation = shell.run(_invite_state(bob, RoomId(room)))
    assert invitation[bob.user_id]["membership"] == "invite"
    assert invitation[bob.user_id].get("is_direct") is True

    shell.type("Hi Bob")  # the chat works: the composer has the focus
    shell.key(Qt.Key.Key_Return, text="\r")
    _server_has(shell, synapse, alice, RoomId(room), ["Hi Bob"])


def test_ctrl_n_with_a_name_and_members_creates_a_group_and_invites_them(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    carol_id, _ = new_user("carol", displayname="Carol")
    shell.start(alice)
    shell.wait(lambda: shell.session.rooms.property("loaded"), what="the list")

    _new_chat(shell, f"{bob.user_id}, {carol_id}", group_name="Book club")

    shell.wait(lambda: shell.session.property("currentRoomId"), what="the group to open")
    room = shell.session.property("currentRoomId")
    shell.wait(lambda: room in _room_ids(shell), what="the group in the list")
    shell.wait(lambda: shell.session.property("currentRoomName") == "Book club", what="the group's name")
    assert _room_value(shell, room, "name") == "Book club"
    assert shell.session.property("currentRoomIsGroup") is True
    shell.wait(
        lambda: shell.session.property("currentRoomStatus") == "1 member, 2 invited", what="who is in it"
    )

    members = shell.run(_members(alice, RoomId(room)))
    assert members == {alice.user_id: "join", bob.user_id: "invite", carol_id: "invite"}

    shell.run(_join(bob, RoomId(room)))
    shell.wait(
        lambda: shell.session.property("currentRoomStatus") == "2 members, 1 invited", what="Bob joining"
    )


def test_the_new_chat_popup_starts_nothing_when_cancelled(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    shell.start(alice)
    shell.wait(lambda: shell.session.rooms.property("loaded"), what="the list")
    shell.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    shell.wait(lambda: shell.find("newChatPeople").hasActiveFocus(), what="the new-chat popup")
    shell.type(bob.user_id)
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.find("newChatPeople").isVisible(), what="the popup to close")
    shell.run(shell.session.wait_idle())
    shell.run(asyncio.sleep(1.0))  # a sync later, still nothing
    assert _room_ids(shell) == []
    assert shell.session.property("currentRoomId") == ""

    shell.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # opens empty again
    shell.wait(lambda: shell.find("newChatPeople").hasActiveFocus(), what="the popup again")
    assert shell.prop("newChatPeople", "text") == ""
    assert shell.prop("newChatStart", "enabled") is False
    shell.key(Qt.Key.Key_Escape)


# -- invitations ---------------------------------------------------------------------------------


def test_joining_an_invitation_from_the_list_makes_it_a_conversation(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_invite(bob, alice, name=None, direct=True))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell), what="the invitation in the list")
    assert _room_value(shell, room, "isInvite") is True
    assert "invited you" in _room_value(shell, room, "lastBody")

    shell.tap(_list_row(shell, room))
    assert shell.session.property("currentRoomIsInvite") is True
    assert shell.find("acceptInviteButton").isVisible()
    assert not shell.find("composer").isVisible()

    shell.tap(shell.find("acceptInviteButton"))
    shell.wait(lambda: _room_value(shell, room, "isInvite") is False, what="the invitation accepted")
    shell.wait(lambda: shell.find("composer").isVisible(), what="the composer")
    assert shell.session.property("currentRoomId") == room
    assert not shell.find("acceptInviteButton").isVisible()
    assert shell.run(_members(bob, room)).get(alice.user_id) == "join"
    shell.wait(lambda: shell.session.rooms.row_for(room).is_group is False, what="m.direct to arrive")

    shell.focus("composer")
    shell.type("Thanks for the invite")
    shell.key(Qt.Key.Key_Return, text="\r")
    _server_has(shell, synapse, bob, room, ["Thanks for the invite"])


def test_declining_an_invitation_removes_it_and_leaves_on_the_server(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    keep = shell.run(_room_with(bob, alice, "Already here", ("hello",)))
    room = shell.run(_invite(bob, alice, name="Spam", direct=False))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room, keep], what="the invitation on top of the list")

    shell.tap(_list_row(shell, room))
    assert shell.session.property("currentRoomIsInvite") is True
    shell.tap(shell.find("declineInviteButton"))

    shell.wait(lambda: room not in _room_ids(shell), what="the invitation to go")
    shell.run(shell.session.wait_idle())
    assert shell.run(_members(bob, room)).get(alice.user_id) == "leave"
    assert shell.session.property("currentRoomId") == ""
    shell.run(asyncio.sleep(1.5))  # a sync or two later, it has not come back
    assert _room_ids(shell) == [keep]


# -- reading history -----------------------------------------------------------------------------


def test_scrolling_to_the_top_loads_older_messages_without_moving_the_view(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Smaller pages, so history takes several: a busy machine's wheel scroll may fetch a page or two
    # by itself, and the loop below must still see pages arrive while the reader watches.
    monkeypatch.setattr(timeline_model, "PAGE_SIZE", 20)
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Long story"))
    bodies = [f"Line {n:03d}" for n in range(120)]
    shell.run(_send_many(bob, room, bodies), timeout=120)
    shell.start(alice)
    _open_and_load(shell, room)
    timeline = shell.session.timeline
    view = shell.find("timeline")
    assert _bodies(shell)[-1] == "Line 119"
    assert timeline.property("atStart") is False
    assert "Line 000" not in _bodies(shell)

    # The wheel first: older messages come down into view.
    newest_before = _first_visible(shell)
    _wheel_up(shell, 5)
    shell.wait(lambda: _first_visible(shell) != newest_before, what="the wheel to scroll")
    shell.wait(lambda: not timeline.property("loading"), what="any page the wheel asked for")
    assert timeline.property("atStart") is False, "the wheel alone fetched the whole history"

    loads = 0
    while not timeline.property("atStart"):
        count = view.property("count")
        # The oldest row loses its date pill once older rows share its day: watch the one below it.
        anchor = _scroll_to_top(shell)[1]
        assert view.property("count") == count, "the page came before the reader reached the top"
        shell.wait(
            lambda c=count: view.property("count") > c or timeline.property("atStart"),  # type: ignore[misc]
            what="older messages",
        )
        shell.wait(lambda: not timeline.property("loading"), what="the page to finish")
        _settle(shell)
        if view.property("count") > count:
            loads += 1
            assert anchor in _visible_messages(shell), "the view jumped when older messages arrived"
        assert loads < 15, "history never reached the start"

    assert loads >= 1
    assert _bodies(shell) == bodies
    assert _scroll_to_top(shell)[0][0] == "Line 000"


def _unseen_badge(shell: Shell) -> str:
    """The number on the "new messages" button ("" when it shows none)."""
    texts = [
        str(i.property("text"))
        for i in shell.visual_children("jumpToBottom")
        if i.isVisible() and str(i.property("text") or "").isdigit()
    ]
    return texts[0] if texts else ""


def _newest_on_screen(shell: Shell) -> str:
    return str(_on_screen_rows(shell)[-1][1].property("body"))


def test_new_messages_while_reading_history_wait_behind_the_button(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Busy room"))
    shell.run(_send_many(bob, room, [f"Old {n:02d}" for n in range(40)]), timeout=120)
    proxy = FaultProxy("127.0.0.1", synapse.port)
    shell.run(proxy.start())
    try:
        shell.start(Credentials(proxy.url, alice.user_id, alice.device_id, alice.access_token))
        _open_and_load(shell, room)
        shell.wait(lambda: shell.session.timeline.property("atStart"), what="the whole history")
        assert _newest_on_screen(shell) == "Old 39"
        assert shell.prop("jumpToBottom", "visible") is False

        # At the bottom, a new message simply shows there.
        shell.run(_send_many(bob, room, ["Live"]))
        shell.wait(lambda: _bodies(shell)[-1] == "Live", what="the message in the timeline")
        _settle(shell)
        assert _newest_on_screen(shell) == "Live"
        assert shell.prop("jumpToBottom", "visible") is False

        _wheel_up(shell, 15)
        shell.wait(lambda: shell.prop("jumpToBottom", "visible"), what="the jump button")
        shell.wait(lambda: not shell.prop("timeline", "moving"), what="the scroll to stop")
        _settle(shell)
        anchor = _first_visible(shell)
        assert _unseen_badge(shell) == ""

        # Three messages while the client's connection is held: they arrive in one go.
        shell.run(proxy.set_mode(Mode.STALL))
        shell.run(_send_many(bob, room, ["New 1", "New 2", "New 3"]))
        shell.run(asyncio.sleep(1.0))
        shell.run(proxy.set_mode(Mode.PASS))
        shell.wait(lambda: _bodies(shell)[-1] == "New 3", what="the messages in the timeline")
        _settle(shell)
        assert _first_visible(shell) == anchor, "the view moved when messages arrived"
        button = shell.find("jumpToBottom")
        assert button.isVisible()
        assert _unseen_badge(shell) == "3"

        shell.tap(button)
        shell.wait(lambda: not shell.prop("jumpToBottom", "visible"), what="the button to go")
        _settle(shell)
        assert _newest_on_screen(shell) == "New 3"
        assert not shell.prop("jumpToBottom", "visible")

        # Sending while scrolled up also brings the reader to the bottom, where the button is not needed.
        _wheel_up(shell, 15)
        shell.wait(lambda: shell.prop("jumpToBottom", "visible"), what="the jump button")
        shell.focus("composer")
        shell.type("Catching up")
        shell.key(Qt.Key.Key_Return, text="\r")
        _settle(shell)
        assert _newest_on_screen(shell) == "Catching up"
        assert shell.prop("jumpToBottom", "visible") is False
        assert _unseen_badge(shell) == ""
    finally:
        shell.run(shell.controller.close())
        shell.run(proxy.stop())


def _row_button(shell: Shell, room: str, name: str) -> QQuickItem:
    """A button drawn inside the list row of ``room``."""
    pending = list(_list_row(shell, room).childItems())
    while pending:
        item = pending.pop()
        if item.objectName() == name and item.isVisible():
            return item
        pending.extend(item.childItems())
    raise AssertionError(f"no visible {name} in the row of {room}")


def test_invitations_are_answered_right_in_the_list(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    wanted = shell.run(_invite(bob, alice, name="Picnic", direct=False))
    unwanted = shell.run(_invite(bob, alice, name="Spam", direct=False))
    shell.start(alice)
    shell.wait(lambda: {wanted, unwanted} <= set(_room_ids(shell)), what="both invitations")

    shell.tap(_row_button(shell, wanted, "inviteJoinButton"))
    shell.wait(lambda: _room_value(shell, wanted, "isInvite") is False, what="the invitation accepted")
    assert shell.run(_members(bob, wanted)).get(alice.user_id) == "join"

    shell.tap(_row_button(shell, unwanted, "inviteDeclineButton"))
    shell.wait(lambda: unwanted not in _room_ids(shell), what="the declined invitation to go")
    shell.run(shell.session.wait_idle())
    assert shell.run(_members(bob, unwanted)).get(alice.user_id) == "leave"
    assert wanted in _room_ids(shell)
