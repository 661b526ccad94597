"""A space's rooms carry the servers to join them through; joining and forgetting send what the
spec defines (scripted server, real cache)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from messenger_desktop.api import MatrixError, RoomId
from messenger_desktop.session.session import Session
from messenger_desktop.session.spaces import children_via
from tests.support import sync_builder as sb
from tests.support.fake_transport import ScriptedTransport, json_response
from tests.unit.session.test_organise import ingest, run, wire

SPACE = RoomId("!space:hs")
A = RoomId("!a:hs")


def test_children_via_keeps_only_plausible_server_names() -> None:
    state = [
        {
            "type": "m.space.child",
            "state_key": "!a:hs",
            "content": {"via": ["hs", "b/ad", "h:8448", "hs", 3]},
        },
        {"type": "m.space.child", "state_key": "!b:hs", "content": {"via": "hs"}},
        {"type": "m.room.name", "state_key": "!c:hs", "content": {"via": ["hs"]}},
        {"type": "m.space.child", "state_key": "!d:hs", "content": {"via": [f"s{i}" for i in range(50)]}},
        "junk",
    ]
    found = children_via(state)
    assert found["!a:hs"] == ("hs", "h:8448")
    assert "!b:hs" not in found and "!c:hs" not in found
    assert len(found["!d:hs"]) == 10
    assert children_via("not a list") == {}


def test_a_space_room_is_joined_through_the_servers_the_space_names(tmp_path: Path) -> None:
    page = {
        "rooms": [
            {
                "room_id": SPACE,
                "room_type": "m.space",
                "children_state": [
                    {
                        "type": "m.space.child",
                        "state_key": "!far:other",
                        "content": {"via": ["other", "third"]},
                    }
                ],
            },
            {"room_id": "!far:other", "name": "Far away"},
        ]
    }
    transport = (
        ScriptedTransport()
        .on("GET", "/_matrix/client/v1/rooms/", json_response(200, page))
        .on("POST", "/_matrix/client/v3/join/", json_response(200, {"room_id": "!far:other"}))
    )

    async def body(session: Session) -> None:
        [far] = await session.space_hierarchy(SPACE)
        assert far.via == ("other", "third")
        assert await session.join(far.room_id, far.via) == "!far:other"

    run(tmp_path, transport, body)
    join = transport.requests[-1]
    assert parse_qs(urlsplit(join.url).query)["via"] == ["other", "third"]


def test_forgetting_asks_the_server_first_and_keeps_the_cache_if_refused(tmp_path: Path) -> None:
    refused = ScriptedTransport().on(
        "POST", "/", json_response(403, {"errcode": "M_FORBIDDEN", "error": "no"})
    )

    async def refused_body(session: Session) -> None:
        await ingest(session, sb.sync("s1", {A: sb.joined([sb.member(sb.ME), sb.message("hi")])}))
        leave = {A: {"timeline": {"events": [sb.member(sb.ME, membership="leave")]}}}
        await ingest(session, sb.sync("s2", leave=leave))
        with pytest.raises(MatrixError):
            await session.forget_room(A)
        assert [r.room_id for r in await session.archived_rooms()] == [A]

    run(tmp_path / "one", refused, refused_body)

    agreed = ScriptedTransport().on("POST", "/", json_response(200, {}))

    async def agreed_body(session: Session) -> None:
        await ingest(session, sb.sync("s1", {A: sb.joined([sb.member(sb.ME), sb.message("hi")])}))
        leave = {A: {"timeline": {"events": [sb.member(sb.ME, membership="leave")]}}}
        await ingest(session, sb.sync("s2", leave=leave))
        assert await session.forget_room(A) is True
        assert await session.archived_rooms() == []
        assert await session.room(A) is None

    run(tmp_path / "two", agreed, agreed_body)
    assert wire(agreed) == [("POST", "/_matrix/client/v3/rooms/!a:hs/forget")]
