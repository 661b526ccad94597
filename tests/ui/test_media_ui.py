"""Pictures and files in the real window against a real Synapse: a photo dropped on the chat or
pasted goes through the send preview (caption, rotate) and arrives as ``m.image``; a picture
someone sends shows at its size, a damaged one shows a placeholder; a file is saved to Downloads
under a safe name and never over another file."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from tests.support.synapse import UserFactory
from tests.ui.file_dialogs import drop_files
from tests.ui.shell import Shell
from tests.ui.test_conversation_actions import _hover_action
from tests.ui.test_shell import _people, _room_ids, _room_with

pytestmark = pytest.mark.integration


def _jpeg(path: Path, size: tuple[int, int] = (900, 600)) -> Path:
    image = Image.new("RGB", size, (220, 80, 40))
    image.paste((30, 100, 210), (0, 0, size[0] // 3, size[1]))
    image.save(path, "JPEG", quality=90)
    return path


def _png_bytes(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


async def _events(creds: Credentials, room: RoomId) -> list[dict[str, Any]]:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        page = await api.messages(room, from_token=None, direction="b", limit=30)
        return [e for e in reversed(page.chunk) if e.get("type") == "m.room.message"]
    finally:
        await transport.aclose()


async def _send_upload(
    creds: Credentials, room: RoomId, data: bytes, mime: str, content: dict[str, Any]
) -> None:
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        uri = await api.upload(data, mime, content.get("filename"))
        txn = f"media-{asyncio.get_running_loop().time()}"
        await api.send(room, "m.room.message", txn, {**content, "url": uri})
    finally:
        await transport.aclose()


def _open_room(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> tuple[Credentials, Credentials, RoomId]:
    alice, bob = _people(app, synapse, new_user)
    room = app.run(_room_with(bob, alice, "Photos", ("hello",)))
    app.start(alice)
    app.wait(lambda: room in _room_ids(app), what="the conversation")
    app.session.openRoom(room)
    app.wait(lambda: app.session.timeline.rowCount() >= 1, what="the timeline")
    return alice, bob, room


def _media_rows(app: Shell) -> list[QQuickItem]:
    return [
        i
        for i in app.visual_children("timeline")
        if i.property("eventId") is not None and i.property("hasMedia")
    ]


def test_a_dropped_photo_is_previewed_turned_captioned_and_sent(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    assert app.find("attachButton").isVisible()
    photo = _jpeg(tmp_path / "sunset.jpg")

    drop_files(app, "timeline", [photo])
    app.wait(lambda: app.is_open("sendFilesDialog"), what="the send preview")
    preview = app.find("previewImage")
    app.wait(lambda: preview.property("loaded"), what="the preview picture")
    app.click("rotateButton")  # a quarter turn clockwise: 900 × 600 becomes 600 × 900
    app.focus("captionField")
    app.type("Evening at the lake\n")
    app.wait(lambda: not app.is_open("sendFilesDialog"), what="the preview to close")

    # the echo shows the picture at once, from this computer
    app.wait(lambda: len(_media_rows(app)) == 1, what="the photo in the timeline")

    async def arrived() -> list[dict[str, Any]]:
        for _ in range(100):
            found = [e for e in await _events(bob, room) if e["content"].get("msgtype") == "m.image"]
            if found:
                return found
            await asyncio.sleep(0.2)
        return []

    (image,) = app.run(arrived())
    content = image["content"]
    assert content["body"] == "Evening at the lake" and content["filename"] == "sunset.jpg"
    assert (content["info"]["w"], content["info"]["h"]) == (600, 900)
    row = _media_rows(app)[0]
    picture = app.inside(row, "mediaImage")
    app.wait(lambda: picture.property("loaded"), what="the picture to show")
    assert (round(picture.width()), round(picture.height())) == (213, 320)  # 600 × 900 in 360 × 320
    assert app.inside(row, "messageBody").property("visible")  # the caption under it


def _paste_picture(app: Shell, colour: Qt.GlobalColor, width: int, height: int) -> None:
    """Copy a picture to the clipboard, paste it into the composer: the send preview opens."""
    shot = QImage(width, height, QImage.Format.Format_RGB32)
    shot.fill(colour)
    QGuiApplication.clipboard().setImage(shot)
    app.focus("composer")
    app.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    app.wait(lambda: app.is_open("sendFilesDialog"), what="the send preview")


async def _sent_picture(creds: Credentials, room: RoomId) -> dict[str, Any]:
    """The content of the first picture in ``room`` as ``creds`` sees it on the server."""
    for _ in range(100):
        for event in await _events(creds, room):
            if event["content"].get("msgtype") == "m.image":
                return dict(event["content"])
        await asyncio.sleep(0.2)
    raise AssertionError("the picture never arrived")


def test_a_pasted_screenshot_is_sent_as_a_png(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    _paste_picture(app, Qt.GlobalColor.darkCyan, 320, 200)
    assert app.obj("sendFilesDialog").property("files")[0]["name"].startswith("Pasted image")
    app.click("sendFilesButton")

    content = app.run(_sent_picture(bob, room))
    assert content["info"]["mimetype"] == "image/png"
    assert (content["info"]["w"], content["info"]["h"]) == (320, 200)
    assert app.find("composer").property("text") == ""  # nothing pasted as text


def test_a_picture_sent_while_replying_answers_that_message(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    timeline = app.session.timeline
    original = timeline.row(0)["eventId"]  # Bob's "hello"
    _hover_action(app, original, "replyButton")
    assert app.session.composer.property("mode") == "reply"
    _paste_picture(app, Qt.GlobalColor.darkGreen, 120, 80)
    app.click("sendFilesButton")
    app.wait(lambda: app.session.composer.property("mode") == "", what="the reply bar to go")

    content = app.run(_sent_picture(bob, room))
    assert content["m.relates_to"] == {"m.in_reply_to": {"event_id": original}}
    assert content["m.mentions"] == {"user_ids": [bob.user_id]}
    row = next(i for i in _media_rows(app))
    assert row.property("replyTo") == original and row.property("replyBody") == "hello"
    assert app.inside(row, "replyQuote").isVisible()  # the quote shows over the picture


def test_received_pictures_show_at_their_size_and_a_damaged_one_says_so(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    good = _png_bytes((400, 300), (10, 160, 90))
    app.run(
        _send_upload(
            bob,
            room,
            good,
            "image/png",
            {
                "msgtype": "m.image",
                "body": "garden.png",
                "info": {"w": 400, "h": 300, "mimetype": "image/png"},
            },
        )
    )
    jpeg = io.BytesIO()
    Image.new("RGB", (500, 500), (1, 2, 3)).save(jpeg, "JPEG")
    app.run(
        _send_upload(
            bob,
            room,
            jpeg.getvalue()[:400],
            "image/jpeg",
            {"msgtype": "m.image", "body": "cut.jpg", "info": {"w": 10**9, "h": -5}},
        )
    )
    app.wait(lambda: len(_media_rows(app)) == 2, what="two pictures")
    rows = sorted(_media_rows(app), key=lambda r: r.property("index"), reverse=True)  # oldest first
    good_picture = app.inside(rows[0], "mediaImage")
    assert (round(good_picture.width()), round(good_picture.height())) == (360, 270)  # before it loads
    app.wait(lambda: good_picture.property("loaded"), what="the picture to load")
    damaged = app.inside(rows[1], "mediaImage")
    assert (round(damaged.width()), round(damaged.height())) == (240, 180)  # lying sizes: a default box
    app.wait(lambda: damaged.property("failed"), what="the damaged picture to fail")
    assert app.inside(rows[1], "mediaPlaceholder").isVisible()


def test_a_file_is_saved_to_downloads_under_a_safe_name_never_over_another(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    downloads = tmp_path / "Downloads"
    app.session.media_controller.downloads = downloads
    app.run(
        _send_upload(
            bob,
            room,
            b"minutes of the meeting\n",
            "text/plain",
            {"msgtype": "m.file", "body": "../../.bashrc\u202etxt.exe", "info": {"size": 23}},
        )
    )
    app.wait(lambda: len(_media_rows(app)) == 1, what="the file")
    row = _media_rows(app)[0]
    name = app.inside(row, "fileName").property("text")
    assert "/" not in name and "\u202e" not in name
    app.tap(app.inside(row, "saveFileButton"))
    app.wait(lambda: downloads.is_dir() and len(list(downloads.iterdir())) == 1, what="the saved file")
    app.tap(app.inside(row, "saveFileButton"))
    app.wait(lambda: len(list(downloads.iterdir())) == 2, what="a second copy beside the first")
    saved = sorted(downloads.iterdir())
    assert all(p.read_bytes() == b"minutes of the meeting\n" for p in saved)
    assert all(p.parent == downloads for p in saved)


def test_clicking_a_picture_opens_the_viewer_which_steps_through_the_conversation(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    for name, colour in (("first.png", (200, 40, 40)), ("second.png", (40, 40, 200))):
        app.run(
            _send_upload(
                bob,
                room,
                _png_bytes((640, 480), colour),
                "image/png",
                {"msgtype": "m.image", "body": name, "info": {"w": 640, "h": 480, "mimetype": "image/png"}},
            )
        )
    app.wait(lambda: len(_media_rows(app)) == 2, what="two pictures")
    first = max(_media_rows(app), key=lambda r: r.property("index"))  # the older one
    picture = app.inside(first, "mediaImage")
    app.wait(lambda: picture.property("loaded"), what="the picture to load")
    app.tap(picture)
    app.wait(lambda: app.is_open("mediaViewer"), what="the viewer")
    viewer = app.obj("mediaViewer")
    assert viewer.property("current")["name"] == "first.png"
    shown = app.find("viewerImage")
    app.wait(lambda: shown.property("loaded"), what="the full picture")
    assert (shown.property("implicitWidth"), shown.property("implicitHeight")) == (640, 480)
    app.key(Qt.Key.Key_Right)
    assert viewer.property("current")["name"] == "second.png"
    app.wait(lambda: shown.property("loaded"), what="the next picture")
    app.key(Qt.Key.Key_Plus, text="+")
    assert viewer.property("zoom") > 1
    app.key(Qt.Key.Key_Escape)
    app.wait(lambda: not app.is_open("mediaViewer"), what="the viewer to close")
