"""Taking secrets and message content out of text before it is logged or shared.

Logs end up attached to bug reports, so a line must be safe to show anyone: access and refresh
tokens (wherever they appear: ``Authorization: Bearer …``, ``?access_token=…``, JSON, a
dataclass's repr, or just the token's well-known shape), passwords, and what people wrote
(message bodies, their HTML, file names) become :data:`REDACTED`. Redaction errs on the side of
hiding too much: a log line that lost a harmless word is cheaper than a leaked token.

Tokens are always hidden. Message content is hidden unless the user starts the app with
``MESSENGER_DESKTOP_LOG_CONTENT=1`` (for debugging rendering problems on their own machine).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable

REDACTED = "[redacted]"

SECRET_KEYS = (
    "access_token",
    "refresh_token",
    "password",
    "new_password",
    "token",
    "login_token",
    "registration_token",
    "pickle_key",
    "passphrase",
    "recovery_key",
)
"""JSON keys, query parameters and keyword arguments whose value is a secret."""

CONTENT_KEYS = ("body", "formatted_body", "filename", "org.matrix.msc1767.text")
"""Keys whose value is what someone wrote or sent (the file name included)."""

TOKEN_PREFIXES = ("syt", "syr", "mat", "mar", "mct", "mcr")
"""Synapse's and the Matrix Authentication Service's access and refresh tokens start with one of
these and an underscore; a token in a sentence is recognised by its shape alone."""

CONTENT_ENV = "MESSENGER_DESKTOP_LOG_CONTENT"

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _keys(keys: Iterable[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


def _keyed_rules(keys: tuple[str, ...]) -> list[Rule]:
    """The places a value follows its key: JSON and dict reprs (``"key": "value"``, also inside a
    JSON string's escaped quotes), keyword arguments and dataclass reprs (``key='value'``), and
    query strings or forms (``key=value``)."""
    names = _keys(keys)
    quoted = re.compile(
        rf"""(?P<pre>(?P<kq>["'])(?:{names})(?P=kq)\s*:\s*)(?P<vq>["'])(?:\\.|(?!(?P=vq)).)*(?P=vq)"""
    )
    escaped = re.compile(rf"""(?P<pre>\\"(?:{names})\\"\s*:\s*)\\".*?(?<!\\)\\\"""")
    assigned = re.compile(rf"""(?P<pre>(?<![\w.])(?:{names})=)(?P<vq>["'])(?:\\.|(?!(?P=vq)).)*(?P=vq)""")
    query = re.compile(rf"""(?P<pre>(?<![\w.])(?:{names})=)[^&\s"'<>#,;)\]}}]+""")
    return [
        (quoted, lambda m: f"{m['pre']}{m['vq']}{REDACTED}{m['vq']}"),
        (escaped, lambda m: f'{m["pre"]}\\"{REDACTED}\\"'),
        (assigned, lambda m: f"{m['pre']}{m['vq']}{REDACTED}{m['vq']}"),
        (query, lambda m: f"{m['pre']}{REDACTED}"),
    ]


SECRET_RULES: list[Rule] = [
    (re.compile(r"(?i)\b(?P<pre>bearer\s+)[A-Za-z0-9\-._~+/]+=*"), lambda m: f"{m['pre']}{REDACTED}"),
    *_keyed_rules(SECRET_KEYS),
    (
        re.compile(rf"(?<![A-Za-z0-9])(?:{'|'.join(TOKEN_PREFIXES)})_[A-Za-z0-9_]{{16,}}"),
        lambda m: REDACTED,
    ),
]

CONTENT_RULES: list[Rule] = [
    *_keyed_rules(CONTENT_KEYS),
    # A quoted path (how OSError names its file): the folder stays, the file's name goes.
    (
        re.compile(r"""(?P<q>['"])(?P<dir>(?:[A-Za-z]:)?[\\/](?:[^'"\n]*[\\/])?)[^'"\\/\n]+(?P=q)"""),
        lambda m: f"{m['q']}{m['dir']}{REDACTED}{m['q']}",
    ),
]

SHORTEST_SECRET = 8
"""Remembered values shorter than this are not hidden on their own (they would blank out
ordinary words); the rules above still catch them next to their key."""


class Redactor:
    """Redacts text by the rules above, and every secret value it was told about."""

    def __init__(self, *, keep_content: bool | None = None) -> None:
        if keep_content is None:
            keep_content = os.environ.get(CONTENT_ENV, "") == "1"
        self.keep_content = keep_content
        self._known: list[str] = []

    def remember(self, *secrets: str | None) -> None:
        """Hide these exact values too (the signed-in account's tokens: a homeserver whose tokens
        have no recognisable shape is covered as well)."""
        added = {s for s in secrets if s and len(s) >= SHORTEST_SECRET} - set(self._known)
        if added:
            self._known = sorted({*self._known, *added}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._known:
            if secret in text:
                text = text.replace(secret, REDACTED)
        for pattern, replace in SECRET_RULES:
            text = pattern.sub(replace, text)
        if not self.keep_content:
            for pattern, replace in CONTENT_RULES:
                text = pattern.sub(replace, text)
        return text


class RedactingFilter(logging.Filter):
    """On a handler: every record passing through is rendered and redacted before any formatter
    sees it — the message with its arguments, the traceback and the stack. The record itself is
    changed, so a handler after this one writes the redacted text too."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception as exc:  # a wrong format string must not lose the line, nor leak its args
            message = f"{record.msg!s} (unformattable arguments: {type(exc).__name__})"
        record.msg = self.redactor.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redactor.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redactor.redact(record.stack_info)
        return True
