"""Every endpoint of the api layer, once, against the real Synapse."""

from __future__ import annotations

import asyncio
import uuid

import orjson
import pytest

from messenger_desktop.api import MatrixApi, MatrixError, TxnId, parse_sync
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


def test_every_endpoint_against_synapse(synapse: LocalSynapse, new_user: UserFactory) -> None:
    async def scenario() -> None:
        transport = HttpxTransport()
        try:
            base = synapse.base_url
            versions = await MatrixApi(base, transport).versions()
            assert versions.supports("v1.11")

            # register (open registration on the local server) and whoami
            name = f"reg-{uuid.uuid4().hex[:8]}"
            alice = MatrixApi(base, transport)
            creds = await alice.register(name, "a-long-password-1")
            assert await alice.whoami() == (creds.user_id, creds.device_id)

            bob_id, bob_pw = new_user("bob", displayname="Bob")
            bob = MatrixApi(base, transport)
            await bob.login_password(bob_id, bob_pw)

            await alice.set_displayname(creds.user_id, "Alice A.")
            assert (await alice.get_profile(creds.user_id))["displayname"] == "Alice A."

            room = await alice.create_room(name="Endpoints", topic="all of them")
            await alice.invite(room, bob_id)  # type: ignore[arg-type]
            assert await bob.join(room) == room
            members = await alice.joined_members(room)
            assert set(members) == {creds.user_id, bob_id}

            state = await alice.room_state(room)
            assert any(e.get("type") == "m.room.topic" for e in state)
            assert (await alice.state_event(room, "m.room.name"))["name"] == "Endpoints"
            await alice.send_state(room, "m.room.topic", "", {"topic": "changed"})

            event_id = await alice.send(
                room, "m.room.message", TxnId("t-1"), {"msgtype": "m.text", "body": "hi"}
            )
            # the same transaction id again is deduplicated: same event id back
            assert (
                await alice.send(room, "m.room.message", TxnId("t-1"), {"msgtype": "m.text", "body": "hi"})
                == event_id
            )

            await bob.typing(room, bob_id, True, 5000)  # type: ignore[arg-type]
            await bob.receipt(room, event_id)
            await bob.read_markers(room, fully_read=event_id, read=event_id)
            await bob.typing(room, bob_id, False)  # type: ignore[arg-type]

            filter_id = await bob.upload_filter(bob_id, {"room": {"timeline": {"limit": 5}}})  # type: ignore[arg-type]
            sync = parse_sync(await bob.sync_raw(filter_=filter_id, timeout_ms=0))
            [joined] = [r for r in sync.joined if r.room_id == room]
            assert any(e.event_id == event_id for e in joined.timeline)
            # the state the timeline ends with (MSC4222), so the changed topic is in it
            assert joined.state_after
            assert any(e.type == "m.room.topic" and e.content == {"topic": "changed"} for e in joined.state)

            page = await bob.messages(room, from_token=None, direction="b", limit=10)
            assert page.chunk[0]["event_id"] != ""
            assert any(e.get("event_id") == event_id for e in page.chunk)

            await bob.set_account_data(bob_id, "m.direct", {creds.user_id: [room]})  # type: ignore[arg-type]
            await bob.leave(room)
            with pytest.raises(MatrixError) as info:
                await bob.send(room, "m.room.message", TxnId("t-2"), {"body": "after leaving"})
            assert info.value.errcode == "M_FORBIDDEN"

            # the local server has no TURN relay configured: an empty list, and calls go direct
            relays = await alice.turn_servers()
            assert (relays.uris, relays.ttl) == ((), 0)

            await alice.logout()
            with pytest.raises(MatrixError) as info:
                await MatrixApi(base, transport, access_token=creds.access_token).whoami()
            assert info.value.errcode == "M_UNKNOWN_TOKEN"
            assert orjson.dumps(info.value.body)
        finally:
            await transport.aclose()

    asyncio.run(scenario())
