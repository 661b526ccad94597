"""Organising actions against a scripted server and a real cache: tags, push-rule levels and
keywords, the hierarchy of a space, the saved-messages room, marking all read, marked unread."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import orjson
import pytest

from messenger_desktop.api import Credentials, DeviceId, RoomId, UserId, parse_sync
from messenger_desktop.api.http import HttpRequest, HttpResponse
from messenger_desktop.session.profile import Profile
from messenger_desktop.session.session import Session
from messenger_desktop.store.ingest import ingest_sync
from tests.support import sync_builder as sb
from tests.support.fake_transport import ScriptedTransport, json_response

ME = UserId(sb.ME)
A = RoomId("!a:hs")
B = RoomId("!b:hs")
V3 = "/_matrix/client/v3"
USER = f"{V3}/user/%40me%3Ahs"


def run(tmp_path: Path, transport: Any, body: Callable[[Session], Awaitable[None]]) -> None:
    async def scenario() -> None:
        creds = Credentials("https://hs", ME, DeviceId("D"), "token")
        session = Session(Profile.at(tmp_path / "profile"), creds, transport=transport)
        await session.open()
        try:
            await body(session)
        finally:
            await session.close()

    asyncio.run(scenario())


async def ingest(session: Session, body: dict[str, Any]) -> None:
    await session.db.run(ingest_sync, parse_sync(body), ME)


def wire(transport: ScriptedTransport) -> list[tuple[str, str]]:
    return [(r.method, unquote(urlsplit(r.url).path)) for r in transport.requests]


def not_found() -> HttpResponse:
    return json_response(404, {"errcode": "M_NOT_FOUND", "error": "nope"})


# -- tags -------------------------------------------------------------------------------------------


def test_favourite_and_low_priority_exclude_each_other(tmp_path: Path) -> None:
    transport = (
        ScriptedTransport().on("PUT", f"{USER}/rooms/", json_response(200, {})).on("DELETE", "/", not_found())
    )

    async def body(session: Session) -> None:
        await session.set_favourite(A, True)
        await session.set_low_priority(A, True)
        await session.set_favourite(A, False)

    run(tmp_path, transport, body)
    tags = "/_matrix/client/v3/user/@me:hs/rooms/!a:hs/tags"
    assert wire(transport) == [
        ("PUT", f"{tags}/m.favourite"),
        ("DELETE", f"{tags}/m.lowpriority"),
        ("PUT", f"{tags}/m.lowpriority"),
        ("DELETE", f"{tags}/m.favourite"),
        ("DELETE", f"{tags}/m.favourite"),
    ]


def test_a_failing_tag_delete_other_than_not_found_is_raised(tmp_path: Path) -> None:
    transport = (
        ScriptedTransport()
        .on("PUT", "/", json_response(200, {}))
        .on("DELETE", "/", json_response(403, {"errcode": "M_FORBIDDEN"}))
    )

    async def body(session: Session) -> None:
        with pytest.raises(Exception, match="M_FORBIDDEN"):
            await session.set_favourite(A, True)

    run(tmp_path, transport, body)


# -- marked unread ----------------------------------------------------------------------------------


def test_reading_a_marked_room_clears_the_mark_and_an_unmarked_one_is_left_alone(tmp_path: Path) -> None:
    transport = (
        ScriptedTransport().on("POST", "/", json_response(200, {})).on("PUT", "/", json_response(200, {}))
    )
    unread = [
        {"type": "m.marked_unread", "content": {"unread": True}},
        {"type": "com.famedly.marked_unread", "content": {"unread": True}},
    ]

    async def body(session: Session) -> None:
        await ingest(session, sb.sync("s1", {A: sb.joined(account_data=unread), B: sb.joined()}))
        await session.mark_read(B, sb.event_id())  # type: ignore[arg-type]
        assert [r.method for r in transport.requests] == ["POST"]
        await session.mark_read(A, sb.event_id())  # type: ignore[arg-type]

    run(tmp_path, transport, body)
    puts = [(unquote(urlsplit(r.url).path), orjson.loads(r.body or b"")) for r in transport.requests[2:]]
    data = "/_matrix/client/v3/user/@me:hs/rooms/!a:hs/account_data"
    assert puts == [
        (f"{data}/m.marked_unread", {"unread": False}),
        (f"{data}/com.famedly.marked_unread", {"unread": False}),
    ]


# -- mark all read ----------------------------------------------------------------------------------


class SlowServer:
    """Answers every request after a moment, counting how many are in flight at once."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.most = 0
        self.requests: list[HttpRequest] = []

    async def send(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        await asyncio.sleep(0.01)
        self.in_flight -= 1
        return json_response(200, {})

    async def aclose(self) -> None:
        pass


def test_mark_all_read_marks_the_unread_rooms_at_most_four_at_a_time(tmp_path: Path) -> None:
    server = SlowServer()
    rooms: dict[str, Any] = {f"!r{i}:hs": sb.joined([sb.message(f"m{i}")], unread=1) for i in range(10)}
    rooms["!quiet:hs"] = sb.joined([sb.message("read")], unread=0)
    rooms["!marked:hs"] = sb.joined(
        [sb.message("x")], unread=0, account_data=[{"type": "m.marked_unread", "content": {"unread": True}}]
    )
    rooms["!empty:hs"] = sb.joined(unread=2)  # nothing cached to mark read up to

    async def body(session: Session) -> None:
        await ingest(session, sb.sync("s1", rooms))
        assert await session.mark_all_read() == 12

    run(tmp_path, server, body)
    paths = [unquote(urlsplit(r.url).path) for r in server.requests]
    markers = [p for p in paths if p.endswith("/read_markers")]
    assert len(markers) == 11 and not any("!quiet:hs" in p or "!empty:hs" in p for p in markers)
    assert [p for p in paths if "marked_unread" in p] == [
        "/_matrix/client/v3/user/@me:hs/rooms/!marked:hs/account_data/m.marked_unread"
    ]
    assert 1 < server.most <= 4


# -- notification levels and keywords --------------------------------------------------------------


SERVER_RULES = {
    "global": {
        "override": [
            {"rule_id": ".m.rule.master", "default": True, "enabled": False, "conditions": [], "actions": []},
            {
                "rule_id": "!a:hs",
                "default": False,
                "enabled": True,
                "conditions": [{"kind": "event_match", "key": "room_id", "pattern": "!a:hs"}],
                "actions": [],
            },
        ],
        "content": [
            {
                "rule_id": "lunch",
                "pattern": "lunch",
                "default": False,
                "enabled": True,
                "actions": ["notify"],
            },
            {"rule_id": "cake", "pattern": "cake", "default": False, "enabled": True, "actions": ["notify"]},
            {
                "rule_id": ".m.rule.contains_user_name",
                "pattern": "me",
                "default": True,
                "enabled": True,
                "actions": ["notify"],
            },
        ],
        "room": [{"rule_id": "!b:hs", "default": False, "enabled": True, "actions": []}],
    }
}


def rules_server() -> ScriptedTransport:
    return (
        ScriptedTransport()
        .on("GET", f"{V3}/pushrules/", json_response(200, SERVER_RULES))
        .on("PUT", f"{V3}/pushrules/", json_response(200, {}))
        .on("DELETE", f"{V3}/pushrules/", not_found())
    )


def test_levels_are_read_from_the_cache_and_written_from_the_servers_rules(tmp_path: Path) -> None:
    transport = rules_server()

    async def body(session: Session) -> None:
        await ingest(session, sb.sync("s1", account_data=[{"type": "m.push_rules", "content": SERVER_RULES}]))
        assert [await session.notification_level(r) for r in (A, B, RoomId("!c:hs"))] == [
            "mute",
            "mentions",
            "all",
        ]
        await session.set_notification_level(A, "mentions")
        with pytest.raises(ValueError, match="loud"):
            await session.set_notification_level(A, "loud")

    run(tmp_path, transport, body)
    sent = [(m, p) for m, p in wire(transport) if m != "GET"]
    assert sent == [
        ("PUT", "/_matrix/client/v3/pushrules/global/room/!a:hs"),
        ("DELETE", "/_matrix/client/v3/pushrules/global/override/!a:hs"),
    ]
    assert orjson.loads(transport.requests[1].body or b"") == {"actions": []}


def test_keywords_are_the_users_content_rules_and_are_replaced_exactly(tmp_path: Path) -> None:
    transport = rules_server()

    async def body(session: Session) -> None:
        await ingest(session, sb.sync("s1", account_data=[{"type": "m.push_rules", "content": SERVER_RULES}]))
        assert await session.keywords() == ("lunch", "cake")
        kept = await session.set_keywords(
            [" tea ", "lunch", "tea", "", "a/b", ".dot", "back\\slash", "x" * 300]
        )
        assert kept == ("tea", "lunch")

    run(tmp_path, transport, body)
    sent = [(m, p) for m, p in wire(transport) if m != "GET"]
    assert sent == [
        ("PUT", "/_matrix/client/v3/pushrules/global/content/tea"),
        ("DELETE", "/_matrix/client/v3/pushrules/global/content/cake"),
    ]
    assert orjson.loads(transport.requests[1].body or b"") == {
        "pattern": "tea",
        "actions": [
            "notify",
            {"set_tweak": "sound", "value": "default"},
            {"set_tweak": "highlight", "value": False},
        ],
    }


# -- spaces -----------------------------------------------------------------------------------------


def test_space_hierarchy_validates_the_servers_rooms_and_stops_paging(tmp_path: Path) -> None:
    space = RoomId("!space:hs")
    page = {
        "rooms": [
            {"room_id": "!space:hs", "name": "The space", "room_type": "m.space", "num_joined_members": 3},
            {
                "room_id": "!a:hs",
                "name": "General\nchat",
                "topic": "t" * 2000,
                "canonical_alias": "#general:hs",
                "num_joined_members": 12,
                "avatar_url": "mxc://hs/abc",
            },
            {
                "room_id": "!sub:hs",
                "name": 5,
                "room_type": "m.space",
                "num_joined_members": -4,
                "canonical_alias": "general",
                "avatar_url": "https://evil/x.png",
            },
            {"room_id": "#notaroom:hs"},
            {"name": "no id"},
            "junk",
            {"room_id": "!a:hs", "name": "again"},
        ],
        "next_batch": "same",
    }
    transport = ScriptedTransport().on("GET", "/_matrix/client/v1/rooms/", json_response(200, page))

    async def body(session: Session) -> None:
        await ingest(session, sb.sync("s1", {A: sb.joined()}))
        found = await session.space_hierarchy(space)
        assert [(r.room_id, r.joined) for r in found] == [("!a:hs", True), ("!sub:hs", False)]
        general, sub = found
        assert (general.name, general.canonical_alias, general.num_joined_members) == (
            "General chat",
            "#general:hs",
            12,
        )
        assert len(general.topic) == 1000 and general.avatar_url == "mxc://hs/abc"
        assert (sub.name, sub.room_type, sub.num_joined_members, sub.canonical_alias, sub.avatar_url) == (
            "",
            "m.space",
            0,
            "",
            "",
        )

    run(tmp_path, transport, body)
    assert len(transport.requests) == 2  # the repeated token ends the paging
    query = urlsplit(transport.requests[1].url).query
    assert "from=same" in query and "max_depth=1" in query


# -- saved messages ---------------------------------------------------------------------------------


class AccountServer:
    """Account data kept for real, one room creation counted; the user is in every room made."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.created: list[dict[str, Any]] = []

    async def send(self, request: HttpRequest) -> HttpResponse:
        path = unquote(urlsplit(request.url).path)
        await asyncio.sleep(0.01)
        if path.endswith("/createRoom"):
            self.created.append(orjson.loads(request.body or b""))
            return json_response(200, {"room_id": f"!saved{len(self.created)}:hs"})
        if "/account_data/" in path and request.method == "PUT":
            self.data[path] = orjson.loads(request.body or b"")
            return json_response(200, {})
        if "/account_data/" in path:
            return json_response(200, self.data[path]) if path in self.data else not_found()
        if "/state/m.room.member/" in path:
            return json_response(200, {"membership": "join"} if "!saved" in path else {"membership": "leave"})
        return not_found()

    async def aclose(self) -> None:
        pass


def test_saved_messages_room_is_created_once_even_when_asked_twice_at_once(tmp_path: Path) -> None:
    server = AccountServer()

    async def body(session: Session) -> None:
        first, second = await asyncio.gather(session.saved_messages_room(), session.saved_messages_room())
        assert first == second == "!saved1:hs"

    run(tmp_path, server, body)
    [created] = server.created
    assert created["name"] == "Saved messages" and created["invite"] == []
    assert created["preset"] == "private_chat" and created["creation_content"] == {"m.federate": False}
    assert list(server.data.values()) == [{"room_id": "!saved1:hs"}]


def test_a_saved_messages_room_the_user_left_is_replaced(tmp_path: Path) -> None:
    server = AccountServer()

    async def body(session: Session) -> None:
        saved = {"type": "im.messenger-desktop.saved_messages", "content": {"room_id": "!old:hs"}}
        await ingest(session, sb.sync("s1", {RoomId("!old:hs"): sb.joined()}, account_data=[saved]))
        await ingest(session, sb.sync("s2", leave={"!old:hs": {"timeline": {"events": []}}}))
        assert await session.saved_messages_room() == "!saved1:hs"

    run(tmp_path, server, body)
    assert len(server.created) == 1
