"""Property: media fields are the sender's to choose — ``url``, ``filename``, ``info`` — and the
bytes are theirs too. Whatever they hold: a URI the app builds a request from stays inside the
media endpoints, a saved file stays inside the chosen folder under a name every file system
takes, a timeline picture takes a sane box and loads only through the app's image provider, and
image bytes are decoded or refused, never anything else."""

from __future__ import annotations

import io
import posixpath
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from messenger_desktop.api.mxc import parse_mxc
from messenger_desktop.media.filenames import _WINDOWS_RESERVED, MAX_NAME_BYTES, path_in, safe_file_name
from messenger_desktop.media.image_guard import MAX_PIXELS, ImageRefused
from messenger_desktop.media.images import decode, decode_blurhash, probe
from messenger_desktop.qt.media_rows import IMAGE_BOX, MIN_SIDE, display_size, media_view
from tests.support.hostile.events import message_content
from tests.support.hostile.values import FILE_NAMES, MXC_URIS, ints, json_values, odd_text
from tests.support.hypothesis_profiles import timeout

pytestmark = pytest.mark.timeout(timeout(120))

DOWNLOAD_PREFIX = "/_matrix/client/v1/media/download/"
THUMBNAIL_PREFIX = "/_matrix/client/v1/media/thumbnail/"
names = st.one_of(st.sampled_from(FILE_NAMES), odd_text(), json_values)
uris = st.one_of(
    st.sampled_from(MXC_URIS),
    st.builds(
        lambda server, media: f"mxc://{server}/{media}", odd_text(12, long=False), odd_text(12, long=False)
    ),
    st.from_regex(r"mxc://[a-z0-9.:\[\]-]{0,12}/[A-Za-z0-9_.%/-]{0,12}", fullmatch=True),
)


@given(uris)
def test_an_accepted_mxc_uri_never_walks_out_of_the_media_endpoints(uri: str) -> None:
    mxc = parse_mxc(uri)
    if mxc is None:
        return
    for built, prefix in (
        (mxc.download_path(), DOWNLOAD_PREFIX),
        (mxc.thumbnail_path(96, 96), THUMBNAIL_PREFIX),
    ):
        path = built.split("?")[0]
        # what an HTTP client makes of it: dot segments removed (RFC 3986), as httpx does
        assert posixpath.normpath(path).startswith(prefix.rstrip("/")), built
        assert path.count("/") == prefix.count("/") + 1, built
        assert ".." not in path.split("/") and "." not in path.split("/"), built


def _windows_stem(name: str) -> str:
    """The part of a name Windows compares with its device names (``CON .txt`` opens CON)."""
    return name.split(".")[0].rstrip(" ").upper()


@given(names)
def test_a_saved_file_name_is_safe_on_every_system(name: Any) -> None:
    safe = safe_file_name(name)
    assert safe and safe not in (".", "..")
    assert len(safe.encode()) <= MAX_NAME_BYTES
    assert not set(safe) & set('/\\<>:"|?*\x00')
    assert all(unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Zl", "Zp") for c in safe)
    assert safe == safe.strip(" .") and not safe.startswith(".")
    assert _windows_stem(safe) not in _WINDOWS_RESERVED


@given(st.lists(names, min_size=1, max_size=4))
def test_saved_files_land_inside_the_folder_and_never_over_another(saved: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        downloads = Path(folder) / "Downloads"
        downloads.mkdir()
        for name in saved:
            target = path_in(downloads, name)
            assert target.parent == downloads and not target.exists()
            target.write_bytes(b"x")
        assert len(list(downloads.iterdir())) == len(saved)
        assert [p.name for p in Path(folder).iterdir()] == ["Downloads"]


@given(message_content, st.sampled_from(("m.room.message", "m.sticker")), st.booleans())
def test_a_media_row_takes_a_sane_box_and_loads_only_through_the_provider(
    content: dict[str, Any], event_type: str, local: bool
) -> None:
    view = media_view(event_type, content, txn_id="t1", local_file=local)
    if not view:
        return
    for key in ("source", "full", "placeholder", "thumbnail"):
        assert view[key] == "" or view[key].startswith("image://media/"), view[key]
    assert isinstance(view["width"], int) and isinstance(view["height"], int)
    if view["kind"] in ("image", "sticker", "video"):
        assert MIN_SIDE <= view["width"] <= IMAGE_BOX[0] and MIN_SIDE <= view["height"] <= IMAGE_BOX[1]
    assert isinstance(view["duration"], int) and view["duration"] >= 0
    assert view["name"] == safe_file_name(view["name"])


@given(ints, ints)
def test_any_claimed_size_fits_the_box(width: int, height: int) -> None:
    w, h = display_size(width, height)
    assert MIN_SIDE <= w <= IMAGE_BOX[0] and MIN_SIDE <= h <= IMAGE_BOX[1]


def _small_images() -> list[bytes]:
    found = []
    for fmt in ("PNG", "GIF", "BMP", "WEBP", "JPEG"):
        out = io.BytesIO()
        Image.new("RGB", (3, 2), (200, 10, 10)).save(out, fmt)
        found.append(out.getvalue())
    return found


SMALL_IMAGES = _small_images()


@given(
    st.sampled_from(SMALL_IMAGES),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 255)), max_size=6),
    st.one_of(st.none(), st.integers(0, 200)),
)
def test_damaged_image_bytes_are_decoded_or_refused(
    image: bytes, flips: list[tuple[int, int]], cut: int | None
) -> None:
    data = bytearray(image)
    for position, value in flips:
        if position < len(data):
            data[position] = value
    damaged = bytes(data[:cut] if cut is not None else data)
    try:
        found = probe(damaged)
        decoded = decode(damaged, 64, 64)
    except ImageRefused:
        return
    assert found.width * found.height <= MAX_PIXELS
    assert decoded.width <= 64 and decoded.height <= 64


@given(odd_text(long=False), ints, ints)
def test_any_blurhash_decodes_small_or_not_at_all(text: str, width: int, height: int) -> None:
    decoded = decode_blurhash(text, width, height)
    assert decoded is None or (decoded.width <= 64 and decoded.height <= 64)
