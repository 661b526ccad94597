"""The profile's log files: ``<profile>/logs/messenger.log`` and a few older ones beside it.

While a profile is open its log records what the app's own modules say at INFO and up, and what
libraries warn about, every line redacted first (:mod:`.redact`). The files rotate at
:data:`MAX_BYTES`, keeping :data:`BACKUPS` old ones, so logs never take more than ~10 MB. They are
readable by the user only, like the rest of the profile.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import IO

from .. import __version__
from .redact import RedactingFilter, Redactor
from .report import os_description, python_description

LOG_NAME = "messenger.log"
MAX_BYTES = 2 << 20
BACKUPS = 4
APP_LOGGER = "messenger_desktop"
LINE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Creates each file (the first and every one after a rollover) readable by the user only."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


class ProfileLog:
    """The log of one open profile, from :meth:`open` until :meth:`close`.

    The handler sits on the root logger, so warnings of libraries (asyncio's "Task exception was
    never retrieved" among them) are kept too; the app's own loggers are lowered to INFO while it
    is open, and put back afterwards."""

    def __init__(self, folder: Path, redactor: Redactor | None = None) -> None:
        self.folder = folder
        self.redactor = redactor or Redactor()
        self._handler: logging.Handler | None = None
        self._previous_level = logging.NOTSET

    @property
    def path(self) -> Path:
        return self.folder / LOG_NAME

    def open(self) -> ProfileLog:
        if self._handler is not None:
            return self
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _PrivateRotatingHandler(
            self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setLevel(logging.INFO)
        handler.addFilter(RedactingFilter(self.redactor))
        handler.setFormatter(logging.Formatter(LINE_FORMAT))
        logging.getLogger().addHandler(handler)
        app = logging.getLogger(APP_LOGGER)
        self._previous_level = app.level
        if app.level == logging.NOTSET or app.level > logging.INFO:
            app.setLevel(logging.INFO)
        self._handler = handler
        logging.getLogger(__name__).info(
            "log opened: messenger-desktop %s, Python %s, %s",
            __version__,
            python_description(),
            os_description(),
        )
        return self

    def close(self) -> None:
        handler, self._handler = self._handler, None
        if handler is None:
            return
        logging.getLogger().removeHandler(handler)
        logging.getLogger(APP_LOGGER).setLevel(self._previous_level)
        handler.close()


def echo_warnings(stream: IO[str] | None = None, redactor: Redactor | None = None) -> logging.Handler:
    """Warnings and errors on stderr too (redacted), as before there were log files: Python prints
    them only while no handler is configured at all."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.addFilter(RedactingFilter(redactor or Redactor()))
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return handler
