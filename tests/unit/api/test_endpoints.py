"""Each endpoint sends the method, path and body the spec defines (against a scripted transport)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import pytest

from messenger_desktop.api import EventId, MatrixApi, RoomId, TxnId, UserId
from tests.support.fake_transport import ScriptedTransport, json_response

R = RoomId("!room:hs")
U = UserId("@u:hs")
E = EventId("$ev")
V3 = "/_matrix/client/v3"

ANSWER = {
    "user_id": "@u:hs",
    "device_id": "D",
    "access_token": "tok",
    "room_id": "!room:hs",
    "event_id": "$new",
    "filter_id": "f1",
    "chunk": [],
    "start": "s",
    "joined": {},
}

CASES: list[tuple[str, Callable[[MatrixApi], Awaitable[Any]], str, str, dict[str, Any] | None]] = [
    ("login", lambda a: a.login_password("u", "pw"), "POST", f"{V3}/login", {"type": "m.login.password"}),
    (
        "register",
        lambda a: a.register("u", "pw"),
        "POST",
        f"{V3}/register",
        {"auth": {"type": "m.login.dummy"}},
    ),
    ("logout", lambda a: a.logout(), "POST", f"{V3}/logout", {}),
    ("whoami", lambda a: a.whoami(), "GET", f"{V3}/account/whoami", None),
    ("filter", lambda a: a.upload_filter(U, {"x": 1}), "POST", f"{V3}/user/%40u%3Ahs/filter", {"x": 1}),
    (
        "createRoom",
        lambda a: a.create_room(name="N", invite=(U,), is_direct=True),
        "POST",
        f"{V3}/createRoom",
        {"name": "N", "invite": ["@u:hs"], "is_direct": True},
    ),
    ("invite", lambda a: a.invite(R, U), "POST", f"{V3}/rooms/%21room%3Ahs/invite", {"user_id": "@u:hs"}),
    ("join", lambda a: a.join("#alias:hs"), "POST", f"{V3}/join/%23alias%3Ahs", {}),
    ("leave", lambda a: a.leave(R), "POST", f"{V3}/rooms/%21room%3Ahs/leave", {}),
    (
        "send",
        lambda a: a.send(R, "m.room.message", TxnId("t1"), {"body": "x"}),
        "PUT",
        f"{V3}/rooms/%21room%3Ahs/send/m.room.message/t1",
        {"body": "x"},
    ),
    (
        "state",
        lambda a: a.send_state(R, "m.room.topic", "", {"topic": "t"}),
        "PUT",
        f"{V3}/rooms/%21room%3Ahs/state/m.room.topic/",
        {"topic": "t"},
    ),
    (
        "get state",
        lambda a: a.state_event(R, "m.room.name"),
        "GET",
        f"{V3}/rooms/%21room%3Ahs/state/m.room.name/",
        None,
    ),
    ("messages", lambda a: a.messages(R, from_token="tok"), "GET", f"{V3}/rooms/%21room%3Ahs/messages", None),
    ("profile", lambda a: a.get_profile(U), "GET", f"{V3}/profile/%40u%3Ahs", None),
    (
        "displayname",
        lambda a: a.set_displayname(U, "Me"),
        "PUT",
        f"{V3}/profile/%40u%3Ahs/displayname",
        {"displayname": "Me"},
    ),
    ("receipt", lambda a: a.receipt(R, E), "POST", f"{V3}/rooms/%21room%3Ahs/receipt/m.read/%24ev", {}),
    (
        "read markers",
        lambda a: a.read_markers(R, fully_read=E, read=E),
        "POST",
        f"{V3}/rooms/%21room%3Ahs/read_markers",
        {"m.fully_read": "$ev", "m.read": "$ev"},
    ),
    (
        "typing",
        lambda a: a.typing(R, U, True, 3000),
        "PUT",
        f"{V3}/rooms/%21room%3Ahs/typing/%40u%3Ahs",
        {"typing": True, "timeout": 3000},
    ),
    (
        "account data",
        lambda a: a.set_account_data(U, "m.direct", {}),
        "PUT",
        f"{V3}/user/%40u%3Ahs/account_data/m.direct",
        {},
    ),
    ("joined members", lambda a: a.joined_members(R), "GET", f"{V3}/rooms/%21room%3Ahs/joined_members", None),
    ("sync", lambda a: a.sync_raw(since="s1", filter_="f1", timeout_ms=0), "GET", f"{V3}/sync", None),
]


@pytest.mark.parametrize(
    ("call", "method", "path", "body"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_endpoint_request_shape(
    call: Callable[[MatrixApi], Awaitable[Any]], method: str, path: str, body: dict[str, Any] | None
) -> None:
    transport = ScriptedTransport().on(method, "/", json_response(200, ANSWER))
    asyncio.run(call(MatrixApi("https://hs", transport, access_token="tok")))
    request = transport.requests[0]
    assert request.method == method
    assert request.url.split("?")[0] == "https://hs" + path
    if body is None:
        assert request.body is None
    else:
        sent = orjson.loads(request.body or b"{}")
        assert {k: sent.get(k) for k in body} == body


def test_room_state_endpoint_returns_the_list() -> None:
    transport = ScriptedTransport().on(
        "GET", f"{V3}/rooms/", json_response(200, [{"type": "m.room.create"}, "junk"])
    )
    state = asyncio.run(MatrixApi("https://hs", transport, access_token="t").room_state(R))
    assert state == [{"type": "m.room.create"}]
