"""Session-wide fixtures: one local Synapse per test run and a fresh-user factory."""

from __future__ import annotations

import faulthandler
import os
import sys
from collections.abc import Iterator

import pytest

from messenger_desktop.localserver import LocalSynapse
from tests.support import hypothesis_profiles
from tests.support.secret_scan import SecretScan
from tests.support.synapse import UserFactory, running_synapse

_terminal: list[int] = []
"""The terminal's stderr, for the fault handler: pytest captures fd 2 while it runs a test, and
what is written there is lost when the process ends."""

HANG_LIMIT = 420.0
"""Seconds a test may take before the run is stopped with every thread's stack (see
:func:`pytest_runtest_protocol`): longer than pytest-timeout's 300 s, which reports an ordinary
slow test and goes on."""


def pytest_configure(config: pytest.Config) -> None:
    """A crash prints the crashing thread's stack, and only that one (pytest's own fault handler,
    turned off in pyproject, prints every thread, and CI shows only the first lines of a crash)."""
    _terminal.append(os.dup(sys.__stderr__.fileno()))  # now, not on import: capture is paused
    faulthandler.enable(file=_terminal[0], all_threads=False)
    # -- issue 8: after the run, no profile holds a token or a password (tests/support/secret_scan.py)
    config.pluginmanager.register(SecretScan(), "secret-scan")
    # -- issue 8: hypothesis profiles (ci by default; HYPOTHESIS_PROFILE=soak for thousands)
    hypothesis_profiles.load()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    """A test stuck where pytest-timeout cannot stop it (the UI thread blocked inside Qt, holding
    the interpreter lock, so no Python signal handler runs) ends the run at :data:`HANG_LIMIT`
    with every thread's Python stack, instead of the run hanging until CI's own limit with no
    word of where. faulthandler's watchdog is a C thread: it needs no lock."""
    faulthandler.dump_traceback_later(HANG_LIMIT, exit=True, file=_terminal[0])
    try:
        return (yield)
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalSynapse]:
    """One Synapse (relaxed rate limits, 127.0.0.1, SQLite) for the whole run.

    Shared by every test: create your own users and rooms (``new_user``), never rely on
    server-wide state.  Started lazily — only runs that request it pay the ~2 s.
    """
    with running_synapse(tmp_path_factory.mktemp("synapse")) as server:
        yield server


@pytest.fixture(scope="session")
def new_user(synapse: LocalSynapse) -> UserFactory:
    """Factory: ``user_id, password = new_user()`` registers a fresh unique account.

    Optional arguments: ``new_user("alice", admin=True, displayname="Alice")``.
    """
    return UserFactory(synapse)
