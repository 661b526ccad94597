"""Conversation features against a real Synapse: alice acts through a real Session, bob watches
through his own Session (its cache) and through the raw api (the server's copy of each event)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.api import EventId, RoomId, TxnId, UserId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.richtext.markdown import render_markdown
from messenger_desktop.session import room_state
from messenger_desktop.session.session import Session
from messenger_desktop.store import relations
from messenger_desktop.store.rows import Aggregate, OutboxItem
from tests.support.core import Recorder, login, open_session, until, until_async
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


@dataclass
class Pair:
    alice: Session
    bob: Session
    alice_log: Recorder
    bob_log: Recorder
    room: RoomId

    @property
    def a(self) -> UserId:
        return self.alice.user_id

    @property
    def b(self) -> UserId:
        return self.bob.user_id


@asynccontextmanager
async def two_people(synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path) -> AsyncIterator[Pair]:
    alice_id, alice_pw = new_user("alice", displayname="Alice")
    bob_id, bob_pw = new_user("bob", displayname="Bob")
    alice_creds = await login(synapse.base_url, alice_id, alice_pw)
    bob_creds = await login(synapse.base_url, bob_id, bob_pw)
    alice, alice_log = await open_session(tmp_path / "alice", alice_creds, poll_ms=300)
    bob, bob_log = await open_session(tmp_path / "bob", bob_creds, poll_ms=300)
    try:
        room = await alice.api.create_room(name="Features", invite=(bob.user_id,), preset="private_chat")
        await bob.join(room)
        await until_async(lambda: _joined(alice, room, 2), what="both in the room")
        yield Pair(alice, bob, alice_log, bob_log, room)
    finally:
        await alice.close()
        await bob.close()


async def _joined(session: Session, room: RoomId, count: int) -> bool:
    summary = await session.room(room)
    return summary is not None and summary.joined_count >= count


def event_id_of(log: Recorder, item: OutboxItem) -> EventId | None:
    """The server's id for an outbox item, once the session learnt it."""
    for change in log.changes:
        resolved = change.outbox_removed.get(item.txn_id)
        if resolved:
            return resolved
        for echo in change.outbox:
            if echo.txn_id == item.txn_id and echo.event_id:
                return echo.event_id
    return None


async def sent(log: Recorder, item: OutboxItem) -> EventId:
    await until(lambda: event_id_of(log, item) is not None, what=f"{item.event_type} sent")
    found = event_id_of(log, item)
    assert found is not None
    return found


async def aggregate_of(session: Session, room: RoomId, event_id: EventId) -> Aggregate:
    found = await session.db.run(relations.aggregate, room, (event_id,), session.user_id)
    return found.get(event_id, Aggregate())


async def until_aggregate(
    session: Session, room: RoomId, event_id: EventId, check: Any, what: str
) -> Aggregate:
    async def ok() -> bool:
        return bool(check(await aggregate_of(session, room, event_id)))

    await until_async(ok, what=what)
    return await aggregate_of(session, room, event_id)


async def cached(session: Session, room: RoomId, event_id: EventId) -> bool:
    return bool(await session.db.run(relations.load_events, room, (event_id,)))


def test_rich_text_replies_edits_reactions_redactions_forwards_typing_and_search(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with two_people(synapse, new_user, tmp_path) as p:
            alice, bob, room = p.alice, p.bob, p.room

            # rich text with a mention: the server holds exactly the spec's shape
            text = "Hello **Bob**, see `code`"
            item = alice.send_message(room, text, mentions={"Bob": p.b})
            first = await sent(p.alice_log, item)
            body, html = render_markdown(text, {"Bob": p.b})
            assert html is not None and "https://matrix.to/#/" in html
            assert (await bob.api.get_event(room, first))["content"] == {
                "msgtype": "m.text",
                "body": body,
                "format": "org.matrix.custom.html",
                "formatted_body": html,
                "m.mentions": {"user_ids": [p.b]},
            }

            # bob's reply: the relation, no fallback, the replied-to sender mentioned
            await until_async(lambda: cached(bob, room, first), what="bob has the message")
            reply = await sent(
                p.bob_log, bob.send_message(room, "Hi Alice!", reply_to=first, reply_sender=p.a)
            )
            assert (await alice.api.get_event(room, reply))["content"] == {
                "msgtype": "m.text",
                "body": "Hi Alice!",
                "m.mentions": {"user_ids": [p.a]},
                "m.relates_to": {"m.in_reply_to": {"event_id": first}},
            }

            # two edits: bob's cache shows the latest
            alice.edit_message(room, first, "Hello Bob (edited)")
            alice.edit_message(room, first, "Hello Bob (edited twice)")
            latest = await until_aggregate(
                bob,
                room,
                first,
                lambda a: a.edit_content and a.edit_content.get("body") == "Hello Bob (edited twice)",
                "bob sees the second edit",
            )
            assert latest.edit_content == {
                "msgtype": "m.text",
                "body": "Hello Bob (edited twice)",
                "m.mentions": {},
            }

            # a reaction, once only, then taken back
            await until_async(lambda: cached(alice, room, reply), what="alice has the reply")
            reaction = await alice.react(room, reply, "👍")
            assert reaction is not None
            assert await alice.react(room, reply, "👍") is None
            shown = await until_aggregate(bob, room, reply, lambda a: a.reactions, "bob sees the reaction")
            assert [(r.key, r.senders) for r in shown.reactions] == [("👍", (p.a,))]
            await sent(p.alice_log, reaction)
            await until_async(
                lambda: _has_own_reaction(alice, room, reply, "👍"), what="alice's cache has her reaction"
            )
            taken_back = await alice.unreact(room, reply, "👍")
            assert taken_back is not None and taken_back.event_type == "m.room.redaction"
            await until_aggregate(bob, room, reply, lambda a: not a.reactions, "bob sees it taken back")

            # a reacted message is redacted; another one with a reason
            bob_reaction = await bob.react(room, first, "🎉")
            assert bob_reaction is not None
            await until_aggregate(alice, room, first, lambda a: a.reactions, "alice sees bob's reaction")
            await sent(p.alice_log, alice.redact(room, first))
            await until_async(lambda: _redacted(bob, room, first), what="bob sees the redaction")
            assert (await bob.api.get_event(room, first))["content"] == {}
            oops = await sent(p.alice_log, alice.send_message(room, "wrong chat, sorry"))
            await sent(p.alice_log, alice.redact(room, oops, "wrong chat"))
            await until_async(lambda: _redacted(bob, room, oops), what="bob sees the second redaction")
            because = (await bob.api.get_event(room, oops))["unsigned"]["redacted_because"]
            assert because["content"]["reason"] == "wrong chat"

            # forward bob's reply into a second room: no relation, no mentions
            other = await alice.api.create_room(name="Elsewhere", invite=(p.b,))
            await bob.join(other)
            original = (await alice.api.get_event(room, reply))["content"]
            forwarded = await sent(p.alice_log, alice.forward(other, original))
            assert (await bob.api.get_event(other, forwarded))["content"] == {
                "msgtype": "m.text",
                "body": "Hi Alice!",
                "m.mentions": {},
            }

            # typing, seen by bob's session
            alice.typing(room, True)
            await until(lambda: _typing(p.bob_log, room) == (p.a,), what="bob sees alice typing")
            alice.typing(room, False)
            await until(lambda: _typing(p.bob_log, room) == (), what="bob sees alice stop")

            # search finds a message (the server indexes it as it stores it)
            word = f"zebra{uuid.uuid4().hex[:8]}"
            needle = await sent(p.alice_log, alice.send_message(room, f"a {word} crossed"))
            found = await bob.search(room, word)
            assert [r.event["event_id"] for r in found.results] == [needle]

    asyncio.run(scenario())


async def _has_own_reaction(session: Session, room: RoomId, target: EventId, key: str) -> bool:
    return await session.db.run(relations.own_reaction, room, target, key, session.user_id) is not None


async def _redacted(session: Session, room: RoomId, event_id: EventId) -> bool:
    rows = await session.db.run(relations.load_events, room, (event_id,))
    return event_id in rows and rows[event_id].redacted


def _typing(log: Recorder, room: RoomId) -> tuple[UserId, ...] | None:
    """Who bob's session last said was typing in ``room``."""
    for change in reversed(log.changes):
        if room in change.typing:
            return tuple(change.typing[room])
    return None


def test_threads_pins_topic_and_room_nick(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with two_people(synapse, new_user, tmp_path) as p:
            alice, bob, room = p.alice, p.bob, p.room

            # a thread: bob answers in it; alice's thread view and summary, and the server's
            root = await sent(p.alice_log, alice.send_message(room, "Lunch plans?"))
            await until_async(lambda: cached(bob, room, root), what="bob has the root")
            in_thread = await sent(p.bob_log, bob.send_message(room, "Pizza", thread_root=root))
            assert (await alice.api.get_event(room, in_thread))["content"]["m.relates_to"] == {
                "rel_type": "m.thread",
                "event_id": root,
                "is_falling_back": True,
                "m.in_reply_to": {"event_id": root},
            }
            summary = await until_aggregate(
                alice, room, root, lambda a: a.thread_count, "alice's thread summary"
            )
            assert (summary.thread_count, summary.thread_last_sender) == (1, p.b)
            assert [r.event_id for r in await alice.thread(room, root)] == [in_thread]
            # the next thread message falls back to the newest one seen
            second = await sent(p.alice_log, alice.send_message(room, "Sushi?", thread_root=root))
            relates = (await bob.api.get_event(room, second))["content"]["m.relates_to"]
            assert relates["m.in_reply_to"] == {"event_id": in_thread}
            server_root = await bob.api.get_event(room, root)
            assert server_root["unsigned"]["m.relations"]["m.thread"]["count"] == 2

            # pin and unpin
            assert await alice.set_pinned(room, root, True) == [root]
            await until_async(lambda: _pinned(bob, room, [root]), what="bob sees the pin")
            await until_async(lambda: _pinned(alice, room, [root]), what="alice's cache has the pin")
            assert await alice.set_pinned(room, root, False) == []
            await until_async(lambda: _pinned(bob, room, []), what="bob sees the unpin")

            # /topic and /nick
            assert await alice.run_command(room, "/topic Friday plans") is None
            await until_async(lambda: _topic(bob, room, "Friday plans"), what="bob sees the topic")
            assert await alice.run_command(room, "/nick Captain") is None
            await until_async(lambda: _name(bob, room, p.a, "Captain"), what="bob sees the room nick")
            member = await bob.api.state_event(room, "m.room.member", p.a)
            assert (member["membership"], member["displayname"]) == ("join", "Captain")
            assert (await alice.api.get_profile(p.a))["displayname"] == "Alice"  # only this room
            assert await alice.run_command(room, "/join #no-such-room:localhost") == (
                "Could not join #no-such-room:localhost: there is no such room."
            )

    asyncio.run(scenario())


async def _pinned(session: Session, room: RoomId, expected: list[EventId]) -> bool:
    content = await session.db.run(room_state.state_content, room, "m.room.pinned_events", "")
    return isinstance(content, dict) and content.get("pinned") == expected


async def _topic(session: Session, room: RoomId, topic: str) -> bool:
    summary = await session.room(room)
    return summary is not None and summary.topic == topic


async def _name(session: Session, room: RoomId, user: UserId, name: str) -> bool:
    return (await session.member_names(room)).get(user) == name


def test_reply_to_a_message_older_than_the_loaded_window(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with two_people(synapse, new_user, tmp_path) as p:
            alice, room = p.alice, p.room
            old = await alice.api.send(
                room,
                "m.room.message",
                TxnId(f"old-{time.time_ns()}"),
                {"msgtype": "m.text", "body": "ancient"},
            )
            old_thread = await alice.api.send(
                room,
                "m.room.message",
                TxnId(f"thr-{time.time_ns()}"),
                {
                    "msgtype": "m.text",
                    "body": "old thread reply",
                    "m.relates_to": {"rel_type": "m.thread", "event_id": old},
                },
            )
            for i in range(30):
                await alice.api.send(
                    room,
                    "m.room.message",
                    TxnId(f"fill-{i}-{time.time_ns()}"),
                    {"msgtype": "m.text", "body": f"filler {i}"},
                )
            # a fresh client for bob: its first sync brings only the newest events
            bob, bob_log = await open_session(tmp_path / "bob-again", p.bob.credentials, poll_ms=300)
            try:
                await bob.synced.wait()
                assert not await cached(bob, room, old)
                row = await bob.fetch_event(room, old)
                assert row is not None and (row.content["body"], row.sender) == ("ancient", p.a)
                thread = await bob.thread(room, old)
                assert [(r.event_id, r.content["body"]) for r in thread] == [(old_thread, "old thread reply")]
                around = await bob.event_context(room, old, 4)
                assert around is not None and around.event.event_id == old
                assert [r.event_id for r in around.after][:1] == [old_thread]

                reply = await sent(
                    bob_log, bob.send_message(room, "Still true", reply_to=old, reply_sender=row.sender)
                )
                content = (await alice.api.get_event(room, reply))["content"]
                assert content["m.relates_to"] == {"m.in_reply_to": {"event_id": old}}
                assert content["m.mentions"] == {"user_ids": [p.a]}
                assert await bob.fetch_event(room, EventId("$no-such-event")) is None
            finally:
                await bob.close()

    asyncio.run(scenario())
