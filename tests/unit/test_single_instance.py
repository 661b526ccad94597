"""The single-instance pieces that need no running app: the socket's name, the message format, the
profile lock, and how the command line finds the link among its arguments."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

from messenger_desktop.cli import take_link
from messenger_desktop.qt.single_instance import (
    MAX_MESSAGE,
    Handover,
    ProfileLock,
    activation_token,
    decode_message,
    encode_message,
    server_name,
)
from messenger_desktop.richtext.links import MAX_URL_LENGTH

# -- the name --------------------------------------------------------------------------------------


def test_the_name_is_stable_for_a_user_and_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    profile = tmp_path / "profile"
    profile.mkdir()
    assert server_name(profile, "ann") == server_name(profile, "ann")
    # the same directory however it is written
    monkeypatch.chdir(tmp_path)
    assert server_name(Path("profile"), "ann") == server_name(profile, "ann")
    assert server_name(tmp_path / "x" / ".." / "profile", "ann") == server_name(profile, "ann")


def test_another_user_or_profile_gets_another_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    names = {
        server_name(tmp_path / "one", "ann"),
        server_name(tmp_path / "two", "ann"),
        server_name(tmp_path / "one", "bob"),
        server_name(tmp_path / "two", "bob"),
    }
    assert len(names) == 4
    for name in names:  # a plain name Qt places in its own directory: no path, nothing to escape
        assert name.startswith("messenger-desktop-") and "/" not in name and len(name) < 60


def test_the_name_is_in_the_runtime_directory_when_there_is_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tempfile.TemporaryDirectory(prefix="run") as runtime:  # short, as /run/user/1000 is
        monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
        name = server_name(tmp_path / "profile", "ann")
        assert os.path.dirname(name) == runtime
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "missing"))
    assert "/" not in server_name(tmp_path / "profile", "ann")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / ("d" * 120)))  # too long for a socket
    (tmp_path / ("d" * 120)).mkdir()
    assert "/" not in server_name(tmp_path / "profile", "ann")


# -- the message -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    ["", "matrix:r/room:example.org", "https://matrix.to/#/@a:b.org", "matrix:r/ünï:example.org", "x" * 8192],
)
def test_a_message_round_trips(link: str) -> None:
    line = encode_message(link)
    assert line.endswith(b"\n") and line.count(b"\n") == 1 and len(line) < MAX_MESSAGE
    assert decode_message(line[:-1]) == Handover(link)
    token = "kwin-1234_abc.5"
    assert decode_message(encode_message(link, token)[:-1]) == Handover(link, token)


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"not json",
        b"\xff\xfe{}",  # not UTF-8
        b"[]",
        b"null",
        b'"matrix:r/a:b.org"',
        b"{}",  # no version
        b'{"v": 2, "link": "matrix:r/a:b.org"}',  # a version this one does not know
        b'{"v": "1", "link": "matrix:r/a:b.org"}',
        b'{"v": true, "link": "matrix:r/a:b.org"}',
        b'{"v": 1, "link": 5}',
        b'{"v": 1, "link": null}',
        b'{"v": 1, "link": ["matrix:r/a:b.org"]}',
        b'{"v": 1, "link": "a\\u0000b"}',
        b'{"v": 1, "link": "' + b"a" * (MAX_URL_LENGTH + 1) + b'"}',
        b"[" * 100_000,  # deep nesting
        b'{"v": 1, "link": "' + b"a" * MAX_MESSAGE + b'"}',
        b'{"v": 1, "link": "matrix:r/a:b.org"',  # cut short
        b'{"v": 1, "link": "", "token": 7}',
        b'{"v": 1, "link": "", "token": "with space"}',
        b'{"v": 1, "link": "", "token": "new\\nline"}',
        b'{"v": 1, "link": "", "token": "' + b"t" * 513 + b'"}',
    ],
)
def test_anything_else_is_not_a_message(line: bytes) -> None:
    assert decode_message(line) is None


def test_unknown_fields_are_ignored_for_later_versions_to_add() -> None:
    line = json.dumps({"v": 1, "link": "matrix:r/a:b.org", "activation_token": "t"}).encode()
    assert decode_message(line) == Handover("matrix:r/a:b.org")


def test_the_activation_token_comes_from_the_desktops_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID"):
        monkeypatch.delenv(variable, raising=False)
    assert activation_token() == ""
    monkeypatch.setenv("DESKTOP_STARTUP_ID", "x11-startup_TIME123")
    assert activation_token() == "x11-startup_TIME123"
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "wayland-token")
    assert activation_token() == "wayland-token"
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "bad token\n")  # not passed on
    assert activation_token() == "x11-startup_TIME123"


# -- the lock --------------------------------------------------------------------------------------


def test_the_profile_lock_is_exclusive_until_released(tmp_path: Path) -> None:
    first, second = ProfileLock(tmp_path / "instance.lock"), ProfileLock(tmp_path / "instance.lock")
    try:
        assert first.try_lock()
        assert not second.try_lock()
        first.release()
        assert second.try_lock()
    finally:
        first.release()
        second.release()


def test_a_lock_file_left_behind_does_not_hold_the_profile(tmp_path: Path) -> None:
    (tmp_path / "instance.lock").write_text("4242\n")
    lock = ProfileLock(tmp_path / "instance.lock")
    try:
        assert lock.try_lock()
    finally:
        lock.release()


# -- the command line ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "rest", "link"),
    [
        ([], [], None),
        (["matrix:r/a:b.org"], [], "matrix:r/a:b.org"),
        (["--profile", "P", "matrix:u/a:b.org"], ["--profile", "P"], "matrix:u/a:b.org"),
        (["matrix:u/a:b.org", "--minimised"], ["--minimised"], "matrix:u/a:b.org"),
        (["MATRIX:r/a:b.org"], [], "MATRIX:r/a:b.org"),
        (["https://matrix.to/#/@a:b.org"], [], "https://matrix.to/#/@a:b.org"),
        (["matrix:not-valid"], [], "matrix:not-valid"),  # the app says it cannot open it
        # after a command, a link is that command's argument (here: the text to send)
        (
            ["send", "--profile", "P", "--room", "!r:b.org", "matrix:r/a:b.org"],
            ["send", "--profile", "P", "--room", "!r:b.org", "matrix:r/a:b.org"],
            None,
        ),
        (["https://example.org"], ["https://example.org"], None),  # not a Matrix link: argparse refuses it
    ],
)
def test_the_command_line_takes_the_link_out(argv: list[str], rest: list[str], link: str | None) -> None:
    assert take_link(argv) == (rest, link)
