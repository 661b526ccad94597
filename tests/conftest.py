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


def pytest_configure(config: pytest.Config) -> None:
    """A crash prints the crashing thread's stack, and only that one (pytest's own fault handler,
    turned off in pyproject, prints every thread, and CI shows only the first lines of a crash)."""
    faulthandler.enable(file=os.dup(sys.__stderr__.fileno()), all_threads=False)
    # -- issue 8: after the run, no profile holds a token or a password (tests/support/secret_scan.py)
    config.pluginmanager.register(SecretScan(), "secret-scan")
    # -- issue 8: hypothesis profiles (ci by default; HYPOTHESIS_PROFILE=soak for thousands)
    hypothesis_profiles.load()


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
