"""Refresh tokens against a real Synapse whose access tokens live five seconds.

The session keeps syncing and sending across three lifetimes without being signed out: every
message arrives once and in order, the keyring holds the newest token pair at every step, and
a restart from the keyring (after the stored access token has expired) carries on.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from messenger_desktop.session import credentials as keychain
from messenger_desktop.session.changes import Connection
from messenger_desktop.session.profile import Profile
from tests.support.core import bodies_in, login, open_session, server_bodies, until_async
from tests.support.keyring_env import require_secret_service
from tests.support.synapse import UserFactory, running_synapse

pytestmark = [pytest.mark.integration, pytest.mark.keyring]

LIFETIME = 5.0
"""Seconds an access token lives on the test's server."""
SHORT_LIVED = {"refreshable_access_token_lifetime": f"{LIFETIME:g}s"}


def test_a_session_with_five_second_tokens_keeps_syncing_and_sending(tmp_path: Path) -> None:
    require_secret_service()
    with running_synapse(tmp_path / "server", overrides=SHORT_LIVED) as server:

        async def scenario() -> None:
            user_id, password = UserFactory(server)("refresh")
            creds = await login(server.base_url, user_id, password, refresh=True)
            assert creds.refresh_token, "the server was expected to issue a refresh token"
            profile = Profile.at(tmp_path / "profile")
            await keychain.save_async(profile.key, creds)  # as signing in does
            session, recorder = await open_session(profile.path, creds)
            try:
                room = await session.create_group("Short-lived tokens")
                sent: list[str] = []
                loop = asyncio.get_running_loop()
                end = loop.time() + 3 * LIFETIME
                while loop.time() < end:  # a message every 0.4 s, across three expiries
                    sent.append(f"tick {len(sent):03d}")
                    session.send_text(room, sent[-1])
                    await asyncio.sleep(0.4)
                await asyncio.wait_for(session.outbox.wait_idle(), 60)
                assert session.api.tokens.refreshes >= 2
                assert all(i.state == "sent" for i in await session.pending(room))
                # sync went on: every message came back through it, once, in order

                async def all_synced() -> bool:
                    return sum(b.startswith("tick") for b in await bodies_in(session, room)) >= len(sent)

                await until_async(all_synced, what="every message synced back")
                assert [b for b in await bodies_in(session, room) if b.startswith("tick")] == sent
                states = [c.connection.state for c in recorder.changes if c.connection is not None]
                assert Connection.SIGNED_OUT not in states
                # the keyring has the pair in use now (not the first one, long revoked)
                stored = await keychain.load_async(profile.key)
                assert stored == session.credentials
                assert stored is not None and stored.refresh_token != creds.refresh_token
            finally:
                await session.close()

            await asyncio.sleep(LIFETIME + 1)  # the stored access token is expired now
            stored = await keychain.load_async(profile.key)
            assert stored is not None
            again, _ = await open_session(profile.path, stored)
            try:
                again.send_text(room, "after the restart")
                await asyncio.wait_for(again.outbox.wait_idle(), 60)
                assert again.api.tokens.refreshes >= 1
                assert await keychain.load_async(profile.key) == again.credentials
            finally:
                await again.close()
            reader = await login(server.base_url, user_id, password)
            on_server = [
                b for b in await server_bodies(server.base_url, reader, room) if b != "Short-lived tokens"
            ]
            assert on_server == [*sent, "after the restart"]
            await keychain.delete_async(profile.key)

        asyncio.run(scenario())
