"""Settings › Account, › Privacy and › Media as a user meets them, against a real Synapse: the
display name and the devices list are what the server holds, signing a device out and changing
the password ask for the password (a wrong one is told, not fatal), read receipts and typing
notices stay home when turned off, files download by themselves up to a size, and Clear cache
empties the media cache folder."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, MatrixApi, MatrixError, RoomId
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from messenger_desktop.media.disk_cache import file_name
from tests.support.core import api_for, login
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_media_ui import _media_rows, _png_bytes, _send_upload
from tests.ui.test_organise import _role, _row_item
from tests.ui.test_shell import _people, _room_ids, _room_with, _say

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


# -- driving the window ------------------------------------------------------------------------------


def _settle(shell: Shell) -> None:
    shell.run(asyncio.sleep(0.05))


def _open_settings(shell: Shell) -> None:
    shell.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, ",")
    shell.wait(lambda: shell.is_open("settingsDialog"), what="the settings")
    shell.settings_section("media")


def _close_settings(shell: Shell) -> None:
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: not shell.obj("settingsDialog").property("visible"), what="the settings to close")


def _go_to(shell: Shell, key: str, title: str) -> None:
    _tap(shell, shell.settings_section(key))
    shell.wait(lambda: shell.prop("settingsTitle", "text") == title, what=f"the {title} page")
    _settle(shell)


def _shown(shell: Shell, name: str) -> QQuickItem | None:
    """The visible item called ``name`` on the settings page (delegates included)."""
    return next(
        (i for i in shell.visual_children("settingsPage") if i.objectName() == name and i.isVisible()),
        None,
    )


def _in_page(shell: Shell, name: str) -> QQuickItem:
    shell.wait(lambda: _shown(shell, name) is not None, what=name)
    found = _shown(shell, name)
    assert found is not None
    return found


def _toggle(shell: Shell, key: str) -> QQuickItem:
    return shell.inside(shell.inside(shell.find("settingsPage"), f"setting_{key}"), "toggle")


def _text(item: QQuickItem) -> str:
    return str(item.property("text"))


def _tap(shell: Shell, item: QQuickItem) -> None:
    """Scroll to ``item`` in the settings page, then click it, as a user does."""
    shell.scroll_to(item)
    shell.tap(item)


def _answer_password(shell: Shell, password: str) -> None:
    shell.wait(lambda: shell.is_open("accountPasswordDialog"), what="the password question")
    field = shell.focus("authPasswordField")
    field.setProperty("text", "")
    shell.type(password + "\n")


# -- what the server holds --------------------------------------------------------------------------


async def _whoami_fails(creds: Credentials) -> bool:
    async with api_for(creds) as api:
        try:
            await api.whoami()
        except MatrixError as exc:
            return exc.errcode == "M_UNKNOWN_TOKEN"
        return False


async def _device_ids(creds: Credentials) -> set[str]:
    async with api_for(creds) as api:
        return {d["device_id"] for d in await api.devices()}


async def _second_device(synapse: LocalSynapse, user_id: str, password: str, name: str) -> Credentials:
    transport = HttpxTransport()
    try:
        return await MatrixApi(synapse.base_url, transport).login_password(
            user_id, password, device_name=name
        )
    finally:
        await transport.aclose()


async def _sync(creds: Credentials, since: str | None = None, timeout_ms: int = 0) -> dict[str, Any]:
    """A /sync of ``creds``'s own. Its filter is new each time: Synapse answers the same request
    from a cache for two minutes."""
    fresh = orjson.dumps({"presence": {"not_types": [f"x.{uuid.uuid4().hex}"]}}).decode()
    async with api_for(creds) as api:
        raw = await api.sync_raw(since=since, filter_=fresh, timeout_ms=timeout_ms)
        data: dict[str, Any] = orjson.loads(raw)
        return data


def _ephemeral(sync: dict[str, Any], room: RoomId, kind: str) -> list[dict[str, Any]]:
    events = sync.get("rooms", {}).get("join", {}).get(room, {}).get("ephemeral", {}).get("events", [])
    return [e for e in events if e.get("type") == kind]


def _public_readers(sync: dict[str, Any], room: RoomId) -> set[str]:
    """Who the server shows (to this user) as having read something in ``room``, publicly."""
    readers: set[str] = set()
    for receipt in _ephemeral(sync, room, "m.receipt"):
        for by_type in receipt["content"].values():
            readers.update(by_type.get("m.read", {}))
    return readers


def _notifications(sync: dict[str, Any], room: RoomId) -> int:
    joined = sync.get("rooms", {}).get("join", {}).get(room, {})
    return int(joined.get("unread_notifications", {}).get("notification_count", 0))


def _until_server(shell: Shell, check: Callable[[], Any], what: str, timeout: float = 20.0) -> Any:
    async def poll() -> Any:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            found = await check()
            if found:
                return found
            assert asyncio.get_running_loop().time() < deadline, f"timed out waiting for {what}"
            await asyncio.sleep(0.2)

    return shell.run(poll(), timeout + 10)


def _cache_files(shell: Shell) -> list[Path]:
    folder = shell.profile.path / "media-cache"
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


# -- Account ----------------------------------------------------------------------------------------


def test_the_display_name_changed_in_settings_is_the_servers_and_shown_from_its_echo(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    shell.run(_room_with(bob, alice, "Chatter", ("hi",)))

    async def picture() -> None:
        async with api_for(alice) as api:
            uri = await api.upload(_png_bytes((96, 96), (40, 120, 200)), "image/png", "me.png")
            await api.set_avatar_url(alice.user_id, uri)

    shell.run(picture())
    shell.start(alice)

    _open_settings(shell)
    assert shell.prop("settingsTitle", "text") == "Account"  # the first page when signed in
    avatar = _in_page(shell, "accountAvatar")
    shell.wait(lambda: avatar.property("loaded"), what="her picture")
    field = _in_page(shell, "displayNameField")
    shell.wait(lambda: _text(field) == "Alice", what="the name the server has")
    assert _text(_in_page(shell, "accountUserId")) == alice.user_id
    assert _shown(shell, "saveDisplayName") is None  # nothing to save yet

    shell.focus("displayNameField")
    field.setProperty("text", "")
    shell.type("Alice Liddell\n")

    async def server_name() -> bool:
        async with api_for(alice) as api:
            return (await api.get_profile(alice.user_id)).get("displayname") == "Alice Liddell"

    _until_server(shell, server_name, "the new name on the server")
    shell.wait(lambda: shell.session.account.property("displayName") == "Alice Liddell", what="the echo")
    assert _text(field) == "Alice Liddell"
    assert shell.session.account.property("nameMessage") == ""

    # the picture goes: from her profile on the server, and from the page
    _tap(shell, _in_page(shell, "removeAvatarButton"))

    async def no_picture() -> bool:
        async with api_for(alice) as api:
            return not (await api.get_profile(alice.user_id)).get("avatar_url")

    _until_server(shell, no_picture, "the picture removed on the server")
    shell.wait(lambda: not avatar.property("loaded"), what="the initials again")
    assert _text(_in_page(shell, "changeAvatarButton")) == "Set a picture…"


def test_a_second_device_is_listed_and_signed_out_with_the_password_a_wrong_one_is_told(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice_id, password = new_user("alice", displayname="Alice")
    alice = shell.run(login(synapse.base_url, alice_id, password))
    phone = shell.run(_second_device(synapse, alice_id, password, "Alice's phone"))
    tablet = shell.run(_second_device(synapse, alice_id, password, "Tablet"))
    assert not shell.run(_whoami_fails(phone))  # the phone is used: the server notes when and where
    shell.start(alice)

    _open_settings(shell)
    phone_row = _in_page(shell, f"device_{phone.device_id}")
    own_row = _in_page(shell, f"device_{alice.device_id}")
    _in_page(shell, f"device_{tablet.device_id}")
    assert shell.inside(own_row, "thisDevice").isVisible()
    assert not shell.inside(phone_row, "thisDevice").isVisible()
    assert not shell.inside(own_row, "signOutDevice").isVisible()  # this one signs out from the menu
    rows = shell.session.account.property("devices")
    assert rows[0]["deviceId"] == alice.device_id and rows[0]["current"] is True
    assert {r["name"] for r in rows} >= {"Alice's phone", "Tablet"}
    assert "Last active" in next(r["lastSeen"] for r in rows if r["deviceId"] == phone.device_id)

    # this device gets a name of its own (the server keeps it; the list shows its echo)
    _tap(shell, shell.inside(own_row, "renameDevice"))
    assert _in_page(shell, "deviceNameField").hasActiveFocus()
    shell.type("Desk\n")

    async def renamed() -> bool:
        async with api_for(alice) as api:
            found = [d for d in await api.devices() if d["device_id"] == alice.device_id]
            return bool(found) and found[0].get("display_name") == "Desk"

    _until_server(shell, renamed, "the new device name on the server")
    shell.wait(lambda: shell.session.account.property("devices")[0]["name"] == "Desk", what="the echo")
    phone_row = _in_page(shell, f"device_{phone.device_id}")  # the list is drawn again

    # Sign out the phone: the server wants the password; a wrong one is one sentence, and retried
    _tap(shell, shell.inside(phone_row, "signOutDevice"))
    _answer_password(shell, "not-the-password")
    shell.wait(
        lambda: shell.prop("authError", "text") == "That password is not right.",
        what="the wrong password told",
    )
    assert shell.is_open("accountPasswordDialog")
    assert not shell.run(_whoami_fails(phone))  # still signed in

    _answer_password(shell, password)
    shell.wait(lambda: not shell.is_open("accountPasswordDialog"), what="the question to go")
    _until_server(shell, lambda: _whoami_fails(phone), "the phone's token to stop working")
    shell.wait(
        lambda: _shown(shell, f"device_{phone.device_id}") is None, what="the phone gone from the list"
    )
    assert _text(_in_page(shell, "devicesMessage")) == "The device is signed out."
    assert phone.device_id not in shell.run(_device_ids(alice))

    # Sign out all other devices: confirmed, then the password; Cancel first changes nothing
    _tap(shell, _in_page(shell, "signOutOtherDevices"))
    shell.wait(lambda: shell.is_open("confirmSignOutOthers"), what="the confirmation")
    shell.click("confirmSignOutOthersButton")
    shell.wait(lambda: shell.is_open("accountPasswordDialog"), what="the password question")
    shell.key(Qt.Key.Key_Escape)
    shell.wait(lambda: shell.session.account.property("busy") == "", what="the cancel")
    assert shell.is_open("settingsDialog")
    assert not shell.run(_whoami_fails(tablet))

    _tap(shell, _in_page(shell, "signOutOtherDevices"))
    shell.wait(lambda: shell.is_open("confirmSignOutOthers"), what="the confirmation")
    shell.click("confirmSignOutOthersButton")
    _answer_password(shell, password)
    _until_server(shell, lambda: _whoami_fails(tablet), "the tablet's token to stop working")
    shell.wait(lambda: len(shell.session.account.property("devices")) == 1, what="only this device left")
    assert shell.run(_device_ids(alice)) == {alice.device_id}
    assert not shell.run(_whoami_fails(alice))  # this device stays signed in


def test_a_changed_password_signs_in_and_the_old_one_no_longer_does(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice_id, password = new_user("alice", displayname="Alice")
    alice = shell.run(login(synapse.base_url, alice_id, password))
    laptop = shell.run(_second_device(synapse, alice_id, password, "Old laptop"))
    shell.start(alice)

    _open_settings(shell)
    shell.focus("newPasswordField")
    shell.type("correct horse 1")
    shell.focus("repeatPasswordField")
    shell.type("correct horse 2")
    assert _shown(shell, "passwordMismatch") is not None
    assert not _in_page(shell, "changePasswordButton").property("enabled")
    shell.find("repeatPasswordField").setProperty("text", "")
    shell.type("correct horse 1")
    assert _shown(shell, "passwordMismatch") is None
    assert _in_page(shell, "passwordSignsOutOthers").property("checked") is True
    _tap(shell, _in_page(shell, "changePasswordButton"))

    _answer_password(shell, password)
    shell.wait(
        lambda: shell.session.account.property("passwordMessage") == "Your password is changed.",
        what="the password changed",
    )
    assert shell.prop("newPasswordField", "text") == ""

    new = shell.run(login(synapse.base_url, alice_id, "correct horse 1"))
    assert new.user_id == alice_id
    with pytest.raises(MatrixError):
        shell.run(login(synapse.base_url, alice_id, password))
    assert shell.run(_whoami_fails(laptop))  # signed out with the change
    assert not shell.run(_whoami_fails(alice))  # this device goes on


# -- Privacy ----------------------------------------------------------------------------------------


def test_read_receipts_off_keeps_them_private_and_still_clears_the_unread_count(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Quiet reading", ("one", "two")))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room], what="the list")
    assert _notifications(shell.run(_sync(alice)), room) > 0

    _open_settings(shell)
    _go_to(shell, "privacy", "Privacy and safety")
    toggle = _toggle(shell, "sendReadReceipts")
    assert toggle.property("checked") is True
    _tap(shell, toggle)
    assert shell.settings.value("sendReadReceipts") is False
    _close_settings(shell)

    _tap(shell, _row_item(shell, room))  # read it
    shell.wait(lambda: shell.session.timeline.rowCount() >= 2, what="the conversation")

    async def cleared() -> bool:
        return _notifications(await _sync(alice), room) == 0

    _until_server(shell, cleared, "alice's unread count cleared on the server")
    shell.wait(lambda: _role(shell, room, "unread") == 0, what="the row's count cleared")
    assert alice.user_id not in _public_readers(shell.run(_sync(bob)), room)

    # turned on again, the next message read is seen by bob
    shell.settings.set_value("sendReadReceipts", True)
    shell.run(_say(bob, room, "three"))

    async def seen_by_bob() -> bool:
        return alice.user_id in _public_readers(await _sync(bob), room)

    _until_server(shell, seen_by_bob, "bob to see alice's receipt")


def test_typing_notices_off_tell_the_other_person_nothing(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Chatter", ("hi",)))
    shell.start(alice)
    shell.wait(lambda: _room_ids(shell) == [room], what="the list")

    _open_settings(shell)
    _go_to(shell, "privacy", "Privacy and safety")
    _tap(shell, _toggle(shell, "sendTypingNotices"))
    assert shell.settings.value("sendTypingNotices") is False
    _close_settings(shell)
    _tap(shell, _row_item(shell, room))
    shell.wait(lambda: shell.session.timeline.rowCount() >= 1, what="the conversation")

    since = shell.run(_sync(bob))["next_batch"]
    shell.focus("composer")
    shell.type("a long thought")

    async def typists(since: str) -> tuple[set[str], str]:
        sync = await _sync(bob, since, timeout_ms=2000)
        names = {u for e in _ephemeral(sync, room, "m.typing") for u in e["content"].get("user_ids", [])}
        return names, sync["next_batch"]

    seen, since = shell.run(typists(since))
    assert alice.user_id not in seen
    assert shell.session.session.typing_notifier.requests == 0

    # on again: the next keystroke tells bob
    shell.settings.set_value("sendTypingNotices", True)
    shell.type(" more")

    async def typing_seen() -> bool:
        nonlocal since
        seen, since = await typists(since)
        return alice.user_id in seen

    _until_server(shell, typing_seen, "bob to see alice typing")


# -- Media ------------------------------------------------------------------------------------------


def test_files_download_on_sight_up_to_the_size_set_and_larger_ones_on_a_click(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Files", ("hello",)))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell), what="the conversation")
    shell.session.openRoom(room)
    shell.wait(lambda: shell.session.timeline.rowCount() >= 1, what="the timeline")

    small = {"msgtype": "m.file", "body": "notes.txt", "info": {"size": 23, "mimetype": "text/plain"}}
    shell.run(_send_upload(bob, room, b"minutes of the meeting\n", "text/plain", small))
    big = {"msgtype": "m.file", "body": "backup.zip", "info": {"size": 30_000_000}}
    shell.run(_send_upload(bob, room, b"PK\x03\x04 pretend", "application/zip", big))
    video = {"msgtype": "m.video", "body": "trip.mp4", "info": {"size": 45_000_000, "w": 640, "h": 360}}
    shell.run(_send_upload(bob, room, b"\x00\x00\x00\x18ftypmp42", "video/mp4", video))
    shell.wait(lambda: len(_media_rows(shell)) == 3, what="three files")

    def url_of(body: str) -> str:
        timeline = shell.session.timeline
        for i in range(timeline.rowCount()):
            shown = timeline.item_content(timeline.row(i)["eventId"])
            if shown and shown[1].get("body") == body:
                return str(shown[1]["url"])
        raise AssertionError(f"no {body}")

    def cached(body: str) -> bool:
        name = file_name(url_of(body))
        return any(p.name == name for p in _cache_files(shell))

    def row_of(body: str) -> QQuickItem:
        return next(r for r in _media_rows(shell) if r.property("media")["name"] == body)

    shell.wait(lambda: cached("notes.txt"), what="the small file fetched on sight")
    download = shell.inside(row_of("backup.zip"), "downloadFileButton")
    shell.wait(lambda: download.isVisible(), what="the Download button")
    assert _text(download) == "Download (30 MB)"
    video_button = shell.inside(row_of("trip.mp4"), "downloadVideoButton")
    shell.wait(lambda: video_button.isVisible(), what="the video's Download button")
    assert _text(video_button) == "Download (45 MB)"
    assert not shell.inside(row_of("trip.mp4"), "mediaPlayButton").isVisible()
    assert not cached("backup.zip") and not cached("trip.mp4")

    _tap(shell, download)
    shell.wait(lambda: cached("backup.zip"), what="the large file fetched on the click")
    shell.wait(lambda: not download.isVisible(), what="the Download button gone")
    _tap(shell, video_button)
    shell.wait(lambda: cached("trip.mp4"), what="the video fetched on the click")
    shell.wait(lambda: shell.inside(row_of("trip.mp4"), "mediaPlayButton").isVisible(), what="Play")

    # "Never": even a small file waits for a click
    _open_settings(shell)
    _go_to(shell, "media", "Media")
    _tap(
        shell,
        shell.inside(shell.inside(shell.find("settingsPage"), "setting_autoDownloadMegabytes"), "choice_0"),
    )
    assert shell.settings.value("autoDownloadMegabytes") == 0
    _close_settings(shell)
    tiny = {"msgtype": "m.file", "body": "tiny.txt", "info": {"size": 4}}
    shell.run(_send_upload(bob, room, b"tiny", "text/plain", tiny))
    shell.wait(lambda: len(_media_rows(shell)) == 4, what="the fourth file")
    later = shell.inside(row_of("tiny.txt"), "downloadFileButton")
    shell.wait(lambda: later.isVisible(), what="its Download button")
    assert _text(later) == "Download (4 B)"
    assert not cached("tiny.txt")


def test_clear_cache_empties_the_media_cache_folder_and_pictures_load_again(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob = _people(shell, synapse, new_user)
    room = shell.run(_room_with(bob, alice, "Photos", ("hello",)))
    shell.start(alice)
    shell.wait(lambda: room in _room_ids(shell), what="the conversation")
    shell.session.openRoom(room)
    shell.wait(lambda: shell.session.timeline.rowCount() >= 1, what="the timeline")
    info = {"w": 640, "h": 480, "mimetype": "image/png"}
    shell.run(
        _send_upload(
            bob,
            room,
            _png_bytes((640, 480), (200, 90, 40)),
            "image/png",
            {"msgtype": "m.image", "body": "sunset.png", "info": info},
        )
    )
    shell.wait(lambda: len(_media_rows(shell)) == 1, what="the picture")
    picture = shell.inside(_media_rows(shell)[0], "mediaImage")
    shell.wait(lambda: picture.property("loaded"), what="the picture to load")
    shell.wait(lambda: len(_cache_files(shell)) >= 1, what="its thumbnail in the cache")
    outbox = shell.profile.path / "outbox-files"
    database = shell.profile.database
    assert database.exists()

    _open_settings(shell)
    _go_to(shell, "media", "Media")
    used = _in_page(shell, "mediaCacheUsed")
    shell.wait(lambda: _text(used).endswith("used"), what="the size measured")
    assert _shown(shell, "setting_mediaCacheMegabytes") is not None  # the limit, beside it
    _tap(shell, _in_page(shell, "clearMediaCache"))
    shell.wait(lambda: shell.is_open("confirmClearCache"), what="the confirmation")
    shell.click("confirmClearCacheButton")
    shell.wait(lambda: _text(used) == "Empty", what="the cache emptied")
    assert _cache_files(shell) == []
    assert database.exists() and (not outbox.exists() or outbox.is_dir())
    assert not _in_page(shell, "clearMediaCache").property("enabled")
    _close_settings(shell)

    # the picture is still there; opened, it is fetched from the server again
    fetched = shell.session.session.media.fetches if shell.session.session.media else 0
    _tap(shell, picture)
    shell.wait(lambda: shell.is_open("mediaViewer"), what="the viewer")
    shell.wait(lambda: shell.find("viewerImage").property("loaded"), what="the full picture")
    assert shell.session.session.media is not None and shell.session.session.media.fetches > fetched
    shell.wait(lambda: len(_cache_files(shell)) >= 1, what="the picture cached again")


# -- screenshots ------------------------------------------------------------------------------------


def test_screenshots_of_the_account_page_and_its_devices(
    shell: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    out = REPO / "docs" / "screenshots" if os.environ.get("MESSENGER_SCREENSHOTS") else tmp_path
    alice_id, password = new_user("alice", displayname="Alice Martin")
    alice = shell.run(login(synapse.base_url, alice_id, password))
    phone = shell.run(_second_device(synapse, alice_id, password, "Alice's phone"))
    shell.run(_second_device(synapse, alice_id, password, "Work laptop"))
    shell.start(alice)
    _open_settings(shell)
    shell.wait(lambda: len(shell.session.account.property("devices")) == 3, what="the devices")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"settings-account-{theme}.png")
    # scrolled to the devices and the password form
    flick = _flickable_of(shell.find("settingsPage"))
    flick.setProperty("contentY", max(0.0, float(flick.property("contentHeight")) - flick.height()))
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"settings-devices-{theme}.png")
    # the password question, over the window
    phone_row = _in_page(shell, f"device_{phone.device_id}")
    _tap(shell, shell.inside(phone_row, "signOutDevice"))
    _answer_password(shell, "not it")
    shell.wait(lambda: shell.prop("authError", "text") != "", what="the wrong password told")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"settings-password-{theme}.png")
    shell.click("authCancel")
    shell.wait(lambda: shell.session.account.property("busy") == "", what="the cancel")
    # Media: the rows, what the cache holds and Clear cache
    _go_to(shell, "media", "Media")
    used = _in_page(shell, "mediaCacheUsed")
    shell.wait(lambda: _text(used) != "Measuring…", what="the cache measured")
    for theme in ("light", "dark"):
        shell.settings.set_value("theme", theme)
        shell.grab(out / f"settings-media-{theme}.png")
    assert all(
        (out / f"settings-{page}-{theme}.png").stat().st_size > 10_000
        for page in ("account", "devices", "password", "media")
        for theme in ("light", "dark")
    )


def _flickable_of(item: QQuickItem) -> QQuickItem:
    parent = item.parentItem()
    while parent is not None and not parent.inherits("QQuickFlickable"):
        parent = parent.parentItem()
    assert parent is not None
    return parent
