"""Pictures, voice messages and files in the thread panel, in the real window against a real
Synapse: someone answers in a thread with a picture, a voice message or a file (another client,
through the server); opening the thread shows it as the timeline would, scaled to the panel; a
click on the picture opens the viewer, the play button plays the voice message (and the next one
in the thread follows), Save puts the file in Downloads."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.media.voice import encode_voice
from tests.support.recordings import tone, voice_message
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_media_ui import _open_room, _send_upload

pytestmark = pytest.mark.integration


def _in_thread(root: str, content: dict[str, Any]) -> dict[str, Any]:
    """``content`` as a thread reply, the way Element sends one."""
    relates = {
        "rel_type": "m.thread",
        "event_id": root,
        "is_falling_back": True,
        "m.in_reply_to": {"event_id": root},
    }
    return {**content, "m.relates_to": relates}


def _jpeg(size: tuple[int, int]) -> bytes:
    image = Image.new("RGB", size, (220, 80, 40))
    image.paste((30, 100, 210), (0, 0, size[0] // 3, size[1]))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def _root(app: Shell) -> str:
    """The conversation's first message ("hello", from Bob): the thread's root."""
    timeline = app.session.timeline
    return next(
        str(timeline.row(i)["eventId"])
        for i in range(timeline.rowCount())
        if timeline.row(i)["body"] == "hello"
    )


def _open_thread(app: Shell, replies: int) -> None:
    """Click the root's "N replies" summary in the timeline, as a user opens a thread."""
    app.wait(lambda: app.session.timeline.row(0)["threadCount"] == replies, what="the thread summary")

    def summaries() -> list[QQuickItem]:
        return [
            i for i in app.visual_children("timeline") if i.objectName() == "threadSummary" and i.isVisible()
        ]

    app.wait(summaries, what="the summary to show")
    app.tap(summaries()[0])
    thread = app.session.panels.property("threadMessages")
    app.wait(lambda: thread.rowCount() == 1 + replies, what="the thread's messages")
    app.wait(
        lambda: app.find("rightPanel").width() == app.find("rightPanel").property("paneWidth"),
        what="the pane",
    )


def _in_panel(app: Shell, name: str) -> list[QQuickItem]:
    """The ``name`` items of the thread panel, top (oldest) first."""
    found = [i for i in app.visual_children("threadList") if i.objectName() == name and i.isVisible()]
    return sorted(found, key=lambda i: i.mapToScene(QPointF(0, 0)).y())


def test_a_picture_answered_in_a_thread_shows_in_the_panel_and_opens_in_the_viewer(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    root = _root(app)
    content = {
        "msgtype": "m.image",
        "body": "view.jpg",
        "info": {"w": 900, "h": 600, "mimetype": "image/jpeg"},
    }
    app.run(_send_upload(bob, room, _jpeg((900, 600)), "image/jpeg", _in_thread(root, content)))

    _open_thread(app, 1)
    app.wait(lambda: len(_in_panel(app, "mediaImage")) == 1, what="the picture in the thread")
    (picture,) = _in_panel(app, "mediaImage")
    app.wait(lambda: picture.property("loaded"), what="the picture to load")  # its Image is Ready
    # scaled down to the panel, its shape kept
    column = app.find("threadList").width()
    assert picture.width() <= column - 60
    assert abs(picture.width() / picture.height() - 1.5) < 0.02
    # the reply is not also a row of the timeline (only the root's summary is)
    timeline = app.session.timeline
    assert not any(timeline.row(i)["media"] for i in range(timeline.rowCount()))

    app.tap(picture)
    app.wait(lambda: app.is_open("threadMediaViewer"), what="the viewer")
    viewer = app.obj("threadMediaViewer")
    shown = viewer.property("current")
    shown = shown.toVariant() if hasattr(shown, "toVariant") else shown
    thread = app.session.panels.property("threadMessages")
    assert shown["eventId"] == thread.row(1)["eventId"] and shown["name"] == "view.jpg"
    app.key(Qt.Key.Key_Escape)
    app.wait(lambda: not app.is_open("threadMediaViewer"), what="the viewer to close")
    app.wait(lambda: app.find("threadComposer").hasActiveFocus(), what="the focus back in the thread")
    assert app.session.panels.property("panel") == "thread"


def _send_voice(app: Shell, bob: Credentials, room: RoomId, root: str, seconds: float) -> None:
    clip = encode_voice(tone(seconds, 440))
    content = _in_thread(root, voice_message(clip.duration_ms, list(clip.waveform)))
    app.run(_send_upload(bob, room, clip.data, "audio/ogg", content))


def test_a_voice_message_in_a_thread_plays_and_the_next_one_in_the_thread_follows(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    root = _root(app)
    _send_voice(app, bob, room, root, 1.5)
    _send_voice(app, bob, room, root, 1.0)

    _open_thread(app, 2)
    app.wait(lambda: len(_in_panel(app, "voicePlayer")) == 2, what="two voice messages")
    first, second = _in_panel(app, "voicePlayer")
    assert first.property("total") == 1500 and second.property("total") == 1000
    panel = app.find("threadList")
    right = first.mapToItem(panel, QPointF(first.width(), 0)).x()
    assert right <= panel.width() - 16, (right, panel.width())  # it fits the panel, beside its margin

    app.tap(app.inside(first, "voicePlayButton"))
    app.wait(lambda: first.property("playing"), what="the voice message to play")
    assert app.session.media_controller.playback.property("state") == "playing"
    app.wait(lambda: first.property("elapsed") > 200, what="its time to run")
    # it ends, and the one after it in the thread plays by itself
    app.wait(lambda: second.property("playing"), timeout=10, what="the next voice message")
    app.wait(lambda: not second.property("playing"), timeout=10, what="the last one to end")
    assert app.session.media_controller.playback.property("current") == ""


def test_a_file_in_a_thread_is_saved_to_downloads(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    downloads = tmp_path / "Downloads"
    app.session.media_controller.downloads = downloads
    root = _root(app)
    content = {
        "msgtype": "m.file",
        "body": "packing list.txt",
        "info": {"size": 24, "mimetype": "text/plain"},
    }
    app.run(_send_upload(bob, room, b"tent, stove, two ropes\n\n", "text/plain", _in_thread(root, content)))

    _open_thread(app, 1)
    app.wait(lambda: len(_in_panel(app, "saveFileButton")) == 1, what="the file in the thread")
    (name,) = _in_panel(app, "fileName")
    assert name.property("text") == "packing list.txt"
    app.tap(_in_panel(app, "saveFileButton")[0])
    app.wait(lambda: downloads.is_dir() and len(list(downloads.iterdir())) == 1, what="the saved file")
    (saved,) = downloads.iterdir()
    assert saved.name == "packing list.txt" and saved.read_bytes() == b"tent, stove, two ropes\n\n"
