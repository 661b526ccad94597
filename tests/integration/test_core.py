"""The core engine against a real Synapse: exchange, restarts, server restarts, gaps."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from messenger_desktop.api import Credentials, MatrixApi, MatrixError, RoomId, UserId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.changes import Connection
from tests.support.core import bodies_in, login, open_session, server_bodies, until, until_async
from tests.support.synapse import UserFactory, running_synapse

pytestmark = pytest.mark.integration


async def _shared_room(base: str, alice, bob, name: str = "Test room") -> RoomId:  # type: ignore[no-untyped-def]
    """alice creates a room, invites bob, bob joins (through plain API clients)."""
    transport = HttpxTransport()
    try:
        a = MatrixApi(base, transport, access_token=alice.access_token)
        b = MatrixApi(base, transport, access_token=bob.access_token)
        room = await a.create_room(name=name, invite=(bob.user_id,), preset="private_chat")
        await b.join(room)
        return room
    finally:
        await transport.aclose()


async def _two_people_in_a_room(base: str, people: UserFactory) -> tuple[Credentials, Credentials, RoomId]:
    alice_id, alice_pw = people("alice")
    bob_id, bob_pw = people("bob")
    alice = await login(base, alice_id, alice_pw)
    bob = await login(base, bob_id, bob_pw)
    return alice, bob, await _shared_room(base, alice, bob)


def test_two_users_exchange_messages_and_echoes_resolve(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        alice_id, alice_pw = new_user("alice", displayname="Alice")
        bob_id, bob_pw = new_user("bob", displayname="Bob")
        alice_creds = await login(synapse.base_url, alice_id, alice_pw)
        bob_creds = await login(synapse.base_url, bob_id, bob_pw)
        alice, alice_log = await open_session(tmp_path / "alice", alice_creds)
        bob, _ = await open_session(tmp_path / "bob", bob_creds)
        try:
            room = await alice.start_direct_chat(UserId(bob_id))
            await until_async(lambda: _has_invite(bob, room), what="bob sees the invite")
            await bob.join(room)
            # accepting a direct invitation records the chat in bob's m.direct
            await until_async(lambda: _is_direct_for(bob, room), what="bob's m.direct")
            with pytest.raises(MatrixError) as info:
                await alice.invite(room, UserId("@nobody-at-all:localhost"))
            assert info.value.status == 404

            echo = alice.send_text(room, "Hello Bob")
            # the local echo was announced synchronously, before any network round trip
            assert any(echo in c.outbox for c in alice_log.changes)
            await until_async(lambda: _bodies_contain(bob, room, "Hello Bob"), what="bob receives")
            await until(
                lambda: any(echo.txn_id in c.outbox_removed for c in alice_log.changes), what="echo resolved"
            )
            assert await alice.pending() == []

            bob.send_text(room, "Hi Alice")
            await until_async(lambda: _bodies_contain(alice, room, "Hi Alice"), what="alice receives")
            assert (await bodies_in(alice, room))[-2:] == ["Hello Bob", "Hi Alice"]
            summary = next(r for r in await alice.rooms() if r.room_id == room)
            assert summary.name == "Bob"
            assert (summary.last_body, summary.last_sender_name) == ("Hi Alice", "Bob")
        finally:
            await alice.close()
            await bob.close()

    asyncio.run(scenario())


async def _is_direct_for(session, room: RoomId) -> bool:  # type: ignore[no-untyped-def]
    return any(r.room_id == room and r.is_direct for r in await session.rooms())


async def _has_invite(session, room: RoomId) -> bool:  # type: ignore[no-untyped-def]
    return any(r.room_id == room and r.membership == "invite" for r in await session.rooms())


async def _bodies_contain(session, room: RoomId, text: str) -> bool:  # type: ignore[no-untyped-def]
    return text in await bodies_in(session, room)


def test_restarted_client_resumes_without_duplicates_or_losses(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        alice_creds, bob_creds, room = await _two_people_in_a_room(synapse.base_url, new_user)
        bob, _ = await open_session(tmp_path / "bob", bob_creds)
        alice, _ = await open_session(tmp_path / "alice", alice_creds)
        for i in range(3):
            bob.send_text(room, f"before {i}")
        await until_async(lambda: _bodies_contain(alice, room, "before 2"), what="first messages")
        await alice.close()  # the client goes away mid-conversation

        for i in range(5):
            bob.send_text(room, f"while away {i}")
        await bob.outbox.wait_idle()

        alice, _ = await open_session(tmp_path / "alice", alice_creds)
        try:
            assert alice.sync.token is not None  # resumed from the stored token
            await until_async(lambda: _bodies_contain(alice, room, "while away 4"), what="catch-up")
            bodies = await bodies_in(alice, room)
            expected = [f"before {i}" for i in range(3)] + [f"while away {i}" for i in range(5)]
            assert bodies == expected
        finally:
            await alice.close()
            await bob.close()

    asyncio.run(scenario())


def test_sync_survives_the_server_stopping_and_coming_back(tmp_path: Path) -> None:
    with running_synapse(tmp_path / "server") as server:
        factory = UserFactory(server)

        async def scenario() -> None:
            alice_creds, bob_creds, room = await _two_people_in_a_room(server.base_url, factory)
            alice, alice_log = await open_session(tmp_path / "alice", alice_creds)
            try:
                await until(lambda: alice.connection.state is Connection.ONLINE, what="online")
                loop = asyncio.get_running_loop()
                await loop.run_in_executor(None, server.stop)  # mid long-poll
                await until(lambda: alice.connection.state is Connection.OFFLINE, what="offline reported")
                assert alice.connection.reason
                queued = alice.send_text(room, "written while the server was down")
                await loop.run_in_executor(None, server.start)
                await until(
                    lambda: alice.connection.state is Connection.ONLINE, timeout=60, what="back online"
                )
                bob, _ = await open_session(tmp_path / "bob", bob_creds)
                try:
                    await until_async(
                        lambda: _bodies_contain(bob, room, queued.content["body"]), what="delivered"
                    )
                    assert (await server_bodies(server.base_url, bob_creds, room)).count(
                        queued.content["body"]
                    ) == 1
                finally:
                    await bob.close()
                states = [c.connection.state for c in alice_log.changes if c.connection]
                assert Connection.OFFLINE in states and states[-1] is Connection.ONLINE
            finally:
                await alice.close()

        asyncio.run(scenario())


def test_limited_sync_gap_is_filled_in_order(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        alice_creds, bob_creds, room = await _two_people_in_a_room(synapse.base_url, new_user)
        alice, _ = await open_session(tmp_path / "alice", alice_creds)
        bob, _ = await open_session(tmp_path / "bob", bob_creds)
        bob.send_text(room, "first")
        await until_async(lambda: _bodies_contain(alice, room, "first"), what="first message")
        await alice.close()

        for i in range(60):  # far more than the sync timeline limit: the next sync is limited
            bob.send_text(room, f"gap {i:02d}")
        await bob.outbox.wait_idle()
        await bob.close()

        alice, log = await open_session(tmp_path / "alice", alice_creds)
        try:
            await alice.synced.wait()
            assert any(room in c.reset_rooms for c in log.changes), "the sync was expected to be limited"
            bodies = await bodies_in(alice, room, limit=100)
            assert bodies == ["first"] + [f"gap {i:02d}" for i in range(60)]
            # and again from the cache alone: nothing duplicated by the fill
            assert await bodies_in(alice, room, limit=100) == bodies
        finally:
            await alice.close()

    asyncio.run(scenario())
