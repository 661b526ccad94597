"""Credentials in a real Secret Service (GNOME Keyring on a private D-Bus session)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from messenger_desktop.api import Credentials, DeviceId, UserId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.session import credentials
from tests.support.keyring_env import require_secret_service
from tests.support.synapse import UserFactory

pytestmark = [pytest.mark.keyring]


@pytest.fixture(autouse=True)
def _secret_service() -> None:
    require_secret_service()


def test_secrets_round_trip_through_the_secret_service(tmp_path: Path) -> None:
    assert "SecretService" in credentials.backend_name()
    creds = Credentials("https://hs.example", UserId("@a:hs"), DeviceId("DEV"), "tok-123", "refresh")
    credentials.save(str(tmp_path), creds)
    assert credentials.load(str(tmp_path)) == creds
    assert credentials.load(str(tmp_path / "other-profile")) is None
    credentials.delete(str(tmp_path))
    assert credentials.load(str(tmp_path)) is None


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "messenger_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
        check=False,
    )


@pytest.mark.integration
def test_cli_login_keeps_the_token_in_the_keyring_only_and_logout_forgets_it(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    user_id, password = new_user("cli")
    profile = tmp_path / "profile"
    done = _cli(
        "login",
        "--profile",
        str(profile),
        "--homeserver",
        synapse.base_url,
        "--user",
        user_id,
        "--password-stdin",
        stdin=password + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert f"Signed in as {user_id}" in done.stdout
    stored = credentials.load(str(profile.resolve()))
    assert stored is not None and stored.user_id == user_id

    ran = _cli("run", "--profile", str(profile), "--once", "--trace-startup")
    assert ran.returncode == 0, ran.stderr
    milestones = [line.split("] ", 1)[1] for line in ran.stderr.splitlines() if line.startswith("[")]
    assert [m.split(" (")[0] for m in milestones] == [
        "cache loaded",
        "first rows ready",
        "first sync request sent",
    ]
    for file in profile.rglob("*"):
        if file.is_file():
            assert stored.access_token.encode() not in file.read_bytes(), f"token written to {file}"

    out = _cli("logout", "--profile", str(profile))
    assert out.returncode == 0, out.stderr
    assert credentials.load(str(profile.resolve())) is None
    assert not (profile / "cache.sqlite3").exists()


@pytest.mark.integration
def test_cli_login_with_a_wrong_password_says_so(
    synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    user_id, _ = new_user("cli")
    done = _cli(
        "login",
        "--profile",
        str(tmp_path / "p"),
        "--homeserver",
        synapse.base_url,
        "--user",
        user_id,
        "--password-stdin",
        stdin="nope\n",
    )
    assert done.returncode == 1
    assert "Wrong user name or password" in done.stderr


def test_without_a_secure_keyring_the_user_is_told_clearly(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    done = subprocess.run(
        [sys.executable, "-m", "messenger_desktop", "run", "--profile", str(tmp_path / "p"), "--once"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert "No secure password store was found" in done.stderr


CHOICE = """
import sys
from messenger_desktop.session import credentials
print(credentials.load(sys.argv[1]), credentials.backend_name())
print("searched" if "keyring.backends.macOS" in sys.modules else "not searched")
"""


def test_the_secret_service_is_found_without_searching_every_keyring(tmp_path: Path) -> None:
    """At start-up the app asks the Secret Service directly; keyring's search (every backend it
    knows imported, every package scanned) costs 60–80 ms on a thread beside the window."""
    command = [sys.executable, "-c", CHOICE, str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split("\n")[:2] == ["None keyring.backends.SecretService.Keyring", "not searched"]


def test_the_users_choice_of_keyring_still_comes_first(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    command = [sys.executable, "-c", CHOICE, str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env, check=False)
    assert "No secure password store was found" in done.stderr  # the null keyring is not secure
