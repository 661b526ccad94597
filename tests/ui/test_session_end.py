"""How a session ends against a real Synapse, seen from the window.

A hard logout (the device signed out from elsewhere) removes the account's data from this
computer and says why on the sign-in screen. A soft logout (the access token expired and could
not be renewed) keeps everything: a bar asks for the password, and what was written meanwhile is
sent once the user is back.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session import credentials as keychain
from tests.support.core import login, server_bodies
from tests.support.keyring_env import require_secret_service
from tests.support.synapse import UserFactory, running_synapse
from tests.ui.shell import Shell

pytestmark = [pytest.mark.integration, pytest.mark.keyring]

LIFETIME = 6.0
"""Seconds an access token lives on the soft-logout test's server."""


async def sign_out_elsewhere(creds: Credentials) -> None:
    """Another client ends this device's session (``/logout`` with its token: the device goes)."""
    transport = HttpxTransport()
    try:
        await MatrixApi(creds.homeserver, transport, access_token=creds.access_token).logout()
    finally:
        await transport.aclose()


def test_a_device_signed_out_elsewhere_loses_its_local_data_and_the_sign_in_screen_says_why(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    require_secret_service()
    user_id, password = new_user("hard")
    creds = shell.run(login(synapse.base_url, user_id, password))
    shell.run(keychain.save_async(shell.profile.key, creds))  # as the sign-in form does
    shell.start(creds)
    assert shell.controller.screen == "main"
    room = shell.run(shell.session.session.create_group("Soon gone"))
    shell.wait(lambda: shell.session.rooms.row_for(room) is not None, what="the room in the list")
    (shell.profile.path / "media-cache").mkdir(exist_ok=True)  # as a picture seen would leave it
    (shell.profile.path / "media-cache" / "picture").write_bytes(b"cached")
    assert shell.profile.database.exists()

    shell.run(sign_out_elsewhere(creds))

    shell.wait(lambda: shell.controller.screen == "login", timeout=30, what="the sign-in screen")
    error = shell.find("loginError")
    assert error.property("visible")
    assert error.property("text") == (
        "This device was signed out from another device or by the server,"
        " so its messages were removed from this computer."
    )
    assert not shell.profile.database.exists()
    assert not (shell.profile.path / "media-cache").exists()
    assert shell.profile.logs.is_dir()  # the profile itself (settings, logs) stays
    assert shell.run(keychain.load_async(shell.profile.key)) is None


def test_an_expired_session_asks_for_the_password_and_then_sends_what_waited(
    shell: Shell, tmp_path: Path
) -> None:
    require_secret_service()
    lifetimes = {
        "nonrefreshable_access_token_lifetime": f"{LIFETIME:g}s",
        "refreshable_access_token_lifetime": f"{LIFETIME:g}s",
    }
    with running_synapse(tmp_path / "server", overrides=lifetimes) as server:
        user_id, password = UserFactory(server)("soft")
        creds = shell.run(login(server.base_url, user_id, password))  # no refresh token
        assert creds.refresh_token is None
        shell.run(keychain.save_async(shell.profile.key, creds))
        shell.start(creds)
        room: RoomId = shell.run(shell.session.session.create_group("Expiring"))
        shell.wait(lambda: shell.session.rooms.row_for(room) is not None, what="the room in the list")
        shell.session.openRoom(room)
        assert not shell.prop("sessionExpiredBar", "visible")

        shell.wait(
            lambda: shell.prop("sessionExpiredBar", "visible"), timeout=LIFETIME + 20, what="the expired bar"
        )
        assert shell.controller.screen == "main"  # nothing closed, nothing removed
        assert shell.profile.database.exists()

        shell.focus("composer")  # written while expired: it waits
        shell.type("written while expired")
        shell.key(Qt.Key.Key_Return, text="\r")
        timeline = shell.session.timeline
        shell.wait(lambda: timeline.rowCount() > 0 and timeline.row(0)["body"] == "written while expired")
        shell.run(asyncio.sleep(1.0))  # the outbox has tried and stopped
        assert timeline.row(0)["sendState"] != "sent"

        shell.focus("sessionExpiredPassword")
        shell.type("not it")
        shell.key(Qt.Key.Key_Return, text="\r")
        shell.wait(lambda: shell.prop("sessionExpiredError", "text") == "Wrong user name or password.")
        assert shell.prop("sessionExpiredBar", "visible")

        shell.focus("sessionExpiredPassword")
        shell.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        shell.type(password)
        shell.key(Qt.Key.Key_Return, text="\r")
        shell.wait(lambda: not shell.prop("sessionExpiredBar", "visible"), timeout=30, what="the bar to go")
        shell.wait(
            lambda: timeline.row(0)["sendState"] == "sent", timeout=30, what="the waiting message sent"
        )

        session = shell.session.session
        assert session.credentials.device_id == creds.device_id  # the same device carries on
        assert session.credentials.refresh_token  # and renews its tokens from now on
        assert shell.run(keychain.load_async(shell.profile.key)) == session.credentials
        reader = shell.run(login(server.base_url, user_id, password))
        bodies = shell.run(server_bodies(server.base_url, reader, room))
        assert bodies.count("written while expired") == 1
        shell.run(shell.controller.close())
        shell.run(keychain.delete_async(shell.profile.key))
