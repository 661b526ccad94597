"""Stickers in the real window against a real Synapse: the picker sends a sticker of the pack that
ships with the app (uploaded once, however often it is sent), a sticker shows without a bubble,
and a received sticker added to "My stickers" shows up in the picker's own pack."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from PySide6.QtQuick import QQuickItem

from messenger_desktop.api import Credentials, RoomId
from messenger_desktop.localserver import LocalSynapse
from tests.support.core import api_for
from tests.support.synapse import UserFactory
from tests.ui.shell import Shell
from tests.ui.test_media_ui import _hover_action, _open_room

pytestmark = pytest.mark.integration


async def _stickers(creds: Credentials, room: RoomId, count: int) -> list[dict[str, Any]]:
    """The ``m.sticker`` events of the room as ``creds`` sees them, once there are ``count``."""
    async with api_for(creds) as api:
        for _ in range(100):
            page = await api.messages(room, from_token=None, direction="b", limit=30)
            found = [e for e in reversed(page.chunk) if e.get("type") == "m.sticker"]
            if len(found) >= count:
                return found
            await asyncio.sleep(0.2)
        raise AssertionError(f"{count} stickers never arrived")


async def _account_data(creds: Credentials, event_type: str, field: str) -> dict[str, Any]:
    """The account's ``event_type`` account data on the server, once its ``field`` has something."""
    async with api_for(creds) as api:
        for _ in range(100):
            data = await api.account_data(creds.user_id, event_type)
            if data and data.get(field):
                return data
            await asyncio.sleep(0.2)
    raise AssertionError(f"{event_type} never had {field}")


def _sticker_rows(app: Shell) -> list[QQuickItem]:
    return [
        i
        for i in app.visual_children("timeline")
        if i.property("eventId") and i.property("hasMedia") and i.property("media")["kind"] == "sticker"
    ]


def _cell(app: Shell, list_name: str, name: str) -> QQuickItem | None:
    """A delegate of the picker's grid or pack row (delegates are found by drawing, not by name)."""
    return next((i for i in app.visual_children(list_name) if i.objectName() == name), None)


def _open_picker(app: Shell) -> None:
    app.click("stickerButton")
    app.wait(lambda: app.is_open("stickerPicker"), what="the sticker picker")
    app.wait(lambda: app.find("stickerGrid").property("count") > 0, what="stickers in the picker")


def _tap_cell(app: Shell, list_name: str, name: str) -> None:
    app.wait(lambda: _cell(app, list_name, name) is not None, what=name)
    cell = _cell(app, list_name, name)
    assert cell is not None
    app.tap(cell)


def test_the_picker_sends_a_sticker_that_ships_with_the_app(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    _open_picker(app)
    packs = app.obj("stickerPicker").property("packs")
    assert [p["id"] for p in packs] == ["user", "bundled"]  # an empty own pack, then Pip
    assert len(packs[1]["stickers"]) >= 12

    _tap_cell(app, "stickerGrid", "sticker_hi")
    app.wait(lambda: not app.is_open("stickerPicker"), what="the picker to close")
    (first,) = app.run(_stickers(bob, room, 1))
    content = first["content"]
    assert content["body"] == "Pip waves hello"
    assert content["url"].startswith("mxc://")
    assert content["info"] == {"w": 512, "h": 512, "mimetype": "image/png", "size": content["info"]["size"]}
    app.wait(lambda: len(_sticker_rows(app)) == 1, what="the sticker in the timeline")
    row = _sticker_rows(app)[0]
    picture = app.inside(row, "mediaImage")
    app.wait(lambda: picture.property("loaded"), what="the sticker to show")
    assert row.property("bare")  # no bubble around a sticker

    # the second time, the picture is not uploaded again: the same address is sent
    _open_picker(app)
    app.focus("stickerSearch")
    app.type("waves\n")  # the search finds it by its description; Enter sends the first result
    app.wait(lambda: not app.is_open("stickerPicker"), what="the picker to close")
    _, second = app.run(_stickers(bob, room, 2))
    assert second["content"]["url"] == content["url"]


def test_a_received_sticker_added_to_my_stickers_shows_in_my_pack(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob, room = _open_room(app, synapse, new_user)

    async def bob_sends() -> str:
        async with api_for(bob) as api:
            out = io.BytesIO()
            Image.new("RGBA", (256, 200), (200, 40, 160, 255)).save(out, "PNG")
            url = await api.upload(out.getvalue(), "image/png", "cat.png")
            info = {"w": 256, "h": 200, "mimetype": "image/png", "size": len(out.getvalue())}
            await api.send(room, "m.sticker", "sticker-1", {"body": "Purple cat", "url": url, "info": info})
            return url

    url = app.run(bob_sends())
    app.wait(lambda: len(_sticker_rows(app)) == 1, what="bob's sticker")
    picture = app.inside(_sticker_rows(app)[0], "mediaImage")
    app.wait(lambda: picture.property("loaded"), what="the sticker to show")
    app.tap(picture, Qt.MouseButton.RightButton)
    app.wait(lambda: app.find("addStickerMenuItem").isVisible(), what="the message menu")
    app.click("addStickerMenuItem")

    pack = app.run(_account_data(alice, "im.ponies.user_emotes", "images"))
    (image,) = pack["images"].values()
    assert image["url"] == url and image["body"] == "Purple cat"
    assert (image["info"]["w"], image["info"]["h"]) == (256, 200)

    _open_picker(app)

    def own_pack() -> list[dict[str, Any]]:
        packs = app.obj("stickerPicker").property("packs")
        return next(p["stickers"] for p in packs if p["id"] == "user")

    app.wait(lambda: len(own_pack()) == 1, what="the sticker in My stickers")
    _tap_cell(app, "stickerPacks", "stickerPack_user")
    _tap_cell(app, "stickerGrid", "sticker_purple_cat")
    _, mine = app.run(_stickers(bob, room, 2))
    assert mine["content"]["url"] == url and mine["sender"] == alice.user_id


def test_custom_emoji_are_completed_sent_inline_and_shown(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    alice, bob, room = _open_room(app, synapse, new_user)

    async def alice_has_an_emoji_pack() -> str:
        async with api_for(alice) as api:
            out = io.BytesIO()
            Image.new("RGBA", (64, 64), (60, 120, 230, 255)).save(out, "PNG")
            url = await api.upload(out.getvalue(), "image/png", "blob.png")
            pack = {
                "pack": {"display_name": "Blobs"},
                "images": {"blob": {"url": url, "usage": ["emoticon"]}},
            }
            await api.set_account_data(alice.user_id, "im.ponies.user_emotes", pack)
            return url

    url = app.run(alice_has_an_emoji_pack())

    async def synced() -> None:
        for _ in range(200):
            if await app.session._session.packs.packs(room):
                return
            await asyncio.sleep(0.1)
        raise AssertionError("the pack never synced")

    app.run(synced())

    def suggestions() -> list[dict[str, Any]]:
        item = app.find("composer")
        while item.property("completionKind") is None:
            item = item.parentItem()
        value = item.property("suggestions")
        return list(value.toVariant() if hasattr(value, "toVariant") else value or [])

    app.focus("composer")
    app.type("Hello :blo")
    app.wait(lambda: any(s.get("url") == url for s in suggestions()), what="the custom emoji suggested")
    assert suggestions()[0]["shortcode"] == "blob"  # the account's own emoji come first
    app.key(Qt.Key.Key_Tab)
    app.type("and :thumbsu")
    app.wait(lambda: any(s.get("name") == "+1" for s in suggestions()), what="the thumbs-up suggested")
    app.key(Qt.Key.Key_Tab)
    assert app.find("composer").property("text") == "Hello :blob: and 👍"
    app.key(Qt.Key.Key_Return)

    async def arrived() -> dict[str, Any]:
        async with api_for(bob) as api:
            for _ in range(100):
                page = await api.messages(room, from_token=None, direction="b", limit=10)
                for event in page.chunk:
                    if event.get("type") == "m.room.message" and "Hello" in event["content"].get("body", ""):
                        content: dict[str, Any] = event["content"]
                        return content
                await asyncio.sleep(0.2)
            raise AssertionError("the message never arrived")

    content = app.run(arrived())
    assert content["body"] == "Hello :blob: and 👍"
    assert (
        f'<img data-mx-emoticon src="{url}" alt=":blob:" title=":blob:" height="32" />'
        in content["formatted_body"]
    )
    # received, the emoji shows inline as a picture of the app's own image provider
    shown = [
        i.property("html")
        for i in app.visual_children("timeline")
        if i.property("eventId") and "Hello" in (i.property("html") or "")
    ]
    assert shown and 'src="image://media/full/' in shown[0]


def test_a_pack_made_in_the_conversation_takes_pictures_and_sends_them(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory, tmp_path: Path
) -> None:
    alice, bob, room = _open_room(app, synapse, new_user)

    async def bob_makes_alice_a_moderator() -> None:
        async with api_for(bob) as api:
            levels = await api.state_event(room, "m.room.power_levels")
            levels["users"] = {**levels.get("users", {}), alice.user_id: 50}
            await api.send_state(room, "m.room.power_levels", "", levels)

    app.run(bob_makes_alice_a_moderator())
    _open_picker(app)
    app.click("newPackButton")
    app.wait(lambda: app.is_open("newPackPopup"), what="the pack name field")
    app.focus("newPackName")
    app.type("Team jokes\n")
    picker = app.obj("stickerPicker")
    app.wait(lambda: picker.property("packId").startswith("room:"), what="the new pack shown")
    assert picker.property("pack")["name"] == "Team jokes" and picker.property("pack")["editable"]

    picture = tmp_path / "Big Grin.png"
    Image.new("RGBA", (900, 900), (250, 200, 0, 255)).save(picture)
    # what the "+" cell's file dialog hands over when the user picks a file
    app.session.stickers.addPictures(picker.property("packId"), [QUrl.fromLocalFile(str(picture)).toString()])
    app.wait(lambda: len(picker.property("pack")["stickers"]) == 1, what="the picture in the pack")
    _tap_cell(app, "stickerGrid", "sticker_big_grin")
    (sent,) = app.run(_stickers(bob, room, 1))
    assert sent["content"]["info"]["w"] == 512 and sent["content"]["url"].startswith("mxc://")

    # offered in every conversation from the pack's own menu
    _open_picker(app)
    pack_id = picker.property("packId")
    _tap_cell(app, "stickerPacks", f"stickerPack_{pack_id}")
    tab = _cell(app, "stickerPacks", f"stickerPack_{pack_id}")
    assert tab is not None
    app.tap(tab, Qt.MouseButton.RightButton)
    app.wait(lambda: app.find("packEverywhereItem").isVisible(), what="the pack's menu")
    app.click("packEverywhereItem")

    state_key = pack_id.split("|", 1)[1]
    enabled = app.run(_account_data(alice, "im.ponies.emote_rooms", "rooms"))
    assert enabled == {"rooms": {room: {state_key: {}}}}


def test_a_sticker_sent_while_replying_answers_that_message(
    app: Shell, synapse: LocalSynapse, new_user: UserFactory
) -> None:
    _alice, bob, room = _open_room(app, synapse, new_user)
    original = app.session.timeline.row(0)["eventId"]  # Bob's "hello"
    _hover_action(app, original, "replyButton")
    assert app.session.composer.property("mode") == "reply"

    _open_picker(app)
    _tap_cell(app, "stickerGrid", "sticker_hi")
    app.wait(lambda: not app.is_open("stickerPicker"), what="the picker to close")
    app.wait(lambda: app.session.composer.property("mode") == "", what="the reply bar to go")

    (sticker,) = app.run(_stickers(bob, room, 1))
    assert sticker["content"]["m.relates_to"] == {"m.in_reply_to": {"event_id": original}}
    assert sticker["content"]["m.mentions"] == {"user_ids": [bob.user_id]}
    app.wait(lambda: len(_sticker_rows(app)) == 1, what="the sticker in the timeline")
    row = _sticker_rows(app)[0]
    app.wait(lambda: row.property("replyTo") == original, what="the answer to show")
    assert app.inside(row, "replyQuote").isVisible()  # the quote shows over the sticker
