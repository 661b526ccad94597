"""Links in messages: what they point at, and what clicking one may do.

Two jobs, both on untrusted input:

* :func:`parse_matrix_link` reads ``https://matrix.to/#/…`` permalinks and ``matrix:`` URIs (spec
  "Matrix URI scheme") into a :class:`MatrixTarget`, validating every identifier. Junk is ``None``,
  never an exception and never a half-parsed target.
* :func:`classify_link` decides what a click does: ``internal`` (navigate inside the app),
  ``open`` (system browser / mail client), ``confirm`` (ask first) or ``refuse``. Only http, https
  and mailto open directly, and not when the visible text names a different host than the link —
  the classic phishing shape ``<a href="https://evil.example">https://bank.example</a>``.

:func:`user_link` and :func:`message_link` build matrix.to permalinks with each identifier
percent-encoded, so an event id containing ``/`` or ``+`` survives the round trip.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..api.mxc import SERVER_NAME
from .bidi import has_bidi_controls

TargetKind = Literal["user", "room", "alias", "event"]
Action = Literal["open", "confirm", "internal", "refuse"]

MATRIX_TO = "https://matrix.to/#/"
MAX_URL_LENGTH = 8192
MAX_ID_LENGTH = 255
MAX_VIA = 10

_SERVER_NAME = SERVER_NAME
_SERVER_RE = re.compile(rf"{_SERVER_NAME}\Z")
# Historical user ids allow any printable ASCII but ':' in the localpart.
_USER_RE = re.compile(rf"@[\x21-\x39\x3b-\x7e]+:{_SERVER_NAME}\Z")
_ALIAS_RE = re.compile(rf"#[^\s:\x00-\x1f\x7f]+:{_SERVER_NAME}\Z")
# Room ids are opaque (room version 12 dropped the server part); printable ASCII, no '/'.
_ROOM_RE = re.compile(r"![\x21-\x2e\x30-\x7e]+\Z")
_EVENT_RE = re.compile(r"\$[\x21-\x7e]+\Z")

_URI_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f]")
_MATRIX_URI_SIGIL = {"u": "@", "r": "#", "roomid": "!"}
# The visible text of a link "looks like an address" when it is one token of this shape.
_SHOWN_ADDRESS = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9+.-]*://)?(?:[^\s/?#@]*@)?"
    r"(?P<host>\[[0-9A-Fa-f:.]+\]|[^\s/?#:@\[\]]+\.[^\W\d_][\w-]+\.?)"
    r"(?::[0-9]*)?(?:[/?#]\S*)?\Z"
)

# Safe characters left unencoded in a matrix.to identifier: the sigils, ':' and '$' read well and
# are legal in a fragment; '/', '?', '#', '+' and '%' are not left alone.
_ID_SAFE = "@:!$"


@dataclass(frozen=True)
class MatrixTarget:
    """Where a Matrix link points. For ``event``, ``id`` is the room id or alias holding it."""

    kind: TargetKind
    id: str
    event_id: str = ""
    via: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinkAction:
    """What clicking a link should do. ``reason`` says why, for the confirmation dialog or a log."""

    action: Action
    url: str
    target: MatrixTarget | None = None
    reason: str = ""


def is_user_id(value: str) -> bool:
    """``@localpart:server`` with a valid server name, at most 255 characters."""
    return len(value) <= MAX_ID_LENGTH and _USER_RE.match(value) is not None


def is_room_alias(value: str) -> bool:
    return len(value) <= MAX_ID_LENGTH and _ALIAS_RE.match(value) is not None and not has_bidi_controls(value)


def is_room_id(value: str) -> bool:
    return len(value) <= MAX_ID_LENGTH and _ROOM_RE.match(value) is not None


def is_event_id(value: str) -> bool:
    return len(value) <= MAX_ID_LENGTH and _EVENT_RE.match(value) is not None


def is_server_name(value: str) -> bool:
    return len(value) <= MAX_ID_LENGTH and _SERVER_RE.match(value) is not None


def user_link(user_id: str) -> str:
    """``https://matrix.to/#/@alice:example.org`` — the link a mention pill carries."""
    return MATRIX_TO + quote(user_id, safe=_ID_SAFE)


def message_link(room_id: str, event_id: str, *, via: Iterable[str] = ()) -> str:
    """A permalink to one event. ``via`` servers help others join a room they are not in."""
    link = f"{MATRIX_TO}{quote(room_id, safe=_ID_SAFE)}/{quote(event_id, safe=_ID_SAFE)}"
    servers = [server for server in via if is_server_name(server)]
    if servers:
        link += "?" + "&".join("via=" + quote(server, safe=":[]") for server in servers)
    return link


def room_link(room_id: str, *, alias: str = "", via: Iterable[str] = ()) -> str:
    """An invite link to a room: its address when it has one (it outlives upgrades and reads
    well), else its id with ``via`` servers (at most three, as the spec recommends) to join by."""
    if alias and _ALIAS_RE.match(alias):
        return MATRIX_TO + quote(alias, safe=_ID_SAFE + "#")
    link = MATRIX_TO + quote(room_id, safe=_ID_SAFE)
    servers = list(dict.fromkeys(server for server in via if is_server_name(server)))[:3]
    if servers:
        link += "?" + "&".join("via=" + quote(server, safe=":[]") for server in servers)
    return link


def parse_matrix_link(href: str) -> MatrixTarget | None:
    """The target of a matrix.to permalink or ``matrix:`` URI, or None if ``href`` is neither or invalid."""
    href = href.strip()
    if len(href) > MAX_URL_LENGTH or _UNSAFE_IN_URL.search(href):
        return None
    scheme = _URI_SCHEME.match(href)
    if scheme is None:
        return None
    name = scheme.group(1).lower()
    try:
        if name == "matrix":
            return _parse_matrix_uri(href[scheme.end() :])
        if name in ("https", "http"):
            return _parse_matrix_to(href)
    except ValueError:  # urlsplit on a malformed IPv6 host, an overlong port
        return None
    return None


def _parse_matrix_to(href: str) -> MatrixTarget | None:
    parts = urlsplit(href)
    if parts.hostname != "matrix.to" or parts.path not in ("", "/") or not parts.fragment.startswith("/"):
        return None
    path, _, query = parts.fragment[1:].partition("?")
    segments = [unquote(segment) for segment in path.split("/")]
    if segments and segments[-1] == "":
        segments.pop()
    if not 1 <= len(segments) <= 2:
        return None
    return _target(segments[0], segments[1] if len(segments) == 2 else "", query)


def _parse_matrix_uri(rest: str) -> MatrixTarget | None:
    rest, _, _fragment = rest.partition("#")  # the fragment is reserved for future use
    path, _, query = rest.partition("?")
    if path.startswith("//"):  # an authority is reserved for future use: ignored
        _authority, _, path = path[2:].partition("/")
    segments = path.split("/")
    if len(segments) not in (2, 4) or segments[0] not in _MATRIX_URI_SIGIL:
        return None
    identifier = _MATRIX_URI_SIGIL[segments[0]] + unquote(segments[1])
    event_id = ""
    if len(segments) == 4:
        if segments[2] != "e" or segments[0] == "u":
            return None
        event_id = "$" + unquote(segments[3])
    return _target(identifier, event_id, query)


def _target(identifier: str, event_id: str, query: str) -> MatrixTarget | None:
    via = _via(query)
    if event_id:
        if not is_event_id(event_id) or not (is_room_id(identifier) or is_room_alias(identifier)):
            return None
        return MatrixTarget("event", identifier, event_id, via)
    if is_user_id(identifier):
        return MatrixTarget("user", identifier)
    if is_room_alias(identifier):
        return MatrixTarget("alias", identifier, via=via)
    if is_room_id(identifier):
        return MatrixTarget("room", identifier, via=via)
    return None


def _via(query: str) -> tuple[str, ...]:
    servers: list[str] = []
    for key, value in parse_qsl(query):
        if key == "via" and is_server_name(value) and value not in servers:
            servers.append(value)
    return tuple(servers[:MAX_VIA])


def misleading_host(href: str, visible_text: str) -> str:
    """The real host of an http(s) link whose visible text names another host, else ``""``.

    Text that is not a single address-like token ("click here", a person's name) never counts.
    A link to a subdomain of the host the text names is not misleading (``bank.example`` →
    ``www.bank.example``); ``bank.example.evil.example`` is.
    """
    shown = _SHOWN_ADDRESS.match(visible_text.strip())
    if shown is None:
        return ""
    try:
        real = urlsplit(href.strip()).hostname or ""
    except ValueError:
        return ""
    shown_host = _normalise_host(shown.group("host"))
    real_host = _normalise_host(real)
    if not real_host or real_host == shown_host or real_host.endswith("." + shown_host):
        return ""
    return real


def _normalise_host(host: str) -> str:
    host = host.strip("[]").rstrip(".").lower()
    with contextlib.suppress(UnicodeError):  # not IDNA-encodable: compare as written
        host = host.encode("idna").decode("ascii")
    return host.removeprefix("www.")


def classify_link(href: str, visible_text: str = "") -> LinkAction:
    """What clicking ``href`` (shown as ``visible_text``) should do. Never raises."""
    url = href.strip()
    if not url or len(url) > MAX_URL_LENGTH or _UNSAFE_IN_URL.search(url) or has_bidi_controls(url):
        return LinkAction("refuse", url, reason="malformed link")
    scheme_match = _URI_SCHEME.match(url)
    if scheme_match is None:
        return LinkAction("refuse", url, reason="relative link")
    scheme = scheme_match.group(1).lower()
    target = parse_matrix_link(url)
    if target is not None:
        return LinkAction("internal", url, target)
    if scheme == "matrix":
        return LinkAction("refuse", url, reason="malformed Matrix link")
    if scheme in ("http", "https"):
        return _classify_web(url, visible_text)
    if scheme == "mailto":
        return LinkAction("open", url)
    if scheme in ("ftp", "magnet"):
        return LinkAction("confirm", url, reason=f"{scheme} link")
    return LinkAction("refuse", url, reason=f"{scheme}: links are not opened")


def _classify_web(url: str, visible_text: str) -> LinkAction:
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises ValueError on a non-numeric or out-of-range port
    except ValueError:
        return LinkAction("refuse", url, reason="malformed link")
    if not host:
        return LinkAction("refuse", url, reason="link without a host")
    if parts.username is not None or parts.password is not None:
        return LinkAction("confirm", url, reason=f"the link carries a user name and goes to {host}")
    real = misleading_host(url, visible_text)
    if real:
        shown = visible_text.strip()
        return LinkAction("confirm", url, reason=f"the text shows {shown!r} but the link goes to {real}")
    return LinkAction("open", url)
