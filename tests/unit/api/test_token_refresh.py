"""Refresh tokens in the api layer: one renewal for everyone, stored before use, retried once.

A small fake server (valid access tokens, one-use refresh tokens as Synapse keeps them) stands in
for the homeserver; the real one is in tests/integration/test_token_refresh.py.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
from collections.abc import Callable, Coroutine
from typing import Any

import orjson
import pytest

from messenger_desktop.api.client import MatrixApi
from messenger_desktop.api.errors import MatrixError, TransportError
from messenger_desktop.api.http import HttpRequest, HttpResponse
from messenger_desktop.api.token_refresh import Tokens
from tests.support.fake_transport import json_response


def in_loop(test: Callable[[], Coroutine[Any, Any, None]]) -> Callable[[], None]:
    """Run an async test in a fresh event loop (the unit suite has no asyncio plugin)."""

    @functools.wraps(test)
    def run() -> None:
        asyncio.run(test())

    return run


class TokenServer:
    """Answers ``/refresh`` and one authenticated endpoint the way Synapse does."""

    def __init__(self) -> None:
        self.valid = {"at-0"}
        self.refresh_tokens = {"rt-0"}
        self.numbers = itertools.count(1)
        self.log: list[str] = []
        self.refresh_answer: HttpResponse | Exception | None = None
        """Set to make ``/refresh`` answer this instead (a refusal, a dropped connection)."""
        self.refresh_delay = 0.0
        self.hard = False
        """The device was signed out: every token is unknown, without soft_logout."""

    async def send(self, request: HttpRequest) -> HttpResponse:
        if request.url.endswith("/refresh"):
            return await self._refresh(request)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        self.log.append(f"request {token}")
        if self.hard:
            return json_response(401, {"errcode": "M_UNKNOWN_TOKEN", "soft_logout": False})
        if token not in self.valid:
            return json_response(401, {"errcode": "M_UNKNOWN_TOKEN", "error": "expired", "soft_logout": True})
        return json_response(200, {"user_id": "@a:hs", "device_id": "DEV"})

    async def _refresh(self, request: HttpRequest) -> HttpResponse:
        assert "Authorization" not in request.headers
        old = orjson.loads(request.body or b"{}")["refresh_token"]
        self.log.append(f"refresh {old}")
        await asyncio.sleep(self.refresh_delay)
        if isinstance(self.refresh_answer, Exception):
            raise self.refresh_answer
        if self.refresh_answer is not None:
            return self.refresh_answer
        if old not in self.refresh_tokens:
            return json_response(401, {"errcode": "M_UNKNOWN_TOKEN", "error": "refresh token does not exist"})
        self.refresh_tokens.discard(old)
        n = next(self.numbers)
        self.valid = {f"at-{n}"}
        self.refresh_tokens.add(f"rt-{n}")
        return json_response(
            200, {"access_token": f"at-{n}", "refresh_token": f"rt-{n}", "expires_in_ms": 10_000}
        )

    async def aclose(self) -> None:
        pass


def expire(server: TokenServer) -> None:
    server.valid = set()


def api_for(server: TokenServer, saved: list[Tokens] | None = None, **kwargs: Any) -> MatrixApi:
    api = MatrixApi("https://hs", server, access_token="at-0", refresh_token="rt-0", **kwargs)
    if saved is not None:

        async def save(tokens: Tokens) -> None:
            server.log.append(f"saved {tokens.access_token} {tokens.refresh_token}")
            saved.append(tokens)

        api.tokens.on_new_tokens = save
    return api


@in_loop
async def test_an_expired_token_is_renewed_stored_and_the_request_retried() -> None:
    server = TokenServer()
    saved: list[Tokens] = []
    api = api_for(server, saved)
    expire(server)
    assert await api.whoami() == ("@a:hs", "DEV")
    # stored before the new access token went out: the old refresh token stays valid till then
    assert server.log == ["request at-0", "refresh rt-0", "saved at-1 rt-1", "request at-1"]
    assert api.access_token == "at-1" and api.tokens.refresh_token == "rt-1"
    assert saved == [Tokens("at-1", "rt-1", 10_000)]


@in_loop
async def test_requests_failing_together_share_one_renewal() -> None:
    server = TokenServer()
    server.refresh_delay = 0.05
    api = api_for(server, [])
    expire(server)
    results = await asyncio.gather(*(api.whoami() for _ in range(8)))
    assert all(r == ("@a:hs", "DEV") for r in results)
    assert [e for e in server.log if e.startswith("refresh")] == ["refresh rt-0"]
    assert api.tokens.refreshes == 1


@in_loop
async def test_a_request_that_failed_with_a_token_already_replaced_just_retries() -> None:
    server = TokenServer()
    api = api_for(server, [])
    expire(server)
    await api.whoami()  # renews to at-1
    server.log.clear()
    api.access_token = "at-1"
    stale = api.whoami()
    server.valid = {"at-1"}
    await stale
    assert not [e for e in server.log if e.startswith("refresh")]


@in_loop
async def test_a_refused_renewal_leaves_the_soft_logout_standing_and_forgets_the_refresh_token() -> None:
    server = TokenServer()
    server.refresh_answer = json_response(
        403, {"errcode": "M_FORBIDDEN", "error": "refresh token isn't valid anymore"}
    )
    api = api_for(server, [])
    expire(server)
    with pytest.raises(MatrixError) as caught:
        await api.whoami()
    assert caught.value.soft_logout
    assert api.tokens.refresh_token is None
    server.log.clear()
    with pytest.raises(MatrixError):
        await api.whoami()
    assert server.log == ["request at-0"]  # no second try with a refresh token that never works


@in_loop
async def test_a_hard_logout_is_not_renewed() -> None:
    server = TokenServer()
    server.hard = True
    api = api_for(server, [])
    with pytest.raises(MatrixError) as caught:
        await api.whoami()
    assert caught.value.errcode == "M_UNKNOWN_TOKEN" and not caught.value.soft_logout
    assert server.log == ["request at-0"]
    assert api.tokens.refresh_token == "rt-0"


@in_loop
async def test_without_a_refresh_token_a_soft_logout_is_raised() -> None:
    server = TokenServer()
    api = MatrixApi("https://hs", server, access_token="at-0")
    expire(server)
    with pytest.raises(MatrixError) as caught:
        await api.whoami()
    assert caught.value.soft_logout
    assert server.log == ["request at-0"]


@in_loop
async def test_a_renewal_without_an_answer_keeps_the_refresh_token_for_later() -> None:
    server = TokenServer()
    api = api_for(server, [])
    expire(server)
    server.refresh_answer = TransportError("connection reset")
    with pytest.raises(TransportError):
        await api.whoami()
    assert api.tokens.refresh_token == "rt-0"
    server.refresh_answer = None
    assert await api.whoami() == ("@a:hs", "DEV")
    assert api.access_token == "at-1"


@in_loop
async def test_a_renewal_finishes_and_is_stored_when_its_caller_is_cancelled() -> None:
    server = TokenServer()
    server.refresh_delay = 0.1
    saved: list[Tokens] = []
    api = api_for(server, saved)
    expire(server)
    task = asyncio.get_running_loop().create_task(api.whoami())
    await asyncio.sleep(0.03)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(0.15)
    assert saved == [Tokens("at-1", "rt-1", 10_000)] and api.access_token == "at-1"


@in_loop
async def test_a_token_about_to_expire_is_renewed_before_the_request() -> None:
    server = TokenServer()
    now = [1000.0]
    api = api_for(server, [])
    api.tokens._clock = lambda: now[0]
    api.tokens.issued("rt-0", 10_000)
    await api.whoami()
    assert server.log == ["request at-0"]
    now[0] += 8.5  # 1.5 s left of 10: inside the last fifth
    await api.whoami()
    assert server.log[1:] == ["refresh rt-0", "saved at-1 rt-1", "request at-1"]


@in_loop
async def test_login_and_register_ask_for_a_refresh_token() -> None:
    bodies: list[dict[str, Any]] = []

    class Recorder:
        async def send(self, request: HttpRequest) -> HttpResponse:
            bodies.append(orjson.loads(request.body or b"{}"))
            return json_response(
                200,
                {
                    "user_id": "@a:hs",
                    "device_id": "D",
                    "access_token": "at",
                    "refresh_token": "rt",
                    "expires_in_ms": 5000,
                },
            )

        async def aclose(self) -> None:
            pass

    api = MatrixApi("https://hs", Recorder())
    creds = await api.login_password("a", "pw", refresh=True)
    await api.register("a", "pw", refresh=True)
    assert [b["refresh_token"] for b in bodies] == [True, True]
    assert creds.refresh_token == "rt" and api.tokens.refresh_token == "rt"
    await MatrixApi("https://hs", Recorder()).login_password("a", "pw")  # tools: a token to copy
    assert bodies[-1]["refresh_token"] is False
