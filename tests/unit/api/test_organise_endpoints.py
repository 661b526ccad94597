"""The endpoints for organising conversations send what the spec defines (scripted transport)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import pytest

from messenger_desktop.api import MatrixApi, MatrixError, RoomId, UserId
from tests.support.fake_transport import ScriptedTransport, json_response

R = RoomId("!room:hs")
U = UserId("@u:hs")
V1 = "/_matrix/client/v1"
V3 = "/_matrix/client/v3"
ROOM_DATA = f"{V3}/user/%40u%3Ahs/rooms/%21room%3Ahs"

CASES: list[tuple[str, Callable[[MatrixApi], Awaitable[Any]], str, str, dict[str, Any] | None]] = [
    ("tag", lambda a: a.set_room_tag(U, R, "m.favourite"), "PUT", f"{ROOM_DATA}/tags/m.favourite", {}),
    (
        "tag with order",
        lambda a: a.set_room_tag(U, R, "u.work", 0.25),
        "PUT",
        f"{ROOM_DATA}/tags/u.work",
        {"order": 0.25},
    ),
    (
        "untag",
        lambda a: a.delete_room_tag(U, R, "m.lowpriority"),
        "DELETE",
        f"{ROOM_DATA}/tags/m.lowpriority",
        None,
    ),
    (
        "room account data",
        lambda a: a.set_room_account_data(U, R, "m.marked_unread", {"unread": True}),
        "PUT",
        f"{ROOM_DATA}/account_data/m.marked_unread",
        {"unread": True},
    ),
    (
        "get account data",
        lambda a: a.account_data(U, "x.y"),
        "GET",
        f"{V3}/user/%40u%3Ahs/account_data/x.y",
        None,
    ),
    ("push rules", lambda a: a.push_rules(), "GET", f"{V3}/pushrules/", None),
    (
        "put push rule",
        lambda a: a.put_push_rule("override", "!room:hs", {"actions": []}),
        "PUT",
        f"{V3}/pushrules/global/override/%21room%3Ahs",
        {"actions": []},
    ),
    (
        "delete push rule",
        lambda a: a.delete_push_rule("content", "a/b"),
        "DELETE",
        f"{V3}/pushrules/global/content/a%2Fb",
        None,
    ),
    ("hierarchy", lambda a: a.hierarchy(R), "GET", f"{V1}/rooms/%21room%3Ahs/hierarchy", None),
    ("forget", lambda a: a.forget(R), "POST", f"{V3}/rooms/%21room%3Ahs/forget", {}),
]


@pytest.mark.parametrize(
    ("call", "method", "path", "body"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_endpoint_request_shape(
    call: Callable[[MatrixApi], Awaitable[Any]], method: str, path: str, body: dict[str, Any] | None
) -> None:
    transport = ScriptedTransport().on(method, "/", json_response(200, {}))
    asyncio.run(call(MatrixApi("https://hs", transport, access_token="tok")))
    request = transport.requests[0]
    assert (request.method, request.url.split("?")[0]) == (method, "https://hs" + path)
    if body is None:
        assert request.body is None
    else:
        assert orjson.loads(request.body or b"") == body


def test_missing_account_data_is_none_and_other_errors_raise() -> None:
    transport = (
        ScriptedTransport()
        .on("GET", f"{V3}/user/%40u%3Ahs/account_data/none", json_response(404, {"errcode": "M_NOT_FOUND"}))
        .on("GET", "/", json_response(403, {"errcode": "M_FORBIDDEN"}))
    )
    api = MatrixApi("https://hs", transport, access_token="tok")
    assert asyncio.run(api.account_data(U, "none")) is None
    with pytest.raises(MatrixError):
        asyncio.run(api.account_data(U, "other"))


def test_hierarchy_page_keeps_objects_and_a_usable_token() -> None:
    transport = ScriptedTransport().on(
        "GET",
        "/",
        json_response(200, {"rooms": [{"room_id": "!a:hs"}, "junk", 3], "next_batch": ""}),
        json_response(200, {"rooms": "nope", "next_batch": "t2"}),
    )
    api = MatrixApi("https://hs", transport, access_token="tok")
    first = asyncio.run(api.hierarchy(R, limit=10, max_depth=2))
    assert (first.rooms, first.next_batch) == (({"room_id": "!a:hs"},), None)
    second = asyncio.run(api.hierarchy(R, from_="t1"))
    assert (second.rooms, second.next_batch) == ((), "t2")
    queries = [r.url.split("?")[1] for r in transport.requests]
    assert queries == ["limit=10&max_depth=2", "from=t1&limit=50&max_depth=1"]


def test_turn_servers_keep_only_relay_uris_and_typed_fields() -> None:
    transport = ScriptedTransport().on(
        "GET",
        f"{V3}/voip/turnServer",
        json_response(
            200,
            {
                "uris": [
                    "turn:turn.example.org:3478?transport=udp",
                    "http://evil",
                    7,
                    "stun:s.example.org",
                    "stun:s.example.org",
                ],
                "username": "1443779631:@user:example.com",
                "password": "JlKfBy1QwLrO20385QyAtEyIv0=",
                "ttl": 86400,
            },
        ),
        json_response(200, {}),
        json_response(200, {"uris": "turn:x", "username": 5, "ttl": True}),
    )
    api = MatrixApi("https://hs", transport, access_token="tok")
    servers = asyncio.run(api.turn_servers())
    assert servers.uris == ("turn:turn.example.org:3478?transport=udp", "stun:s.example.org")
    assert (servers.username, servers.ttl) == ("1443779631:@user:example.com", 86400)
    for _ in range(2):  # no TURN configured, and nonsense: nothing to use
        empty = asyncio.run(api.turn_servers())
        assert (empty.uris, empty.username, empty.password, empty.ttl) == ((), "", "", 0)
