"""Seed a real local Synapse with a measures.md profile, once, and restore it for each run.

    .venv/bin/python bench/seed_synapse.py --profile large [--dir /tmp/bench/synapse-large]

Creating 1,000 conversations with their history through the client-server API takes minutes, so
the server directory (database, keys, media) is kept as a snapshot: :func:`snapshot` seeds it the
first time and returns it afterwards; :func:`restore` copies it for one run, so every run starts
from the same server state (no sliding-sync connections, devices or read markers of earlier runs).

The profile follows measures.md: **large** is 1,000 rooms — 100 direct chats, 20 rooms with 500
messages, the rest with about 20 — with replies, edits and reactions among the messages and 2–50
members per room (most rooms small, a few big); **small** is 50 rooms × 50 messages. The account
the client signs in to is ``@me:localhost``; the others are ``@p000…`` people who write. Which room
is the most recent is recorded in the snapshot's ``seed.json`` (the room list's first row).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from messenger_desktop.api.client import Credentials, MatrixApi  # noqa: E402
from messenger_desktop.api.errors import TransportError  # noqa: E402
from messenger_desktop.api.http import HttpRequest, HttpResponse, Transport  # noqa: E402
from messenger_desktop.api.ids import EventId, RoomId, TxnId  # noqa: E402
from messenger_desktop.api.routes import CLIENT_V3, path  # noqa: E402
from messenger_desktop.api.transport import HttpxTransport  # noqa: E402
from messenger_desktop.localserver import LocalSynapse, register_user  # noqa: E402

PASSWORD = "bench-password"
ME = "me"
CONCURRENCY = 6
WORDS = (
    *("lake", "tent", "weather", "coffee", "train", "ticket", "meeting", "draft", "review", "budget"),
    *("garden", "bike", "concert", "recipe", "holiday", "photo", "report", "deadline", "lunch"),
    *("office", "rain", "sunny", "blue"),
)


@dataclass(frozen=True)
class Profile:
    direct: int
    groups: int
    big_rooms: int
    big_messages: int
    messages: tuple[int, int]
    people: int


PROFILES = {
    "large": Profile(direct=100, groups=900, big_rooms=20, big_messages=500, messages=(15, 25), people=150),
    "small": Profile(direct=5, groups=45, big_rooms=0, big_messages=0, messages=(50, 50), people=20),
}


def default_dir(profile: str) -> Path:
    return Path(f"/tmp/bench/synapse-{profile}")


def snapshot(profile: str = "large", directory: Path | None = None) -> Path:
    """The seeded server directory of ``profile`` (seeded now when it is missing; a seeding that
    did not finish goes on where it stopped)."""
    directory = directory or default_dir(profile)
    if not (directory / "seed.json").exists():
        asyncio.run(_seed(profile, directory, resuming=directory.exists()))
    return directory


def restore(snapshot_dir: Path, target: Path) -> Path:
    """A fresh copy of the snapshot for one run (the pid and lock files stay behind)."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(snapshot_dir, target, ignore=shutil.ignore_patterns("*.pid", "*.lock", "*.log"))
    return target


def seed_facts(snapshot_dir: Path) -> dict[str, Any]:
    facts: dict[str, Any] = json.loads((snapshot_dir / "seed.json").read_text())
    return facts


class _Retrying:
    """A transport that waits longer than the app and tries again: a loaded server can take more
    than 30 s for one request, and an hour of seeding must not end on one of them. Sends carry
    transaction ids, so their retries are idempotent (a retried room creation may make a spare)."""

    def __init__(self, inner: HttpxTransport) -> None:
        self._inner = inner

    async def send(self, request: HttpRequest) -> HttpResponse:
        patient = dataclasses.replace(request, timeout=max(request.timeout, 120.0))
        for attempt in range(5):
            try:
                return await self._inner.send(patient)
            except TransportError:
                if attempt == 4:
                    raise
                await asyncio.sleep(2.0 * (attempt + 1))
        raise AssertionError("unreachable")

    async def aclose(self) -> None:
        await self._inner.aclose()


async def _seed(profile_name: str, directory: Path, *, resuming: bool) -> None:
    profile = PROFILES[profile_name]
    started = time.monotonic()
    server = LocalSynapse(directory)
    server.start()
    try:
        loop = asyncio.get_running_loop()
        names = [ME] + [f"p{i:03d}" for i in range(profile.people)]
        ids = await asyncio.gather(
            *(
                loop.run_in_executor(
                    None,
                    lambda n=n: register_user(  # type: ignore[misc]
                        server.base_url,
                        server.registration_shared_secret,
                        n,
                        PASSWORD,
                        displayname="Bench Owner" if n == ME else f"Person {n[1:]}",
                    ),
                )
                for n in names
            )
        )
        transport = _Retrying(HttpxTransport())
        try:
            logins = [
                await MatrixApi(server.base_url, transport).login_password(user, PASSWORD) for user in ids
            ]
            facts = await _fill(server.base_url, transport, logins, profile, random.Random(0), resuming)
        finally:
            await transport.aclose()
        facts["seconds"] = round(time.monotonic() - started, 1)
        facts["profile"] = profile_name
        (directory / "seed.json").write_text(json.dumps(facts, indent=2))
    finally:
        server.stop()


async def _fill(
    base: str,
    transport: Transport,
    logins: list[Credentials],
    profile: Profile,
    rng: random.Random,
    resuming: bool,
) -> dict[str, Any]:
    apis = [MatrixApi(base, transport, access_token=c.access_token) for c in logins]
    me, others = apis[0], list(range(1, len(apis)))
    plans: list[tuple[str, list[int], int]] = []
    for i in range(profile.direct):
        plans.append(("direct", [0, others[i % len(others)]], rng.randint(*profile.messages)))
    for i in range(profile.groups):
        size = min(49, 1 + int(rng.expovariate(1 / 5))) if i % 50 else rng.randint(30, 49)
        size = min(size, len(others))
        members = [0, *rng.sample(others, size)]
        count = profile.big_messages if i < profile.big_rooms else rng.randint(*profile.messages)
        plans.append(("group", members, count))
    rng.shuffle(plans)
    semaphore = asyncio.Semaphore(CONCURRENCY)
    direct: dict[str, list[str]] = {}
    done = 0
    events = 0
    skip = 0
    if resuming:  # rooms are made in plan order: go on after the ones there are
        joined = await me.request("GET", path(CLIENT_V3, "joined_rooms"))
        rooms = [r for r in joined.get("joined_rooms", []) if isinstance(r, str)]
        skip = done = len(rooms)
        direct = await _direct_chats(me, rooms, logins[0].user_id)
        print(f"  resuming after {skip} rooms ({sum(map(len, direct.values()))} direct chats)", flush=True)

    async def one(index: int, kind: str, members: list[int], count: int) -> None:
        nonlocal done, events
        async with semaphore:
            local = random.Random(index)
            if kind == "direct":
                creator = apis[members[1]]
                room = await creator.create_room(
                    invite=(logins[0].user_id,), is_direct=True, preset="trusted_private_chat"
                )
                await me.join(room)
                direct.setdefault(logins[members[1]].user_id, []).append(room)
            else:
                room = await me.create_room(
                    name=f"Group {index:04d} {local.choice(WORDS)}",
                    invite=tuple(logins[m].user_id for m in members[1:]),
                    preset="private_chat",
                )
                for m in members[1:]:
                    await apis[m].join(room)
            written = await _history(apis, members, room, count, local, f"s{index}")
            events += written
            done += 1
            if done % 50 == 0:
                print(f"  {done} rooms, {events} events", flush=True)

    await asyncio.gather(*(one(i, *plan) for i, plan in enumerate(plans) if i >= skip))
    await me.set_account_data(logins[0].user_id, "m.direct", direct)
    # The newest room last: one more message puts a known room on top of the list.
    top = await me.create_room(name="Top of the list", preset="private_chat")
    await me.send(top, "m.room.message", TxnId("top-1"), {"msgtype": "m.text", "body": "The newest message"})
    return {
        "user_id": logins[0].user_id,
        "password": PASSWORD,
        "rooms": len(plans) + 1,
        "events_written": events + 1,  # by this run (a resumed seeding wrote the others before)
        "top_room": top,
        "top_room_name": "Top of the list",
    }


async def _direct_chats(me: MatrixApi, rooms: list[str], own: str) -> dict[str, list[str]]:
    """The direct chats among ``rooms`` (no name; made by the other person), for ``m.direct``."""
    found: dict[str, list[str]] = {}
    for room in rooms:
        state = await me.room_state(RoomId(room))
        if any(e.get("type") == "m.room.name" for e in state):
            continue
        creator = next((e.get("sender") for e in state if e.get("type") == "m.room.create"), None)
        if isinstance(creator, str) and creator != own:
            found.setdefault(creator, []).append(room)
    return found


async def _history(
    apis: list[MatrixApi], members: list[int], room: RoomId, count: int, rng: random.Random, tag: str
) -> int:
    """``count`` events: text messages, replies, edits of one's own message, reactions."""
    sent: list[tuple[EventId, int]] = []
    reacted: set[tuple[EventId, int, str]] = set()
    for n in range(count):
        author = rng.choice(members)
        api = apis[author]
        txn = TxnId(f"{tag}-{n}")
        roll = rng.random()
        content: dict[str, Any]
        target, _ = rng.choice(sent) if sent else (EventId(""), 0)
        key = rng.choice(("👍", "❤️", "😄", "🎉"))
        if sent and roll < 0.1 and (target, author, key) not in reacted:
            reacted.add((target, author, key))
            content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": target, "key": key}}
            await api.send(room, "m.reaction", txn, content)
            continue
        own = [e for e, a in sent if a == author]
        if own and roll < 0.15:
            text = " ".join(rng.choices(WORDS, k=6))
            content = {
                "msgtype": "m.text",
                "body": f"* {text}",
                "m.new_content": {"msgtype": "m.text", "body": text},
                "m.relates_to": {"rel_type": "m.replace", "event_id": own[-1]},
            }
            await api.send(room, "m.room.message", txn, content)
            continue
        content = {"msgtype": "m.text", "body": " ".join(rng.choices(WORDS, k=rng.randint(3, 14)))}
        if sent and roll < 0.25:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": rng.choice(sent)[0]}}
        sent.append((await api.send(room, "m.room.message", txn, content), author))
    return count


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--profile", choices=sorted(PROFILES), default="large")
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    path = snapshot(args.profile, args.dir)
    print(json.dumps(seed_facts(path), indent=2))


if __name__ == "__main__":
    main()
