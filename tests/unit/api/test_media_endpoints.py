"""The media endpoints' fallback for servers older than authenticated media (spec v1.11): a real
Synapse always has it, so the old server is scripted here."""

from __future__ import annotations

import asyncio

import pytest

from messenger_desktop.api import MatrixApi, MatrixError
from messenger_desktop.api.http import HttpResponse
from messenger_desktop.api.mxc import parse_mxc
from tests.support.fake_transport import ScriptedTransport, json_response

HS = "https://hs.example"
MXC = parse_mxc("mxc://hs.example/abcDEF123")


def test_an_old_server_is_asked_on_the_legacy_path_from_then_on() -> None:
    transport = (
        ScriptedTransport()
        .on("GET", "/_matrix/client/v1/media/download/", json_response(404, {"errcode": "M_UNRECOGNIZED"}))
        .on(
            "GET",
            "/_matrix/media/v3/download/hs.example/abcDEF123",
            HttpResponse(200, b"\x89PNG", {"content-type": "Image/PNG; x=1"}),
        )
        .on("GET", "/_matrix/media/v3/thumbnail/hs.example/abcDEF123", HttpResponse(200, b"thumb", {}))
    )
    api = MatrixApi(HS, transport, access_token="t")
    assert MXC is not None
    media = asyncio.run(api.download(MXC))
    assert (media.data, media.content_type) == (b"\x89PNG", "image/png")
    assert api.legacy_media
    asyncio.run(api.thumbnail(MXC, 320, 240))
    urls = [r.url.removeprefix(HS) for r in transport.requests]
    assert urls == [
        "/_matrix/client/v1/media/download/hs.example/abcDEF123",
        "/_matrix/media/v3/download/hs.example/abcDEF123",
        "/_matrix/media/v3/thumbnail/hs.example/abcDEF123?width=320&height=240&method=scale",
    ]


def test_missing_media_is_not_taken_for_an_old_server() -> None:
    transport = ScriptedTransport().on(
        "GET", "/_matrix/client/v1/media/download/", json_response(404, {"errcode": "M_NOT_FOUND"})
    )
    api = MatrixApi(HS, transport, access_token="t")
    assert MXC is not None
    with pytest.raises(MatrixError) as error:
        asyncio.run(api.download(MXC))
    assert error.value.errcode == "M_NOT_FOUND"
    assert not api.legacy_media
    assert len(transport.requests) == 1
