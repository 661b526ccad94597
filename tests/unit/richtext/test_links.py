"""Matrix links parse to validated targets; a click opens, asks, navigates or refuses."""

from __future__ import annotations

import pytest

from messenger_desktop.richtext import (
    LinkAction,
    MatrixTarget,
    classify_link,
    message_link,
    parse_matrix_link,
    room_link,
    user_link,
)


@pytest.mark.parametrize(
    ("href", "target"),
    [
        ("https://matrix.to/#/@alice:example.org", MatrixTarget("user", "@alice:example.org")),
        ("https://matrix.to/#/%40alice%3Aexample.org", MatrixTarget("user", "@alice:example.org")),
        ("https://matrix.to/#/#room:example.org", MatrixTarget("alias", "#room:example.org")),
        (
            "https://matrix.to/#/%23room%3Aexample.org?via=a.org",
            MatrixTarget("alias", "#room:example.org", via=("a.org",)),
        ),
        (
            "https://matrix.to/#/!abc:example.org?via=a.org&via=b.org:8448&via=bad%20server",
            MatrixTarget("room", "!abc:example.org", via=("a.org", "b.org:8448")),
        ),
        (
            "https://matrix.to/#/!abc:example.org/$ev%2Fx+y?via=example.org",
            MatrixTarget("event", "!abc:example.org", "$ev/x+y", ("example.org",)),
        ),
        (
            "https://matrix.to/#/!OpaqueRoomIdWithoutServer",
            MatrixTarget("room", "!OpaqueRoomIdWithoutServer"),
        ),
        ("matrix:u/alice:example.org", MatrixTarget("user", "@alice:example.org")),
        ("matrix:u/alice:example.org?action=chat", MatrixTarget("user", "@alice:example.org")),
        ("matrix:r/room:example.org", MatrixTarget("alias", "#room:example.org")),
        ("matrix:roomid/abc:example.org?via=x.org", MatrixTarget("room", "!abc:example.org", via=("x.org",))),
        ("matrix:roomid/abc:example.org/e/ev1", MatrixTarget("event", "!abc:example.org", "$ev1")),
        ("matrix:r/room:example.org/e/ev1", MatrixTarget("event", "#room:example.org", "$ev1")),
        ("MATRIX:u/alice:example.org", MatrixTarget("user", "@alice:example.org")),
    ],
)
def test_matrix_links_parse_to_their_target(href: str, target: MatrixTarget) -> None:
    assert parse_matrix_link(href) == target


@pytest.mark.parametrize(
    "href",
    [
        "https://matrix.to/#/alice",
        "https://matrix.to/#/@alice",
        "https://matrix.to/#/@alice:exa mple.org",
        "https://matrix.to/#/@alice:example.org/$ev",
        "https://matrix.to/#/!room:example.org/notanevent",
        "https://matrix.to/#/!room:example.org/$ev/extra",
        "https://matrix.to/#/",
        "https://evil.example/#/@alice:example.org",
        "https://matrix.to.evil.example/#/@alice:example.org",
        "https://matrix.to/path#/@alice:example.org",
        "https://matrix.to/#/+group:example.org",
        "matrix:u/alice",
        "matrix:x/alice:example.org",
        "matrix:u/alice:example.org/e/ev",
        "matrix:roomid/abc:example.org/x/ev",
        "matrix:",
        "matrix:u/%00alice:example.org",
        "matrix:r/room\u202e:example.org",
        "https://[::1/#/@a:b",
        "javascript:alert(1)",
        "",
    ],
)
def test_junk_matrix_links_are_rejected(href: str) -> None:
    assert parse_matrix_link(href) is None


def test_user_and_message_links_percent_encode_each_identifier() -> None:
    assert user_link("@alice:example.org") == "https://matrix.to/#/@alice:example.org"
    assert message_link("!room:example.org", "$abc/def+g=") == (
        "https://matrix.to/#/!room:example.org/$abc%2Fdef%2Bg%3D"
    )
    assert message_link("!room:example.org", "$e", via=["example.org", "bad server"]) == (
        "https://matrix.to/#/!room:example.org/$e?via=example.org"
    )
    assert message_link("#a/b?c:example.org", "$e").startswith(
        "https://matrix.to/#/%23a%2Fb%3Fc:example.org/"
    )


def test_built_links_parse_back() -> None:
    link = message_link("!room:example.org", "$abc/def+g=", via=["example.org"])
    assert parse_matrix_link(link) == MatrixTarget(
        "event", "!room:example.org", "$abc/def+g=", ("example.org",)
    )
    assert parse_matrix_link(user_link("@we!rd=user:example.org")) == MatrixTarget(
        "user", "@we!rd=user:example.org"
    )


def test_matrix_links_navigate_inside_the_app() -> None:
    action = classify_link("https://matrix.to/#/@alice:example.org")
    assert action == LinkAction(
        "internal", "https://matrix.to/#/@alice:example.org", MatrixTarget("user", "@alice:example.org")
    )
    assert classify_link("matrix:r/room:example.org").action == "internal"


@pytest.mark.parametrize(
    "href", ["https://example.org/page", "http://example.org", "mailto:alice@example.org"]
)
def test_web_and_mail_links_open(href: str) -> None:
    assert classify_link(href).action == "open"


@pytest.mark.parametrize("href", ["ftp://files.example.org/x", "magnet:?xt=urn:btih:abc"])
def test_ftp_and_magnet_links_ask_first(href: str) -> None:
    assert classify_link(href).action == "confirm"


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "file:///etc/passwd",
        "qrc:/main.qml",
        "data:text/html,x",
        "vbscript:x",
        "unknown:thing",
        "matrix:u/nonsense",
        "/relative/path",
        "//evil.example/x",
        "https://",
        "https://example.org:99999/",
        "https://exa\u202emple.org",
        "https://example.org/\x00",
        "",
    ],
)
def test_anything_else_is_refused(href: str) -> None:
    assert classify_link(href).action == "refuse"


@pytest.mark.parametrize(
    ("href", "text"),
    [
        ("https://evil.example/login", "https://bank.example"),
        ("https://evil.example/login", "bank.example"),
        ("https://bank.example.evil.example", "https://bank.example/"),
        ("https://xn--bnk-sna.example", "bank.example"),
        ("https://evil.example", "www.bank.example/login"),
    ],
)
def test_link_whose_text_names_another_host_asks_first(href: str, text: str) -> None:
    action = classify_link(href, text)
    assert action.action == "confirm"
    assert "evil" in action.reason or "xn--" in action.reason


@pytest.mark.parametrize(
    ("href", "text"),
    [
        ("https://bank.example/login", "https://bank.example"),
        ("https://www.bank.example", "bank.example"),
        ("https://login.bank.example", "bank.example"),
        ("https://BANK.example", "bank.EXAMPLE"),
        ("https://evil.example", "click here"),
        ("https://evil.example", "version 1.25"),
        ("https://evil.example", ""),
    ],
)
def test_link_whose_text_is_not_another_address_opens(href: str, text: str) -> None:
    assert classify_link(href, text).action == "open"


def test_link_with_user_info_asks_first() -> None:
    action = classify_link("https://bank.example@evil.example/")
    assert action.action == "confirm"
    assert "evil.example" in action.reason


def test_room_links_prefer_the_address_and_carry_up_to_three_servers() -> None:
    assert (
        room_link("!r:example.org", alias="#garden:example.org") == "https://matrix.to/#/#garden:example.org"
    )
    assert (
        room_link("!r:example.org", alias="#a/b?c:example.org")
        == "https://matrix.to/#/#a%2Fb%3Fc:example.org"
    )
    link = room_link(
        "!r:example.org",
        alias="not an alias",
        via=["a.org", "bad server", "a.org", "b.org", "c.org", "d.org"],
    )
    assert link == "https://matrix.to/#/!r:example.org?via=a.org&via=b.org&via=c.org"
    assert parse_matrix_link(link) == MatrixTarget("room", "!r:example.org", via=("a.org", "b.org", "c.org"))
    assert parse_matrix_link(room_link("!r", alias="#a/b?c:example.org")) == MatrixTarget(
        "alias", "#a/b?c:example.org"
    )
