"""One instance per profile, and ``matrix:`` links handed to the app by the desktop.

The first instance is the real window in this process (the Shell, with the same
``claim`` + ``follow_instance`` the app's start-up does); every later launch is a real process,
``python -m messenger_desktop --profile P matrix:…``, as the desktop's link handler runs it. It must
hand its link over and exit 0 quickly, and the window must come forward and open what the link
names. Instances with other profiles, a crashed instance's socket and a bad client on the socket
are real processes and real sockets too.
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.qt.single_instance import InstanceServer, claim, server_name
from tests.support.core import api_for, login
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_room_admin_ui import _membership, _people, _say
from tests.ui.test_shell import _room_ids

REPO = Path(__file__).resolve().parents[2]
QUICK = 30.0
"""Seconds a hand-over may take, Python's and Qt's start-up included, on a busy 2-core machine
(it takes 1–3 s; the figure is printed)."""


# -- launching the app -----------------------------------------------------------------------------


def _command(profile: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "messenger_desktop", "--profile", str(profile), *args]


def _start(profile: Path, log: Path) -> subprocess.Popen[bytes]:
    """The desktop app as its own process (offscreen, like this run), output into ``log``."""
    with log.open("wb") as out:
        return subprocess.Popen(_command(profile), cwd=REPO, stdout=out, stderr=subprocess.STDOUT)


def _socket_path(profile: Path) -> str:
    name = server_name(profile)
    return name if os.path.isabs(name) else os.path.join(QDir.tempPath(), name)


def _answers(profile: Path) -> bool:
    """Whether an instance of ``profile`` is listening (a connection is accepted)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(_socket_path(profile))
        except OSError:
            return False
    return True


def _wait_listening(profile: Path, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 90
    while not _answers(profile):
        assert process.poll() is None, f"the app exited ({process.returncode}): {log.read_text()[-3000:]}"
        assert time.monotonic() < deadline, "the app did not start listening"
        time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes], log: Path) -> None:
    """Quit as Ctrl+C in the terminal does (the app cleans up and exits 0)."""
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=60) == 0, log.read_text()[-3000:]
    _no_warnings(log.read_text())


QT_WARNING = re.compile(r"\.qml\b|^qt\.|^QML|^Q[A-Z]\w+(::|:)|Traceback")
"""Qt's and QML's own warnings (and a Python crash) in a process's output."""


def _no_warnings(output: str) -> None:
    warnings = [line for line in output.splitlines() if QT_WARNING.search(line)]
    assert warnings == [], warnings


def _launch_again(profile: Path, *args: str) -> float:
    """A later launch, run to its end: it exits 0 (handed over); the seconds it took."""
    started = time.monotonic()
    done = subprocess.run(
        _command(profile, *args), cwd=REPO, capture_output=True, text=True, timeout=QUICK, check=False
    )
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout == ""
    _no_warnings(done.stderr)
    print(f"hand-over took {took:.2f} s")
    return took


def _launch_with_window(app: Shell, *args: str) -> float:
    """A later launch while the window in this process serves it: the loop keeps running
    meanwhile (it has to answer)."""
    started = time.monotonic()
    process = subprocess.Popen(
        _command(app.profile.path, *args), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    app.wait(lambda: process.poll() is not None, timeout=QUICK, what="the second launch to exit")
    took = time.monotonic() - started
    out, err = process.communicate()
    assert process.returncode == 0, err.decode()[-3000:]
    assert out == b""
    _no_warnings(err.decode())
    print(f"hand-over took {took:.2f} s")
    return took


@pytest.fixture
def instance(shell: Shell) -> Iterator[InstanceServer]:
    """The window in this process is the profile's instance, wired as the app's start-up does."""
    server = claim(shell.profile.path)
    assert server is not None and server.listening
    shell.controller.follow_instance(server)
    yield server
    server.close()


# -- rooms -----------------------------------------------------------------------------------------


async def _club(owner: Credentials, name: str, members: list[Credentials]) -> tuple[RoomId, str]:
    """``owner``'s public room with an address, joined by ``members``; (room, address)."""
    local = f"{name.split()[0].lower()}-{secrets.token_hex(3)}"
    async with api_for(owner) as api:
        room = await api.create_room(name=name, preset="public_chat", extra={"room_alias_name": local})
    for member in members:
        async with api_for(member) as api:
            await api.join(room)
    return room, f"#{local}:{owner.user_id.split(':', 1)[1]}"


def _signed_in(app: Shell, me: Credentials, room: RoomId) -> None:
    app.start(me)
    app.wait(lambda: room in _room_ids(app), what="the conversation", timeout=30)


@pytest.mark.integration
def test_a_second_launch_with_a_link_brings_the_window_forward_at_that_conversation(
    shell: Shell, instance: InstanceServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(shell, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    garden, address = shell.run(_club(bob, "Garden club", [alice]))
    other, _ = shell.run(_club(bob, "Book club", [alice]))
    _signed_in(shell, alice, garden)
    shell.session.openRoom(other)
    shell.window.hide()  # in the tray, or behind other windows

    took = _launch_with_window(shell, "matrix:r/" + address[1:])
    shell.wait(lambda: shell.session.property("currentRoomId") == garden, what="the linked room")
    assert shell.window.isVisible()
    assert took < QUICK


@pytest.mark.integration
def test_a_link_to_a_message_opens_its_room_and_shows_it(
    shell: Shell, instance: InstanceServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(shell, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    room, _ = shell.run(_club(bob, "Garden club", [alice]))
    first = shell.run(_say(bob, room, "Tulips go in before the frost"))
    for number in range(3):
        shell.run(_say(bob, room, f"later {number}"))
    _signed_in(shell, alice, room)

    _launch_with_window(shell, f"matrix:roomid/{room[1:]}/e/{first[1:]}?via=localhost")
    timeline = shell.session.timeline
    shell.wait(lambda: shell.session.property("currentRoomId") == room, what="the room")
    shell.wait(lambda: timeline.indexOf(first) >= 0, what="the message")
    shell.wait(lambda: timeline.row(timeline.indexOf(first))["highlighted"] is True, what="the highlight")


@pytest.mark.integration
def test_a_link_to_a_room_the_user_is_not_in_shows_its_preview_to_join(
    shell: Shell, instance: InstanceServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    p = _people(shell, synapse, new_user, ("Alice", "Bob"))
    alice, bob = p["Alice"], p["Bob"]
    home, _ = shell.run(_club(bob, "Home", [alice]))
    garden, address = shell.run(_club(bob, "Garden club", []))
    _signed_in(shell, alice, home)

    _launch_with_window(shell, f"matrix:r/{address[1:]}?action=join")
    shell.wait(lambda: shell.is_open("linkPreviewDialog"), what="the preview")
    shell.wait(lambda: shell.session.linkPreview.property("state") == "ready", what="the room's summary")
    assert shell.prop("linkPreviewName", "text") == "Garden club"
    assert garden not in _room_ids(shell)  # a link never joins by itself
    shell.click("linkPreviewJoin")
    shell.wait(lambda: shell.session.property("currentRoomId") == garden, what="the joined room")
    assert shell.run(_membership(bob, garden, alice.user_id))["membership"] == "join"


@pytest.mark.integration
def test_a_link_to_a_person_opens_the_chat_with_them_or_offers_to_start_one(
    shell: Shell, instance: InstanceServer, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """The question is in ``docs/screenshots`` with ``MESSENGER_SCREENSHOTS=1``, light and dark."""
    p = _people(shell, synapse, new_user, ("Alice", "Bob", "Carol"))
    alice, bob, carol = p["Alice"], p["Bob"], p["Carol"]

    async def direct_chat() -> RoomId:
        async with api_for(alice) as api:
            room = await api.create_room(invite=(bob.user_id,), is_direct=True, preset="trusted_private_chat")
            await api.set_account_data(alice.user_id, "m.direct", {bob.user_id: [room]})
        async with api_for(bob) as api:
            await api.join(room)
        return room

    chat = shell.run(direct_chat())
    group, _ = shell.run(_club(carol, "Choir", [alice]))
    _signed_in(shell, alice, group)
    shell.wait(lambda: chat in _room_ids(shell), what="the chat with Bob")
    shell.session.openRoom(group)

    _launch_with_window(shell, f"matrix:u/{bob.user_id[1:]}?action=chat")
    shell.wait(lambda: shell.session.property("currentRoomId") == chat, what="the chat with Bob")

    _launch_with_window(shell, f"https://matrix.to/#/{carol.user_id}")
    shell.wait(lambda: shell.is_open("chatWithLink"), what="the question")
    assert carol.user_id in str(shell.obj("chatWithLink").property("title"))
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"link-start-chat-{theme}.png")
    shell.click("chatWithLinkStart")
    shell.wait(
        lambda: shell.session.property("currentRoomId") not in ("", chat, group),
        what="the new chat",
        timeout=30,
    )
    new_chat = RoomId(shell.session.property("currentRoomId"))
    assert shell.run(_membership(alice, new_chat, carol.user_id))["membership"] == "invite"


@pytest.mark.integration
def test_a_link_handed_over_before_sign_in_opens_after_it(
    shell: Shell, instance: InstanceServer, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice_id, alice_pw = new_user("alice", displayname="Alice")
    alice = shell.run(login(synapse.base_url, alice_id, alice_pw))
    bob = _people(shell, synapse, new_user, ("Bob",))["Bob"]
    garden, address = shell.run(_club(bob, "Garden club", [alice]))
    shell.start()
    assert shell.controller.screen == "login"

    _launch_with_window(shell, "matrix:r/" + address[1:])
    assert shell.controller.screen == "login"  # kept until someone signs in
    shell.focus("loginHomeserver")
    shell.type(synapse.base_url)
    shell.focus("loginUser")
    shell.type(alice_id)
    shell.focus("loginPassword")
    shell.type(alice_pw)
    shell.click("loginButton")
    shell.wait(lambda: shell.controller.screen == "main", what="the main window")
    # a fresh sign-in: the list is empty until the first sync brings the room, then it opens
    shell.wait(lambda: shell.session.property("currentRoomId") == garden, what="the linked room", timeout=30)


def test_a_launch_without_a_link_only_brings_the_window_forward(
    shell: Shell, instance: InstanceServer
) -> None:
    shell.start()
    shell.window.hide()
    _launch_with_window(shell)
    shell.wait(lambda: shell.window.isVisible(), what="the window")
    assert shell.controller.screen == "login"


# -- the socket, from outside ----------------------------------------------------------------------


def test_a_local_program_sending_junk_is_ignored_and_the_next_launch_still_gets_through(
    shell: Shell, instance: InstanceServer
) -> None:
    received: list[str] = []
    instance.received.connect(lambda link, _token: received.append(link))
    path = _socket_path(shell.profile.path)
    clients = []
    for junk in (
        b"not json\n",
        b'{"v": 2, "link": "matrix:r/a:b.org"}\n',
        b'{"v": 1, "link": ["matrix:r/a:b.org"]}\n',
        b"[" * 5000 + b"\n",
        b"\xff\xfe\n",
        b'{"v": 1, "link": "' + b"a" * 20000 + b'"}\n',  # over the size limit, never a whole line
        b"",  # connects and says nothing
    ):
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(path)
        client.sendall(junk)
        clients.append(client)
    shell.run(asyncio.sleep(0.5))
    assert received == []
    for client in clients:
        client.close()

    _launch_with_window(shell, "matrix:r/room:example.org")
    shell.wait(lambda: received == ["matrix:r/room:example.org"], what="the real launch")


def test_another_profile_is_another_instance(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    first = _start(one, tmp_path / "one.log")
    second = None
    try:
        _wait_listening(one, first, tmp_path / "one.log")
        second = _start(two, tmp_path / "two.log")
        _wait_listening(two, second, tmp_path / "two.log")
        assert first.poll() is None and second.poll() is None  # both run
        assert _socket_path(one) != _socket_path(two)
        _launch_again(one, "matrix:r/room:example.org")  # reaches the first, which keeps running
        assert first.poll() is None
    finally:
        for process, log in ((first, tmp_path / "one.log"), (second, tmp_path / "two.log")):
            if process is not None:
                _stop(process, log)
    assert not os.path.exists(_socket_path(one)) and not os.path.exists(_socket_path(two))


def test_a_crashed_instance_does_not_block_the_next_start(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    crashed = _start(profile, tmp_path / "crashed.log")
    _wait_listening(profile, crashed, tmp_path / "crashed.log")
    crashed.kill()  # no clean-up at all: the socket file and the lock file stay behind
    crashed.wait(timeout=30)
    assert os.path.exists(_socket_path(profile)) and not _answers(profile)
    assert (profile / "instance.lock").exists()

    started = _start(profile, tmp_path / "again.log")
    try:
        _wait_listening(profile, started, tmp_path / "again.log")
        _launch_again(profile)
        assert started.poll() is None
    finally:
        _stop(started, tmp_path / "again.log")


def test_a_stale_socket_file_does_not_block_start_up(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stale:
        stale.bind(_socket_path(profile))  # bound, never listening, never removed
    assert os.path.exists(_socket_path(profile)) and not _answers(profile)

    started = _start(profile, tmp_path / "app.log")
    try:
        _wait_listening(profile, started, tmp_path / "app.log")
        _launch_again(profile, "matrix:u/alice:example.org")
    finally:
        _stop(started, tmp_path / "app.log")
