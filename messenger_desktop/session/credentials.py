"""Access token and device id in the OS keyring, keyed by profile; never in a file.

Keyring calls are synchronous (D-Bus on Linux): the async wrappers run them in an executor. A
machine without a secure backend gets :class:`NoSecureKeyring` with a sentence the user can act on;
the caller then keeps the session in memory only.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from typing import Any, Final

import orjson

from ..api.client import Credentials
from ..api.ids import DeviceId, UserId

SERVICE = "messenger-desktop"

PLATFORM_STORES: Final = {
    "linux": "keyring.backends.SecretService.Keyring",
    "darwin": "keyring.backends.macOS.Keyring",
    "win32": "keyring.backends.Windows.WinVaultKeyring",
}
"""The store keyring would choose on each platform, tried first (:func:`_platform_store`)."""


class NoSecureKeyring(Exception):
    """No secure credential store is available; the session can only live in memory."""


def _platform_store() -> None:
    """Choose the platform's own store as keyring would, without keyring's search: that imports
    every backend it knows (macOS's looks for its library even on Linux) and scans every installed
    package for more — 60–80 ms at start-up, on a thread that shares the interpreter with the
    window being built. The user's choice (``PYTHON_KEYRING_BACKEND``, keyring's config file)
    still comes first. Nothing changes when keyring has already chosen (or been given) a backend,
    when its internals are not as expected, or when the platform's store is not there: keyring's
    own search then decides."""
    import keyring.core

    if getattr(keyring.core, "_keyring_backend", "unknown") is not None:
        return
    name = PLATFORM_STORES.get("linux" if sys.platform.startswith("linux") else sys.platform)
    try:
        chosen = keyring.core.load_env() or keyring.core.load_config()
        if chosen is None and name is not None:
            chosen = keyring.core.load_keyring(name)  # raises when the store is not there
    except Exception:  # keyring's search will say what there is
        return
    if chosen is not None:
        keyring.core.set_keyring(chosen)


def _backend() -> Any:
    import keyring
    import keyring.backends.fail

    _platform_store()
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    chained = getattr(backend, "backends", None)
    insecure = (
        isinstance(backend, keyring.backends.fail.Keyring)
        or "keyrings.alt" in name
        or "null" in name.lower()
        or (chained is not None and not chained)
        or getattr(backend, "priority", 1) <= 0
    )
    if insecure:
        raise NoSecureKeyring(
            "No secure password store was found (for example GNOME Keyring or KWallet), so you "
            "will be signed out when the app closes. Install and unlock one to stay signed in."
        )
    return backend


def backend_name() -> str:
    backend = _backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def save(profile_key: str, credentials: Credentials) -> None:
    data = {
        "homeserver": credentials.homeserver,
        "user_id": credentials.user_id,
        "device_id": credentials.device_id,
        "access_token": credentials.access_token,
        "refresh_token": credentials.refresh_token,
    }
    _backend().set_password(SERVICE, profile_key, orjson.dumps(data).decode())


def load(profile_key: str) -> Credentials | None:
    text = _backend().get_password(SERVICE, profile_key)
    if not text:
        return None
    try:
        data = orjson.loads(text)
        return Credentials(
            homeserver=str(data["homeserver"]),
            user_id=UserId(str(data["user_id"])),
            device_id=DeviceId(str(data["device_id"])),
            access_token=str(data["access_token"]),
            refresh_token=data.get("refresh_token") or None,
        )
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return None


def delete(profile_key: str) -> None:
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        _backend().delete_password(SERVICE, profile_key)


async def save_async(profile_key: str, credentials: Credentials) -> None:
    await asyncio.get_running_loop().run_in_executor(None, save, profile_key, credentials)


async def load_async(profile_key: str) -> Credentials | None:
    return await asyncio.get_running_loop().run_in_executor(None, load, profile_key)


async def delete_async(profile_key: str) -> None:
    await asyncio.get_running_loop().run_in_executor(None, delete, profile_key)


# -- other secrets of a profile (the network proxy's password) ----------------------------------


def _secret_account(profile_key: str, name: str) -> str:
    return f"{profile_key}/{name}"


def save_secret(profile_key: str, name: str, value: str) -> None:
    """Keep ``value`` under the profile's ``name``; an empty value removes it."""
    import keyring.errors

    backend = _backend()
    if value:
        backend.set_password(SERVICE, _secret_account(profile_key, name), value)
        return
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(SERVICE, _secret_account(profile_key, name))


def load_secret(profile_key: str, name: str) -> str:
    return _backend().get_password(SERVICE, _secret_account(profile_key, name)) or ""


async def save_secret_async(profile_key: str, name: str, value: str) -> None:
    await asyncio.get_running_loop().run_in_executor(None, save_secret, profile_key, name, value)


async def load_secret_async(profile_key: str, name: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(None, load_secret, profile_key, name)
