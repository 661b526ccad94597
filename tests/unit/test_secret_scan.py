"""The end-of-run check of issue 8 finds a secret planted in a profile, wherever it sits, and the
run's recording sees the tokens and passwords it has to look for."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from messenger_desktop.api.client import Credentials
from messenger_desktop.api.ids import DeviceId, UserId
from tests.support.secret_scan import Finding, SecretBook, SecretScan, kinds_in, profiles_under, scan

# Not made through Credentials or a sign-in: this run's own check must not look for them.
TOKEN = "syt_cGxhbnRlZA_PlantedTokenForTheScanner_1a2B3c"
PASSWORD = "pw-planted-password-for-the-scanner"


def _profile(base: Path) -> Path:
    profile = base / "profile"
    (profile / "logs").mkdir(parents=True)
    (profile / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    (profile / "logs" / "messenger.log").write_text("all quiet\n", encoding="utf-8")
    return profile


def test_a_planted_token_is_found_in_a_sqlite_cache_and_named(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    with sqlite3.connect(profile / "cache.sqlite3") as db:
        db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('device', ?)", ("DEVICE" + TOKEN,))  # run together
    db.close()
    secrets = {TOKEN: "access token", PASSWORD: "password"}
    assert scan([profile], secrets) == [Finding(profile / "cache.sqlite3", "access token")]


def test_a_planted_password_in_a_log_and_a_cached_file_are_found(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    (profile / "logs" / "messenger.log").write_text(f'login {{"password": "{PASSWORD}"}}\n', encoding="utf-8")
    (profile / "media-cache").mkdir()
    (profile / "media-cache" / "ab12").write_bytes(b"\x89PNG\x00" + TOKEN.encode() + b"\xff")
    found = scan([profile], {TOKEN: "access token", PASSWORD: "password"})
    assert found == [
        Finding(profile / "logs" / "messenger.log", "password"),
        Finding(profile / "media-cache" / "ab12", "access token"),
    ]


def test_a_clean_profile_has_no_findings_and_near_misses_are_not_secrets(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    (profile / "notes").write_text(TOKEN[:-1] + " " + PASSWORD[:-2], encoding="utf-8")
    assert scan([profile], {TOKEN: "access token", PASSWORD: "password"}) == []
    assert kinds_in(b"", {}) == set()


def test_profiles_made_by_other_processes_are_recognised_by_their_files(tmp_path: Path) -> None:
    profile = _profile(tmp_path / "test_cli0")
    server = tmp_path / "synapse0"
    server.mkdir()
    (server / "homeserver.db").write_bytes(TOKEN.encode())  # the server keeps tokens: not a profile
    assert profiles_under(tmp_path) == {profile}


def test_the_run_records_tokens_passwords_and_profiles(tmp_path: Path) -> None:
    plugin = SecretScan()
    plugin.start()
    try:
        Credentials(
            "https://hs", UserId("@a:hs"), DeviceId("D"), "opaque-access-token-1234", "refresh-token-5678"
        )
        Credentials("https://hs", UserId("@a:hs"), DeviceId("D"), "tok")  # a stand-in, too short
        from messenger_desktop.session.profile import Profile

        Profile.at(tmp_path / "recorded")
    finally:
        plugin.stop()
    assert plugin.book.secrets == {
        "opaque-access-token-1234": "access token",
        "refresh-token-5678": "refresh token",
    }
    assert plugin.book.profiles == {(tmp_path / "recorded").resolve()}
    Credentials("https://hs", UserId("@a:hs"), DeviceId("D"), "made-after-unconfigure-0000")
    assert "made-after-unconfigure-0000" not in plugin.book.secrets


def test_a_book_keeps_the_first_kind_of_a_value() -> None:
    book = SecretBook()
    book.record("access token", "same-value-for-both-kinds")
    book.record("password", "same-value-for-both-kinds")
    assert book.secrets == {"same-value-for-both-kinds": "access token"}
