"""The profile's log files: written while open, private, rotated, redacted, and gone from the
logging tree once closed."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from messenger_desktop.diagnostics import logfiles
from messenger_desktop.diagnostics.logfiles import LOG_NAME, ProfileLog
from messenger_desktop.diagnostics.redact import REDACTED

TOKEN = "syt_Ym9i_aVeryRandomPartOfIt123_9Zz8Yy"


def test_the_log_is_private_redacted_and_closed_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "profile" / "logs"
    before = logging.getLogger("messenger_desktop").level
    log = ProfileLog(folder).open()
    app = logging.getLogger("messenger_desktop.session.sync_loop")
    try:
        app.info("signed in with %s", {"access_token": TOKEN, "body": "a secret plan"})
        logging.getLogger("some.library").info("chatter below WARNING is not kept")
        logging.getLogger("some.library").warning("a library's warning is kept")
    finally:
        log.close()
    app.info("after closing: not written")

    text = (folder / LOG_NAME).read_text(encoding="utf-8")
    assert "signed in with" in text and REDACTED in text
    assert TOKEN not in text and "secret plan" not in text
    assert "a library's warning is kept" in text
    assert "chatter" not in text and "after closing" not in text
    assert stat.S_IMODE((folder / LOG_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert logging.getLogger("messenger_desktop").level == before


def test_files_rotate_and_stay_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfiles, "MAX_BYTES", 2_000)
    monkeypatch.setattr(logfiles, "BACKUPS", 2)
    log = ProfileLog(tmp_path / "logs").open()
    try:
        for n in range(200):
            logging.getLogger("messenger_desktop.test").info("line %d of a long run", n)
    finally:
        log.close()
    names = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert names == [LOG_NAME, f"{LOG_NAME}.1", f"{LOG_NAME}.2"]
    for path in (tmp_path / "logs").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.stat().st_size <= 2_200
    assert "line 199" in (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")


def test_remembered_tokens_of_any_shape_are_hidden(tmp_path: Path) -> None:
    log = ProfileLog(tmp_path / "logs").open()
    log.redactor.remember("opaque-token-of-another-server")
    try:
        logging.getLogger("messenger_desktop.test").warning("got opaque-token-of-another-server back")
    finally:
        log.close()
    text = log.path.read_text(encoding="utf-8")
    assert "opaque-token" not in text and f"got {REDACTED} back" in text
