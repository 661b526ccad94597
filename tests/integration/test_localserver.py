"""The local Synapse helper against a real Synapse process."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import textwrap
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from messenger_desktop.localserver import (
    AccountError,
    LocalSynapse,
    LocalSynapseError,
    health_ok,
    register_user,
)
from messenger_desktop.localserver import process as process_module
from tests.support.synapse import UserFactory, require_synapse, running_synapse, unique_localpart

pytestmark = pytest.mark.integration

_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def login(base_url: str, user_id: str, password: str) -> dict[str, object]:
    body = json.dumps(
        {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user_id},
            "password": password,
        }
    ).encode()
    request = urllib.request.Request(
        f"{base_url}/_matrix/client/v3/login",
        data=body,
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with _NO_PROXY.open(request, timeout=10) as response:
        result: dict[str, object] = json.loads(response.read())
        return result


def listening_addresses(pid: int) -> set[tuple[str, int]]:
    """(address, port) of every TCP socket in LISTEN state owned by ``pid`` (Linux)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    found = set()
    for table, width in (("tcp", 4), ("tcp6", 16)):
        lines = Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]
        for line in lines:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state != "0A" or inode not in inodes:  # 0A = LISTEN
                continue
            hex_addr, hex_port = local.split(":")
            raw = bytes.fromhex(hex_addr)
            # /proc stores the address as 32-bit little-endian words.
            words = b"".join(raw[i : i + 4][::-1] for i in range(0, width, 4))
            family = socket.AF_INET if width == 4 else socket.AF_INET6
            found.add((socket.inet_ntop(family, words), int(hex_port, 16)))
    return found


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalSynapse]:
    """A server these tests may restart and stop without disturbing the shared one."""
    with running_synapse(tmp_path_factory.mktemp("own-synapse")) as server:
        yield server


def test_health_ok(synapse: LocalSynapse) -> None:
    assert synapse.is_running
    assert synapse.base_url == f"http://127.0.0.1:{synapse.port}"
    assert health_ok(synapse.base_url)


def test_registration_and_reregistration(synapse: LocalSynapse) -> None:
    localpart = unique_localpart("reg")
    secret = synapse.registration_shared_secret
    user_id = register_user(synapse.base_url, secret, localpart, "pw1", displayname="Reg User")
    assert user_id == f"@{localpart}:localhost"
    assert register_user(synapse.base_url, secret, localpart, "pw1") == user_id
    assert login(synapse.base_url, user_id, "pw1")["user_id"] == user_id
    with pytest.raises(AccountError) as wrong_password:
        register_user(synapse.base_url, secret, localpart, "other password")
    assert wrong_password.value.status == 403


def test_wrong_shared_secret_is_refused(synapse: LocalSynapse) -> None:
    with pytest.raises(AccountError) as refused:
        register_user(synapse.base_url, "not the secret", unique_localpart("bad"), "pw")
    assert refused.value.status == 403


def test_new_user_factory_gives_unique_working_accounts(new_user: UserFactory) -> None:
    (alice, alice_pw), (bob, _bob_pw) = new_user("alice"), new_user("bob", admin=True)
    assert alice != bob
    assert alice.startswith("@alice-")
    assert alice.endswith(":localhost")
    assert login(new_user.server.base_url, alice, alice_pw)["user_id"] == alice


def test_only_listens_on_loopback(synapse: LocalSynapse) -> None:
    assert synapse.pid is not None
    addresses = listening_addresses(synapse.pid)
    assert addresses == {("127.0.0.1", synapse.port)}
    config = json.loads(synapse.paths.config.read_text())
    assert [listener["bind_addresses"] for listener in config["listeners"]] == [["127.0.0.1"]]
    assert config["listeners"][0]["resources"] == [{"names": ["client"], "compress": False}]


def test_server_dir_is_private(synapse: LocalSynapse) -> None:
    paths = synapse.paths
    assert stat.S_IMODE(paths.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.media_store.stat().st_mode) == 0o700
    for path in paths.root.iterdir():
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path.name} is {oct(mode)}"
    for path in (paths.config, paths.signing_key, paths.state, paths.database, paths.log):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_signing_key_is_loadable_by_synapse_tooling(synapse: LocalSynapse) -> None:
    signedjson_key = pytest.importorskip("signedjson.key")
    keys = signedjson_key.read_signing_keys(synapse.paths.signing_key.read_text().splitlines())
    assert len(keys) == 1
    assert keys[0].alg == "ed25519"
    assert keys[0].version.startswith("a_")


def test_restart_keeps_data_and_port(own_server: LocalSynapse) -> None:
    user_id, password = UserFactory(own_server)("restart")
    port, pid = own_server.port, own_server.pid
    own_server.restart()
    assert own_server.is_running
    assert own_server.pid != pid
    assert own_server.port == port
    assert health_ok(own_server.base_url)
    assert login(own_server.base_url, user_id, password)["user_id"] == user_id


def test_directory_is_locked_while_running(own_server: LocalSynapse) -> None:
    with pytest.raises(LocalSynapseError, match="in use"):
        LocalSynapse(own_server.paths.root).start()


def test_reused_directory_keeps_data_port_and_secret(own_server: LocalSynapse) -> None:
    user_id, password = UserFactory(own_server)("reuse")
    port, secret = own_server.port, own_server.registration_shared_secret
    own_server.stop()
    assert not own_server.is_running
    assert not health_ok(f"http://127.0.0.1:{port}")

    with pytest.raises(LocalSynapseError, match="cannot change its name"):
        LocalSynapse(own_server.paths.root, server_name="elsewhere").start()

    with LocalSynapse(own_server.paths.root) as again:
        assert again.port == port
        assert again.registration_shared_secret == secret
        assert login(again.base_url, user_id, password)["user_id"] == user_id
    own_server.start()  # leave the module fixture as it was


def test_taken_state_port_moves_to_a_new_one(own_server: LocalSynapse) -> None:
    old_port = own_server.port
    own_server.stop()
    with socket.socket() as squatter:
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # ignore TIME_WAIT
        squatter.bind(("127.0.0.1", old_port))
        squatter.listen()
        own_server.start()
        assert own_server.port != old_port
        assert health_ok(own_server.base_url)


def test_port_taken_between_choosing_and_binding_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_synapse()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        busy = squatter.getsockname()[1]
        real_free_port = process_module.free_loopback_port
        offered = iter([busy])
        monkeypatch.setattr(
            process_module, "free_loopback_port", lambda: next(offered, None) or real_free_port()
        )
        with LocalSynapse(tmp_path / "race") as server:
            assert server.port != busy
            assert health_ok(server.base_url)


def test_pinned_port_that_stays_taken_fails(tmp_path: Path) -> None:
    require_synapse()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        server = LocalSynapse(tmp_path / "pinned", port=squatter.getsockname()[1])
        with pytest.raises(LocalSynapseError, match="in use by another program"):
            server.start()
        assert not server.is_running


def test_start_failure_reports_the_log_tail(tmp_path: Path) -> None:
    require_synapse()
    server = LocalSynapse(tmp_path / "broken", overrides={"database": {"name": "no-such-db"}})
    with pytest.raises(LocalSynapseError, match="no-such-db"):
        server.start()
    assert not server.is_running


def test_orphan_of_a_crashed_parent_is_replaced(tmp_path: Path) -> None:
    """The demo server's parent can die without stopping Synapse; the next start copes."""
    require_synapse()
    server_dir = tmp_path / "orphan"
    crash = textwrap.dedent(
        f"""
        import os
        from messenger_desktop.localserver import LocalSynapse
        server = LocalSynapse({str(server_dir)!r})
        server.start()
        print(server.pid, server.port, flush=True)
        os._exit(0)  # no atexit, no stop(): Synapse is orphaned
        """
    )
    output = subprocess.run(
        [sys.executable, "-c", crash], capture_output=True, text=True, timeout=120, check=True
    ).stdout.split()
    orphan_pid, port = int(output[0]), int(output[1])
    assert health_ok(f"http://127.0.0.1:{port}")

    with LocalSynapse(server_dir) as server:
        assert server.port == port
        assert server.pid != orphan_pid
        assert (
            not Path(f"/proc/{orphan_pid}").exists()
            or b"Z" in Path(f"/proc/{orphan_pid}/stat").read_bytes().rsplit(b")", 1)[-1][:3]
        )
