"""Helpers for integration tests of the core engine against a real Synapse."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.mxc import parse_mxc
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.session.changes import ChangeSet
from messenger_desktop.session.profile import Profile
from messenger_desktop.session.session import Session


async def login(base_url: str, user_id: str, password: str, *, refresh: bool = False) -> Credentials:
    """Sign in as a test does; ``refresh`` as the app does (a refresh token, on a server with them
    a short-lived access token: only for a session that renews it, never for a copy)."""
    transport = HttpxTransport()
    try:
        return await MatrixApi(base_url, transport).login_password(user_id, password, refresh=refresh)
    finally:
        await transport.aclose()


@asynccontextmanager
async def api_for(creds: Credentials) -> AsyncIterator[MatrixApi]:
    """A client of its own for ``creds`` (the other side of a test: what the server holds)."""
    transport = HttpxTransport()
    try:
        yield MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
    finally:
        await transport.aclose()


async def download(creds: Credentials, uri: str) -> bytes:
    """The bytes behind an ``mxc://`` URI, downloaded as ``creds``."""
    mxc = parse_mxc(uri)
    assert mxc is not None, uri
    async with api_for(creds) as api:
        return (await api.download(mxc)).data


class Recorder:
    """Collects every change set a session emits."""

    def __init__(self) -> None:
        self.changes: list[ChangeSet] = []

    def __call__(self, changes: ChangeSet) -> None:
        self.changes.append(changes)


async def open_session(
    profile_dir: Path,
    creds: Credentials,
    *,
    base_url: str | None = None,
    poll_ms: int = 500,
    **options: Any,
) -> tuple[Session, Recorder]:
    if base_url is not None:
        creds = Credentials(base_url, creds.user_id, creds.device_id, creds.access_token)
    session = Session(Profile.at(profile_dir), creds, poll_timeout_ms=poll_ms, **options)
    recorder = Recorder()
    session.subscribe(recorder)
    await session.open()
    await session.start()
    return session, recorder


async def until(predicate: Callable[[], object], timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def until_async(
    predicate: Callable[[], object], timeout: float = 30.0, what: str = "condition"
) -> None:
    deadline = time.monotonic() + timeout
    while not await predicate():  # type: ignore[misc]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


async def bodies_in(session: Session, room_id: RoomId, limit: int = 200) -> list[str]:
    """Message bodies of the room, oldest first, as the cache (and server back-fill) has them."""
    page = await session.page(room_id, limit=limit)
    return [r.content.get("body", "") for r in reversed(page.rows) if r.type == "m.room.message"]


async def server_bodies(base_url: str, creds: Credentials, room_id: RoomId) -> list[str]:
    """What the server itself holds for the room (oldest first), read through a fresh client."""
    transport = HttpxTransport()
    try:
        api = MatrixApi(base_url, transport, access_token=creds.access_token)
        page = await api.messages(room_id, from_token=None, direction="b", limit=500)
        return [
            e["content"].get("body", "") for e in reversed(page.chunk) if e.get("type") == "m.room.message"
        ]
    finally:
        await transport.aclose()
