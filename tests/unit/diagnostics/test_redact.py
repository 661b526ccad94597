"""Redaction: what a log line or a bug report may never show, wherever in the text it sits."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from messenger_desktop.diagnostics.redact import REDACTED, RedactingFilter, Redactor

SYNAPSE_TOKEN = "syt_YWxpY2U_ZkJxVnRhbGxhZmxzaGFmb_0Abc12"
REFRESH_TOKEN = "syr_YWxpY2U_cmVmcmVzaGluZ3Rva2Vu_1Xyz34"
OPAQUE = "Zp3opaqueTokenFromAnotherServer9"

# (case, text, what must go, what must stay)
SECRETS = [
    ("bearer header", f"Authorization: Bearer {OPAQUE}", OPAQUE, "Authorization: Bearer"),
    ("bearer in a dict", f"{{'Authorization': 'Bearer {OPAQUE}'}}", OPAQUE, "Authorization"),
    (
        "token in a URL",
        f"GET https://hs/_matrix/media/v3/download/hs/abc?access_token={OPAQUE}&allow_redirect=true",
        OPAQUE,
        "&allow_redirect=true",
    ),
    ("refresh token in a form", f"grant=1&refresh_token={OPAQUE}", OPAQUE, "grant=1"),
    ("JSON", f'{{"access_token": "{OPAQUE}", "device_id": "DEVICE"}}', OPAQUE, '"device_id": "DEVICE"'),
    ("dict repr", f"{{'refresh_token': '{OPAQUE}', 'expires_in_ms': 300}}", OPAQUE, "'expires_in_ms': 300"),
    (
        "dataclass repr",
        f"Credentials(homeserver='https://hs', user_id='@a:hs', access_token='{OPAQUE}', refresh_token=None)",
        OPAQUE,
        "user_id='@a:hs'",
    ),
    (
        "login body",
        '{"type": "m.login.password", "password": "hunter2 is long"}',
        "hunter2",
        "m.login.password",
    ),
    ("new password", "{'new_password': 'correct horse battery'}", "correct horse", "new_password"),
    ("password with a quote", '{"password": "it\'s \\"quoted\\" too"}', "quoted", '"password"'),
    ("Synapse token alone", f"the token {SYNAPSE_TOKEN} expired", SYNAPSE_TOKEN, "expired"),
    ("refresh token alone", f"refreshing with {REFRESH_TOKEN}", REFRESH_TOKEN, "refreshing with"),
    (
        "login token",
        '{"type": "m.login.token", "token": "loginTokenValue123"}',
        "loginTokenValue123",
        "m.login.token",
    ),
]

CONTENT = [
    ("body", '{"msgtype": "m.text", "body": "meet at the old mill"}', "old mill", '"msgtype": "m.text"'),
    ("HTML body", "{'formatted_body': '<b>meet</b> at the old mill'}", "old mill", "formatted_body"),
    ("edit", '{"m.new_content": {"body": "the old mill, 9 pm"}}', "old mill", "m.new_content"),
    ("file name", '{"msgtype": "m.file", "filename": "tax return 2024.pdf"}', "tax return", "m.file"),
    ("double-encoded JSON", '"{\\"body\\": \\"meet at the old mill\\"}"', "old mill", "body"),
    (
        "a path in an OSError",
        "[Errno 2] No such file or directory: '/home/me/Pictures/old mill.jpg'",
        "old mill",
        "/home/me/Pictures/",
    ),
    ("keyword argument", "Item(body='meet at the old mill', txn_id='m1')", "old mill", "txn_id='m1'"),
]

HARMLESS = [
    "sync failed (timed out); retrying in 2.0 s",
    "send m1700000000.1 failed (M_LIMIT_EXCEEDED); retry 2 in 1.5 s",
    "members of !room:hs not fetched: 404",
    "next_batch=s72594_4483_1934 since=s72594_4480_1930",
    "the nobody=1 flag and somebody's body_count=3",
    "call abc123: our renegotiation offer was dropped",
]


@pytest.mark.parametrize(("case", "text", "secret", "kept"), SECRETS, ids=[c[0] for c in SECRETS])
def test_secrets_are_redacted_and_the_rest_kept(case: str, text: str, secret: str, kept: str) -> None:
    for redactor in (Redactor(keep_content=False), Redactor(keep_content=True)):
        out = redactor.redact(text)
        assert secret not in out, case
        assert REDACTED in out
        assert kept in out


@pytest.mark.parametrize(("case", "text", "content", "kept"), CONTENT, ids=[c[0] for c in CONTENT])
def test_message_content_is_redacted_unless_asked_to_keep_it(
    case: str, text: str, content: str, kept: str
) -> None:
    out = Redactor(keep_content=False).redact(text)
    assert content not in out, case
    assert REDACTED in out
    assert kept in out
    assert Redactor(keep_content=True).redact(text) == text


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_lines_are_left_alone(text: str) -> None:
    assert Redactor().redact(text) == text


def test_content_is_hidden_by_default_and_kept_only_when_the_user_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MESSENGER_DESKTOP_LOG_CONTENT", raising=False)
    assert Redactor().keep_content is False
    monkeypatch.setenv("MESSENGER_DESKTOP_LOG_CONTENT", "1")
    assert Redactor().keep_content is True


def test_remembered_secrets_go_wherever_they_appear_and_short_ones_are_not_remembered() -> None:
    redactor = Redactor()
    redactor.remember("plain-opaque-secret", None, "", "short")
    assert redactor.redact("x plain-opaque-secret y") == f"x {REDACTED} y"
    assert redactor.redact("a short word") == "a short word"


def test_the_filter_redacts_arguments_tracebacks_and_stacks(tmp_path: Path) -> None:
    log = logging.getLogger("tests.redact")
    log.propagate = False
    log.setLevel(logging.INFO)
    stream = tmp_path / "out.log"
    handler = logging.FileHandler(stream, encoding="utf-8")
    handler.addFilter(RedactingFilter(Redactor()))
    log.addHandler(handler)
    try:
        log.info("login answered %s", {"access_token": OPAQUE, "body": "meet at the old mill"})
        try:
            raise ValueError(f"bad Authorization: Bearer {OPAQUE}")
        except ValueError:
            log.exception("request failed")
        log.warning("here: %s", SYNAPSE_TOKEN, stack_info=True)
        log.info("broken format %d", "not a number")
    finally:
        log.removeHandler(handler)
        handler.close()
    text = stream.read_text(encoding="utf-8")
    assert OPAQUE not in text
    assert SYNAPSE_TOKEN not in text
    assert "old mill" not in text
    assert "ValueError" in text and "request failed" in text
    assert "broken format" in text
    assert text.count(REDACTED) >= 4
