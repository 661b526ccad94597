"""Certificate verification is always on: a server whose certificate does not verify is never
sent anything — not the password, not a token — and the user is told why in one sentence,
at sign-in and in the offline strip of a running session."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from messenger_desktop.api import CertificateRejected, Credentials, DeviceId, MatrixApi, UserId
from messenger_desktop.api.discovery import DiscoveryError, discover_homeserver
from messenger_desktop.api.http import HttpRequest
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.session.sync_loop import CERTIFICATE_REJECTED, describe_error
from tests.support.tls_server import untrusted_https_server

ASK_VERSIONS = """
import asyncio, sys
from messenger_desktop.api import CertificateRejected
from messenger_desktop.api.http import HttpRequest
from messenger_desktop.api.transport import HttpxTransport

async def ask(trust_env):
    transport = HttpxTransport(trust_env=trust_env)
    try:
        answer = await transport.send(HttpRequest("GET", sys.argv[1] + "/_matrix/client/versions"))
        return answer.status
    except CertificateRejected:
        return "rejected"
    finally:
        await transport.aclose()

print(asyncio.run(ask(False)), asyncio.run(ask(True)))
"""


def test_a_self_signed_server_is_refused_before_any_request(tmp_path: Path) -> None:
    async def attempt() -> None:
        transport = HttpxTransport()
        try:
            await transport.send(HttpRequest("GET", base + "/_matrix/client/versions"))
        finally:
            await transport.aclose()

    with untrusted_https_server(tmp_path) as (base, requests):
        with pytest.raises(CertificateRejected):
            asyncio.run(attempt())
        assert requests == []  # the handshake failed: no request was ever made


def test_an_authority_the_system_names_is_trusted_only_where_the_environment_is(tmp_path: Path) -> None:
    """``SSL_CERT_FILE`` (a company's own authority) counts only for a transport that trusts the
    environment, as with httpx's own loading; the certificates are read on a thread at start."""
    with untrusted_https_server(tmp_path) as (base, requests):
        env = {**os.environ, "SSL_CERT_FILE": str(tmp_path / "cert.pem")}
        done = subprocess.run(
            [sys.executable, "-c", ASK_VERSIONS, base], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == ["rejected", "200"]
        assert requests == ["/_matrix/client/versions"]  # once: by the transport that trusts it


def test_signing_in_to_it_sends_no_password_and_says_why(tmp_path: Path) -> None:
    async def sign_in() -> None:
        transport = HttpxTransport()
        try:
            await MatrixApi(base, transport).login_password("@me:localhost", "hunter2")
        finally:
            await transport.aclose()

    with untrusted_https_server(tmp_path) as (base, requests):
        with pytest.raises(CertificateRejected):
            asyncio.run(sign_in())
        assert requests == []


def test_discovery_names_the_certificate_not_the_connection(tmp_path: Path) -> None:
    async def discover() -> None:
        transport = HttpxTransport()
        try:
            await discover_homeserver(base, transport, timeout=5)
        finally:
            await transport.aclose()

    with untrusted_https_server(tmp_path) as (base, _), pytest.raises(DiscoveryError) as refused:
        asyncio.run(discover())
    assert str(refused.value) == (
        f"The security certificate of {base} is not valid, so Messenger did not connect."
        " Check the address, or ask the server's administrator."
    )


def test_a_running_session_whose_server_certificate_fails_says_so_offline(tmp_path: Path) -> None:
    async def sync() -> None:
        transport = HttpxTransport()
        creds = Credentials(base, UserId("@me:localhost"), DeviceId("D"), "secret-token")
        try:
            await MatrixApi(base, transport, access_token=creds.access_token).sync_raw(timeout_ms=0)
        finally:
            await transport.aclose()

    with untrusted_https_server(tmp_path) as (base, requests):
        with pytest.raises(CertificateRejected) as refused:
            asyncio.run(sync())
        assert requests == []  # the token never left
    assert describe_error(refused.value) == CERTIFICATE_REJECTED
