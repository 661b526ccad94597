"""Session-wide fixtures: one local Synapse per test run and a fresh-user factory."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

from messenger_desktop.localserver import LocalSynapse
from tests.support.synapse import UserFactory, running_synapse


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


_exit_status = 0


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the run without the interpreter's final garbage collection once Qt was loaded.

    After hundreds of windows, engines and models, PySide6 6.12 can abort ("none_dealloc") while
    the interpreter frees the last Qt wrappers at exit — after every test has passed and the
    summary is printed. Which objects are left depends on the collector's timing, so it comes
    and goes with the mix of tests. The verdict is already known here; report it and leave.
    """
    if "PySide6" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status)
