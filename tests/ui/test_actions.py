"""Account and conversation actions, driven from the keyboard through the real QML.

Sign out, invite someone, leave a conversation: each opens a QML popup (never a nested event
loop), each reachable without a mouse.
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from messenger_desktop.api import Credentials, MatrixApi, MatrixError, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session import credentials as keychain
from tests.support.keyring_env import require_secret_service
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


async def _members(creds: Credentials, room: RoomId) -> dict[str, str]:
    """``{user id: membership}`` as the server sees it."""
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        data = await api.request("GET", f"/_matrix/client/v3/rooms/{room}/members")
        return {e["state_key"]: e["content"]["membership"] for e in data["chunk"]}
    finally:
        await transport.aclose()


async def _whoami(creds: Credentials) -> str:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        user_id, _ = await api.whoami()
        return user_id
    finally:
        await transport.aclose()


def _open(shell: Shell, room: RoomId) -> None:
    shell.wait(lambda: room in _room_ids(shell), what="the room in the list")
    shell.session.openRoom(room)
    shell.wait(lambda: not shell.session.timeline.property("loading"), what="the history")


def _pick(shell: Shell, menu: str, item_index: int) -> None:
    """In the open ``menu``: Down to the wanted entry, then Enter — as a keyboard user does."""
    shell.wait(lambda: shell.is_open(menu), what=f"{menu} to open")
    for _ in range(item_index + 1):
        shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Return, text="\r")


@pytest.mark.keyring
def test_sign_out_from_the_account_menu_forgets_the_session(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    require_secret_service()
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Before signing out", ("hello",)))
    shell.run(keychain.save_async(shell.profile.key, alice))
    shell.start()
    assert shell.controller.screen == "main"
    shell.wait(lambda: room in _room_ids(shell), what="the room in the list")
    assert shell.profile.database.exists()

    shell.click("accountMenuButton")
    _pick(shell, "accountMenu", 6)  # …, New space…, Settings, Set my avatar…, Sign out
    shell.wait(lambda: shell.is_open("confirmSignOut"), what="the confirmation")
    assert shell.find("confirmSignOutButton").hasActiveFocus()
    shell.key(Qt.Key.Key_Return, text="\r")

    shell.wait(lambda: shell.controller.screen == "login", what="the sign-in form")
    shell.wait(lambda: shell.has("loginButton"), what="the sign-in form")
    assert shell.controller.session_controller is None
    assert shell.run(keychain.load_async(shell.profile.key)) is None
    assert not shell.profile.database.exists()
    with pytest.raises(MatrixError) as refused:
        shell.run(_whoami(alice))
    assert refused.value.errcode == "M_UNKNOWN_TOKEN"
    assert shell.prop("loginError", "text") == ""


def test_escape_cancels_signing_out(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> None:
    alice, _ = _people(shell, synapse, new_user)
    shell.start(alice)
    shell.click("accountMenuButton")
    _pick(shell, "accountMenu", 6)  # …, New space…, Settings, Set my avatar…, Sign out
    shell.wait(lambda: shell.is_open("confirmSignOut"), what="the confirmation")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.obj("confirmSignOut").property("visible"), what="the popup to close")
    assert shell.controller.screen == "main"
    assert shell.run(_whoami(alice)) == alice.user_id


def test_inviting_someone_from_the_conversation_menu(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    carol_id, _ = new_user("carol", displayname="Carol")
    room = shell.run(_room_with(alice, bob, "Planning"))
    shell.start(alice)
    _open(shell, room)

    shell.focus("composer")
    shell.key(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _pick(shell, "conversationMenu", 0)
    shell.wait(lambda: shell.is_open("inviteDialog"), what="the invite popup")
    assert shell.find("inviteUserField").hasActiveFocus()

    # Someone the server does not know: one sentence in the popup, which stays open.
    shell.type("@nobody-here:" + alice.user_id.split(":", 1)[1])
    shell.key(Qt.Key.Key_Return, text="\r")
    shell.wait(lambda: shell.prop("inviteError", "text"), what="the error")
    assert shell.prop("inviteError", "visible") is True
    assert "no user @nobody-here" in shell.prop("inviteError", "text")
    assert shell.is_open("inviteDialog")
    assert "@nobody-here" not in "".join(shell.run(_members(alice, room)))

    field = shell.focus("inviteUserField")
    field.setProperty("text", "")
    shell.type("bob")  # not a user ID at all
    shell.key(Qt.Key.Key_Return, text="\r")
    assert shell.prop("inviteError", "text") == "A user ID looks like @name:example.org."

    field.setProperty("text", "")
    shell.type(carol_id)
    shell.click("inviteButton")
    shell.wait(lambda: not shell.obj("inviteDialog").property("visible"), what="the popup to close")
    assert shell.run(_members(alice, room)).get(carol_id) == "invite"
    shell.wait(lambda: shell.find("composer").hasActiveFocus(), what="the focus back in the composer")


def test_leaving_a_conversation_after_confirming(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    stay = shell.run(_room_with(bob, alice, "Staying", ("still here",)))
    leave = shell.run(_room_with(bob, alice, "Leaving", ("bye",)))
    shell.start(alice)
    _open(shell, leave)

    shell.click("conversationMenuButton")
    _pick(shell, "conversationMenu", 2)  # Invite, Settings, Leave
    shell.wait(lambda: shell.is_open("confirmLeave"), what="the confirmation")
    assert "Leaving" in shell.obj("confirmLeave").property("title")
    shell.click("confirmLeaveButton")

    assert shell.session.property("currentRoomId") == ""
    assert leave not in _room_ids(shell)
    assert shell.find("timeline").property("visible") is False
    assert shell.prop("chatEmptyState", "visible") is True
    shell.run(shell.session.wait_idle())
    assert shell.run(_members(bob, leave)).get(alice.user_id) == "leave"
    shell.wait(lambda: _room_ids(shell) == [stay], what="only the other room")
    shell.run(asyncio.sleep(1.5))  # a sync or two later, the room has not come back
    assert _room_ids(shell) == [stay]
