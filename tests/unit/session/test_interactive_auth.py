"""User-interactive authentication with the password stage, against a scripted server and a
scripted user: what goes on the wire, a wrong password asked again, a cancel, a server that wants
something else, and what the devices list keeps of the server's answer."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import pytest

from messenger_desktop.api import DeviceId, MatrixApi, MatrixError, UserId
from messenger_desktop.api.http import HttpRequest, HttpResponse
from messenger_desktop.session import account
from messenger_desktop.session.interactive_auth import (
    AuthCancelled,
    OtherStagesNeeded,
    TooManyAttempts,
    challenge_of,
)
from tests.support.fake_transport import ScriptedTransport, json_response

ME = UserId("@me:hs")
PASSWORD_FLOWS = {"flows": [{"stages": ["m.login.password"]}], "params": {}, "session": "S1"}
WRONG = {**PASSWORD_FLOWS, "completed": [], "errcode": "M_FORBIDDEN", "error": "Invalid password"}


def _api(transport: ScriptedTransport) -> MatrixApi:
    return MatrixApi("https://hs", transport, access_token="token")


def _bodies(transport: ScriptedTransport) -> list[dict[str, Any]]:
    return [orjson.loads(r.body or b"{}") for r in transport.requests]


class User:
    """Answers the password questions in order (None: closes the dialog) and notes each."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[bool] = []

    async def __call__(self, wrong: bool) -> str | None:
        self.asked.append(wrong)
        return self.answers.pop(0)


def _run(body: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(body())


def test_signing_out_a_device_asks_the_password_and_retries_with_it_and_the_session() -> None:
    transport = ScriptedTransport().on(
        "POST",
        "/_matrix/client/v3/delete_devices",
        json_response(401, PASSWORD_FLOWS),
        json_response(200, {}),
    )
    user = User("hunter2")

    async def body() -> None:
        await account.sign_out_devices(_api(transport), ME, (DeviceId("OTHER"),), user)

    _run(body)
    first, second = _bodies(transport)
    assert first == {"devices": ["OTHER"]}  # no auth: the server says what it wants
    assert second == {
        "devices": ["OTHER"],
        "auth": {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": "@me:hs"},
            "password": "hunter2",
            "session": "S1",
        },
    }
    assert user.asked == [False]


def test_a_wrong_password_is_asked_again_saying_so() -> None:
    transport = ScriptedTransport().on(
        "POST",
        "/_matrix/client/v3/account/password",
        json_response(401, PASSWORD_FLOWS),
        json_response(401, WRONG),
        json_response(200, {}),
    )
    user = User("wrong", "right")

    async def body() -> None:
        await account.change_password(_api(transport), ME, "new-pw", sign_out_others=False, ask=user)

    _run(body)
    assert user.asked == [False, True]
    passwords = [b.get("auth", {}).get("password") for b in _bodies(transport)]
    assert passwords == [None, "wrong", "right"]
    assert all(b["new_password"] == "new-pw" and b["logout_devices"] is False for b in _bodies(transport))


def test_closing_the_password_dialog_does_nothing_more() -> None:
    transport = ScriptedTransport().on(
        "POST", "/_matrix/client/v3/delete_devices", json_response(401, PASSWORD_FLOWS)
    )

    async def body() -> None:
        with pytest.raises(AuthCancelled):
            await account.sign_out_devices(_api(transport), ME, (DeviceId("X"),), User(None))

    _run(body)
    assert len(transport.requests) == 1


def test_a_server_that_wants_single_sign_on_or_email_is_not_asked_a_password() -> None:
    flows = {
        "flows": [{"stages": ["m.login.sso"]}, {"stages": ["m.login.password", "m.login.email.identity"]}],
        "session": "S2",
    }
    transport = ScriptedTransport().on("POST", "/_matrix/client/v3/delete_devices", json_response(401, flows))
    user = User("never used")

    async def body() -> None:
        with pytest.raises(OtherStagesNeeded) as raised:
            await account.sign_out_devices(_api(transport), ME, (DeviceId("X"),), user)
        assert raised.value.stages == ("m.login.sso", "m.login.password", "m.login.email.identity")

    _run(body)
    assert user.asked == []


def test_a_password_that_leaves_another_stage_to_do_stops_there() -> None:
    flows = {
        "flows": [{"stages": ["m.login.password"]}, {"stages": ["m.login.password", "m.login.recaptcha"]}]
    }
    after = {
        "flows": [{"stages": ["m.login.password", "m.login.recaptcha"]}],
        "completed": ["m.login.password"],
        "session": "S3",
    }
    transport = ScriptedTransport().on(
        "POST", "/_matrix/client/v3/delete_devices", json_response(401, flows), json_response(401, after)
    )

    async def body() -> None:
        with pytest.raises(OtherStagesNeeded) as raised:
            await account.sign_out_devices(_api(transport), ME, (DeviceId("X"),), User("pw"))
        assert raised.value.stages == ("m.login.recaptcha",)

    _run(body)


def test_wrong_again_and_again_gives_up() -> None:
    transport = ScriptedTransport().on(
        "POST",
        "/_matrix/client/v3/delete_devices",
        json_response(401, PASSWORD_FLOWS),
        json_response(401, WRONG),
    )

    async def body() -> None:
        with pytest.raises(TooManyAttempts):
            await account.sign_out_devices(_api(transport), ME, (DeviceId("X"),), User(*["bad"] * 10))

    _run(body)
    assert len(transport.requests) == 6


def test_a_request_the_server_takes_without_confirmation_asks_nothing() -> None:
    transport = ScriptedTransport().on("POST", "/_matrix/client/v3/delete_devices", json_response(200, {}))
    user = User()

    async def body() -> None:
        await account.sign_out_devices(_api(transport), ME, (DeviceId("X"),), user)

    _run(body)
    assert user.asked == [] and len(transport.requests) == 1


def test_other_errors_are_raised_as_they_are() -> None:
    transport = ScriptedTransport().on(
        "POST",
        "/_matrix/client/v3/account/password",
        json_response(401, PASSWORD_FLOWS),
        json_response(400, {"errcode": "M_WEAK_PASSWORD", "error": "Too short"}),
    )

    async def body() -> None:
        with pytest.raises(MatrixError) as raised:
            await account.change_password(_api(transport), ME, "a", sign_out_others=True, ask=User("pw"))
        assert raised.value.errcode == "M_WEAK_PASSWORD"

    _run(body)


def test_a_401_without_flows_is_no_challenge() -> None:
    error = MatrixError(401, "M_UNKNOWN_TOKEN", "gone", body={"errcode": "M_UNKNOWN_TOKEN"})
    assert challenge_of(error) is None
    odd = MatrixError(
        401, "M_UNKNOWN", body={"flows": ["x", {"stages": [1]}, {"stages": ["a"]}], "completed": 5}
    )
    challenge = challenge_of(odd)
    assert challenge is not None and challenge.flows == (("a",),) and challenge.completed == ()


def test_the_devices_list_keeps_only_sound_fields_most_recent_first() -> None:
    def answer(request: HttpRequest) -> HttpResponse:
        return json_response(
            200,
            {
                "devices": [
                    {
                        "device_id": "OLD",
                        "display_name": "Phone",
                        "last_seen_ts": 1_000,
                        "last_seen_ip": "10.0.0.1",
                    },
                    {"device_id": "NEW", "display_name": "x" * 1000, "last_seen_ts": 5_000},
                    {"device_id": "ODD", "display_name": 7, "last_seen_ts": True, "last_seen_ip": ["1"]},
                    {"display_name": "no id"},
                    "junk",
                ]
            },
        )

    transport = ScriptedTransport().on("GET", "/_matrix/client/v3/devices", answer)
    found: list[account.Device] = []

    async def body() -> None:
        found.extend(await account.devices(_api(transport)))

    _run(body)
    assert [d.device_id for d in found] == ["NEW", "OLD", "ODD"]
    assert len(found[0].name) == account.MAX_NAME and found[0].last_seen_ip == ""
    assert found[1] == account.Device(DeviceId("OLD"), "Phone", 1_000, "10.0.0.1")
    assert (found[2].name, found[2].last_seen_ms, found[2].last_seen_ip) == ("", 0, "")
