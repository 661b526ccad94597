"""Making and arranging spaces: the contents sent, who may, a room's own space, and suggested rooms
in a space's hierarchy (pure builders; a scripted server with a real cache for the requests)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import orjson
import pytest

from messenger_desktop.api import MatrixError, RoomId
from messenger_desktop.power import Refusal, is_channel
from messenger_desktop.session.session import Session
from messenger_desktop.session.space_edit import (
    add_candidates,
    announcements_creation,
    canonical_parent,
    child_content,
    edit_refusal,
    parent_content,
    space_creation,
)
from messenger_desktop.session.spaces import children_suggested
from messenger_desktop.store.rows import RoomSummary
from tests.support import sync_builder as sb
from tests.support.fake_transport import ScriptedTransport, json_response
from tests.unit.session.test_organise import ingest, run

ME = sb.ME
SPACE = RoomId("!space:hs")
A = RoomId("!a:hs")
B = RoomId("!b:hs")
V3 = "/_matrix/client/v3"


def sent(transport: ScriptedTransport) -> list[tuple[str, str, Any]]:
    return [
        (r.method, unquote(urlsplit(r.url).path).removeprefix(V3), orjson.loads(r.body) if r.body else None)
        for r in transport.requests
    ]


def _room(
    room_id: str, levels: dict[str, Any], *, space: bool = False, extra: Sequence[Any] = ()
) -> dict[str, Any]:
    create = {"type": "m.space"} if space else {}
    return sb.joined(
        state_events=[
            sb.state("m.room.create", {**create, "room_version": "10"}, sender="@bob:hs"),
            sb.state("m.room.power_levels", levels),
            sb.member(ME),
            *extra,
        ]
    )


ADMIN_ONLY = {"users": {"@bob:hs": 100}, "events": {"m.space.child": 100}, "state_default": 50}
ME_ADMIN = {"users": {ME: 100}, "state_default": 50}


# -- pure builders ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("public", "preset", "visibility"), [(False, "private_chat", "private"), (True, "public_chat", "public")]
)
def test_a_space_is_created_with_its_type_and_only_admins_adding_rooms(
    public: bool, preset: str, visibility: str
) -> None:
    args = space_creation("  Climbers ", " ", public)
    assert args["name"] == "Climbers" and args["topic"] is None
    assert (args["preset"], args["visibility"]) == (preset, visibility)
    assert args["extra"]["creation_content"] == {"type": "m.space"}
    levels = args["extra"]["power_level_content_override"]
    assert levels["events_default"] == 100 and levels["events"]["m.space.child"] == 100
    assert levels["invite"] == (0 if public else 100)
    readable = [e for e in args["initial_state"] if e["type"] == "m.room.history_visibility"]
    assert bool(readable) is public


@pytest.mark.parametrize("public", [False, True])
def test_an_announcements_channel_is_read_by_the_space_and_names_it_its_parent(public: bool) -> None:
    args = announcements_creation(RoomId("!space:hs"), " News ", ["hs"], public)
    assert args["name"] == "News"
    assert is_channel(args["extra"]["power_level_content_override"])
    state = {(e["type"], e["state_key"]): e["content"] for e in args["initial_state"]}
    assert state[("m.space.parent", "!space:hs")] == {"via": ["hs"], "canonical": True}
    rule = state[("m.room.join_rules", "")]
    if public:
        assert rule == {"join_rule": "public"}
    else:  # the space's members join without an invitation, nobody else
        member = {"type": "m.room_membership", "room_id": "!space:hs"}
        assert rule == {"join_rule": "restricted", "allow": [member]}


def test_child_and_parent_contents() -> None:
    assert child_content(["hs"]) == {"via": ["hs"], "suggested": False}
    assert child_content(["hs", "hs"], True) == {"via": ["hs"], "suggested": True}
    # flipping keeps the servers and the order of the present link
    old = {"via": ["other", "hs"], "order": "b", "suggested": True}
    assert child_content(["hs"], False, old) == {"via": ["other", "hs"], "order": "b", "suggested": False}
    assert child_content(["hs"], True, {}) == {"via": ["hs"], "suggested": True}
    assert parent_content(["hs"]) == {"via": ["hs"], "canonical": True}


def test_what_can_be_added_leaves_out_the_space_its_rooms_direct_chats_and_invites() -> None:
    rooms = [
        RoomSummary(RoomId("!z:hs"), "join", "Zebra"),
        RoomSummary(RoomId("!s:hs"), "join", "Sub", is_space=True),
        RoomSummary(RoomId("!a:hs"), "join", "alpha"),
        RoomSummary(SPACE, "join", "The space", is_space=True),
        RoomSummary(RoomId("!in:hs"), "join", "Inside"),
        RoomSummary(RoomId("!dm:hs"), "join", "Bob", is_direct=True),
        RoomSummary(RoomId("!notes:hs"), "join", "Saved", saved_messages=True),
        RoomSummary(RoomId("!inv:hs"), "invite", "Invited"),
    ]
    found = [r.room_id for r in add_candidates(rooms, SPACE, ["!in:hs"])]
    assert found == ["!a:hs", "!z:hs", "!s:hs"]


def test_children_suggested_takes_only_a_true_flag() -> None:
    state = [
        {"type": "m.space.child", "state_key": "!a:hs", "content": {"via": ["hs"], "suggested": True}},
        {"type": "m.space.child", "state_key": "!b:hs", "content": {"via": ["hs"], "suggested": "yes"}},
        {"type": "m.space.child", "state_key": "!c:hs", "content": {"via": ["hs"]}},
        {"type": "m.room.name", "state_key": "!d:hs", "content": {"suggested": True}},
        {"type": "m.space.child", "state_key": 5, "content": {"suggested": True}},
        "junk",
    ]
    assert children_suggested(state) == {"!a:hs"}
    assert children_suggested(None) == set()


# -- against a scripted server and a real cache --------------------------------------------------


def test_rights_and_the_canonical_parent_come_from_the_cache(tmp_path: Path) -> None:
    parents = [
        sb.state("m.space.parent", {"via": ["hs"]}, state_key="!p1:hs"),
        sb.state("m.space.parent", {"via": ["hs"], "canonical": True}, state_key="!p2:hs"),
        sb.state("m.space.parent", {}, state_key="!gone:hs"),
    ]
    only = [sb.state("m.space.parent", {"via": ["hs"]}, state_key="!p1:hs")]

    async def body(session: Session) -> None:
        await ingest(
            session,
            sb.sync(
                "s1",
                {
                    SPACE: _room(SPACE, ADMIN_ONLY, space=True),
                    "!mine:hs": _room("!mine:hs", ME_ADMIN, space=True),
                    A: _room(A, ME_ADMIN, extra=parents),
                    B: _room(B, ME_ADMIN, extra=only),
                },
            ),
        )
        assert await session.db.run(edit_refusal, SPACE, ME) is Refusal.NO_RIGHT
        assert await session.db.run(edit_refusal, "!mine:hs", ME) is None
        assert await session.db.run(edit_refusal, "!unknown:hs", ME) is Refusal.NO_RIGHT
        assert await session.space_edit_refusal(SPACE) == "no_right"
        assert await session.space_edit_refusal(RoomId("!mine:hs")) == ""
        assert await session.db.run(canonical_parent, A) == "!p2:hs"
        assert await session.space_parent(B) == "!p1:hs"
        assert await session.space_parent(SPACE) == ""

    run(tmp_path, ScriptedTransport(), body)


def test_adding_and_removing_send_the_child_and_when_allowed_the_parent(tmp_path: Path) -> None:
    transport = ScriptedTransport().on("PUT", f"{V3}/rooms/", json_response(200, {"event_id": "$e"}))
    chan = {"users": {"@bob:hs": 100}, "state_default": 50}  # A is Bob's: no parent link there

    async def body(session: Session) -> None:
        await ingest(
            session,
            sb.sync(
                "s1", {SPACE: _room(SPACE, ME_ADMIN, space=True), A: _room(A, chan), B: _room(B, ME_ADMIN)}
            ),
        )
        await session.add_to_space(SPACE, A)
        await session.add_to_space(SPACE, B)
        await session.remove_from_space(SPACE, B)

    run(tmp_path, transport, body)
    assert sent(transport) == [
        ("PUT", f"/rooms/{SPACE}/state/m.space.child/{A}", {"via": ["hs"], "suggested": False}),
        ("PUT", f"/rooms/{SPACE}/state/m.space.child/{B}", {"via": ["hs"], "suggested": False}),
        ("PUT", f"/rooms/{B}/state/m.space.parent/{SPACE}", {"via": ["hs"], "canonical": True}),
        ("PUT", f"/rooms/{SPACE}/state/m.space.child/{B}", {}),
        ("PUT", f"/rooms/{B}/state/m.space.parent/{SPACE}", {}),
    ]


def test_a_refused_parent_link_is_let_go_but_a_refused_child_link_is_not(tmp_path: Path) -> None:
    forbidden = json_response(403, {"errcode": "M_FORBIDDEN", "error": "no"})
    transport = (
        ScriptedTransport()
        .on("PUT", f"{V3}/rooms/{quote(B)}/", forbidden)
        .on("PUT", f"{V3}/rooms/{quote(SPACE)}/state/m.space.child/{quote(A)}", forbidden)
        .on("PUT", f"{V3}/rooms/", json_response(200, {"event_id": "$e"}))
    )

    async def body(session: Session) -> None:
        await ingest(
            session, sb.sync("s1", {SPACE: _room(SPACE, ME_ADMIN, space=True), B: _room(B, ME_ADMIN)})
        )
        await session.add_to_space(SPACE, B)
        with pytest.raises(MatrixError):
            await session.add_to_space(SPACE, A)

    run(tmp_path, transport, body)
    assert [(m, p) for m, p, _ in sent(transport)] == [
        ("PUT", f"/rooms/{SPACE}/state/m.space.child/{B}"),
        ("PUT", f"/rooms/{B}/state/m.space.parent/{SPACE}"),
        ("PUT", f"/rooms/{SPACE}/state/m.space.child/{A}"),
    ]


def test_suggesting_sends_the_present_link_again_with_the_flag_flipped(tmp_path: Path) -> None:
    transport = (
        ScriptedTransport()
        .on(
            "GET",
            f"{V3}/rooms/{quote(SPACE)}/state/m.space.child/{quote(A)}",
            json_response(200, {"via": ["far"], "order": "x"}),
        )
        .on("PUT", f"{V3}/rooms/", json_response(200, {"event_id": "$e"}))
    )

    async def body(session: Session) -> None:
        await session.set_suggested(SPACE, A, True)

    run(tmp_path, transport, body)
    assert sent(transport)[-1] == (
        "PUT",
        f"/rooms/{SPACE}/state/m.space.child/{A}",
        {"via": ["far"], "order": "x", "suggested": True},
    )


def test_the_hierarchy_puts_suggested_rooms_first(tmp_path: Path) -> None:
    page = {
        "rooms": [
            {
                "room_id": SPACE,
                "room_type": "m.space",
                "children_state": [
                    {"type": "m.space.child", "state_key": A, "content": {"via": ["hs"]}},
                    {"type": "m.space.child", "state_key": B, "content": {"via": ["hs"], "suggested": True}},
                ],
            },
            {"room_id": A, "name": "First"},
            {"room_id": B, "name": "Second"},
        ]
    }
    transport = ScriptedTransport().on("GET", "/_matrix/client/v1/rooms/", json_response(200, page))

    async def body(session: Session) -> None:
        rooms = await session.space_hierarchy(SPACE)
        assert [(r.room_id, r.suggested) for r in rooms] == [(B, True), (A, False)]

    run(tmp_path, transport, body)


def test_setting_a_rooms_space_moves_it_from_the_old_one(tmp_path: Path) -> None:
    transport = ScriptedTransport().on("PUT", f"{V3}/rooms/", json_response(200, {"event_id": "$e"}))
    old = RoomId("!old:hs")
    link = [sb.state("m.space.parent", {"via": ["hs"], "canonical": True}, state_key=old)]

    async def body(session: Session) -> None:
        await ingest(
            session,
            sb.sync(
                "s1",
                {
                    SPACE: _room(SPACE, ME_ADMIN, space=True),
                    old: _room(old, ADMIN_ONLY, space=True),
                    A: _room(A, ME_ADMIN, extra=link),
                },
            ),
        )
        await session.set_space_parent(A, SPACE)

    run(tmp_path, transport, body)
    assert sent(transport) == [
        ("PUT", f"/rooms/{A}/state/m.space.parent/{SPACE}", {"via": ["hs"], "canonical": True}),
        ("PUT", f"/rooms/{A}/state/m.space.parent/{old}", {}),  # not admin of the old space: no child change
        ("PUT", f"/rooms/{SPACE}/state/m.space.child/{A}", {"via": ["hs"], "suggested": False}),
    ]
