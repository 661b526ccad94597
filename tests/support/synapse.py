"""Helpers around :class:`messenger_desktop.localserver.LocalSynapse` for tests.

The session-wide server is the ``synapse`` fixture in ``tests/conftest.py``; use
:func:`running_synapse` only for a test that needs a server of its own (e.g. Synapse's
real rate limits, a short ``refreshable_access_token_lifetime``, or a server to kill).
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from messenger_desktop.localserver import LocalSynapse, RateLimits, register_user

_counter = itertools.count()
# One random tag per test run keeps user names unique even across runs sharing a server.
_RUN_TAG = uuid.uuid4().hex[:6]


def require_synapse() -> None:
    """Skip the calling test/fixture when matrix-synapse is not installed."""
    if importlib.util.find_spec("synapse") is None:
        pytest.skip("matrix-synapse is not installed (pip install .[test])")


@contextmanager
def running_synapse(
    server_dir: str | os.PathLike[str],
    *,
    rate_limits: RateLimits = "relaxed",
    overrides: Mapping[str, Any] | None = None,
    server_name: str = "localhost",
) -> Iterator[LocalSynapse]:
    """Start a server in ``server_dir`` for the duration of the ``with`` block.

    On a failure inside the block, the tail of the server log is printed (pytest shows
    it with the failing test), which is usually where the explanation is.
    """
    require_synapse()
    server = LocalSynapse(
        Path(server_dir), server_name=server_name, rate_limits=rate_limits, overrides=overrides
    )
    server.start()
    try:
        yield server
    except Exception:
        print(f"--- tail of {server.log_path} ---\n{server.log_tail()}")
        raise
    finally:
        server.stop()


def unique_localpart(prefix: str = "user") -> str:
    """A localpart no other test in this run (or an earlier run) has used."""
    return f"{prefix}-{_RUN_TAG}-{next(_counter)}"


class UserFactory:
    """Create fresh accounts on one server: ``factory()`` → ``(user_id, password)``."""

    def __init__(self, server: LocalSynapse) -> None:
        self.server = server

    def __call__(
        self,
        prefix: str = "user",
        *,
        admin: bool = False,
        displayname: str | None = None,
        password: str | None = None,
    ) -> tuple[str, str]:
        localpart = unique_localpart(prefix)
        password = password or f"pw-{uuid.uuid4().hex}"
        user_id = register_user(
            self.server.base_url,
            self.server.registration_shared_secret,
            localpart,
            password,
            admin=admin,
            displayname=displayname,
        )
        return user_id, password
