"""Sending files into a thread, and what plays from a thread, in the real window against a real
Synapse: the thread panel's attach button (through the file dialog), a paste into its reply field
and a drop on it open the thread's send preview; what is sent carries the thread relation a text
reply in the thread has (read back from the server), shows in the panel and not in the
timeline. Closing the panel stops what plays from the thread, never what plays from the
timeline."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, EventId, MatrixApi, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.media.voice import encode_voice
from tests.support.recordings import tone, voice_message
from tests.support.synapse import UserFactory
from tests.ui.file_dialogs import choose_file, drop_files, invoke_later
from tests.ui.shell import Shell
from tests.ui.test_media_ui import _events, _media_rows, _open_room, _send_upload
from tests.ui.test_thread_media_ui import _in_panel, _in_thread, _open_thread, _root

pytestmark = pytest.mark.integration


async def _reply_in_thread(creds: Credentials, room: RoomId, root: str, text: str) -> EventId:
    """Bob answers in the thread (another client, through the server)."""
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        content = _in_thread(root, {"msgtype": "m.text", "body": text})
        return await api.send(room, "m.room.message", f"thread-{asyncio.get_running_loop().time()}", content)
    finally:
        await transport.aclose()


async def _sent_in_thread(creds: Credentials, room: RoomId, count: int) -> list[dict[str, Any]]:
    """The first ``count`` files (not text) in ``room``, as ``creds`` reads them from the server."""
    for _ in range(150):
        files = [e for e in await _events(creds, room) if e["content"].get("msgtype") != "m.text"]
        if len(files) >= count:
            return files
        await asyncio.sleep(0.2)
    raise AssertionError(f"{count} files never arrived")


def _thread_preview(app: Shell, name: str) -> QQuickItem:
    """``name`` inside the thread panel's send preview (the conversation's has the same names)."""
    found = app.obj("threadSendFilesDialog").findChild(QQuickItem, name)
    assert found is not None, name
    return found


def _wait_for_thread_preview(app: Shell) -> None:
    app.wait(lambda: app.is_open("threadSendFilesDialog"), what="the thread's send preview")
    assert not app.is_open("sendFilesDialog")  # not the conversation's
    caption = _thread_preview(app, "captionField")
    app.wait(caption.hasActiveFocus, what="the caption field to take the focus")


def _thread_relation(root: str, latest: str) -> dict[str, Any]:
    """What a text reply in the thread carries (see compose.relation)."""
    return {
        "rel_type": "m.thread",
        "event_id": root,
        "is_falling_back": True,
        "m.in_reply_to": {"event_id": latest},
    }


def _no_media_in_timeline(app: Shell) -> bool:
    timeline = app.session.timeline
    return not any(timeline.row(i)["media"] for i in range(timeline.rowCount())) and not _media_rows(app)


@pytest.mark.usefixtures("quiet_working_folder")
def test_a_photo_attached_in_the_thread_is_sent_into_it_and_shows_only_there(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    root = _root(app)
    latest = app.run(_reply_in_thread(bob, room, root, "Which tent do you mean?"))
    photo = tmp_path / "the tent.jpg"
    Image.new("RGB", (800, 600), (40, 120, 60)).save(photo, "JPEG", quality=90)
    _open_thread(app, 1)

    attach = app.find("threadAttachButton")
    assert attach.isVisible() and attach.isEnabled()
    app.tap(attach)
    choose_file(app, "threadFileDialog", photo)
    _wait_for_thread_preview(app)
    assert _thread_preview(app, "sendFilesDestination").isVisible()  # says where it goes
    app.type("This one\n")
    app.wait(lambda: not app.is_open("threadSendFilesDialog"), what="the preview to close")
    app.wait(lambda: app.find("threadComposer").hasActiveFocus(), what="the focus back in the thread")

    # the echo is in the thread at once, its picture from this computer
    thread = app.session.panels.property("threadMessages")
    app.wait(lambda: thread.rowCount() == 3, what="the photo's echo in the thread")
    echo = thread.row(2)
    assert echo["txnId"] and echo["isOwn"] and echo["media"]["kind"] == "image"
    app.wait(lambda: len(_in_panel(app, "mediaImage")) == 1, what="the photo in the panel")

    (event,) = app.run(_sent_in_thread(bob, room, 1))
    content = event["content"]
    assert content["msgtype"] == "m.image" and content["body"] == "This one"
    assert content["m.relates_to"] == _thread_relation(root, latest)  # answering Bob's reply
    # the server's event took the echo's place in the panel; the timeline only counts it
    app.wait(lambda: thread.row(2)["eventId"] == event["event_id"], what="the server's copy")
    assert thread.rowCount() == 3
    app.wait(lambda: app.session.timeline.row(0)["threadCount"] == 2, what="the summary to count it")
    assert _no_media_in_timeline(app)

    # Ctrl+O in the reply field picks files for the thread too, not for the conversation
    app.focus("threadComposer")
    app.key(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = app.obj("threadFileDialog")
    app.wait(lambda: dialog.property("visible"), what="the thread's file dialog")
    assert not app.obj("attachFileDialog").property("visible")
    app.run(invoke_later(dialog, "reject"))
    app.wait(lambda: not dialog.property("visible"), what="the file dialog to close")


def test_a_picture_pasted_and_a_file_dropped_in_the_thread_panel_go_into_the_thread(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    root = _root(app)
    latest = app.run(_reply_in_thread(bob, room, root, "Send me the list"))
    _open_thread(app, 1)

    shot = QImage(240, 160, QImage.Format.Format_RGB32)
    shot.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(shot)
    app.focus("threadComposer")
    app.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _wait_for_thread_preview(app)
    assert app.obj("threadSendFilesDialog").property("files")[0]["name"].startswith("Pasted image")
    app.key(Qt.Key.Key_Return)
    app.wait(lambda: not app.is_open("threadSendFilesDialog"), what="the preview to close")
    assert app.find("threadComposer").property("text") == ""  # nothing pasted as text
    (pasted,) = app.run(_sent_in_thread(bob, room, 1))
    thread = app.session.panels.property("threadMessages")
    app.wait(lambda: thread.row(2)["eventId"] == pasted["event_id"], what="the picture delivered")

    notes = tmp_path / "packing list.txt"
    notes.write_text("tent, stove, two ropes\n")
    drop_files(app, "threadList", [notes])
    _wait_for_thread_preview(app)
    app.key(Qt.Key.Key_Return)
    app.wait(lambda: not app.is_open("threadSendFilesDialog"), what="the preview to close")
    _, dropped = app.run(_sent_in_thread(bob, room, 2))

    assert pasted["content"]["msgtype"] == "m.image"
    assert pasted["content"]["info"]["mimetype"] == "image/png"
    assert pasted["content"]["m.relates_to"] == _thread_relation(root, latest)
    assert dropped["content"]["msgtype"] == "m.file"
    assert dropped["content"]["body"] == "packing list.txt"
    # the second answers the newest message of the thread the panel shows: the pasted picture
    assert dropped["content"]["m.relates_to"] == _thread_relation(root, pasted["event_id"])
    ids = [pasted["event_id"], dropped["event_id"]]
    app.wait(lambda: [thread.row(i)["eventId"] for i in (2, 3)] == ids, what="both in the thread")
    app.wait(lambda: len(_in_panel(app, "saveFileButton")) == 1, what="the file in the panel")
    assert len(_in_panel(app, "mediaImage")) == 1
    assert _no_media_in_timeline(app)


def _open_thread_below(app: Shell, root: str) -> None:
    """Open the thread of ``root`` (not the newest row) from its summary, as a user does."""
    timeline = app.session.timeline
    app.wait(lambda: timeline.row(timeline.indexOf(root))["threadCount"] == 1, what="the thread summary")

    def summary() -> list[QQuickItem]:
        return [
            i for i in app.visual_children("timeline") if i.objectName() == "threadSummary" and i.isVisible()
        ]

    app.wait(summary, what="the summary to show")
    app.tap(summary()[0])
    app.wait(lambda: app.session.panels.property("threadMessages").rowCount() == 2, what="the thread")
    app.wait(
        lambda: app.find("rightPanel").width() == app.find("rightPanel").property("paneWidth"),
        what="the pane",
    )


def _voice(app: Shell, bob: Credentials, room: RoomId, content: dict[str, Any], seconds: float) -> None:
    clip = encode_voice(tone(seconds, 440))
    message = {**voice_message(clip.duration_ms, list(clip.waveform)), **content}
    app.run(_send_upload(bob, room, clip.data, "audio/ogg", message))


def test_closing_the_thread_panel_stops_what_plays_from_the_thread_not_from_the_timeline(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    root = _root(app)
    # long enough that neither ends by itself while the test runs
    _voice(app, bob, room, _in_thread(root, {}), 30.0)
    _voice(app, bob, room, {}, 30.0)  # in the conversation
    playback = app.session.media_controller.playback

    _open_thread_below(app, root)
    app.wait(lambda: len(_in_panel(app, "voicePlayer")) == 1, what="the thread's voice message")
    (in_thread,) = _in_panel(app, "voicePlayer")
    app.tap(app.inside(in_thread, "voicePlayButton"))
    app.wait(lambda: in_thread.property("playing") and in_thread.property("elapsed") > 200, what="it to play")
    app.tap(app.find("rightPanelClose"))
    app.wait(lambda: app.session.panels.property("panel") == "", what="the panel to close")
    app.wait(lambda: playback.property("state") == "", timeout=3, what="the thread's voice message to stop")
    assert playback.property("current") == ""

    timeline_voice = next(
        app.inside(row, "voicePlayer") for row in _media_rows(app) if row.property("isOwn") is False
    )
    app.tap(app.inside(timeline_voice, "voicePlayButton"))
    app.wait(lambda: timeline_voice.property("playing"), what="the conversation's voice message to play")
    playing = playback.property("current")
    _open_thread_below(app, root)
    app.tap(app.find("rightPanelClose"))
    app.wait(lambda: app.session.panels.property("panel") == "", what="the panel to close")
    app.wait(lambda: timeline_voice.property("elapsed") > 500, what="its time to run on")
    assert playback.property("state") == "playing" and playback.property("current") == playing
