"""``messenger-desktop --local``: a private Synapse on this computer with demo people and chats.

The server lives in its own directory (0700), apart from every profile. The first run registers the
demo people and seeds conversations with history; later runs reuse them. A second instance
(``--local --as bob``) finds the server already running and shares it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from ..api.client import Credentials, MatrixApi
from ..api.errors import ApiError
from ..api.ids import EventId, RoomId, TxnId, UserId
from ..api.transport import HttpxTransport
from ..session import credentials as keychain
from ..session.compose import edit_content, reaction_content, text_content
from ..session.outbox import new_txn_id
from ..session.profile import APP_NAME, Profile
from .accounts import register_user
from .config import ServerPaths, ensure_private_dir, write_private_file
from .demo_avatars import books, set_person_avatar, set_room_picture, tent
from .process import LocalSynapse, health_ok

SERVER_NAME = "localhost"

PEOPLE: dict[str, str] = {
    "alice": "Alice Martin",
    "bob": "Bob Okafor",
    "carol": "Carol Nguyen",
    "dave": "Dave Kowalski",
}

# (speaker, text) in order; the room's creator is the first speaker.
DIRECT_ALICE_BOB: Sequence[tuple[str, str]] = (
    ("bob", "Hey! Are we still on for Saturday?"),
    ("alice", "Yes! I booked the campsite by the lake 🏕️"),
    ("bob", "Perfect. Should I bring the big tent or the small one?"),
    ("alice", "The big one — Carol and Dave are coming too"),
    ("bob", "Great, more people to carry the cooler 😄"),
    ("alice", "I'll make a shopping list in the group"),
    ("bob", "Can you also check the weather? Last time it poured."),
    ("alice", "Sunny, 24°C, light wind. We're lucky this time"),
    ("bob", "👍"),
)
GROUP_TRIP: Sequence[tuple[str, str]] = (
    ("alice", "Welcome to the trip planning chat! 🎒"),
    ("carol", "So excited. What time do we leave?"),
    ("alice", "8:00 from my place, it's a 2-hour drive"),
    ("dave", "I can drive the second car"),
    ("bob", "I'm bringing the tent and the cooler"),
    ("carol", "I'll bring snacks and the board games"),
    ("dave", "Someone please bring a proper coffee maker this time"),
    ("alice", "On it ☕"),
    ("carol", "Shopping list so far:\n- bread\n- cheese\n- marshmallows\n- sunscreen"),
    ("bob", "Add firewood, the site doesn't sell it"),
    ("dave", "See you all on Saturday!"),
)
GROUP_BOOKS: Sequence[tuple[str, str]] = (
    ("carol", "This month's pick: “The Left Hand of Darkness”"),
    ("alice", "Oh, I've wanted to read that for ages"),
    ("carol", "Let's meet on the 28th to discuss?"),
    ("alice", "Works for me"),
)
DIRECT_ALICE_CAROL: Sequence[tuple[str, str]] = (
    ("carol", "Did you get my email about the book club?"),
    ("alice", "Just saw it, I'm in!"),
)


@dataclass
class LocalDemo:
    base_url: str
    credentials: Credentials
    profile: Profile
    server: LocalSynapse | None
    """Set when this process started the server (and so stops it); None when it was shared."""

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()


def demo_person(as_user: str) -> str:
    """``"Bob"``, ``"@bob:localhost"`` → ``"bob"``; ValueError for someone not in the demo."""
    name = as_user.lower().lstrip("@").split(":", 1)[0]
    if name not in PEOPLE:
        raise ValueError(f"There is no demo person called {as_user!r}; try one of: {', '.join(PEOPLE)}.")
    return name


def demo_profile(as_user: str, profiles: Path | None = None) -> Profile:
    """The profile a demo person uses (known before the server runs, so the window can open)."""
    base = profiles or Path(platformdirs.user_data_dir(APP_NAME)) / "profiles"
    return Profile.at(base / f"local-{demo_person(as_user)}")


def default_root() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "local-server"


async def start_demo(
    as_user: str = "alice", *, root: Path | None = None, profiles: Path | None = None
) -> LocalDemo:
    """Start (or join) the local server, make sure the demo exists, sign ``as_user`` in."""
    name = demo_person(as_user)
    base = root or default_root()
    loop = asyncio.get_running_loop()
    server, base_url = await loop.run_in_executor(None, _start_or_share, base / "synapse")
    try:
        passwords = await loop.run_in_executor(None, _ensure_people, base, server, base_url)
        if not (base / "seeded").exists():
            await _seed(base_url, passwords)
            write_private_file(base / "seeded", "1\n")
        profile = demo_profile(name, profiles)
        creds = await _sign_in(base_url, profile, name, passwords[name])
    except BaseException:
        if server is not None:
            await loop.run_in_executor(None, server.stop)
        raise
    return LocalDemo(base_url=base_url, credentials=creds, profile=profile, server=server)


def _start_or_share(server_dir: Path) -> tuple[LocalSynapse | None, str]:
    paths = ServerPaths(server_dir)
    try:
        port = json.loads(paths.state.read_text(encoding="utf-8")).get("port")
    except (OSError, ValueError):
        port = None
    if isinstance(port, int) and health_ok(f"http://127.0.0.1:{port}"):
        return None, f"http://127.0.0.1:{port}"
    server = LocalSynapse(server_dir, server_name=SERVER_NAME)
    server.start()
    return server, server.base_url


def _ensure_people(base: Path, server: LocalSynapse | None, base_url: str) -> dict[str, str]:
    ensure_private_dir(base)
    accounts = base / "demo-accounts.json"
    try:
        passwords: dict[str, str] = json.loads(accounts.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        passwords = {}
    if set(passwords) >= set(PEOPLE):
        return passwords
    shared_secret = (
        server or LocalSynapse(base / "synapse", server_name=SERVER_NAME)
    ).registration_shared_secret
    for localpart, display in PEOPLE.items():
        passwords.setdefault(localpart, secrets.token_urlsafe(18))
        register_user(base_url, shared_secret, localpart, passwords[localpart], displayname=display)
    write_private_file(accounts, json.dumps(passwords, indent=2) + "\n")
    return passwords


def user_id(localpart: str) -> UserId:
    return UserId(f"@{localpart}:{SERVER_NAME}")


async def _seed(base_url: str, passwords: dict[str, str]) -> None:
    transport = HttpxTransport()
    try:
        apis: dict[str, MatrixApi] = {}
        for person in PEOPLE:
            api = MatrixApi(base_url, transport)
            await api.login_password(person, passwords[person], device_name="demo seeding")
            apis[person] = api
            await set_person_avatar(api, user_id(person), person)

        directs: dict[str, dict[str, list[str]]] = {}

        async def room(creator: str, members: Sequence[str], *, name: str | None, direct: bool) -> RoomId:
            others = tuple(user_id(m) for m in members if m != creator)
            room_id = await apis[creator].create_room(
                name=name,
                invite=others,
                is_direct=direct,
                preset="trusted_private_chat" if direct else "private_chat",
            )
            for member in members:
                if member != creator:
                    await apis[member].join(room_id)
            if direct:
                other = next(m for m in members if m != creator)
                directs.setdefault(creator, {}).setdefault(user_id(other), []).append(room_id)
                directs.setdefault(other, {}).setdefault(user_id(creator), []).append(room_id)
            return room_id

        async def talk(room_id: RoomId, lines: Sequence[tuple[str, str]]) -> list[EventId]:
            sent = []
            for number, (speaker, text) in enumerate(lines):
                content = text_content(text)
                sent.append(await apis[speaker].send(room_id, "m.room.message", _txn(number), content))
            return sent

        async def act(speaker: str, room_id: RoomId, event_type: str, content: dict[str, Any]) -> EventId:
            return await apis[speaker].send(room_id, event_type, _txn(0), content)

        book_club = await room("carol", ("carol", "alice", "dave"), name="Book club", direct=False)
        await set_room_picture(apis["carol"], book_club, books(), "book-club.png")
        await talk(book_club, GROUP_BOOKS)
        carol_dm = await room("carol", ("carol", "alice"), name=None, direct=True)
        await talk(carol_dm, DIRECT_ALICE_CAROL)
        trip = await room("alice", ("alice", "bob", "carol", "dave"), name="Weekend trip", direct=False)
        await set_room_picture(apis["alice"], trip, tent(), "weekend-trip.png")
        said = await talk(trip, GROUP_TRIP)
        await liven_trip(act, trip, said)
        bob_dm = await room("bob", ("bob", "alice"), name=None, direct=True)
        said = await talk(bob_dm, DIRECT_ALICE_BOB)
        await act("bob", bob_dm, "m.reaction", reaction_content(said[7], "☀️"))
        await apis["bob"].receipt(bob_dm, said[-1])
        await apis["dave"].create_room(
            name="Board games night", invite=(user_id("alice"),), preset="private_chat"
        )
        for person, mapping in directs.items():  # m.direct is one map per person: write it whole
            await apis[person].set_account_data(user_id(person), "m.direct", mapping)
        for api in apis.values():
            await api.logout()
    finally:
        await transport.aclose()


Act = Callable[[str, RoomId, str, dict[str, Any]], Awaitable[EventId]]


async def liven_trip(act: Act, trip: RoomId, said: list[EventId]) -> None:
    """What a real group has besides messages: reactions, a reply, an edit, a thread, formatting."""
    for person, key in (("bob", "👍"), ("carol", "👍"), ("dave", "🚗")):
        await act(person, trip, "m.reaction", reaction_content(said[2], key))
    await act("alice", trip, "m.reaction", reaction_content(said[6], "😂"))
    await act("carol", trip, "m.reaction", reaction_content(said[6], "😂"))
    await act(
        "carol", trip, "m.room.message", text_content("I'll bring my **moka pot** ☕", reply_to=said[6])
    )
    fixed = edit_content(said[9], "Add firewood, the site doesn't sell it 🔥")
    await act("bob", trip, "m.room.message", fixed)
    for person, text in (("dave", "I'll get the marshmallows"), ("alice", "And I have sunscreen already")):
        await act(person, trip, "m.room.message", text_content(text, thread_root=said[8]))
    await act(
        "carol",
        trip,
        "m.room.message",
        text_content(
            "Checklist for Friday:\n1. charge the _lamps_\n2. pack the `first aid kit`\n3. ~~umbrella~~"
        ),
    )


def _txn(number: int) -> TxnId:
    return TxnId(f"{new_txn_id()}.{number}")


async def _sign_in(base_url: str, profile: Profile, name: str, password: str) -> Credentials:
    """Reuse the profile's stored session when it still works; otherwise sign in again on the same
    device. Without a secure keyring the session is kept in memory only."""
    try:
        stored = await keychain.load_async(profile.key)
    except keychain.NoSecureKeyring:
        stored = None
    transport = HttpxTransport()
    try:
        if stored is not None and stored.homeserver == base_url:
            try:
                await MatrixApi(base_url, transport, access_token=stored.access_token).whoami()
                return stored
            except ApiError:
                pass
        api = MatrixApi(base_url, transport)
        creds = await api.login_password(
            name,
            password,
            device_id=stored.device_id if stored else None,
            device_name="messenger-desktop (local demo)",
        )
    finally:
        await transport.aclose()
    with contextlib.suppress(keychain.NoSecureKeyring):
        await keychain.save_async(profile.key, creds)
    return creds
