from __future__ import annotations

import asyncio

import pytest

from messenger_desktop.api import DiscoveryError, TransportError, discover_homeserver
from messenger_desktop.api.http import HttpResponse
from tests.support.fake_transport import ScriptedTransport, json_response

VERSIONS = json_response(200, {"versions": ["v1.12"]})


def test_well_known_points_to_the_real_homeserver() -> None:
    transport = (
        ScriptedTransport()
        .on(
            "GET",
            "/.well-known/matrix/client",
            json_response(200, {"m.homeserver": {"base_url": "https://matrix.example.org/"}}),
        )
        .on("GET", "/_matrix/client/versions", VERSIONS)
    )
    found = asyncio.run(discover_homeserver("@me:example.org", transport))
    assert found.base_url == "https://matrix.example.org"
    assert transport.requests[0].url == "https://example.org/.well-known/matrix/client"


def test_without_well_known_the_name_itself_is_tried() -> None:
    transport = (
        ScriptedTransport()
        .on("GET", "/.well-known/matrix/client", HttpResponse(404, b"nope"))
        .on("GET", "/_matrix/client/versions", VERSIONS)
    )
    found = asyncio.run(discover_homeserver("http://127.0.0.1:8008", transport))
    assert found.base_url == "http://127.0.0.1:8008"


def test_a_web_server_that_is_not_matrix_is_refused_with_a_sentence() -> None:
    transport = ScriptedTransport().on("GET", "/", HttpResponse(200, b"<html>hello</html>"))
    with pytest.raises(DiscoveryError, match="does not look like a Matrix homeserver"):
        asyncio.run(discover_homeserver("example.com", transport))


def test_unreachable_server_says_so() -> None:
    transport = ScriptedTransport().on("GET", "/", TransportError("refused"))
    with pytest.raises(DiscoveryError, match="Could not reach"):
        asyncio.run(discover_homeserver("nowhere.invalid", transport))


def test_garbage_well_known_is_ignored() -> None:
    transport = (
        ScriptedTransport()
        .on(
            "GET",
            "/.well-known/matrix/client",
            HttpResponse(200, b'{"m.homeserver": {"base_url": "javascript:alert(1)"}}'),
        )
        .on("GET", "/_matrix/client/versions", VERSIONS)
    )
    assert asyncio.run(discover_homeserver("example.org", transport)).base_url == "https://example.org"


def test_an_address_typed_with_its_scheme_is_used_as_is_when_it_answers() -> None:
    transport = (
        ScriptedTransport()
        .on(
            "GET",
            "/.well-known/matrix/client",
            json_response(200, {"m.homeserver": {"base_url": "https://elsewhere.example"}}),
        )
        .on("GET", "/_matrix/client/versions", VERSIONS)
    )
    found = asyncio.run(discover_homeserver("http://127.0.0.1:8448", transport))
    assert found.base_url == "http://127.0.0.1:8448"
    assert all(".well-known" not in r.url for r in transport.requests)
