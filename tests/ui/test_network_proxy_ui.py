"""Settings, Network: the proxy a user sets there carries the app's traffic (sign-in, sync,
sending), its password lives in the keyring and not in settings.json, and a proxy that cannot be
reached shows the offline strip with a sentence pointing at the setting. Against a real Synapse,
through a real proxy (tests/support/http_proxy.py) that counts what it forwarded."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from messenger_desktop.api import Credentials, MatrixApi
from messenger_desktop.api.proxy import Proxy
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.network_proxy import PASSWORD, NetworkProxy
from messenger_desktop.qt.settings import Settings
from messenger_desktop.session import credentials as keychain
from tests.support.core import login
from tests.support.http_proxy import TestProxy
from tests.support.keyring_env import require_secret_service
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_settings_dialog import _open_with_ctrl_comma, _row, _section, _settle
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _network_page(shell: Shell) -> None:
    _open_with_ctrl_comma(shell)
    network = _section(shell, "network")
    shell.tap(network)
    assert shell.prop("settingsTitle", "text") == "Network"
    _settle(shell)


def _fill(shell: Shell, key: str, text: str) -> None:
    """Type into a row's field and leave it with Tab, as a user does."""
    field = shell.inside(_row(shell, key), "field")
    shell.tap(field)
    shell.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    shell.type(text)
    shell.key(Qt.Key.Key_Tab)


def _close_settings(shell: Shell) -> None:
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.obj("settingsDialog").property("visible"), what="the settings to close")


async def _arrives(creds: Credentials, room: str, body: str) -> None:
    """Until ``body`` is among the room's messages on the server (asked directly, not proxied)."""
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        while True:
            page = await api.request("GET", f"/_matrix/client/v3/rooms/{room}/messages?dir=b&limit=20")
            if any(e["content"].get("body") == body for e in page["chunk"] if e["type"] == "m.room.message"):
                return
            await asyncio.sleep(0.1)
    finally:
        await transport.aclose()


def test_sign_in_sync_and_sending_go_through_the_http_proxy_with_its_password_in_the_keyring(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    require_secret_service()
    alice_id, alice_pw = new_user("alice", displayname="Alice")
    bob_id, bob_pw = new_user("bob", displayname="Bob")
    bob = shell.run(login(synapse.base_url, bob_id, bob_pw))
    proxy = TestProxy(username="pat", password="s3cret pass")
    shell.run(proxy.start())
    try:
        shell.start()
        _network_page(shell)
        for hidden in ("proxyHost", "proxyPort", "proxyUser", "proxyPassword"):
            assert not _row(shell, hidden).isVisible()  # no proxy: nothing to fill in
        shell.tap(shell.inside(_row(shell, "proxyMode"), "choice_http"))
        _settle(shell)
        assert _row(shell, "proxyHost").isVisible()
        _fill(shell, "proxyHost", "127.0.0.1")
        _fill(shell, "proxyPort", str(proxy.port))
        _fill(shell, "proxyUser", "pat")
        _fill(shell, "proxyPassword", "s3cret pass")
        assert "s3cret" not in shell.inside(_row(shell, "proxyPassword"), "field").property("displayText")
        key = shell.profile.key
        shell.wait(lambda: keychain.load_secret(key, PASSWORD) == "s3cret pass", what="the keyring")
        saved = json.loads(shell.profile.settings.read_text())
        expected = {
            "proxyMode": "http",
            "proxyHost": "127.0.0.1",
            "proxyUser": "pat",
            "proxyPort": proxy.port,
        }

        assert saved == expected
        assert "s3cret" not in shell.profile.settings.read_text()
        _close_settings(shell)

        shell.focus("loginHomeserver")
        shell.type(synapse.base_url)
        shell.focus("loginUser")
        shell.type(alice_id)
        shell.focus("loginPassword")
        shell.type(alice_pw)
        shell.click("loginButton")
        shell.wait(lambda: shell.controller.screen == "main", what="the main window")
        assert proxy.hits("http", "/_matrix/client/v3/login"), "the sign-in went around the proxy"
        alice = shell.session.session.credentials
        room = shell.run(_room_with(bob, alice, "Proxied", ("through the proxy?",)))
        shell.wait(lambda: room in _room_ids(shell), what="the room, synced through the proxy")
        assert proxy.hits("http", "/_matrix/client/unstable/org.matrix.simplified_msc3575/sync")
        assert {hit.user for hit in proxy.requests} == {"pat"}
        assert proxy.refused == 0

        shell.session.openRoom(room)
        shell.focus("composer")
        shell.type("sent via the proxy\n")
        shell.run(_arrives(bob, room, "sent via the proxy"), timeout=20)
        assert proxy.hits("http", "/send/m.room.message/")
    finally:
        shell.run(proxy.stop())
        keychain.save_secret(shell.profile.key, PASSWORD, "")


def test_an_unreachable_proxy_shows_offline_with_a_sentence_and_the_right_one_reconnects(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Chatter", ("hi",)))
    proxy = TestProxy()
    shell.run(proxy.start())
    try:
        shell.start(alice)
        shell.wait(lambda: _room_ids(shell) == [room], what="the list")
        assert proxy.requests == []  # no proxy by default

        _network_page(shell)
        shell.tap(shell.inside(_row(shell, "proxyMode"), "choice_socks5"))
        _fill(shell, "proxyHost", "127.0.0.1")
        _fill(shell, "proxyPort", str(_free_port()))  # nothing listens there
        shell.wait(lambda: shell.session.property("offline"), what="the offline state", timeout=30)
        assert shell.session.property("offlineText") == (
            "No connection through the proxy server. Check it in Settings, Network; retrying…"
        )
        banner = shell.find("offlineBanner")
        assert banner.isVisible()

        _fill(shell, "proxyPort", str(proxy.port))  # the right port: back online through it
        shell.wait(lambda: not shell.session.property("offline"), what="online again", timeout=60)
        shell.wait(lambda: proxy.hits("socks5", f":{synapse.port}"), what="sync through SOCKS5")
        assert not banner.isVisible()

        shell.tap(shell.inside(_row(shell, "proxyMode"), "choice_none"))  # straight to the server
        count = len(proxy.requests)
        _close_settings(shell)
        shell.session.openRoom(room)
        shell.focus("composer")
        shell.type("direct again\n")
        shell.run(_arrives(bob, room, "direct again"), timeout=20)
        assert len(proxy.requests) == count
    finally:
        shell.run(proxy.stop())


def test_the_proxy_password_comes_back_from_the_keyring_on_the_next_start(
    loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    require_secret_service()
    path = tmp_path / "settings.json"
    first = Settings(path)
    for key, value in (("proxyMode", "socks5"), ("proxyHost", "127.0.0.1"), ("proxyUser", "pat")):
        first.set_value(key, value)
    profile_key = str(tmp_path)
    keychain.save_secret(profile_key, PASSWORD, "s3cret")
    try:
        network = NetworkProxy(Settings(path), profile_key)  # as the next start reads them
        assert network.proxy().password == ""
        loop.run_until_complete(network.load())
        assert network.proxy() == Proxy("socks5", "127.0.0.1", 0, "pat", "s3cret")
    finally:
        keychain.save_secret(profile_key, PASSWORD, "")


def test_signing_in_through_an_unreachable_proxy_says_where_to_look(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    user_id, password = new_user("erin")
    for key, value in (("proxyMode", "http"), ("proxyHost", "127.0.0.1"), ("proxyPort", _free_port())):
        shell.settings.set_value(key, value)
    shell.start()
    shell.focus("loginHomeserver")
    shell.type(synapse.base_url)
    shell.focus("loginUser")
    shell.type(user_id)
    shell.focus("loginPassword")
    shell.type(password)
    shell.click("loginButton")
    shell.wait(lambda: shell.prop("loginError", "text"), what="the reason under the form")
    assert shell.prop("loginError", "text") == (
        f"Could not reach {synapse.base_url} through the proxy. Check it in Settings, Network."
    )
    assert shell.controller.screen == "login"
