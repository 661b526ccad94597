"""mxc:// URIs: well-formed ones become authenticated media paths, every crafted one is refused
before a URL is built (CVE-2024-50336: a media id with ``../`` walked to other endpoints)."""

from __future__ import annotations

import pytest

from messenger_desktop.api.mxc import Mxc, parse_mxc


@pytest.mark.parametrize(
    ("uri", "server", "media_id"),
    [
        ("mxc://matrix.org/AbC123_-xyz", "matrix.org", "AbC123_-xyz"),
        ("mxc://localhost:8448/a", "localhost:8448", "a"),
        ("mxc://127.0.0.1/q1", "127.0.0.1", "q1"),
        ("mxc://[::1]:8008/q1", "[::1]:8008", "q1"),
        ("mxc://[2001:db8::1]/media", "[2001:db8::1]", "media"),
    ],
)
def test_a_well_formed_uri_gives_its_server_and_media_id(uri: str, server: str, media_id: str) -> None:
    parsed = parse_mxc(uri)
    assert parsed == Mxc(server, media_id)
    assert str(parsed) == uri


@pytest.mark.parametrize(
    "uri",
    [
        "mxc://matrix.org/../../account/whoami",
        "mxc://matrix.org/abc/../../../_synapse/admin/v1/users",
        "mxc://matrix.org/abc%2F..%2F..",
        "mxc://matrix.org/abc?access_token=x",
        "mxc://matrix.org/abc#frag",
        "mxc://matrix.org/ab c",
        "mxc://matrix.org/ab\u202ec",
        "mxc://matrix.org/",
        "mxc://matrix.org",
        "mxc:///abc",
        "mxc://user@matrix.org/abc",
        "mxc://matrix.org:99999/abc",
        "mxc://matrix.org:/abc",
        "mxc://matrix_org/abc",
        "mxc://matrix.org/abc\n",
        "MXC://matrix.org/abc",
        "https://matrix.org/abc",
        "mxc://matrix.org/" + "a" * 256,
        "mxc://" + "a" * 600 + "/abc",
        "",
        None,
        42,
        ["mxc://matrix.org/abc"],
    ],
)
def test_anything_else_is_refused(uri: object) -> None:
    assert parse_mxc(uri) is None


def test_the_paths_are_authenticated_media_with_every_segment_encoded() -> None:
    mxc = Mxc("[::1]:8008", "AbC")
    assert mxc.download_path() == "/_matrix/client/v1/media/download/%5B%3A%3A1%5D%3A8008/AbC"
    assert mxc.download_path(filename="../My photo.png") == (
        "/_matrix/client/v1/media/download/%5B%3A%3A1%5D%3A8008/AbC/..%2FMy%20photo.png"
    )
    assert Mxc("matrix.org", "id").thumbnail_path(96, 64, method="crop") == (
        "/_matrix/client/v1/media/thumbnail/matrix.org/id?width=96&height=64&method=crop"
    )
    assert Mxc("matrix.org", "id").thumbnail_path(800, 600, animated=True).endswith("&animated=true")


@pytest.mark.parametrize(
    ("width", "height", "method", "says"),
    [(0, 10, "scale", "positive size"), (10, -1, "crop", "positive size"), (10, 10, "zoom", "method")],
)
def test_a_thumbnail_of_no_size_or_an_unknown_method_is_a_programming_error(
    width: int, height: int, method: str, says: str
) -> None:
    with pytest.raises(ValueError, match=says):
        Mxc("matrix.org", "id").thumbnail_path(width, height, method=method)
