"""What the open conversation shows about its people: membership lines from real server events,
and sender names in groups but not in direct chats."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


def _state_lines(shell: Shell) -> list[str]:
    timeline = shell.session.timeline
    rows = [timeline.row(i) for i in range(timeline.rowCount())]
    return [r["body"] for r in reversed(rows) if r["kind"] == "state"]


async def _as(creds: Credentials, action: str, room: RoomId) -> None:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        if action == "rename":
            await api.set_displayname(creds.user_id, "Robert")
        else:
            await api.leave(room)
    finally:
        await transport.aclose()


def test_membership_lines_name_people_as_they_were_called_then(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(alice, bob, "Changes"))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell))
    shell.session.openRoom(room)
    shell.wait(lambda: "Bob joined" in _state_lines(shell), what="the join line")
    assert "Alice invited Bob" in _state_lines(shell)

    # Synapse updates the room's member event after answering the rename: wait for it before leaving.
    shell.run(_as(bob, "rename", room))
    shell.wait(lambda: _state_lines(shell)[-1:] == ["Bob changed their name to Robert"], what="the rename")
    shell.run(_as(bob, "leave", room))
    shell.wait(lambda: _state_lines(shell)[-1:] == ["Robert left"], what="the leave line")
    assert _state_lines(shell)[-2:] == ["Bob changed their name to Robert", "Robert left"]
    assert shell.session.property("currentRoomIsGroup") is True  # named: a group, even for two


def test_sender_names_show_in_groups_but_not_in_direct_chats(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    group = shell.run(_room_with(bob, alice, "Two of us", ("in a group",)))
    shell.start(alice)
    shell.wait(lambda: group in _room_ids(shell))

    shell.session.startDirectChat(bob.user_id)  # recorded in m.direct
    shell.wait(lambda: shell.session.property("currentRoomId") not in ("", group), what="the direct chat")
    direct = shell.session.property("currentRoomId")
    shell.wait(lambda: direct in _room_ids(shell), what="the direct chat in the list")
    shell.wait(lambda: shell.session.rooms.row_for(direct).is_group is False, what="m.direct to arrive")
    assert shell.session.property("currentRoomIsGroup") is False

    shell.session.openRoom(group)
    assert shell.session.property("currentRoomIsGroup") is True
    timeline = shell.session.timeline
    shell.wait(lambda: timeline.rowCount() > 0 and not timeline.property("loading"), what="the history")
    shell.wait(lambda: _delegates(shell, "in a group"), what="the message on screen")
    assert all(d.property("showSenderNames") is True for d in _delegates(shell, "in a group"))

    shell.session.openRoom(direct)
    shell.type("hi")  # the composer has the focus
    shell.key(Qt.Key.Key_Return, text="\r")
    shell.wait(lambda: _delegates(shell, "hi"), what="the echo on screen")
    assert all(d.property("showSenderNames") is False for d in _delegates(shell, "hi"))


def _delegates(shell: Shell, body: str) -> list[QQuickItem]:
    items = shell.visual_children("timeline")
    return [d for d in items if d.property("isMessage") is True and d.property("body") == body]


def test_a_run_of_changes_collapses_into_one_line_that_opens_on_click(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(alice, bob, "Setup", ("first message",)))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell))
    shell.session.openRoom(room)
    timeline = shell.session.timeline
    shell.wait(lambda: timeline.rowCount() > 0 and not timeline.property("loading"), what="the history")
    shell.wait(lambda: _on_screen(shell, "runSummary"), what="the summary line")
    (summary,) = _on_screen(shell, "runSummary")
    count = int(timeline.row(timeline.rowCount() - 1)["runCount"])
    assert count >= 4  # created, joined, named, invited, joined
    assert summary.property("text") == "Alice created the conversation"
    lines = [d for d in shell.visual_children("timeline") if d.property("kind") == "state"]
    assert sum(1 for d in lines if d.property("height") > 0) == 1  # only the summary takes room

    shell.tap(summary)
    shell.wait(lambda: timeline.row(timeline.rowCount() - 1)["runExpanded"], what="the run to open")
    shell.wait(
        lambda: sum(1 for d in _states(shell) if d.property("height") > 0) == count,
        what="every line on screen",
    )
    assert "Alice invited Bob" in [d.property("body") for d in _states(shell)]
    shell.tap(_on_screen(shell, "runSummary")[0])
    shell.wait(lambda: not timeline.row(timeline.rowCount() - 1)["runExpanded"], what="the run to close")


def _on_screen(shell: Shell, name: str) -> list[QQuickItem]:
    return [i for i in shell.visual_children("timeline") if i.objectName() == name and i.isVisible()]


def _states(shell: Shell) -> list[QQuickItem]:
    items = shell.visual_children("timeline")
    return [d for d in items if d.property("kind") == "state" and d.property("runCount") is not None]
