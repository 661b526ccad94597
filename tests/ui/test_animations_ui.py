"""Animated GIFs in the real window against a real Synapse: a small animation plays inline (from
the disk cache, never from a URL), a GIF of thousands of frames and a still GIF stay still."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtQuick import QQuickItem

from messenger_desktop.localserver import LocalSynapse
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_media_ui import _media_rows, _open_room, _send_upload

pytestmark = pytest.mark.integration


def _gif(frames: int, size: tuple[int, int] = (120, 90)) -> bytes:
    pictures = [Image.new("RGB", size, (n * 37 % 256, 80, 200 - n % 150)) for n in range(frames)]
    out = io.BytesIO()
    pictures[0].save(out, "GIF", save_all=frames > 1, append_images=pictures[1:], duration=40, loop=0)
    return out.getvalue()


def _row_named(app: Shell, name: str) -> QQuickItem:
    return next(r for r in _media_rows(app) if r.property("media")["name"] == name)


def test_an_animated_gif_plays_and_a_hostile_or_still_one_does_not(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    for name, data in (("dance.gif", _gif(6)), ("bomb.gif", _gif(3000, (16, 16))), ("still.gif", _gif(1))):
        info = {"w": 120, "h": 90, "mimetype": "image/gif", "size": len(data)}
        app.run(
            _send_upload(bob, room, data, "image/gif", {"msgtype": "m.image", "body": name, "info": info})
        )
    app.wait(lambda: len(_media_rows(app)) == 3, what="three pictures")
    for name in ("dance.gif", "bomb.gif", "still.gif"):
        picture = app.inside(_row_named(app, name), "mediaImage")
        app.wait(lambda picture=picture: picture.property("loaded"), what=f"the still of {name}")

    dance = app.inside(_row_named(app, "dance.gif"), "mediaAnimation")
    app.wait(lambda: dance.property("visible"), what="the animation to be fetched")
    assert dance.property("source").toString().startswith("file://")  # a local file, never a URL
    assert dance.property("frameCount") == 6
    app.wait(lambda: dance.property("currentFrame") > 0, what="the animation to play")

    app.run(app.session.media_controller.animations.wait_idle())  # the others were probed too
    for name in ("bomb.gif", "still.gif"):
        row = _row_named(app, name)
        assert not [i for i in app.descendants(row) if i.objectName() == "mediaAnimation" and i.isVisible()]
