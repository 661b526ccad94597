"""Sending the hostile corpus (:mod:`.corpus`) through a real homeserver, as a hostile member."""

from __future__ import annotations

from typing import Any

from messenger_desktop.api import Credentials, MatrixApi, MatrixError, RoomId, TxnId
from messenger_desktop.api.ids import EventId
from tests.support.core import api_for

from . import corpus


async def _send(
    api: MatrixApi, room: RoomId, number: int, entry: corpus.Entry, content: dict[str, Any]
) -> EventId:
    if entry.state_key is not None:
        return await api.send_state(room, entry.event_type, entry.state_key, content)
    return await api.send(room, entry.event_type, TxnId(f"corpus-{number}"), content)


Sent = dict[EventId, tuple[corpus.Entry, dict[str, Any]]]


async def send_corpus(troll: Credentials, victim: Credentials) -> tuple[RoomId, Sent]:
    """``troll`` makes a room, ``victim`` joins, ``troll`` sends every entry a server takes:
    event id → (entry, the content sent)."""
    async with api_for(troll) as api, api_for(victim) as other:
        room = await api.create_room(name="Hostile", invite=(victim.user_id,), preset="private_chat")
        await other.join(room)
        uris = {
            name: await api.upload(data, mime, f"{name}.bin")
            for name, (data, mime) in corpus.uploads().items()
        }
        sent: Sent = {}
        refused: list[str] = []
        for number, entry in enumerate(corpus.corpus(troll.user_id)):
            if not entry.fits_server:
                continue
            content = corpus.with_uploads(entry.content, uris)
            try:
                sent[await _send(api, room, number, entry, content)] = (entry, content)
            except MatrixError as error:
                refused.append(f"{entry.name}: {error.errcode} {error.error}")
        assert not refused, refused
        return room, sent
