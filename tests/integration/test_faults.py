"""Faults survived (issue 8): random network faults on every request, SIGKILL at random points,
Synapse restarted under the client, and a laptop asleep while 500 messages arrive — nothing is
lost, nothing is duplicated, order is kept, and the cache agrees with the server.

The scenarios live in :mod:`tests.support.fault_scenarios` (shared with ``bench/faults.py``, which
runs them bigger and prints figures); these tests run them at a size that fits the suite.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.attachments import OutgoingFile
from messenger_desktop.session.changes import Connection
from messenger_desktop.session.outbox import new_txn_id
from messenger_desktop.session.session import Session
from tests.support.chaos import Chaos
from tests.support.core import api_for, bodies_in, download, login, open_session, until, until_async
from tests.support.fault_proxy import FaultProxy, Mode
from tests.support.fault_scenarios import (
    NO_CACHE,
    kill_cycles,
    message_bodies,
    scroll_to_start,
    sends_through_faults,
    server_messages,
)
from tests.support.synapse import UserFactory, running_synapse

pytestmark = pytest.mark.integration

FAULTS = ("reset", "unavailable", "drop", "bad_gateway")


def test_300_sends_through_random_faults_arrive_once_each_in_order(
    synapse: LocalSynapse, tmp_path: Path
) -> None:
    run = asyncio.run(sends_through_faults(synapse, tmp_path, messages=300, rooms=10, seed=8))
    print(run.figures())
    for room, sent in run.sent.items():
        assert run.server[room] == sent, f"{room}: the server's copy differs (lost, doubled or reordered)"
        assert run.local[room] == sent, f"{room}: the cache differs from what was sent"
    assert run.pending_left == 0
    send_faults = run.figures()["send_faults"]
    assert all(send_faults.get(fault, 0) > 0 for fault in FAULTS), send_faults  # every fault hit a send
    # A request the server never saw was always made again (one it acted on may be settled by
    # its echo coming back through sync first, which the outbox then does not send again).
    assert run.retries >= send_faults["reset"] + send_faults["unavailable"]


def test_five_kill_9_cycles_lose_and_double_nothing(synapse: LocalSynapse, tmp_path: Path) -> None:
    run = asyncio.run(kill_cycles(synapse, tmp_path, cycles=5, seed=8))
    print(run.figures())
    assert run.errors == [], "\n".join(run.errors)
    assert all(c.integrity in ("ok", NO_CACHE) for c in run.cycles)
    assert [c.killed_when for c in run.cycles].count("sending") >= 3
    # restarts had messages to resume: saved, not yet known to be on the server when killed
    assert sum(c.outbox for c in run.cycles) > 0


# -- Synapse restarted under the client ---------------------------------------------------------------


async def _two_in_a_room(base_url: str, people: UserFactory) -> tuple[Credentials, Credentials, RoomId]:
    (alice_id, alice_pw), (bob_id, bob_pw) = people("alice"), people("bob")
    alice = await login(base_url, alice_id, alice_pw)
    bob = await login(base_url, bob_id, bob_pw)
    async with api_for(alice) as a, api_for(bob) as b:
        room = await a.create_room(name="Faults", invite=(bob.user_id,), preset="private_chat")
        await b.join(room)
    return alice, bob, room


async def _send_all(creds: Credentials, room: RoomId, bodies: list[str], concurrency: int = 1) -> None:
    """Someone else writes ``bodies`` (``concurrency`` at a time: the server's order is then the
    reference, not the list's)."""
    async with api_for(creds) as api:
        queue = iter(bodies)

        async def writer() -> None:
            for body in queue:
                await api.send(room, "m.room.message", new_txn_id(), {"msgtype": "m.text", "body": body})

        await asyncio.gather(*(writer() for _ in range(concurrency)))


def test_synapse_restarted_mid_sync_and_mid_upload(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(bytes(range(256)) * 16_000)  # 4 MB, uploaded at 1 MB/s through the proxy

    async def scenario(server: LocalSynapse) -> None:
        alice_creds, bob_creds, room = await _two_in_a_room(server.base_url, UserFactory(server))
        proxy = FaultProxy("127.0.0.1", server.port, mode=Mode.CHAOS, chaos=Chaos(bytes_per_second=1e6))
        await proxy.start()
        alice, log = await open_session(tmp_path / "alice", alice_creds, base_url=proxy.url, poll_ms=5000)
        loop = asyncio.get_running_loop()
        try:
            await until(lambda: alice.connection.state is Connection.ONLINE, what="online")
            token = alice.api.access_token

            # 1. Mid-sync: alice is long-polling when the server goes down and comes back.
            before = [f"before the restart {i}" for i in range(5)]
            await _send_all(bob_creds, room, before)
            await until_async(lambda: _has(alice, room, before[-1]), what="alice has the first messages")
            polls = proxy.chaos.stats.requests["sync"]
            await until(lambda: proxy.chaos.stats.requests["sync"] > polls, what="the next long poll")
            await loop.run_in_executor(None, server.restart)  # same port, same data
            after = [f"after the restart {i}" for i in range(5)]
            await _send_all(bob_creds, room, after)
            await until_async(lambda: _has(alice, room, after[-1]), timeout=90, what="the sync to catch up")
            assert message_bodies(await scroll_to_start(alice, room)) == before + after
            states = [c.connection.state for c in log.changes if c.connection]
            assert Connection.OFFLINE in states and Connection.SIGNED_OUT not in states
            assert alice.connection.state is Connection.ONLINE
            assert alice.api.access_token == token  # the same session: nobody signed in again

            # 2. Mid-upload: the server dies with part of the file received.
            item = await alice.send_file(room, OutgoingFile(big))
            sent_before = proxy.stats.bytes_to_server
            await until(
                lambda: proxy.stats.bytes_to_server - sent_before > 1_500_000,
                what="the upload to be under way",
            )
            await loop.run_in_executor(None, server.restart)
            await until_async(lambda: _files_on_server(bob_creds, room, 1), timeout=120, what="the file")
            await until(
                lambda: any(item.txn_id in c.outbox_removed for c in log.changes), timeout=60, what="the echo"
            )
            await asyncio.sleep(1.5)  # a second copy would have arrived by now
            [event] = await _files(bob_creds, room)
            assert event["content"]["filename"] == "big.bin"
            assert await download(bob_creds, event["content"]["url"]) == big.read_bytes()
            assert await alice.pending() == []
            assert proxy.chaos.stats.requests["upload"] >= 2  # it really was cut off and done again
        finally:
            await alice.close()
            await proxy.stop()

    with running_synapse(tmp_path / "server") as server:
        asyncio.run(scenario(server))


async def _has(session: Session, room: RoomId, body: str) -> bool:
    return body in await bodies_in(session, room)


async def _files(creds: Credentials, room: RoomId) -> list[dict[str, Any]]:
    async with api_for(creds) as api:
        page = await api.messages(room, from_token=None, direction="b", limit=50)
    return [e for e in page.chunk if e.get("content", {}).get("msgtype") == "m.file"]


async def _files_on_server(creds: Credentials, room: RoomId, count: int) -> bool:
    return len(await _files(creds, room)) >= count


# -- a laptop asleep while 500 messages arrive --------------------------------------------------------


@pytest.mark.parametrize("sync", ["sliding", "v2"])
def test_500_messages_missed_while_asleep_are_all_there_in_order_when_scrolling_up(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sync: str
) -> None:
    monkeypatch.setenv("MESSENGER_SYNC", sync)  # each sync has its own limited-timeline path

    async def scenario() -> None:
        alice_creds, bob_creds, room = await _two_in_a_room(synapse.base_url, new_user)
        proxy = FaultProxy("127.0.0.1", synapse.port)
        await proxy.start()
        alice, log = await open_session(tmp_path / "alice", alice_creds, base_url=proxy.url, poll_ms=5000)
        try:
            await _send_all(bob_creds, room, ["good night"])
            assert alice.sync.kind == sync
            await until_async(
                lambda: _has(alice, room, "good night"), what="the last message before sleeping"
            )

            await proxy.set_mode(Mode.STALL)  # asleep: connections hang, nothing moves
            missed = [f"while asleep {i:03d}" for i in range(500)]
            await _send_all(bob_creds, room, missed, concurrency=4)
            await proxy.drop_connections()  # awake: the old connections are dead
            await proxy.set_mode(Mode.PASS)

            await _send_all(bob_creds, room, ["good morning"])
            await until_async(lambda: _has(alice, room, "good morning"), timeout=90, what="catching up")
            assert any(room in c.reset_rooms for c in log.changes), (
                "the catch-up sync was expected to be limited"
            )

            on_server = await server_messages(synapse.base_url, bob_creds, room)
            assert sorted(on_server[1:-1]) == missed and len(on_server) == 502
            shown = message_bodies(await scroll_to_start(alice, room))
            assert shown == on_server  # every one of the 500, once, in the server's order
            assert message_bodies(await scroll_to_start(alice, room)) == shown  # the cache alone, again
            summary = await alice.room(room)
            assert summary is not None and summary.last_body == "good morning"  # the list's preview
        finally:
            await alice.close()
            await proxy.stop()

    asyncio.run(scenario())


# -- regression: an accepted message whose echo fell into a gap ----------------------------------------


def test_a_sent_message_whose_echo_fell_into_a_gap_is_settled_when_the_gap_is_filled(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """The server took the message, then the sync was cut off while 30 others arrived: its echo
    is in the gap of the limited sync that follows. Scrolling up fills the gap — and the session
    says the echo is settled, so the screen does not keep it below the 30 newer messages."""

    async def scenario() -> None:
        alice_creds, bob_creds, room = await _two_in_a_room(synapse.base_url, new_user)
        chaos = Chaos(applies_to=lambda method, target: "/sync" in target)
        proxy = FaultProxy("127.0.0.1", synapse.port, mode=Mode.CHAOS, chaos=chaos)
        await proxy.start()
        alice, log = await open_session(tmp_path / "alice", alice_creds, base_url=proxy.url, poll_ms=1000)
        try:
            await until(lambda: alice.connection.state is Connection.ONLINE, what="online")
            chaos.reset = 1.0  # every sync from now on is cut off; sending still works
            await proxy.drop_connections()
            echo = alice.send_text(room, "sent just before the sync broke")
            await until(
                lambda: any(
                    i.txn_id == echo.txn_id and i.state == "sent" for c in log.changes for i in c.outbox
                ),
                what="the server to take it",
            )
            newer = [f"newer {i:02d}" for i in range(30)]
            await _send_all(bob_creds, room, newer)
            chaos.reset = 0.0
            await until_async(lambda: _has(alice, room, newer[-1]), timeout=60, what="the catch-up")
            assert any(room in c.reset_rooms for c in log.changes), (
                "the catch-up sync was expected to be limited"
            )

            shown = message_bodies(await scroll_to_start(alice, room))
            assert shown == ["sent just before the sync broke", *newer]
            assert await alice.pending() == []
            [event_id] = [
                c.outbox_removed[echo.txn_id] for c in log.changes if echo.txn_id in c.outbox_removed
            ]
            assert event_id is not None
        finally:
            await alice.close()
            await proxy.stop()

    asyncio.run(scenario())
