"""``matrix:`` URIs as the desktop hands them to the app (spec: "Matrix URI scheme").

They parse to the same :class:`MatrixTarget` as the matrix.to link to the same place, so the app
has one way to open either. A link from outside is untrusted input: anything malformed is None —
never an exception, never half a target.
"""

from __future__ import annotations

import pytest

from messenger_desktop.richtext import MatrixTarget, parse_matrix_link
from messenger_desktop.richtext.links import MAX_URL_LENGTH, MAX_VIA

ROOM = "!abcDEF123:example.org"
EVENT = "$Ev3nt_id-0/x+y"

SPEC_EXAMPLES = [
    ("matrix:r/somewhere:example.org", MatrixTarget("alias", "#somewhere:example.org")),
    ("matrix:roomid/somewhere:example.org", MatrixTarget("room", "!somewhere:example.org")),
    (
        "matrix:roomid/somewhere:example.org?via=elsewhere.ca",
        MatrixTarget("room", "!somewhere:example.org", via=("elsewhere.ca",)),
    ),
    (
        "matrix:r/somewhere:example.org/e/event",
        MatrixTarget("event", "#somewhere:example.org", "$event"),
    ),
    (
        "matrix:roomid/somewhere:example.org/e/event?via=elsewhere.ca",
        MatrixTarget("event", "!somewhere:example.org", "$event", ("elsewhere.ca",)),
    ),
    ("matrix:u/alice:example.org?action=chat", MatrixTarget("user", "@alice:example.org")),
    (
        "matrix:roomid/somewhere:example.org?action=join&via=a.org&via=b.org:8448",
        MatrixTarget("room", "!somewhere:example.org", via=("a.org", "b.org:8448")),
    ),
]

TOLERATED = [
    # the scheme is case-insensitive (RFC 3986); what the spec reserves is ignored, not refused
    ("MATRIX:r/room:example.org", MatrixTarget("alias", "#room:example.org")),
    ("matrix://authority.example/r/room:example.org", MatrixTarget("alias", "#room:example.org")),
    ("matrix:r/room:example.org#fragment", MatrixTarget("alias", "#room:example.org")),
    ("  matrix:r/room:example.org\n", MatrixTarget("alias", "#room:example.org")),  # as some shells pass it
    ("matrix:r/room%3Aexample.org", MatrixTarget("alias", "#room:example.org")),  # percent-encoded ':'
    ("matrix:roomid/opaque-v12-id", MatrixTarget("room", "!opaque-v12-id")),  # room version 12 ids
    ("matrix:u/alice:[::1]:8448", MatrixTarget("user", "@alice:[::1]:8448")),
    (  # only valid servers are kept, each once, at most MAX_VIA
        "matrix:roomid/a:b.org?via=x.org&via=x.org&via=bad%20host&via="
        + "&via=".join(f"s{i}.org" for i in range(20)),
        MatrixTarget("room", "!a:b.org", via=("x.org", *(f"s{i}.org" for i in range(MAX_VIA - 1)))),
    ),
    ("matrix:roomid/a:b.org?action=delete-everything", MatrixTarget("room", "!a:b.org")),  # unknown action
]


@pytest.mark.parametrize(("uri", "target"), SPEC_EXAMPLES + TOLERATED)
def test_matrix_uris_parse(uri: str, target: MatrixTarget) -> None:
    assert parse_matrix_link(uri) == target


@pytest.mark.parametrize(
    ("uri", "matrix_to"),
    [
        ("matrix:u/alice:example.org", "https://matrix.to/#/@alice:example.org"),
        ("matrix:r/room:example.org", "https://matrix.to/#/%23room:example.org"),
        (f"matrix:roomid/{ROOM[1:]}?via=a.org", f"https://matrix.to/#/{ROOM}?via=a.org"),
        (
            f"matrix:roomid/{ROOM[1:]}/e/{EVENT[1:].replace('/', '%2F').replace('+', '%2B')}",
            f"https://matrix.to/#/{ROOM}/{EVENT.replace('/', '%2F').replace('+', '%2B')}",
        ),
    ],
)
def test_a_matrix_uri_and_its_matrix_to_link_name_the_same_target(uri: str, matrix_to: str) -> None:
    target = parse_matrix_link(uri)
    assert target is not None
    assert target == parse_matrix_link(matrix_to)


HOSTILE = [
    "",
    "matrix:",
    "matrix:r",
    "matrix:r/",
    "matrix:u/alice",  # no server
    "matrix:u/alice:",
    "matrix:u/alice:example.org/e/event",  # a user has no events
    "matrix:u/alice:example.org/",
    "matrix:x/alice:example.org",  # unknown kind
    "matrix:R/room:example.org",  # kinds are lower case
    "matrix:r/room:example.org/e/",
    "matrix:r/room:example.org/e",
    "matrix:r/room:example.org/x/event",
    "matrix:r/room:example.org/e/event/more",
    "matrix:r/room:exa mple.org",  # whitespace
    "matrix:r/room:example.org\x00.evil",  # a NUL byte
    "matrix:u/%00alice:example.org",  # an encoded one
    "matrix:u/al%0Aice:example.org",  # an encoded newline
    "matrix:r/room\u202e:example.org",  # a bidi override (reads as another name)
    "matrix:r/room:ex%E2%80%AEample.org",  # the same, percent-encoded
    "matrix:u/al%C3%28ice:example.org",  # invalid UTF-8
    "matrix:roomid/abc%2Fdef:example.org",  # '/' inside a room id
    "matrix:r/room:[::1",  # a broken IPv6 literal
    "matrix:r/room:exam_ple.org",  # not a host name
    "matrix:r/" + "a" * 300 + ":example.org",  # longer than an identifier may be
    "matrix:r/room:example.org?via=" + "a" * MAX_URL_LENGTH,  # longer than a link may be
    "matrix:r/ro\u0085om:example.org",  # a C1 control
    "javascript:alert(1)",
    "file:///etc/passwd",
    "matrixx:r/room:example.org",
    "r/room:example.org",  # no scheme
    "https://matrix.to.evil.example/#/#room:example.org",
    "https://evil.example/#/#room:example.org",
    "https://matrix.to/#/",
    "https://matrix.to/#/@alice:example.org/$event",  # a user has no events
]


@pytest.mark.parametrize("uri", HOSTILE)
def test_malformed_or_hostile_uris_are_none(uri: str) -> None:
    assert parse_matrix_link(uri) is None
