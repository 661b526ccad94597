"""``mxc://`` content URIs, checked before a URL is built from them.

An event's ``url`` is whatever its sender wrote. Built into a download path unchecked, a crafted
``mxc://server/../../account/whoami`` walks to another authenticated endpoint with the user's
token (CVE-2024-50336). So a URI is parsed here once: a server name as the spec defines it, and a
media id of ``[A-Za-z0-9_-]`` only; anything else is refused, and callers show a placeholder.
The paths are for authenticated media (spec v1.11, ``/_matrix/client/v1/media``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .routes import CLIENT_V1, QueryValue, path, query_string

SERVER_NAME = r"(?:\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9.-]{1,255})(?::[0-9]{1,5})?"
"""A homeserver's name: a DNS name or IPv4 address, or an IPv6 literal in brackets, with an
optional port (the spec's grammar, a little looser on the IP literals)."""
MAX_URI_LENGTH = 512
_MXC_RE = re.compile(rf"mxc://({SERVER_NAME})/([A-Za-z0-9_-]{{1,255}})\Z")
THUMBNAIL_METHODS = ("crop", "scale")


@dataclass(frozen=True, slots=True)
class Mxc:
    """A checked content URI."""

    server: str
    media_id: str

    def __str__(self) -> str:
        return f"mxc://{self.server}/{self.media_id}"

    def download_path(self, *, filename: str | None = None) -> str:
        """The authenticated download path; ``filename`` names the file for the server's
        ``Content-Disposition`` (percent-encoded like any segment)."""
        segments = ["media", "download", self.server, self.media_id]
        if filename:
            segments.append(filename)
        return path(CLIENT_V1, *segments)

    def thumbnail_path(
        self, width: int, height: int, *, method: str = "scale", animated: bool = False
    ) -> str:
        """The authenticated thumbnail path, at least ``width`` × ``height`` pixels."""
        if method not in THUMBNAIL_METHODS:
            raise ValueError(f"thumbnail method must be one of {THUMBNAIL_METHODS}")
        if width < 1 or height < 1:
            raise ValueError("a thumbnail needs a positive size")
        query: dict[str, QueryValue] = {
            "width": width,
            "height": height,
            "method": method,
            "animated": animated or None,
        }
        return path(CLIENT_V1, "media", "thumbnail", self.server, self.media_id) + query_string(query)


def parse_mxc(uri: object) -> Mxc | None:
    """The server and media id of ``uri``; ``None`` when it is not a well-formed ``mxc://`` URI
    (not a string, too long, another scheme, a path, a query, an odd character, a port above
    65535)."""
    if not isinstance(uri, str) or len(uri) > MAX_URI_LENGTH:
        return None
    match = _MXC_RE.match(uri)
    if match is None:
        return None
    server, media_id = match.group(1), match.group(2)
    port = server.rsplit(":", 1)[1] if not server.endswith("]") and ":" in server else None
    if port is not None and int(port) > 65535:
        return None
    if not server.partition(":")[0].strip("."):
        return None  # "." or "..": a path segment that URL normalisation walks up (mxc://../config)
    return Mxc(server, media_id)
