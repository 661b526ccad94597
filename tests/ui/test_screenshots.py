"""Screenshots of the sign-in form and the main window, light and dark.

Written to ``docs/screenshots/`` when ``MESSENGER_SCREENSHOTS=1`` (look at them after UI
changes); otherwise to a temporary directory, so the run still proves both themes render.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent

from messenger_desktop.api import Credentials, EventId, MatrixApi, RoomId
from messenger_desktop.api.proxy import Proxy
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.calls.events import new_voip_id
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.localserver.demo import DIRECT_ALICE_BOB as DIRECT
from messenger_desktop.localserver.demo import GROUP_TRIP as TRIP
from messenger_desktop.localserver.demo import liven_trip
from messenger_desktop.localserver.demo_avatars import books, set_person_avatar, set_room_picture, tent
from messenger_desktop.qt.settings import Settings
from messenger_desktop.session.compose import text_content
from messenger_desktop.session.profile import Profile
from tests.support.core import login, open_session
from tests.support.synapse import UserFactory
from tests.support.translation_tool import system_language
from tests.ui import call_scenes, organise_scenes
from tests.ui.shell import Shell
from tests.ui.test_call_history import answered_call, call_lines, cast, open_room
from tests.ui.test_organise import _role, _row_item
from tests.ui.test_shell import _room_ids

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


async def _seed(people: dict[str, Credentials]) -> tuple[RoomId, RoomId]:
    transport = HttpxTransport()
    apis = {n: MatrixApi(c.homeserver, transport, access_token=c.access_token) for n, c in people.items()}
    Lines = tuple[tuple[str, str], ...]
    try:
        for name, api in apis.items():  # the demo's drawn portraits
            await set_person_avatar(api, people[name].user_id, name)
        said: dict[RoomId, list[EventId]] = {}

        async def room(
            name: str, members: tuple[str, ...], lines: Lines, direct: bool, picture: bytes = b""
        ) -> RoomId:
            invite = tuple(people[m].user_id for m in members)
            alice = apis["alice"]
            if direct:
                preset = "trusted_private_chat"
                room_id = await alice.create_room(invite=invite, is_direct=True, preset=preset)
            else:
                room_id = await alice.create_room(name=name, invite=invite, preset="private_chat")
            if picture:  # before the talk: its line is with the room's first events
                await set_room_picture(alice, room_id, picture, "picture.png")
            for member in members:
                await apis[member].join(room_id)
            for number, (who, text) in enumerate(lines):
                content = text_content(text)
                sent = await apis[who].send(room_id, "m.room.message", f"shot-{room_id}-{number}", content)
                said.setdefault(room_id, []).append(sent)
            return room_id

        async def act(who: str, room_id: RoomId, event_type: str, content: dict[str, Any]) -> EventId:
            txn = f"act-{secrets.token_hex(6)}"
            return await apis[who].send(room_id, event_type, txn, content)

        pick = (("carol", "This month's pick: “The Left Hand of Darkness”"),)
        await room("Book club", ("carol",), pick, False, books())
        trip = await room("Weekend trip 🏕️", ("bob", "carol", "dave"), TRIP, False, tent())
        await liven_trip(act, trip, said[trip])
        direct = await room("", ("bob",), DIRECT, True)
        await apis["bob"].receipt(direct, said[direct][-1])
        # An invitation, shown on top of the list with Join / Decline.
        await apis["dave"].create_room(name="Board games night", invite=(people["alice"].user_id,))
        return trip, direct
    finally:
        await transport.aclose()


def _pictures_shown(shell: Shell) -> bool:
    """Every avatar on screen that has a picture shows it (pictures load in the background)."""
    pending = list(shell.window.contentItem().childItems())
    while pending:
        item = pending.pop()
        pending.extend(item.childItems())
        is_avatar = item.property("initials") is not None and item.property("loaded") is not None
        if is_avatar and item.isVisible() and item.property("source") and not item.property("loaded"):
            return False
    return True


def test_screenshots_of_sign_in_and_main_window(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    names = {"alice": "Alice Martin", "bob": "Bob Okafor", "carol": "Carol Nguyen", "dave": "Dave Kowalski"}
    people = {}
    for key, display in names.items():
        user_id, password = new_user(key, displayname=display)
        people[key] = shell.run(login(synapse.base_url, user_id, password))
    trip, direct = shell.run(_seed(people))

    shell.start()
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"login-{theme}.png")

    shell.run(shell.controller.open_session(people["alice"]))
    shell.wait(lambda: shell.session.rooms.rowCount() == 4, what="three conversations and an invitation")
    for kind, room, lines in (("direct", direct, DIRECT), ("group", trip, TRIP)):
        shell.session.openRoom(room)
        timeline = shell.session.timeline
        last = lines[-1][1] if kind == "direct" else "Checklist for Friday:"
        shell.wait(
            lambda t=timeline, last=last: t.rowCount() > 0 and t.row(0)["body"].startswith(last), what=kind
        )
        shell.run(shell.session.wait_idle())
        shell.wait(lambda: _pictures_shown(shell), what="the avatars' pictures")
        for theme in ("light", "dark"):
            shell.settings.set_value("theme", theme)
            shell.grab(out / f"main-{kind}-{theme}.png")
    # the group again with a thread open beside it and the action bar over a message
    timeline = shell.session.timeline
    root = next(
        timeline.row(i)["eventId"] for i in range(timeline.rowCount()) if timeline.row(i)["threadCount"]
    )
    shell.session.panels.openThread(root)
    shell.wait(lambda: shell.session.panels.property("panel") == "thread", what="the thread")
    shell.run(shell.session.wait_idle())
    hovered = next(
        item
        for item in shell.visual_children("timeline")
        if item.property("kind") == "message" and item.property("replyTo")
    )
    shell.hover(hovered)
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"main-thread-{theme}.png")
    # the members, with their pictures
    shell.session.panels.togglePanel("members")
    shell.wait(lambda: shell.session.panels.property("panel") == "members", what="the members")
    shell.run(shell.session.wait_idle())
    shell.wait(lambda: _pictures_shown(shell), what="the members' pictures")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"main-members-{theme}.png")
    # organising: a conversation's menu, the quick switcher, a new folder
    shell.session.panels.close()
    book_club = next(r for r in _room_ids(shell) if _role(shell, r, "name") == "Book club")
    shell.tap(_row_item(shell, book_club), Qt.MouseButton.RightButton)
    shell.wait(lambda: shell.is_open("roomMenu"), what="the conversation's menu")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"room-menu-{theme}.png")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.is_open("roomMenu"), what="the menu to close")
    shell.key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    shell.wait(lambda: shell.is_open("quickSwitcher"), what="the quick switcher")
    shell.type("bo")
    shell.run(shell.session.wait_idle())
    shell.wait(lambda: _pictures_shown(shell), what="the switcher's pictures")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"quick-switcher-{theme}.png")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.is_open("quickSwitcher"), what="the switcher to close")
    shell.click("accountMenuButton")
    shell.wait(lambda: shell.is_open("accountMenu"), what="the account menu")
    shell.click("newFolderButton")
    shell.wait(lambda: shell.is_open("folderDialog"), what="the new-folder dialog")
    shell.type("Weekend")
    shell.tap(shell.inside(shell.find("folderName").parentItem(), "folderInclude_unread"))
    shell.tap(next(i for i in shell.visual_children("folderRooms") if i.property("checkable")))
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"new-folder-{theme}.png")
    # the account menu: the user's own avatar and setting it
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.is_open("folderDialog"), what="the folder dialog to close")
    shell.click("accountMenuButton")
    shell.wait(lambda: shell.is_open("accountMenu"), what="the account menu")
    shell.wait(lambda: _pictures_shown(shell), what="the user's picture")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"account-menu-{theme}.png")
    assert all(
        (out / f"{kind}-{theme}.png").stat().st_size > 10_000
        for kind in (
            "login",
            "main-direct",
            "main-group",
            "main-thread",
            "room-menu",
            "quick-switcher",
            "new-folder",
            "main-members",
            "account-menu",
        )
        for theme in ("light", "dark")
    )


def test_screenshots_of_settings(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    names = {"alice": "Alice Martin", "bob": "Bob Okafor", "carol": "Carol Nguyen", "dave": "Dave Kowalski"}
    people = {}
    for key, display in names.items():
        user_id, password = new_user(key, displayname=display)
        people[key] = shell.run(login(synapse.base_url, user_id, password))
    shell.run(_seed(people))
    shell.start(people["alice"])
    shell.wait(lambda: shell.session.rooms.rowCount() == 4, what="three conversations and an invitation")

    shell.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, ",")
    shell.wait(lambda: shell.is_open("settingsDialog"), what="the settings")
    shell.focus("settingsSections")
    shell.key(Qt.Key.Key_Down)  # from Account to Notifications
    shell.run(asyncio.sleep(0.05))
    shell.focus("keywordInput")
    shell.type("standup\nrelease\n")
    shell.wait(lambda: not shell.session.keywords.property("busy"), what="the keywords saved")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"settings-notifications-{theme}.png")
    shell.focus("settingsSections")
    shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Down)
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"settings-appearance-{theme}.png")
    assert all(
        (out / f"settings-{page}-{theme}.png").stat().st_size > 10_000
        for page in ("notifications", "appearance")
        for theme in ("light", "dark")
    )


def test_screenshots_of_call_history(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    people = cast(shell, synapse, new_user, ("Alice Martin", "Bob Okafor"))
    room, bob, alice = people.room, people.bob, people.alice_phone

    async def scene() -> None:
        await bob.say(room, "Can you call me when you're free?")
        missed = new_voip_id()
        await bob.invite(room, missed, people.alice.user_id, video=True)
        await bob.hangup(room, missed)
        await alice.say(room, "Sorry, I was driving. Calling you back now")
        await answered_call(people, 3.2)
        await bob.say(room, "Thanks! One more thing…")
        declined = new_voip_id()
        await bob.invite(room, declined, people.alice.user_id)
        await alice.reject(room, declined)
        await alice.say(room, "In a meeting, will ring you at six")

    shell.run(scene())
    open_room(shell, people)
    shell.wait(lambda: len(call_lines(shell)) == 3, what="the three calls")
    shell.run(shell.session.wait_idle())
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"call-history-{theme}.png")
    assert all((out / f"call-history-{theme}.png").stat().st_size > 10_000 for theme in ("light", "dark"))


def _four_people(shell: Shell, synapse: LocalSynapse, new_user: UserFactory) -> dict[str, Credentials]:
    names = {"alice": "Alice Martin", "bob": "Bob Okafor", "carol": "Carol Nguyen", "dave": "Dave Kowalski"}
    people = {}
    for key, display in names.items():
        user_id, password = new_user(key, displayname=display)
        people[key] = shell.run(login(synapse.base_url, user_id, password))
    return people


def test_screenshots_of_the_archive(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    people = _four_people(shell, synapse, new_user)
    shell.run(_seed(people))
    left = shell.run(organise_scenes.archive_rooms(people))
    shell.start(people["alice"])
    shell.wait(lambda: set(left.values()) <= set(_room_ids(shell)), what="the rooms before leaving")
    shell.run(organise_scenes.leave_and_ban(people, left))
    shell.wait(lambda: not set(left.values()) & set(_room_ids(shell)), what="the rooms left")

    shell.click("accountMenuButton")
    shell.wait(lambda: shell.is_open("accountMenu"), what="the account menu")
    shell.click("archiveButton")
    shell.wait(lambda: shell.session.archive.model.rowCount() == 3, what="three archived conversations")
    shell.session.openRoom(left["flat"])
    timeline = shell.session.timeline
    shell.wait(lambda: timeline.rowCount() >= 5 and not timeline.property("loading"), what="its history")
    shell.run(shell.session.wait_idle())
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"archive-{theme}.png")
    assert all((out / f"archive-{theme}.png").stat().st_size > 10_000 for theme in ("light", "dark"))


def test_screenshots_of_the_space_browser(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    people = _four_people(shell, synapse, new_user)
    shell.run(_seed(people))
    space, rooms = shell.run(organise_scenes.climbing_club(people))
    shell.start(people["alice"])
    shell.wait(lambda: rooms["bouldering"] in _room_ids(shell), what="the club's room")
    shell.wait(lambda: shell.session.spaces.rowCount() == 1, what="the space bar")
    shell.session.rooms.setProperty("space", space)
    shell.wait(
        lambda: shell.has("browseSpaceButton") and shell.find("browseSpaceButton").isVisible(), what="Browse"
    )
    shell.click("browseSpaceButton")
    browser = shell.session.spaceBrowser
    shell.wait(
        lambda: browser.property("state") == "ready" and browser.rowCount() == 4, what="the club's rooms"
    )
    shell.run(shell.session.wait_idle())
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"space-browser-{theme}.png")
    assert all((out / f"space-browser-{theme}.png").stat().st_size > 10_000 for theme in ("light", "dark"))


def test_screenshots_of_a_call(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """Bob calls Alice (the app): the incoming popup, the voice call, both cameras on, and the
    call bar over another conversation."""
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    people = _four_people(shell, synapse, new_user)
    trip, direct = shell.run(_seed(people))
    shell.start(people["alice"])
    shell.wait(lambda: direct in _room_ids(shell), what="the direct chat")
    calls = shell.session.calls_controller
    calls.set_devices(call_scenes.SceneDevices(440, call_scenes.alice_picture(), shown=True))
    bob, _ = shell.run(
        open_session(tmp_path / "bob", people["bob"], poll_ms=300, call_host_addresses=("127.0.0.1",))
    )
    bob.calls.devices = call_scenes.SceneDevices(660, call_scenes.bob_picture())
    try:
        shell.session.openRoom(direct)
        shell.run(shell.session.wait_idle())
        placed = shell.run(bob.start_call(direct, video=False))
        assert placed is not None
        shell.wait(lambda: shell.is_open("incomingCallDialog"), timeout=30, what="the incoming call")
        shell.run(asyncio.sleep(0.8))  # the rings mid-way
        for theme in ("light", "dark"):
            shell.settings.set_value("theme", theme)
            shell.grab(out / f"call-incoming-{theme}.png")

        shell.tap(shell.find("acceptCallButton"))
        shell.wait(lambda: calls.property("duration") >= 3, timeout=30, what="three seconds in the call")
        for theme in ("light", "dark"):
            shell.settings.set_value("theme", theme)
            shell.grab(out / f"call-voice-{theme}.png")
        shell.tap(shell.find("callDevicesButton"))
        shell.wait(lambda: shell.is_open("callDevicesPopup"), what="the devices")
        for theme in ("light", "dark"):
            shell.settings.set_value("theme", theme)
            shell.grab(out / f"call-devices-{theme}.png")
        shell.key(Qt.Key.Key_Escape)
        shell.wait(lambda: not shell.is_open("callDevicesPopup"), what="the devices to close")

        async def bob_camera_on() -> None:
            bob.calls.set_camera(placed.call_id, True)

        shell.run(bob_camera_on())
        remote, local = calls.property("remoteView"), calls.property("localView")
        shell.wait(lambda: remote.property("hasVideo"), timeout=30, what="bob's picture")
        shell.tap(shell.find("cameraButton"))  # one renegotiation at a time
        shell.wait(
            lambda: remote.property("hasVideo") and local.property("hasVideo"), timeout=30, what="video"
        )
        shell.wait(lambda: shell.has("remoteVideo") and shell.has("localVideo"), what="both pictures")
        shell.run(asyncio.sleep(0.5))
        for theme in ("light", "dark"):
            shell.settings.set_value("theme", theme)
            shell.grab(out / f"call-video-{theme}.png")

        shell.session.openRoom(trip)
        shell.wait(lambda: shell.find("callBar").isVisible(), what="the call bar")
        timeline = shell.session.timeline
        shell.wait(lambda: timeline.rowCount() > 0 and not timeline.property("loading"), what="the trip")
        shell.run(shell.session.wait_idle())
        for theme in ("light", "dark"):
            shell.settings.set_value("theme", theme)
            shell.grab(out / f"call-bar-{theme}.png")
        shell.tap(shell.find("callBarHangupButton"))
        shell.wait(lambda: not calls.property("active"), what="the call to end")
    finally:
        shell.run(bob.close())
    assert all(
        (out / f"call-{scene}-{theme}.png").stat().st_size > 10_000
        for scene in ("incoming", "voice", "devices", "video", "bar")
        for theme in ("light", "dark")
    )


def _landscape(size: tuple[int, int] = (1200, 800)) -> bytes:
    """A drawn photo: sky, sun and hills (no binary fixtures in the repository)."""
    import io

    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=(int(250 - 90 * t), int(170 - 40 * t), int(110 + 100 * t)))
    draw.ellipse((width * 0.62, height * 0.18, width * 0.78, height * 0.42), fill=(255, 236, 170))
    draw.polygon(
        [
            (0, height),
            (0, height * 0.62),
            (width * 0.35, height * 0.5),
            (width * 0.7, height * 0.72),
            (width, height * 0.58),
            (width, height),
        ],
        fill=(46, 96, 84),
    )
    draw.polygon(
        [
            (0, height),
            (width * 0.2, height * 0.78),
            (width * 0.6, height * 0.86),
            (width, height * 0.76),
            (width, height),
        ],
        fill=(28, 64, 58),
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def test_screenshots_of_media(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    from messenger_desktop.session.attachments import OutgoingFile
    from tests.ui.file_dialogs import drop_files
    from tests.ui.test_media_ui import _media_rows, _open_room, _send_upload

    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    _alice, bob, room = _open_room(app, synapse, new_user)
    photo = _landscape()
    app.run(
        _send_upload(
            bob,
            room,
            photo,
            "image/jpeg",
            {
                "msgtype": "m.image",
                "body": "IMG_2041.jpg",
                "info": {"w": 1200, "h": 800, "mimetype": "image/jpeg"},
            },
        )
    )
    app.run(
        _send_upload(
            bob,
            room,
            b"%PDF-1.4\n" + bytes(180_000),
            "application/pdf",
            {"msgtype": "m.file", "body": "Trip itinerary.pdf", "info": {"size": 180_009}},
        )
    )
    mine = tmp_path / "lake.jpg"
    mine.write_bytes(_landscape((900, 1200)))
    app.run(app.session._session.send_file(room, OutgoingFile(mine, caption="Our view this morning ☀️")))
    app.wait(lambda: len(_media_rows(app)) == 3, what="the pictures and the file")
    app.wait(
        lambda: all(
            app.inside(r, "mediaImage").property("loaded")
            for r in _media_rows(app)
            if r.property("bare") is not None and r.property("media")["kind"] == "image"
        ),
        timeout=30,
        what="the pictures to load",
    )
    app.run(app.session.wait_idle())
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"media-{theme}.png")
    theirs = max(_media_rows(app), key=lambda r: r.property("index"))  # Bob's photo, the oldest
    app.tap(app.inside(theirs, "mediaImage"))
    app.wait(lambda: app.is_open("mediaViewer"), what="the viewer")
    app.wait(lambda: app.find("viewerImage").property("loaded"), what="the full picture")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"media-viewer-{theme}.png")
    app.key(Qt.Key.Key_Escape)
    app.wait(lambda: not app.is_open("mediaViewer"), what="the viewer to close")
    drop_files(app, "timeline", [mine])
    app.wait(lambda: app.is_open("sendFilesDialog"), what="the send preview")
    app.wait(lambda: app.find("previewImage").property("loaded"), what="the preview")
    app.click("cropButton")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"send-preview-{theme}.png")
    assert all((out / f"media-{theme}.png").stat().st_size > 10_000 for theme in ("light", "dark"))


def test_screenshots_of_a_thread_with_media(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """A thread whose replies are a photo, a voice message and a file, in the side panel."""
    from messenger_desktop.media.voice import encode_voice
    from tests.support.recordings import babble, voice_message
    from tests.ui.test_media_ui import _open_room, _send_upload
    from tests.ui.test_shell import _say
    from tests.ui.test_thread_media_ui import _in_panel, _in_thread, _open_thread

    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    _alice, bob, room = _open_room(app, synapse, new_user)
    app.run(_say(bob, room, "Pictures from Saturday's hike 🥾"))
    timeline = app.session.timeline
    app.wait(lambda: timeline.row(0)["body"].startswith("Pictures"), what="the thread's first message")
    root = str(timeline.row(0)["eventId"])
    photo = {
        "msgtype": "m.image",
        "body": "IMG_2041.jpg",
        "info": {"w": 1200, "h": 800, "mimetype": "image/jpeg"},
    }
    app.run(_send_upload(bob, room, _landscape(), "image/jpeg", _in_thread(root, photo)))
    spoken = encode_voice(babble(6.0))
    voice = _in_thread(root, voice_message(spoken.duration_ms, list(spoken.waveform)))
    app.run(_send_upload(bob, room, spoken.data, "audio/ogg", voice))
    itinerary = {"msgtype": "m.file", "body": "Trip itinerary.pdf", "info": {"size": 180_009}}
    pdf = b"%PDF-1.4\n" + bytes(180_000)
    app.run(_send_upload(bob, room, pdf, "application/pdf", _in_thread(root, itinerary)))

    _open_thread(app, 3)
    app.wait(
        lambda: [p.property("loaded") for p in _in_panel(app, "mediaImage")] == [True],
        what="the photo to load",
    )
    app.run(app.session.wait_idle())
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"thread-media-{theme}.png")
    # a picture pasted into the thread's reply field: the thread's own send preview
    from PySide6.QtGui import QGuiApplication, QImage
    from PySide6.QtQuick import QQuickItem

    QGuiApplication.clipboard().setImage(QImage.fromData(_landscape((900, 600))))
    app.focus("threadComposer")
    app.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    app.wait(lambda: app.is_open("threadSendFilesDialog"), what="the thread's send preview")
    preview = app.obj("threadSendFilesDialog").findChild(QQuickItem, "previewImage")
    app.wait(lambda: preview.property("loaded"), what="the preview")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"thread-send-preview-{theme}.png")
    assert all(
        (out / f"{kind}-{theme}.png").stat().st_size > 10_000
        for kind in ("thread-media", "thread-send-preview")
        for theme in ("light", "dark")
    )


def test_screenshots_of_stickers(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    from tests.ui.test_media_ui import _open_room
    from tests.ui.test_stickers_ui import _open_picker, _sticker_rows

    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    _alice, bob, room = _open_room(app, synapse, new_user)

    async def bob_sends() -> None:
        transport = HttpxTransport()
        try:
            api = MatrixApi(bob.homeserver, transport, access_token=bob.access_token)
            data = (REPO / "resources" / "stickers" / "haha.png").read_bytes()
            url = await api.upload(data, "image/png", "haha.png")
            info = {"w": 512, "h": 512, "mimetype": "image/png", "size": len(data)}
            await api.send(
                room, "m.sticker", "shot-sticker", {"body": "Pip laughing", "url": url, "info": info}
            )
            emoji = f'<img data-mx-emoticon src="{url}" alt=":haha:" title=":haha:" height="32" />'
            text = {
                "msgtype": "m.text",
                "body": "That was great :haha: see you tomorrow",
                "format": "org.matrix.custom.html",
                "formatted_body": f"That was great {emoji} see you tomorrow",
            }
            await api.send(room, "m.room.message", "shot-emoji", text)
        finally:
            await transport.aclose()

    app.run(bob_sends())
    app.wait(lambda: len(_sticker_rows(app)) == 1, what="bob's sticker")
    app.wait(
        lambda: any("That was great" in (i.property("html") or "") for i in app.visual_children("timeline")),
        what="the message with a custom emoji",
    )
    app.run(asyncio.sleep(1.0))  # the inline emoji loads
    app.grab(out / "custom-emoji-light.png")
    _open_picker(app)

    def pictures() -> list[Any]:
        return [
            i
            for i in app.visual_children("stickerGrid")
            if i.metaObject().className().startswith("QQuickImage")
        ]

    app.wait(
        lambda: pictures() and all(i.property("progress") == 1.0 for i in pictures()),
        timeout=30,
        what="the stickers to load",
    )
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"stickers-{theme}.png")


class _Speaking:
    """A microphone for the recorder's picture: speech-like sound in 20 ms pieces, from a thread."""

    def __init__(self) -> None:
        import threading

        from tests.support.recordings import babble

        self._pcm = babble(4.0)
        self._stop = threading.Event()

    def start(self, deliver: Any) -> None:
        import threading

        def run() -> None:
            offset = 0
            while not self._stop.wait(0.02):
                deliver(self._pcm[offset : offset + 1920])
                offset = (offset + 1920) % len(self._pcm)

        threading.Thread(target=run, name="speaking", daemon=True).start()

    def stop(self) -> None:
        self._stop.set()


def test_screenshots_of_recordings(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """A voice message half played (with its speed), one of the user's own, an audio file and a
    video with its thumbnail; then the composer recording a voice message."""
    from messenger_desktop.media.clips import still
    from messenger_desktop.media.voice import encode_voice
    from tests.support.recordings import babble, song, video, voice_message
    from tests.ui.test_media_ui import _open_room, _send_upload
    from tests.ui.test_voice_ui import _players, _upload

    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    _alice, bob, room = _open_room(app, synapse, new_user)
    spoken = encode_voice(babble(7.0))
    app.run(
        _send_upload(
            bob, room, spoken.data, "audio/ogg", voice_message(spoken.duration_ms, list(spoken.waveform))
        )
    )
    clip = video(6.0, (640, 360))
    picture = still(clip)
    assert picture is not None
    thumbnail = app.run(_upload(bob, picture.data, "image/jpeg"))
    info = {"mimetype": "video/mp4", "w": 640, "h": 360, "duration": 6000, "thumbnail_url": thumbnail}
    content = {"msgtype": "m.video", "body": "Ferry.mp4", "info": info}
    app.run(_send_upload(bob, room, clip, "video/mp4", content))
    tune = song(35.0)
    info = {"mimetype": "audio/ogg", "duration": 35_000, "size": len(tune)}
    app.run(
        _send_upload(
            bob, room, tune, "audio/ogg", {"msgtype": "m.audio", "body": "Campfire song.ogg", "info": info}
        )
    )
    app.run(app.session._session.send_voice(room, babble(3.0)))
    app.wait(lambda: len(_players(app, "voicePlayer")) == 2, what="the voice messages")
    app.wait(lambda: len(_players(app, "mediaPlayer")) == 2, what="the video and the song")
    app.wait(
        lambda: _players(app, "videoThumbnail") and _players(app, "videoThumbnail")[0].property("loaded"),
        what="the video's thumbnail",
    )
    app.run(app.session.wait_idle())
    theirs = _players(app, "voicePlayer")[0]
    app.tap(app.inside(theirs, "voicePlayButton"))
    app.wait(lambda: theirs.property("elapsed") > 2600, what="the voice message to play a while")
    app.tap(app.inside(theirs, "voiceSpeedButton"))
    app.tap(app.inside(theirs, "voicePlayButton"))  # paused part way, at 1.5×
    app.wait(lambda: not theirs.property("playing"), what="the pause")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"recordings-{theme}.png")

    app.session.media_controller.use_microphone(_Speaking)
    app.tap(app.find("voiceRecordButton"))
    recorder = app.session.media_controller.recorder
    app.wait(lambda: recorder.property("duration") > 2300, what="two seconds recorded")
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"voice-recorder-{theme}.png")
    recorder.pause()  # as a call does: the take waits for Send or Cancel
    for theme in ("light", "dark"):
        app.settings.set_value("theme", theme)
        app.grab(out / f"voice-paused-{theme}.png")
    app.tap(app.find("voiceCancelButton"))
    app.wait(lambda: not recorder.property("recording"), what="the take thrown away")

    def grab_held() -> None:  # the mic held down and dragged away: letting go would cancel
        for theme in ("light", "dark"):
            app.settings.set_value("theme", theme)
            assert app.window.grabWindow().save(str(out / f"voice-hold-{theme}.png"))

    app.hold(app.find("voiceRecordButton"), 1.5, offset=(-200, 0), during=grab_held)
    app.wait(lambda: not recorder.property("recording"), what="the held take thrown away")
    assert all(
        (out / f"{kind}-{theme}.png").stat().st_size > 10_000
        for kind in ("recordings", "voice-hold", "voice-paused")
        for theme in ("light", "dark")
    )


def test_screenshots_of_the_shortcuts_sheet_and_about(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    people = _four_people(shell, synapse, new_user)
    shell.run(_seed(people))
    shell.start(people["alice"])
    shell.wait(lambda: shell.session.rooms.rowCount() == 4, what="three conversations and an invitation")

    shell.key(Qt.Key.Key_F1)
    shell.wait(lambda: shell.is_open("shortcutsSheet"), what="the shortcuts sheet")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"shortcuts-{theme}.png")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.obj("shortcutsSheet").property("visible"), what="the sheet to close")

    shell.click("accountMenuButton")
    shell.wait(lambda: shell.is_open("accountMenu"), what="the account menu")
    menu = shell.obj("accountMenu")
    before = None
    while menu.property("currentIndex") != before:  # down to Help, the last entry
        before = menu.property("currentIndex")
        shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Right)
    shell.wait(lambda: shell.is_open("helpMenu"), what="the Help submenu")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"help-menu-{theme}.png")
    for _ in range(3):
        shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Return, text="\r")
    shell.wait(lambda: shell.is_open("aboutDialog"), what="About")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"about-{theme}.png")
    assert all(
        (out / f"{kind}-{theme}.png").stat().st_size > 10_000
        for kind in ("shortcuts", "help-menu", "about")
        for theme in ("light", "dark")
    )


# -- languages (issue 9) ---------------------------------------------------------------------------


def _ends_the_trip(timeline: Any) -> bool:
    return bool(timeline.rowCount() > 0 and timeline.row(0)["body"].startswith("Checklist for Friday:"))


def test_screenshots_in_german_and_french(
    loop: asyncio.AbstractEventLoop, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """The group conversation as someone who set German (light theme), French or Romanian (dark)
    sees it from the start."""
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    names = {"alice": "Alice Martin", "bob": "Bob Okafor", "carol": "Carol Nguyen", "dave": "Dave Kowalski"}
    people = {}
    for key, display in names.items():
        user_id, password = new_user(key, displayname=display)
        people[key] = loop.run_until_complete(login(synapse.base_url, user_id, password))
    trip, _direct = loop.run_until_complete(_seed(people))
    try:
        for language, theme in (("de", "light"), ("fr", "dark"), ("ro", "dark")):
            profile = Profile.at(tmp_path / f"profile-{language}")
            preset = Settings(profile.settings)
            preset.set_value("language", language)
            preset.set_value("theme", theme)
            shell = Shell(loop, tmp_path / f"profile-{language}")
            try:
                shell.start()  # the sign-in page first, as the other screenshots
                shell.run(shell.controller.open_session(people["alice"]))
                shell.wait(lambda s=shell: s.session.rooms.rowCount() == 4, what="the conversations")
                shell.session.openRoom(trip)
                timeline = shell.session.timeline
                shell.wait(lambda t=timeline: _ends_the_trip(t), what="the group")
                shell.run(shell.session.wait_idle())
                shell.wait(lambda s=shell: _pictures_shown(s), what="the avatars' pictures")
                shell.grab(out / f"main-{language}-{theme}.png")
            finally:
                shell.close()
    finally:
        system_language()
    shots = ("main-de-light.png", "main-fr-dark.png", "main-ro-dark.png")
    assert all((out / name).stat().st_size > 10_000 for name in shots)


# -- message layout, compact mode, text size, spelling, network proxy -----------------------------


def test_screenshots_of_layouts_text_size_spelling_and_proxy(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    people = _four_people(shell, synapse, new_user)
    trip, _direct = shell.run(_seed(people))

    def both(name: str) -> None:
        for theme in ("light", "dark"):
            shell.settings.set_value("theme", theme)
            shell.grab(out / f"{name}-{theme}.png")

    shell.settings.set_value("fontScale", 130)
    shell.start()
    both("text-130-login")
    shell.settings.set_value("fontScale", 100)
    shell.run(shell.controller.open_session(people["alice"]))
    shell.wait(lambda: shell.session.rooms.rowCount() == 4, what="three conversations and an invitation")
    shell.session.openRoom(trip)
    timeline = shell.session.timeline
    shell.wait(lambda: timeline.rowCount() > 0 and timeline.row(0)["body"].startswith("Checklist"), what="it")
    shell.run(shell.session.wait_idle())
    shell.wait(lambda: _pictures_shown(shell), what="the avatars' pictures")

    shell.settings.set_value("messageLayout", "irc")
    both("layout-irc")
    shell.settings.set_value("messageLayout", "bubbles")
    shell.settings.set_value("compactMode", True)
    both("layout-compact")
    shell.settings.set_value("compactMode", False)
    shell.settings.set_value("fontScale", 130)
    both("text-130")
    shell.settings.set_value("messageLayout", "irc")
    both("text-130-irc")
    shell.settings.set_value("messageLayout", "bubbles")
    shell.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, ",")
    shell.tap(shell.settings_section("appearance"))
    both("text-130-settings")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.is_open("settingsDialog"), what="the settings to close")
    shell.settings.set_value("fontScale", 100)

    composer = shell.focus("composer")
    spelling = shell.controller.spelling
    shell.wait(lambda: spelling.property("active"), what="the dictionary (scripts/setup-system)")
    shell.type("Shall I bring the tnet and the stove? It's definately cold at night ")
    # a right-click on a misspelled word
    text = composer.property("text")
    typing_at = composer.property("cursorPosition")
    composer.setProperty("cursorPosition", text.index("definately") + 2)
    spot = composer.property("cursorRectangle")
    composer.setProperty("cursorPosition", typing_at)
    at = composer.mapToScene(QPointF(spot.x(), spot.y() + spot.height() / 2))
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, Qt.MouseButton.RightButton),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        button, none = Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier
        QCoreApplication.sendEvent(shell.window, QMouseEvent(kind, at, at, button, buttons, none))
    shell.wait(lambda: shell.is_open("composerTextMenu"), what="the spelling menu")
    menu = shell.obj("composerTextMenu")
    shell.wait(lambda: not menu.property("looking"), what="the suggestions")
    both("spelling")
    shell.key(Qt.Key.Key_Escape)

    shell.settings.set_value("proxyMode", "socks5")
    shell.settings.set_value("proxyHost", "proxy.example.org")
    shell.settings.set_value("proxyUser", "alice")
    shell.session.session.use_proxy(Proxy())  # shown, not used: the screenshots stay online
    shell.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, ",")
    shell.tap(shell.settings_section("network"))
    both("settings-network")
    shell.settings.set_value("proxyMode", "none")
    assert all(
        (out / f"{name}-{theme}.png").stat().st_size > 10_000
        for name in (
            "layout-irc",
            "layout-compact",
            "text-130",
            "text-130-irc",
            "text-130-settings",
            "text-130-login",
            "settings-network",
        )
        for theme in ("light", "dark")
    )


def test_screenshots_of_the_keyboard_focus(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    """Where the keyboard is: a ring on the conversation list's row, on a folder tab, on a menu entry."""
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    people = _four_people(shell, synapse, new_user)
    trip, _direct = shell.run(_seed(people))
    shell.start(people["alice"])
    shell.wait(lambda: shell.session.rooms.rowCount() == 4, what="three conversations and an invitation")
    shell.session.openRoom(trip)
    shell.run(shell.session.wait_idle())
    shell.wait(lambda: _pictures_shown(shell), what="the avatars' pictures")
    shell.focus("roomList")
    shell.key(Qt.Key.Key_Down)
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"focus-list-{theme}.png")
    shell.focus("folderTabs")
    shell.key(Qt.Key.Key_Right)  # Unread
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"focus-tabs-{theme}.png")
    shell.focus("accountMenuButton")
    shell.key(Qt.Key.Key_Space, text=" ")
    shell.wait(lambda: shell.is_open("accountMenu"), what="the account menu")
    shell.key(Qt.Key.Key_Down)
    shell.key(Qt.Key.Key_Down)
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"focus-menu-{theme}.png")
    assert all(
        (out / f"focus-{kind}-{theme}.png").stat().st_size > 10_000
        for kind in ("list", "tabs", "menu")
        for theme in ("light", "dark")
    )


# -- issue 8: the session's end: expired (the password bar), and signed out elsewhere ----------


def test_screenshots_of_an_expired_session_and_a_device_signed_out_elsewhere(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    from tests.ui.test_session_end import sign_out_elsewhere

    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    people = _four_people(shell, synapse, new_user)
    trip, _direct = shell.run(_seed(people))
    shell.start(people["alice"])
    shell.wait(lambda: shell.session.rooms.rowCount() == 4, what="three conversations and an invitation")
    shell.session.openRoom(trip)
    shell.run(shell.session.wait_idle())
    shell.wait(lambda: _pictures_shown(shell), what="the avatars' pictures")
    shell.session.expiry.expire()  # what a soft logout does (tests/ui/test_session_end.py has the real one)
    shell.wait(lambda: shell.prop("sessionExpiredBar", "visible"), what="the bar")
    shell.focus("sessionExpiredPassword")
    shell.type("secret")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"session-expired-{theme}.png")
    shell.run(sign_out_elsewhere(people["alice"]))
    shell.wait(lambda: shell.controller.screen == "login", timeout=30, what="the sign-in screen")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"signed-out-elsewhere-{theme}.png")
    assert all(
        (out / f"{kind}-{theme}.png").stat().st_size > 10_000
        for kind in ("session-expired", "signed-out-elsewhere")
        for theme in ("light", "dark")
    )


# -- issue 8: a broken cache at start, a full disk while sending -----------------------------------


def test_screenshots_of_a_rebuilt_cache_and_a_full_disk(
    loop: asyncio.AbstractEventLoop, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    from tests.support.small_disk import small_disk
    from tests.ui.test_cache_faults_ui import _send_state
    from tests.ui.test_conversations import _open_and_load
    from tests.ui.test_shell import _people, _room_with

    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    with small_disk(tmp_path / "disk", size_mb=64) as disk:  # a real disk, filled to the last byte
        shell = Shell(loop, disk.path / "profile")
        try:
            alice, bob = _people(shell, synapse, new_user)
            room = shell.run(_room_with(bob, alice, "Weekend plans", ("Still on for Saturday?",)))
            shell.profile.database.write_bytes(b"\x00not a database\xff" * 500)
            shell.start(alice)
            _open_and_load(shell, room)
            for theme in ("light", "dark"):
                shell.settings.set_value("theme", theme)
                shell.grab(out / f"cache-rebuilt-{theme}.png")

            shell.session.dismissNotice()
            shell.session.session.db.probe_interval = 0.3
            text = "Yes! I'll bring the tent and the big stove."
            shell.focus("composer")
            shell.type(text)
            disk.fill()
            shell.key(Qt.Key.Key_Return, text="\r")
            shell.wait(lambda: (_send_state(shell, text) or ("", ""))[0] == "failed", what="the refusal")
            shell.wait(lambda: shell.find("storageBanner").isVisible(), what="the strip")
            assert not shell.session.property("offline"), "a full disk is not a lost connection"
            for theme in ("light", "dark"):
                shell.settings.set_value("theme", theme)
                shell.grab(out / f"disk-full-{theme}.png")
            disk.free()
            shell.wait(lambda: not shell.find("storageBanner").isVisible(), timeout=15, what="space")
        finally:
            disk.free()
            shell.close()
    assert all((out / f"disk-full-{theme}.png").stat().st_size > 10_000 for theme in ("light", "dark"))
