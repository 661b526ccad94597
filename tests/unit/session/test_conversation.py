"""The session's conversation actions against a scripted server and a real cache: reactions,
redactions, replies and threads, pins, names, commands, single events, threads and members."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import orjson
import pytest

from messenger_desktop.api import Credentials, DeviceId, EventId, RoomId, TransportError, UserId, parse_sync
from messenger_desktop.api.http import HttpRequest, HttpResponse
from messenger_desktop.session import compose
from messenger_desktop.session.profile import Profile
from messenger_desktop.session.session import Session
from messenger_desktop.store import outbox as outbox_rows
from messenger_desktop.store.ingest import ingest_sync
from tests.support import sync_builder as sb
from tests.support.fake_transport import ScriptedTransport, json_response

ME = UserId(sb.ME)
ROOM = RoomId("!room:hs")
V3 = "/_matrix/client/v3"
ROOM_PATH = f"{V3}/rooms/%21room%3Ahs"


def plain_render(text: str, mentions: Mapping[str, str] | None = None) -> tuple[str, str | None]:
    return text, None


@pytest.fixture(autouse=True)
def stub_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compose, "render_markdown", plain_render)


def run(tmp_path: Path, transport: ScriptedTransport, body: Callable[[Session], Awaitable[None]]) -> None:
    async def scenario() -> None:
        creds = Credentials("https://hs", ME, DeviceId("D"), "token")
        session = Session(Profile.at(tmp_path / "profile"), creds, transport=transport)
        await session.open()
        try:
            await body(session)
        finally:
            await session.close()

    asyncio.run(scenario())


async def ingest(
    session: Session, *timeline: dict[str, Any], state: list[Any] | None = None, **kw: Any
) -> None:
    body = sb.sync(f"s{sb.event_id()}", {ROOM: sb.joined(list(timeline), state or [], **kw)})
    await session.db.run(ingest_sync, parse_sync(body), ME)


async def until_persisted(session: Session, count: int) -> None:
    """The outbox writes submitted items in tasks (and sends nothing here: no sync, not ready)."""
    for _ in range(200):
        if len(await session.pending()) >= count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("items not persisted")


def bodies(transport: ScriptedTransport) -> list[tuple[str, str, Any]]:
    return [
        (r.method, r.url.split("?")[0].removeprefix("https://hs"), orjson.loads(r.body) if r.body else None)
        for r in transport.requests
    ]


# -- reactions ---------------------------------------------------------------------------------


def test_react_once_per_key_whether_queued_or_stored(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        target = sb.message("hi", event_id="$t")
        await ingest(session, target)
        first = await session.react(ROOM, EventId("$t"), "👍")
        assert first is not None and first.event_type == "m.reaction"
        assert first.content == {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$t", "key": "👍"}}
        assert await session.react(ROOM, EventId("$t"), "👍") is None  # queued already
        assert await session.react(ROOM, EventId("$t"), "🎉") is not None  # another key
        # the reaction comes back through sync: the outbox item is settled, the cache has it
        await ingest(
            session,
            sb.reaction(target, "👍", sender=ME, event_id="$mine", unsigned={"transaction_id": first.txn_id}),
        )
        assert [i.content["m.relates_to"]["key"] for i in await session.pending(ROOM)] == ["🎉"]
        assert await session.react(ROOM, EventId("$t"), "👍") is None

    run(tmp_path, ScriptedTransport(), body)


def test_concurrent_reactions_with_one_key_queue_one(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        results = await asyncio.gather(*(session.react(ROOM, EventId("$t"), "❤") for _ in range(3)))
        assert sum(r is not None for r in results) == 1
        assert len(await session.pending(ROOM)) == 1

    run(tmp_path, ScriptedTransport(), body)


def test_unreact_redacts_the_own_reaction(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        target = sb.message("hi", event_id="$t")
        await ingest(
            session,
            target,
            sb.reaction(target, "👍", sender="@bob:hs", event_id="$bobs"),
            sb.reaction(target, "👍", sender=ME, event_id="$mine"),
        )
        item = await session.unreact(ROOM, EventId("$t"), "👍")
        assert item is not None
        assert (item.event_type, item.content) == ("m.room.redaction", {"redacts": "$mine"})
        assert await session.unreact(ROOM, EventId("$t"), "👍") is None  # its redaction is queued
        assert await session.react(ROOM, EventId("$t"), "👍") is not None  # and may react again
        assert await session.unreact(ROOM, EventId("$t"), "🎉") is None  # never reacted so

    run(tmp_path, ScriptedTransport(), body)


def test_unreact_of_a_reaction_still_queued_deletes_it(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        await session.react(ROOM, EventId("$t"), "👍")
        assert await session.unreact(ROOM, EventId("$t"), "👍") is None
        assert await session.pending(ROOM) == []

    run(tmp_path, ScriptedTransport(), body)


def test_unreact_while_the_reaction_is_on_the_wire_redacts_it_once_sent(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        item = await session.react(ROOM, EventId("$t"), "👍")
        assert item is not None
        await session.db.run(outbox_rows.update, item.txn_id, outbox_rows.SENDING, 0)  # picked up

        async def server_answers() -> None:
            await asyncio.sleep(0.3)
            await session.db.run(outbox_rows.mark_sent, item.txn_id, EventId("$late"))

        answer = asyncio.create_task(server_answers())
        redaction = await session.unreact(ROOM, EventId("$t"), "👍")
        await answer
        assert redaction is not None and redaction.content == {"redacts": "$late"}
        assert any(i.txn_id == item.txn_id for i in await session.pending(ROOM))  # not undercut

    run(tmp_path, ScriptedTransport(), body)


def test_unreact_of_a_sent_reaction_not_yet_synced_redacts_its_event(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        item = await session.react(ROOM, EventId("$t"), "👍")
        assert item is not None
        await session.db.run(outbox_rows.mark_sent, item.txn_id, EventId("$sent"))
        redaction = await session.unreact(ROOM, EventId("$t"), "👍")
        assert redaction is not None and redaction.content == {"redacts": "$sent"}

    run(tmp_path, ScriptedTransport(), body)


# -- messages ----------------------------------------------------------------------------------


def test_reply_mentions_the_replied_to_sender_but_never_the_user(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        item = session.send_message(
            ROOM,
            "thanks Me and Bob",
            mentions={"Me": ME, "Carol": "@carol:hs"},
            reply_to=EventId("$q"),
            reply_sender=UserId("@bob:hs"),
        )
        assert item.content == {
            "msgtype": "m.text",
            "body": "thanks Me and Bob",
            "m.mentions": {"user_ids": ["@carol:hs", "@bob:hs"]},
            "m.relates_to": {"m.in_reply_to": {"event_id": "$q"}},
        }
        own = session.send_message(ROOM, "to myself", reply_to=EventId("$q"), reply_sender=ME)
        assert own.content["m.mentions"] == {}
        assert session.send_text(ROOM, "*plain*").content == {
            "msgtype": "m.text",
            "body": "*plain*",
            "m.mentions": {},
        }
        emote = session.send_message(ROOM, "waves", emote=True)
        assert emote.content["msgtype"] == "m.emote"

    run(tmp_path, ScriptedTransport(), body)


def test_thread_messages_fall_back_to_the_newest_thread_event_seen(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        root = sb.message("root", event_id="$root")
        await ingest(
            session, root, sb.thread_reply(root, "one", ts=2000), sb.thread_reply(root, "two", ts=3000)
        )
        rows = await session.thread(ROOM, EventId("$root"))
        assert [r.content["body"] for r in rows] == ["one", "two"]
        item = session.send_message(ROOM, "three", thread_root=EventId("$root"))
        assert item.content["m.relates_to"] == {
            "rel_type": "m.thread",
            "event_id": "$root",
            "is_falling_back": True,
            "m.in_reply_to": {"event_id": rows[-1].event_id},
        }

    transport = ScriptedTransport().on(
        "GET", "/_matrix/client/v1/rooms/", json_response(200, {"chunk": [], "next_batch": None})
    )
    run(tmp_path, transport, body)


def test_edit_and_redact_and_forward_are_queued_items(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        edit = session.edit_message(
            ROOM, EventId("$mine"), "new", mentions={"Bob": "@bob:hs"}, previous_mentions=("@bob:hs",)
        )
        assert edit.content["m.relates_to"] == {"rel_type": "m.replace", "event_id": "$mine"}
        assert edit.content["m.mentions"] == {}
        assert edit.content["m.new_content"]["m.mentions"] == {"user_ids": ["@bob:hs"]}
        redaction = session.redact(ROOM, EventId("$mine"), "wrong room")
        assert (redaction.event_type, redaction.content) == (
            "m.room.redaction",
            {"redacts": "$mine", "reason": "wrong room"},
        )
        forward = session.forward(
            RoomId("!other:hs"), {"msgtype": "m.text", "body": "fwd", "m.relates_to": {}}
        )
        assert (forward.room_id, forward.content) == (
            "!other:hs",
            {"msgtype": "m.text", "body": "fwd", "m.mentions": {}},
        )
        await until_persisted(session, 3)
        assert [i.event_type for i in await session.pending()] == [
            "m.room.message",
            "m.room.redaction",
            "m.room.message",
        ]

    run(tmp_path, ScriptedTransport(), body)


# -- room state --------------------------------------------------------------------------------


def test_pinning_adds_to_and_unpinning_removes_from_the_cached_list(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        await ingest(session, state=[sb.state("m.room.pinned_events", {"pinned": ["$a", "$b"]})])
        assert await session.set_pinned(ROOM, EventId("$c"), True) == ["$a", "$b", "$c"]
        assert await session.set_pinned(ROOM, EventId("$a"), False) == ["$b"]
        assert await session.set_pinned(ROOM, EventId("$z"), False) == ["$a", "$b"]  # nothing to do
        assert bodies(transport) == [
            ("PUT", f"{ROOM_PATH}/state/m.room.pinned_events/", {"pinned": ["$a", "$b", "$c"]}),
            ("PUT", f"{ROOM_PATH}/state/m.room.pinned_events/", {"pinned": ["$b"]}),
        ]

    transport = ScriptedTransport().on("PUT", "/", json_response(200, {"event_id": "$s"}))
    run(tmp_path, transport, body)


def test_pinning_in_a_room_without_pins_asks_the_server_first(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        assert await session.set_pinned(ROOM, EventId("$a"), True) == ["$a"]

    transport = (
        ScriptedTransport()
        .on("GET", "/", json_response(404, {"errcode": "M_NOT_FOUND"}))
        .on("PUT", "/", json_response(200, {"event_id": "$s"}))
    )
    run(tmp_path, transport, body)


def test_room_nick_keeps_the_rest_of_the_member_event(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        own = sb.member(ME, "Me")
        own["content"].update(avatar_url="mxc://hs/me", join_authorised_via_users_server="@x:hs")
        await ingest(session, state=[own])
        await session.set_room_nick(ROOM, "Captain")
        assert bodies(transport)[-1] == (
            "PUT",
            f"{ROOM_PATH}/state/m.room.member/%40me%3Ahs",
            {"membership": "join", "displayname": "Captain", "avatar_url": "mxc://hs/me"},
        )

    transport = ScriptedTransport().on("PUT", "/", json_response(200, {"event_id": "$s"}))
    run(tmp_path, transport, body)


# -- commands ----------------------------------------------------------------------------------


def test_commands_send_messages_change_state_or_say_what_went_wrong(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        me = await session.run_command(ROOM, "/me waves")
        assert not isinstance(me, str) and me is not None and me.content["msgtype"] == "m.emote"
        shrug = await session.run_command(ROOM, "/shrug fine")
        assert not isinstance(shrug, str) and shrug is not None
        assert shrug.content["body"] == "¯\\_(ツ)_/¯ fine"
        escaped = await session.run_command(ROOM, "//slash")
        assert not isinstance(escaped, str) and escaped is not None and escaped.content["body"] == "/slash"
        plain = await session.run_command(ROOM, "no command", reply_to=EventId("$q"))
        assert not isinstance(plain, str) and plain is not None
        assert plain.content["m.relates_to"] == {"m.in_reply_to": {"event_id": "$q"}}
        assert await session.run_command(ROOM, "/topic New topic") is None
        assert await session.run_command(ROOM, "/bogus") == (
            "Unknown command /bogus. To send a message that starts with /, begin it with // instead."
        )
        assert await session.run_command(ROOM, "/join #nowhere:hs") == (
            "Could not join #nowhere:hs: there is no such room."
        )
        topic = [b for b in bodies(transport) if "/state/m.room.topic/" in b[1]]
        assert topic == [
            (
                "PUT",
                f"{ROOM_PATH}/state/m.room.topic/",
                {
                    "topic": "New topic",
                    "m.topic": {"m.text": [{"mimetype": "text/plain", "body": "New topic"}]},
                },
            )
        ]

    transport = (
        ScriptedTransport()
        .on("PUT", f"{ROOM_PATH}/state/", json_response(200, {"event_id": "$s"}))
        .on("POST", f"{V3}/join/", json_response(404, {"errcode": "M_NOT_FOUND", "error": "Unknown room"}))
    )
    run(tmp_path, transport, body)


# -- reading -----------------------------------------------------------------------------------


def test_fetch_event_reads_the_cache_then_the_server(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        await ingest(session, sb.message("cached", event_id="$here"))
        here = await session.fetch_event(ROOM, EventId("$here"))
        assert here is not None and here.content["body"] == "cached"
        assert transport.requests == []
        far = await session.fetch_event(ROOM, EventId("$far"))
        assert far is not None and (far.event_id, far.content["body"], far.chunk) == ("$far", "old", -1)
        assert await session.fetch_event(ROOM, EventId("$gone")) is None

    def answer(request: HttpRequest) -> HttpResponse:
        if request.url.endswith("/event/%24far"):
            return json_response(200, sb.message("old", event_id="$far"))
        return json_response(404, {"errcode": "M_NOT_FOUND"})

    transport = ScriptedTransport().on("GET", f"{ROOM_PATH}/event/", answer)
    run(tmp_path, transport, body)


def test_thread_is_completed_from_the_server_once(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        root = sb.message("root", event_id="$root")
        cached = sb.thread_reply(root, "cached", ts=3000)
        cached["event_id"] = "$cached"
        await ingest(session, root, cached)
        rows = await session.thread(ROOM, EventId("$root"))
        assert [r.event_id for r in rows] == ["$older", "$cached"]
        rows = await session.thread(ROOM, EventId("$root"))
        assert [r.event_id for r in rows] == ["$older", "$cached"]
        assert len(transport.requests) == 2  # two pages, the first time only
        assert transport.requests[0].url.startswith(
            "https://hs/_matrix/client/v1/rooms/%21room%3Ahs/relations/%24root/m.thread?"
        )

    older = sb.thread_reply("$root", "older", ts=2000)
    older["event_id"] = "$older"
    cached_copy = sb.thread_reply("$root", "cached", ts=3000)
    cached_copy["event_id"] = "$cached"
    transport = ScriptedTransport().on(
        "GET",
        "/_matrix/client/v1/rooms/",
        json_response(200, {"chunk": [cached_copy], "next_batch": "n1"}),
        json_response(200, {"chunk": [older, {"junk": True}]}),
    )
    run(tmp_path, transport, body)


def test_members_are_fetched_once_when_lazy_loading_left_them_incomplete(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        await ingest(
            session, sb.message("hi", sender="@bob:hs"), state=[sb.member("@bob:hs", "Bob")], joined_count=3
        )
        members = await session.members(ROOM)
        assert {m.user_id for m in members} == {"@bob:hs", "@carol:hs", ME}
        assert {m.name for m in members if m.user_id == "@bob:hs"} == {"Bob"}
        await session.members(ROOM)
        assert len(transport.requests) == 1

    transport = ScriptedTransport().on(
        "GET",
        f"{ROOM_PATH}/members",
        json_response(
            200,
            {
                "chunk": [
                    sb.member("@bob:hs", "Bob (old name)"),
                    sb.member("@carol:hs", "Carol"),
                    sb.member(ME, "Me"),
                ]
            },
        ),
    )
    run(tmp_path, transport, body)


def test_search_passes_the_servers_page_through(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        page = await session.search(ROOM, "lunch")
        assert [r.event["event_id"] for r in page.results] == ["$hit"]
        assert (page.next_batch, page.count) == ("more", 7)

    transport = ScriptedTransport().on(
        "POST",
        f"{V3}/search",
        json_response(
            200,
            {
                "search_categories": {
                    "room_events": {
                        "count": 7,
                        "next_batch": "more",
                        "results": [{"rank": 1.0, "result": sb.message("lunch?", event_id="$hit")}],
                    }
                }
            },
        ),
    )
    run(tmp_path, transport, body)


def test_a_thread_fetch_that_failed_is_tried_again_next_time(tmp_path: Path) -> None:
    async def body(session: Session) -> None:
        await ingest(session, sb.message("root", event_id="$root"))
        assert await session.thread(ROOM, EventId("$root")) == ()  # offline: the cache's (nothing)
        rows = await session.thread(ROOM, EventId("$root"))
        assert [r.content["body"] for r in rows] == ["later"]

    later = sb.thread_reply("$root", "later")
    transport = ScriptedTransport().on(
        "GET",
        "/_matrix/client/v1/rooms/",
        TransportError("offline"),
        json_response(200, {"chunk": [later]}),
    )
    run(tmp_path, transport, body)
