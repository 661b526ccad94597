"""URL building: every path segment is percent-encoded on its own.

A room id, event id or transaction id may contain ``/``, ``?``, ``#`` or ``%``; quoting them as whole
segments keeps a hostile id from walking to another endpoint.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import quote, urlencode, urlsplit

CLIENT_V3 = "/_matrix/client/v3"
CLIENT_V1 = "/_matrix/client/v1"

QueryValue = str | int | bool | None


def path(prefix: str, *segments: str) -> str:
    """``path(CLIENT_V3, "rooms", "!a/b:x", "send")`` → ``/_matrix/client/v3/rooms/%21a%2Fb%3Ax/send``."""
    return prefix + "".join("/" + quote(segment, safe="") for segment in segments)


def query_string(query: Mapping[str, QueryValue] | Iterable[tuple[str, QueryValue]] | None) -> str:
    if not query:
        return ""
    items = query.items() if isinstance(query, Mapping) else query
    pairs = [
        (key, "true" if value is True else "false" if value is False else str(value))
        for key, value in items
        if value is not None
    ]
    return "?" + urlencode(pairs, quote_via=quote) if pairs else ""


def normalise_base_url(url: str) -> str:
    """``matrix.org`` → ``https://matrix.org``; trailing slashes dropped; only http(s) accepted."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise ValueError(f"not a homeserver address: {url!r}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username is not None:
        raise ValueError(f"not a homeserver address: {url!r}")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
