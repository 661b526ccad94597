"""Safety against a real Synapse: alice blocks eve (her history and new messages go, on both of
alice's devices and after a restart, and come back when unblocked), reports a message and a
person to the server's admins (read back through the admin API), and invitations from ignored
people and strangers are dropped or declined on the server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.api import Credentials, EventId, MatrixError, RoomId, UserId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.session import Session
from tests.support.core import Recorder, api_for, bodies_in, login, open_session, until, until_async
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


@dataclass
class People:
    alice: Credentials
    bob: Credentials
    eve: Credentials
    admin: Credentials
    alice_password: str


def _people(synapse: LocalSynapse, new_user: UserFactory) -> People:
    async def sign_in() -> People:
        found = []
        passwords = []
        for name in ("Alice", "Bob", "Eve"):
            user_id, password = new_user(name.lower(), displayname=name)
            found.append(await login(synapse.base_url, user_id, password))
            passwords.append(password)
        admin_id, admin_pw = new_user("admin", admin=True, displayname="Admin")
        return People(*found, await login(synapse.base_url, admin_id, admin_pw), passwords[0])

    return asyncio.run(sign_in())


async def _say(creds: Credentials, room: RoomId, text: str) -> str:
    async with api_for(creds) as api:
        txn = f"say-{asyncio.get_running_loop().time()}"
        return await api.send(room, "m.room.message", txn, {"msgtype": "m.text", "body": text})


async def _group(owner: Credentials, others: list[Credentials], name: str) -> RoomId:
    async with api_for(owner) as api:
        room = await api.create_room(
            name=name, invite=tuple(o.user_id for o in others), preset="private_chat"
        )
    for other in others:
        async with api_for(other) as api:
            await api.join(room)
    return room


async def _membership(creds: Credentials, room: RoomId, user_id: str) -> str:
    async with api_for(creds) as api:
        return str((await api.state_event(room, "m.room.member", user_id)).get("membership"))


@asynccontextmanager
async def _session(path: Path, creds: Credentials) -> AsyncIterator[tuple[Session, Recorder]]:
    session, log = await open_session(path, creds, poll_ms=300)
    try:
        await asyncio.wait_for(session.synced.wait(), 30)
        yield session, log
    finally:
        await session.close()


async def _ignored_echo(log: Recorder, user: str, on: bool) -> None:
    await until(
        lambda: any(c.ignored is not None and (user in c.ignored) == on for c in log.changes),
        what=f"the ignore list {'with' if on else 'without'} {user}",
    )


def test_blocking_hides_history_and_new_messages_on_every_device_and_after_a_restart(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    p = _people(synapse, new_user)
    eve = UserId(p.eve.user_id)

    async def scenario() -> None:
        room = await _group(p.bob, [p.alice, p.eve], "Neighbours")
        root = await _say(p.bob, room, "bob before")
        await _say(p.eve, room, "eve before")
        async with api_for(p.eve) as api:
            thread = {"rel_type": "m.thread", "event_id": root}
            await api.send(
                room,
                "m.room.message",
                "t1",
                {"msgtype": "m.text", "body": "eve in thread", "m.relates_to": thread},
            )
        second = await login(synapse.base_url, p.alice.user_id, p.alice_password)
        async with (
            _session(tmp_path / "one", p.alice) as (one, one_log),
            _session(tmp_path / "two", second) as (two, two_log),
        ):

            async def sees(session: Session, text: str) -> bool:
                return text in await bodies_in(session, room)

            await until_async(lambda: sees(one, "eve in thread"), what="eve's messages")
            assert [r.sender for r in await one.thread(room, EventId(root))] == [eve]
            summary = next(s for s in await one.rooms() if s.room_id == room)
            assert summary.last_body == "eve in thread"

            await one.set_ignored(eve, True)
            await _ignored_echo(one_log, eve, True)
            await _ignored_echo(two_log, eve, True)  # the other device follows the server
            assert one.safety.ignored == {eve} == two.safety.ignored
            for session in (one, two):
                bodies = await bodies_in(session, room)
                assert "eve before" not in bodies and "bob before" in bodies
            summary = next(s for s in await one.rooms() if s.room_id == room)
            assert (summary.last_body, summary.last_sender) == ("bob before", p.bob.user_id)
            assert not [r for r in await one.thread(room, EventId(root)) if r.sender == eve]
            reset = [c for c in one_log.changes if c.ignored is not None][-1]
            assert room in reset.reset_rooms  # an open timeline reloads without her
            assert any(s.room_id == room and s.last_body == "bob before" for s in reset.rooms)

            # new messages of hers never arrive; the list stays correct as others write
            await _say(p.eve, room, "eve after")
            await _say(p.bob, room, "bob after")
            await until_async(lambda: sees(one, "bob after"), what="bob's new message")
            assert "eve after" not in await bodies_in(one, room)
            assert not any(
                r.content.get("body") == "eve after"
                for c in one_log.changes
                for rs in c.appended.values()
                for r in rs
            )

        # a restart: the list comes from the cache, her old message is still hidden (not deleted)
        async with _session(tmp_path / "one", p.alice) as (again, again_log):
            assert again.safety.ignored == {eve}
            assert "eve before" not in await bodies_in(again, room)
            stored = await again.db.run(
                lambda c: c.execute("SELECT count(*) FROM events WHERE sender = ?", (eve,)).fetchone()[0]
            )
            assert stored > 0
            # unblocking brings her history back
            await again.set_ignored(eve, False)
            await _ignored_echo(again_log, eve, False)
            await until_async(lambda: sees_again(again, room), what="eve's message back")

    async def sees_again(session: Session, room: RoomId) -> bool:
        return "eve before" in await bodies_in(session, room)

    asyncio.run(scenario())


def test_reports_of_a_message_and_a_person_reach_the_servers_admins(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    p = _people(synapse, new_user)

    async def scenario() -> None:
        room = await _group(p.bob, [p.alice, p.eve], "Market")
        spam = await _say(p.eve, room, "cheap watches, click here")
        async with _session(tmp_path / "alice", p.alice) as (alice, _):
            await alice.report_event(room, spam, "  Selling fakes  ")
            await alice.report_user(UserId(p.eve.user_id), "Spams every room")
            with pytest.raises(MatrixError):
                await alice.report_event(room, "$not-an-event", "nothing")
        async with api_for(p.admin) as admin:
            events = await admin.request("GET", "/_synapse/admin/v1/event_reports", query={"room_id": room})
            users = await admin.request(
                "GET", "/_synapse/admin/v1/user_reports", query={"target_user_id": p.eve.user_id}
            )
        (report,) = events["event_reports"]
        assert (report["event_id"], report["user_id"], report["reason"]) == (
            spam,
            p.alice.user_id,
            "Selling fakes",
        )
        reasons = [(r["user_id"], r["target_user_id"], r["reason"]) for r in users["user_reports"]]
        assert (p.alice.user_id, p.eve.user_id, "Spams every room") in reasons

    asyncio.run(scenario())


def test_invitations_from_ignored_people_and_strangers_are_dropped_or_declined(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    p = _people(synapse, new_user)
    eve = UserId(p.eve.user_id)

    async def invite(inviter: Credentials, name: str) -> RoomId:
        async with api_for(inviter) as api:
            return await api.create_room(name=name, invite=(p.alice.user_id,), preset="private_chat")

    async def scenario() -> None:
        await _group(p.bob, [p.alice], "Friends")  # bob is someone alice knows; eve is not
        async with _session(tmp_path / "alice", p.alice) as (alice, log):

            async def listed() -> dict[str, Any]:
                return {s.room_id: s for s in await alice.rooms() if s.membership == "invite"}

            # a stranger's spam-like invitation is listed collapsed; shown in full on request
            spam = await invite(p.eve, "FREE BTC GIVEAWAY 🚀🚀🚀")
            await until_async(lambda: _has(listed, spam), what="the stranger's invitation")
            await until(
                lambda: any(s.room_id == spam and s.spam_invite for c in log.changes for s in c.rooms),
                what="announced collapsed",
            )
            assert (await listed())[spam].spam_invite
            alice.reveal_invite(spam)
            await until(
                lambda: any(
                    s.room_id == spam and not s.spam_invite for c in log.changes[-3:] for s in c.rooms
                ),
                what="shown in full",
            )

            # an invitation the cache already holds goes when its sender is blocked: hidden, and
            # declined on the server
            await alice.set_ignored(eve, True)
            await _ignored_echo(log, eve, True)
            await until_async(lambda: _gone(listed, spam), what="the held invitation hidden")
            await until_async(
                lambda: _is(p.eve, spam, p.alice.user_id, "leave"), what="declined on the server"
            )
            # a new one from her never reaches alice: the server keeps it from her sync
            unseen = await invite(p.eve, "Hello again")

            # only invitations from people alice knows, when she says so: a stranger's is declined
            alice.safety.strangers_declined = True
            stranger_id, stranger_pw = new_user("stranger", displayname="Stranger")
            stranger = await login(synapse.base_url, stranger_id, stranger_pw)
            cold = await invite(stranger, "Reading group")
            friendly = await invite(p.bob, "Board games")
            await until_async(lambda: _has(listed, friendly), what="bob's invitation")
            await until_async(
                lambda: _is(stranger, cold, p.alice.user_id, "leave"), what="the stranger's declined"
            )
            assert cold not in await listed()
            assert unseen not in await listed()
            assert not any(s.room_id == unseen for c in log.changes for s in c.rooms)
            assert not (await listed())[friendly].spam_invite

    asyncio.run(scenario())


async def _has(listed: Any, room: RoomId) -> bool:
    return room in await listed()


async def _gone(listed: Any, room: RoomId) -> bool:
    return room not in await listed()


async def _is(creds: Credentials, room: RoomId, user: str, membership: str) -> bool:
    return await _membership(creds, room, user) == membership


def test_search_leaves_out_a_blocked_persons_messages(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    p = _people(synapse, new_user)
    eve = UserId(p.eve.user_id)

    async def scenario() -> None:
        room = await _group(p.bob, [p.alice, p.eve], "Market")
        await _say(p.bob, room, "fresh apples at the market")
        await _say(p.eve, room, "cheap apples, click here")
        async with _session(tmp_path / "alice", p.alice) as (alice, log):

            async def hits() -> list[str]:
                page = await alice.search(room, "apples")
                return sorted(str(r.event["content"]["body"]) for r in page.results)

            async def both_indexed() -> bool:
                return len(await hits()) == 2

            await until_async(both_indexed, what="both messages indexed")
            await alice.set_ignored(eve, True)
            await _ignored_echo(log, eve, True)
            assert await hits() == ["fresh apples at the market"]
            page = await alice.search(room, "market")  # nor as the context around another hit
            assert all(e.get("sender") != eve for r in page.results for e in (*r.before, *r.after))

    asyncio.run(scenario())
