"""Synapse's real rate limiting (not the relaxed test settings): 429s are waited out, nothing is
lost, duplicated or reordered."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.support.core import login, open_session, server_bodies
from tests.support.synapse import UserFactory, running_synapse

pytestmark = pytest.mark.integration


def test_twenty_quick_messages_under_real_rate_limits_arrive_once_in_order(tmp_path: Path) -> None:
    limits = {"rc_message": {"per_second": 1, "burst_count": 5}}
    with running_synapse(tmp_path / "server", rate_limits="default", overrides=limits) as server:

        async def scenario() -> None:
            user_id, password = UserFactory(server)("limited")
            creds = await login(server.base_url, user_id, password)
            session, _ = await open_session(tmp_path / "profile", creds)
            try:
                room = await session.create_group("Rate limited")
                await asyncio.sleep(5)  # createRoom used up the burst; start from a fresh budget
                for i in range(20):
                    session.send_text(room, f"burst {i:02d}")
                await asyncio.wait_for(session.outbox.wait_idle(), 120)
                assert session.api.rate_limit_hits > 0, "the server was expected to rate-limit"
                assert all(i.state == "sent" for i in await session.pending(room))
                bodies = [
                    b for b in await server_bodies(server.base_url, creds, room) if b.startswith("burst")
                ]
                assert bodies == [f"burst {i:02d}" for i in range(20)]
            finally:
                await session.close()

        asyncio.run(scenario())
