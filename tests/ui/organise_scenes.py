"""Believable data for the screenshots of the archive and the space browser: conversations Alice
left (and one she was banned from), and a club's space with rooms she is and is not in."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.session.compose import text_content

Lines = tuple[tuple[str, str], ...]

FLAT_HUNTING: Lines = (
    ("carol", "Found one near the park: two bedrooms, balcony, 5 min to the tram 🏡"),
    ("bob", "Viewing on Saturday at 11?"),
    ("alice", "Saturday works. I'll bring the checklist"),
    ("alice", "We signed! Thank you all for the tips"),
    ("carol", "Congrats!! 🎉 Housewarming when?"),
)
MARATHON: Lines = (
    ("bob", "Long run on Sunday: 28 km along the river"),
    ("alice", "My knee says no, I'm out for this season"),
)
OFFICE: Lines = (("dave", "This chat is being archived, please move to the new workspace"),)
BOULDERING: Lines = (
    ("bob", "Tuesday session moved to 19:30, the wall is being reset before"),
    ("alice", "See you there 🧗"),
)


async def _with_apis(
    people: dict[str, Credentials], work: Callable[[dict[str, MatrixApi]], Awaitable[Any]]
) -> Any:
    transport = HttpxTransport()
    try:
        apis = {n: MatrixApi(c.homeserver, transport, access_token=c.access_token) for n, c in people.items()}
        return await work(apis)
    finally:
        await transport.aclose()


async def _room(
    apis: dict[str, MatrixApi],
    people: dict[str, Credentials],
    creator: str,
    name: str,
    members: tuple[str, ...],
    lines: Lines,
    **extra: Any,
) -> RoomId:
    room = await apis[creator].create_room(
        name=name,
        invite=tuple(people[m].user_id for m in members),
        preset="private_chat",
        extra=extra or None,
    )
    for member in members:
        await apis[member].join(room)
    for number, (who, text) in enumerate(lines):
        await apis[who].send(room, "m.room.message", f"scene-{room}-{number}", text_content(text))
    return room


async def archive_rooms(people: dict[str, Credentials]) -> dict[str, RoomId]:
    """Three conversations Alice is still in (she leaves two later, and is banned from one)."""

    async def work(apis: dict[str, MatrixApi]) -> dict[str, RoomId]:
        return {
            "flat": await _room(apis, people, "carol", "Flat hunting 2023", ("alice", "bob"), FLAT_HUNTING),
            "marathon": await _room(apis, people, "bob", "Marathon training", ("alice",), MARATHON),
            "office": await _room(apis, people, "dave", "Old office chat", ("alice",), OFFICE),
        }

    result: dict[str, RoomId] = await _with_apis(people, work)
    return result


async def leave_and_ban(people: dict[str, Credentials], rooms: dict[str, RoomId]) -> None:
    async def work(apis: dict[str, MatrixApi]) -> None:
        await apis["alice"].leave(rooms["marathon"])
        await apis["alice"].leave(rooms["flat"])
        path = f"/_matrix/client/v3/rooms/{rooms['office']}/ban"
        await apis["dave"].request("POST", path, body={"user_id": people["alice"].user_id})

    await _with_apis(people, work)


async def climbing_club(people: dict[str, Credentials]) -> tuple[RoomId, dict[str, RoomId]]:
    """Bob's club space: Alice is in the space and one of its rooms; the others are open to her."""

    async def work(apis: dict[str, MatrixApi]) -> tuple[RoomId, dict[str, RoomId]]:
        rooms = {
            "bouldering": await _room(
                apis, people, "bob", "Bouldering Tuesdays", ("alice", "carol"), BOULDERING
            ),
        }
        bob = apis["bob"]
        public: tuple[tuple[str, str, str, tuple[str, ...], bool], ...] = (
            ("gear", "Gear swap", "Buy, sell and lend ropes, shoes and harnesses", ("carol", "dave"), False),
            ("beta", "Route beta", "Spoilers for the new routes at the gym", ("dave",), False),
            ("trips", "Weekend trips", "Crags, huts and car shares outside the city", ("carol",), True),
        )
        for key, name, topic, members, is_space in public:
            extra: dict[str, Any] = {"topic": topic}
            if is_space:
                extra["creation_content"] = {"type": "m.space"}
            rooms[key] = await bob.create_room(name=name, preset="public_chat", extra=extra)
            for member in members:
                await apis[member].join(rooms[key])
        space = await bob.create_room(
            name="Climbing club",
            invite=(people["alice"].user_id,),
            preset="private_chat",
            extra={"creation_content": {"type": "m.space"}, "topic": "The Thursday climbers"},
        )
        server = people["bob"].user_id.split(":", 1)[1]
        for order, key in enumerate(("bouldering", "gear", "beta", "trips")):
            await bob.send_state(space, "m.space.child", rooms[key], {"via": [server], "order": str(order)})
        await apis["alice"].join(space)
        return space, rooms

    result: tuple[RoomId, dict[str, RoomId]] = await _with_apis(people, work)
    return result
