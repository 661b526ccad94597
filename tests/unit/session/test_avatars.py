"""Turning a picked file into an avatar: a file that cannot be one says why in one sentence,
and a room's ``m.room.avatar`` names its picture (or nothing, to remove it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from messenger_desktop.media.avatar_image import prepare_avatar
from messenger_desktop.session.avatars import CannotSetAvatar, read_avatar, room_avatar_content
from tests.unit.media.image_samples import encode
from tests.unit.media.test_avatar_image import three_bands


def test_a_picked_file_that_cannot_be_an_avatar_says_why(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    with pytest.raises(CannotSetAvatar, match="not an image"):
        read_avatar(notes)
    with pytest.raises(CannotSetAvatar, match=r"gone\.png is not there any more"):
        read_avatar(tmp_path / "gone.png")
    with pytest.raises(CannotSetAvatar, match="is a folder"):
        read_avatar(tmp_path)
    picture = tmp_path / "me.png"
    picture.write_bytes(encode(three_bands(90, 60), "PNG"))
    assert (read_avatar(picture).width, read_avatar(picture).height) == (60, 60)


def test_a_room_avatar_names_its_picture_or_nothing() -> None:
    assert room_avatar_content("") == {}
    prepared = prepare_avatar(encode(three_bands(), "PNG"))
    content = room_avatar_content("mxc://hs/abc", prepared)
    assert content == {
        "url": "mxc://hs/abc",
        "info": {"mimetype": "image/jpeg", "size": len(prepared.data), "w": 100, "h": 100},
    }
