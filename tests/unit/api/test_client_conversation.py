"""The conversation endpoints of the api layer: redact, event, relations, context, search, members."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
import pytest

from messenger_desktop.api import BadResponse, EventId, MatrixApi, MatrixError, RoomId, TxnId
from messenger_desktop.api.http import HttpRequest
from tests.support.fake_transport import ScriptedTransport, json_response

R = RoomId("!room:hs")
E = EventId("$ev/1")
ROOM = "https://hs/_matrix/client/v3/rooms/%21room%3Ahs"


def call(answer: Any, method: str = "GET", status: int = 200) -> tuple[MatrixApi, ScriptedTransport]:
    transport = ScriptedTransport().on(method, "/", json_response(status, answer))
    return MatrixApi("https://hs", transport, access_token="t"), transport


def sent(request: HttpRequest) -> Any:
    return orjson.loads(request.body) if request.body else None


def test_redact_puts_the_reason_under_the_transaction_id() -> None:
    api, transport = call({"event_id": "$red"}, "PUT")
    assert asyncio.run(api.redact(R, E, TxnId("t1"), reason="spam")) == "$red"
    assert asyncio.run(api.redact(R, E, TxnId("t2"))) == "$red"
    first, second = transport.requests
    assert (first.method, first.url) == ("PUT", f"{ROOM}/redact/%24ev%2F1/t1")
    assert (sent(first), sent(second)) == ({"reason": "spam"}, {})


def test_redact_without_an_event_id_in_the_answer_is_a_bad_response() -> None:
    api, _ = call({}, "PUT")
    with pytest.raises(BadResponse):
        asyncio.run(api.redact(R, E, TxnId("t")))


def test_get_event() -> None:
    api, transport = call({"event_id": "$ev/1", "type": "m.room.message"})
    assert asyncio.run(api.get_event(R, E))["type"] == "m.room.message"
    assert transport.requests[0].url == f"{ROOM}/event/%24ev%2F1"


def test_get_event_not_found_raises() -> None:
    api, _ = call({"errcode": "M_NOT_FOUND"}, status=404)
    with pytest.raises(MatrixError) as info:
        asyncio.run(api.get_event(R, E))
    assert info.value.errcode == "M_NOT_FOUND"


def test_relations_paths_and_paging() -> None:
    api, transport = call({"chunk": [{"event_id": "$a"}, "junk"], "next_batch": "n2"})
    page = asyncio.run(api.relations(R, E))
    assert (page.chunk, page.next_batch) == (({"event_id": "$a"},), "n2")
    asyncio.run(api.relations(R, E, rel_type="m.thread", from_token="n2", limit=10))
    asyncio.run(api.relations(R, E, rel_type="m.annotation", event_type="m.reaction"))
    base = "https://hs/_matrix/client/v1/rooms/%21room%3Ahs/relations/%24ev%2F1"
    assert [r.url for r in transport.requests] == [
        f"{base}?limit=50&dir=b",
        f"{base}/m.thread?from=n2&limit=10&dir=b",
        f"{base}/m.annotation/m.reaction?limit=50&dir=b",
    ]
    with pytest.raises(ValueError, match="event_type needs rel_type"):
        asyncio.run(api.relations(R, E, event_type="m.reaction"))


def test_relations_without_next_batch_is_the_last_page() -> None:
    api, _ = call({"chunk": []})
    assert asyncio.run(api.relations(R, E)).next_batch is None


def test_context() -> None:
    api, transport = call(
        {
            "event": {"event_id": "$ev/1"},
            "events_before": [{"event_id": "$b1"}, {"event_id": "$b2"}],
            "events_after": [{"event_id": "$a1"}],
            "start": "s",
            "end": "e",
            "state": [{"type": "m.room.member"}],
        }
    )
    page = asyncio.run(api.context(R, E, 5))
    assert transport.requests[0].url == f"{ROOM}/context/%24ev%2F1?limit=5"
    assert page.event == {"event_id": "$ev/1"}
    assert [e["event_id"] for e in page.events_before] == ["$b1", "$b2"]
    assert [e["event_id"] for e in page.events_after] == ["$a1"]
    assert (page.start, page.end, len(page.state)) == ("s", "e", 1)


def test_context_without_the_event_is_a_bad_response() -> None:
    api, _ = call({"events_before": []})
    with pytest.raises(BadResponse):
        asyncio.run(api.context(R, E))


def test_search_request_and_results() -> None:
    api, transport = call(
        {
            "search_categories": {
                "room_events": {
                    "count": 2,
                    "highlights": ["lunch", 3],
                    "next_batch": "nb",
                    "results": [
                        {
                            "rank": 0.5,
                            "result": {"event_id": "$hit"},
                            "context": {"events_before": [{"event_id": "$pre"}], "events_after": []},
                        },
                        {"rank": 0.1},  # no event: skipped
                    ],
                }
            }
        },
        "POST",
    )
    page = asyncio.run(api.search(R, "lunch", next_batch="prev"))
    request = transport.requests[0]
    assert request.url == "https://hs/_matrix/client/v3/search?next_batch=prev"
    assert sent(request) == {
        "search_categories": {
            "room_events": {
                "search_term": "lunch",
                "filter": {"rooms": ["!room:hs"]},
                "order_by": "recent",
                "event_context": {"before_limit": 1, "after_limit": 1, "include_profile": False},
            }
        }
    }
    assert [(r.event["event_id"], [e["event_id"] for e in r.before], r.rank) for r in page.results] == [
        ("$hit", ["$pre"], 0.5)
    ]
    assert (page.next_batch, page.count, page.highlights) == ("nb", 2, ("lunch",))


def test_search_with_nothing_found() -> None:
    api, _ = call({"search_categories": {}}, "POST")
    page = asyncio.run(api.search(R, "nothing"))
    assert (page.results, page.next_batch, page.count) == ((), None, 0)


def test_members() -> None:
    api, transport = call({"chunk": [{"type": "m.room.member", "state_key": "@a:hs"}, 1]})
    assert asyncio.run(api.members(R, not_membership="leave")) == [
        {"type": "m.room.member", "state_key": "@a:hs"}
    ]
    assert transport.requests[0].url == f"{ROOM}/members?not_membership=leave"
