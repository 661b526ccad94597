"""Create accounts on a local Synapse through its shared-secret registration API.

``/_synapse/admin/v1/register`` works even when public registration is closed and
skips user-interactive auth, which makes it the fast path for tests and for seeding the
``--local`` demo server.  Protocol: ``GET`` a one-time nonce, then ``POST`` the account
with ``mac = HMAC-SHA1(shared_secret, nonce\\0user\\0password\\0admin|notadmin)``.

Standard library only (``urllib``), with proxies disabled: the server is on loopback
and nothing may leave the machine.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_TIMEOUT = 30.0


class AccountError(RuntimeError):
    """The server refused a request; ``errcode``/``status`` say why when known."""

    def __init__(self, message: str, *, status: int | None = None, errcode: str | None = None):
        super().__init__(message)
        self.status = status
        self.errcode = errcode


def registration_mac(
    shared_secret: str,
    nonce: str,
    localpart: str,
    password: str,
    *,
    admin: bool,
) -> str:
    """The hex HMAC-SHA1 Synapse expects in the ``mac`` field."""
    mac = hmac.new(shared_secret.encode("utf-8"), digestmod=hashlib.sha1)
    for part in (nonce, localpart, password):
        mac.update(part.encode("utf-8"))
        mac.update(b"\x00")
    mac.update(b"admin" if admin else b"notadmin")
    return mac.hexdigest()


def register_user(
    base_url: str,
    shared_secret: str,
    localpart: str,
    password: str,
    *,
    admin: bool = False,
    displayname: str | None = None,
) -> str:
    """Register ``localpart`` and return its full user id (``@localpart:server``).

    If the user already exists (``M_USER_IN_USE``) the call still succeeds: the id is
    found by logging in with ``password`` (and that session is logged out again), so an
    existing account with a different password raises :class:`AccountError`.  Admin flag
    and display name of an existing account are left unchanged.
    """
    base = base_url.rstrip("/")
    nonce = _request("GET", f"{base}/_synapse/admin/v1/register")["nonce"]
    body: dict[str, Any] = {
        "nonce": nonce,
        "username": localpart,
        "password": password,
        "admin": admin,
        "mac": registration_mac(shared_secret, nonce, localpart, password, admin=admin),
    }
    if displayname is not None:
        body["displayname"] = displayname
    try:
        response = _request("POST", f"{base}/_synapse/admin/v1/register", body)
    except AccountError as error:
        if error.errcode != "M_USER_IN_USE":
            raise
        return _existing_user_id(base, localpart, password)
    user_id: str = response["user_id"]
    # The admin API returns a session we do not need; leave no stray device behind.
    _logout(base, response.get("access_token"))
    return user_id


def _existing_user_id(base: str, localpart: str, password: str) -> str:
    login = _request(
        "POST",
        f"{base}/_matrix/client/v3/login",
        {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": localpart},
            "password": password,
            "initial_device_display_name": "messenger_desktop account check",
        },
    )
    user_id: str = login["user_id"]
    _logout(base, login.get("access_token"))
    return user_id


def _logout(base: str, access_token: object) -> None:
    if isinstance(access_token, str):
        _request("POST", f"{base}/_matrix/client/v3/logout", {}, access_token=access_token)


def _request(
    method: str,
    url: str,
    body: dict[str, Any] | None = None,
    *,
    access_token: str | None = None,
) -> dict[str, Any]:
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(f"not an http(s) URL: {url!r}")
    data = json.dumps(body).encode("utf-8") if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if access_token is not None:
        request.add_header("Authorization", f"Bearer {access_token}")
    try:
        with _OPENER.open(request, timeout=_TIMEOUT) as response:
            payload: dict[str, Any] = json.loads(response.read() or b"{}")
            return payload
    except urllib.error.HTTPError as error:
        raw = error.read()
        try:
            detail = json.loads(raw)
        except ValueError:
            detail = {}
        errcode = detail.get("errcode") if isinstance(detail, dict) else None
        message = detail.get("error") if isinstance(detail, dict) else None
        raise AccountError(
            f"{method} {url} failed: HTTP {error.code} {errcode or ''} {message or raw[:200]!r}",
            status=error.code,
            errcode=errcode,
        ) from None
