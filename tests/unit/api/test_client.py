from __future__ import annotations

import asyncio

import pytest

from messenger_desktop.api import (
    MatrixApi,
    MatrixError,
    RateLimited,
    RoomId,
    TransportError,
    TxnId,
)
from messenger_desktop.api.http import HttpResponse
from tests.support.fake_transport import ScriptedTransport, json_response

HS = "https://hs.example"


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def api_with(transport: ScriptedTransport, **kwargs) -> tuple[MatrixApi, list[float]]:  # type: ignore[no-untyped-def]
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    return MatrixApi(HS, transport, access_token="secret-token", sleep=fake_sleep, **kwargs), slept


def test_access_token_travels_in_the_authorization_header_never_in_the_url() -> None:
    transport = ScriptedTransport().on(
        "GET", "/_matrix/client/v3/account/whoami", json_response(200, {"user_id": "@a:hs", "device_id": "D"})
    )
    api, _ = api_with(transport)
    assert run(api.whoami()) == ("@a:hs", "D")
    request = transport.requests[0]
    assert request.headers["Authorization"] == "Bearer secret-token"
    assert "secret-token" not in request.url


def test_hostile_ids_are_quoted_segment_by_segment() -> None:
    transport = ScriptedTransport().on(
        "PUT", "/_matrix/client/v3/rooms/", json_response(200, {"event_id": "$e"})
    )
    api, _ = api_with(transport)
    run(api.send(RoomId("!a/../../admin?x=1#:hs"), "m.room.message", TxnId("t/1%"), {"body": "hi"}))
    url = transport.requests[0].url
    assert url == (
        HS + "/_matrix/client/v3/rooms/%21a%2F..%2F..%2Fadmin%3Fx%3D1%23%3Ahs/send/m.room.message/t%2F1%25"
    )


def test_error_answer_becomes_matrix_error_with_code_status_and_text() -> None:
    transport = ScriptedTransport().on(
        "POST",
        "/_matrix/client/v3/login",
        json_response(403, {"errcode": "M_FORBIDDEN", "error": "Invalid password"}),
    )
    api, _ = api_with(transport)
    with pytest.raises(MatrixError) as info:
        run(api.login_password("alice", "wrong"))
    assert (info.value.status, info.value.errcode, info.value.error) == (
        403,
        "M_FORBIDDEN",
        "Invalid password",
    )
    assert not info.value.is_transient


def test_non_json_error_page_is_still_a_matrix_error() -> None:
    transport = ScriptedTransport().on(
        "GET", "/_matrix/client/v3/sync", HttpResponse(502, b"<html>Bad gateway</html>")
    )
    api, _ = api_with(transport)
    with pytest.raises(MatrixError) as info:
        run(api.sync_raw())
    assert info.value.status == 502
    assert info.value.errcode == "M_UNKNOWN"
    assert info.value.is_transient


def test_soft_logout_is_recognised() -> None:
    transport = ScriptedTransport().on(
        "GET",
        "/_matrix/client/v3/sync",
        json_response(401, {"errcode": "M_UNKNOWN_TOKEN", "error": "expired", "soft_logout": True}),
    )
    api, _ = api_with(transport)
    with pytest.raises(MatrixError) as info:
        run(api.sync_raw())
    assert info.value.soft_logout


def test_rate_limit_waits_for_retry_after_header_before_retry_after_ms() -> None:
    limited = json_response(
        429, {"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 9000}, {"retry-after": "2"}
    )
    transport = ScriptedTransport().on(
        "PUT", "/_matrix/client/v3/rooms/", limited, json_response(200, {"event_id": "$ok"})
    )
    api, slept = api_with(transport)
    assert run(api.send(RoomId("!r:hs"), "m.room.message", TxnId("t1"), {"body": "x"})) == "$ok"
    assert slept == [2.0]
    # the retry is the very same request: same transaction id, same body
    assert transport.requests[0].url == transport.requests[1].url
    assert transport.requests[0].body == transport.requests[1].body


def test_rate_limit_falls_back_to_retry_after_ms() -> None:
    limited = json_response(429, {"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 1500})
    transport = ScriptedTransport().on("GET", "/_matrix/client/v3/profile/", limited, json_response(200, {}))
    api, slept = api_with(transport)
    run(api.get_profile("@a:hs"))  # type: ignore[arg-type]
    assert slept == [1.5]


def test_long_rate_limit_is_raised_with_the_wait_for_the_caller_to_schedule() -> None:
    limited = json_response(429, {"errcode": "M_LIMIT_EXCEEDED"}, {"retry-after": "600"})
    transport = ScriptedTransport().on("GET", "/_matrix/client/v3/profile/", limited)
    api, slept = api_with(transport)
    with pytest.raises(RateLimited) as info:
        run(api.get_profile("@a:hs"))  # type: ignore[arg-type]
    assert info.value.retry_after == 600.0
    assert slept == []


def test_rate_limit_gives_up_after_its_retries() -> None:
    limited = json_response(429, {"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 10})
    transport = ScriptedTransport().on("GET", "/_matrix/client/v3/profile/", limited)
    api, slept = api_with(transport, rate_limit_retries=3)
    with pytest.raises(RateLimited):
        run(api.get_profile("@a:hs"))  # type: ignore[arg-type]
    assert len(slept) == 3
    assert len(transport.requests) == 4


def test_transport_failure_is_a_transport_error() -> None:
    transport = ScriptedTransport().on("GET", "/_matrix/client/versions", TransportError("refused"))
    api, _ = api_with(transport)
    with pytest.raises(TransportError):
        run(api.versions())


def test_versions_lists_versions_and_unstable_features() -> None:
    body = {
        "versions": ["v1.11", "v1.12"],
        "unstable_features": {"org.matrix.simplified_msc3575": True, "x": "bad"},
    }
    transport = ScriptedTransport().on("GET", "/_matrix/client/versions", json_response(200, body))
    api, _ = api_with(transport)
    versions = run(api.versions())
    assert versions.supports("v1.11")
    assert versions.has_unstable("org.matrix.simplified_msc3575")
    assert not versions.has_unstable("x")


def test_login_passes_the_stored_device_id_and_keeps_the_token() -> None:
    transport = ScriptedTransport().on(
        "POST",
        "/_matrix/client/v3/login",
        json_response(200, {"user_id": "@a:hs", "access_token": "tok", "device_id": "DEV"}),
    )
    api = MatrixApi(HS, transport)
    creds = run(api.login_password("a", "pw", device_id="DEV"))  # type: ignore[arg-type]
    assert (creds.user_id, creds.device_id, creds.access_token) == ("@a:hs", "DEV", "tok")
    assert api.access_token == "tok"
    assert b'"device_id":"DEV"' in (transport.requests[0].body or b"")


def test_messages_page_without_end_means_start_of_room() -> None:
    transport = ScriptedTransport().on(
        "GET", "/_matrix/client/v3/rooms/", json_response(200, {"chunk": [{"x": 1}, "junk"], "start": "s"})
    )
    api, _ = api_with(transport)
    page = run(api.messages(RoomId("!r:hs"), from_token="t", limit=10))
    assert page.end is None
    assert page.chunk == ({"x": 1},)
    assert "from=t" in transport.requests[0].url and "dir=b" in transport.requests[0].url
