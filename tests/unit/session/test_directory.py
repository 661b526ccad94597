"""The public room directory and joining by address: what goes on the wire, and every field of
the server's answer checked and cut (scripted server, real cache)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import orjson
import pytest

from messenger_desktop.api import MatrixError, RoomId
from messenger_desktop.session.directory import (
    Address,
    PublicRoom,
    join_target,
    parse_address,
    public_room,
    refusal,
    server_name,
)
from messenger_desktop.session.session import Session
from messenger_desktop.session.spaces import SpaceRoom
from tests.support import sync_builder as sb
from tests.support.fake_transport import ScriptedTransport, json_response
from tests.unit.session.test_organise import ingest, run

A = RoomId("!a:hs")


def _room(room_id: str = "!r:hs", alias: str = "", rule: str = "public") -> PublicRoom:
    return PublicRoom(SpaceRoom(RoomId(room_id), "Room", "", alias, 3, "", False), rule)


# -- parsing -----------------------------------------------------------------------------------------


def test_a_listed_room_keeps_only_valid_fields_cut_to_size() -> None:
    room = public_room(
        {
            "room_id": "!r:hs",
            "name": "Climbing\n  club" + "x" * 500,
            "topic": "Ropes\u0000 and " + "y" * 5000,
            "canonical_alias": "not-an-alias",
            "num_joined_members": 2**40,
            "avatar_url": "https://evil.example/pic.png",
            "join_rule": "knock",
            "room_type": None,
            "membership": "owner",
        }
    )
    assert room is not None
    assert room.room.name.startswith("Climbing club") and len(room.room.name) <= 255
    assert "\n" not in room.room.name
    assert len(room.room.topic) <= 1000
    assert room.room.canonical_alias == ""
    assert room.room.num_joined_members == 0
    assert room.room.avatar_url == ""  # never a remote http load
    assert room.join_rule == "knock" and room.may_knock
    assert room.membership == ""


def test_a_listed_room_without_a_room_id_or_with_junk_is_dropped_and_odd_values_are_blank() -> None:
    assert public_room({"name": "no id"}) is None
    assert public_room({"room_id": "not-a-room"}) is None
    assert public_room({"room_id": "!" + "x" * 300}) is None
    odd = public_room(
        {
            "room_id": "!r:hs",
            "name": 5,
            "num_joined_members": True,
            "join_rule": "anything",
            "avatar_url": "mxc://hs/abc",
            "canonical_alias": "#club:hs",
        }
    )
    assert odd is not None
    assert (odd.room.name, odd.room.num_joined_members, odd.join_rule) == ("", 0, "")
    assert odd.room.avatar_url == "mxc://hs/abc" and odd.room.canonical_alias == "#club:hs"
    assert not odd.may_knock


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("#club:example.org", Address("#club:example.org")),
        ("  #club:example.org ", Address("#club:example.org")),
        ("!abc:example.org", Address("!abc:example.org")),
        ("https://matrix.to/#/%23club:example.org", Address("#club:example.org")),
        (
            "https://matrix.to/#/!abc:example.org?via=a.org&via=b.org",
            Address("!abc:example.org", ("a.org", "b.org")),
        ),
        ("https://matrix.to/#/!abc:example.org/$event?via=a.org", Address("!abc:example.org", ("a.org",))),
        ("matrix:r/club:example.org", Address("#club:example.org")),
        ("climbing", None),
        ("#club", None),  # no server: a search for "#club"
        ("#club:bad server", None),
        ("@alice:example.org", None),
        ("https://matrix.to/#/@alice:example.org", None),
        ("https://example.org/#/#club:example.org", None),
        ("", None),
    ],
)
def test_an_address_is_recognised_only_when_it_is_one_whole_room_address(
    typed: str, expected: Address | None
) -> None:
    assert parse_address(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("matrix.org", "matrix.org"),
        (" Matrix.ORG ", "matrix.org"),
        ("https://matrix.org/", "matrix.org"),
        ("localhost:8448", "localhost:8448"),
        ("[::1]:8448", "[::1]:8448"),
        ("", ""),
        ("matrix.org/path", None),
        ("bad server", None),
        ("a" * 300, None),
    ],
)
def test_the_server_field_accepts_server_names_and_a_pasted_web_address(
    typed: str, expected: str | None
) -> None:
    assert server_name(typed) == expected


def test_a_room_is_joined_by_its_address_else_by_id_through_the_listing_server() -> None:
    assert join_target(_room(alias="#club:hs"), "other.org") == ("#club:hs", ())
    assert join_target(_room("!r:hs"), "other.org") == ("!r:hs", ("other.org", "hs"))
    assert join_target(_room("!r:hs"), "") == ("!r:hs", ("hs",))
    assert join_target(_room("!opaque"), "") == ("!opaque", ())  # room version 12: no server in the id


def test_a_refused_join_is_told_apart_by_the_servers_answer() -> None:
    def error(status: int, errcode: str, message: str) -> MatrixError:
        return MatrixError(status, errcode, message)

    assert refusal(error(404, "M_NOT_FOUND", "Room alias #x:hs not found")) == "not_found"
    assert refusal(error(403, "M_FORBIDDEN", "You are banned from this room")) == "banned"
    assert refusal(error(403, "M_BAD_STATE", "Cannot join user who was banned")) == "banned"
    assert refusal(error(403, "M_FORBIDDEN", "You are not invited to this room.")) == "invite_only"
    assert refusal(error(403, "M_FORBIDDEN", "Nope"), "invite") == "invite_only"
    assert refusal(error(403, "M_FORBIDDEN", "Nope"), "public") == ""
    assert refusal(error(429, "M_LIMIT_EXCEEDED", "slow down")) == ""


# -- against a scripted server ------------------------------------------------------------------


def test_a_directory_page_is_searched_on_the_chosen_server_and_marks_joined_rooms(tmp_path: Path) -> None:
    page = {
        "chunk": [
            {"room_id": A, "name": "Mine", "num_joined_members": 2},
            {"room_id": "!b:hs", "name": "Theirs", "join_rule": "knock"},
            {"room_id": "!b:hs", "name": "Theirs again"},
            {"name": "no id"},
            "junk",
        ]
        + [{"room_id": f"!x{i}:hs"} for i in range(100)],
        "next_batch": "p2",
        "total_room_count_estimate": 102,
    }
    transport = ScriptedTransport().on("POST", "/_matrix/client/v3/publicRooms", json_response(200, page))

    async def body(session: Session) -> None:
        await ingest(session, sb.sync("s1", {A: sb.joined([sb.member(sb.ME)])}))
        found = await session.public_rooms("other.org", "  climbing   club ", "p1", 30)
        assert len(found.rooms) == 30  # never more than asked for, whatever the server sends
        mine, theirs = found.rooms[0], found.rooms[1]
        assert (mine.room.room_id, mine.room.joined) == (A, True)
        assert (theirs.room.name, theirs.room.joined, theirs.may_knock) == ("Theirs", False, True)
        assert (found.next_batch, found.total) == ("p2", 102)

    run(tmp_path, transport, body)
    [request] = transport.requests
    assert parse_qs(urlsplit(request.url).query) == {"server": ["other.org"]}
    assert request.body is not None
    assert orjson.loads(request.body) == {
        "limit": 30,
        "since": "p1",
        "filter": {"generic_search_term": "climbing club"},
    }


def test_the_own_servers_directory_is_asked_without_a_server_and_an_end_without_a_token(
    tmp_path: Path,
) -> None:
    transport = ScriptedTransport().on(
        "POST", "/_matrix/client/v3/publicRooms", json_response(200, {"chunk": "nope", "next_batch": 5})
    )

    async def body(session: Session) -> None:
        found = await session.public_rooms()
        assert (found.rooms, found.next_batch, found.total) == ((), None, None)

    run(tmp_path, transport, body)
    [request] = transport.requests
    assert urlsplit(request.url).query == ""
    assert request.body is not None and orjson.loads(request.body) == {"limit": 30}


def test_an_address_is_looked_up_through_the_room_summary(tmp_path: Path) -> None:
    summary = {"room_id": "!k:hs", "name": "Knockers", "join_rule": "knock", "membership": "knock"}
    transport = ScriptedTransport().on("GET", "/_matrix/client/v1/room_summary/", json_response(200, summary))

    async def body(session: Session) -> None:
        room = await session.look_up_address(Address("#knock:hs", ("hs",)))
        assert (room.room.room_id, room.room.name, room.room.canonical_alias) == (
            "!k:hs",
            "Knockers",
            "#knock:hs",
        )
        assert room.may_knock and room.membership == "knock"

    run(tmp_path, transport, body)
    [request] = transport.requests
    assert unquote(urlsplit(request.url).path) == "/_matrix/client/v1/room_summary/#knock:hs"
    assert parse_qs(urlsplit(request.url).query) == {"via": ["hs"]}


def test_an_invite_only_room_is_still_found_by_its_alias_and_an_unknown_alias_is_not(tmp_path: Path) -> None:
    hidden = json_response(404, {"errcode": "M_NOT_FOUND", "error": "Room not found or is not accessible"})
    transport = (
        ScriptedTransport()
        .on("GET", "/_matrix/client/v1/room_summary/", hidden)
        .on(
            "GET",
            "/_matrix/client/v3/directory/room/",
            json_response(200, {"room_id": "!secret:hs", "servers": ["hs"]}),
            json_response(404, {"errcode": "M_NOT_FOUND", "error": "Room alias not found"}),
        )
    )

    async def body(session: Session) -> None:
        room = await session.look_up_address(Address("#secret:hs"))
        assert (room.room.room_id, room.room.name, room.room.canonical_alias) == (
            "!secret:hs",
            "",
            "#secret:hs",
        )
        assert room.join_rule == ""
        with pytest.raises(MatrixError) as raised:
            await session.look_up_address(Address("#nobody:hs"))
        assert refusal(raised.value) == "not_found"

    run(tmp_path, transport, body)


def test_asking_to_join_sends_the_reason_and_the_servers(tmp_path: Path) -> None:
    transport = ScriptedTransport().on(
        "POST", "/_matrix/client/v3/knock/", json_response(200, {"room_id": "!k:hs"})
    )

    async def body(session: Session) -> None:
        await session.knock("#knock:hs", "I climb too", ("hs", "other.org"))
        await session.knock("!k:hs")

    run(tmp_path, transport, body)
    first, second = transport.requests
    assert unquote(urlsplit(first.url).path) == "/_matrix/client/v3/knock/#knock:hs"
    assert parse_qs(urlsplit(first.url).query) == {"via": ["hs", "other.org"]}
    assert first.body is not None and orjson.loads(first.body) == {"reason": "I climb too"}
    assert second.body is not None and orjson.loads(second.body) == {}
