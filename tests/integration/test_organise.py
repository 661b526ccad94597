"""Organising conversations against a real Synapse: alice on two devices (two Sessions, two caches)
sees on one what she did on the other; bob writes to her through the plain api."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.api import Credentials, EventId, MatrixApi, RoomId, TxnId, UserId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session.session import Session
from messenger_desktop.store.folders import Folder
from messenger_desktop.store.read_markers import latest_event
from messenger_desktop.store.rows import RoomSummary
from tests.support.core import Recorder, login, open_session, until, until_async
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


@dataclass
class Devices:
    one: Session
    two: Session
    one_log: Recorder
    two_log: Recorder
    bob: MatrixApi
    bob_id: UserId


@asynccontextmanager
async def alice_twice(synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path) -> AsyncIterator[Devices]:
    """alice signed in on two devices, and bob (plain api) to talk to her."""
    alice_id, alice_pw = new_user("alice", displayname="Alice")
    bob_id, bob_pw = new_user("bob", displayname="Bob")
    first = await login(synapse.base_url, alice_id, alice_pw)
    second = await login(synapse.base_url, alice_id, alice_pw)
    assert first.device_id != second.device_id
    bob_creds = await login(synapse.base_url, bob_id, bob_pw)
    transport = HttpxTransport()
    one, one_log = await open_session(tmp_path / "one", first, poll_ms=300)
    two, two_log = await open_session(tmp_path / "two", second, poll_ms=300)
    try:
        await asyncio.wait_for(asyncio.gather(one.synced.wait(), two.synced.wait()), 30)
        bob = MatrixApi(synapse.base_url, transport, access_token=bob_creds.access_token)
        yield Devices(one, two, one_log, two_log, bob, UserId(bob_id))
    finally:
        await one.close()
        await two.close()
        await transport.aclose()


async def summary_where(session: Session, room: RoomId, check: Any, what: str) -> RoomSummary:
    async def ok() -> bool:
        summary = await session.room(room)
        return summary is not None and bool(check(summary))

    await until_async(ok, what=what)
    summary = await session.room(room)
    assert summary is not None
    return summary


def emitted(log: Recorder, room: RoomId) -> list[RoomSummary]:
    """Every summary of ``room`` the session announced, in order."""
    return [r for change in log.changes for r in change.rooms if r.room_id == room]


async def a_room_on_both(d: Devices, name: str = "Chat") -> RoomId:
    room = await d.one.create_group(name)
    await summary_where(d.two, room, lambda s: s.membership == "join", "the room on device two")
    return room


def test_favourites_folders_and_marked_unread_follow_alice_to_her_other_device(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with alice_twice(synapse, new_user, tmp_path) as d:
            room = await a_room_on_both(d)

            # (a) a favourite set on one device is one on the other, announced in a change set
            await d.one.set_favourite(room, True)
            fav = await summary_where(d.two, room, lambda s: s.favourite, "favourite on device two")
            assert not fav.low_priority
            await until(lambda: any(s.favourite for s in emitted(d.two_log, room)), what="announced")
            # low priority on device two takes the favourite away, everywhere
            await d.two.set_low_priority(room, True)
            low = await summary_where(
                d.one, room, lambda s: s.low_priority and not s.favourite, "low priority on device one"
            )
            assert low.tag_order == 1.0
            await d.one.set_low_priority(room, False)
            await summary_where(d.two, room, lambda s: not s.low_priority, "no tag on device two")

            # (b) folders written on one device arrive on the other in ChangeSet.folders
            folders = (
                Folder("work", "Work", (room,), ("groups",), exclude_muted=True),
                Folder("people", "People", (), ("people", "unread")),
            )
            await d.one.set_folders(folders)
            await until(
                lambda: any(c.folders == folders for c in d.two_log.changes), what="folders on device two"
            )
            assert await d.two.folders() == folders
            await d.two.set_folders(folders[1:])
            await until(lambda: any(c.folders == folders[1:] for c in d.one_log.changes), what="one folder")
            assert await d.one.folders() == folders[1:]

            # (c) marked unread: set on one device, seen on the other, cleared by reading there
            await d.one.set_marked_unread(room, True)
            await summary_where(d.two, room, lambda s: s.marked_unread, "marked on device two")
            latest = await d.two.db.run(latest_event, room)
            assert latest is not None
            await d.two.mark_read(room, latest)
            await summary_where(d.one, room, lambda s: not s.marked_unread, "read on device two clears it")

    asyncio.run(scenario())


def test_saved_messages_room_is_made_once_for_both_devices(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with alice_twice(synapse, new_user, tmp_path) as d:
            first, again = await asyncio.gather(d.one.saved_messages_room(), d.one.saved_messages_room())
            assert first == again
            # device two may not have synced the account data yet: it asks the server
            assert await d.two.saved_messages_room() == first
            saved = await summary_where(d.one, first, lambda s: s.saved_messages, "flagged on device one")
            assert (saved.name, saved.joined_count) == ("Saved messages", 1)
            await summary_where(d.two, first, lambda s: s.saved_messages, "flagged on device two")
            create = await d.one.api.state_event(first, "m.room.create")
            assert create.get("m.federate") is False
            assert await d.two.saved_messages_room() == first
            assert [r.room_id for r in await d.one.rooms() if r.saved_messages] == [first]

    asyncio.run(scenario())


async def bob_says(d: Devices, room: RoomId, body: str, mention: str | None = None) -> EventId:
    content: dict[str, Any] = {"msgtype": "m.text", "body": body}
    if mention is not None:
        content["m.mentions"] = {"user_ids": [mention]}
    return await d.bob.send(room, "m.room.message", TxnId(uuid.uuid4().hex), content)


async def notified(d: Devices, room: RoomId, event: EventId) -> bool:
    """Whether alice's device one announced ``event`` as a notification, once the event is there."""
    await until(
        lambda: any(r.event_id == event for c in d.one_log.changes for r in c.appended.get(room, ())),
        what=f"{event} on device one",
    )
    return any(n.event_id == event for c in d.one_log.changes for n in c.notifications)


def test_notification_levels_and_keywords_decide_what_notifies(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with alice_twice(synapse, new_user, tmp_path) as d:
            alice = d.one.user_id
            room = await d.one.create_group("Noisy")
            await d.one.invite(room, d.bob_id)
            await d.bob.join(room)
            await summary_where(d.one, room, lambda s: s.joined_count == 2, "bob in the room")
            # a group of two counts as one-to-one for the default rules: make it a group of three
            carol_id, carol_pw = new_user("carol")
            carol = await login(synapse.base_url, carol_id, carol_pw)
            await d.one.invite(room, carol.user_id)
            await _join_as(synapse, carol, room)
            await summary_where(d.one, room, lambda s: s.joined_count == 3, "carol in the room")

            assert await notified(d, room, await bob_says(d, room, "at level all"))

            # (d) mentions: a plain message does not notify, a mention does, and a keyword does
            await d.one.set_notification_level(room, "mentions")
            await summary_where(d.one, room, lambda s: s.notification_level == "mentions", "level mentions")
            await until_async(lambda: _level_is(d.two, room, "mentions"), what="the level on device two")
            assert not await notified(d, room, await bob_says(d, room, "plain words"))
            assert await notified(d, room, await bob_says(d, room, "hey you", mention=alice))
            assert await d.one.set_keywords(["lunch"]) == ("lunch",)
            await until_async(lambda: _keywords_are(d.one, ("lunch",)), what="keyword synced")
            assert await notified(d, room, await bob_says(d, room, "lunch at noon?"))

            # mute: neither a plain message nor a mention
            await d.two.set_notification_level(room, "mute")
            await summary_where(d.one, room, lambda s: s.notification_level == "mute", "level mute")
            assert not await notified(d, room, await bob_says(d, room, "still here"))
            assert not await notified(d, room, await bob_says(d, room, "hello you", mention=alice))

            # and back to all: a plain message notifies again; the keyword goes away
            await d.one.set_notification_level(room, "all")
            await summary_where(d.one, room, lambda s: s.notification_level == "all", "level all")
            assert await notified(d, room, await bob_says(d, room, "back again"))
            await d.one.set_keywords([])
            await until_async(lambda: _keywords_are(d.two, ()), what="keyword gone on device two")
            rules = await d.one.api.push_rules()
            content_ids = [r["rule_id"] for r in rules["global"]["content"]]
            assert ".m.rule.contains_user_name" in content_ids and "lunch" not in content_ids

    asyncio.run(scenario())


async def _level_is(session: Session, room: RoomId, level: str) -> bool:
    return await session.notification_level(room) == level


async def _keywords_are(session: Session, words: tuple[str, ...]) -> bool:
    return await session.keywords() == words


async def _join_as(synapse: LocalSynapse, creds: Credentials, room: RoomId) -> None:
    transport = HttpxTransport()
    try:
        await MatrixApi(synapse.base_url, transport, access_token=creds.access_token).join(room)
    finally:
        await transport.aclose()


def test_a_space_lists_its_children_and_left_rooms_are_archived(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with alice_twice(synapse, new_user, tmp_path) as d:
            server = d.one.user_id.split(":", 1)[1]
            child = await d.one.create_group("Child room")
            other = await d.one.create_group("Second child")
            space = await d.one.api.create_room(
                name="The space",
                preset="private_chat",
                extra={"creation_content": {"type": "m.space"}},
                initial_state=(
                    {"type": "m.space.child", "state_key": child, "content": {"via": [server], "order": "b"}},
                ),
            )
            # (the room's first events may come in two syncs: wait for the child, not just the type)
            summary = await summary_where(d.two, space, lambda s: s.children, "the space on device two")
            assert (summary.is_space, summary.children) == (True, (child,))
            # a child added later with an earlier order goes first; one without via is no child
            await d.one.api.send_state(space, "m.space.child", other, {"via": [server], "order": "a"})
            await d.one.api.send_state(space, "m.space.child", "!nowhere:" + server, {})
            ordered = await summary_where(d.one, space, lambda s: len(s.children) == 2, "two children")
            assert ordered.children == (other, child)
            rooms = await d.one.space_hierarchy(space)
            assert {(r.room_id, r.name, r.joined) for r in rooms} == {
                (child, "Child room", True),
                (other, "Second child", True),
            }

            # leaving a room keeps it in the archive, out of the list, on both devices
            await d.two.leave(child)
            await until_async(lambda: _archived(d.one, child), what="archived on device one")
            assert child not in {r.room_id for r in await d.one.rooms()}
            [archived] = [r for r in await d.two.archived_rooms() if r.room_id == child]
            assert (archived.membership, archived.name) == ("leave", "Child room")

    asyncio.run(scenario())


async def _archived(session: Session, room: RoomId) -> bool:
    return room in {r.room_id for r in await session.archived_rooms()}
